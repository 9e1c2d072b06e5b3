"""Which recorded steps still owe their document (the formal notice, the hand-off dossier): an
open invoice whose step was recorded after the latest document made for it. Read from the
ledger at every pass, never remembered, so a crash between the step's record and the document
is made up at the next pass."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from sqlmodel import col, select

from dunnerd.ledger.models import Invoice, Reminder
from dunnerd.ledger.store import Store
from dunnerd.states import InvoiceStatus, ReminderState

OPEN = (InvoiceStatus.OPEN, InvoiceStatus.PROMISED)
# The (invoice id, document created at) rows of the documents made for these invoices.
MadeQuery = Callable[[Sequence[int]], Any]


def owed_documents(store: Store, step: str, made_for: MadeQuery, *,
                   unless_moved_on: bool = False) -> dict[int, list[str]]:
    """Client id -> the numbers of its open invoices (oldest due first) whose `step` was
    recorded with no document made since; with `unless_moved_on`, not those already past it
    (a later step recorded)."""
    with store.session() as s:
        recorded = s.exec(select(Reminder.invoice_id, Reminder.sent_at).where(
            Reminder.step == step, Reminder.state == ReminderState.RECORDED)).all()
        if not recorded:
            return {}
        ids = [invoice_id for invoice_id, _ in recorded]
        latest: dict[int, dt.datetime] = {}
        for invoice_id, created in s.exec(made_for(ids)):
            if created is not None and (invoice_id not in latest
                                        or created > latest[invoice_id]):
                latest[invoice_id] = created
        moved_on: set[int] = set()
        if unless_moved_on:
            moved_on = set(s.exec(select(Reminder.invoice_id).where(
                col(Reminder.invoice_id).in_(ids), Reminder.step != step,
                Reminder.state == ReminderState.RECORDED)))
        invoices = {i.id: i for i in s.exec(select(Invoice).where(col(Invoice.id).in_(ids)))}
    owed: dict[int, list[str]] = {}
    for invoice_id, recorded_at in sorted(recorded, key=lambda r: (
            invoices[r[0]].due if r[0] in invoices else dt.date.max, r[0])):
        inv = invoices.get(invoice_id)
        if inv is None or inv.status not in OPEN or invoice_id in moved_on:
            continue
        made = latest.get(invoice_id)
        if made is not None and recorded_at is not None and made >= recorded_at:
            continue
        owed.setdefault(inv.client_id, []).append(inv.number)
    return owed
