"""What an electronic invoice says, as dunnerd reads it: the EN 16931 fields it needs from a
Factur-X/ZUGFeRD PDF, a CII XML or a UBL XML (`einvoice_read.read_einvoice` fills them), and
the one error a file that cannot be read raises. Pure data, no I/O.

The business terms (BT-n) are those of EN 16931; their names are in the comments so that a
field can be found in the standard and in the Factur-X specification.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class EInvoiceProblem(StrEnum):
    NOT_AN_INVOICE_FILE = "not_an_invoice_file"
    DAMAGED_PDF = "damaged_pdf"
    ENCRYPTED_PDF = "encrypted_pdf"
    TOO_BIG = "too_big"
    NO_EMBEDDED_XML = "no_embedded_xml"
    XML_MALFORMED = "xml_malformed"
    XML_DTD_FORBIDDEN = "xml_dtd_forbidden"
    NOT_CII_OR_UBL = "not_cii_or_ubl"
    UNSUPPORTED_FORMAT = "unsupported_format"
    MISSING_FIELDS = "missing_fields"
    BAD_VALUE = "bad_value"


class EInvoiceError(Exception):
    """One clear reason why a file cannot be read as an invoice; `problem` says which kind
    (a plain PDF is `NO_EMBEDDED_XML`: the Sent folder asks the owner to import it)."""

    def __init__(self, problem: EInvoiceProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


# UNTDID 1001 document types that are credit notes (the list factur-x uses, less the ones
# that never appear in an invoice exchange).
CREDIT_NOTE_TYPES = frozenset({"381", "261", "262", "296", "308", "396", "420", "458", "502",
                               "503", "532", "81", "83"})


@dataclass(frozen=True)
class PostalAddress:
    lines: tuple[str, ...] = ()
    postcode: str = ""
    city: str = ""
    country: str = ""  # ISO 3166-1 alpha-2 (BT-40 / BT-55)

    def text(self) -> str:
        """The address on several lines, as the ledger keeps it ("" when empty)."""
        town = " ".join(p for p in (self.postcode, self.city) if p)
        return "\n".join(p for p in (*self.lines, town, self.country) if p)


@dataclass(frozen=True)
class Party:
    """The seller (BG-4) or the buyer (BG-7)."""

    name: str = ""  # BT-27 / BT-44
    siren: str = ""  # BT-30 / BT-47 (scheme 0002), else from the SIRET or a French VAT number
    siren_source: str = ""  # "0002", "siret" or "vat": where `siren` came from
    siret: str = ""  # BT-29 / BT-46 (scheme 0009)
    vat: str = ""  # BT-31 / BT-48, without spaces
    email: str = ""  # BT-34 / BT-49 with scheme EM, else the contact's (BT-43 / BT-58)
    address: PostalAddress = PostalAddress()


@dataclass(frozen=True)
class Note:
    subject: str  # BT-21: PMD (penalties), PMT (the 40 EUR), AAB (discount)...; "" when none
    text: str  # BT-22


@dataclass(frozen=True)
class ParsedInvoice:
    syntax: str  # "CII" or "UBL"
    profile: str  # minimum, basicwl, basic, en16931, extended, xrechnung, peppol, unknown...
    number: str  # BT-1
    type_code: str  # BT-3: 380 invoice, 381 credit note...
    issue_date: dt.date  # BT-2
    due_date: dt.date | None  # BT-9 (never in MINIMUM)
    payment_terms: str  # BT-20, "" when absent
    delivery_date: dt.date | None  # BT-72
    currency: str  # BT-5
    grand_total: Decimal | None  # BT-112
    amount_due: Decimal  # BT-115
    seller: Party
    buyer: Party
    notes: tuple[Note, ...]
    preceding_invoices: tuple[str, ...]  # BT-25: the invoices a credit note corrects
    source: str  # "pdf" or "xml"
    warnings: tuple[str, ...] = field(default=())

    @property
    def is_credit_note(self) -> bool:
        return self.type_code in CREDIT_NOTE_TYPES
