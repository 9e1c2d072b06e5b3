"""Payments the owner confirms or rejects (`dunnerd payment confirm|reject ID`).

A review is opened, in the transaction of the inbound message that raised it, for a trusted
notice that could not be matched with certainty, an unverified notice naming our invoices, or
a client saying they paid. It pauses what it concerns (the caller records the pause with
`payment_review=<id>` in the event). `confirm` records its proposal, each line an ordinary
payment with its Event; `reject` resumes the invoices it paused. Either is final.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlmodel import Session, col, select

from dunnerd.ledger.errors import NotFound, StoreError
from dunnerd.ledger.models import Event, Invoice, PaymentReview
from dunnerd.ledger.store import Store
from dunnerd.states import InvoiceStatus

PENDING, CONFIRMED, REJECTED = "pending", "confirmed", "rejected"
_STATUS_EVENTS = [f"invoice.{status.value}" for status in InvoiceStatus]


def open_review(store: Store, s: Session, **fields: Any) -> PaymentReview:
    """A pending review, flushed so that its id can go into the events that cite it."""
    review = PaymentReview(created_at=store.clock.now(), state=PENDING, **fields)
    s.add(review)
    s.flush()
    return review


def review_for_message(s: Session, message_id: str | None) -> PaymentReview | None:
    """The review an inbound message already opened (a second copy opens none)."""
    if not message_id:
        return None
    return s.exec(select(PaymentReview).where(PaymentReview.message_id == message_id)).first()


def list_reviews(store: Store, state: str | None = None,
                 invoice_id: int | None = None) -> list[PaymentReview]:
    with store.session() as s:
        query = select(PaymentReview).order_by(col(PaymentReview.id))
        if state:
            query = query.where(PaymentReview.state == state)
        found = list(s.exec(query))
    if invoice_id is not None:
        found = [r for r in found if any(line.get("invoice_id") == invoice_id
                                         for line in r.proposal)]
    return found


def _review(s: Session, review_id: int) -> PaymentReview:
    review = s.get(PaymentReview, review_id)
    if review is None:
        raise NotFound("payment", str(review_id))
    if review.state != PENDING:
        raise StoreError(f"payment {review_id} was already {review.state}")
    return review


def confirm(store: Store, review_id: int, *, actor: str, invoice_number: str | None = None,
            cents: int | None = None, note: str | None = None) -> list[Invoice]:
    """Record the review's proposal (or, with `invoice_number`, only that invoice, for `cents`
    or its proposed amount); invoices it paused that still owe something are resumed."""
    with store.session() as s:
        review = _review(s, review_id)
        lines = list(review.proposal)
        if invoice_number is not None:
            lines = _line_for(s, review, invoice_number, cents)
        elif cents is not None:
            if len(lines) != 1:
                raise StoreError(f"payment {review_id} proposes {len(lines)} invoices: name one "
                                 "with --invoice to give an amount")
            lines = [{**lines[0], "cents": cents}]
        if not lines:
            raise StoreError(f"payment {review_id} proposes no invoice: name one with --invoice")
        changed = []
        for line in lines:
            invoice = s.get(Invoice, int(line["invoice_id"]))
            if invoice is None:
                raise NotFound("invoice", str(line.get("number")))
            amount = int(line["cents"])
            if amount <= 0:
                raise StoreError(f"payment {review_id}: no amount for invoice {invoice.number}")
            store.apply_payment(s, invoice, amount, actor=actor,
                                reason=f"payment {review_id} confirmed ({review.source})",
                                payment_review=review_id, message_id=review.message_id)
            changed.append(invoice)
        _close(store, s, review, CONFIRMED, actor, note)
        _resume_paused(store, s, review, f"payment {review_id} confirmed", actor)
        return changed


def reject(store: Store, review_id: int, *, actor: str, note: str | None = None) -> list[str]:
    """Close the review without recording anything; the invoices it paused are resumed."""
    with store.session() as s:
        review = _review(s, review_id)
        _close(store, s, review, REJECTED, actor, note)
        return _resume_paused(store, s, review, f"payment {review_id} rejected", actor)


def _line_for(s: Session, review: PaymentReview, number: str,
              cents: int | None) -> list[dict[str, Any]]:
    invoice = s.exec(select(Invoice).where(Invoice.number == number)).first()
    if invoice is None:
        raise NotFound("invoice", number)
    proposed = next((line for line in review.proposal if line.get("invoice_id") == invoice.id),
                    None)
    amount = cents if cents is not None else (int(proposed["cents"]) if proposed else None)
    if amount is None:
        amount = review.amount_cents if review.currency == invoice.currency else None
    if amount is None:
        raise StoreError(f"give the amount paid on {number} with --amount")
    return [{"invoice_id": invoice.id, "number": invoice.number, "cents": amount}]


def _close(store: Store, s: Session, review: PaymentReview, state: str, actor: str,
           note: str | None) -> None:
    review.state = state
    review.decided_at = store.clock.now()
    review.decided_by = actor
    review.note = note
    s.add(review)
    store.add_event(s, f"payment.{state}", actor, client_id=review.client_id,
                    payment_review=review.id, note=note,
                    invoices=[line.get("number") for line in review.proposal])


def _resume_paused(store: Store, s: Session, review: PaymentReview, reason: str,
                   actor: str) -> list[str]:
    """Invoices whose latest pause cites this review, still paused and owing: open again."""
    resumed = []
    for invoice in paused_by(s, review.id or 0):
        if invoice.amount_cents - invoice.paid_cents > 0:
            store.apply_status(s, invoice, InvoiceStatus.OPEN, actor=actor, reason=reason,
                               payment_review=review.id)
            resumed.append(invoice.number)
    return resumed


def paused_by(s: Session, review_id: int) -> Sequence[Invoice]:
    found = []
    for invoice in s.exec(select(Invoice).where(Invoice.status == InvoiceStatus.PAUSED)):
        latest = s.exec(select(Event).where(Event.invoice_id == invoice.id,
                                            col(Event.kind).in_(_STATUS_EVENTS))
                        .order_by(col(Event.id).desc())).first()
        if latest and latest.kind == "invoice.paused" and \
                latest.detail.get("payment_review") == review_id:
            found.append(invoice)
    return found


def review_view(review: PaymentReview) -> dict[str, Any]:
    """The JSON of a review (`payment list --json`, `invoice show --json`)."""
    def iso(value: dt.datetime | None) -> str | None:
        return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z") if value else None

    return {"id": review.id, "state": review.state, "source": review.source,
            "created_at": iso(review.created_at), "message_id": review.message_id,
            "sender": review.sender, "amount_cents": review.amount_cents,
            "currency": review.currency, "payer": review.payer, "reference": review.reference,
            "value_date": review.value_date.isoformat() if review.value_date else None,
            "reason": review.reason, "proposal": list(review.proposal),
            "evidence": dict(review.evidence), "decided_at": iso(review.decided_at),
            "decided_by": review.decided_by, "note": review.note}
