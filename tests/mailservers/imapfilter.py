"""An IMAP proxy on loopback that ends TLS on both sides and drops the server's new-mail
announcements: with it, a client never hears an untagged `* N EXISTS` or `* N RECENT`, in IDLE
or with the answer to any command. What a client then sees of new mail is only what it asks
for (a SEARCH, a FETCH), which is what a test of "never rely on a notification" needs.

    with ImapFilterProxy(dovecot) as proxy:
        ...point the client at 127.0.0.1:proxy.port (it trusts dovecot.ca_cert_path)...
        proxy.dropped          # the lines dropped so far, oldest first
        proxy.hold()           # the client's bytes wait in the proxy (its commands are not
        proxy.release()        # answered); release() lets them go, in order

The client's side gets a certificate from the tests' private CA (the one Dovecot's is from),
so a client configured with that `ca_file` connects through the proxy unchanged; the proxy
checks Dovecot's certificate the same way. The filter (`UntaggedFilter`) reads the server's
stream as IMAP: a line that announces a literal (`{n}` at its end) is followed by n bytes of
data that are forwarded as they are, so a message body that holds "* 1 EXISTS" on a line of its
own is never taken for a response.

One asyncio loop in a thread runs every connection; `stop()` (or leaving the `with`) closes
each socket and the loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import ssl
import threading
from collections.abc import Callable, Coroutine
from types import TracebackType
from typing import Any, TypeVar

from .dovecot import HOST, DovecotServer

T = TypeVar("T")
_CHUNK = 65536
_COMMAND_TIMEOUT = 10.0
_CLOSE_TIMEOUT = 2.0
_DROPPED = re.compile(rb"\* \d+ (EXISTS|RECENT)\r\n", re.IGNORECASE)
_LITERAL = re.compile(rb"~?\{(\d+)\+?\}\r\n$")  # {n}, {n+} and literal8 ~{n} (RFC 3516)


class UntaggedFilter:
    """The server-to-client byte stream of one IMAP connection, less the untagged EXISTS and
    RECENT responses. Feed it the bytes as they come, cut anywhere; it returns what to forward
    now and keeps the start of a line it cannot judge yet."""

    def __init__(self) -> None:
        self._pending = b""  # the start of a line whose end has not come
        self._literal = 0  # bytes of literal data still to forward as they are
        self._response_start = True  # the next line starts a response (not a continuation)
        self.dropped: list[bytes] = []

    def feed(self, data: bytes) -> bytes:
        out = bytearray()
        while data:
            if self._literal:
                take = data[: self._literal]
                out += take
                self._literal -= len(take)
                data = data[len(take):]
                continue
            end = data.find(b"\n")
            if end < 0:
                self._pending += data
                break
            line, data = self._pending + data[: end + 1], data[end + 1:]
            self._pending = b""
            if self._response_start and _DROPPED.fullmatch(line):
                self.dropped.append(line)
                continue
            out += line
            literal = _LITERAL.search(line)
            if literal:  # the response goes on after the literal's data
                self._literal = int(literal.group(1))
                self._response_start = False
            else:
                self._response_start = True
        return bytes(out)


class ImapFilterProxy:
    """A TLS proxy from 127.0.0.1:`port` to Dovecot's implicit-TLS port that drops untagged
    EXISTS and RECENT responses. Thread-safe."""

    def __init__(self, dovecot: DovecotServer, name: str = "imap-filter") -> None:
        self.target = (dovecot.host, dovecot.imaps_port)
        self.name = name
        self.port = 0
        self._server_side = dovecot.tls.server_context()
        self._client_side = dovecot.tls.client_context()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._links: set[asyncio.Task[None]] = set()
        self._writers: set[asyncio.StreamWriter] = set()
        self._gate: asyncio.Event | None = None  # set: the client's bytes go on
        self._lock = threading.Lock()
        self._dropped: list[bytes] = []
        self.accepted = 0

    # -- lifecycle --------------------------------------------------------------------------

    def start(self) -> ImapFilterProxy:
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._thread = threading.Thread(target=loop.run_forever, name=f"proxy-{self.name}",
                                        daemon=True)
        self._thread.start()
        try:
            self._run(self._open())
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Close every connection and the listener, then the loop. Safe to call twice."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        try:
            if thread.is_alive():
                self._run(self._close())
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=_COMMAND_TIMEOUT)
            self._loop = self._thread = None
            if not thread.is_alive():
                loop.close()

    def __enter__(self) -> ImapFilterProxy:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    # -- what tests use -----------------------------------------------------------------------

    @property
    def dropped(self) -> list[bytes]:
        with self._lock:
            return list(self._dropped)

    def hold(self) -> None:
        """From now on the client's bytes wait in the proxy: its commands reach the server
        only after release()."""
        self._call(lambda: self._require_gate().clear())

    def release(self) -> None:
        self._call(lambda: self._require_gate().set())

    # -- the loop's side ------------------------------------------------------------------------

    async def _open(self) -> None:
        self._gate = asyncio.Event()
        self._gate.set()
        self._server = await asyncio.start_server(self._accept, HOST, 0,
                                                  ssl=self._server_side)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _close(self) -> None:
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers):
            writer.transport.abort()
        for task in list(self._links):
            task.cancel()
        await asyncio.gather(*self._links, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()
        await asyncio.sleep(0)  # abort() closes each socket at the next turn of the loop

    async def _accept(self, client_in: asyncio.StreamReader,
                      client_out: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._links.add(task)
        self._writers.add(client_out)
        self.accepted += 1
        server_out: asyncio.StreamWriter | None = None
        try:
            server_in, server_out = await asyncio.open_connection(
                *self.target, ssl=self._client_side, server_hostname=self.target[0])
            self._writers.add(server_out)
            pumps = [asyncio.create_task(self._upstream(client_in, server_out)),
                     asyncio.create_task(self._downstream(server_in, client_out))]
            try:
                # Either side's end (EOF, a reset) ends the link: IMAP has no half-close.
                await asyncio.wait(pumps, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for pump in pumps:
                    pump.cancel()
                await asyncio.gather(*pumps, return_exceptions=True)
        except OSError:
            pass  # the server could not be reached: the client sees its connection end
        finally:
            self._links.discard(task)
            for writer in (server_out, client_out):
                if writer is not None:
                    await _hang_up(writer)
                    self._writers.discard(writer)

    async def _upstream(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
                        ) -> None:
        gate = self._require_gate()
        with contextlib.suppress(OSError):
            while data := await reader.read(_CHUNK):
                await gate.wait()
                writer.write(data)
                await writer.drain()

    async def _downstream(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
                          ) -> None:
        stream = UntaggedFilter()
        with contextlib.suppress(OSError):
            while data := await reader.read(_CHUNK):
                forward = stream.feed(data)
                if stream.dropped:
                    with self._lock:
                        self._dropped += stream.dropped
                    stream.dropped.clear()
                if forward:
                    writer.write(forward)
                    await writer.drain()

    def _require_gate(self) -> asyncio.Event:
        assert self._gate is not None, "the proxy is not started"
        return self._gate

    # -- calls from the test's thread ---------------------------------------------------------

    def _run(self, coro: Coroutine[Any, Any, T]) -> T:
        assert self._loop is not None
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(_COMMAND_TIMEOUT)

    def _call(self, fn: Callable[[], None]) -> None:
        async def call() -> None:
            fn()

        self._run(call())


async def _hang_up(writer: asyncio.StreamWriter) -> None:
    """Close politely (a TLS close_notify), or abort if the peer does not answer in time."""
    writer.close()
    try:
        async with asyncio.timeout(_CLOSE_TIMEOUT):
            await writer.wait_closed()
    except (TimeoutError, OSError, ssl.SSLError):
        writer.transport.abort()
        await asyncio.sleep(0)
