"""Answering a client who asks for the invoice or the bank details (`[inbox] answer_requests`).

The answer goes through the outbox like a reminder: its exact bytes, SHA-256 and Message-ID
are stored `planned` in the inbound message's own transaction (one Reminder row per invoice,
step "answer", one group), and the daemon's next pass sends it with its witness and files the
copy in Sent. It is planned once per request message (its Message-ID is the key), never for an
auto-reply, a mailing or a message we cannot identify, and only to the client's own addresses.
When dunnerd cannot answer (off, no PDF, no IBAN, a corrected invoice asked for), it says why
in the evidence and the owner's alert.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from dunnerd.config.schema import Config
from dunnerd.inbox.answer_texts import answer_words
from dunnerd.inbox.classify import ParsedMessage, Verdict
from dunnerd.inbox.reply_facts import ReplyFacts
from dunnerd.ledger.models import Client, Event, Invoice, Reminder
from dunnerd.ledger.store import Store
from dunnerd.mail.compose import ComposeError, compose_reminder, make_message_id
from dunnerd.states import InvoiceStatus, ReminderState

log = logging.getLogger(__name__)
ANSWER_STEP = "answer"
# Never answer what a machine sent or what was sent to many (RELIABILITY.md).
_NOT_TO_MACHINES = ("auto_generated", "auto_replied", "x_autoreply", "precedence_auto_reply",
                    "precedence_bulk", "precedence_junk", "list", "list_unsubscribe",
                    "null_sender", "noreply_sender", "daemon_sender", "auto_response_suppress",
                    "spam_flag")
_OWED = (InvoiceStatus.OPEN, InvoiceStatus.PROMISED, InvoiceStatus.PAUSED)


def requested(facts: ReplyFacts) -> list[str]:
    """What the client asked for: "invoice", "bank_details"."""
    wanted = []
    if facts.get("request_invoice"):
        wanted.append("invoice")
    if facts.get("request_bank_details"):
        wanted.append("bank_details")
    return wanted


def plan_answer(store: Store, config: Config, s: Session, parsed: ParsedMessage,
                verdict: Verdict, client: Client | None,
                invoices: Sequence[Invoice]) -> dict[str, Any]:
    """Plan the answer to a request, or say why not: the evidence for the owner."""
    wanted = requested(verdict.facts)
    reason = _refusal(config, s, parsed, verdict, client, wanted)
    owed = [inv for inv in invoices if inv.status in _OWED
            and inv.amount_cents - inv.paid_cents > 0]
    if reason is None and not owed:
        reason = "no invoice still owed is concerned"
    if reason is None and "invoice" in wanted:
        missing = [inv.number for inv in owed if not inv.pdf_path or
                   not Path(inv.pdf_path).is_file()]
        if missing:
            reason = "no PDF on file for " + ", ".join(missing)
    if reason is not None or client is None:
        return {"requests": wanted, "answered": False, "why_not": reason}
    try:
        message_id = _queue(store, config, s, parsed, client, owed, wanted)
    except ComposeError as exc:
        return {"requests": wanted, "answered": False, "why_not": str(exc)}
    return {"requests": wanted, "answered": True, "answer_message_id": message_id,
            "invoices": [inv.number for inv in owed]}


def _refusal(config: Config, s: Session, parsed: ParsedMessage, verdict: Verdict,
             client: Client | None, wanted: Sequence[str]) -> str | None:
    labels = set(verdict.evidence.get("labels") or ())
    if not config.inbox.answer_requests:
        return "inbox.answer_requests is off"
    if client is None or verdict.origin != "client":
        return "not from a known client"
    if labels & set(_NOT_TO_MACHINES):
        return "sent by a machine or to many: never answered automatically"
    if not parsed.message_id:
        return "the request has no Message-ID: it could not be answered exactly once"
    request = verdict.facts.get("request_invoice")
    if request is not None and request.corrected:
        return "a corrected invoice is asked for: only you can make it"
    if "bank_details" in wanted and not config.owner.iban:
        return "owner.iban is not set"
    if _answered(s, parsed.message_id):
        return "already answered"
    return None


def _answered(s: Session, message_id: str) -> bool:
    for event in s.exec(select(Event).where(Event.kind == "request.answer_planned")
                        .order_by(col(Event.id).desc())):
        if event.detail.get("request_message_id") == message_id:
            return True
    return False


def _queue(store: Store, config: Config, s: Session, parsed: ParsedMessage, client: Client,
           invoices: Sequence[Invoice], wanted: Sequence[str]) -> str:
    now = store.clock.now()
    language = client.language or config.owner.language
    numbers = [inv.number for inv in invoices]
    words = answer_words(config.owner, language, parsed.subject, numbers,
                         "invoice" in wanted, "bank_details" in wanted)
    message_id = make_message_id(config.owner.email.rpartition("@")[2], now=now)
    assert parsed.message_id is not None
    raw = compose_reminder(
        owner=config.owner, to=client.emails, cc=client.cc, client_name=client.name,
        rendered=words, message_id=message_id, date=now, invoice_numbers=numbers,
        in_reply_to=parsed.message_id, references=[*parsed.references, parsed.message_id],
        attachments=[Path(inv.pdf_path) for inv in invoices
                     if inv.pdf_path and "invoice" in wanted])
    digest = hashlib.sha256(raw).hexdigest()
    for invoice in invoices:
        s.add(Reminder(invoice_id=invoice.id or 0, client_id=client.id or 0, step=ANSWER_STEP,
                       planned_at=now, state=ReminderState.PLANNED, group_key=message_id,
                       message_id=message_id, raw_message=raw, sha256=digest))
        store.add_event(s, "request.answer_planned", "inbox", invoice=invoice,
                        request_message_id=parsed.message_id, message_id=message_id,
                        requests=list(wanted), sha256=digest)
    log.info("answer planned to request %s message_id=%s invoices=%s", parsed.message_id,
             message_id, ",".join(numbers))
    return message_id
