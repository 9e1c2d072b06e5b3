"""Pure: what an inbound message is, which invoices it concerns, and why we think so.

Kinds: `witness` (our own reminder coming back through the owner's mailbox), `bounce`,
`auto_reply` (out-of-office, acknowledgements, challenge-response, read receipts),
`payment_notification` (a bank or payment service telling of a movement of money, read as
transactions with their direction), `other` (lists' announcements, spam, notifications,
invitations) and `human_reply` (with the facts it states: a promise, a dispute, a payment
claimed, a request).

The ledger is asked first who the message is from (context.py); then the kind is decided for
that origin (kinds.py), a notice is read as transactions (notices/) and a reply's facts are
read (reply_facts.py). `decide` does no I/O: the ledger answers through a `LedgerContext`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from dunnerd.config.schema import TrustedSender
from dunnerd.inbox import extract
from dunnerd.inbox.context import (
    CLIENT,
    TRUSTED,
    Correlation,
    LedgerContext,
    NoLedger,
    read_context,
)
from dunnerd.inbox.kinds import client_kind, trusted_kind, unknown_kind
from dunnerd.inbox.notices.model import NO_NOTICE, Notice
from dunnerd.inbox.notices.reader import read_notice
from dunnerd.inbox.parse import MalformedMessage, ParsedMessage, parse_message
from dunnerd.inbox.reply_facts import ReplyFacts, read_facts
from dunnerd.inbox.signals import read_signals

__all__ = ["Correlation", "LedgerContext", "MalformedMessage", "NoLedger", "ParsedMessage",
           "PaymentClaim", "Verdict", "classify", "decide", "first_lines", "parse_message"]

KINDS = ("witness", "human_reply", "auto_reply", "bounce", "payment_notification", "other")
FIRST_LINES = 5
_QUOTE_HEADER = re.compile(
    r"^(on .{0,200} wrote:|le .{0,200} a écrit\s*:|-----\s*original message\s*-----|"
    r"-----\s*message d'origine\s*-----|de\s*:.*|from\s*:.*)\s*$", re.IGNORECASE)
_FAILED_ACTIONS = ("failed",)
_ADDRESS = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
# A message's own date is the base of "demain" and "hier", unless it is far from today.
_DATE_TRUST = dt.timedelta(days=60)


@dataclass(frozen=True)
class PaymentClaim:
    amount: Decimal | None
    currency: str | None
    reference: str | None
    invoice_numbers: tuple[str, ...]


@dataclass(frozen=True)
class Verdict:
    kind: str
    invoice_ids: tuple[int, ...] = ()
    client_id: int | None = None
    evidence: Mapping[str, Any] = field(default_factory=dict)  # JSON-able: labels, reasons...
    return_date: dt.date | None = None
    bounced: tuple[str, ...] = ()
    payment: PaymentClaim | None = None
    origin: str = "unknown"  # "client", "trusted" or "unknown" (context.py)
    notice: Notice = NO_NOTICE  # a payment notice's transactions
    facts: ReplyFacts = field(default_factory=ReplyFacts)  # a reply's facts


def base_date(m: ParsedMessage, today: dt.date) -> dt.date:
    """The day the writer meant by "demain": their own date, unless it is far from today."""
    if m.date is None:
        return today
    written = m.date.date()
    return written if abs(written - today) <= _DATE_TRUST else today


def _payment(m: ParsedMessage, notice: Notice) -> PaymentClaim:
    """The first movement of the notice, in the shape earlier code reads."""
    moves = notice.money_in or notice.transactions
    text = f"{m.subject}\n{m.text}"
    if moves:
        first = moves[0]
        amount, currency, reference = first.amount, first.currency, first.reference
    else:
        found = extract.amounts(text)
        amount, currency = found[0] if found else (None, None)
        reference = extract.reference(text)
    numbers = extract.invoice_numbers(text)
    for move in moves:
        numbers += extract.candidates(move.reference or "", 10)
    if reference:
        numbers += extract.candidates(reference, 10)
    return PaymentClaim(amount, currency, reference, tuple(dict.fromkeys(numbers))[:20])


def _bounced(m: ParsedMessage) -> tuple[str, ...]:
    found = [d.recipient for d in m.delivery_reports if d.action in _FAILED_ACTIONS]
    found += list(m.failed_recipients)
    found += [a.strip().lower() for a in m.headers.get("x-failed-recipients", "").split(",")
              if "@" in a]
    if not found:  # a plain-text notice: the addresses it names before the returned headers
        notice = re.split(r"(?im)^.{0,40}(?:original|d'origine|headers|ent[eê]tes|below this line)",
                          m.text[:6000])[0]
        ours = {m.from_address, *_ADDRESS.findall(m.headers.get("to", "").lower())}
        found = [a.lower() for a in _ADDRESS.findall(notice) if a.lower() not in ours]
    return tuple(dict.fromkeys(a for a in found if "@" in a))[:20]


def _numbers(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in re.split(r"[,;\s]+", text) if t.strip())[:20]


def _match(m: ParsedMessage, kind: str, ctx: LedgerContext, known: Correlation | None,
           payment: PaymentClaim | None, evidence: dict[str, Any]
           ) -> tuple[tuple[int, ...], int | None]:
    """Threading first, then what the message names, then who sent it."""
    if kind == "bounce":
        return _match_bounce(m, known, evidence), None
    if kind == "payment_notification":
        numbers = set(payment.invoice_numbers) if payment else set()
        named = {n: i for n, i in ctx.named.items() if n in numbers}
        if named:
            evidence["matched_by"] = "payment_reference"
            evidence["invoice_numbers"] = sorted(named)
            return tuple(dict.fromkeys(named.values())), ctx.client_id
        return (), ctx.client_id
    if ctx.thread_invoice_ids:
        evidence["matched_by"] = "thread"
        return tuple(dict.fromkeys(ctx.thread_invoice_ids)), ctx.client_id
    if ctx.client_id is not None:
        if ctx.named:
            evidence["matched_by"] = "invoice_number"
            evidence["invoice_numbers"] = sorted(ctx.named)
            return tuple(dict.fromkeys(ctx.named.values())), ctx.client_id
        # A client who writes without naming an invoice is still about all of theirs.
        evidence["matched_by"] = ctx.client_by
    return (), ctx.client_id


def _match_bounce(m: ParsedMessage, known: Correlation | None,
                  evidence: dict[str, Any]) -> tuple[int, ...]:
    if known is None:
        return ()
    for original in m.returned:
        ids: tuple[int, ...] = ()
        if original.message_id:
            ids = known.invoices_for_thread([original.message_id])
            if ids or known.is_ours(original.message_id):
                evidence["matched_by"] = "returned_message_id"
        if not ids and original.invoice_numbers:
            ids = tuple(known.invoices_named(_numbers(original.invoice_numbers), None).values())
            evidence["matched_by"] = "returned_invoice_header" if ids else None
        if ids:
            return tuple(dict.fromkeys(ids))
    evidence.pop("matched_by", None)
    return ()


def classify(message: ParsedMessage, known: Correlation, today: dt.date | None = None,
             trusted: Sequence[TrustedSender] = ()) -> Verdict:
    """Ask the ledger who `message` is from, then decide. Never raises on data."""
    return decide(message, read_context(message, known, trusted), today or dt.date.today(),
                  known)


def decide(message: ParsedMessage, ctx: LedgerContext, today: dt.date,
           known: Correlation | None = None) -> Verdict:
    """The kind of `message` for its origin, the invoices it concerns, the transactions of a
    notice, the facts of a reply, and the evidence. Pure but for `known`, which only a bounce
    uses to find the reminder it returns. Never raises on data."""
    if ctx.ours:
        return Verdict("witness", evidence={
            "labels": ["ours"], "reasons": ["its Message-ID is one of our reminders"],
            "message_id": message.message_id, "matched_by": "message_id"})
    reading, _ = read_signals(message)
    read: list[Notice] = []

    def notice_of() -> Notice:
        if not read:
            read.append(read_notice(message))
        return read[0]

    if ctx.origin == TRUSTED:
        kind = trusted_kind(message, reading, notice_of)
    elif ctx.origin == CLIENT:
        kind = client_kind(message, reading, notice_of)
    else:
        kind = unknown_kind(message, reading, notice_of)
    notice = notice_of() if kind == "payment_notification" else NO_NOTICE
    evidence: dict[str, Any] = {"labels": reading.labels, "reasons": reading.reasons,
                                "origin": ctx.origin}
    if ctx.trusted_sender:
        evidence["trusted_sender"] = ctx.trusted_sender
    payment = _payment(message, notice) if kind == "payment_notification" else None
    invoice_ids, client_id = _match(message, kind, ctx, known, payment, evidence)
    return_date = None
    if kind == "auto_reply":
        return_date = extract.return_date(f"{message.subject}\n{message.text}", today)
        if return_date:
            evidence["return_date"] = return_date.isoformat()
    bounced = _bounced(message) if kind == "bounce" else ()
    if bounced:
        evidence["bounced"] = list(bounced)
    facts = ReplyFacts()
    if kind == "human_reply":
        facts = read_facts(message, base_date(message, today))
        if facts.facts:
            evidence["facts"] = facts.as_json()
    if payment:
        evidence["payment"] = {"amount": str(payment.amount) if payment.amount else None,
                               "currency": payment.currency, "reference": payment.reference,
                               "invoice_numbers": list(payment.invoice_numbers)}
        evidence["notice"] = notice.as_json()
    return Verdict(kind, invoice_ids, client_id, evidence, return_date, bounced, payment,
                   ctx.origin, notice, facts)


def first_lines(text: str, count: int = FIRST_LINES) -> list[str]:
    """The reply's own first lines, without the quoted history."""
    lines: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith(">") or _QUOTE_HEADER.match(stripped):
            break
        if stripped:
            lines.append(stripped[:200])
        if len(lines) == count:
            break
    return lines

