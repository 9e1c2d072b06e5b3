"""An invoice's claim from the ledger: its payments (from the payment events, dated in the
client's time zone), the rate that applies (the invoice's, else the client's, else the
config's contractual rate, else ECB + 10 points), the indemnity, and for a consumer the day the
formal notice was sent. `breakdowns` reads all of that for many invoices at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from dunnerd.config.schema import NEVER_CLAIM, Config, LegalSettings, Step
from dunnerd.ledger.models import Client, Event, FormalNotice, FormalNoticeInvoice, Invoice
from dunnerd.ledger.money import minor_digits
from dunnerd.ledger.store import Store
from dunnerd.legal.penalties import Breakdown, Claim, Payment, compute
from dunnerd.legal.rates import RateTable, rate_table
from dunnerd.states import ClientKind

PAYMENT_EVENTS = ("invoice.partly_paid", "invoice.paid")
INDEMNITY_CURRENCY = "EUR"  # D441-5 fixes it in euros: not added to invoices in another currency


def payments_from_events(events: Iterable[Event], zone: ZoneInfo) -> tuple[Payment, ...]:
    """Each payment with its local date. A partial payment's event holds that payment; a
    "paid" event holds the total paid so far, so its payment is what was still missing."""
    payments: list[Payment] = []
    paid = 0
    for event in sorted(events, key=lambda e: (e.at or dt.datetime.min.replace(tzinfo=dt.UTC),
                                               e.id or 0)):
        cents = event.detail.get("paid_cents")
        if event.kind not in PAYMENT_EVENTS or not isinstance(cents, int) or event.at is None:
            continue
        amount = cents if event.kind == "invoice.partly_paid" else cents - paid
        if amount > 0:
            payments.append(Payment(event.at.astimezone(zone).date(), amount))
            paid += amount
    return tuple(payments)


def parse_rate(text: str) -> Decimal | None:
    """A stored contractual rate ("12.5"), or None for "" (or anything unreadable)."""
    try:
        value = Decimal(text) if text.strip() else None
    except InvalidOperation:
        return None
    return value if value is not None and value.is_finite() and value > 0 else None


def contractual_rate(invoice: Invoice, client: Client, settings: LegalSettings) -> Decimal | None:
    return (parse_rate(invoice.penalty_rate) or parse_rate(client.penalty_rate)
            or settings.contractual_rate)


def client_kind(client: Client) -> ClientKind:
    try:
        return ClientKind(client.kind)
    except ValueError:
        return ClientKind.BUSINESS


def claim_for(invoice: Invoice, client: Client, payments: Sequence[Payment],
              settings: LegalSettings, notice_sent_on: dt.date | None = None) -> Claim:
    kind = client_kind(client)
    indemnity = 0
    if (kind is ClientKind.BUSINESS and client.claim_indemnity
            and invoice.currency == INDEMNITY_CURRENCY):
        indemnity = int(settings.indemnity.scaleb(minor_digits(INDEMNITY_CURRENCY)))
    return Claim(number=invoice.number, currency=invoice.currency,
                 amount_cents=invoice.amount_cents, due=invoice.due, kind=kind,
                 payments=tuple(payments),
                 contractual_rate=contractual_rate(invoice, client, settings),
                 indemnity_cents=indemnity, notice_sent_on=notice_sent_on)


def claims_penalties(step: str, client: Client, config: Config) -> bool:
    """Does a message of `step` name the penalties for this client? From the client's (else
    the config's) `claim_penalties_from` step on, in the policy's order."""
    first = client.claim_penalties_from or config.legal.claim_penalties_from
    names = [s.name for s in config.policy.steps]
    if first == NEVER_CLAIM or first not in names or step not in names:
        return False
    return names.index(step) >= names.index(first)


def step_names(steps: Sequence[Step]) -> list[str]:
    return [step.name for step in steps]


def notices_sent(s: Session, invoice_ids: Sequence[int]) -> dict[int, dt.date]:
    """Invoice id -> the day the latest sent formal notice covering it was sent."""
    found: dict[int, dt.date] = {}
    rows = s.connection().execute(
        sa_select(col(FormalNoticeInvoice.invoice_id), col(FormalNotice.sent_on))
        .join(FormalNotice, col(FormalNotice.id) == col(FormalNoticeInvoice.notice_id))
        .where(col(FormalNoticeInvoice.invoice_id).in_(invoice_ids),
               col(FormalNotice.sent_on).is_not(None))
        .order_by(col(FormalNotice.id)))
    for invoice_id, sent_on in rows:
        if sent_on is not None:
            found[invoice_id] = sent_on
    return found


def breakdowns(store: Store, config: Config, invoices: Sequence[Invoice],
               clients: Mapping[int, Client], as_of: Mapping[int, dt.date] | dt.date,
               table: RateTable | None = None) -> dict[int, Breakdown]:
    """Invoice id -> its breakdown on `as_of` (one date, or one per invoice id), reading the
    payments and notices of all `invoices` in one transaction."""
    table = table or rate_table(config.legal.rates)
    ids = [inv.id or 0 for inv in invoices]
    events: dict[int, list[Event]] = {}
    with store.session() as s:
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for event in s.exec(select(Event).where(col(Event.invoice_id).in_(chunk),
                                                    col(Event.kind).in_(PAYMENT_EVENTS))):
                events.setdefault(event.invoice_id or 0, []).append(event)
        sent = {}
        for start in range(0, len(ids), 500):
            sent.update(notices_sent(s, ids[start:start + 500]))
    result: dict[int, Breakdown] = {}
    for invoice in invoices:
        client = clients[invoice.client_id]
        zone = ZoneInfo(client.timezone or config.owner.timezone)
        payments = payments_from_events(events.get(invoice.id or 0, []), zone)
        claim = claim_for(invoice, client, payments, config.legal, sent.get(invoice.id or 0))
        day = as_of if isinstance(as_of, dt.date) else as_of[invoice.id or 0]
        result[invoice.id or 0] = compute(claim, table, day)
    return result
