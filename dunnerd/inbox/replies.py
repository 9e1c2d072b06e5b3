"""What a client's reply does to the ledger, by what it says (reply_facts.py). Called inside
the inbound message's transaction; every change records its evidence: the writer's sentence,
the Message-ID, the subject and the first lines.

- a dispute: the invoices are disputed (nothing more is sent) and the owner is alerted;
- "I already paid": paused, a review opened so the owner confirms it in one command
  (`dunnerd payment confirm ID`), or rejects it and the reminders resume;
- a promise with a day: promised until that day; the policy resumes by itself after the day
  plus `policy.promise_grace_days`;
- a request for the invoice or the bank details: paused, the owner told, and with
  `[inbox] answer_requests` the answer planned in the outbox (answers.py);
- anything else: paused, the owner told (as before).

Invoices already disputed, paid or written off are left as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlmodel import Session, col, select

from dunnerd.config.schema import Config
from dunnerd.inbox.answers import plan_answer, requested
from dunnerd.inbox.classify import ParsedMessage, Verdict, first_lines
from dunnerd.inbox.reply_facts import Fact
from dunnerd.ledger.models import Client, Event, Invoice
from dunnerd.ledger.payments import open_review, review_for_message
from dunnerd.ledger.store import Store
from dunnerd.states import InvoiceStatus

_ACTIVE = (InvoiceStatus.OPEN, InvoiceStatus.PROMISED)
_CHANGEABLE = (InvoiceStatus.OPEN, InvoiceStatus.PROMISED, InvoiceStatus.PAUSED)


class ReplyEffects:
    def __init__(self, store: Store, config: Config) -> None:
        self.store = store
        self.config = config

    def apply(self, s: Session, parsed: ParsedMessage, verdict: Verdict,
              invoices: Sequence[Invoice], client: Client | None) -> None:
        facts = verdict.facts
        base: dict[str, Any] = {
            "subject": parsed.subject, "first_lines": first_lines(parsed.text),
            "message_id": parsed.message_id, "sender": parsed.from_address,
            "matched_by": verdict.evidence.get("matched_by"),
        }
        if facts.facts:
            base["facts"] = facts.as_json()
        for invoice in invoices:
            if invoice.status is InvoiceStatus.HANDED_OFF:
                # Nothing is sent about it any more, but whoever now collects it must know.
                self.store.add_event(s, "alert.reply_after_handoff", "inbox", invoice=invoice,
                                     **base)
        dispute = facts.get("dispute")
        paid = facts.get("already_paid")
        promise = facts.get("promise")
        if dispute is not None:
            self._set(s, invoices, InvoiceStatus.DISPUTED, "client disputes", dispute, base,
                      partial=dispute.partial or None)
        elif paid is not None:
            self._claimed(s, parsed, invoices, client, paid, base)
        elif promise is not None and promise.day is not None:
            self._set(s, invoices, InvoiceStatus.PROMISED, "client promised a date", promise,
                      base, promised_until=promise.day, vague=promise.vague or None)
        elif requested(facts):
            # Paused first: a status change cancels what is planned, the answer included.
            paused = self._pause(s, invoices, "client asks for " + " and ".join(
                {"invoice": "the invoice", "bank_details": "the bank details"}[w]
                for w in requested(facts)), base)
            answer = plan_answer(self.store, self.config, s, parsed, verdict, client, invoices)
            self._tell(s, paused, answer)
        else:
            self._pause(s, invoices, "client replied", base)

    def _set(self, s: Session, invoices: Sequence[Invoice], status: InvoiceStatus, reason: str,
             fact: Fact, base: dict[str, Any], **detail: Any) -> None:
        for invoice in invoices:
            if invoice.status not in _CHANGEABLE:
                continue
            promised = detail.get("promised_until")
            self.store.apply_status(
                s, invoice, status, actor="inbox", reason=reason, promised_until=promised,
                evidence=fact.evidence, **base,
                **{k: v for k, v in detail.items() if k != "promised_until"})

    def _pause(self, s: Session, invoices: Sequence[Invoice], reason: str,
               detail: dict[str, Any]) -> list[Invoice]:
        paused = []
        for invoice in invoices:
            if invoice.status not in _ACTIVE:
                continue
            self.store.apply_status(s, invoice, InvoiceStatus.PAUSED, actor="inbox",
                                    reason=reason, **detail)
            paused.append(invoice)
        return paused

    def _tell(self, s: Session, paused: Sequence[Invoice], answer: dict[str, Any]) -> None:
        """Put what became of the request into the pause events the owner's alert reads."""
        s.flush()
        for invoice in paused:
            event = s.exec(select(Event).where(Event.invoice_id == invoice.id,
                                               Event.kind == "invoice.paused")
                           .order_by(col(Event.id).desc())).first()
            if event is not None:
                event.detail = {**event.detail, "answer": answer}
                s.add(event)

    def _claimed(self, s: Session, parsed: ParsedMessage, invoices: Sequence[Invoice],
                 client: Client | None, fact: Fact, base: dict[str, Any]) -> None:
        """The client says it is paid: pause and ask the owner, with a review to confirm."""
        owed = [inv for inv in invoices if inv.status in _CHANGEABLE
                and inv.amount_cents - inv.paid_cents > 0]
        if not owed or review_for_message(s, parsed.message_id) is not None:
            self._pause(s, invoices, "client replied", base)
            return
        proposal = [{"invoice_id": inv.id, "number": inv.number,
                     "cents": inv.amount_cents - inv.paid_cents} for inv in owed]
        review = open_review(
            self.store, s, source="client_claim", client_id=client.id if client else None,
            message_id=parsed.message_id, sender=parsed.from_address,
            currency=owed[0].currency if len({i.currency for i in owed}) == 1 else None,
            value_date=fact.day, reason="the client says it is paid: check your account",
            proposal=proposal, evidence={"evidence": fact.evidence, "subject": parsed.subject,
                                         "forwarded": fact.forwarded})
        self._pause(s, owed, "client says it is paid",
                    {**base, "evidence": fact.evidence, "payment_review": review.id,
                     "paid_on": fact.day.isoformat() if fact.day else None})
