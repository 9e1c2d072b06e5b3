"""A real SMTP submission server for tests: aiosmtpd on loopback, delivering into Dovecot.

`SmtpServer.start(tls, credentials, deliver=...)` runs two aiosmtpd controllers (each in its own
thread): `port` speaks STARTTLS (required before AUTH), `tls_port` implicit TLS. Both require AUTH
PLAIN or LOGIN with the test credentials. Every message that reaches the end of DATA is recorded
(`messages`), and each recipient at `example.test` is delivered through LMTP to the Dovecot user
named by the local part before "+" (client+acme@example.test -> client). Recipients at other
domains are accepted and only recorded, as if relayed.

Tests script misbehaviour through `faults`, a thread-safe queue of one-shot faults: each fires at
the next occurrence of its phase and is then gone.

    smtp_server.faults.reply(Phase.RCPT, 451)         # 451 to the next RCPT
    smtp_server.faults.reply(Phase.MAIL, 421)         # 421, then the server closes
    smtp_server.faults.disconnect(Phase.BODY)         # 354, then close before the final "."
    smtp_server.faults.hang(Phase.DATA_END)           # deliver, then never reply
    smtp_server.faults.disconnect(Phase.DATA_END, deliver=True)  # deliver, close, no reply
    smtp_server.faults.delay(Phase.DATA_END, 2.0)     # deliver, answer 250 after 2 s

Tests talk to it through `client_session(aiosmtplib.SMTP(...))`, which leaves no socket open.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import hmac
import smtplib
import ssl
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import aiosmtplib
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from .dovecot import DOMAIN, HOST, TlsFiles, free_ports

Deliver = Callable[[str, bytes, str], None]
"""deliver(rcpt, raw, mail_from): put one copy of `raw` into the mailbox `rcpt` names."""


class Phase(enum.StrEnum):
    MAIL = "MAIL"  # MAIL FROM
    RCPT = "RCPT"  # each RCPT TO
    DATA = "DATA"  # the DATA command, before 354
    BODY = "BODY"  # after 354, while the client sends the content (only disconnect)
    DATA_END = "DATA_END"  # after the final ".", before the reply


class Action(enum.StrEnum):
    REPLY = "reply"  # answer `code message` instead of going on (421 also closes)
    DISCONNECT = "disconnect"  # close the connection without a reply
    HANG = "hang"  # never reply; the connection stays open until the client gives up
    DELAY = "delay"  # wait `seconds`, then reply `code` or go on normally


DEFAULT_TEXT = {
    421: "4.3.2 Service not available, closing transmission channel",
    450: "4.2.1 Mailbox unavailable, try again later",
    451: "4.3.0 Requested action aborted: local error in processing",
    452: "4.3.1 Insufficient system storage",
    550: "5.7.1 Requested action not taken: rejected",
    552: "5.3.4 Message too big",
    554: "5.6.0 Transaction failed",
}


@dataclass(frozen=True)
class Fault:
    phase: Phase
    action: Action
    code: int | None = None
    message: str = ""
    seconds: float = 0.0
    deliver: bool = False  # DATA_END only: deliver first, so the message really was accepted

    def reply_line(self) -> str:
        assert self.code is not None
        return f"{self.code} {self.message or DEFAULT_TEXT.get(self.code, 'Injected fault')}"


class Faults:
    """A thread-safe queue of one-shot faults; tests add, the server thread takes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: list[Fault] = []
        self._fired: list[Fault] = []

    def add(self, fault: Fault, *, times: int = 1) -> None:
        if fault.phase is Phase.BODY and fault.action is not Action.DISCONNECT:
            raise ValueError("only disconnect is possible while the client sends the body")
        if fault.deliver and fault.phase is not Phase.DATA_END:
            raise ValueError("deliver=True only makes sense at DATA_END")
        if fault.action is Action.REPLY and fault.code is None:
            raise ValueError("a reply fault needs a code")
        with self._lock:
            self._queue.extend([fault] * times)

    def reply(self, phase: Phase, code: int, message: str = "", *, times: int = 1) -> None:
        self.add(Fault(phase, Action.REPLY, code=code, message=message), times=times)

    def disconnect(self, phase: Phase, *, deliver: bool = False) -> None:
        self.add(Fault(phase, Action.DISCONNECT, deliver=deliver))

    def hang(self, phase: Phase = Phase.DATA_END, *, deliver: bool | None = None) -> None:
        """Never answer. At DATA_END the message is delivered first unless deliver=False."""
        if deliver is None:
            deliver = phase is Phase.DATA_END
        self.add(Fault(phase, Action.HANG, deliver=deliver))

    def delay(
        self, phase: Phase, seconds: float, code: int | None = None, message: str = ""
    ) -> None:
        """Wait, then answer `code`, or go on as normal (a slow 250) when code is None."""
        self.add(Fault(phase, Action.DELAY, code=code, message=message, seconds=seconds))

    def take(self, phase: Phase) -> Fault | None:
        with self._lock:
            for i, fault in enumerate(self._queue):
                if fault.phase is phase:
                    del self._queue[i]
                    self._fired.append(fault)
                    return fault
        return None

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()

    @property
    def pending(self) -> list[Fault]:
        with self._lock:
            return list(self._queue)

    @property
    def fired(self) -> list[Fault]:
        with self._lock:
            return list(self._fired)


@dataclass
class ReceivedMessage:
    """One message as the server saw it at the end of DATA."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    login: str | None
    outcome: str = "pending"  # "250", "451", "hang", "disconnect", ...
    delivered_to: list[str] = field(default_factory=list)  # recipients put into Dovecot


class RecordingHandler:
    """aiosmtpd handler: applies faults, records messages, delivers into Dovecot."""

    def __init__(self, credentials: dict[str, str], deliver: Deliver | None) -> None:
        self.credentials = dict(credentials)
        self.deliver = deliver
        self.faults = Faults()
        self.sessions: set[FaultySMTP] = set()  # touched only in the server's loop
        self._lock = threading.Lock()
        self._messages: list[ReceivedMessage] = []
        self.connections = 0

    # -- what tests read --------------------------------------------------------------

    @property
    def messages(self) -> list[ReceivedMessage]:
        with self._lock:
            return list(self._messages)

    def authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
    ) -> AuthResult:
        if mechanism not in ("PLAIN", "LOGIN") or not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login = auth_data.login.decode("utf-8", "replace")
        expected = self.credentials.get(login)
        ok = expected is not None and hmac.compare_digest(
            expected.encode(), bytes(auth_data.password)
        )
        return AuthResult(success=ok, handled=False, auth_data=auth_data)

    # -- aiosmtpd hooks (run in the server thread) ---------------------------------------

    async def handle_MAIL(
        self,
        server: FaultySMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        mail_options: list[str],
    ) -> str:
        status = await server.misbehave(Phase.MAIL)
        if status is not None:
            return status
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 OK"

    async def handle_RCPT(
        self,
        server: FaultySMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        status = await server.misbehave(Phase.RCPT)
        if status is not None:
            return status
        local, _, domain = address.rpartition("@")
        if domain.lower() == DOMAIN and local.split("+", 1)[0] not in self.credentials:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: FaultySMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        auth = session.auth_data
        login = auth.login.decode() if isinstance(auth, LoginPassword) else None
        message = ReceivedMessage(envelope.mail_from or "", list(envelope.rcpt_tos), raw, login)
        with self._lock:
            self._messages.append(message)
        fault = self.faults.take(Phase.DATA_END)
        if fault is not None and fault.action is Action.REPLY:
            message.outcome = str(fault.code)
            server.close_after_reply(fault.code)
            return fault.reply_line()
        if fault is not None and fault.action is Action.DELAY:
            await asyncio.sleep(fault.seconds)
            if fault.code is not None:
                message.outcome = str(fault.code)
                server.close_after_reply(fault.code)
                return fault.reply_line()
        elif fault is not None:  # HANG or DISCONNECT
            message.outcome = fault.action.value
            if fault.deliver:
                self._deliver(message)
            await server.misbehave_now(fault)
        try:
            self._deliver(message)
        except (OSError, smtplib.SMTPException) as exc:
            message.outcome = "451"
            return f"451 4.3.0 Delivery into Dovecot failed: {exc}"
        message.outcome = "250"
        return "250 2.0.0 OK: queued"

    def _deliver(self, message: ReceivedMessage) -> None:
        if self.deliver is None:
            return
        for rcpt in message.rcpt_tos:
            if rcpt.rpartition("@")[2].lower() != DOMAIN:
                continue  # "relayed": recorded only
            # Blocking LMTP on loopback takes milliseconds; keeping it inline keeps order simple.
            self.deliver(rcpt, message.data, message.mail_from)
            message.delivered_to.append(rcpt)


class FaultySMTP(SMTP):
    """aiosmtpd's SMTP with fault hooks for the DATA command and the body."""

    event_handler: RecordingHandler

    def __init__(self, handler: RecordingHandler, *, implicit_tls: bool = False, **kw: Any):
        super().__init__(handler, **kw)
        if implicit_tls:
            # aiosmtpd's auth_require_tls only knows STARTTLS and would never offer AUTH here;
            # every connection to this listener is TLS from its first byte, so lift the check.
            self._auth_require_tls = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        self.event_handler.sessions.add(self)

    def connection_lost(self, error: Exception | None) -> None:
        self.event_handler.sessions.discard(self)
        super().connection_lost(error)

    async def misbehave(self, phase: Phase) -> str | None:
        """Apply the next fault queued for `phase`: a reply line to send, or None to go on."""
        fault = self.event_handler.faults.take(phase)
        if fault is None:
            return None
        if fault.action is Action.DELAY:
            await asyncio.sleep(fault.seconds)
            if fault.code is None:
                return None
        elif fault.action is not Action.REPLY:
            await self.misbehave_now(fault)
        assert fault.code is not None
        self.close_after_reply(fault.code)
        return fault.reply_line()

    async def misbehave_now(self, fault: Fault) -> None:
        """Hang or disconnect: never returns; connection_lost cancels the waiting task."""
        if fault.action is Action.DISCONNECT and self.transport is not None:
            self.transport.close()
        await asyncio.Event().wait()

    def close_after_reply(self, code: int | None) -> None:
        """A 421 means the server closes the channel right after the reply (RFC 5321 3.8)."""
        if code == 421 and self.transport is not None:
            self.loop.call_soon(self._close_transport)

    def _close_transport(self) -> None:
        if self.transport is not None:
            self.transport.close()

    def _ready_for_data(self, arg: str) -> bool:
        session, envelope = self.session, self.envelope
        return bool(
            session is not None
            and session.host_name
            and (session.authenticated or not self._auth_required)
            and envelope is not None
            and envelope.rcpt_tos
            and not arg
        )

    async def smtp_DATA(self, arg: str) -> None:
        if self._ready_for_data(arg):
            status = await self.misbehave(Phase.DATA)
            if status is not None:
                await self.push(status)
                return
            fault = self.event_handler.faults.take(Phase.BODY)
            if fault is not None:
                await self.push("354 End data with <CR><LF>.<CR><LF>")
                # Let the first line of the content arrive, then drop the connection.
                with contextlib.suppress(asyncio.TimeoutError, asyncio.IncompleteReadError):
                    await asyncio.wait_for(self._reader.readuntil(b"\r\n"), 5)
                await self.misbehave_now(fault)
        await super().smtp_DATA(arg)


class _Controller(Controller):
    def factory(self) -> FaultySMTP:
        return FaultySMTP(
            self.handler, implicit_tls=self.ssl_context is not None, **self.SMTP_kwargs
        )


@dataclass
class SmtpServer:
    """Two running aiosmtpd controllers sharing one handler. Start with `SmtpServer.start`."""

    handler: RecordingHandler
    tls: TlsFiles
    port: int  # plain, STARTTLS required before AUTH
    tls_port: int  # implicit TLS
    _controllers: list[Controller]
    host: str = HOST

    @classmethod
    def start(
        cls,
        tls: TlsFiles,
        credentials: dict[str, str],
        deliver: Deliver | None = None,
        *,
        attempts: int = 3,
    ) -> SmtpServer:
        handler = RecordingHandler(credentials, deliver)
        server_ctx = tls.server_context()
        common: dict[str, Any] = dict(
            hostname=HOST,
            server_hostname=f"mail.{DOMAIN}",
            authenticator=handler.authenticate,
            auth_required=True,
            auth_require_tls=True,
            decode_data=False,
            ready_timeout=10.0,
        )
        for attempt in range(attempts):
            port, tls_port = free_ports(2)
            controllers: list[Controller] = []
            try:
                controllers.append(
                    _Controller(
                        handler,
                        port=port,
                        tls_context=server_ctx,
                        require_starttls=True,
                        **common,
                    )
                )
                controllers[-1].start()
                controllers.append(
                    _Controller(handler, port=tls_port, ssl_context=server_ctx, **common)
                )
                controllers[-1].start()
            except OSError:  # lost the race for a free port
                _stop_controllers(handler, controllers)
                if attempt == attempts - 1:
                    raise
                continue
            return cls(handler, tls, port, tls_port, controllers)
        raise AssertionError("unreachable")

    def stop(self) -> None:
        _stop_controllers(self.handler, self._controllers)
        self._controllers = []

    # -- for tests --------------------------------------------------------------------

    @property
    def faults(self) -> Faults:
        return self.handler.faults

    @property
    def messages(self) -> list[ReceivedMessage]:
        return self.handler.messages

    @property
    def credentials(self) -> dict[str, str]:
        return self.handler.credentials

    def ssl_context(self) -> ssl.SSLContext:
        """A client context that trusts the test CA (use with aiosmtplib's tls_context)."""
        return self.tls.client_context()

    def wait_for_messages(self, count: int, timeout: float = 5.0) -> list[ReceivedMessage]:
        """Block until at least `count` messages were recorded; AssertionError on timeout."""
        deadline = time.monotonic() + timeout
        while len(messages := self.messages) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"{len(messages)} of {count} messages after {timeout} s")
            time.sleep(0.02)
        return messages


def _stop_controllers(handler: RecordingHandler, controllers: list[Controller]) -> None:
    """Abort live connections (a hanging session would otherwise leak its transport), then stop."""
    for controller in controllers:
        if controller.loop.is_running():
            with contextlib.suppress(RuntimeError, TimeoutError):
                asyncio.run_coroutine_threadsafe(_abort_sessions(handler), controller.loop).result(
                    5
                )
    for controller in controllers:
        if controller._thread is not None:
            controller.stop()
        if not controller.loop.is_closed():  # a controller that failed to bind keeps its loop
            controller.loop.close()


async def _abort_sessions(handler: RecordingHandler) -> None:
    loop = asyncio.get_running_loop()
    tasks = []
    for session in [s for s in handler.sessions if s.loop is loop]:
        for transport in (session.transport, session._original_transport):
            if transport is not None:
                transport.abort()
        if session._handler_coroutine is not None:
            tasks.append(session._handler_coroutine)
    if tasks:  # connection_lost cancels each session's task; let them unwind
        await asyncio.wait(tasks, timeout=2)


@contextlib.asynccontextmanager
async def client_session(smtp: aiosmtplib.SMTP) -> AsyncIterator[aiosmtplib.SMTP]:
    """Connect `smtp` and, on the way out, hang up for sure: QUIT if it is still connected,
    then abort the socket and give the loop the turn that closes it.

    Not `async with smtp`: aiosmtplib's close is the polite TLS one, which returns at once and
    leaves the socket open until the server's close_notify comes back (at once, or never from a
    server that hangs). A test whose event loop ends in between leaves the socket to the garbage
    collector, and its ResourceWarning ("unclosed transport"), an error in this suite, lands in
    whichever test the collector happens to run. dunnerd's SmtpSender hangs up the same way."""
    await smtp.connect()
    protocol = smtp.protocol
    try:
        yield smtp
    finally:
        if smtp.is_connected:
            with contextlib.suppress(aiosmtplib.SMTPException, OSError):
                await smtp.quit()
        # The protocol keeps its transport (TLS or not) until the socket is really closed,
        # also when aiosmtplib has let go of it after a disconnect or a timeout.
        transport = protocol.transport if protocol is not None else None
        smtp.close()
        if transport is not None:
            transport.abort()
        await asyncio.sleep(0)  # abort() closes the socket at the next turn of the loop
