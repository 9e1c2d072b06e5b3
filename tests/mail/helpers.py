"""Helpers for the IMAP tests against the real Dovecot: accounts and sessions, raw messages,
and a TCP relay that can black-hole live connections."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable
from email.parser import BytesHeaderParser
from email.utils import make_msgid
from pathlib import Path
from typing import Any

import pytest

from dunnerd.config.schema import MailAccount, Secret, SecretRef, SecretSource
from dunnerd.mail.imap import ImapSession
from tests.mailservers.dovecot import DovecotServer


def make_account(
    dovecot: DovecotServer,
    *,
    security: str = "tls",
    user: str = "owner",
    ca_file: Path | None = None,
    port: int | None = None,
) -> MailAccount:
    if port is None:
        port = dovecot.imaps_port if security == "tls" else dovecot.imap_port
    return MailAccount(
        host=dovecot.host,
        port=port,
        security=security,  # type: ignore[arg-type]
        username=user,
        password=SecretRef(SecretSource.INLINE, "imap.password", "", Secret("unused")),
        ca_file=ca_file if ca_file is not None else dovecot.ca_cert_path,
    )


def make_session(dovecot: DovecotServer, timeout: float = 5.0, **kwargs: Any) -> ImapSession:
    account = make_account(dovecot, **kwargs)
    return ImapSession(account, Secret(dovecot.passwords[account.username]), timeout=timeout)


def make_raw(subject: str = "Payment", message_id: str | None = None, size: int = 0) -> bytes:
    message_id = message_id or make_msgid(domain="example.test")
    body = "Paid, thanks.\r\n" + ("x" * 70 + "\r\n") * (size // 72)
    return (
        f"From: client@example.test\r\nTo: owner@example.test\r\nSubject: {subject}\r\n"
        f"Message-ID: {message_id}\r\nDate: Mon, 23 Nov 2026 10:00:00 +0100\r\n\r\n{body}"
    ).encode()


def message_id_of(raw: bytes) -> str:
    return str(BytesHeaderParser().parsebytes(raw)["Message-ID"])


def kill_socket(session: ImapSession) -> None:
    """Reset the session's TCP connection under it, as a dying NAT or server would."""
    sock = session._client.socket()  # the test reaches in on purpose
    socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the TCP socket, not the TLS layer


class CommandLog:
    """Records the IMAP commands a connected session sends, by wrapping its IMAPClient."""

    COMMANDS = ("select_folder", "search", "fetch", "append", "multiappend", "noop")

    def __init__(self, session: ImapSession, monkeypatch: pytest.MonkeyPatch) -> None:
        self.sent: list[str] = []
        client = session._client  # the test reaches in on purpose
        for name in self.COMMANDS:
            monkeypatch.setattr(client, name, self._recording(name, getattr(client, name)))

    def _recording(self, name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def record(*args: Any, **kwargs: Any) -> Any:
            self.sent.append(name)
            return method(*args, **kwargs)

        return record

    def take(self) -> list[str]:
        sent, self.sent = self.sent, []
        return sent


def doveadm(dovecot: DovecotServer, *args: str) -> None:
    import subprocess

    subprocess.run(
        ["doveadm", "-c", str(dovecot.config_path), *args],
        check=True,
        capture_output=True,
        timeout=10,
    )


class Proxy:
    """A TCP relay whose live connections can be black-holed: bytes are swallowed, nothing is
    closed, as when a NAT or firewall forgets the flow. New connections relay normally."""

    def __init__(self, host: str, port: int) -> None:
        self._upstream = (host, port)
        self._listener = socket.create_server((host, 0))
        self._listener.settimeout(0.1)
        self.port: int = self._listener.getsockname()[1]
        self._closing = threading.Event()
        self._holes: list[threading.Event] = []
        self._sockets: list[socket.socket] = []
        self._threads = [threading.Thread(target=self._accept)]
        self._threads[0].start()

    def __enter__(self) -> Proxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self._closing.set()
        for thread in list(self._threads):
            thread.join(5)
        for sock in [self._listener, *self._sockets]:
            sock.close()

    def black_hole(self) -> None:
        for hole in self._holes:
            hole.set()

    def _accept(self) -> None:
        while not self._closing.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            server = socket.create_connection(self._upstream, timeout=5)
            hole = threading.Event()
            self._holes.append(hole)
            for a, b in ((client, server), (server, client)):
                a.settimeout(0.1)
                self._sockets.append(a)
                thread = threading.Thread(target=self._pump, args=(a, b, hole))
                self._threads.append(thread)
                thread.start()

    def _pump(self, source: socket.socket, sink: socket.socket, hole: threading.Event) -> None:
        while not self._closing.is_set():
            try:
                data = source.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            if not data:
                with contextlib.suppress(OSError):
                    sink.shutdown(socket.SHUT_WR)
                return
            if not hole.is_set():
                with contextlib.suppress(OSError):
                    sink.sendall(data)
