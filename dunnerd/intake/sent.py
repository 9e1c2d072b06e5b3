"""Invoices the owner emails: what the daemon does with each message of the Sent folder
(`[intake] watch_sent = true`), handed over by the watcher exactly once, in UID order.

For each message, one transaction: its effect and the folder's cursor commit together, so a
crash either keeps both or neither and the message is read again. Per attachment:

- a Factur-X PDF, or a CII/UBL XML, is recorded like a file given to `invoice import`
  (einvoice_ledger.py), linked to the email's Message-ID so that a reply in its thread pauses
  it; the same number with the same data is a no-op, with other data an owner alert;
- a PDF without embedded data is never guessed at: an `intake.needs_import` event, which the
  daily digest turns into a request to import it by hand (as is any invoice that could not be
  recorded for a reason the owner can fix);
- an invoice whose seller is someone else (a supplier's bill sent on to the accountant) is left
  alone.

dunnerd's own mail in Sent is never an invoice: its reminders (their Message-IDs are in the
outbox, and they carry X-Dunnerd-Invoice) and alerts. Old mail is not chased blindly: at the
first reading of the folder (and after a UIDVALIDITY change, mail older than the previous
reading), an invoice already due is added paused, for the owner to resume if still unpaid.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from email.utils import getaddresses, parsedate_to_datetime
from zoneinfo import ZoneInfo

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from dunnerd.config.schema import Config
from dunnerd.intake.einvoice import EInvoiceError, EInvoiceProblem
from dunnerd.intake.einvoice_ledger import Outcome, Result, Source, record_einvoice
from dunnerd.intake.einvoice_read import read_einvoice
from dunnerd.intake.terms import effective_due_date
from dunnerd.ledger.models import Event, Invoice, MailboxState, OwnerAlert, Reminder
from dunnerd.ledger.store import Store
from dunnerd.mail.imap import FetchedMessage, MailboxCursor
from dunnerd.mail.sentfolder import Attachment, SentMessage

log = logging.getLogger(__name__)

ACTOR = "sent"
# A Date header has whole seconds and comes from the owner's mail program's clock: mail dated
# this little before the first reading is taken as new, not as history.
HISTORY_MARGIN = dt.timedelta(minutes=10)
HISTORY_REASON = ("found in your Sent folder when dunnerd first read it, already due: "
                  "`dunnerd invoice resume` it if it is still unpaid")


@dataclass(frozen=True)
class SentHeaders:
    message_id: str
    subject: str
    date: dt.datetime | None
    recipients: tuple[str, ...]  # To and Cc, lower case
    from_dunnerd: bool  # X-Dunnerd-Invoice or X-Dunnerd-Alert: our own reminder or alert


def read_headers(raw: bytes) -> SentHeaders:
    """The headers that matter, read inside one guard: a malformed header gives empty values,
    never an exception (policy=default parses lazily and may raise on access)."""
    def get(name: str) -> str:
        try:
            value = message.get(name)
            return " ".join(str(value).split()) if value is not None else ""
        except Exception:
            return ""

    message = BytesHeaderParser(policy=default_policy).parsebytes(raw)
    recipients = []
    for name in ("To", "Cc"):
        for _, address in getaddresses([get(name)]):
            if "@" in address:
                recipients.append(address.strip().lower())
    try:
        date = parsedate_to_datetime(get("Date")) if get("Date") else None
        if date is not None and date.tzinfo is None:
            date = date.replace(tzinfo=dt.UTC)
    except (TypeError, ValueError, IndexError):
        date = None
    return SentHeaders(message_id=get("Message-ID"), subject=get("Subject")[:200], date=date,
                       recipients=tuple(dict.fromkeys(recipients)),
                       from_dunnerd=bool(get("X-Dunnerd-Invoice") or get("X-Dunnerd-Alert")))


@dataclass(frozen=True)
class SentOutcome:
    uid: int
    results: tuple[Result, ...]

    @property
    def added(self) -> bool:
        return any(r.outcome in (Outcome.ADDED, Outcome.CREDITED) for r in self.results)


class SentIntake:
    def __init__(self, store: Store, config: Config) -> None:
        self.store = store
        self.config = config

    async def load_cursor(self, folder: str) -> MailboxCursor | None:
        with self.store.session() as s:
            state = s.get(MailboxState, folder)
            return MailboxCursor(folder, state.uidvalidity, state.last_uid) if state else None

    def handle(self, cursor: MailboxCursor, messages: Sequence[FetchedMessage],
               reset: bool) -> list[SentOutcome]:
        """Record each message's invoices and advance the cursor with it, in UID order."""
        history_before = self._history_before(cursor, reset)
        outcomes = []
        last = None
        for message in messages:
            last = message.uid
            if not (isinstance(message, SentMessage) and message.attachments):
                # Plain mail, the most of a Sent folder: nothing to record, so the cursor
                # passes over a run of it in the next transaction (committed with the next
                # message that has attachments, or at the end).
                outcomes.append(SentOutcome(message.uid, ()))
                continue
            try:
                outcomes.append(self._one(cursor, message, history_before))
            except SQLAlchemyError:
                raise  # the database: the watcher fetches again from the committed cursor
            except Exception as exc:
                # A message that crashes our own code is listed for the owner, never retried
                # forever.
                log.exception("Sent message uid=%d could not be handled; skipped", message.uid)
                with self.store.session() as s:
                    headers = read_headers(message.header)
                    self.store.add_event(
                        s, "intake.needs_import", ACTOR, message_id=_bracketed(
                            headers.message_id), file="(the whole email)",
                        subject=headers.subject, to=", ".join(headers.recipients)[:300],
                        reason=f"could not be read ({type(exc).__name__}: {exc})"[:300])
                    self._advance(s, cursor, message.uid)
                outcomes.append(SentOutcome(message.uid, ()))
        with self.store.session() as s:
            self._advance(s, cursor, last)
        return outcomes

    def _history_before(self, cursor: MailboxCursor, reset: bool) -> dt.datetime:
        """Mail dated before this was in the folder before dunnerd read it: the instant of the
        folder's first reading (recorded then, so a first reading in several chunks is one),
        or, after a UIDVALIDITY change, of the last reading before it."""
        with self.store.session() as s:
            started = None
            for at, detail in s.exec(select(Event.at, Event.detail).where(
                    Event.kind == "intake.sent_watch_started").order_by(col(Event.id))):
                if detail.get("folder") == cursor.folder and at is not None:
                    started = at
                    break
            if started is None:
                started = self.store.clock.now()
                self.store.add_event(s, "intake.sent_watch_started", ACTOR,
                                     folder=cursor.folder)
            state = s.get(MailboxState, cursor.folder)
            if reset and state is not None and state.uidvalidity != cursor.uidvalidity \
                    and state.last_sync_at is not None:
                return max(started, state.last_sync_at)
            return started

    def _one(self, cursor: MailboxCursor, message: SentMessage,
             history_before: dt.datetime) -> SentOutcome:
        headers = read_headers(message.header)
        results: list[Result] = []
        with self.store.session() as s:
            if not self._is_own(s, headers):
                old = headers.date is None or headers.date < history_before - HISTORY_MARGIN
                for attachment in message.attachments:
                    result = self._attachment(s, headers, attachment, old)
                    if result is not None:
                        results.append(result)
            self._advance(s, cursor, message.uid)
        for result in results:
            log.info("Sent message uid=%d %s: %s", message.uid, result.outcome.value,
                     result.line)
        return SentOutcome(message.uid, tuple(results))

    def _is_own(self, s: Session, headers: SentHeaders) -> bool:
        if headers.from_dunnerd:
            return True
        if not headers.message_id:
            return False
        return bool(s.exec(select(Reminder.id).where(
            Reminder.message_id == headers.message_id)).first() or s.exec(
            select(OwnerAlert.id).where(OwnerAlert.message_id == headers.message_id)).first())

    def _attachment(self, s: Session, headers: SentHeaders, attachment: Attachment,
                    old: bool) -> Result | None:
        if attachment.data is None:
            return self._needs_import(s, headers, attachment, "too large or unreadable "
                                      "attachment")
        try:
            parsed = read_einvoice(attachment.data, attachment.name)
        except EInvoiceError as exc:
            if exc.problem in (EInvoiceProblem.NOT_CII_OR_UBL,
                               EInvoiceProblem.NOT_AN_INVOICE_FILE) \
                    and attachment.name.lower().endswith(".xml"):
                return None  # some other XML file
            return self._needs_import(s, headers, attachment, str(exc))
        paused = None
        if old and not parsed.is_credit_note:
            today = self.store.clock.now().astimezone(ZoneInfo(self.config.owner.timezone)).date()
            if effective_due_date(parsed).date < today:
                paused = HISTORY_REASON
        mine = own_addresses(self.config)
        source = Source(f"Sent: {headers.subject or attachment.name}", attachment.data, ACTOR,
                        _bracketed(headers.message_id),
                        tuple(r for r in headers.recipients if r not in mine), paused)
        result = record_einvoice(s, self.store, self.config, parsed, source)
        if result.outcome is Outcome.CONFLICT:
            existing = s.get(Invoice, result.invoice_id) if result.invoice_id else None
            self.store.add_event(s, "alert.invoice_conflict", ACTOR, invoice=existing,
                                 number=parsed.number, message_id=source.message_id,
                                 subject=headers.subject, reason=result.line)
        elif result.outcome is Outcome.REFUSED and "a bill to pay" not in result.line:
            self._needs_import(s, headers, attachment, result.line)
        return result

    def _needs_import(self, s: Session, headers: SentHeaders, attachment: Attachment,
                      reason: str) -> Result:
        """Once per email and file: the digest asks the owner to import it by hand."""
        message_id = _bracketed(headers.message_id)
        for detail in s.exec(select(Event.detail).where(Event.kind == "intake.needs_import")):
            if detail.get("message_id") == message_id and detail.get("file") == attachment.name:
                return Result(Outcome.UNCHANGED, f"{attachment.name}: already listed")
        self.store.add_event(s, "intake.needs_import", ACTOR, message_id=message_id,
                             file=attachment.name[:200], subject=headers.subject,
                             to=", ".join(headers.recipients)[:300], reason=reason[:300])
        return Result(Outcome.REFUSED, f"{attachment.name}: {reason}")

    def _advance(self, s: Session, cursor: MailboxCursor, uid: int | None) -> None:
        state = s.get(MailboxState, cursor.folder)
        if state is None or state.uidvalidity != cursor.uidvalidity:
            state = state or MailboxState(folder=cursor.folder, uidvalidity=cursor.uidvalidity)
            state.uidvalidity = cursor.uidvalidity
            state.last_uid = 0
        if uid is not None and uid > state.last_uid:
            state.last_uid = uid
        state.last_sync_at = self.store.clock.now()
        s.add(state)


def _bracketed(message_id: str) -> str | None:
    bare = message_id.strip().strip("<>").strip()
    return f"<{bare}>" if bare and " " not in bare else None


def own_addresses(config: Config) -> set[str]:
    return {a.lower() for a in (config.owner.email, config.alerts.to) if a}

