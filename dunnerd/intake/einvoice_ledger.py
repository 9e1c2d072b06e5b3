"""The ledger side of an e-invoice: record what a Factur-X, CII or UBL file says, inside the
caller's transaction (the Sent folder commits it with the folder's cursor).

- Refused, with one line and nothing recorded: a file that cannot be read, an invoice whose
  seller is not the owner, an amount due that is not positive, a credit note naming no invoice
  in the ledger.
- Never a duplicate: the same number with the same data is a no-op; with other data it is a
  conflict, reported, never an overwrite.
- A credit note (type 381 and the other credit types) reduces the balance of the invoice it
  names (BT-25), as a payment-like event `invoice.credited`, never below zero; imported twice,
  it counts once.
- The client is matched by SIREN, VAT number or email, or created; blank identity fields of an
  existing client are filled in, never overwritten.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from dunnerd.config.fields import valid_country
from dunnerd.config.schema import Config
from dunnerd.config.table import Invalid
from dunnerd.intake.attachments import invoice_file_path, keep_invoice_file
from dunnerd.intake.einvoice import ParsedInvoice
from dunnerd.intake.parties import (
    buyer_identity,
    fill_blanks,
    free_key,
    match_client,
    seller_refusal,
)
from dunnerd.intake.terms import ContractualPenalty, contractual_penalty, effective_due_date
from dunnerd.ledger.models import Client, Event, Invoice
from dunnerd.ledger.money import MoneyError, check_currency, parse_amount, to_decimal
from dunnerd.ledger.store import Store
from dunnerd.states import InvoiceStatus


class Outcome(StrEnum):
    ADDED = "added"
    UNCHANGED = "unchanged"
    CREDITED = "credited"
    REFUSED = "refused"  # the file, the seller or the amount: nothing recorded
    CONFLICT = "conflict"  # the number exists with other data: nothing overwritten


@dataclass(frozen=True)
class Source:
    """Where the invoice came from: a file given to `invoice import`, or an email in Sent."""

    name: str  # the file name, or "Sent: <subject>"
    data: bytes  # the original bytes
    actor: str = "import"  # "import" (the CLI) or "sent" (the daemon's Sent folder)
    message_id: str | None = None  # the email that carried it
    recipients: tuple[str, ...] = ()  # its To and Cc, the owner's own addresses left out
    paused_reason: str | None = None  # added paused, with this reason (old mail at first scan)


@dataclass(frozen=True)
class Result:
    outcome: Outcome
    line: str  # one line for the owner, without the file name
    number: str = ""
    invoice_id: int | None = None
    client_key: str | None = None
    client_added: bool = False
    warnings: tuple[str, ...] = field(default=())


def record_einvoice(s: Session, store: Store, config: Config, invoice: ParsedInvoice,
                    source: Source, *, write_files: bool = True) -> Result:
    """Record `invoice` in the caller's transaction `s`. `write_files=False` (a dry run) keeps
    the PDF out of the state directory."""
    refusal = seller_refusal(invoice, config.owner)
    if refusal:
        return Result(Outcome.REFUSED, refusal, invoice.number)
    try:
        currency = check_currency(invoice.currency)
        cents = parse_amount(str(invoice.amount_due), currency)
    except MoneyError as exc:
        return Result(Outcome.REFUSED, f"{exc} (BT-5/BT-115)", invoice.number)
    if invoice.is_credit_note:
        if cents == 0 and invoice.grand_total is not None:  # a credit note fully "prepaid"
            cents = parse_amount(str(invoice.grand_total), currency)
        return _credit(s, store, invoice, source, currency, abs(cents))
    if cents <= 0:
        return Result(Outcome.REFUSED, f"amount due {invoice.amount_due} {currency}: nothing to "
                      "chase" + (" (a credit in disguise?)" if cents < 0 else ""),
                      invoice.number)
    return _invoice(s, store, config, invoice, source, currency, cents, write_files)


def _invoice(s: Session, store: Store, config: Config, parsed: ParsedInvoice, source: Source,
             currency: str, cents: int, write_files: bool) -> Result:
    due = effective_due_date(parsed)
    warnings = list(parsed.warnings)
    if due.rule != "BT-9":
        warnings.append(due.why)
    if due.date < parsed.issue_date:
        return Result(Outcome.REFUSED, f"due {due.date} is before the issue date "
                      f"{parsed.issue_date}", parsed.number)
    clients = list(s.exec(select(Client)))
    match = match_client(parsed.buyer, clients, source.recipients)
    existing = s.exec(select(Invoice).where(Invoice.number == parsed.number)).first()
    if existing is not None:
        same = (match is not None and existing.client_id == match.client.id
                and existing.amount_cents == cents and existing.currency == currency
                and existing.issued == parsed.issue_date and existing.due == due.date)
        if same:
            return Result(Outcome.UNCHANGED, f"invoice {parsed.number} is already in the ledger",
                          parsed.number, existing.id)
        return Result(Outcome.CONFLICT, f"invoice {parsed.number} already exists with other "
                      "data; not changed (check it with `dunnerd invoice show`)", parsed.number,
                      existing.id)
    client, client_added, how = _client(s, store, config, parsed, source, clients, match,
                                        warnings)
    pdf_path: Path | None = None
    if parsed.source == "pdf":
        pdf_path = (keep_invoice_file(config.state_dir, parsed.number, source.data)
                    if write_files else invoice_file_path(config.state_dir, parsed.number))
    now = store.clock.now()
    penalty = contractual_penalty(parsed.notes)
    row = Invoice(number=parsed.number, client_id=client.id or 0, issued=parsed.issue_date,
                  due=due.date, amount_cents=cents, currency=currency,
                  pdf_path=str(pdf_path) if pdf_path else None, message_id=source.message_id,
                  created_at=now, updated_at=now, penalty_rate=_applied_rate(penalty))
    s.add(row)
    s.flush()
    store.add_event(s, "invoice.added", source.actor, invoice=row, number=row.number,
                    source=source.name[:200], message_id=source.message_id,
                    sha256=hashlib.sha256(source.data).hexdigest(), syntax=parsed.syntax,
                    profile=parsed.profile, due_rule=due.rule, due_why=due.why,
                    penalty=penalty.as_detail() if penalty else None,
                    warnings=warnings or None)
    if not client.emails:
        warnings.append(f"client {client.key} has no email address: no reminder can go out "
                        f"until `dunnerd client edit {client.key} --email ...`")
    if source.paused_reason:
        store.apply_status(s, row, InvoiceStatus.PAUSED, actor=source.actor,
                           reason=source.paused_reason)
    amount = f"{to_decimal(cents, currency)} {currency}"
    line = (f"invoice {row.number} added: {client.name} ({how}), {amount}, issued "
            f"{row.issued}, due {row.due}"
            + (_penalty_words(penalty) if penalty else "")
            + (", kept as the reminders' attachment" if pdf_path else ", no PDF to attach")
            + (f"; paused: {source.paused_reason}" if source.paused_reason else ""))
    return Result(Outcome.ADDED, line, row.number, row.id, client.key, client_added,
                  tuple(warnings))


def _applied_rate(penalty: ContractualPenalty | None) -> str:
    """The invoice's contractual rate for the penalties (dunnerd/legal/claims.py): a fixed rate
    in a PMD note. Other wordings ("3 fois le taux d'intérêt légal", "BCE + 10 points") follow
    the period's rates, which is what the legal default and floor already compute."""
    if penalty is None or penalty.kind != "fixed_rate" or penalty.source != "PMD":
        return ""
    return str(penalty.value) if Decimal(0) < penalty.value <= Decimal(100) else ""


def _penalty_words(penalty: ContractualPenalty) -> str:
    rate = _applied_rate(penalty)
    if rate:
        return f", contractual penalty rate {rate} % (PMD note)"
    return (f", penalty note read ({penalty.kind} {penalty.value}, from {penalty.source}): the "
            "legal default applies; set `--penalty-rate` if the contract says otherwise")


def _client(s: Session, store: Store, config: Config, parsed: ParsedInvoice, source: Source,
            clients: list[Client], match: Any, warnings: list[str]) -> tuple[Client, bool, str]:
    buyer = parsed.buyer
    identity = buyer_identity(buyer)
    warnings.extend(identity.dropped)
    emails = [buyer.email.strip().lower()] if buyer.email else list(source.recipients)
    country = _country(buyer.address.country)
    if match is not None:
        client: Client = match.client
        filled = fill_blanks(client, buyer, identity, emails)
        if "country" in filled and not country:
            client.country = None
            filled.remove("country")
        if filled:
            s.add(client)
            store.add_event(s, "client.edited", source.actor, client_id=client.id,
                            changed=sorted(filled), reason=f"from invoice {parsed.number}")
        return client, False, f"matched by {match.by}"
    name = buyer.name or (emails[0] if emails else "")
    if not name:
        name = f"client of invoice {parsed.number}"
    client = Client(key=free_key(name, {c.key for c in clients}), name=name, emails=emails,
                    language=config.owner.language, country=country, legal_name=buyer.name,
                    address=identity.address, siren=identity.siren, siret=identity.siret,
                    vat_number=identity.vat_number, created_at=store.clock.now())
    s.add(client)
    s.flush()
    store.add_event(s, "client.added", source.actor, client_id=client.id, key=client.key,
                    reason=f"buyer of invoice {parsed.number}")
    return client, True, f"new client {client.key}"


def _country(code: str) -> str | None:
    try:
        return valid_country(code) if code else None
    except Invalid:
        return None


def _credit(s: Session, store: Store, parsed: ParsedInvoice, source: Source, currency: str,
            cents: int) -> Result:
    number = parsed.number
    if not parsed.preceding_invoices:
        return Result(Outcome.REFUSED, f"credit note {number} names no invoice (BT-25): "
                      "not recorded; record it on its invoice with `dunnerd invoice paid "
                      "NUMBER --amount ...`", number)
    targets = list(s.exec(select(Invoice).where(
        col(Invoice.number).in_(list(parsed.preceding_invoices)))))
    if not targets:
        return Result(Outcome.REFUSED, f"credit note {number} is for invoice "
                      f"{', '.join(parsed.preceding_invoices)}, which is not in the ledger: "
                      "not recorded", number)
    if any(t.currency != currency for t in targets):
        return Result(Outcome.REFUSED, f"credit note {number} is in {currency}, its invoice "
                      "in another currency: not recorded", number)
    if _credited_before(s, number, targets):
        return Result(Outcome.UNCHANGED, f"credit note {number} was recorded already", number)
    left, lines = cents, []
    for target in sorted(targets, key=lambda t: parsed.preceding_invoices.index(t.number)):
        balance = target.amount_cents - target.paid_cents
        applied = min(left, max(balance, 0))
        left -= applied
        target.paid_cents += applied
        target.updated_at = store.clock.now()
        s.add(target)
        store.add_event(s, "invoice.credited", source.actor, invoice=target, credit_note=number,
                        credited_cents=applied, balance_cents=target.amount_cents
                        - target.paid_cents, message_id=source.message_id,
                        sha256=hashlib.sha256(source.data).hexdigest())
        if target.amount_cents - target.paid_cents <= 0 and target.status not in (
                InvoiceStatus.PAID, InvoiceStatus.WRITTEN_OFF):
            store.apply_status(s, target, InvoiceStatus.PAID, actor=source.actor,
                               reason=f"credit note {number}")
        lines.append(f"{target.number} reduced by {to_decimal(applied, currency)} {currency}, "
                     f"balance {to_decimal(target.amount_cents - target.paid_cents, currency)}")
    extra = (f"; {to_decimal(left, currency)} {currency} more than the balance, not used"
             if left else "")
    return Result(Outcome.CREDITED, f"credit note {number}: {'; '.join(lines)}{extra}", number,
                  targets[0].id)


def _credited_before(s: Session, credit_note: str, targets: Sequence[Invoice]) -> bool:
    ids = [t.id for t in targets]
    for detail in s.exec(select(Event.detail).where(
            Event.kind == "invoice.credited", col(Event.invoice_id).in_(ids))):
        if detail.get("credit_note") == credit_note:
            return True
    return False

