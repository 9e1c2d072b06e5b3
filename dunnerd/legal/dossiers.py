"""The hand-off dossiers in the ledger: which invoices reached the hand-off step with no dossier
made since (what the daemon still owes), the latest dossier of an invoice, and which recorded
dossier a ZIP is (by its SHA-256). A crash between the step's record and the dossier is made up
at the next pass: what is owed is read from the ledger, never remembered."""

from __future__ import annotations

from sqlmodel import col, select

from dunnerd.ledger.models import Dossier, DossierInvoice, Invoice
from dunnerd.ledger.store import Store
from dunnerd.legal.owed import owed_documents
from dunnerd.states import HANDOFF_STEP


def pending(store: Store) -> dict[int, list[str]]:
    """Client id -> the numbers of its invoices whose hand-off step was recorded with no
    dossier made since, while still open: the dossiers the daemon owes (oldest due first)."""
    return owed_documents(store, HANDOFF_STEP, lambda ids: (
        select(DossierInvoice.invoice_id, Dossier.created_at)
        .join(Dossier, col(Dossier.id) == col(DossierInvoice.dossier_id))
        .where(col(DossierInvoice.invoice_id).in_(ids))))


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
