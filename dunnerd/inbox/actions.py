"""What each kind of inbound message does to the ledger. Called inside the inbox's transaction
for that message, so the message, its effect and the cursor commit together.

- human_reply: by what it says (replies.py): disputed, promised, a payment claimed (paused and a
  review opened), a request answered or not; else paused. The invoice, or all of the client's
  when it names none; the first lines and the evidence kept.
- auto_reply: never pauses; a stated return date holds the client's next reminder until after it.
- bounce: the address is marked failing, the client's escalation pauses, the owner is told.
- payment_notification: changes money only from a trusted sender whose authentication passed
  (dunnerd.inbox.trust), only money in, and only when the match is certain (payments.py).
  Otherwise the client's reminders pause and the owner is asked, never guessed for.
- witness: our own reminder came back: the server took it.
- other: nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import Any

from sqlmodel import Session, col, select

from dunnerd.config.schema import Config
from dunnerd.inbox.classify import ParsedMessage, Verdict, first_lines
from dunnerd.inbox.payments import PaymentNotices
from dunnerd.inbox.replies import ReplyEffects
from dunnerd.inbox.trust import TrustVerdict, verify_payment_sender
from dunnerd.ledger.models import Client, Invoice, Reminder
from dunnerd.ledger.store import Store
from dunnerd.mail.witness import is_witness_of
from dunnerd.states import InvoiceStatus, ReminderState

log = logging.getLogger(__name__)
_ACTIVE = (InvoiceStatus.OPEN, InvoiceStatus.PROMISED)
MAX_HOLD = dt.timedelta(days=30)
TrustCheck = Callable[[bytes], TrustVerdict]


class VerdictActions:
    def __init__(self, store: Store, config: Config, trust: TrustCheck | None = None) -> None:
        self.store = store
        self.config = config
        self.trust = trust or (lambda raw: verify_payment_sender(
            raw, config.trusted_senders, config.inbox.authserv_id))
        self.replies = ReplyEffects(store, config)
        self.payments = PaymentNotices(store, config)

    def apply(self, s: Session, raw: bytes, parsed: ParsedMessage, verdict: Verdict) -> None:
        if verdict.kind == "human_reply":
            self.replies.apply(s, parsed, verdict, self._invoices(s, verdict),
                               self._client_of(s, verdict))
        elif verdict.kind == "witness" and parsed.message_id:
            self._witnessed(s, parsed.message_id, raw)
        elif verdict.kind == "auto_reply":
            self._away(s, verdict)
        elif verdict.kind == "bounce":
            self._bounce(s, parsed, verdict)
        elif verdict.kind == "payment_notification":
            self._payment(s, raw, parsed, verdict)

    # --- lookups ----------------------------------------------------------------------------

    def _invoices(self, s: Session, verdict: Verdict) -> list[Invoice]:
        """The invoices a verdict concerns: the matched ones, else all of the client's."""
        if verdict.invoice_ids:
            return [inv for iid in verdict.invoice_ids if (inv := s.get(Invoice, iid))]
        if verdict.client_id is not None:
            return list(s.exec(select(Invoice).where(Invoice.client_id == verdict.client_id)))
        return []

    def _client_of(self, s: Session, verdict: Verdict) -> Client | None:
        if verdict.client_id is not None:
            return s.get(Client, verdict.client_id)
        for invoice in self._invoices(s, verdict):
            return s.get(Client, invoice.client_id)
        return None

    # --- effects ----------------------------------------------------------------------------

    def _pause(self, s: Session, invoices: Sequence[Invoice], reason: str,
               parsed: ParsedMessage, **detail: Any) -> list[str]:
        paused = []
        for invoice in invoices:
            if invoice.status not in _ACTIVE:
                continue
            self.store.apply_status(
                s, invoice, InvoiceStatus.PAUSED, actor="inbox", reason=reason,
                subject=parsed.subject, first_lines=first_lines(parsed.text),
                message_id=parsed.message_id, sender=parsed.from_address, **detail)
            paused.append(invoice.number)
        return paused

    def _witnessed(self, s: Session, message_id: str, raw: bytes) -> None:
        uncertain = (ReminderState.SENDING, ReminderState.UNKNOWN)
        for row in s.exec(select(Reminder).where(Reminder.message_id == message_id,
                                                 col(Reminder.state).in_(uncertain))):
            if not row.raw_message or not is_witness_of(raw, row.raw_message):
                # Anyone who got the reminder knows its Message-ID: only our exact bytes,
                # behind the trace headers servers add, prove the server took it.
                log.warning("a message reuses reminder %s's Message-ID without its bytes: "
                            "not taken as its witness", message_id)
                continue
            row.state = ReminderState.SENT
            row.sent_at = row.sent_at or self.store.clock.now()
            row.smtp_reply = row.smtp_reply or "witnessed"
            s.add(row)
            self.store.add_event(s, "reminder.witnessed", "inbox",
                                 invoice=s.get(Invoice, row.invoice_id), step=row.step,
                                 message_id=message_id)

    def _away(self, s: Session, verdict: Verdict) -> None:
        client = self._client_of(s, verdict)
        if client is None or verdict.return_date is None:
            return
        # A forged out-of-office must not stop dunning for long: a hold is capped, and the
        # owner is told of every one.
        latest = self.store.clock.now().date() + MAX_HOLD
        hold = min(max(verdict.return_date, client.hold_until or dt.date.min), latest)
        client.hold_until = hold
        s.add(client)
        self.store.add_event(s, "client.away", "inbox", client_id=client.id,
                             until=hold.isoformat())

    def _bounce(self, s: Session, parsed: ParsedMessage, verdict: Verdict) -> None:
        client = self._client_of(s, verdict)
        if client is None:
            return  # concerns no client of ours: changes nothing
        failing = sorted(set(client.failing_emails) | set(verdict.bounced))
        if failing != client.failing_emails:
            client.failing_emails = failing
            s.add(client)
        invoices = list(s.exec(select(Invoice).where(Invoice.client_id == client.id)))
        paused = self._pause(s, invoices, "reminder bounced", parsed,
                             addresses=list(verdict.bounced))
        self.store.add_event(s, "alert.bounce", "inbox", client_id=client.id,
                             addresses=list(verdict.bounced), subject=parsed.subject,
                             paused=paused)

    def _payment(self, s: Session, raw: bytes, parsed: ParsedMessage, verdict: Verdict) -> None:
        self.payments.handle(s, parsed, verdict, self.trust(raw))
