"""The daemon: `dunnerd run`.

Phases, in this order, because it is what stops a reminder to a client who paid or replied while
dunnerd was down:

1. open and migrate the database, take the state-directory lock;
2. settle the outbox: every email left `sending` or `unknown` is settled by its witness copy,
   or reported to the owner after the grace period — never re-sent blindly;
3. finish the inbox resync (replies that came while stopped pause their invoices);
4. only then plan and send; then watch the inbox, and re-plan on every wake-up and every
   change in the database (the CLI writes an Event with each change: polled every second).

SIGTERM sets the stop event: the message in flight is finished, nothing new is started.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import AsyncExitStack
from typing import Any, TypeVar

from dunnerd import failpoints
from dunnerd.clock import Clock
from dunnerd.config import Config, MailAccount, Secret, load_secret
from dunnerd.headers import interpreter_folds_safely
from dunnerd.inbound import InboxProcessor
from dunnerd.lock import StateLock
from dunnerd.mailbox import (
    FetchedMessage,
    ImapSession,
    InboxWatcher,
    MailboxCursor,
    MailboxError,
)
from dunnerd.mailer import SmtpSender, compose_path_is_safe
from dunnerd.models import ReminderState
from dunnerd.outbox import Outbox, OutgoingEmail, witness_address
from dunnerd.policy import PlannedReminder, plan_client
from dunnerd.render import Renderer
from dunnerd.scheduler import WakeUpSchedule
from dunnerd.store import Store

log = logging.getLogger(__name__)
T = TypeVar("T")
DRAIN_SECONDS = 45.0  # under systemd's TimeoutStopSec (60 s in systemd/dunnerd.service)


class ServiceError(Exception):
    """A reason the daemon cannot start, worded for the owner."""


class Daemon:
    def __init__(self, config: Config, clock: Clock, *, witness_grace: float = 60.0,
                 change_poll: float = 1.0, smtp_data_timeout: float = 600.0) -> None:
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
        self._imap_thread = ThreadPoolExecutor(1, thread_name_prefix="dunnerd-sent")
        self._sent_session: ImapSession | None = None
        self._sent_folder: str | None = None
        self.stop = asyncio.Event()

    # --- lifecycle ------------------------------------------------------------------------

    async def run(self) -> None:
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
            self.inbox = InboxProcessor(self.store)
            stack.callback(self._imap_thread.shutdown, wait=True)
            stack.callback(self._close_sent_session)
            watcher = InboxWatcher(
                lambda: ImapSession(self.imap, self.imap_password), self.imap.inbox_folder,
                lambda: self.inbox.load_cursor(self.imap.inbox_folder), self._on_messages,
                on_state=self._on_inbox_state)
            stack.push_async_callback(watcher.close)

            await self._settle_in_flight()
            await watcher.sync_once()
            schedule = WakeUpSchedule(self.tick)
            self.schedule = schedule
            schedule.start()
            stack.callback(schedule.shutdown)
            await self.tick()
            log.info("dunnerd started state_dir=%s", self.config.state_dir)
            tasks = [asyncio.create_task(watcher.run(self.stop), name="inbox"),
                     asyncio.create_task(self._watch_changes(), name="changes")]
            try:
                await self.stop.wait()
            finally:
                # Drain: both tasks return on the stop event, and a pass in progress stops
                # after the message in flight. Cancel only what overstays.
                _, overstaying = await asyncio.wait(tasks, timeout=DRAIN_SECONDS)
                for task in overstaying:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
                async with self._tick_lock:
                    pass
            log.info("dunnerd stopped")

    def _secret(self, account: MailAccount) -> Secret:
        return load_secret(account.password)

    async def _thread(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._imap_thread, fn, *args)

    # --- start-up: settle what was in flight ----------------------------------------------

    async def _settle_in_flight(self) -> None:
        """At start, before anything is sent: every email that may have reached the server
        is settled by its witness copy, waiting up to the grace period for it."""
        uncertain = await asyncio.to_thread(self.outbox.in_flight)
        if uncertain:
            log.info("settling in-flight emails count=%d", len(uncertain))
            await self._settle(uncertain, wait=self.witness_grace)

    async def _settle(self, uncertain: list[OutgoingEmail], wait: float) -> None:
        deadline = asyncio.get_running_loop().time() + wait
        while True:
            still = []
            for email in uncertain:
                if await self._witnessed(email):
                    await asyncio.to_thread(self.outbox.settle_witnessed, email.message_id)
                    log.info("witness found message_id=%s", email.message_id)
                else:
                    still.append(email)
            uncertain = still
            if not uncertain or asyncio.get_running_loop().time() >= deadline:
                break
            await asyncio.sleep(0.5)
        for email in uncertain:
            state = await asyncio.to_thread(self.outbox.settle_unwitnessed, email)
            log.warning("no witness message_id=%s invoices=%s: %s", email.message_id,
                        ",".join(email.invoice_numbers),
                        "sending the same bytes again" if state is ReminderState.DEFERRED
                        else "reported to the owner, not re-sent")

    async def _witnessed(self, email: OutgoingEmail) -> bool:
        try:
            session = await self._sent()
            uids = await self._thread(session.find_by_message_id, self.imap.inbox_folder,
                                      email.message_id)
            return bool(uids)
        except MailboxError as exc:
            log.warning("witness search failed: %s", exc)
            self._drop_sent_session()
            return False

    # --- inbox ----------------------------------------------------------------------------

    async def _on_messages(self, cursor: MailboxCursor, messages: list[FetchedMessage],
                           reset: bool) -> None:
        try:
            verdicts = await asyncio.to_thread(self.inbox.handle, cursor, messages, reset)
        except Exception as exc:
            # The database failed us: the watcher backs off and fetches again from the cursor
            # that was committed, so nothing is skipped.
            log.exception("recording inbox messages failed")
            raise OSError(f"recording inbox messages failed: {exc}") from exc
        if any(v.kind == "human_reply" for v in verdicts):
            await self.tick()  # re-plan now: the paused invoice's wake-up goes away

    def _on_inbox_state(self, state: str, reason: str | None) -> None:
        if state == "connected":
            log.info("inbox connected")
        else:
            log.warning("inbox %s: %s", state, reason)

    # --- planning and sending -------------------------------------------------------------

    async def _watch_changes(self) -> None:
        seen = await asyncio.to_thread(self.store.last_event_id)
        while not self.stop.is_set():
            try:
                await asyncio.wait_for(self.stop.wait(), self.change_poll)
                return
            except TimeoutError:
                pass
            try:
                latest = await asyncio.to_thread(self.store.last_event_id)
                if latest != seen:
                    await self.tick()
                    seen = await asyncio.to_thread(self.store.last_event_id)
            except Exception:
                log.exception("watching the database for changes failed; trying again")

    def _due_now(self) -> tuple[list[PlannedReminder], list[dt.datetime]]:
        now = self.clock.now()
        clients, invoices = self.store.policy_inputs(self.config.owner.timezone)
        by_client: dict[int, list[Any]] = {}
        for invoice in invoices:
            by_client.setdefault(invoice.client_id, []).append(invoice)
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
            if self.stop.is_set():
                return
            try:
                await self._pass()
            except Exception:
                log.exception("planning and sending pass failed; retrying at the next wake-up")
                self.schedule.rebuild([self.clock.now() + dt.timedelta(minutes=1)])

    async def _pass(self) -> None:
        due, later = await asyncio.to_thread(self._due_now)
        for planned in due:
            try:
                await asyncio.to_thread(self.outbox.prepare, planned)
            except Exception:
                # One bad row (a missing PDF, a broken template) must not hold up the others.
                log.exception("cannot prepare reminder client_id=%d step=%s invoices=%s",
                              planned.client_id, planned.step.name,
                              ",".join(i.invoice.number for i in planned.items))
            failpoints.hit("after_prepare")
        now = self.clock.now()
        overdue = await asyncio.to_thread(self.outbox.uncertain_due, now)
        if overdue:
            await self._settle(overdue, wait=0)
        emails = await asyncio.to_thread(self.outbox.due, now)
        if emails:
            await self._send(emails)
        for email in await asyncio.to_thread(self.outbox.unfiled):
            await self._file(email)
        retry = await asyncio.to_thread(self.outbox.next_retry)
        self.schedule.rebuild(later + ([retry] if retry else []))

    async def _send(self, emails: list[OutgoingEmail]) -> None:
        async with SmtpSender(self.smtp, self.smtp_password,
                              data_timeout=self.smtp_data_timeout) as sender:
            for email in emails:
                if self.stop.is_set():
                    return

                async def committing(email: OutgoingEmail = email) -> None:
                    await asyncio.to_thread(self.outbox.mark_sending, email)
                    failpoints.hit("after_mark_sending")

                result = await sender.send(email.envelope, email.raw, committing)
                failpoints.hit("after_data")
                state = await asyncio.to_thread(self.outbox.record_result, email, result)
                failpoints.hit("after_record_sent")
                log.info("reminder %s message_id=%s invoices=%s", state.value, email.message_id,
                         ",".join(email.invoice_numbers))
                if state is ReminderState.SENT:
                    await self._file(email)

    async def _sent(self) -> ImapSession:
        if self._sent_session is None:
            session = ImapSession(self.imap, self.imap_password)
            await self._thread(session.connect)
            self._sent_session = session
        return self._sent_session

    def _drop_sent_session(self) -> None:
        session, self._sent_session = self._sent_session, None
        if session is not None:
            self._imap_thread.submit(session.close)

    def _close_sent_session(self) -> None:
        if self._sent_session is not None:
            self._imap_thread.submit(self._sent_session.close).result(timeout=15)
            self._sent_session = None

    async def _file(self, email: OutgoingEmail) -> None:
        """Put the identical bytes in the Sent folder, unless a copy is there already (some
        providers save submissions by themselves: never a second copy)."""
        try:
            session = await self._sent()
            if self._sent_folder is None:
                self._sent_folder = await self._thread(session.find_sent_folder)
            folder = self._sent_folder
            found = await self._thread(session.find_by_message_id, folder, email.message_id)
            uid = found[0] if found else await self._thread(
                lambda: session.append(folder, email.raw, seen=True))
        except MailboxError as exc:
            log.warning("Sent copy deferred message_id=%s: %s", email.message_id, exc)
            self._drop_sent_session()
            return
        failpoints.hit("after_append")
        await asyncio.to_thread(self.outbox.mark_filed, email, uid)
