"""The outbox: the state machine that makes each reminder go out exactly once across crashes.

    planned --(committed before the final ".")--> sending --250--> sent --Sent copy--> filed
       |  \\--4xx / failure before "."--> deferred (next attempt, same bytes) --> planned again
       |   \\--5xx--> failed (owner told)
       \\-- no reply after "." --> unknown: the witness copy settles it (sent); with no witness
                                  after the grace period the server did not take it (deferred)

A row holds the exact bytes, their SHA-256 and the Message-ID before the first attempt; every
retry sends those bytes. One email may cover several invoices (grouping): it is one row per
invoice sharing a `group_key` (the Message-ID), and every transition moves the whole group.
"""

from __future__ import annotations

import datetime as dt
import email.policy
import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from email.parser import BytesParser
from pathlib import Path

from sqlalchemy import ColumnElement, Table, case, insert, or_, update
from sqlalchemy.engine import Connection
from sqlmodel import col, select

from dunnerd.config.schema import Config, StepAction
from dunnerd.dunning.policy import PlannedReminder
from dunnerd.dunning.render import PenaltyMention, Renderer
from dunnerd.ledger.models import Client, Event, Invoice, Reminder
from dunnerd.ledger.store import Store
from dunnerd.ledger.views import local_today
from dunnerd.mail.batch import BatchLedger, eligible
from dunnerd.mail.compose import compose_reminder, make_message_id
from dunnerd.mail.reminder_context import reminder_context
from dunnerd.mail.smtp import Envelope, SendOutcome, SendResult
from dunnerd.states import THIRD_PARTY_STEPS, ReminderState

log = logging.getLogger(__name__)

RETRY_BASE = dt.timedelta(minutes=1)
RETRY_CAP = dt.timedelta(hours=1)
RETRY_DEADLINE = dt.timedelta(days=3)  # deferred this long: give up and tell the owner
_REMINDER: Table = Reminder.__table__  # type: ignore[attr-defined]
_EVENT: Table = Event.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class OutgoingEmail:
    group_key: str
    message_id: str
    raw: bytes
    envelope: Envelope
    invoice_numbers: tuple[str, ...]
    attempts: int


PenaltyHook = Callable[[Client, Sequence[Invoice], str, dt.date], PenaltyMention | None]


def retry_delay(attempts: int) -> dt.timedelta:
    """Capped exponential backoff: 1, 2, 4 ... 60 minutes."""
    delay: dt.timedelta = RETRY_BASE * (2 ** min(max(0, attempts - 1), 10))
    return min(RETRY_CAP, delay)


@dataclass(frozen=True)
class Prepared:
    """What preparing one planned reminder gave: an email to send, a record written, nothing
    left to do (paid, paused or taken meanwhile), or the error that stopped it."""

    planned: PlannedReminder
    email: OutgoingEmail | None = None
    recorded: bool = False
    error: Exception | None = None


def _state_is_one_of(states: Sequence[ReminderState]) -> ColumnElement[bool]:
    """`state IN (...)` written as ORs: SQLAlchemy re-adapts the Enum type on every execution
    of an expanding IN (0.4 ms each, several times per email sent); a few "=" do not."""
    return or_(*(_REMINDER.c.state == state for state in states))


def _row(reminder: Reminder) -> dict[str, object]:
    """A new Reminder's columns (its defaults applied by the model) for a Core insert."""
    return {column.name: getattr(reminder, column.name) for column in _REMINDER.columns
            if column.name != "id"}


class Outbox:
    def __init__(self, store: Store, config: Config, renderer: Renderer,
                 witness: str | None, witness_grace: dt.timedelta = dt.timedelta(minutes=1),
                 ) -> None:
        self.store = store
        self.config = config
        self.renderer = renderer
        self.witness = witness
        self.witness_grace = witness_grace
        # Set by the daemon from the legal package (above mail): the penalties a reminder
        # names, when the step claims them for that client.
        self.penalties: PenaltyHook | None = None

    # --- planning -------------------------------------------------------------------------

    def prepare(self, planned: PlannedReminder) -> OutgoingEmail | None:
        """`prepare_many` for one: the email to send, or None; a failure is raised."""
        prepared = self.prepare_many([planned])[0]
        if prepared.error is not None:
            raise prepared.error
        return prepared.email

    def prepare_many(self, batch: Sequence[PlannedReminder]) -> list[Prepared]:
        """Write the rows (and for an email, its exact bytes) for reminders that are due now,
        in one transaction: what the batch needs from the ledger is read in three queries.
        Re-checks every invoice against the ledger in that transaction: one paid or paused
        since the plan was made is dropped. One reminder that cannot be composed (a missing
        PDF, a broken template) gets its error and does not hold up the others."""
        now = self.store.clock.now()
        with self.store.session() as s:
            ledger = BatchLedger.read(s, batch)
            reminders: list[dict[str, object]] = []
            events: list[dict[str, object]] = []
            results = []
            for planned in batch:
                try:
                    results.append(self._prepare_one(planned, ledger, now, reminders, events))
                except Exception as exc:
                    results.append(Prepared(planned, error=exc))
            conn = s.connection()
            if reminders:
                conn.execute(insert(_REMINDER), reminders)
            if events:
                conn.execute(insert(_EVENT), events)
        return results

    def _prepare_one(self, planned: PlannedReminder, ledger: BatchLedger, now: dt.datetime,
                     reminders: list[dict[str, object]],
                     events: list[dict[str, object]]) -> Prepared:
        client = ledger.clients.get(planned.client_id)
        if client is None or client.never_remind:
            return Prepared(planned)
        today = local_today(client, self.config.owner.timezone, now)
        items = []
        for item in planned.items:
            invoice = ledger.invoices.get(item.invoice.invoice_id)
            if invoice is None or invoice.id is None or not eligible(invoice, today):
                continue
            if (invoice.id, item.step.name) in ledger.taken:
                continue
            items.append((invoice, item.step.name))
        if not items:
            return Prepared(planned)
        if planned.action is StepAction.RECORD:
            for invoice, step in items:
                reminders.append(_row(Reminder(
                    invoice_id=invoice.id or 0, client_id=client.id or 0, step=step,
                    planned_at=planned.at, sent_at=now, state=ReminderState.RECORDED)))
                events.append(self.store.event_values(
                    f"invoice.{step}", "daemon", invoice_id=invoice.id,
                    client_id=invoice.client_id, days_late=(today - invoice.due).days))
            ledger.take(items)
            return Prepared(planned, recorded=True)
        email = self._compose_group(client, items, planned, ledger, now, today)
        for invoice, step in items:
            reminders.append(_row(Reminder(
                invoice_id=invoice.id or 0, client_id=client.id or 0, step=step,
                planned_at=planned.at, state=ReminderState.PLANNED,
                group_key=email.group_key, message_id=email.message_id, raw_message=email.raw,
                sha256=hashlib.sha256(email.raw).hexdigest())))
            events.append(self.store.event_values(
                "reminder.prepared", "daemon", invoice_id=invoice.id,
                client_id=invoice.client_id, step=step, message_id=email.message_id))
        ledger.take(items)
        return Prepared(planned, email=email)

    def _compose_group(self, client: Client, items: list[tuple[Invoice, str]],
                       planned: PlannedReminder, ledger: BatchLedger, now: dt.datetime,
                       today: dt.date) -> OutgoingEmail:
        invoices = [invoice for invoice, _ in items]
        earlier_ids = ledger.earlier_message_ids(invoices)
        originals = [i.message_id for i in invoices if i.message_id]
        references = list(dict.fromkeys(originals + earlier_ids))
        in_reply_to = references[-1] if references else None
        template = str(client.step_overrides.get(planned.step.name, {}).get(
            "template", planned.step.template))
        context = reminder_context(self.config, client, invoices, template, today,
                                         len(earlier_ids))
        if self.penalties is not None:
            context = replace(context, penalties=self.penalties(client, invoices,
                                                                planned.step.name, today))
        rendered = self.renderer.render(context)
        domain = self.config.owner.email.rpartition("@")[2]
        message_id = make_message_id(domain, now=now)
        raw = compose_reminder(
            owner=self.config.owner, to=client.emails, cc=client.cc, client_name=client.name,
            rendered=rendered, message_id=message_id, date=now,
            invoice_numbers=[i.number for i in invoices], in_reply_to=in_reply_to,
            references=references,
            attachments=[Path(i.pdf_path) for i in invoices if i.pdf_path],
        )
        return OutgoingEmail(message_id, message_id, raw, self._envelope(client),
                             tuple(i.number for i in invoices), 0)

    def _envelope(self, client: Client) -> Envelope:
        recipients = list(dict.fromkeys([*client.emails, *client.cc]))
        if self.witness:
            recipients.append(self.witness)
        return Envelope(sender=self.config.owner.email, recipients=tuple(recipients))

    def _third_party_envelope(self, raw: bytes) -> Envelope:
        """An email to someone other than the client (the hand-off dossier to the owner's
        agent) goes to the addresses its own header names, never to the client's."""
        head = BytesParser(policy=email.policy.default).parsebytes(raw, headersonly=True)
        recipients = [address.addr_spec for field in ("To", "Cc")
                      for header in head.get_all(field) or () for address in header.addresses]
        if self.witness:
            recipients.append(self.witness)
        return Envelope(sender=self.config.owner.email,
                        recipients=tuple(dict.fromkeys(recipients)))

    # --- queries --------------------------------------------------------------------------

    def _groups(self, states: Sequence[ReminderState],
                due_by: dt.datetime | None = None) -> list[list[Reminder]]:
        with self.store.session() as s:
            rows = list(s.exec(select(Reminder).where(
                col(Reminder.state).in_(list(states)), col(Reminder.group_key).is_not(None)
            ).order_by(col(Reminder.planned_at), col(Reminder.id))))
        groups: dict[str, list[Reminder]] = {}
        for row in rows:
            if due_by is not None and row.next_attempt_at and row.next_attempt_at > due_by:
                continue
            groups.setdefault(row.group_key or "", []).append(row)
        return list(groups.values())

    def _email(self, rows: list[Reminder]) -> OutgoingEmail:
        first = rows[0]
        with self.store.session() as s:
            client = s.get(Client, first.client_id)
            numbers = tuple(inv.number for inv in (s.get(Invoice, r.invoice_id) for r in rows)
                            if inv is not None)
        assert client is not None and first.raw_message is not None and first.message_id
        envelope = (self._third_party_envelope(first.raw_message)
                    if first.step in THIRD_PARTY_STEPS else self._envelope(client))
        return OutgoingEmail(first.group_key or first.message_id, first.message_id,
                             first.raw_message, envelope, numbers, first.attempts)

    def due(self, now: dt.datetime) -> list[OutgoingEmail]:
        """Emails to attempt now: prepared ones, and deferred ones whose time has come.
        A group whose invoices were all paid or paused meanwhile was cancelled already."""
        return [self._email(rows) for rows in
                self._groups((ReminderState.PLANNED, ReminderState.DEFERRED), due_by=now)]

    def in_flight(self) -> list[OutgoingEmail]:
        """Emails whose fate is uncertain: a crash or a lost reply after the final '.'."""
        return [self._email(rows) for rows in
                self._groups((ReminderState.SENDING, ReminderState.UNKNOWN))]

    def unfiled(self) -> list[OutgoingEmail]:
        return [self._email(rows) for rows in self._groups((ReminderState.SENT,))]

    def next_retry(self) -> dt.datetime | None:
        with self.store.session() as s:
            return s.exec(select(Reminder.next_attempt_at).where(
                col(Reminder.state).in_([ReminderState.DEFERRED, ReminderState.UNKNOWN]),
                col(Reminder.next_attempt_at).is_not(None),
            ).order_by(col(Reminder.next_attempt_at))).first()

    # --- transitions ----------------------------------------------------------------------

    def _move(self, group_key: str, allowed: Sequence[ReminderState], state: ReminderState,
              event: str | None = None, **fields: object) -> int:
        """Move every row of the group that is in one of `allowed` to `state`; with `event`,
        one Event per row moved, in the same transaction. Core statements, not the ORM: this
        runs several times per email sent, and the rows' stored bytes need not be loaded."""
        with self.store.engine.begin() as conn:
            return self._move_rows(conn, group_key, allowed, state, event, **fields)

    def _move_rows(self, conn: Connection, group_key: str, allowed: Sequence[ReminderState],
                   state: ReminderState, event: str | None = None, **fields: object) -> int:
        moving = (update(_REMINDER).where(_REMINDER.c.group_key == group_key,
                                          _state_is_one_of(allowed))
                  .values(state=state, **fields))
        if event is None:
            return int(conn.execute(moving).rowcount)
        moved = conn.execute(moving.returning(
            _REMINDER.c.invoice_id, _REMINDER.c.client_id, _REMINDER.c.step,
            _REMINDER.c.message_id)).all()
        if moved:
            reply = fields.get("smtp_reply") or fields.get("last_error")
            conn.execute(insert(_EVENT), [
                self.store.event_values(event, "daemon", invoice_id=row.invoice_id,
                                        client_id=row.client_id, step=row.step,
                                        message_id=row.message_id, reply=reply)
                for row in moved])
        return len(moved)

    def mark_sending(self, email: OutgoingEmail) -> None:
        """Committed before the final '.' is written: from then on the server may have the
        message. (The daemon writes it as the SMTP transaction starts, so a row can be
        `sending` for a message the server never got; its witness never comes.)"""
        self._move(email.group_key, (ReminderState.PLANNED, ReminderState.DEFERRED),
                   ReminderState.SENDING, attempts=_REMINDER.c.attempts + 1)

    def record_result(self, email: OutgoingEmail, result: SendResult) -> ReminderState:
        now = self.store.clock.now()
        reply = f"{result.code or ''} {result.reply}".strip()[:500]
        pending = (ReminderState.PLANNED, ReminderState.DEFERRED, ReminderState.SENDING)
        if result.outcome is SendOutcome.ACCEPTED:
            self._move(email.group_key, pending + (ReminderState.UNKNOWN,), ReminderState.SENT,
                       "reminder.sent", smtp_reply=reply, sent_at=now, last_error=None,
                       next_attempt_at=None)
            return ReminderState.SENT
        # A refusal at login or before the transaction is about our account or the server,
        # not this message: keep it and retry (the owner hears of the incident elsewhere).
        connection_phase = result.phase in ("connect", "starttls", "ehlo", "auth")
        if result.outcome is SendOutcome.REJECTED and not connection_phase:
            self._move(email.group_key, pending, ReminderState.FAILED, "alert.send_failed",
                       last_error=f"{result.phase}: {reply}")
            return ReminderState.FAILED
        if result.outcome is SendOutcome.UNKNOWN:
            # Settled by the witness once the grace period is over (see `uncertain_due`).
            self._move(email.group_key, pending, ReminderState.UNKNOWN, None,
                       last_error=f"{result.phase}: {reply}",
                       next_attempt_at=now + self.witness_grace)
            return ReminderState.UNKNOWN
        attempts = email.attempts + 1
        first_try = self._first_planned(email.group_key)
        if first_try is not None and now - first_try > RETRY_DEADLINE:
            self._move(email.group_key, pending, ReminderState.FAILED, "alert.send_failed",
                       last_error=f"gave up after {attempts} attempts: {result.phase}: {reply}")
            return ReminderState.FAILED
        self._move(email.group_key, pending, ReminderState.DEFERRED,
                   attempts=case((_REMINDER.c.attempts < attempts, attempts),
                                 else_=_REMINDER.c.attempts),
                   next_attempt_at=now + retry_delay(attempts),
                   last_error=f"{result.phase}: {reply}")
        return ReminderState.DEFERRED

    def _first_planned(self, group_key: str) -> dt.datetime | None:
        with self.store.session() as s:
            return s.exec(select(Reminder.planned_at).where(Reminder.group_key == group_key)
                          ).first()

    def settle_witnessed(self, message_id: str) -> int:
        """The witness copy arrived: the server accepted this message."""
        now = self.store.clock.now()
        return self._move(message_id, (ReminderState.SENDING, ReminderState.UNKNOWN),
                          ReminderState.SENT, "reminder.sent", sent_at=now,
                          smtp_reply="witnessed", last_error=None)

    def settle_unwitnessed(self, email: OutgoingEmail) -> ReminderState:
        """No witness after the grace period. With a witness configured, its absence means
        the server did not take the message: send the same bytes again (same Message-ID).
        Without one, nobody can know: tell the owner and never re-send."""
        if self.witness:
            self._move(email.group_key, (ReminderState.SENDING, ReminderState.UNKNOWN),
                       ReminderState.DEFERRED, "reminder.unwitnessed",
                       next_attempt_at=self.store.clock.now(),
                       last_error="no witness copy after the grace period: the server did not "
                                  "take it; the same bytes go again")
            return ReminderState.DEFERRED
        self._move(email.group_key, (ReminderState.SENDING,), ReminderState.UNKNOWN,
                   "alert.send_unknown",
                   last_error="no reply after the final '.' and no witness to settle it: check "
                              "with the client before sending again")
        return ReminderState.UNKNOWN

    def uncertain_due(self, now: dt.datetime) -> list[OutgoingEmail]:
        """Emails that got no reply after the final '.', whose grace period is over."""
        return [self._email(rows) for rows in
                self._groups((ReminderState.UNKNOWN,), due_by=now)]

    def mark_filed_many(self, filed: Sequence[tuple[OutgoingEmail, int | None]]) -> None:
        """The Sent copies are there (with their UIDs, when the server told them)."""
        with self.store.engine.begin() as conn:
            for email, uid in filed:
                self._move_rows(conn, email.group_key, (ReminderState.SENT,),
                                ReminderState.FILED, sent_folder_uid=uid)

