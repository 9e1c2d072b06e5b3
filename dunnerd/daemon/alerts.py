"""Owner alerts: emails to the owner (never to a client) when something needs a human, plus
a daily digest. `collect_alerts` turns alerting Events into OwnerAlert rows, `raise_incident`
records the daemon's own troubles, `queue_digest` adds the digest once a day, and
`deliver_alerts` sends pending rows over the owner's SMTP account. The unique `key` of an
OwnerAlert makes each happen once:

- `event:<id>` for one event;
- `message:<hash>` when one message made several events: a reply that paused three invoices, a
  grouped reminder the server refused (one event per invoice, one Message-ID). The owner gets
  one email about it, listing every invoice;
- `incident:<key>`, `digest:<local date>`.

Alerts are at-least-once: a crash between the server's "250" and recording it sends that alert
again at the next pass, which beats losing it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email
import email.policy
import hashlib
import logging
import shlex
from collections.abc import Collection, Mapping, Sequence
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from zoneinfo import ZoneInfo

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from dunnerd.config.schema import Config, StepAction
from dunnerd.daemon import alert_texts as texts
from dunnerd.dunning.policy import PlannedReminder, forecast
from dunnerd.headers import safe_header_text
from dunnerd.ledger.models import Client, Event, Invoice, OwnerAlert, Reminder
from dunnerd.ledger.store import Store
from dunnerd.mail.compose import make_message_id
from dunnerd.mail.smtp import Envelope, SendOutcome, SmtpSender
from dunnerd.states import InvoiceStatus, ReminderState

log = logging.getLogger(__name__)

ALERT_EVENT_KINDS: frozenset[str] = texts.EVENT_KINDS
# Inbox pauses that come with an alert event of their own, which tells the whole story.
_PAUSES_WITH_OWN_ALERT = frozenset({"reminder bounced", "unverified payment claim",
                                    "payment notice to check"})
_PER_MESSAGE_KINDS = frozenset({"invoice.paused", "alert.send_failed", "alert.send_unknown"})
# PostgreSQL may commit event ids out of order: look a little behind the highest id already
# alerted about; the unique key makes looking twice harmless.
LOOKBACK_IDS = 500
# An event older than this is news to nobody (an upgrade that adds alerts to an old ledger
# must not mail the owner its history).
EVENT_HORIZON = dt.timedelta(days=7)
DIGEST_DUE_DAYS = 7
PHONE_AHEAD_DAYS = 3  # "who to phone": first reminders due within this many days
_SENT_STATES = [ReminderState.SENT, ReminderState.FILED, ReminderState.RECORDED]
_REJECTED = "rejected: "  # last_error prefix of an alert the server refused for good


class AlertError(Exception):
    """An alert cannot be sent as it is: it would reach a client, or does not compose."""


def alert_address(config: Config) -> str:
    return config.alerts.to or config.owner.email


def is_alerting(event: Event) -> bool:
    if event.kind not in ALERT_EVENT_KINDS:
        return False
    if event.kind == "invoice.paused":
        return (event.actor == "inbox"
                and event.detail.get("reason") not in _PAUSES_WITH_OWN_ALERT)
    if event.kind in ("invoice.paid", "invoice.partly_paid"):
        return event.actor == "inbox"  # the owner typed the others
    return True


def dedupe_key(event: Event) -> str:
    message_id = event.detail.get("message_id")
    if event.kind in _PER_MESSAGE_KINDS and isinstance(message_id, str) and message_id:
        digest = hashlib.sha256(f"{event.kind}\0{message_id}".encode()).hexdigest()[:32]
        return f"message:{digest}"
    return f"event:{event.id}"


# --- creating alerts ------------------------------------------------------------------------


def collect_alerts(store: Store, config: Config) -> int:
    """Turn every alerting event not yet alerted about into an OwnerAlert, in one transaction;
    returns how many were created."""
    now = store.clock.now()
    zone = ZoneInfo(config.owner.timezone)
    try:
        with store.session() as s:
            watermark = s.exec(select(func.max(OwnerAlert.event_id))).one() or 0
            events = s.exec(select(Event).where(
                col(Event.id) > watermark - LOOKBACK_IDS,
                col(Event.kind).in_(sorted(ALERT_EVENT_KINDS)),
                col(Event.at) >= now - EVENT_HORIZON,
            ).order_by(col(Event.id))).all()
            groups: dict[str, list[Event]] = {}
            for event in events:
                if is_alerting(event):
                    groups.setdefault(dedupe_key(event), []).append(event)
            # A group's alert carries the highest id of its events, so any alert about these
            # events has an event_id at or above the lowest of them.
            if not groups:
                return 0
            lowest = min(group[0].id or 0 for group in groups.values())
            existing = set(s.exec(select(OwnerAlert.key).where(
                col(OwnerAlert.event_id) >= lowest)))
            created = 0
            for key, group in groups.items():
                if key in existing:
                    continue
                subject, body = texts.event_alert(_facts(s, group, now, zone))
                s.add(OwnerAlert(key=key, kind=group[0].kind, created_at=now, subject=subject,
                                 body=body, event_id=group[-1].id))
                log.info("owner alert created key=%s kind=%s", key, group[0].kind)
                created += 1
            return created
    except IntegrityError:  # another process made the same alert first: next pass sees it
        log.warning("owner alerts collected elsewhere meanwhile; retrying next pass")
        return 0


def _facts(s: Session, group: Sequence[Event], now: dt.datetime,
           zone: ZoneInfo) -> texts.EventFacts:
    first = group[0]
    invoices: dict[int, Invoice] = {}
    for event in group:
        if event.invoice_id is not None and (inv := s.get(Invoice, event.invoice_id)):
            invoices[inv.id or 0] = inv
    listed = [first.detail.get(key) for key in ("paused", "candidates")]
    numbers = [n for value in listed if isinstance(value, list) for n in value
               if isinstance(n, str)][:200]
    for inv in s.exec(select(Invoice).where(col(Invoice.number).in_(numbers))):
        invoices.setdefault(inv.id or 0, inv)
    client_id = first.client_id
    if client_id is None and invoices:
        client_id = next(iter(invoices.values())).client_id
    client = s.get(Client, client_id) if client_id is not None else None
    return texts.EventFacts(
        kind=first.kind, actor=first.actor, at=(first.at or now).astimezone(zone),
        detail=dict(first.detail), client=texts.client_facts(client) if client else None,
        invoices=tuple(texts.invoice_facts(inv, now, client, zone) for inv in invoices.values()))


def raise_incident(store: Store, key: str, subject: str, body: str) -> bool:
    """Record an incident alert once per `key` (e.g. "smtp-down:2026-11-23"); True if new."""
    full_key = f"incident:{key}"
    try:
        with store.session() as s:
            if s.exec(select(OwnerAlert.id).where(OwnerAlert.key == full_key)).first():
                return False
            s.add(OwnerAlert(key=full_key, kind="incident", created_at=store.clock.now(),
                             subject=texts.subject_line(subject), body=body.rstrip() + "\n"))
    except IntegrityError:
        return False
    log.warning("incident raised key=%s subject=%r", key, subject)
    return True


# --- the daily digest -------------------------------------------------------------------------


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
        recent = tuple(s.exec(select(OwnerAlert.subject).where(
            col(OwnerAlert.created_at) > now - dt.timedelta(hours=24),
            OwnerAlert.kind != "digest").order_by(col(OwnerAlert.id))))
    due = tuple(texts.DueLine(
        at=p.at.astimezone(zone), client=clients[p.client_id].name, step=p.step.name,
        is_email=p.action is StepAction.EMAIL, invoices=tuple(
            f"{i.number} {texts.money(i.balance_cents, invoices[i.invoice_id].currency)}"
            for i in (item.invoice for item in p.items))) for p in planned)
    phone = (_phone_lines(planned, clients, invoices, now, zone) if config.alerts.phone_first
             else None)
    return texts.digest_text(texts.Digest(
        day=now.astimezone(zone).date(), sent=sent, due=due, due_days=DIGEST_DUE_DAYS,
        waiting=waiting, recent_alerts=recent, phone=phone))


def _sent_lines(s: Session, clients: Mapping[int | None, Client],
                invoices: Mapping[int | None, Invoice], now: dt.datetime,
                zone: ZoneInfo) -> tuple[texts.SentLine, ...]:
    rows = s.exec(select(Reminder).where(
        col(Reminder.sent_at) > now - dt.timedelta(hours=24), col(Reminder.sent_at) <= now,
        col(Reminder.state).in_(_SENT_STATES)).order_by(col(Reminder.sent_at), col(Reminder.id)))
    groups: dict[str, list[Reminder]] = {}
    for row in rows:  # one email may cover several invoices: one line for it
        groups.setdefault(row.group_key or row.message_id or f"row:{row.id}", []).append(row)
    return tuple(texts.SentLine(
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


def _phone_lines(planned: Sequence[PlannedReminder], clients: Mapping[int | None, Client],
                 invoices: Mapping[int | None, Invoice], now: dt.datetime,
                 zone: ZoneInfo) -> tuple[texts.PhoneLine, ...]:
    """Late clients whose first reminder goes out within PHONE_AHEAD_DAYS: a call first."""
    calls: dict[int, texts.PhoneLine] = {}
    horizon = now + dt.timedelta(days=PHONE_AHEAD_DAYS)
    for plan in planned:
        if plan.at > horizon or plan.action is not StepAction.EMAIL:
            continue
        client = clients[plan.client_id]
        firsts = tuple(texts.invoice_facts(invoices[i.invoice.invoice_id], now, client, zone)
                       for i in plan.items if not i.invoice.history)
        firsts = tuple(f for f in firsts if f.days_late > 0)
        if firsts and plan.client_id not in calls:
            calls[plan.client_id] = texts.PhoneLine(
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


# --- sending ----------------------------------------------------------------------------------


def compose_alert(config: Config, alert: OwnerAlert, now: dt.datetime, *,
                  client_addresses: Collection[str] = ()) -> tuple[Envelope, bytes, str]:
    """The alert as an email from and to the owner: (envelope, raw bytes, Message-ID).

    The envelope's only recipient is the owner's alert address; AlertError if that address is
    one of `client_addresses` (a misconfiguration must not mail a client our notes about
    them), or if the message does not parse back to exactly the headers set."""
    owner = config.owner
    to = alert_address(config)
    if to.lower() in {address.lower() for address in client_addresses}:
        raise AlertError(f"the alert address {to} is also a client's address: not sending "
                         f"alert {alert.key}; set alerts.to to your own address")
    message_id = make_message_id(owner.email.rpartition("@")[2], now=now)
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = Address(display_name="dunnerd", addr_spec=owner.email)
    msg["To"] = Address(addr_spec=to)
    msg["Subject"] = safe_header_text(alert.subject)
    msg["Date"] = format_datetime(now.astimezone(ZoneInfo(owner.timezone)))
    msg["Message-ID"] = message_id
    # RFC 3834: no vacation responder answers it; and a mark the inbox reader can skip on.
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Dunnerd-Alert"] = safe_header_text(alert.key, 100)
    msg.set_content(alert.body, cte="quoted-printable")
    raw = msg.as_bytes()
    expected = sorted(name.lower() for name in msg.keys())
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    names = sorted(name.lower() for name in parsed.keys())
    recipients = [addr for _, addr in getaddresses(
        [str(v) for field in ("To", "Cc", "Bcc") for v in parsed.get_all(field) or []])]
    if names != expected or recipients != [to]:
        raise AlertError(f"alert {alert.key} came out with headers {names} and recipients "
                         f"{recipients}: not sending it")
    return Envelope(sender=owner.email, recipients=(to,)), raw, message_id


async def deliver_alerts(store: Store, config: Config, sender: SmtpSender, now: dt.datetime,
                         limit: int = 50) -> int:
    """Send up to `limit` pending alerts, oldest first; returns how many the server accepted.

    A failure counts an attempt and stops the batch (server trouble: the next pass retries),
    except a refusal of the content itself (5xx after the final "."), which is about that one
    alert: it is set aside for good (last_error "rejected: ...") and the batch goes on."""
    pending = await asyncio.to_thread(_pending, store, limit)
    if not pending:
        return 0
    client_addresses = await asyncio.to_thread(_client_addresses, store)
    if alert_address(config).lower() in client_addresses:
        log.error("no owner alert sent: the alert address %s is also a client's; set alerts.to "
                  "to your own address", alert_address(config))
        return 0
    sent = 0
    for alert in pending:
        try:
            envelope, raw, message_id = compose_alert(config, alert, now,
                                                      client_addresses=client_addresses)
        except AlertError as exc:  # this alert's text: set it aside, the others can go
            log.error("owner alert not sent key=%s: %s", alert.key, exc)
            await asyncio.to_thread(_record, store, alert.id, None, f"{_REJECTED}{exc}")
            continue
        result = await sender.send(envelope, raw)
        if result.outcome is SendOutcome.ACCEPTED:
            await asyncio.to_thread(_record, store, alert.id, message_id, None)
            sent += 1
            continue
        reply = f"{result.phase}: {result.code or ''} {result.reply}".strip()[:500]
        if result.outcome is SendOutcome.REJECTED and result.phase == "data-end":
            log.error("owner alert refused for good key=%s reply=%r", alert.key, reply)
            await asyncio.to_thread(_record, store, alert.id, None, _REJECTED + reply)
            continue
        log.warning("owner alert not sent key=%s outcome=%s reply=%r", alert.key,
                    result.outcome.value, reply)
        await asyncio.to_thread(_record, store, alert.id, None, reply)
        break
    return sent


def _pending(store: Store, limit: int) -> list[OwnerAlert]:
    with store.session() as s:
        return list(s.exec(select(OwnerAlert).where(
            col(OwnerAlert.sent_at).is_(None),
            ~func.coalesce(col(OwnerAlert.last_error), "").startswith(_REJECTED),
        ).order_by(col(OwnerAlert.id)).limit(limit)))


def _client_addresses(store: Store) -> set[str]:
    with store.session() as s:
        return {address.lower() for client in s.exec(select(Client))
                for address in (*client.emails, *client.cc)}


def _record(store: Store, alert_id: int | None, message_id: str | None,
            error: str | None) -> None:
    """A send that succeeded (message_id) or failed (error)."""
    with store.session() as s:
        if (row := s.get(OwnerAlert, alert_id)) is None:
            return
        if message_id is not None:
            row.sent_at, row.message_id, row.last_error = store.clock.now(), message_id, None
        else:
            row.attempts += 1
            row.last_error = error
        s.add(row)
