"""The daemon's pass: plan, look at the inbox, prepare, send, file the Sent copies, alert the
owner, and set the next wake-ups. A mixin of `Daemon` (service.py), which owns the lifecycle
and the connections this part uses.

Right before each sending pass the inbox is brought up to date (one round trip when nothing is
new), whatever IDLE said: a reply already in the mailbox always wins over a reminder. When the
inbox cannot be read, reminders wait (owner alerts still go) and the pass is tried again soon.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any
from zoneinfo import ZoneInfo

from dunnerd.clock import Clock
from dunnerd.config.schema import Config, MailAccount, Secret
from dunnerd.daemon import (
    alert_delivery,
    alerts,
    digest,
    handoff_step,
    notice_step,
    sdnotify,
    sending,
    witness,
)
from dunnerd.daemon.incidents import Incidents
from dunnerd.daemon.scheduler import WakeUpSchedule
from dunnerd.dunning.policy import PlannedReminder, plan_client
from dunnerd.ledger.store import Store
from dunnerd.mail.imap import ImapSession, MailboxError
from dunnerd.mail.outbox import Outbox
from dunnerd.mail.sentcopies import SentCopies
from dunnerd.mail.smtp import SmtpSender
from dunnerd.mail.watcher import InboxWatcher

log = logging.getLogger(__name__)
PASS_ROUNDS = 3
LOOK_SECONDS = 60.0  # the longest wait to read the inbox before sending (a dead flow: 30 s)
LOOK_AGAIN = dt.timedelta(minutes=1)  # reminders withheld because the inbox could not be read


class SendingPasses:
    """What a pass needs of the daemon, set by `Daemon.__init__` and `Daemon.run`."""

    config: Config
    clock: Clock
    store: Store
    outbox: Outbox
    sent_copies: SentCopies
    watcher: InboxWatcher
    schedule: WakeUpSchedule
    incidents: Incidents
    stop: asyncio.Event
    smtp: MailAccount
    smtp_password: Secret
    smtp_data_timeout: float
    imap: MailAccount
    imap_password: Secret
    _tick_lock: asyncio.Lock
    _open_invoices: int
    _rates_checked_on: dt.date | None
    _replan_queued: bool

    def status_line(self) -> str:
        """The short summary systemd shows: open invoices and the next reminder."""
        count = self._open_invoices
        wake = self.schedule.next_wake
        when = wake.astimezone(ZoneInfo(self.config.owner.timezone)).strftime("%Y-%m-%d %H:%M") \
            if wake else "none"
        line = f"{count} open invoices, next reminder {when}"
        return "; ".join([line, *self.incidents.problems.values()])

    def _mailbox(self) -> ImapSession:
        """A logged-in session for the hand-off dossier's look at Sent and the inbox (its own
        connection, on the worker thread that builds the dossier)."""
        session = ImapSession(self.imap, self.imap_password)
        session.connect()
        return session

    def _due_now(self) -> tuple[list[PlannedReminder], list[dt.datetime]]:
        now = self.clock.now()
        clients, invoices = self.store.policy_inputs(self.config.owner.timezone)
        by_client: dict[int, list[Any]] = {}
        for invoice in invoices:
            by_client.setdefault(invoice.client_id, []).append(invoice)
        self._open_invoices = len(invoices)
        due: list[PlannedReminder] = []
        later: list[dt.datetime] = []
        for client in clients:
            if client.client_id not in by_client:
                continue
            for planned in plan_client(client, by_client[client.client_id], self.config.policy,
                                       now):
                if planned.at <= now:
                    due.append(planned)
                else:
                    later.append(planned.at)
        return due, later

    async def tick(self) -> None:
        """Ask the database what is due, send it, and set the next wake-ups. Never raises: a
        failing pass is logged and the next wake-up or change tries again."""
        async with self._tick_lock:
            self._replan_queued = False
            if self.stop.is_set():
                return
            try:
                await self._pass()
            except Exception as exc:
                problem = database_problem(exc)
                if problem is None:
                    log.exception("planning and sending pass failed; retrying at the next "
                                  "wake-up")
                else:  # the owner's to fix (a full disk, a read-only file): one line, no trace
                    log.error("planning and sending pass failed, retrying in a minute: %s",
                              problem)
                self.incidents.failing("database", problem or
                                       f"{exc.__class__.__name__}: {exc}"[:300])
                self.schedule.rebuild([self.clock.now() + dt.timedelta(minutes=1)])

    async def _pass(self) -> None:
        # Plan, prepare, send; then plan again, because what was just sent moves each
        # invoice's next step (its wake-up is only known once this step is recorded).
        leftover: list[PlannedReminder] = []
        withheld = False
        for _ in range(PASS_ROUNDS):
            inbox_read = await self._look_at_inbox()
            due, later = await asyncio.to_thread(self._due_now)
            await self._settle_overdue()
            outgoing: sending.Outgoing = asyncio.Queue()
            if inbox_read:
                for email in await asyncio.to_thread(self.outbox.due, self.clock.now()):
                    outgoing.put_nowait(email)  # prepared earlier: retries, a crashed run's
            else:
                withheld, due = True, []
            # Preparing the next email overlaps with sending this one.
            producer = asyncio.create_task(sending.produce(self.outbox, due, outgoing))
            async with SmtpSender(self.smtp, self.smtp_password,
                                  data_timeout=self.smtp_data_timeout) as sender:
                try:
                    attempted = await sending.send_all(sender, outgoing, self.outbox,
                                                       self.sent_copies, self.incidents,
                                                       self.stop)
                finally:
                    prepared = await producer
                # The formal-notice steps just recorded get their letters (and, with
                # legal.email_notice, an email the next round sends).
                prepared += await asyncio.to_thread(
                    notice_step.make_pending_notices, self.store, self.config,
                    self.outbox.renderer)
                # The hand-off steps just recorded get their dossiers (and, with
                # [handoff] to, the email to the agency the next round sends).
                prepared += await asyncio.to_thread(
                    handoff_step.make_pending_dossiers, self.store, self.config,
                    self.outbox.renderer, self._mailbox)
                await self.sent_copies.file(await asyncio.to_thread(self.outbox.unfiled))
                await self._alert(sender)
            leftover = due if not prepared else []
            if not prepared and not attempted:
                break
        wakes = list(later)
        retry = await asyncio.to_thread(self.outbox.next_retry)
        if retry:
            wakes.append(retry)
        if leftover:  # due, but could not be prepared (logged): look again later
            wakes.append(self.clock.now() + dt.timedelta(minutes=15))
        if withheld:
            wakes.append(self.clock.now() + LOOK_AGAIN)
        digest_at = digest.next_digest_at(self.config, self.clock.now())
        if digest_at:
            wakes.append(digest_at)
        self.schedule.rebuild(wakes)
        sdnotify.notify_status(self.status_line())

    async def _look_at_inbox(self) -> bool:
        """Bring the inbox up to date before sending; False when it cannot be read now."""
        try:
            async with asyncio.timeout(LOOK_SECONDS):
                await self.watcher.catch_up()
        except (MailboxError, TimeoutError) as exc:
            log.warning("reminders wait: the inbox could not be read before sending (%s)",
                        exc or f"no answer within {LOOK_SECONDS:g} s")
            return False
        return True

    async def _settle_overdue(self) -> None:
        overdue = await asyncio.to_thread(self.outbox.uncertain_due, self.clock.now())
        if overdue:
            try:
                await witness.settle(self.outbox, self.sent_copies, overdue, wait=0)
            except MailboxError as exc:
                log.warning("cannot look for witness copies now: %s", exc)

    async def _alert(self, sender: SmtpSender) -> None:
        """Owner alerts: new events become alerts, the digest when due, then send them."""
        now = self.clock.now()
        await asyncio.to_thread(alerts.collect_alerts, self.store, self.config)
        await asyncio.to_thread(digest.queue_digest, self.store, self.config, now)
        today = now.astimezone(ZoneInfo(self.config.owner.timezone)).date()
        if self._rates_checked_on != today:
            await asyncio.to_thread(notice_step.alert_missing_rates, self.store, self.config,
                                    now)
            await asyncio.to_thread(handoff_step.alert_court_deadlines, self.store,
                                    self.config, now)
            self._rates_checked_on = today
        await alert_delivery.deliver_alerts(self.store, self.config, sender, now)


def database_problem(exc: BaseException) -> str | None:
    """One line for a database that cannot be used as it is (read-only, full, unreachable,
    locked), which the owner fixes and dunnerd then gets over by itself; None for anything
    else, a bug to show with its traceback."""
    from sqlalchemy.exc import OperationalError

    if not isinstance(exc, OperationalError):
        return None
    cause = " ".join(str(getattr(exc, "orig", None) or exc).split())
    return f"the database cannot be used: {cause[:300]}"
