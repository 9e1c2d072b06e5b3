"""What a formal notice says, as plain data: both parties with their identifiers, each invoice
with its payments, balance, lateness and penalties, the reminders already sent, the totals, the
deadline and the bank details. Built from ledger rows, pure; the template turns it into words
(notice_text.py) and notice_pdf.py into a PDF.

Nothing is invented: an identifier or an address the ledger or the config lacks is a gap, which
the letter prints as "[à compléter : …]" and `dunnerd check` lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from dunnerd.config.schema import Config
from dunnerd.ledger.models import Client, Invoice
from dunnerd.ledger.money import to_decimal
from dunnerd.legal.penalties import Breakdown, MissingRate
from dunnerd.states import ClientKind


@dataclass(frozen=True)
class Party:
    name: str
    address: tuple[str, ...]
    siren: str = ""
    siret: str = ""
    vat_number: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class NoticeInvoice:
    number: str
    issued: dt.date
    due: dt.date
    currency: str
    amount: Decimal
    paid: Decimal
    balance: Decimal
    days_late: int
    breakdown: Breakdown

    def money(self, cents: int | None) -> Decimal | None:
        return None if cents is None else to_decimal(cents, self.currency)


@dataclass(frozen=True)
class SentReminder:
    on: dt.date
    step: str
    numbers: tuple[str, ...]


@dataclass(frozen=True)
class CurrencyTotal:
    currency: str
    principal: Decimal
    interest: Decimal
    indemnity: Decimal
    claimed: Decimal  # what the notice demands: the principal, plus penalties when claimed


@dataclass(frozen=True)
class NoticeContent:
    language: str
    letter_date: dt.date
    kind: ClientKind
    creditor: Party
    debtor: Party
    invoices: tuple[NoticeInvoice, ...]
    reminders: tuple[SentReminder, ...]
    totals: tuple[CurrencyTotal, ...]
    notice_days: int
    claim_penalties: bool  # the notice demands the penalties (else it names the principal only)
    iban: str
    bic: str
    account_holder: str
    signatory: str  # the owner's name, under the signature
    gaps: tuple[str, ...]  # the identity fields printed as "to complete"

    @property
    def provisional(self) -> bool:
        return any(i.breakdown.provisional for i in self.invoices)

    @property
    def missing(self) -> tuple[MissingRate, ...]:
        return tuple(dict.fromkeys(m for i in self.invoices for m in i.breakdown.missing))


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def creditor_party(config: Config) -> Party:
    owner = config.owner
    return Party(name=owner.company or owner.name, address=_lines(owner.address),
                 siren=owner.siren, siret=owner.siret, vat_number=owner.vat_number,
                 email=owner.email, phone=owner.phone)


def debtor_party(client: Client) -> Party:
    return Party(name=client.legal_name or client.name, address=_lines(client.address),
                 siren=client.siren, siret=client.siret, vat_number=client.vat_number,
                 email=", ".join(client.emails), phone=client.phone)


def identity_gaps(config: Config, client: Client | None) -> list[str]:
    """What the notice prints as to complete: the owner's and (for a business) the client's
    name, address and SIREN, and the owner's bank details."""
    owner = config.owner
    gaps = [what for what, value in (("owner.address", owner.address), ("owner.siren",
            owner.siren), ("owner.iban", owner.iban)) if not value.strip()]
    if client is not None:
        needed = [("address", client.address)]
        if client.kind != ClientKind.CONSUMER.value:
            needed += [("legal_name", client.legal_name), ("siren", client.siren)]
        gaps += [f"client {client.key} {what}" for what, value in needed if not value.strip()]
    return gaps


def _totals(invoices: Sequence[NoticeInvoice], claim: bool) -> tuple[CurrencyTotal, ...]:
    sums: dict[str, list[int]] = {}
    for inv in invoices:
        b = inv.breakdown
        row = sums.setdefault(inv.currency, [0, 0, 0])
        row[0] += b.balance_cents
        row[1] += b.interest_cents
        row[2] += b.indemnity_cents
    totals = []
    for currency, (principal, interest, indemnity) in sums.items():
        claimed = principal + (interest + indemnity if claim else 0)
        totals.append(CurrencyTotal(currency, to_decimal(principal, currency),
                                    to_decimal(interest, currency),
                                    to_decimal(indemnity, currency),
                                    to_decimal(claimed, currency)))
    return tuple(totals)


def build_content(config: Config, client: Client, invoices: Sequence[Invoice],
                  breakdowns: Mapping[int, Breakdown], reminders: Sequence[SentReminder],
                  letter_date: dt.date, claim_penalties: bool) -> NoticeContent:
    lines = tuple(NoticeInvoice(
        number=inv.number, issued=inv.issued, due=inv.due, currency=inv.currency,
        amount=to_decimal(inv.amount_cents, inv.currency),
        paid=to_decimal(inv.amount_cents - breakdowns[inv.id or 0].balance_cents, inv.currency),
        balance=to_decimal(breakdowns[inv.id or 0].balance_cents, inv.currency),
        days_late=max(0, (letter_date - inv.due).days), breakdown=breakdowns[inv.id or 0])
        for inv in invoices)
    owner = config.owner
    kind = ClientKind.CONSUMER if client.kind == ClientKind.CONSUMER.value \
        else ClientKind.BUSINESS
    return NoticeContent(
        language=client.language or owner.language, letter_date=letter_date, kind=kind,
        creditor=creditor_party(config), debtor=debtor_party(client), invoices=lines,
        reminders=tuple(reminders), totals=_totals(lines, claim_penalties),
        notice_days=config.legal.notice_days, claim_penalties=claim_penalties,
        iban=owner.iban, bic=owner.bic, account_holder=owner.company or owner.name,
        signatory=owner.name,
        gaps=tuple(identity_gaps(config, client)))
