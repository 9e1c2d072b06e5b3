"""What a payment notice does to the ledger. Called inside the inbound message's transaction.

- From a trusted sender whose authentication holds (trust.py): each money-in transaction is
  matched to open balances (matching.py). A certain match is recorded, with the transaction
  and the checks as evidence; anything less opens a review (`dunnerd payment confirm|reject
  ID`), pauses the client's reminders and alerts the owner. Debits, refunds, failures,
  chargebacks, payouts and statements change nothing. A movement whose direction the notice's
  words do not say changes nothing either: the owner is told of it, since it may be money in.
- Unverified (a forgery, a client's accounting system, a sender not configured): a claim. When
  it concerns one of our invoices or clients, their reminders pause, a review is opened and the
  owner is alerted; anything else is ignored.

The same notice is counted once, whatever its copies.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from sqlmodel import Session, col, select

from dunnerd.config.schema import Config
from dunnerd.inbox.classify import ParsedMessage, Verdict
from dunnerd.inbox.correlate import FREE_MAIL_DOMAINS
from dunnerd.inbox.matching import Allocation, ClientNames, OpenInvoice, allocate, payer_clients
from dunnerd.inbox.notices.model import Direction, Transaction
from dunnerd.inbox.trust import TrustVerdict
from dunnerd.ledger.models import Client, Event, Invoice
from dunnerd.ledger.money import MoneyError, minor_digits
from dunnerd.ledger.payments import open_review, review_for_message
from dunnerd.ledger.store import Store
from dunnerd.states import InvoiceStatus

log = logging.getLogger(__name__)
# A payment can settle an invoice in any of these states; only the first two are reminded.
PAYABLE = (InvoiceStatus.OPEN, InvoiceStatus.PROMISED, InvoiceStatus.PAUSED,
           InvoiceStatus.DISPUTED, InvoiceStatus.HANDED_OFF)
_ACTIVE = (InvoiceStatus.OPEN, InvoiceStatus.PROMISED)
_FREE_MAIL = frozenset(FREE_MAIL_DOMAINS)


def _digits(currency: str) -> int:
    try:
        return minor_digits(currency)
    except MoneyError:
        return 2


def _cents(tx: Transaction) -> int | None:
    if tx.amount is None or tx.currency is None:
        return None
    value = tx.amount.scaleb(_digits(tx.currency))
    return int(value) if value == value.to_integral_value() else None


class PaymentNotices:
    def __init__(self, store: Store, config: Config) -> None:
        self.store = store
        self.config = config

    def handle(self, s: Session, parsed: ParsedMessage, verdict: Verdict,
               trust: TrustVerdict) -> None:
        if parsed.message_id and (self._counted(s, parsed.message_id)
                                  or review_for_message(s, parsed.message_id) is not None):
            # The same notice again (forwarded, replayed): one payment is counted once.
            log.warning("payment notice %s seen before: not counted twice", parsed.message_id)
            return
        invoices, clients = self._open(s)
        if not trust.trusted:
            self._claim(s, parsed, verdict, trust, invoices, clients)
            return
        for tx in verdict.notice.money_in:
            allocation = allocate(tx, invoices, clients, _FREE_MAIL)
            if allocation.certain:
                self._record(s, parsed, tx, allocation, trust)
            elif allocation.client_ids or allocation.candidates:
                self._review(s, parsed, tx, allocation, trust.sender, "bank_notice",
                             "alert.payment_uncertain", invoices)
            else:
                log.info("money in matches no open invoice message_id=%s amount=%s %s",
                         parsed.message_id, tx.amount, tx.currency)
            invoices, clients = self._open(s)
        for tx in verdict.notice.transactions:
            if tx.direction is Direction.UNREAD:
                self.store.add_event(
                    s, "alert.payment_unread", "inbox", sender=trust.sender,
                    subject=parsed.subject, message_id=parsed.message_id,
                    amount=str(tx.amount) if tx.amount is not None else None,
                    currency=tx.currency, reference=tx.reference, evidence=tx.evidence)

    # --- reading the ledger -------------------------------------------------------------

    def _open(self, s: Session) -> tuple[list[OpenInvoice], list[ClientNames]]:
        invoices = [
            OpenInvoice(inv.id or 0, inv.number, inv.client_id,
                        inv.amount_cents - inv.paid_cents, inv.currency, _digits(inv.currency))
            for inv in s.exec(select(Invoice).where(col(Invoice.status).in_(PAYABLE)))
            if inv.amount_cents - inv.paid_cents > 0]
        clients = [ClientNames(c.id or 0, tuple(n for n in (c.name, c.legal_name, c.key) if n),
                               tuple([*c.emails, *c.cc]))
                   for c in s.exec(select(Client))]
        return invoices, clients

    def _counted(self, s: Session, message_id: str) -> bool:
        for record in s.exec(select(Event).where(
                col(Event.kind).in_(("invoice.paid", "invoice.partly_paid",
                                     "alert.payment_uncertain", "alert.payment_unread")),
                Event.actor == "inbox")):
            if record.detail.get("message_id") == message_id:
                return True
        return False

    # --- effects --------------------------------------------------------------------------

    def _record(self, s: Session, parsed: ParsedMessage, tx: Transaction,
                allocation: Allocation, trust: TrustVerdict) -> None:
        for invoice_id, cents in allocation.parts:
            invoice = s.get(Invoice, invoice_id)
            if invoice is None:
                continue
            self.store.apply_payment(
                s, invoice, cents, actor="inbox", reason=f"payment notice from {trust.sender}",
                method=trust.method, message_id=parsed.message_id,
                amount=str(tx.amount), currency=tx.currency, reference=tx.reference,
                payer=tx.payer, value_date=tx.value_date.isoformat() if tx.value_date else None,
                matched_by=allocation.reason, checks=list(allocation.checks),
                transaction=tx.as_json(), trust=list(trust.reasons)[-2:])

    def _review(self, s: Session, parsed: ParsedMessage, tx: Transaction,
                allocation: Allocation, sender: str | None, source: str, alert: str,
                invoices: Sequence[OpenInvoice], pause_client: bool = True, **extra: Any) -> int:
        by_id = {inv.id: inv for inv in invoices}
        cents = _cents(tx)
        proposal = []
        for invoice_id in allocation.candidates:
            inv = by_id.get(invoice_id)
            if inv is not None:
                amount = inv.balance_cents if cents is None else min(cents, inv.balance_cents)
                proposal.append({"invoice_id": inv.id, "number": inv.number, "cents": amount})
        client_ids = allocation.client_ids or tuple(dict.fromkeys(
            by_id[i].client_id for i in allocation.candidates if i in by_id))
        review = open_review(
            self.store, s, source=source, client_id=client_ids[0] if len(client_ids) == 1
            else None, message_id=parsed.message_id, sender=sender, amount_cents=cents,
            currency=tx.currency, payer=tx.payer, reference=tx.reference,
            value_date=tx.value_date, reason=allocation.reason, proposal=proposal,
            evidence={"transaction": tx.as_json(), "checks": list(allocation.checks),
                      "subject": parsed.subject})
        pause_reason = ("unverified payment claim" if source == "unverified_notice"
                        else "payment notice to check")
        paused = self._pause_clients(s, client_ids if pause_client else (),
                                     allocation.candidates, review.id or 0, parsed,
                                     pause_reason, allocation.reason)
        self.store.add_event(
            s, alert, "inbox", client_id=client_ids[0] if len(client_ids) == 1 else None,
            payment_review=review.id, sender=sender, subject=parsed.subject,
            message_id=parsed.message_id, amount=str(tx.amount) if tx.amount else None,
            currency=tx.currency, reference=tx.reference, payer=tx.payer,
            reason=allocation.reason, checks=list(allocation.checks), paused=paused,
            candidates=[line["number"] for line in proposal], **extra)
        return review.id or 0

    def _pause_clients(self, s: Session, client_ids: Sequence[int], candidates: Sequence[int],
                       review_id: int, parsed: ParsedMessage, reason: str,
                       why: str) -> list[str]:
        query = select(Invoice).where(col(Invoice.status).in_(_ACTIVE))
        if client_ids:
            query = query.where(col(Invoice.client_id).in_(list(client_ids)))
        else:
            query = query.where(col(Invoice.id).in_(list(candidates)))
        paused = []
        for invoice in s.exec(query):
            self.store.apply_status(s, invoice, InvoiceStatus.PAUSED, actor="inbox",
                                    reason=reason, payment_review=review_id,
                                    why=why, subject=parsed.subject,
                                    message_id=parsed.message_id, sender=parsed.from_address)
            paused.append(invoice.number)
        return paused

    def _claim(self, s: Session, parsed: ParsedMessage, verdict: Verdict, trust: TrustVerdict,
               invoices: Sequence[OpenInvoice], clients: Sequence[ClientNames]) -> None:
        """An unverified notice: a claim when it concerns our invoices or clients."""
        tx = (verdict.notice.money_in or verdict.notice.transactions or (None,))[0]
        named = [i for i in verdict.invoice_ids if any(inv.id == i for inv in invoices)]
        client_ids = tuple(c for c in (verdict.client_id,) if c is not None)
        if tx is not None and not client_ids:
            client_ids = tuple(payer_clients(tx.payer, clients, _FREE_MAIL))[:1]
        claimed: dict[str, Any] = {
            "amount": str(tx.amount) if tx and tx.amount is not None else None,
            "currency": tx.currency if tx else None, "reference": tx.reference if tx else None}
        if not named and not client_ids:
            log.info("unverified payment notice about none of our invoices or clients: ignored "
                     "from=%s", parsed.from_address)
            return
        if tx is not None and tx.money_in:
            candidates = tuple(named) or tuple(inv.id for inv in invoices
                                               if inv.client_id in client_ids)
            allocation = Allocation(False, reason="unverified sender", client_ids=client_ids,
                                    candidates=candidates)
            review_id = self._review(s, parsed, tx, allocation, parsed.from_address,
                                     "unverified_notice", "alert.unverified_payment_claim",
                                     invoices, pause_client=not named,
                                     reasons=list(trust.reasons))
            log.warning("unverified payment claim from=%s review=%d", parsed.from_address,
                        review_id)
            return
        self.store.add_event(s, "alert.unverified_payment_claim", "inbox",
                             client_id=client_ids[0] if client_ids else None,
                             sender=parsed.from_address, subject=parsed.subject,
                             reasons=list(trust.reasons), paused=[], **claimed)
