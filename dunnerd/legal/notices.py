"""The formal notices in the ledger: generate one (for a client and the invoices that reached
the step, or on demand), store its exact PDF and SHA-256 with the invoices it covers, record
that it was sent (the registered letter's number and date, which start its deadline), and find
the invoices whose notice is still to be generated after the step was recorded.

One notice per client covers all of that client's invoices that reached the step at that time,
as grouped reminders do. A notice is never rewritten: generating again makes a new one, and the
latest covering an invoice is the one that counts."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from dunnerd.config.schema import Config
from dunnerd.ledger.errors import NotFound, StoreError
from dunnerd.ledger.models import Client, FormalNotice, FormalNoticeInvoice, Invoice, Reminder
from dunnerd.ledger.store import Store
from dunnerd.legal.claims import breakdowns, claims_penalties
from dunnerd.legal.notice_model import NoticeContent, SentReminder, build_content
from dunnerd.legal.notice_pdf import render_pdf
from dunnerd.legal.notice_text import language_of, render_blocks
from dunnerd.legal.owed import OPEN, owed_documents
from dunnerd.states import FORMAL_NOTICE_STEP, ReminderState

log = logging.getLogger(__name__)

_EMAILED = (ReminderState.SENT, ReminderState.FILED, ReminderState.UNKNOWN)
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class NoticeError(Exception):
    """A notice that cannot be made or recorded as asked; the message says why and what to do."""


@dataclass(frozen=True)
class GeneratedNotice:
    notice: FormalNotice
    content: NoticeContent
    client: Client
    numbers: tuple[str, ...]


def _local_date(config: Config, client: Client, now: dt.datetime) -> dt.date:
    return now.astimezone(ZoneInfo(client.timezone or config.owner.timezone)).date()


def _sent_reminders(s: Session, config: Config, client: Client,
                    invoices: Sequence[Invoice]) -> list[SentReminder]:
    numbers = {inv.id: inv.number for inv in invoices}
    zone = ZoneInfo(client.timezone or config.owner.timezone)
    emails: dict[str, tuple[dt.date, str, list[str]]] = {}
    for row in s.exec(select(Reminder).where(col(Reminder.invoice_id).in_(list(numbers)),
                                             col(Reminder.state).in_(_EMAILED))
                      .order_by(col(Reminder.sent_at), col(Reminder.id))):
        at = row.sent_at or row.planned_at
        if at is None:
            continue
        key = row.group_key or row.message_id or f"row:{row.id}"
        entry = emails.setdefault(key, (at.astimezone(zone).date(), row.step, []))
        entry[2].append(numbers[row.invoice_id])
    return [SentReminder(on, step, tuple(found)) for on, step, found in emails.values()]


def file_name(content: NoticeContent, client: Client) -> str:
    stem = "mise-en-demeure" if language_of(content) == "fr" else "formal-notice"
    key = _SAFE_NAME.sub("-", client.key).strip("-") or "client"
    return f"{stem}-{key}-{content.letter_date.isoformat()}.pdf"


def generate(store: Store, config: Config, client_id: int, numbers: Sequence[str], *,
             actor: str) -> GeneratedNotice:
    """Make and store the notice of `client_id` for the invoices `numbers` (all that client's),
    dated today in the client's time zone. Raises NoticeError, RenderError or GlyphError; then
    nothing is stored."""
    now = store.clock.now()
    client = store.get_client_by_id(client_id)
    found = store.invoices_by_number(list(numbers))
    invoices = sorted((found[n] for n in numbers if n in found), key=lambda i: (i.due, i.number))
    if not invoices or any(inv.client_id != client_id for inv in invoices):
        raise NoticeError(f"no invoice of client {client.key} among {', '.join(numbers)}")
    today = _local_date(config, client, now)
    figures = breakdowns(store, config, invoices, {client_id: client}, today)
    with store.session() as s:
        reminders = _sent_reminders(s, config, client, invoices)
    content = build_content(config, client, invoices, figures, reminders, today,
                            claims_penalties(FORMAL_NOTICE_STEP, client, config))
    pdf = render_pdf(content, render_blocks(content, config.templates_dir),
                     author=config.owner.name)
    notice = FormalNotice(
        client_id=client_id, created_at=now, actor=actor, language=language_of(content),
        letter_date=today, file_name=file_name(content, client), pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(), summary=_summary(content))
    with store.session() as s:
        s.add(notice)
        s.flush()
        for inv in invoices:
            s.add(FormalNoticeInvoice(notice_id=notice.id or 0, invoice_id=inv.id or 0))
            store.add_event(s, "notice.generated", actor, invoice=inv, notice_id=notice.id,
                            sha256=notice.sha256, file=notice.file_name)
    log.info("formal notice generated client=%s invoices=%s sha256=%s", client.key,
             ",".join(i.number for i in invoices), notice.sha256[:16])
    return GeneratedNotice(notice, content, client, tuple(i.number for i in invoices))


def _summary(content: NoticeContent) -> dict[str, object]:
    return {
        "invoices": [i.number for i in content.invoices],
        "claimed": {t.currency: str(t.claimed) for t in content.totals},
        "claim_penalties": content.claim_penalties,
        "provisional": content.provisional,
        "missing_rates": [{"period": m.period.key, "rate": m.figure} for m in content.missing],
        "gaps": list(content.gaps),
    }


def client_invoices_at_step(store: Store, client_id: int) -> list[str]:
    """The client's open invoices whose formal-notice step was recorded (a notice covers them
    all), oldest due first."""
    with store.session() as s:
        rows = s.exec(select(Invoice.number).join(Reminder, col(Reminder.invoice_id) ==
                                                  col(Invoice.id))
                      .where(Invoice.client_id == client_id, col(Invoice.status).in_(OPEN),
                             Reminder.step == FORMAL_NOTICE_STEP,
                             Reminder.state == ReminderState.RECORDED)
                      .order_by(col(Invoice.due), col(Invoice.number)))
        return list(dict.fromkeys(rows))


def pending(store: Store) -> dict[int, list[str]]:
    """Client id -> invoice numbers whose formal-notice step was recorded with no notice made
    since, while still open and not handed off: the notices the daemon still owes."""
    return owed_documents(store, FORMAL_NOTICE_STEP, lambda ids: (
        select(FormalNoticeInvoice.invoice_id, FormalNotice.created_at)
        .join(FormalNotice, col(FormalNotice.id) == col(FormalNoticeInvoice.notice_id))
        .where(col(FormalNoticeInvoice.invoice_id).in_(ids))), unless_moved_on=True)


def latest_for_invoice(store: Store, number: str) -> FormalNotice | None:
    invoice = store.get_invoice(number)
    with store.session() as s:
        return s.exec(select(FormalNotice).join(
            FormalNoticeInvoice, col(FormalNoticeInvoice.notice_id) == col(FormalNotice.id))
            .where(FormalNoticeInvoice.invoice_id == invoice.id)
            .order_by(col(FormalNotice.id).desc())).first()


def covered_numbers(store: Store, notice_id: int) -> list[str]:
    with store.session() as s:
        return list(s.exec(select(Invoice.number).join(
            FormalNoticeInvoice, col(FormalNoticeInvoice.invoice_id) == col(Invoice.id))
            .where(FormalNoticeInvoice.notice_id == notice_id).order_by(col(Invoice.number))))


def mark_sent(store: Store, config: Config, number: str, sent_on: dt.date,
              lrar: str) -> FormalNotice:
    """The latest notice covering `number` was sent on `sent_on` (by registered letter
    `lrar`): its deadline, sent_on + legal.notice_days, starts. Recorded once: a notice
    already marked sent is refused (generate a new one to send again)."""
    notice = latest_for_invoice(store, number)
    if notice is None:
        raise NoticeError(f"no formal notice covers invoice {number}; make one with "
                          f"`dunnerd notice {number}`")
    if notice.sent_on is not None:
        raise NoticeError(f"the notice covering {number} was already recorded as sent on "
                          f"{notice.sent_on} ({notice.lrar or 'no tracking number'})")
    if sent_on < notice.letter_date:
        raise NoticeError(f"--date {sent_on} is before the notice's date {notice.letter_date}")
    deadline = sent_on + dt.timedelta(days=config.legal.notice_days)
    try:
        with store.session() as s:
            row = s.get(FormalNotice, notice.id)
            if row is None or row.sent_on is not None:
                raise NoticeError(f"the notice covering {number} changed meanwhile; try again")
            row.sent_on, row.lrar, row.deadline = sent_on, lrar, deadline
            s.add(row)
            for link in s.exec(select(FormalNoticeInvoice).where(
                    FormalNoticeInvoice.notice_id == row.id)):
                invoice = s.get(Invoice, link.invoice_id)
                if invoice is not None:
                    store.add_event(s, "notice.sent", "cli", invoice=invoice,
                                    notice_id=row.id, sent_on=sent_on.isoformat(),
                                    lrar=lrar or None, deadline=deadline.isoformat())
            return row
    except (IntegrityError, NotFound) as exc:
        raise StoreError(f"cannot record the notice as sent: {exc}") from exc
