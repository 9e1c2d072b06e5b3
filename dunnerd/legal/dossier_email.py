"""Sending a hand-off dossier to the owner's collection agency or lawyer (`[handoff] to`):
through the outbox like every email dunnerd sends (exact bytes and Message-ID stored before the
first attempt, the witness, the copy in Sent), to that address only (the outbox reads the
envelope of these rows from their own header, never from the client), exactly once per dossier:
the rows, the dossier's `email_message_id` and the invoices' move to `handed_off` (which stops
every reminder about them) are written in one transaction, and a dossier that has a Message-ID
is never queued again. The ZIP goes with the claim as CSV and JSON, taken from inside it."""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import replace
from pathlib import Path

from sqlmodel import col, select

from dunnerd.config.schema import Config
from dunnerd.dunning.render import Renderer
from dunnerd.ledger.models import Client, Dossier, DossierInvoice, Invoice, Reminder
from dunnerd.ledger.store import Store
from dunnerd.ledger.views import local_today
from dunnerd.legal.dossier import DossierError
from dunnerd.mail.compose import compose_reminder, make_message_id
from dunnerd.mail.reminder_context import reminder_context
from dunnerd.states import HANDOFF_EMAIL_STEP, InvoiceStatus, ReminderState

TEMPLATE = "handoff_dossier_email"
CLAIM_FILES = ("creance.csv", "creance.json")
# An invoice settled meanwhile keeps its status; the others are handed off.
_SETTLED = (InvoiceStatus.PAID, InvoiceStatus.WRITTEN_OFF, InvoiceStatus.HANDED_OFF)


def _read_zip(path: Path, sha256: str) -> tuple[bytes, list[tuple[str, bytes]]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DossierError(f"the dossier {path} cannot be read: {exc.strerror or exc}") from None
    if hashlib.sha256(data).hexdigest() != sha256:
        raise DossierError(f"the dossier {path} changed since it was made (its SHA-256 is not "
                           "the one recorded): make a new one")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        return data, [(name, archive.read(name)) for name in CLAIM_FILES if name in names]


def mark_handed_off(store: Store, numbers: list[str], *, actor: str, reason: str) -> list[str]:
    """Move these invoices to handed_off (pending reminders cancelled, one event each); the
    numbers moved. Settled ones are left as they are."""
    moved = []
    with store.session() as s:
        for invoice in s.exec(select(Invoice).where(col(Invoice.number).in_(numbers))):
            if invoice.status in _SETTLED:
                continue
            store.apply_status(s, invoice, InvoiceStatus.HANDED_OFF, actor=actor, reason=reason)
            moved.append(invoice.number)
    return moved


def queue_dossier_email(store: Store, config: Config, renderer: Renderer, dossier_id: int,
                        *, actor: str = "daemon") -> str:
    """Write the outbox rows of the dossier's email to `[handoff] to` and hand its invoices
    off; the Message-ID. DossierError if there is no address, the dossier was sent already,
    or its file is gone or changed."""
    to = config.handoff.to
    if not to:
        raise DossierError("no [handoff] to address in the config")
    now = store.clock.now()
    with store.session() as s:
        row = s.get(Dossier, dossier_id)
        if row is None:
            raise DossierError(f"no dossier {dossier_id}")
        if row.email_message_id:
            raise DossierError(f"this dossier was sent already ({row.email_message_id})")
        client = s.get(Client, row.client_id)
        invoices = list(s.exec(select(Invoice).join(
            DossierInvoice, col(DossierInvoice.invoice_id) == col(Invoice.id))
            .where(DossierInvoice.dossier_id == dossier_id).order_by(col(Invoice.number))))
        if client is None or not invoices:
            raise DossierError(f"dossier {dossier_id} has no client or no invoice")
        data, claim = _read_zip(Path(row.path), row.sha256)
        context = reminder_context(config, client, invoices, TEMPLATE,
                                   local_today(client, config.owner.timezone, now), 0)
        rendered = renderer.render(replace(context, language=config.owner.language))
        message_id = make_message_id(config.owner.email.rpartition("@")[2], now=now)
        raw = compose_reminder(
            owner=config.owner, to=[to], cc=[], client_name="", rendered=rendered,
            message_id=message_id, date=now, invoice_numbers=[i.number for i in invoices],
            files=[(row.file_name, data), *claim])
        digest = hashlib.sha256(raw).hexdigest()
        for invoice in invoices:
            if invoice.status not in _SETTLED:
                store.apply_status(s, invoice, InvoiceStatus.HANDED_OFF, actor=actor,
                                   reason=f"dossier sent to {to}", dossier_id=dossier_id,
                                   message_id=message_id)
        for invoice in invoices:  # after the status change, which cancels what is pending
            s.add(Reminder(invoice_id=invoice.id or 0, client_id=client.id or 0,
                           step=HANDOFF_EMAIL_STEP, planned_at=now, state=ReminderState.PLANNED,
                           group_key=message_id, message_id=message_id, raw_message=raw,
                           sha256=digest))
            store.add_event(s, "reminder.prepared", actor, invoice=invoice,
                            step=HANDOFF_EMAIL_STEP, message_id=message_id,
                            dossier_id=dossier_id, to=to)
        row.email_message_id, row.sent_to = message_id, to
        s.add(row)
    return message_id
