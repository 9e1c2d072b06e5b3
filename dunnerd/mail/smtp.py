"""Reminders on the wire: send the stored bytes in one SMTP transaction whose outcome says
precisely what happened.

`SmtpSender` drives aiosmtplib step by step so it knows the phase of every failure, and writes
the message content and the final "." itself (aiosmtplib's `data()` does both in one call), so
it can tell "failed before the final '.' was handed to the socket" (DEFERRED, safe to retry) from
"no reply after it" (UNKNOWN: the server may have taken the message; look for the witness). See
RELIABILITY.md, "Sending exactly once". Composing the bytes is `compose`'s job; the outbox state
machine and the Sent copy live elsewhere.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import os
import re
import ssl
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import TracebackType
from typing import TypeVar, cast

import aiosmtplib

from dunnerd.config.schema import MailAccount, Secret

log = logging.getLogger(__name__)

_LINE_ENDINGS = re.compile(rb"\r\n|\n|\r")
_LEADING_DOT = re.compile(rb"(?m)^\.")
_DRAIN_POLL = 0.01  # seconds between looks at the transport's write buffer
_E = TypeVar("_E", bound=BaseException)


class SendOutcome(StrEnum):
    ACCEPTED = "accepted"  # 2xx after the final ".": the server took the message
    DEFERRED = "deferred"  # 4xx, or any failure before the final "." was written: retry later
    REJECTED = "rejected"  # 5xx: permanent for this message, tell the owner
    UNKNOWN = "unknown"  # the final "." was written and no reply came: look for the witness


@dataclass(frozen=True)
class SendResult:
    outcome: SendOutcome
    code: int | None  # the server's reply code, None when there was no reply
    reply: str  # the server's text or what went wrong; never holds the password
    phase: str  # connect | starttls | ehlo | auth | mail | rcpt | data | data-end


@dataclass(frozen=True)
class Envelope:
    sender: str
    recipients: tuple[str, ...]  # To + Cc + the witness address (envelope-only)


class _Failed(Exception):
    """Internal: a step failed and the transaction stops with `result`."""

    def __init__(self, result: SendResult) -> None:
        super().__init__(result.reply)
        self.result = result


class SmtpSender:
    """One SMTP connection, opened at the first `send` and reused for a batch.

    Use as ``async with SmtpSender(account, password) as sender: await sender.send(...)``.
    `send` never raises for a server, network or TLS problem: it returns a SendResult. TLS
    certificates are always verified (against `account.ca_file` when set); there is no way to
    turn that off. Sends on one sender are serialized.
    """

    def __init__(self, account: MailAccount, password: Secret, *, timeout: float = 60.0,
                 data_timeout: float = 600.0) -> None:
        self._account = account
        self._password = password
        self._timeout = timeout
        # RFC 5321 4.5.3.2.6: a server may take 10 minutes to answer the final ".".
        self._data_timeout = data_timeout
        self._smtp: aiosmtplib.SMTP | None = None
        # The socket's transport as last seen: aiosmtplib forgets it when it closes on its own.
        self._transport: asyncio.Transport | None = None
        self._lock = asyncio.Lock()

    async def __aenter__(self) -> SmtpSender:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None,
                        exc: BaseException | None, tb: TracebackType | None) -> None:
        async with self._lock:
            smtp = self._smtp
            if smtp is not None and smtp.is_connected:
                try:
                    await smtp.quit(timeout=min(self._timeout, 10.0))
                except _FAILURES as error:
                    log.debug("QUIT failed host=%s: %s", self._account.host,
                              self._redact(str(error)))
            self._drop()
            await asyncio.sleep(0)  # one loop turn: the aborted socket is closed on return

    async def send(self, envelope: Envelope, raw: bytes,
                   before_final_dot: Callable[[], Awaitable[None]] | None = None) -> SendResult:
        """Send `raw` (the stored bytes, unchanged) to `envelope` in one transaction.

        Every recipient must be accepted for the message to be sent: if any is refused, the
        transaction is reset and the worst refusal returned (REJECTED before DEFERRED). If this
        task is cancelled, the connection is dropped and the outcome is unknown if the final "."
        may have been written. `before_final_dot`, when given, is awaited after the content and
        before the final ".": the one moment after which the server may have the message.
        """
        if not envelope.recipients:
            raise ValueError("an envelope needs at least one recipient")
        async with self._lock:
            try:
                smtp = await self._connection()
                result = await self._transaction(smtp, envelope, raw, before_final_dot)
            except _Failed as failed:
                result = failed.result
            except BaseException:
                self._drop()
                raise
            if self._smtp is None:
                await asyncio.sleep(0)  # one loop turn: a dropped socket is closed on return
        level = logging.INFO if result.outcome is SendOutcome.ACCEPTED else logging.WARNING
        log.log(level, "send outcome=%s phase=%s code=%s host=%s reply=%r", result.outcome.value,
                result.phase, result.code, self._account.host, result.reply)
        return result

    # -- connection -------------------------------------------------------------------------

    async def _connection(self) -> aiosmtplib.SMTP:
        if self._smtp is not None and self._smtp.is_connected:
            return self._smtp
        self._drop()
        account = self._account
        phase = "connect"
        try:
            context = ssl.create_default_context(
                cafile=str(account.ca_file) if account.ca_file is not None else None)
        except (OSError, ssl.SSLError) as exc:
            raise _Failed(self._result(SendOutcome.DEFERRED, None,
                                       f"cannot load the CA file {account.ca_file}: {exc}",
                                       phase)) from None
        smtp = aiosmtplib.SMTP(hostname=account.host, port=account.port,
                               use_tls=account.security == "tls", start_tls=False,
                               tls_context=context, timeout=self._timeout)
        self._smtp = smtp
        try:
            # The whole connect (name lookup, TCP, TLS handshake, greeting) gets one timeout.
            async with asyncio.timeout(self._timeout):
                await smtp.connect()
            self._transport = cast("asyncio.Transport | None", smtp.transport)
            phase = "ehlo"
            await smtp.ehlo()
            if account.security == "starttls":
                phase = "starttls"
                await smtp.starttls()
                self._transport = cast("asyncio.Transport | None", smtp.transport)
                phase = "ehlo"
                await smtp.ehlo()
            if account.username:
                phase = "auth"
                await smtp.login(account.username, self._password.reveal())
        except _FAILURES as exc:
            self._drop()
            raise _Failed(self._failure(exc, phase)) from None
        return smtp

    def _drop(self) -> None:
        """Forget the connection and abort its socket. Not a polite TLS close: that waits
        for the server's close_notify (up to 30 s), and a server that hangs or has gone would
        leave the socket open behind us. The socket closes at the next turn of the loop."""
        smtp, self._smtp = self._smtp, None
        transport, self._transport = self._transport, None
        if smtp is not None:
            smtp.close()
        if transport is not None:
            transport.abort()

    # -- one transaction --------------------------------------------------------------------

    async def _transaction(
        self, smtp: aiosmtplib.SMTP, envelope: Envelope, raw: bytes,
        before_final_dot: Callable[[], Awaitable[None]] | None = None,
    ) -> SendResult:
        phase = "mail"
        try:
            await smtp.mail(envelope.sender)
            phase = "rcpt"
            await self._recipients(smtp, envelope.recipients)
            phase = "data"
            reply = await smtp.execute_command(b"DATA")
            if reply.code != 354:
                raise aiosmtplib.SMTPDataError(reply.code, reply.message)
            await self._content(smtp, raw)
        except _Failed:
            await self._reset(smtp)
            raise
        except _FAILURES as exc:
            await self._reset(smtp)
            raise _Failed(self._failure(exc, phase)) from None
        if before_final_dot is not None:
            # The outbox records "sending" here: until the "." is written the server discards
            # the message if we die, so only from now on can the outcome be uncertain.
            await before_final_dot()
        return await self._final_dot(smtp)

    async def _recipients(self, smtp: aiosmtplib.SMTP, recipients: Sequence[str]) -> None:
        refused: list[aiosmtplib.SMTPRecipientRefused] = []
        for recipient in recipients:
            try:
                await smtp.rcpt(recipient)
            except aiosmtplib.SMTPRecipientRefused as exc:
                refused.append(exc)
                if not smtp.is_connected:  # 421: the server closed the channel
                    break
        if not refused:
            return
        permanent = [exc for exc in refused if exc.code // 100 == 5]
        worst = (permanent or refused)[0]
        reply = "; ".join(f"<{exc.recipient}>: {exc.code} {exc.message}" for exc in refused)
        raise _Failed(self._result(_by_code(worst.code), worst.code, reply, "rcpt"))

    async def _content(self, smtp: aiosmtplib.SMTP, raw: bytes) -> None:
        """Write the dot-stuffed content, without the final ".", and wait until the transport
        has handed it all to the kernel: a connection lost until then is a failure before the
        final ".", which no server can have taken as a message."""
        protocol, transport = smtp.protocol, smtp.transport
        if protocol is None or transport is None:
            raise aiosmtplib.SMTPServerDisconnected("connection lost before the content")
        protocol.write(_dot_stuffed(raw))
        try:
            async with asyncio.timeout(self._data_timeout):
                # Transports tell their buffer size but offer no event for "empty", and
                # aiosmtplib's flow-control waiter is private: look every 10 ms. Most
                # messages leave at once and never loop.
                while not _hung_up(smtp) and _unsent(transport) > 0:  # noqa: ASYNC110
                    await asyncio.sleep(_DRAIN_POLL)
        except TimeoutError:
            raise aiosmtplib.SMTPTimeoutError("timed out sending the message content") from None
        if _hung_up(smtp):
            raise aiosmtplib.SMTPServerDisconnected("the server hung up before the final '.'")

    async def _final_dot(self, smtp: aiosmtplib.SMTP) -> SendResult:
        """Write the final "." and wait up to data_timeout for the reply. Once the "." is
        written, a missing reply is UNKNOWN, never DEFERRED."""
        protocol = smtp.protocol
        try:
            if protocol is None or _hung_up(smtp):
                raise aiosmtplib.SMTPServerDisconnected("connection lost before the final '.'")
            protocol.write(b".\r\n")  # raises, writing nothing, when the transport is closing
        except _FAILURES as exc:
            self._drop()
            raise _Failed(self._failure(exc, "data")) from None  # nothing the server can take
        phase = "data-end"
        try:
            reply = await protocol.read_response(timeout=self._data_timeout)
        except _FAILURES as exc:
            self._drop()  # the reply may still come: this connection cannot be trusted
            if isinstance(exc, aiosmtplib.SMTPTimeoutError):
                text = f"no reply within {self._data_timeout:g} s after the final '.'"
            else:
                text = f"connection lost after the final '.': {exc}"
            return self._result(SendOutcome.UNKNOWN, None, text, phase)
        if reply.code == 421 or not smtp.is_connected:
            self._drop()
        if 200 <= reply.code < 300:
            return self._result(SendOutcome.ACCEPTED, reply.code, reply.message, phase)
        if reply.code // 100 in (4, 5):
            return self._result(_by_code(reply.code), reply.code, reply.message, phase)
        self._drop()
        return self._result(SendOutcome.UNKNOWN, reply.code,
                            f"unexpected reply after the final '.': {reply.message}", phase)

    async def _reset(self, smtp: aiosmtplib.SMTP) -> None:
        """RSET after a failed transaction, so the connection can carry the next message."""
        if _hung_up(smtp):
            self._drop()
            return
        try:
            await smtp.rset()
        except _FAILURES:
            self._drop()

    # -- results ----------------------------------------------------------------------------

    def _failure(self, exc: BaseException, phase: str) -> SendResult:
        """What an exception raised before the final "." means."""
        if isinstance(exc, aiosmtplib.SMTPResponseException) and exc.code >= 0:
            return self._result(_by_code(exc.code), exc.code, exc.message, phase)
        cert_error = _cause(exc, ssl.SSLCertVerificationError)
        if cert_error is not None:
            return self._result(SendOutcome.DEFERRED, None,
                                f"TLS certificate verify failed: {cert_error.verify_message}",
                                phase)
        if isinstance(exc, ValueError):  # an address aiosmtplib cannot put in a command
            return self._result(SendOutcome.REJECTED, None, f"unusable address: {exc}", phase)
        errno = _errno(exc)
        if errno is not None:  # "Connection refused: Error connecting to ...: [Errno 111] ..."
            return self._result(SendOutcome.DEFERRED, None, f"{os.strerror(errno)}: {exc}",
                                phase)
        if isinstance(exc, TimeoutError):
            text = str(exc) or f"timed out after {self._timeout:g} s"
            return self._result(SendOutcome.DEFERRED, None, text, phase)
        return self._result(SendOutcome.DEFERRED, None,
                            str(exc) or type(exc).__name__, phase)

    def _result(self, outcome: SendOutcome, code: int | None, reply: str,
                phase: str) -> SendResult:
        return SendResult(outcome, code, self._redact(reply), phase)

    def _redact(self, text: str) -> str:
        """The reply without the password, plain or in the base64 forms AUTH sends it."""
        password = self._password.reveal()
        if not password:
            return text
        user = self._account.username
        forms = {
            password,
            base64.b64encode(password.encode()).decode(),
            base64.b64encode(f"\0{user}\0{password}".encode()).decode(),
        }
        for form in sorted(forms, key=len, reverse=True):
            text = text.replace(form, "********")
        return text


# Everything a server, the network or TLS can throw at a step. ValueError covers an address
# that aiosmtplib refuses to put in a command (control characters, non-ASCII).
_FAILURES = (aiosmtplib.SMTPException, OSError, ssl.SSLError, TimeoutError, ValueError)


def _hung_up(smtp: aiosmtplib.SMTP) -> bool:
    """Whether the server closed or reset the connection. Over TLS a server's hang-up first
    shows as aiosmtplib's reply waiter failing (its eof_received), while the TLS layer goes on
    flushing our writes and the transport does not report closing yet: so look at the waiter
    too (a private attribute, hence the getattr)."""
    if not smtp.is_connected:
        return True
    waiter = getattr(smtp.protocol, "_response_waiter", None)
    return isinstance(waiter, asyncio.Future) and waiter.done()


def _unsent(transport: asyncio.BaseTransport) -> int:
    """Bytes we wrote that are still in this process. A TLS transport encrypts at once and
    passes the bytes to the socket transport below it, so its own buffer size says nothing:
    add that one's (a private attribute of asyncio's SSL transport, hence the getattr; if it
    ever goes away, more failures come out UNKNOWN, never a wrong DEFERRED)."""
    size = cast(asyncio.WriteTransport, transport).get_write_buffer_size()
    below = getattr(getattr(transport, "_ssl_protocol", None), "_transport", None)
    if isinstance(below, asyncio.WriteTransport) and not below.is_closing():
        size += below.get_write_buffer_size()
    return size


def _by_code(code: int) -> SendOutcome:
    return SendOutcome.REJECTED if code // 100 == 5 else SendOutcome.DEFERRED


def _cause(exc: BaseException, kind: type[_E]) -> _E | None:
    """`exc` or the first exception of type `kind` it was raised from (aiosmtplib wraps TLS
    errors of the implicit-TLS handshake in SMTPConnectError)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def _errno(exc: BaseException) -> int | None:
    """The errno of the first OS-level error in `exc`'s chain (not TLS's own codes)."""
    current: BaseException | None = exc
    for _ in range(10):
        if current is None:
            return None
        if (isinstance(current, OSError) and not isinstance(current, ssl.SSLError)
                and isinstance(current.errno, int)):
            return current.errno
        current = current.__cause__ or current.__context__
    return None


def _dot_stuffed(raw: bytes) -> bytes:
    """The content as DATA carries it: CRLF line endings, a final CRLF, and a "." doubled at
    the start of a line (RFC 5321 4.5.2). The final "." is not included."""
    content = _LINE_ENDINGS.sub(b"\r\n", raw)
    if not content.endswith(b"\r\n"):
        content += b"\r\n"
    return _LEADING_DOT.sub(b"..", content)
