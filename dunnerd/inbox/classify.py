"""Pure: what an inbound message is, which invoices it concerns, and why we think so.

Kinds: `witness` (our own reminder coming back through the owner's mailbox), `bounce`,
`auto_reply` (out-of-office, acknowledgements, challenge-response, read receipts),
`payment_notification` (a bank or payment service saying money arrived), `other` (lists'
announcements, spam, notifications, invitations) and `human_reply`.

The order of the rules follows the cost of a mistake. Reading a person as a machine lets
escalation go on against someone who is talking to us: the worst error. So structure and
headers decide first (RFC 3464 reports, RFC 3834 Auto-Submitted, the null sender), words only
confirm what a header or a sender hints at, a person saying "I paid" is always a person, and a
message is `other` only when several independent signs say it was sent to many.

Parsing lives in mailparse.py, dates and amounts in extract.py, phrases in lexicon.py. The
classifier does no I/O: the ledger answers through a `Correlation`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol

from dunnerd.inbox import extract
from dunnerd.inbox.parse import MalformedMessage, ParsedMessage, parse_message
from dunnerd.inbox.signals import Reading, read_signals

__all__ = ["Correlation", "MalformedMessage", "NoLedger", "ParsedMessage", "PaymentClaim",
           "Verdict", "classify", "first_lines", "parse_message"]

KINDS = ("witness", "human_reply", "auto_reply", "bounce", "payment_notification", "other")
FIRST_LINES = 5
_QUOTE_HEADER = re.compile(
    r"^(on .{0,200} wrote:|le .{0,200} a écrit\s*:|-----\s*original message\s*-----|"
    r"-----\s*message d'origine\s*-----|de\s*:.*|from\s*:.*)\s*$", re.IGNORECASE)
_FAILED_ACTIONS = ("failed",)
_OTHER_THRESHOLD = 3
_ADDRESS = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")


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


class Correlation(Protocol):
    """The ledger's answers about one message; implementations do the I/O, not the classifier."""

    def is_ours(self, message_id: str) -> bool:
        """Whether the Message-ID is one of our reminders."""

    def invoices_for_thread(self, message_ids: Sequence[str]) -> tuple[int, ...]:
        """Invoices whose reminder or original invoice email has one of these Message-IDs."""

    def client_for_address(self, address: str) -> int | None:
        """The client with this exact address (case-blind), if any."""

    def client_for_domain(self, domain: str) -> int | None:
        """The one client using this domain; None for free-mail or shared domains."""

    def invoices_named(self, candidates: Sequence[str],
                       client_id: int | None) -> dict[str, int]:
        """{number: id} of open invoices whose number is among the candidates."""


class NoLedger:
    """A Correlation that knows nothing: kinds only (the corpus bench)."""

    def is_ours(self, message_id: str) -> bool:
        return False

    def invoices_for_thread(self, message_ids: Sequence[str]) -> tuple[int, ...]:
        return ()

    def client_for_address(self, address: str) -> int | None:
        return None

    def client_for_domain(self, domain: str) -> int | None:
        return None

    def invoices_named(self, candidates: Sequence[str],
                       client_id: int | None) -> dict[str, int]:
        return {}


def _decide(m: ParsedMessage, r: Reading) -> str:
    failed = [d for d in m.delivery_reports if d.action in _FAILED_ACTIONS]
    person = r.has("auto_submitted_no", "human_payment")
    if r.has("challenge") and not person and not r.has("daemon_sender", "dsn_subject"):
        return "auto_reply"
    if failed and not person:
        r.add("dsn_failed", "delivery report: Action failed for " + failed[0].recipient)
        return "bounce"
    if r.has("report_disposition-notification"):
        r.add("read_receipt", "a read receipt (message disposition notification)")
        return "auto_reply"
    if not person and _is_bounce(m, r):
        return "bounce"
    if r.has("auto_replied", "x_autoreply", "precedence_auto_reply"):
        return "auto_reply"
    if r.has("auto_subject") and not person and not r.has("quotes"):
        return "auto_reply"
    if _is_payment(m, r):
        return "payment_notification"
    automated = r.has("auto_generated", "auto_response_suppress", "precedence_junk",
                      "null_sender", "noreply_sender", "daemon_sender", "acknowledgement")
    if not person and r.has("vacation", "acknowledgement") and automated:
        return "auto_reply"
    if not person and r.has("precedence_junk", "null_sender") and not r.has("threaded", "quotes"):
        return "auto_reply"
    if r.has("feedback_report") or (r.has("spam_flag") and not person):
        return "other"
    if _other_score(r) >= _OTHER_THRESHOLD and not person:
        return "other"
    return "human_reply"


def _is_bounce(m: ParsedMessage, r: Reading) -> bool:
    detected = bool(m.failed_recipients or m.warned_recipients)
    if detected:
        r.add("bounce_detector", "flufl.bounce found failed recipients: "
              + ", ".join((m.failed_recipients or m.warned_recipients)[:3]))
    machine = r.has("daemon_sender", "null_sender")
    words = r.has("dsn_subject", "dsn_phrase")
    return (r.has("x_failed_recipients")
            or (detected and (words or machine or r.has("report_delivery-status")))
            or (r.has("dsn_subject") and (r.has("dsn_phrase") or machine))
            or (r.has("daemon_sender") and r.has("dsn_phrase"))
            or (r.has("null_sender") and r.has("dsn_phrase") and not r.has("vacation")))


def _is_payment(m: ParsedMessage, r: Reading) -> bool:
    if not r.has("payment_phrase") or r.has("human_payment", "auto_submitted_no"):
        return False
    if r.has("reply_subject", "quotes", "list", "list_unsubscribe", "spam_flag", "bulk_words"):
        return False  # a forward or a reply is a person passing it on; bulk mail is not a bank
    return True


def _other_score(r: Reading) -> int:
    weights = {"spam_flag": 3, "calendar": 2, "fresh": 1, "attached_messages": 2,
 "bulk_words": 2, "notification_words": 2,
               "foreign_script": 2, "broadcast": 2, "auto_generated": 2, "noreply_sender": 2,
               "html_only": 1, "list_unsubscribe": 1, "precedence_bulk": 1, "daemon_sender": 2,
               "report_unknown": 2, "obfuscated": 2, "ticket_status": 4, "fake_reply": 1,
               "no_text": 2}
    score = sum(w for label, w in weights.items() if r.has(label))
    score -= 2 * sum(r.has(label) for label in ("threaded", "quotes"))
    if r.has("reply_subject") and not r.has("fake_reply"):
        score -= 2
    return score


def _payment(m: ParsedMessage) -> PaymentClaim:
    text = f"{m.subject}\n{m.text}"
    amounts = extract.amounts(text)
    amount, currency = amounts[0] if amounts else (None, None)
    reference = extract.reference(text)
    numbers = extract.invoice_numbers(text)
    if reference:
        numbers = tuple(dict.fromkeys(numbers + extract.candidates(reference, 10)))
    return PaymentClaim(amount, currency, reference, numbers[:20])


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


def _match(m: ParsedMessage, kind: str, known: Correlation, payment: PaymentClaim | None,
           evidence: dict[str, Any]) -> tuple[tuple[int, ...], int | None]:
    """Threading first, then what the message names, then who sent it."""
    if kind == "bounce":
        for original in m.returned:
            ids: tuple[int, ...] = ()
            if original.message_id:
                ids = known.invoices_for_thread([original.message_id])
                if ids or known.is_ours(original.message_id):
                    evidence["matched_by"] = "returned_message_id"
            if not ids and original.invoice_numbers:
                ids = tuple(known.invoices_named(_numbers(original.invoice_numbers), None)
                            .values())
                evidence["matched_by"] = "returned_invoice_header" if ids else None
            if ids:
                return tuple(dict.fromkeys(ids)), None
        evidence.pop("matched_by", None)
        return (), None
    if kind == "payment_notification":
        if payment and payment.invoice_numbers:
            named = known.invoices_named(payment.invoice_numbers, None)
            if named:
                evidence["matched_by"] = "payment_reference"
                evidence["invoice_numbers"] = sorted(named)
                return tuple(dict.fromkeys(named.values())), None
        return (), None
    client_id: int | None = None
    if m.from_address:
        client_id = known.client_for_address(m.from_address)
        if client_id is None and "@" in m.from_address:
            client_id = known.client_for_domain(m.from_address.rsplit("@", 1)[1])
            by = "sender_domain"
        else:
            by = "sender_address"
    if m.thread_ids:
        threaded = known.invoices_for_thread(m.thread_ids)
        if threaded:
            evidence["matched_by"] = "thread"
            return tuple(dict.fromkeys(threaded)), client_id
    if client_id is not None:
        named = known.invoices_named(extract.candidates(f"{m.subject}\n{m.text}"), client_id)
        if named:
            evidence["matched_by"] = "invoice_number"
            evidence["invoice_numbers"] = sorted(named)
            return tuple(dict.fromkeys(named.values())), client_id
        # A client who writes without naming an invoice is still about all of theirs.
        evidence["matched_by"] = by
    return (), client_id


def classify(message: ParsedMessage, known: Correlation, today: dt.date | None = None) -> Verdict:
    """The kind of `message`, the invoices it concerns and the evidence. Never raises on data."""
    if message.message_id and known.is_ours(message.message_id):
        return Verdict("witness", evidence={
            "labels": ["ours"], "reasons": ["its Message-ID is one of our reminders"],
            "message_id": message.message_id, "matched_by": "message_id"})
    reading, _ = read_signals(message)
    kind = _decide(message, reading)
    evidence: dict[str, Any] = {"labels": reading.labels, "reasons": reading.reasons}
    payment = _payment(message) if kind == "payment_notification" else None
    invoice_ids, client_id = _match(message, kind, known, payment, evidence)
    if kind == "other":
        if (invoice_ids or client_id is not None) and not reading.has("feedback_report"):
            # Whoever threads to our mail or writes from a client's address is a person
            # until proven otherwise: reading them as "other" would let escalation go on.
            kind = "human_reply"
            evidence["reasons"].append("read as a person: " + str(evidence.get("matched_by")))
        else:
            invoice_ids, client_id = (), None
            evidence.pop("matched_by", None)
    return_date = None
    if kind == "auto_reply":
        return_date = extract.return_date(f"{message.subject}\n{message.text}",
                                          today or dt.date.today())
        if return_date:
            evidence["return_date"] = return_date.isoformat()
    bounced = _bounced(message) if kind == "bounce" else ()
    if bounced:
        evidence["bounced"] = list(bounced)
    if payment:
        evidence["payment"] = {"amount": str(payment.amount) if payment.amount else None,
                               "currency": payment.currency, "reference": payment.reference,
                               "invoice_numbers": list(payment.invoice_numbers)}
    return Verdict(kind, invoice_ids, client_id, evidence, return_date, bounced, payment)


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

