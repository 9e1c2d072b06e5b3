"""Who is who on an imported invoice. Pure.

- The seller must be the owner, proved by an identifier, never by a name: the owner's SIREN,
  then SIRET, then VAT number ([owner] in the config), compared with the seller's. An invoice
  issued by someone else is a bill to pay, not a debt to chase: refused.
- The buyer is matched to a client by SIREN, then VAT number, then email address; else a new
  client is made from the buyer's name, identifiers, address and email.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dunnerd.config.fields import valid_siren, valid_siret, valid_vat_number
from dunnerd.config.schema import Owner
from dunnerd.config.table import Invalid
from dunnerd.intake.einvoice import ParsedInvoice, Party
from dunnerd.ledger.models import Client

NO_OWNER_ID = ("dunnerd cannot tell your invoices from bills to pay: set [owner] siren (or "
               "siret, or vat_number) in the config")
_KEY_CHARS = re.compile(r"[^a-z0-9]+")


def _siren_of_vat(vat: str) -> str:
    return vat[-9:] if re.fullmatch(r"FR[0-9A-Z]{2}\d{9}", vat) else ""


def seller_refusal(invoice: ParsedInvoice, owner: Owner) -> str | None:
    """None when the seller is the owner; else the one line that says why it is refused."""
    if not (owner.siren or owner.siret or owner.vat_number):
        return NO_OWNER_ID
    seller = invoice.seller
    mine = {"SIREN": owner.siren or owner.siret[:9] or _siren_of_vat(owner.vat_number),
            "SIRET": owner.siret, "VAT number": owner.vat_number}
    theirs = {"SIREN": seller.siren, "SIRET": seller.siret, "VAT number": seller.vat}
    for label in ("SIREN", "SIRET", "VAT number"):
        if mine[label] and theirs[label]:
            if mine[label] == theirs[label]:
                return None
            name = f"{seller.name} " if seller.name else ""
            return (f"issued by {name}({label} {theirs[label]}), not by you ({label} "
                    f"{mine[label]}): a bill to pay, not a debt to chase")
    shown = ", ".join(f"{k} {v}" for k, v in theirs.items() if v) or "no identifier"
    return (f"the seller ({seller.name or 'unnamed'}, {shown}) cannot be proved to be you: "
            "none of its identifiers is one of yours in [owner]")


def client_key(name: str) -> str:
    """'ACME Industries SA' -> 'acme-industries-sa'."""
    return _KEY_CHARS.sub("-", name.strip().lower()).strip("-") or "client"


def free_key(name: str, taken: set[str]) -> str:
    base = client_key(name)
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


def _client_siren(client: Client) -> str:
    return client.siren or client.siret[:9] or _siren_of_vat(client.vat_number)


@dataclass(frozen=True)
class Match:
    client: Client
    by: str  # "SIREN", "VAT number" or "email"


def match_client(buyer: Party, clients: Sequence[Client],
                 emails: Sequence[str] = ()) -> Match | None:
    """The client the buyer is: by SIREN, then VAT number, then email (the buyer's, then
    `emails`, the addresses the invoice was sent to)."""
    if buyer.siren:
        for client in clients:
            if _client_siren(client) == buyer.siren:
                return Match(client, "SIREN")
    if buyer.vat:
        for client in clients:
            if client.vat_number and client.vat_number == buyer.vat:
                return Match(client, "VAT number")
    for address in [buyer.email, *emails]:
        address = address.strip().lower()
        for client in clients if address else ():
            if address in (e.lower() for e in client.emails):
                return Match(client, "email")
    return None


@dataclass(frozen=True)
class Identity:
    """The buyer's identity, checked: what may go into a Client; `dropped` says what did not
    pass its check (never stored, never guessed)."""

    siren: str = ""
    siret: str = ""
    vat_number: str = ""
    address: str = ""
    dropped: tuple[str, ...] = ()


def buyer_identity(buyer: Party) -> Identity:
    values, dropped = {}, []
    for field, value, check in (("siren", buyer.siren, valid_siren),
                                ("siret", buyer.siret, valid_siret),
                                ("vat_number", buyer.vat, valid_vat_number)):
        try:
            values[field] = check(value) if value else ""
        except Invalid:
            values[field] = ""
            dropped.append(f"buyer {field.replace('_', ' ')} {value!r} fails its check")
    return Identity(address=buyer.address.text(), dropped=tuple(dropped), **values)


def fill_blanks(client: Client, buyer: Party, identity: Identity,
                emails: Sequence[str]) -> list[str]:
    """Give `client` what the invoice knows and the ledger does not; never overwrite. Returns
    the names of the fields filled."""
    filled = []
    for field in ("siren", "siret", "vat_number", "address"):
        if not getattr(client, field) and getattr(identity, field):
            setattr(client, field, getattr(identity, field))
            filled.append(field)
    if not client.legal_name and buyer.name:
        client.legal_name = buyer.name
        filled.append("legal_name")
    if not client.emails and emails:
        client.emails = list(emails)
        filled.append("emails")
    if not client.country and buyer.address.country:
        client.country = buyer.address.country.upper()
        filled.append("country")
    return filled
