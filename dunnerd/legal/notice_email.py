"""Sending a formal notice to the client by email, with its PDF: through the outbox, like a
reminder (exact bytes and Message-ID stored before the first attempt, the witness, the copy in
Sent), exactly once per notice: the rows and the notice's `email_message_id` are written in one
transaction, and a notice that has one is never queued again."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlmodel import col, select

from dunnerd.config.schema import Config
from dunnerd.dunning.render import Renderer
from dunnerd.ledger.models import Client, FormalNotice, FormalNoticeInvoice, Invoice, Reminder
from dunnerd.ledger.store import Store
from dunnerd.ledger.views import local_today
from dunnerd.legal.notices import NoticeError
from dunnerd.mail.compose import compose_reminder, make_message_id
from dunnerd.mail.reminder_context import reminder_context
from dunnerd.states import ReminderState

NOTICE_EMAIL_STEP = "formal_notice_email"  # the outbox rows' step; the policy ignores it
TEMPLATE = "formal_notice_email"


def queue_email(store: Store, config: Config, renderer: Renderer, notice_id: int,
                actor: str = "daemon") -> str:
    """Write the outbox rows of the notice's email (one per invoice, one Message-ID) and return
    the Message-ID; the daemon sends them like any reminder. NoticeError if this notice was
    emailed already or its client has no address."""
    now = store.clock.now()
    with store.session() as s:
        notice = s.get(FormalNotice, notice_id)
        if notice is None:
            raise NoticeError(f"no formal notice {notice_id}")
        if notice.email_message_id:
            raise NoticeError(f"this notice was already emailed ({notice.email_message_id})")
        client = s.get(Client, notice.client_id)
        invoices = list(s.exec(select(Invoice).join(
            FormalNoticeInvoice, col(FormalNoticeInvoice.invoice_id) == col(Invoice.id))
            .where(FormalNoticeInvoice.notice_id == notice_id).order_by(col(Invoice.number))))
        if client is None or not client.emails or not invoices:
            raise NoticeError("the notice's client has no email address")
        context = reminder_context(config, client, invoices, TEMPLATE,
                                   local_today(client, config.owner.timezone, now), 0)
        rendered = renderer.render(context)
        domain = config.owner.email.rpartition("@")[2]
        message_id = make_message_id(domain, now=now)
        raw = compose_reminder(
            owner=config.owner, to=client.emails, cc=client.cc, client_name=client.name,
            rendered=rendered, message_id=message_id, date=now,
            invoice_numbers=[i.number for i in invoices],
            files=[(notice.file_name, notice.pdf)])
        digest = hashlib.sha256(raw).hexdigest()
        for invoice in invoices:
            row: dict[str, Any] = {
                "invoice_id": invoice.id or 0, "client_id": client.id or 0,
                "step": NOTICE_EMAIL_STEP, "planned_at": now, "state": ReminderState.PLANNED,
                "group_key": message_id, "message_id": message_id, "raw_message": raw,
                "sha256": digest}
            s.add(Reminder(**row))
            store.add_event(s, "reminder.prepared", actor, invoice=invoice,
                            step=NOTICE_EMAIL_STEP, message_id=message_id,
                            notice_id=notice_id)
        notice.email_message_id = message_id
        s.add(notice)
    return message_id
