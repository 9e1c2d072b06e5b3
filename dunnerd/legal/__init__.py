"""The French legal path: late-payment penalties from a dated rate table, the formal notice
(mise en demeure), and the hand-off dossier with the injonction de payer request.

May import: dunnerd.mail, dunnerd.ledger, dunnerd.dunning and below. Not the inbox or intake
(beside it), nor the daemon or the CLI (above it).
"""
