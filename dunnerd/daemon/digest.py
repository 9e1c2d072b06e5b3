"""The owner's daily digest: what was sent yesterday, what waits on the owner, and whom to
phone before a first reminder goes out. Queued once a day (`digest:<local date>`) at the
configured local time, and delivered with the other owner alerts."""

from __future__ import annotations

import datetime as dt
import logging
import shlex
from collections.abc import Mapping, Sequence
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from dunnerd.config.schema import Config, StepAction
from dunnerd.daemon import alert_texts as texts
from dunnerd.daemon import digest_texts
from dunnerd.daemon.digest_intake import sent_intake_lines
from dunnerd.dunning.policy import PlannedReminder, forecast
from dunnerd.ledger.models import Client, Invoice, OwnerAlert, Reminder
from dunnerd.ledger.store import Store
from dunnerd.legal.overview import unsent_notices
from dunnerd.states import InvoiceStatus, ReminderState

log = logging.getLogger(__name__)

DIGEST_DUE_DAYS = 7


PHONE_AHEAD_DAYS = 3  # "who to phone": first reminders due within this many days


_SENT_STATES = [ReminderState.SENT, ReminderState.FILED, ReminderState.RECORDED]


def digest_due(config: Config, last_digest_local_date: dt.date | None,
               now: dt.datetime) -> bool:
    """Pure: is it at or after `alerts.digest_hour` in the owner's time zone, on a local day
    that has no digest yet? Never with digest_hour None. On the day clocks go forward past
    the hour, the digest goes at the first local time after it; going back, still once."""
    hour = config.alerts.digest_hour
    if hour is None:
        return False
    local = now.astimezone(ZoneInfo(config.owner.timezone))
    if last_digest_local_date is not None and last_digest_local_date >= local.date():
        return False
    return local.hour >= hour


def build_digest(store: Store, config: Config, now: dt.datetime) -> tuple[str, str]:
    """The digest as (subject, body): sent in the last 24 h, due in the next 7 days, what
    waits for the owner, and (alerts.phone_first) who to phone before their first email."""
    zone = ZoneInfo(config.owner.timezone)
    clients_state, invoices_state = store.policy_inputs(config.owner.timezone)
    planned = forecast(clients_state, invoices_state, config.policy, now,
                       now + dt.timedelta(days=DIGEST_DUE_DAYS))
    with store.session() as s:
        clients = {c.id: c for c in s.exec(select(Client))}
        invoices = {i.id: i for i in s.exec(select(Invoice))}
        sent = _sent_lines(s, clients, invoices, now, zone)
        waiting = _waiting_lines(s, clients, invoices)
        added_from_sent, to_import = sent_intake_lines(s, clients, invoices, now)
        recent = tuple(s.exec(select(OwnerAlert.subject).where(
            col(OwnerAlert.created_at) > now - dt.timedelta(hours=24),
            OwnerAlert.kind != "digest").order_by(col(OwnerAlert.id))))
    waiting += _notice_lines(store, config)
    due = tuple(digest_texts.DueLine(
        at=p.at.astimezone(zone), client=clients[p.client_id].name, step=p.step.name,
        is_email=p.action is StepAction.EMAIL, invoices=tuple(
            f"{i.number} {texts.money(i.balance_cents, invoices[i.invoice_id].currency)}"
            for i in (item.invoice for item in p.items))) for p in planned)
    phone = (_phone_lines(planned, clients, invoices, now, zone) if config.alerts.phone_first
             else None)
    return digest_texts.digest_text(digest_texts.Digest(
        day=now.astimezone(zone).date(), sent=sent, due=due, due_days=DIGEST_DUE_DAYS,
        waiting=waiting, recent_alerts=recent, phone=phone, added_from_sent=added_from_sent,
        to_import=to_import))


def _sent_lines(s: Session, clients: Mapping[int | None, Client],
                invoices: Mapping[int | None, Invoice], now: dt.datetime,
                zone: ZoneInfo) -> tuple[digest_texts.SentLine, ...]:
    rows = s.exec(select(Reminder).where(
        col(Reminder.sent_at) > now - dt.timedelta(hours=24), col(Reminder.sent_at) <= now,
        col(Reminder.state).in_(_SENT_STATES)).order_by(col(Reminder.sent_at), col(Reminder.id)))
    groups: dict[str, list[Reminder]] = {}
    for row in rows:  # one email may cover several invoices: one line for it
        groups.setdefault(row.group_key or row.message_id or f"row:{row.id}", []).append(row)
    return tuple(digest_texts.SentLine(
        at=(rows[0].sent_at or now).astimezone(zone), client=clients[rows[0].client_id].name,
        step=", ".join(dict.fromkeys(r.step for r in rows)),
        numbers=tuple(invoices[r.invoice_id].number for r in rows),
        recorded=rows[0].state is ReminderState.RECORDED) for rows in groups.values())


def _waiting_lines(s: Session, clients: Mapping[int | None, Client],
                   invoices: Mapping[int | None, Invoice]) -> tuple[str, ...]:
    lines = []
    for inv in sorted(invoices.values(), key=lambda i: (i.due, i.number)):
        if inv.status in (InvoiceStatus.PAUSED, InvoiceStatus.DISPUTED):
            lines.append(f"{inv.number} ({clients[inv.client_id].name}): {inv.status.value}; "
                         f"`dunnerd invoice resume {shlex.quote(inv.number)}` restarts it")
    for row in s.exec(select(Reminder).where(
            col(Reminder.state).in_([ReminderState.FAILED, ReminderState.UNKNOWN]))
            .order_by(col(Reminder.id))):
        inv = invoices[row.invoice_id]
        if inv.status in (InvoiceStatus.OPEN, InvoiceStatus.PROMISED):
            what = "failed" if row.state is ReminderState.FAILED else "may not have gone out"
            lines.append(f"{inv.number} ({clients[inv.client_id].name}): the {row.step} "
                         f"reminder {what}: {row.last_error or ''}")
    for client in clients.values():
        if client.failing_emails:
            lines.append(f"{client.name}: bounced address {', '.join(client.failing_emails)}; "
                         f"`dunnerd client edit {shlex.quote(client.key)} --email ...`")
    return tuple(lines)


def _notice_lines(store: Store, config: Config) -> tuple[str, ...]:
    """Formal notices not recorded as sent: their deadline has not started, the hand-off waits."""
    lines = []
    for waiting in unsent_notices(store):
        notice = waiting.notice
        lines.append(f"formal notice of {notice.letter_date.isoformat()} for "
                     f"{', '.join(waiting.numbers)} is not recorded as sent: once posted, "
                     f"`dunnerd notice sent {shlex.quote(waiting.numbers[0])} --lrar NUMBER "
                     f"--date YYYY-MM-DD` starts its {config.legal.notice_days}-day deadline")
    return tuple(lines)


def _phone_lines(planned: Sequence[PlannedReminder], clients: Mapping[int | None, Client],
                 invoices: Mapping[int | None, Invoice], now: dt.datetime,
                 zone: ZoneInfo) -> tuple[digest_texts.PhoneLine, ...]:
    """Late clients whose first reminder goes out within PHONE_AHEAD_DAYS: a call first."""
    calls: dict[int, digest_texts.PhoneLine] = {}
    horizon = now + dt.timedelta(days=PHONE_AHEAD_DAYS)
    for plan in planned:
        if plan.at > horizon or plan.action is not StepAction.EMAIL:
            continue
        client = clients[plan.client_id]
        firsts = tuple(texts.invoice_facts(invoices[i.invoice.invoice_id], now, client, zone)
                       for i in plan.items if not i.invoice.history)
        firsts = tuple(f for f in firsts if f.days_late > 0)
        if firsts and plan.client_id not in calls:
            calls[plan.client_id] = digest_texts.PhoneLine(
                texts.client_facts(client), plan.at.astimezone(zone), plan.step.name, firsts)
    return tuple(calls.values())


def last_digest_date(store: Store) -> dt.date | None:
    with store.session() as s:
        key = s.exec(select(OwnerAlert.key).where(OwnerAlert.kind == "digest")
                     .order_by(col(OwnerAlert.id).desc())).first()
    try:
        return dt.date.fromisoformat(key.removeprefix("digest:")) if key else None
    except ValueError:
        return None


def next_digest_at(config: Config, now: dt.datetime) -> dt.datetime | None:
    """The next instant the daily digest falls due (a wake-up for the daemon), or None."""
    hour = config.alerts.digest_hour
    if hour is None:
        return None
    zone = ZoneInfo(config.owner.timezone)
    local = now.astimezone(zone)
    for days in range(3):
        day = local.date() + dt.timedelta(days=days)
        at = dt.datetime.combine(day, dt.time(hour), tzinfo=zone).astimezone(dt.UTC)
        if at > now:
            return at
    return None


def queue_digest(store: Store, config: Config, now: dt.datetime) -> bool:
    """Add today's digest to the pending alerts if it is due and not there yet."""
    if not digest_due(config, last_digest_date(store), now):
        return False
    day = now.astimezone(ZoneInfo(config.owner.timezone)).date()
    key = f"digest:{day.isoformat()}"
    subject, body = build_digest(store, config, now)
    try:
        with store.session() as s:
            if s.exec(select(OwnerAlert.id).where(OwnerAlert.key == key)).first():
                return False
            s.add(OwnerAlert(key=key, kind="digest", created_at=now, subject=subject,
                             body=body))
    except IntegrityError:
        return False
    log.info("daily digest queued key=%s", key)
    return True
