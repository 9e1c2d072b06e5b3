"""Owner alerts: emails to the owner (never to a client) when something needs a human, plus
a daily digest. `collect_alerts` turns alerting Events into OwnerAlert rows, `raise_incident`
records the daemon's own troubles, `digest.queue_digest` adds the digest once a day, and
`alert_delivery.deliver_alerts` sends pending rows over the owner's SMTP account. The unique
`key` of an OwnerAlert makes each happen once:

- `event:<id>` for one event;
- `message:<hash>` when one message made several events: a reply that paused three invoices, a
  grouped reminder the server refused (one event per invoice, one Message-ID). The owner gets
  one email about it, listing every invoice;
- `incident:<key>`, `digest:<local date>`.

Alerts are at-least-once: a crash between the server's "250" and recording it sends that alert
again at the next pass, which beats losing it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from dunnerd.config.schema import Config
from dunnerd.daemon import alert_texts as texts
from dunnerd.ledger.models import Client, Event, Invoice, OwnerAlert
from dunnerd.ledger.store import Store

log = logging.getLogger(__name__)

ALERT_EVENT_KINDS: frozenset[str] = texts.EVENT_KINDS
# Inbox pauses that come with an alert event of their own, which tells the whole story.
_PAUSES_WITH_OWN_ALERT = frozenset({"reminder bounced", "unverified payment claim",
                                    "payment notice to check"})
_PER_MESSAGE_KINDS = frozenset({"invoice.paused", "alert.send_failed", "alert.send_unknown",
                                "invoice.promised", "invoice.disputed"})
# PostgreSQL may commit event ids out of order: look a little behind the highest id already
# alerted about; the unique key makes looking twice harmless.
LOOKBACK_IDS = 500
# An event older than this is news to nobody (an upgrade that adds alerts to an old ledger
# must not mail the owner its history).
EVENT_HORIZON = dt.timedelta(days=7)


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
    if event.kind in ("invoice.paid", "invoice.partly_paid", "invoice.promised"):
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


# --- sending ----------------------------------------------------------------------------------


