"""A TCP proxy on loopback that tests put between dunnerd and a mail server to inject network
faults, switchable at any time from the test's thread.

    with FaultProxy(("127.0.0.1", dovecot.imaps_port)) as proxy:
        ...point dunnerd at proxy.port...
        proxy.refuse()         # the server is down: connections refused, live ones reset
        proxy.passthrough()    # it is back
        proxy.reset()          # live connections get a RST; new ones are accepted, then reset
        proxy.blackhole()      # nothing moves either way, on live and new connections (a path
                               # that drops every packet); passthrough() lets the held bytes go
        proxy.drop_flows()     # live connections are dead for good (a NAT or firewall forgot
                               # the flow): nothing is forwarded, nothing is closed; new ones pass
        proxy.delay(0.5)       # every chunk is forwarded 0.5 s after it arrived
        proxy.cut_next(after_client_bytes=65536, reply_lost=False)
                               # the next connection goes dead after the client sent that much
                               # (reply_lost=True: only the server's answers stop; the client's
                               # bytes still reach the server)

One I/O thread runs a selector over every socket; the test's calls hand it a command and wait
until it is applied, so a call returns once the fault is in force. `stop()` (or leaving the
`with`) closes every socket and joins the thread.
"""

from __future__ import annotations

import collections
import contextlib
import queue
import selectors
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType

HOST = "127.0.0.1"
_CHUNK = 65536
_MAX_BUFFERED = 4 * 2**20  # stop reading a side while the other side has this much queued
_COMMAND_TIMEOUT = 10.0


class ProxyError(RuntimeError):
    """The proxy could not apply a command (its thread died or did not answer)."""


@dataclass
class _Side:
    sock: socket.socket
    outgoing: collections.deque[tuple[float, bytes]] = field(default_factory=collections.deque)
    queued: int = 0  # bytes in `outgoing`
    eof: bool = False  # this socket will send nothing more
    shut: bool = False  # we shut down our writing half after the other side's EOF
    received: int = 0  # bytes read from this socket


@dataclass
class _Link:
    """One proxied connection: client <-> proxy <-> server."""

    number: int
    client: _Side
    server: _Side
    held: bool = False  # blackhole: nothing is read or written until released
    dead: bool = False  # a dropped flow: the client's bytes are read and discarded, forever
    reply_lost: bool = False  # the server's bytes are read and discarded
    cut_after: int | None = None  # go dead (or reply_lost) once the client sent this much
    cut_reply_only: bool = False

    def sides(self) -> tuple[_Side, _Side]:
        return self.client, self.server


class FaultProxy:
    """A TCP proxy from 127.0.0.1:`port` to `target`, with faults. Thread-safe."""

    def __init__(self, target: tuple[str, int], name: str = "proxy") -> None:
        self.target = target
        self.name = name
        self._listener: socket.socket | None = None
        self.port = 0
        self._selector = selectors.DefaultSelector()
        self._wake_r, self._wake_w = socket.socketpair()
        self._commands: queue.Queue[tuple[Callable[[], None], threading.Event]] = queue.Queue()
        self._links: dict[int, _Link] = {}
        self._mode = "pass"  # pass | refuse | reset | blackhole
        self._delay = 0.0
        self._cut_next: tuple[int, bool] | None = None
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self._lock = threading.Lock()  # guards the counters read by tests
        self.accepted = 0  # connections accepted since start
        self.log: list[str] = []  # what happened, for failure messages

    # -- lifecycle --------------------------------------------------------------------------

    def start(self) -> FaultProxy:
        self._open_listener()
        self._wake_r.setblocking(False)
        self._selector.register(self._wake_r, selectors.EVENT_READ, "wake")
        self._thread = threading.Thread(target=self._run, name=f"faultproxy-{self.name}",
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Close every socket and join the I/O thread. Safe to call twice."""
        thread, self._thread = self._thread, None
        if thread is not None:
            self._stopping = True
            self._wake()
            thread.join(timeout=10)
            if thread.is_alive():
                raise ProxyError(f"{self.name}: the I/O thread did not stop")
        self._close_all()
        self._selector.close()
        self._wake_r.close()
        self._wake_w.close()

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    # -- faults (called from any thread) ----------------------------------------------------

    def passthrough(self) -> None:
        """Forward everything; held connections resume with the bytes they held."""
        self._apply(self._do_pass)

    def refuse(self) -> None:
        """The server is down: the listening socket is closed (connect gets ECONNREFUSED) and
        live connections are reset."""
        self._apply(self._do_refuse)

    def reset(self) -> None:
        """Reset live connections (RST); new ones are accepted and reset at once."""
        self._apply(self._do_reset)

    def kill_connections(self) -> None:
        """Reset live connections once; the mode does not change."""
        self._apply(self._reset_links)

    def blackhole(self) -> None:
        """Live and new connections stay open and nothing moves, either way (the server or the
        path went silent). passthrough() releases them with their bytes intact."""
        self._apply(self._do_blackhole)

    def drop_flows(self) -> None:
        """Live connections go silent for good, as when a firewall forgets an idle flow: the
        client's bytes are swallowed, nothing comes back, nothing is closed. New connections
        follow the mode."""
        self._apply(self._do_drop_flows)

    def delay(self, seconds: float) -> None:
        """Forward every chunk `seconds` after it arrived (both directions, order kept)."""
        if seconds < 0:
            raise ValueError("a delay cannot be negative")
        self._apply(lambda: self._do_delay(seconds))

    def cut_next(self, after_client_bytes: int, *, reply_lost: bool = False) -> None:
        """The next connection forwards normally until the client has sent
        `after_client_bytes`; then it goes silent for good (the rest of the client's bytes are
        swallowed), or with reply_lost only the server's answers are swallowed."""
        self._apply(lambda: self._do_cut_next(after_client_bytes, reply_lost))

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def active(self) -> int:
        """Connections open now."""
        with self._lock:
            return len(self._links)

    # -- the I/O thread ---------------------------------------------------------------------

    def _apply(self, command: Callable[[], None]) -> None:
        if self._thread is None or not self._thread.is_alive():
            raise ProxyError(f"{self.name}: not running ({self._error!r})")
        done = threading.Event()
        self._commands.put((command, done))
        self._wake()
        if not done.wait(_COMMAND_TIMEOUT):
            raise ProxyError(f"{self.name}: the I/O thread did not answer ({self._error!r})")

    def _wake(self) -> None:
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")

    def _run(self) -> None:
        try:
            while not self._stopping:
                self._update_interest()
                for key, mask in self._selector.select(self._select_timeout()):
                    if key.data == "wake":
                        self._drain_wake()
                    elif key.data == "listen":
                        self._accept()
                    else:
                        link, side = key.data
                        if link.number not in self._links:
                            continue  # closed earlier in this round
                        if mask & selectors.EVENT_READ:
                            self._read(link, side)
                        if mask & selectors.EVENT_WRITE and link.number in self._links:
                            self._flush(link, side)
                for link in list(self._links.values()):
                    for side in link.sides():
                        if link.number in self._links and side.outgoing:
                            self._flush(link, side)
        except BaseException as exc:  # keep it for the test's error message
            self._error = exc
            raise
        finally:
            self._run_commands()  # nobody waits forever on a command

    def _drain_wake(self) -> None:
        with contextlib.suppress(BlockingIOError):
            while self._wake_r.recv(4096):
                pass
        self._run_commands()

    def _run_commands(self) -> None:
        while True:
            try:
                command, done = self._commands.get_nowait()
            except queue.Empty:
                return
            try:
                command()
            finally:
                done.set()

    def _select_timeout(self) -> float:
        now = time.monotonic()
        due = [side.outgoing[0][0] for link in self._links.values() for side in link.sides()
               if side.outgoing and not link.held]
        return max(0.0, min([0.5, *[d - now for d in due]]))

    def _update_interest(self) -> None:
        now = time.monotonic()
        for link in self._links.values():
            for side, other in ((link.client, link.server), (link.server, link.client)):
                events = 0
                if not link.held and not side.eof and other.queued < _MAX_BUFFERED:
                    events |= selectors.EVENT_READ
                if not link.held and side.outgoing and side.outgoing[0][0] <= now:
                    events |= selectors.EVENT_WRITE
                key = self._selector.get_map().get(side.sock)
                if key is None and events:
                    self._selector.register(side.sock, events, (link, side))
                elif key is not None and not events:
                    self._selector.unregister(side.sock)
                elif key is not None and key.events != events:
                    self._selector.modify(side.sock, events, (link, side))

    # -- connections ------------------------------------------------------------------------

    def _open_listener(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            listener.bind((HOST, self.port))
            listener.listen(64)
        except OSError:
            listener.close()
            raise
        listener.setblocking(False)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._selector.register(listener, selectors.EVENT_READ, "listen")

    def _close_listener(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            self._selector.unregister(listener)
            listener.close()

    def _accept(self) -> None:
        assert self._listener is not None
        try:
            client, _ = self._listener.accept()
        except (BlockingIOError, InterruptedError):
            return
        with self._lock:
            self.accepted += 1
            number = self.accepted
        if self._mode == "reset":
            self._note(f"#{number} accepted and reset")
            _abort(client)
            return
        try:
            server = socket.create_connection(self.target, timeout=5)
        except OSError as exc:
            self._note(f"#{number} cannot reach {self.target}: {exc}; reset")
            _abort(client)
            return
        client.setblocking(False)
        server.setblocking(False)
        link = _Link(number, _Side(client), _Side(server), held=self._mode == "blackhole")
        if self._cut_next is not None:
            link.cut_after, link.cut_reply_only = self._cut_next
            self._cut_next = None
        with self._lock:
            self._links[number] = link
        self._note(f"#{number} accepted ({self._mode})")

    def _read(self, link: _Link, side: _Side) -> None:
        other = link.server if side is link.client else link.client
        try:
            data = side.sock.recv(_CHUNK)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._note(f"#{link.number} {self._which(link, side)} error: {exc}")
            self._close_link(link, abort=True)
            return
        if not data:
            side.eof = True
            silent = link.dead or (link.reply_lost and side is link.server)
            if (link.dead and side is link.client) or (silent and link.client.eof):
                self._close_link(link, abort=False)  # the client gave up on a dead flow
                return
            if silent:
                return  # the server's FIN is lost like its bytes
            if not other.outgoing:
                self._shut_write(link, other)
            return
        side.received += len(data)
        if side is link.client:
            if link.cut_after is not None and side.received >= link.cut_after:
                keep = len(data) - (side.received - link.cut_after)
                if not link.cut_reply_only:
                    self._queue(other, data[:keep])
                    data = b""
                link.cut_after = None
                if link.cut_reply_only:
                    link.reply_lost = True
                    self._note(f"#{link.number} cut: the server's replies are lost now")
                else:
                    link.dead = True
                    self._note(f"#{link.number} cut: dead after {side.received} client bytes")
            if link.dead:
                return
        elif link.reply_lost or link.dead:
            return
        self._queue(other, data)

    def _queue(self, side: _Side, data: bytes) -> None:
        if data:
            side.outgoing.append((time.monotonic() + self._delay, data))
            side.queued += len(data)

    def _flush(self, link: _Link, side: _Side) -> None:
        now = time.monotonic()
        while side.outgoing and side.outgoing[0][0] <= now and not link.held:
            due, data = side.outgoing[0]
            try:
                sent = side.sock.send(data)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                self._note(f"#{link.number} {self._which(link, side)} error: {exc}")
                self._close_link(link, abort=True)
                return
            side.queued -= sent
            if sent < len(data):
                side.outgoing[0] = (due, data[sent:])
                return
            side.outgoing.popleft()
        other = link.server if side is link.client else link.client
        if not side.outgoing and other.eof:
            self._shut_write(link, side)

    def _shut_write(self, link: _Link, side: _Side) -> None:
        if not side.shut:
            side.shut = True
            with contextlib.suppress(OSError):
                side.sock.shutdown(socket.SHUT_WR)
        if link.client.shut and link.server.shut:
            self._close_link(link, abort=False)

    def _close_link(self, link: _Link, *, abort: bool) -> None:
        with self._lock:
            self._links.pop(link.number, None)
        for side in link.sides():
            if side.sock in self._selector.get_map():
                self._selector.unregister(side.sock)
            if abort:
                _abort(side.sock)
            else:
                side.sock.close()

    def _reset_links(self) -> None:
        for link in list(self._links.values()):
            self._note(f"#{link.number} reset")
            self._close_link(link, abort=True)

    def _close_all(self) -> None:
        self._reset_links()
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()

    # -- commands (run in the I/O thread) -----------------------------------------------------

    def _set_mode(self, mode: str) -> None:
        self._note(f"mode {self._mode} -> {mode}")
        self._mode = mode

    def _do_pass(self) -> None:
        if self._listener is None:
            self._open_listener()
        self._set_mode("pass")
        self._delay = 0.0
        for link in self._links.values():
            link.held = False

    def _do_refuse(self) -> None:
        self._close_listener()
        self._reset_links()
        self._set_mode("refuse")

    def _do_reset(self) -> None:
        if self._listener is None:
            self._open_listener()
        self._reset_links()
        self._set_mode("reset")

    def _do_blackhole(self) -> None:
        if self._listener is None:
            self._open_listener()
        for link in self._links.values():
            link.held = True
        self._set_mode("blackhole")

    def _do_drop_flows(self) -> None:
        for link in self._links.values():
            link.held = False
            link.dead = True
            link.reply_lost = True
            for side in link.sides():
                side.queued = 0
                side.outgoing.clear()
            self._note(f"#{link.number} flow dropped")

    def _do_delay(self, seconds: float) -> None:
        self._do_pass()
        self._delay = seconds
        self._set_mode("delay")

    def _do_cut_next(self, after: int, reply_only: bool) -> None:
        self._cut_next = (after, reply_only)
        self._note(f"next connection cut after {after} client bytes"
                   + (" (replies lost)" if reply_only else ""))

    # -- bookkeeping ----------------------------------------------------------------------------

    def _which(self, link: _Link, side: _Side) -> str:
        return "client" if side is link.client else "server"

    def _note(self, line: str) -> None:
        self.log.append(f"{time.monotonic():.3f} {self.name} {line}")


def _abort(sock: socket.socket) -> None:
    """Close with a RST (SO_LINGER 0), not a FIN."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()
