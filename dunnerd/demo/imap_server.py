"""A small in-memory IMAP server for `dunnerd demo`: implicit TLS, its own thread and loop.

It speaks enough of IMAP4rev1 (RFC 3501) with IDLE, UIDPLUS, SPECIAL-USE, LITERAL+ and UNSELECT
for imapclient and dunnerd's mailbox adapter: CAPABILITY, LOGIN, LOGOUT, NOOP, CHECK, LIST, LSUB,
STATUS, CREATE, SELECT, EXAMINE, [UID] SEARCH, [UID] FETCH, [UID] STORE, APPEND, IDLE, CLOSE and
UNSELECT. Left out on purpose: EXPUNGE (messages are never removed, so sequence numbers never
shift and no session has to be told), AUTHENTICATE, MIME part sections, ENVELOPE and
BODYSTRUCTURE, date search keys. The real test suite runs against Dovecot.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
import threading

from dunnerd.demo.imap_session import Session
from dunnerd.demo.mailstore import MailStore

log = logging.getLogger(__name__)


class ImapServer:
    """Serves `store` over implicit TLS on `host` and a free port, from its own thread.

    `start()` returns once the socket listens; `stop()` closes the listener and every
    connection and joins the thread. Both block briefly, so call them from setup code."""

    def __init__(self, store: MailStore, context: ssl.SSLContext, host: str) -> None:
        self.port = 0
        self._store, self._context, self._host = store, context, host
        self._thread = threading.Thread(target=self._run, name="dunnerd-demo-imap", daemon=True)
        self._ready = threading.Event()
        self._failure: BaseException | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._sessions: set[Session] = set()
        self._tasks: set[asyncio.Task[None]] = set()

    def start(self, timeout: float = 10.0) -> int:
        self._thread.start()
        if not self._ready.wait(timeout):
            raise TimeoutError(f"the demo IMAP server did not start within {timeout:g} s")
        if self._failure is not None:
            self._thread.join()
            raise self._failure
        return self.port

    def stop(self) -> None:
        if self._loop is not None and self._stopping is not None:
            with contextlib.suppress(RuntimeError):  # the loop is already gone
                self._loop.call_soon_threadsafe(self._stopping.set)
        self._thread.join()

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # reported to start(), or logged if it comes later
            if self._ready.is_set():
                log.exception("the demo IMAP server crashed")
            self._failure = exc
            self._ready.set()

    async def _serve(self) -> None:
        self._loop, self._stopping = asyncio.get_running_loop(), asyncio.Event()
        server = await asyncio.start_server(self._connected, self._host, 0, ssl=self._context,
                                            ssl_handshake_timeout=10)
        self.port = server.sockets[0].getsockname()[1]
        self._store.add_listener(self._on_change)
        self._ready.set()
        try:
            await self._stopping.wait()
        finally:
            self._store.remove_listener(self._on_change)
            server.close()
            for session in self._sessions:
                session.say_goodbye()
            for task in self._tasks:
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            await server.wait_closed()

    def _on_change(self, user: str, folder: str) -> None:
        # Called from whichever thread changed the store; sessions live on our loop.
        if self._loop is not None:
            with contextlib.suppress(RuntimeError):  # stopping: nobody is left to tell
                self._loop.call_soon_threadsafe(self._wake, user, folder)

    def _wake(self, user: str, folder: str) -> None:
        for session in self._sessions:
            if session.user == user and session.folder == folder:
                session.changed.set()

    async def _connected(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        session = Session(self._store, reader, writer)
        self._tasks.add(task)
        self._sessions.add(session)
        try:
            await session.run()
        except (OSError, EOFError, ValueError) as exc:  # dropped, TLS error, line too long
            log.debug("demo IMAP connection ended: %s", exc)
        except Exception:
            log.exception("demo IMAP session crashed user=%s", session.user)
        finally:
            self._sessions.discard(session)
            self._tasks.discard(task)
            writer.close()
            try:  # a client that does not answer TLS close_notify is cut off
                await asyncio.wait_for(writer.wait_closed(), 0.25)
            except (OSError, TimeoutError):
                writer.transport.abort()




# -- parsing (pure) -----------------------------------------------------------------------
