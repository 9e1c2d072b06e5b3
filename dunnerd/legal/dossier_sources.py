"""What a client's hand-off dossier is made of, read from the ledger in one go: the invoices
and their penalties on the dossier's day, every email sent about them (the outbox rows with
their stored bytes and SHA-256), the formal notices, the messages received from the client (the
inbox rows keep their raw bytes, so a reply the owner has since deleted is still there), and
the events (payments, promises, disputes, pauses, the notice sent, the court).

Nothing here looks at the mailbox: evidence.py compares these rows with the Sent folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlmodel import col, select

from dunnerd.config.schema import Config
from dunnerd.ledger.models import (
    Client,
    Event,
    FormalNotice,
    FormalNoticeInvoice,
    InboundMessage,
    Invoice,
    Reminder,
)
from dunnerd.ledger.store import Store
from dunnerd.legal.claims import breakdowns, claims_penalties
from dunnerd.legal.penalties import Breakdown
from dunnerd.states import FORMAL_NOTICE_STEP, THIRD_PARTY_STEPS, ReminderState

# The outbox rows that may have reached the client. `unknown`: no reply after the final ".",
# kept and marked uncertain; `sending` is still in flight and waits for the next dossier.
EMAILED = (ReminderState.SENT, ReminderState.FILED, ReminderState.UNKNOWN)
# Inbound rows that are not the client's word: our own witness copies, unreadable mail.
NOT_FROM_CLIENT = ("witness", "quarantined")


@dataclass(frozen=True)
class SentEmail:
    """One email sent about the client's invoices (several rows when grouped)."""

    message_id: str
    step: str
    sent_at: dt.datetime | None
    state: ReminderState
    numbers: tuple[str, ...]
    raw: bytes | None  # the exact bytes stored before the first attempt
    sha256: str | None  # recorded with them
    sent_folder_uid: int | None


@dataclass(frozen=True)
class Received:
    """A message received from the client, or about its payments, as the inbox recorded it."""

    row_id: int
    message_id: str | None
    received_at: dt.datetime | None
    from_address: str
    subject: str
    kind: str
    raw: bytes
    numbers: tuple[str, ...]  # the invoice it was matched to, if any


@dataclass(frozen=True)
class NoticeRecord:
    notice: FormalNotice
    numbers: tuple[str, ...]


@dataclass(frozen=True)
class DossierSources:
    client: Client
    invoices: tuple[Invoice, ...]  # oldest due first
    breakdowns: dict[int, Breakdown]  # invoice id -> penalties on `today`
    claim_penalties: bool  # the claim includes the penalties (the notice's setting)
    emails: tuple[SentEmail, ...]
    notices: tuple[NoticeRecord, ...]
    received: tuple[Received, ...]
    events: tuple[Event, ...]
    today: dt.date  # the dossier's day, in the client's time zone
    zone: ZoneInfo

    def local_date(self, instant: dt.datetime) -> dt.date:
        return instant.astimezone(self.zone).date()


def read_sources(store: Store, config: Config, client: Client,
                 numbers: Sequence[str]) -> DossierSources:
    """Everything the dossier of `client` for the invoices `numbers` needs. ValueError if an
    invoice is unknown or belongs to another client."""
    zone = ZoneInfo(client.timezone or config.owner.timezone)
    today = store.clock.now().astimezone(zone).date()
    found = store.invoices_by_number(list(numbers))
    unknown = [n for n in numbers if n not in found]
    if unknown:
        raise ValueError(f"unknown invoice {', '.join(unknown)}")
    others = [n for n in numbers if found[n].client_id != client.id]
    if others:
        raise ValueError(f"invoice {', '.join(others)} is not {client.key}'s")
    invoices = tuple(sorted({found[n].id: found[n] for n in numbers}.values(),
                            key=lambda i: (i.due, i.number)))
    by_id = {inv.id or 0: inv.number for inv in invoices}
    figures = breakdowns(store, config, invoices, {client.id or 0: client}, today)
    with store.session() as s:
        ids = list(by_id)
        rows = s.exec(select(Reminder).where(col(Reminder.invoice_id).in_(ids),
                                             col(Reminder.state).in_(EMAILED),
                                             col(Reminder.message_id).is_not(None))
                      .order_by(col(Reminder.sent_at), col(Reminder.id))).all()
        links = s.exec(select(FormalNoticeInvoice).where(
            col(FormalNoticeInvoice.invoice_id).in_(ids))).all()
        notice_rows = {n.id: n for n in s.exec(select(FormalNotice).where(
            col(FormalNotice.id).in_({link.notice_id for link in links})))}
        inbound = s.exec(select(InboundMessage).where(
            (col(InboundMessage.client_id) == client.id)
            | col(InboundMessage.invoice_id).in_(ids)).order_by(col(InboundMessage.id))).all()
        events = tuple(s.exec(select(Event).where(col(Event.invoice_id).in_(ids))
                              .order_by(col(Event.at), col(Event.id))))
    return DossierSources(
        client=client, invoices=invoices, breakdowns=figures,
        claim_penalties=claims_penalties(FORMAL_NOTICE_STEP, client, config),
        emails=_emails(rows, by_id), notices=_notices(links, notice_rows, by_id),
        received=_received(inbound, by_id, config, client), events=events, today=today,
        zone=zone)


def _emails(rows: Sequence[Reminder], numbers: dict[int, str]) -> tuple[SentEmail, ...]:
    grouped: dict[str, list[Reminder]] = {}
    for row in rows:
        if row.step in THIRD_PARTY_STEPS or not row.message_id:
            continue  # the dossier's own email to the agency is not evidence against the client
        grouped.setdefault(row.message_id, []).append(row)
    emails = []
    for message_id, group in grouped.items():
        first = group[0]
        emails.append(SentEmail(
            message_id=message_id, step=first.step, sent_at=first.sent_at or first.planned_at,
            state=first.state, numbers=tuple(dict.fromkeys(numbers[r.invoice_id] for r in group)),
            raw=first.raw_message, sha256=first.sha256, sent_folder_uid=first.sent_folder_uid))
    return tuple(sorted(emails, key=lambda e: (e.sent_at or dt.datetime.min.replace(
        tzinfo=dt.UTC), e.message_id)))


def _notices(links: Sequence[FormalNoticeInvoice], rows: dict[int | None, FormalNotice],
             numbers: dict[int, str]) -> tuple[NoticeRecord, ...]:
    """Every notice recorded as sent, and the latest of each invoice even if not sent yet."""
    covered: dict[int, list[str]] = {}
    latest: dict[int, int] = {}
    for link in links:
        covered.setdefault(link.notice_id, []).append(numbers[link.invoice_id])
        latest[link.invoice_id] = max(latest.get(link.invoice_id, 0), link.notice_id)
    keep = {n for n, row in rows.items() if n is not None and row.sent_on is not None}
    keep |= set(latest.values())
    return tuple(NoticeRecord(rows[n], tuple(sorted(covered[n]))) for n in sorted(keep)
                 if n in rows)


def _received(rows: Sequence[InboundMessage], numbers: dict[int, str], config: Config,
              client: Client) -> tuple[Received, ...]:
    ours = {config.owner.email.lower(), config.handoff.to.lower()} - {""}
    found = []
    for row in rows:
        sender = (row.from_address or "").lower()
        if (row.quarantined or row.raw is None or row.kind in NOT_FROM_CLIENT
                or sender in ours):
            continue
        if row.invoice_id is not None and row.invoice_id not in numbers:
            continue  # about another of the client's invoices
        if row.kind == "other" and row.invoice_id is None:
            continue  # matched to the client by its address only, about nothing we know
        number = numbers.get(row.invoice_id or 0)
        found.append(Received(
            row_id=row.id or 0, message_id=row.message_id, received_at=row.received_at,
            from_address=row.from_address or "", subject=row.subject or "",
            kind=row.kind or "other", raw=row.raw, numbers=(number,) if number else ()))
    return tuple(found)
