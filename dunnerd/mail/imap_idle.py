"""IMAP IDLE (RFC 2177) on imaplib's connection, without losing a notification inside it.

imapclient's `idle()` reads the "+ idling" continuation through imaplib's buffered reader, and a
server may send the EXISTS for mail that came since the previous command in the same write
(Dovecot does): the reader takes both off the socket, and `idle_check()` then waits on a socket
that has nothing more to give, until the next re-IDLE minutes later (imapclient issue 150;
RELIABILITY.md, "Watching the inbox"). So the wait here reads what is already buffered, in
imaplib's reader and in the TLS layer, before it ever waits on the socket, and counts every
EXISTS or RECENT imaplib has kept aside, whichever command's answer brought it.

The wait is one `select()` on the connection and a wake-up socket, with no time slices: an idle
daemon sleeps until the server speaks, the time runs out, or another thread writes a byte to the
wake-up socket. Synchronous; imaplib's private reader is used on purpose, from one thread.
"""

from __future__ import annotations

import enum
import select
import socket
import ssl
import time
from typing import Any

from imapclient.exceptions import IMAPClientError

from dunnerd.mail.imap_syntax import take_kept


class IdleEnd(enum.Enum):
    ARRIVED = "arrived"  # the server announced new mail
    QUIET = "quiet"  # the time ran out
    WOKEN = "woken"  # a byte came on the wake-up socket
    CLOSED = "closed"  # the connection reached its end: DONE or NOOP will fail and say why


def take_arrivals(imap: Any) -> bool:
    """Whether imaplib kept aside an EXISTS or RECENT since last asked (and forget them)."""
    exists = take_kept(imap, "EXISTS")
    recent = take_kept(imap, "RECENT")
    return bool(exists or recent)


def start(imap: Any) -> bytes:
    """Send IDLE and read up to the server's continuation; returns the command's tag. An
    untagged response sent before the continuation is kept aside by imaplib, as any other."""
    tag = imap._command("IDLE")
    while imap._get_response() is not None:  # None: the "+" continuation
        done = imap.tagged_commands.get(tag)
        if done:
            typ, data = done
            raise IMAPClientError(f"IDLE refused: {typ} {data!r}")
    return bytes(tag)


def wait(imap: Any, wake: socket.socket, timeout: float) -> IdleEnd:
    """Wait in IDLE (after `start`) until mail is announced, `timeout` s pass, or `wake` has a
    byte (left unread: the caller drains it). What the server already sent counts first."""
    sock = imap.sock
    deadline = time.monotonic() + timeout
    while True:
        if take_arrivals(imap):
            return IdleEnd.ARRIVED
        pending = _peek(imap, sock)
        if pending:
            imap._get_response()  # a whole line; the socket's timeout bounds a partial one
            continue
        if pending == b"":
            return IdleEnd.CLOSED
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return IdleEnd.QUIET
        readable, _, _ = select.select([sock, wake], [], [], remaining)
        if wake in readable:
            return IdleEnd.WOKEN
        # The socket is readable (a line, a TLS record that holds none, or the end), or the
        # time ran out: the next round tells which.


def done(imap: Any, tag: bytes) -> None:
    """Leave IDLE: send DONE and read up to IDLE's tagged answer (untagged ones are kept)."""
    imap.send(b"DONE\r\n")
    while not imap.tagged_commands.get(tag):
        imap._get_response()
    typ, data = imap.tagged_commands.pop(tag)
    if typ != "OK":
        raise IMAPClientError(f"IDLE ended with {typ}: {data!r}")


def _peek(imap: Any, sock: socket.socket) -> bytes | None:
    """What can be read now without waiting: bytes (buffered by imaplib's reader or the TLS
    layer, or on the socket), None when nothing is there yet, b"" at the end of the stream.
    `peek` never consumes, so nothing is lost when the read would block."""
    saved = sock.gettimeout()
    sock.settimeout(0)
    try:
        data = imap.file.peek(1)
    except (ssl.SSLWantReadError, BlockingIOError):
        return None
    finally:
        sock.settimeout(saved)
    if data:
        return bytes(data)
    if isinstance(sock, ssl.SSLSocket):
        return b""  # a TLS read that would block raises; an empty one is the end
    readable, _, _ = select.select([sock], [], [], 0)
    return b"" if readable else None  # readable and empty: the peer closed
