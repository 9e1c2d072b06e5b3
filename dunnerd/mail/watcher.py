"""The inbox watcher: hands every message that reaches a folder to the daemon exactly once, in
UID order, across disconnects, restarts and UIDVALIDITY changes; IDLE between fetches, left and
re-entered every few minutes (a dead IDLE looks like a quiet inbox).

It drives the blocking `ImapSession` from asyncio through a single-thread executor, so the event
loop never blocks and imapclient never sees two threads. Resync follows RFC 4549 (see
RELIABILITY.md, "Watching the inbox")."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from dunnerd.mail.imap import (
    CLOSE_SECONDS,
    FetchedMessage,
    ImapSession,
    MailboxCursor,
    MailboxError,
)

log = logging.getLogger(__name__)
T = TypeVar("T")


class InboxWatcher:
    """Hands every message that reaches `folder` to `on_messages` exactly once in UID order,
    across disconnects, restarts and UIDVALIDITY changes (then with reset=True).

    `on_messages` must record the messages and the cursor durably before it returns: the next
    fetch starts from the cursor `load_cursor` then reads, so a crash in between refetches and
    never skips. It is called whenever there are messages or the cursor changed. `on_state`
    hears "connected" and "disconnected" (with the reason) once per change.
    """

    def __init__(
        self,
        session_factory: Callable[[], ImapSession],
        folder: str,
        load_cursor: Callable[[], Awaitable[MailboxCursor | None]],
        on_messages: Callable[[MailboxCursor, list[FetchedMessage], bool], Awaitable[None]],
        *,
        idle_seconds: float = 240.0,  # RELIABILITY: re-enter IDLE every 5 min or less
        backoff_max: float = 60.0,
        on_state: Callable[[str, str | None], None] | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._folder = folder
        self._load_cursor = load_cursor
        self._on_messages = on_messages
        self._idle_seconds = idle_seconds
        self._backoff_max = backoff_max
        self._on_state = on_state
        self._state: str | None = None
        self._session: ImapSession | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._running = False
        self._requests: list[asyncio.Future[None]] = []  # catch_up() calls waiting for a sync
        self._poke = asyncio.Event()  # a catch_up() cuts a reconnection backoff short

    async def run(self, stop: asyncio.Event) -> None:
        """Watch until `stop` is set; reconnect with capped exponential backoff. Closes the
        connection on the way out. Errors from the callbacks propagate."""
        backoff = 1.0
        self._running = True
        try:
            while not stop.is_set():
                try:
                    await self._sync_for_requests()
                    backoff = 1.0
                    while not stop.is_set():
                        await self._idle(stop)
                        if not stop.is_set():
                            # Also a resync by timer when idle was quiet, and the answer to
                            # catch_up() when it woke the IDLE.
                            await self._sync_for_requests()
                except (MailboxError, OSError) as exc:
                    self._set_state("disconnected", str(exc))
                    log.warning("inbox watch interrupted, retrying in %g s: %s", backoff, exc)
                    await self.close()
                    with contextlib.suppress(TimeoutError):
                        async with asyncio.timeout(backoff):
                            await _first(stop.wait(), self._poke.wait())
                    backoff = min(backoff * 2, self._backoff_max)
        finally:
            self._running = False
            self._answer(self._take_requests(), MailboxError("the inbox watch stopped"))
            await self.close()

    async def catch_up(self) -> None:
        """Bring the folder up to date now, whatever the notifications said: returns once
        every message that was in the folder when it was called has been handed to
        `on_messages` (one round trip when nothing is new). While `run` watches, its own
        connection does it (the IDLE is woken); otherwise this is `sync_once`. Raises
        MailboxError when the server cannot be read (a running watch keeps retrying)."""
        if not self._running:
            await self.sync_once()
            return
        request = asyncio.get_running_loop().create_future()
        self._requests.append(request)
        self._poke.set()
        session = self._session
        if session is not None:
            session.wake()  # ends the IDLE, or the next one if none runs now
        await request

    async def sync_once(self) -> None:
        """Connect if needed and hand over everything new once. Raises MailboxError."""
        cursor = await self._load_cursor()
        try:
            session = await self._connected()
            new_cursor, messages, reset = await self._call(session.fetch_new, cursor, self._folder)
        except (MailboxError, OSError) as exc:
            self._set_state("disconnected", str(exc))
            await self.close()  # the next call reconnects
            raise
        if messages or reset or new_cursor != cursor:
            await self._on_messages(new_cursor, messages, reset)

    def abort(self) -> None:
        """Cut the connection under a call blocked on a dead flow. Thread-safe; for shutdown."""
        session = self._session
        if session is not None:
            session.abort()

    async def close(self) -> None:
        """Log out and stop the worker thread. Safe to call twice."""
        session, self._session = self._session, None
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if session is not None:
            session.interrupt()
            try:
                async with asyncio.timeout(CLOSE_SECONDS):
                    await asyncio.get_running_loop().run_in_executor(executor, session.close)
            except TimeoutError:
                # A call stuck on a dead flow: cut the socket so the worker ends now rather
                # than at the socket timeout (the process waits for it at exit).
                session.abort()
        executor.shutdown(wait=False)

    async def _connected(self) -> ImapSession:
        if self._session is not None:
            return self._session

        def open_session() -> ImapSession:
            session = self._session_factory()
            session.connect()
            return session

        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dunnerd-imap")
        self._session = await self._call(open_session)
        self._set_state("connected", None)
        return self._session

    async def _idle(self, stop: asyncio.Event) -> bool:
        session = await self._connected()
        idling = asyncio.ensure_future(self._call(session.idle, self._folder, self._idle_seconds))
        stopping = asyncio.ensure_future(stop.wait())
        try:
            await asyncio.wait({idling, stopping}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stopping.cancel()
            if not idling.done():
                session.interrupt()  # IDLE ends at once: a byte on its wake-up socket
        return await idling

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        assert self._executor is not None
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    async def _sync_for_requests(self) -> None:
        """sync_once, answering the catch_up() calls made before it began: a call made during
        it is answered by the next one (its SEARCH may have come too early)."""
        requests = self._take_requests()
        try:
            await self.sync_once()
        except BaseException as exc:
            self._answer(requests, exc if isinstance(exc, MailboxError)
                         else MailboxError(f"the inbox could not be read: {exc}"))
            raise
        self._answer(requests, None)

    def _take_requests(self) -> list[asyncio.Future[None]]:
        requests, self._requests = self._requests, []
        self._poke.clear()
        return requests

    @staticmethod
    def _answer(requests: list[asyncio.Future[None]], error: BaseException | None) -> None:
        for request in requests:
            if request.done():
                continue  # its caller gave up (a timeout)
            if error is None:
                request.set_result(None)
            else:
                request.set_exception(error)

    def _set_state(self, state: str, reason: str | None) -> None:
        if state == self._state:
            return
        self._state = state
        log.info("inbox %s%s", state, f": {reason}" if reason else "")
        if self._on_state is not None:
            self._on_state(state, reason)


async def _first(*waits: Awaitable[Any]) -> None:
    """Return when the first of `waits` does; cancel the others."""
    tasks = [asyncio.ensure_future(w) for w in waits]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in tasks:
            task.cancel()
