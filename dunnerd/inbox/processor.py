"""What the daemon does with each message the inbox watcher hands over.

Each message is its own transaction: the InboundMessage row, the advance of the folder's last
UID, and the message's effect (an invoice paused, an event) commit together, so a crash either
keeps all three or none and the message is fetched again. A message that cannot be parsed is
kept raw in a quarantine row; the loop goes on.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, select

from dunnerd.config.schema import Config
from dunnerd.inbox.actions import VerdictActions
from dunnerd.inbox.classify import MalformedMessage, Verdict, classify, parse_message
from dunnerd.inbox.correlate import LedgerCorrelation
from dunnerd.ledger.models import InboundMessage, MailboxState
from dunnerd.ledger.store import Store
from dunnerd.mail.imap import FetchedMessage, MailboxCursor

log = logging.getLogger(__name__)


class InboxProcessor:
    def __init__(self, store: Store, config: Config,
                 actions: VerdictActions | None = None) -> None:
        self.store = store
        self.config = config
        self.actions = actions or VerdictActions(store, config)

    def _today(self) -> dt.date:
        return self.store.clock.now().astimezone(ZoneInfo(self.config.owner.timezone)).date()

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
            if _is_own_alert(fetched.raw, parsed.from_address, self.config):
                verdict = Verdict("own_alert", evidence={"reasons": ["dunnerd's own alert"]})
            else:
                verdict = classify(parsed, LedgerCorrelation(s), self._today(),
                                   self.config.trusted_senders)
            s.add(InboundMessage(
                folder=cursor.folder, uidvalidity=cursor.uidvalidity, uid=fetched.uid,
                message_id=parsed.message_id, received_at=now,
                from_address=parsed.from_address, subject=parsed.subject, kind=verdict.kind,
                evidence=dict(verdict.evidence), client_id=verdict.client_id,
                invoice_id=verdict.invoice_ids[0] if verdict.invoice_ids else None,
                raw=fetched.raw,
            ))
            self.actions.apply(s, fetched.raw, parsed, verdict)
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


def _is_own_alert(raw: bytes, sender: str | None, config: Config) -> bool:
    """Our own alerts and digests land in the inbox we watch: never act on them (an alert about
    a payment claim must not read as one). Ignoring a forged one is harmless: it does nothing."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0].lower()
    return sender == config.owner.email.lower() and b"\nx-dunnerd-alert:" in head

