"""Invoices in: the CSV import today; Factur-X/UBL/CII files and the invoices the owner emails
from the Sent folder.

May import: dunnerd.mail, dunnerd.ledger, dunnerd.dunning and below. Not the inbox or legal
(beside it), nor the daemon or the CLI.
"""
