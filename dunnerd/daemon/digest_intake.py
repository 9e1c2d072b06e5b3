"""The digest's part about the Sent folder: the invoices dunnerd added from the owner's sent
mail in the last 24 hours, and the attachments it could not read and asks the owner to import
(a PDF without Factur-X data is never guessed at)."""

from __future__ import annotations

import datetime as dt
import shlex
from collections.abc import Mapping

from sqlmodel import Session, col, select

from dunnerd.daemon.alert_texts import money
from dunnerd.ledger.models import Client, Event, Invoice
from dunnerd.states import InvoiceStatus


def sent_intake_lines(s: Session, clients: Mapping[int | None, Client],
                      invoices: Mapping[int | None, Invoice],
                      now: dt.datetime) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(added, to import), one line each, from the last 24 hours' events."""
    since = now - dt.timedelta(hours=24)
    events = s.exec(select(Event).where(
        col(Event.at) > since, col(Event.at) <= now, Event.actor == "sent",
        col(Event.kind).in_(["invoice.added", "intake.needs_import"])).order_by(col(Event.id)))
    added, to_import = [], []
    for event in events:
        if event.kind == "invoice.added":
            invoice = invoices.get(event.invoice_id)
            if invoice is None:
                continue
            client = clients.get(invoice.client_id)
            held = (f"; paused, `dunnerd invoice resume {shlex.quote(invoice.number)}` if "
                    "still unpaid" if invoice.status is InvoiceStatus.PAUSED else "")
            added.append(f"{invoice.number} ({client.name if client else '?'}): "
                         f"{money(invoice.amount_cents, invoice.currency)}, due "
                         f"{invoice.due.isoformat()}{held}")
        else:
            detail = event.detail
            to_import.append(f"{detail.get('file', '?')} in \"{detail.get('subject', '')}\" to "
                             f"{detail.get('to', '?')}: {detail.get('reason', '')}; save it and "
                             "`dunnerd invoice import FILE`, or `dunnerd invoice add`")
    return tuple(added), tuple(to_import)
