"""What preparing a batch of due reminders reads once for the whole batch: the clients and
invoices involved, which invoices are already taken by an email in flight, and the Message-IDs
of earlier reminders (for threading). One read per batch instead of one per reminder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Table
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from dunnerd.dunning.policy import PlannedReminder
from dunnerd.ledger.models import Client, Invoice, Reminder
from dunnerd.states import REMINDER_STATES_DELIVERED, InvoiceStatus, ReminderState

_REMINDER: Table = Reminder.__table__  # type: ignore[attr-defined]
TAKEN_STATES = tuple(REMINDER_STATES_DELIVERED | {ReminderState.PLANNED, ReminderState.DEFERRED})


def eligible(invoice: Invoice, today: dt.date) -> bool:
    if invoice.amount_cents - invoice.paid_cents <= 0:
        return False
    if invoice.status is InvoiceStatus.OPEN:
        return True
    return (invoice.status is InvoiceStatus.PROMISED and invoice.promised_until is not None
            and invoice.promised_until < today)


@dataclass
class BatchLedger:
    """What preparing a batch needs from the ledger, read once for the whole batch."""

    clients: dict[int, Client]
    invoices: dict[int, Invoice]
    taken: set[tuple[int, str]]  # (invoice id, step) already planned, sent or recorded
    # invoice id -> (sent_at, row id, Message-ID) of each reminder that reached the client
    delivered: dict[int, list[tuple[dt.datetime | None, int, str]]]

    @classmethod
    def read(cls, s: Session, batch: Sequence[PlannedReminder]) -> BatchLedger:
        client_ids = {planned.client_id for planned in batch}
        invoice_ids = {item.invoice.invoice_id for planned in batch for item in planned.items}
        clients = {c.id or 0: c for c in s.exec(select(Client).where(
            col(Client.id).in_(client_ids)))}
        invoices = {i.id or 0: i for i in s.exec(select(Invoice).where(
            col(Invoice.id).in_(invoice_ids)))}
        taken: set[tuple[int, str]] = set()
        delivered: dict[int, list[tuple[dt.datetime | None, int, str]]] = {}
        rows = _REMINDER.c
        history = s.connection().execute(sa_select(
            rows.invoice_id, rows.step, rows.state, rows.message_id, rows.sent_at, rows.id)
            .where(rows.invoice_id.in_(invoice_ids)))
        for invoice_id, step, state, message_id, sent_at, row_id in history:
            if state in TAKEN_STATES:
                taken.add((invoice_id, step))
            if message_id and state in REMINDER_STATES_DELIVERED:
                delivered.setdefault(invoice_id, []).append((sent_at, row_id or 0, message_id))
        return cls(clients, invoices, taken, delivered)

    def take(self, items: Sequence[tuple[Invoice, str]]) -> None:
        self.taken.update((invoice.id or 0, step) for invoice, step in items)

    def earlier_message_ids(self, invoices: Sequence[Invoice]) -> list[str]:
        """The Message-IDs of the reminders these invoices already got, oldest first (one
        still unconfirmed, with no sent time, counts as the oldest), each once."""
        rows = [row for invoice in invoices for row in self.delivered.get(invoice.id or 0, [])]
        rows.sort(key=lambda row: (row[0] is not None, row[0] or dt.datetime.min, row[1]))
        return list(dict.fromkeys(message_id for _, _, message_id in rows))
