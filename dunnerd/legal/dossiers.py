"""The hand-off dossiers in the ledger: which invoices reached the hand-off step with no dossier
made since (what the daemon still owes), the latest dossier of an invoice, and which recorded
dossier a ZIP is (by its SHA-256). A crash between the step's record and the dossier is made up
at the next pass: what is owed is read from the ledger, never remembered."""

from __future__ import annotations

import datetime as dt

from sqlmodel import col, select

from dunnerd.ledger.models import Dossier, DossierInvoice, Invoice, Reminder
from dunnerd.ledger.store import Store
from dunnerd.states import HANDOFF_STEP, InvoiceStatus, ReminderState

_OPEN = (InvoiceStatus.OPEN, InvoiceStatus.PROMISED)


def pending(store: Store) -> dict[int, list[str]]:
    """Client id -> the numbers of its invoices whose hand-off step was recorded with no
    dossier made since, while still open: the dossiers the daemon owes (oldest due first)."""
    with store.session() as s:
        recorded = s.exec(select(Reminder.invoice_id, Reminder.sent_at).where(
            Reminder.step == HANDOFF_STEP, Reminder.state == ReminderState.RECORDED)).all()
        if not recorded:
            return {}
        ids = [invoice_id for invoice_id, _ in recorded]
        latest: dict[int, dt.datetime] = {}
        for invoice_id, created in s.exec(
                select(DossierInvoice.invoice_id, Dossier.created_at)
                .join(Dossier, col(Dossier.id) == col(DossierInvoice.dossier_id))
                .where(col(DossierInvoice.invoice_id).in_(ids))):
            if created is not None and (invoice_id not in latest
                                        or created > latest[invoice_id]):
                latest[invoice_id] = created
        invoices = {i.id: i for i in s.exec(select(Invoice).where(col(Invoice.id).in_(ids))
                                            .order_by(col(Invoice.due), col(Invoice.number)))}
    owed: dict[int, list[str]] = {}
    for invoice_id, recorded_at in sorted(recorded, key=lambda r: (
            invoices[r[0]].due if r[0] in invoices else dt.date.max, r[0])):
        inv = invoices.get(invoice_id)
        if inv is None or inv.status not in _OPEN:
            continue
        made = latest.get(invoice_id)
        if made is not None and recorded_at is not None and made >= recorded_at:
            continue
        owed.setdefault(inv.client_id, []).append(inv.number)
    return owed


def latest_for_invoice(store: Store, number: str) -> Dossier | None:
    invoice = store.get_invoice(number)
    with store.session() as s:
        return s.exec(select(Dossier).join(
            DossierInvoice, col(DossierInvoice.dossier_id) == col(Dossier.id))
            .where(DossierInvoice.invoice_id == invoice.id)
            .order_by(col(Dossier.id).desc())).first()


def latest_for_client(store: Store, client_id: int) -> Dossier | None:
    with store.session() as s:
        return s.exec(select(Dossier).where(Dossier.client_id == client_id)
                      .order_by(col(Dossier.id).desc())).first()


def by_sha256(store: Store, sha256: str) -> Dossier | None:
    with store.session() as s:
        return s.exec(select(Dossier).where(Dossier.sha256 == sha256)
                      .order_by(col(Dossier.id))).first()


def covered_numbers(store: Store, dossier_id: int) -> list[str]:
    with store.session() as s:
        return list(s.exec(select(Invoice.number).join(
            DossierInvoice, col(DossierInvoice.invoice_id) == col(Invoice.id))
            .where(DossierInvoice.dossier_id == dossier_id).order_by(col(Invoice.number))))
