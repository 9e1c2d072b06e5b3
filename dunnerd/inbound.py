"""What the daemon does with each message the inbox watcher hands over.

Each message is its own transaction: the InboundMessage row, the advance of the folder's last
UID, and the message's effect (an invoice paused, an event) commit together, so a crash either
keeps all three or none and the message is fetched again. A message that cannot be parsed is
kept raw in a quarantine row; the loop goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from dunnerd.classify import (
    Correlation,
    MalformedMessage,
    ParsedMessage,
    Verdict,
    classify,
    first_lines,
    parse_message,
)
from dunnerd.mailbox import FetchedMessage, MailboxCursor
from dunnerd.models import (
    Client,
    InboundMessage,
    Invoice,
    InvoiceStatus,
    MailboxState,
    Reminder,
    ReminderState,
)
from dunnerd.store import Store

log = logging.getLogger(__name__)
_ACTIVE = (InvoiceStatus.OPEN, InvoiceStatus.PROMISED)


class InboxProcessor:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def load_cursor(self, folder: str) -> MailboxCursor | None:
        with self.store.session() as s:
            state = s.get(MailboxState, folder)
            return MailboxCursor(folder, state.uidvalidity, state.last_uid) if state else None

    def handle(self, cursor: MailboxCursor, messages: Sequence[FetchedMessage],
               reset: bool) -> list[Verdict]:
        """Record and act on each message, in UID order; the cursor advances with each."""
        verdicts = []
        for message in messages:
            try:
                verdicts.append(self._one(cursor, message, reset))
            except SQLAlchemyError:
                raise  # the database, not the message: the batch is fetched again later
            except Exception as exc:
                # A message that crashes our own code is set aside, never retried forever.
                log.exception("inbox message uid=%d could not be handled", message.uid)
                verdicts.append(self._quarantine(cursor, message,
                                                 f"{exc.__class__.__name__}: {exc}"))
        if not messages:
            with self.store.session() as s:
                self._advance(s, cursor.folder, cursor.uidvalidity, None)
        return verdicts

    def _advance(self, s: Session, folder: str, uidvalidity: int, uid: int | None) -> None:
        state = s.get(MailboxState, folder)
        if state is None or state.uidvalidity != uidvalidity:
            state = state or MailboxState(folder=folder, uidvalidity=uidvalidity)
            state.uidvalidity = uidvalidity
            state.last_uid = 0
        if uid is not None and uid > state.last_uid:
            state.last_uid = uid
        state.last_sync_at = self.store.clock.now()
        s.add(state)

    def _one(self, cursor: MailboxCursor, fetched: FetchedMessage, reset: bool) -> Verdict:
        now = self.store.clock.now()
        with self.store.session() as s:
            try:
                if not fetched.raw:
                    raise MalformedMessage("larger than the size cap, or empty")
                parsed = parse_message(fetched.raw)
            except MalformedMessage as exc:
                return self._quarantine(cursor, fetched, str(exc), s)
            if reset and parsed.message_id and s.exec(select(InboundMessage.id).where(
                    InboundMessage.message_id == parsed.message_id)).first():
                # A rescan after UIDVALIDITY changed: seen before under another UID.
                self._advance(s, cursor.folder, cursor.uidvalidity, fetched.uid)
                return Verdict("duplicate")
            verdict = classify(parsed, self._correlation(s, parsed))
            s.add(InboundMessage(
                folder=cursor.folder, uidvalidity=cursor.uidvalidity, uid=fetched.uid,
                message_id=parsed.message_id, received_at=now,
                from_address=parsed.from_address, subject=parsed.subject, kind=verdict.kind,
                evidence=dict(verdict.evidence), client_id=verdict.client_id,
                invoice_id=verdict.invoice_ids[0] if verdict.invoice_ids else None,
                raw=fetched.raw,
            ))
            if verdict.kind == "human_reply":
                self._pause(s, parsed, verdict)
            elif verdict.kind == "witness" and parsed.message_id:
                self._witnessed(s, parsed.message_id)
            self._advance(s, cursor.folder, cursor.uidvalidity, fetched.uid)
        log.info("inbox message uid=%d kind=%s invoices=%s", fetched.uid, verdict.kind,
                 list(verdict.invoice_ids))
        return verdict

    def _quarantine(self, cursor: MailboxCursor, fetched: FetchedMessage, error: str,
                    s: Session | None = None) -> Verdict:
        """Keep the raw bytes for a human, tell the owner, and move past the message."""
        if s is None:
            with self.store.session() as fresh:
                return self._quarantine(cursor, fetched, error, fresh)
        s.add(InboundMessage(folder=cursor.folder, uidvalidity=cursor.uidvalidity,
                             uid=fetched.uid, received_at=self.store.clock.now(),
                             raw=fetched.raw, quarantined=True, kind="quarantined",
                             evidence={"error": error}))
        self.store.add_event(s, "alert.quarantined", "inbox", uid=fetched.uid, error=error)
        self._advance(s, cursor.folder, cursor.uidvalidity, fetched.uid)
        log.warning("inbox message quarantined uid=%d error=%s", fetched.uid, error)
        return Verdict("quarantined")

    def _correlation(self, s: Session, parsed: ParsedMessage) -> Correlation:
        ours: set[str] = set()
        if parsed.message_id:
            if s.exec(select(Reminder.id).where(
                    Reminder.message_id == parsed.message_id)).first():
                ours.add(parsed.message_id)
        by_thread: dict[str, tuple[int, ...]] = {}
        if parsed.thread_ids:
            ids = list(parsed.thread_ids)
            for mid, invoice_id in s.exec(select(Reminder.message_id, Reminder.invoice_id)
                                          .where(col(Reminder.message_id).in_(ids))):
                by_thread[mid or ""] = by_thread.get(mid or "", ()) + (invoice_id,)
            for mid, original_id in s.exec(select(Invoice.message_id, Invoice.id)
                                           .where(col(Invoice.message_id).in_(ids))):
                by_thread[mid or ""] = by_thread.get(mid or "", ()) + (original_id or 0,)
        client_id: int | None = None
        numbers: dict[str, int] = {}
        if parsed.from_address:
            client_id = self._client_for(s, parsed.from_address)
            if client_id is not None:
                numbers = {inv.number: inv.id or 0 for inv in s.exec(select(Invoice).where(
                    Invoice.client_id == client_id))}
        return Correlation(frozenset(ours), by_thread, client_id, numbers)

    def _client_for(self, s: Session, address: str) -> int | None:
        # Emails are a JSON list; clients are few, so match in Python (exact, case-blind).
        for client in s.exec(select(Client)):
            if address in {e.lower() for e in [*client.emails, *client.cc]}:
                return client.id
        return None

    def _witnessed(self, s: Session, message_id: str) -> None:
        """Our reminder came back through the owner's mailbox: the server accepted it."""
        uncertain = (ReminderState.SENDING, ReminderState.UNKNOWN)
        for row in s.exec(select(Reminder).where(Reminder.message_id == message_id,
                                                 col(Reminder.state).in_(uncertain))):
            row.state = ReminderState.SENT
            row.sent_at = row.sent_at or self.store.clock.now()
            row.smtp_reply = row.smtp_reply or "witnessed"
            s.add(row)
            self.store.add_event(s, "reminder.witnessed", "inbox", invoice=s.get(
                Invoice, row.invoice_id), step=row.step, message_id=message_id)

    def _pause(self, s: Session, parsed: ParsedMessage, verdict: Verdict) -> None:
        if verdict.invoice_ids:
            invoices = [inv for iid in verdict.invoice_ids if (inv := s.get(Invoice, iid))]
        else:
            invoices = list(s.exec(select(Invoice).where(Invoice.client_id == verdict.client_id)))
        lines = first_lines(parsed.text)
        for invoice in invoices:
            if invoice.status not in _ACTIVE:
                continue
            self.store.apply_status(
                s, invoice, InvoiceStatus.PAUSED, actor="inbox", reason="client replied",
                subject=parsed.subject, first_lines=lines, message_id=parsed.message_id,
                matched_by=verdict.evidence.get("matched_by"),
            )
