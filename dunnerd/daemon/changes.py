"""How a running daemon hears of a change made by the CLI in another process, without polling.

Every change writes an Event. After a command that opened the ledger, the CLI sends one datagram
to a unix socket in the state directory (`notify_daemon`); the daemon (`ChangeListener`) wakes,
compares the newest Event id with the one it last planned from, and plans again if it moved. A
datagram proves nothing by itself, so a stray one costs one query. The socket is only a hint: a
slow periodic look (`SAFETY_NET_SECONDS`) catches a change whose datagram was lost (no daemon
then, a state path too long for a socket). On PostgreSQL the CLI also sends a NOTIFY, which
reaches the daemon from any machine that shares the ledger (pg_listen.py).

Kept light on purpose: the CLI imports it after every command.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from pathlib import Path

log = logging.getLogger(__name__)

SOCKET_NAME = "dunnerd.changes"
SAFETY_NET_SECONDS = 30.0
_MAX_PATH = 107  # sun_path holds 108 bytes with the final NUL


def socket_path(state_dir: Path) -> Path:
    return state_dir / SOCKET_NAME


def notify_daemon(state_dir: Path) -> bool:
    """Tell a daemon running on `state_dir` that the ledger may have changed. Never waits,
    never raises; False when no daemon listens there."""
    path = socket_path(state_dir)
    if len(str(path).encode()) > _MAX_PATH:
        return False
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.setblocking(False)
        try:
            sock.sendto(b"changed", str(path))
        except OSError:  # no daemon, or its queue is full: a wake-up is pending anyway
            return False
    return True


class ChangeListener:
    """The daemon's end: a datagram socket bound in the state directory (the daemon holds the
    state lock, so a file left there by a killed daemon is stale and replaced)."""

    def __init__(self, state_dir: Path) -> None:
        self._path = socket_path(state_dir)
        self._sock: socket.socket | None = None
        self._changed = asyncio.Event()

    def open(self) -> bool:
        """Bind and start listening on the running loop; False (logged) when it cannot."""
        path = str(self._path)
        if len(path.encode()) > _MAX_PATH:
            log.warning("state_dir path too long for a change socket (%s): changes made from "
                        "the CLI are seen within %.0f s", path, SAFETY_NET_SECONDS)
            return False
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        try:
            with contextlib.suppress(FileNotFoundError):
                self._path.unlink()
            sock.bind(path)
            sock.setblocking(False)
            asyncio.get_running_loop().add_reader(sock.fileno(), self._readable)
        except OSError as exc:
            sock.close()
            log.warning("cannot listen for changes on %s (%s): changes made from the CLI are "
                        "seen within %.0f s", path, exc, SAFETY_NET_SECONDS)
            return False
        self._sock = sock
        return True

    async def wait(self) -> None:
        """Until a datagram (or a poke) has come since the last call."""
        await self._changed.wait()
        self._changed.clear()

    def poke(self) -> None:
        """A change hint from elsewhere (PostgreSQL's NOTIFY: pg_listen.py)."""
        self._changed.set()

    def close(self) -> None:
        sock, self._sock = self._sock, None
        if sock is None:
            return
        with contextlib.suppress(Exception):
            asyncio.get_running_loop().remove_reader(sock.fileno())
        sock.close()
        with contextlib.suppress(OSError):
            self._path.unlink()

    def _readable(self) -> None:
        assert self._sock is not None
        with contextlib.suppress(OSError):  # BlockingIOError once drained
            while self._sock.recv(64):
                pass
        self._changed.set()
