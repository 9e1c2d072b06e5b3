"""The daemon: `dunnerd run`.

Phases, in this order, because it is what stops a reminder to a client who paid or replied while
dunnerd was down:

1. open and migrate the database, take the state-directory lock;
2. settle the outbox: every email left `sending` or `unknown` is settled by its witness copy,
   or reported to the owner after the grace period — never re-sent blindly;
3. finish the inbox resync (replies that came while stopped pause their invoices);
4. tell systemd READY, and only then plan and send; then watch the inbox, and re-plan on every
   wake-up and every change in the database (the CLI writes an Event with each change and
   sends a datagram to the daemon's socket in the state directory: see changes.py).

Right before each sending pass the inbox is brought up to date (one round trip when nothing is
new), whatever IDLE said: a reply already in the mailbox always wins over a reminder. When the
inbox cannot be read, reminders wait (owner alerts still go) and the pass is tried again soon.

At rest nothing polls: the event loop sleeps until a wake-up is due, the IMAP thread sleeps in
IDLE (renewed every few minutes), and the change socket is watched by the loop itself.

SIGTERM sets the stop event: the message in flight is finished, nothing new is started.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import sys
from collections.abc import Sequence
from contextlib import AsyncExitStack
from typing import Any
from zoneinfo import ZoneInfo

from dunnerd.clock import Clock
from dunnerd.config.errors import ConfigError
from dunnerd.config.load import load_config
from dunnerd.config.schema import Config, MailAccount, Secret
from dunnerd.config.secrets import load_secret
from dunnerd.daemon import (
    alert_delivery,
    alerts,
    changes,
    digest,
    handoff_step,
    notice_step,
    sdnotify,
    sending,
    witness,
)
from dunnerd.daemon.incidents import Incidents
from dunnerd.daemon.lock import StateLock
from dunnerd.daemon.pg_listen import PgChangeListener
from dunnerd.daemon.scheduler import WakeUpSchedule
from dunnerd.daemon.sent_watch import SentWatch
from dunnerd.dunning.policy import PlannedReminder, plan_client
from dunnerd.dunning.render import PenaltyMention, Renderer
from dunnerd.headers import interpreter_folds_safely
from dunnerd.inbox.processor import InboxProcessor
from dunnerd.intake.sent import SentIntake
from dunnerd.ledger.models import Client, Invoice
from dunnerd.ledger.store import Store
from dunnerd.legal.mention import penalty_mention
from dunnerd.mail.compose import compose_path_is_safe
from dunnerd.mail.imap import FetchedMessage, ImapSession, MailboxCursor, MailboxError
from dunnerd.mail.outbox import Outbox
from dunnerd.mail.sentcopies import SentCopies
from dunnerd.mail.smtp import SmtpSender
from dunnerd.mail.watcher import InboxWatcher
from dunnerd.mail.witness import witness_address

log = logging.getLogger(__name__)
START_BACKOFF_MAX = 300.0
PASS_ROUNDS = 3
GIL_SWITCH_SECONDS = 0.0001  # 0.5 ms and 0.05 ms measured slower (bench/mail_bench.py)
RECORDING_FAILED = "recording inbox messages failed"
DRAIN_SECONDS = 45.0
QUIET_STOP_SECONDS = 2.0  # under systemd's TimeoutStopSec (60 s in systemd/dunnerd.service)
LOOK_SECONDS = 60.0  # the longest wait to read the inbox before sending (a dead flow: 30 s)
LOOK_AGAIN = dt.timedelta(minutes=1)  # reminders withheld because the inbox could not be read


class ServiceError(Exception):
    """A reason the daemon cannot start, worded for the owner."""


class Daemon:
    def __init__(self, config: Config, clock: Clock, *, witness_grace: float = 60.0,
                 change_poll: float = changes.SAFETY_NET_SECONDS,
                 smtp_data_timeout: float = 600.0) -> None:
        if config.smtp is None or config.imap is None:
            raise ServiceError("dunnerd run needs an [smtp] and an [imap] section in the config")
        self.config = config
        self.clock = clock
        self.smtp: MailAccount = config.smtp
        self.imap: MailAccount = config.imap
        self.witness_grace = witness_grace
        self.change_poll = change_poll
        self.smtp_data_timeout = smtp_data_timeout
        self._tick_lock = asyncio.Lock()
        self.stop = asyncio.Event()
        self._open_invoices = 0
        self._rates_checked_on: dt.date | None = None  # the missing-rate alerts, once a day
        self._replan_queued = False
        self._background: set[asyncio.Task[None]] = set()
        self.incidents = Incidents(
            clock, lambda: self.config.daemon.incident_after_seconds,
            lambda key, subject, body: alerts.raise_incident(self.store, key, subject, body),
            lambda: sdnotify.notify_status(self.status_line()))

    # --- lifecycle ------------------------------------------------------------------------

    async def run(self) -> None:
        # Preparing reminders in worker threads is CPU work; the event loop's SMTP and IMAP
        # round trips must not wait the default 5 ms for the GIL at each of them.
        sys.setswitchinterval(GIL_SWITCH_SECONDS)
        if not compose_path_is_safe(self.config.owner):
            raise ServiceError("this Python lets client text add mail headers (CVE-2024-6923) "
                               "even through dunnerd's cleaning: upgrade Python")
        if not interpreter_folds_safely():
            log.warning("this Python has the encoded-newline header bug (CVE-2024-6923); "
                        "dunnerd's own header cleaning keeps client text out of headers")
        async with AsyncExitStack() as stack:
            stack.enter_context(StateLock(self.config.state_dir))
            self.store = Store(self.config.database_url, self.clock)
            stack.callback(self.store.close)
            self.smtp_password = self._secret(self.smtp)
            self.imap_password = self._secret(self.imap)
            self.outbox = Outbox(self.store, self.config, Renderer(self.config.templates_dir),
                                 witness_address(self.config.owner.email),
                                 dt.timedelta(seconds=self.witness_grace))
            self.outbox.penalties = self._penalty_mention
            self.inbox = InboxProcessor(self.store, self.config)
            self.sent_copies = SentCopies(self.imap, self.imap_password, self.outbox)
            stack.callback(self.sent_copies.close)
            watcher = InboxWatcher(
                lambda: ImapSession(self.imap, self.imap_password), self.imap.inbox_folder,
                lambda: self.inbox.load_cursor(self.imap.inbox_folder), self._on_messages,
                on_state=self._on_inbox_state)
            self.watcher = watcher
            stack.push_async_callback(watcher.close)
            listener = changes.ChangeListener(self.config.state_dir)
            listener.open()
            stack.callback(listener.close)
            hint = PgChangeListener(self.store, listener.poke) if self.store.is_postgresql \
                else None
            if hint is not None:
                stack.callback(hint.close)

            schedule = WakeUpSchedule(self.tick)
            self.schedule = schedule
            await self._start_up(watcher)
            if self.stop.is_set():
                return
            schedule.start()
            stack.callback(schedule.shutdown)
            tasks = []
            interval = sdnotify.watchdog_interval()
            if interval is not None:
                tasks.append(asyncio.create_task(
                    sdnotify.watchdog_heartbeat(self.stop, interval), name="watchdog"))
            # Started: what is due now is ordinary work. Thousands of reminders due at the
            # first start, or a server that does not answer, must not look to systemd like
            # a start that hangs (TimeoutStartSec), so READY comes before the first pass.
            sdnotify.notify_ready(status="started; sending what is due")
            # A change made from now on (a CLI command while the first pass runs) is seen.
            seen = await asyncio.to_thread(self.store.last_event_id)
            try:
                await self.tick()
            except BaseException:
                for task in tasks:
                    task.cancel()
                raise
            log.info("dunnerd started state_dir=%s", self.config.state_dir)
            tasks += [asyncio.create_task(watcher.run(self.stop), name="inbox"),
                      asyncio.create_task(self._watch_changes(seen, listener, hint),
                                          name="changes")]
            sent_watch = self._sent_watch()
            if sent_watch is not None:
                tasks.append(asyncio.create_task(sent_watch.run(self.stop), name="sent"))
            try:
                await self.stop.wait()
            finally:
                sdnotify.notify_stopping()
                # Drain: the tasks return on the stop event, and a pass in progress stops
                # after the message in flight. Cancel only what overstays.
                _, pending = await asyncio.wait(tasks, timeout=QUIET_STOP_SECONDS)
                if pending:
                    # Something is blocked: an IMAP call on a dead flow would hold us for its
                    # whole socket timeout, so cut the inbox connection; a send in flight
                    # gets the rest of the drain time.
                    watcher.abort()
                    if sent_watch is not None:
                        sent_watch.abort()
                _, overstaying = await asyncio.wait(tasks, timeout=DRAIN_SECONDS)
                for task in overstaying:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
                await asyncio.gather(*self._background, return_exceptions=True)
                async with self._tick_lock:
                    pass
            log.info("dunnerd stopped")

    async def _start_up(self, watcher: InboxWatcher) -> None:
        """Settle the outbox, then finish the inbox resync; until both are done nothing is
        sent. A server that is down is waited for (capped backoff), never skipped: a reply
        that came while dunnerd was stopped must pause its invoice before any reminder."""
        delay = 1.0
        while not self.stop.is_set():
            try:
                await self._settle_in_flight()
                await watcher.sync_once()
                self.incidents.recovered("imap")
                return
            except MailboxError as exc:
                log.warning("start-up waits for the inbox: %s (next try in %.0f s)", exc, delay)
                self.incidents.failing("imap", str(exc))
                # Each try proves we are alive: extend systemd's start timeout past the wait.
                sdnotify.notify(STATUS=f"waiting for the inbox: {exc}",
                                EXTEND_TIMEOUT_USEC=int((delay + 60) * 1_000_000))
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.stop.wait(), delay)
                delay = min(delay * 2, START_BACKOFF_MAX)

    def _sent_watch(self) -> SentWatch | None:
        """The invoices the owner emails ([intake] watch_sent), read after READY."""
        if not self.config.intake.watch_sent:
            return None
        return SentWatch(self.imap, self.imap_password, SentIntake(self.store, self.config),
                         self.tick)

    def request_reload(self) -> None:
        """SIGHUP: re-read the config and templates. A bad file is refused, the old config
        keeps running; the IMAP watch and the schedule are not dropped."""
        asyncio.get_running_loop().create_task(self._reload(), name="reload")

    async def _reload(self) -> None:
        sdnotify.notify_reloading()
        source = self.config.source
        try:
            if source is None:
                raise ConfigError("the config was not loaded from a file")
            config = await asyncio.to_thread(load_config, source)
            renderer = Renderer(config.templates_dir)
            self._check_reloadable(config)
        except ConfigError as exc:
            for problem in exc.problems:
                log.error("reload refused, the running config stays: %s", problem)
        else:
            async with self._tick_lock:
                self.config = config
                self.outbox.config = config
                self.outbox.renderer = renderer
                assert config.smtp is not None
                self.smtp = config.smtp
                self.smtp_password = self._secret(self.smtp)
            log.info("config and templates reloaded from %s", source)
            await self.tick()
        sdnotify.notify_ready(status=self.status_line())

    def _check_reloadable(self, config: Config) -> None:
        """What a reload cannot change under a running daemon: those need a restart."""
        fixed = {"state_dir": (config.state_dir, self.config.state_dir),
                 "database.url": (config.database_url, self.config.database_url),
                 "imap": (config.imap, self.config.imap),
                 "intake.watch_sent": (config.intake.watch_sent,
                                       self.config.intake.watch_sent)}
        changed = [name for name, (new, old) in fixed.items() if new != old]
        if config.smtp is None:
            changed.append("smtp (removed)")
        if changed:
            raise ConfigError([f"{name}: changed; restart dunnerd to apply it"
                               for name in changed])

    def status_line(self) -> str:
        """The short summary systemd shows: open invoices and the next reminder."""
        count = self._open_invoices
        wake = self.schedule.next_wake
        when = wake.astimezone(ZoneInfo(self.config.owner.timezone)).strftime("%Y-%m-%d %H:%M") \
            if wake else "none"
        line = f"{count} open invoices, next reminder {when}"
        return "; ".join([line, *self.incidents.problems.values()])

    def _penalty_mention(self, client: Client, invoices: Sequence[Invoice], step: str,
                         today: dt.date) -> PenaltyMention | None:
        return penalty_mention(self.store, self.config, client, invoices, step, today)

    def _mailbox(self) -> ImapSession:
        """A logged-in session for the hand-off dossier's look at Sent and the inbox (its own
        connection, on the worker thread that builds the dossier)."""
        session = ImapSession(self.imap, self.imap_password)
        session.connect()
        return session

    def _secret(self, account: MailAccount) -> Secret:
        return load_secret(account.password)

    # --- start-up: settle what was in flight ----------------------------------------------

    async def _settle_in_flight(self) -> None:
        """At start, before anything is sent: every email that may have reached the server
        is settled by its witness copy, waiting up to the grace period for it."""
        uncertain = await asyncio.to_thread(self.outbox.in_flight)
        if uncertain:
            log.info("settling in-flight emails count=%d", len(uncertain))
            await witness.settle(self.outbox, self.sent_copies, uncertain, self.witness_grace)

    # --- inbox ----------------------------------------------------------------------------

    async def _on_messages(self, cursor: MailboxCursor, messages: list[FetchedMessage],
                           reset: bool) -> None:
        try:
            verdicts = await asyncio.to_thread(self.inbox.handle, cursor, messages, reset)
        except Exception as exc:
            # The database failed us: the watcher backs off and fetches again from the cursor
            # that was committed, so nothing is skipped.
            problem = database_problem(exc)
            if problem is None:
                log.exception("recording inbox messages failed")
            raise OSError(f"{RECORDING_FAILED}: {problem or exc}") from exc
        self.incidents.recovered("database")
        if verdicts:
            # A paused invoice's wake-up goes away; the owner's alerts go out.
            self._replan_soon()

    def _replan_soon(self) -> None:
        """A pass as soon as the one running (if any) is over. Not awaited here: a pass looks
        at the inbox first, through the watcher that is calling us."""
        if self._replan_queued:
            return
        self._replan_queued = True
        task = asyncio.create_task(self.tick(), name="replan")
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    def _on_inbox_state(self, state: str, reason: str | None) -> None:
        if state == "connected":
            log.info("inbox connected")
            self.incidents.recovered("imap")
        elif reason and RECORDING_FAILED in reason:
            self.incidents.failing("database", reason)  # the watcher retries; the server is fine
        else:
            self.incidents.failing("imap", reason or state)

    # --- planning and sending -------------------------------------------------------------

    async def _watch_changes(self, seen: int, listener: changes.ChangeListener,
                             hint: PgChangeListener | None) -> None:
        """Plan again whenever the database has an event newer than `seen`: looked at when the
        CLI says it changed something (its datagram, or its NOTIFY on PostgreSQL), and every
        `change_poll` seconds in case it could not."""
        stopping = asyncio.ensure_future(self.stop.wait())
        try:
            while not self.stop.is_set():
                if hint is not None:
                    await hint.ensure_open()  # again after a lost connection
                changed = asyncio.ensure_future(listener.wait())
                await asyncio.wait({stopping, changed}, timeout=self.change_poll,
                                   return_when=asyncio.FIRST_COMPLETED)
                changed.cancel()
                if self.stop.is_set():
                    return
                try:
                    latest = await asyncio.to_thread(self.store.last_event_id)
                    if latest != seen:
                        await self.tick()
                        seen = await asyncio.to_thread(self.store.last_event_id)
                except Exception:
                    log.exception("watching the database for changes failed; trying again")
        finally:
            stopping.cancel()

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
