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

Each pass (plan, look at the inbox, send, file, alert) is in passes.py.

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
from typing import TYPE_CHECKING

from dunnerd.clock import Clock
from dunnerd.config.errors import ConfigError
from dunnerd.config.load import load_config
from dunnerd.config.schema import Config, MailAccount, Secret
from dunnerd.config.secrets import load_secret
from dunnerd.daemon import (
    alerts,
    changes,
    sdnotify,
    witness,
)
from dunnerd.daemon.incidents import Incidents
from dunnerd.daemon.lock import StateLock
from dunnerd.daemon.passes import SendingPasses, database_problem
from dunnerd.daemon.pg_listen import PgChangeListener
from dunnerd.daemon.scheduler import WakeUpSchedule
from dunnerd.dunning.render import PenaltyMention, Renderer
from dunnerd.headers import interpreter_folds_safely
from dunnerd.inbox.processor import InboxProcessor
from dunnerd.ledger.models import Client, Invoice
from dunnerd.ledger.store import Store
from dunnerd.legal.mention import penalty_mention
from dunnerd.mail.compose import compose_path_is_safe
from dunnerd.mail.imap import FetchedMessage, ImapSession, MailboxCursor, MailboxError
from dunnerd.mail.outbox import Outbox
from dunnerd.mail.sentcopies import SentCopies
from dunnerd.mail.watcher import InboxWatcher
from dunnerd.mail.witness import witness_address

if TYPE_CHECKING:
    from dunnerd.daemon.sent_watch import SentWatch

log = logging.getLogger(__name__)
START_BACKOFF_MAX = 300.0
GIL_SWITCH_SECONDS = 0.0001  # 0.5 ms and 0.05 ms measured slower (bench/mail_bench.py)
RECORDING_FAILED = "recording inbox messages failed"
DRAIN_SECONDS = 45.0
QUIET_STOP_SECONDS = 2.0  # under systemd's TimeoutStopSec (60 s in systemd/dunnerd.service)


class ServiceError(Exception):
    """A reason the daemon cannot start, worded for the owner."""


class Daemon(SendingPasses):
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
        # Here, not at the top: the e-invoice reader loads lxml (about 5 MB), for owners who
        # asked for it.
        from dunnerd.daemon.sent_watch import SentWatch
        from dunnerd.intake.sent import SentIntake

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

    def _penalty_mention(self, client: Client, invoices: Sequence[Invoice], step: str,
                         today: dt.date) -> PenaltyMention | None:
        return penalty_mention(self.store, self.config, client, invoices, step, today)

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

    # --- change hints ----------------------------------------------------------------

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
