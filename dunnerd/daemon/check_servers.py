"""`dunnerd check` against the mail servers: IMAP logs in (TLS, certificate verified), opens the
inbox and finds the Sent folder; SMTP connects, speaks TLS, EHLO and AUTH, and sends nothing.
Every failure says what is wrong and how to fix it, and never shows a password."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import errno
import os
import socket
import ssl
from typing import Any

import aiosmtplib

from dunnerd.config.schema import MailAccount, Secret
from dunnerd.daemon.check_steps import HARD_STOP_EXTRA, CheckResult, not_tried, steps_in_thread
from dunnerd.mail.imap import ImapSession, MailboxAuthError, MailboxError

# A UID no folder will have (the largest a UID can be): fetching it selects the folder read-only
# and proves it opens, without reading any mail.
_NO_SUCH_UID = 2**32 - 1


_DEFAULT_PORTS = {("imap", "tls"): 993, ("imap", "starttls"): 143,
                  ("smtp", "tls"): 465, ("smtp", "starttls"): 587}


async def check_imap(account: MailAccount | None, password: Secret | None,
                limit: float) -> list[CheckResult]:
    names = ("imap login", "imap inbox", "imap sent folder")
    if account is None:
        return []
    if password is None:
        return [CheckResult(n, False, "not tried, as imap password failed") for n in names]
    if (problem := _ca_problem("imap", account)) is not None:
        return [problem, *not_tried([(n, _never) for n in names[1:]], [problem])]
    session = ImapSession(account, password, timeout=limit)
    where = f"{account.host}:{account.port}"

    def login() -> CheckResult:
        try:
            session.connect()
        except MailboxAuthError as exc:
            detail = str(exc).removesuffix("; check the username and password")
            return CheckResult(names[0], False, detail,
                               f"check imap.username ({account.username!r}) and the password "
                               f"({account.password.key_path})")
        except MailboxError as exc:
            return CheckResult(names[0], False, str(exc), _network_fix("imap", account, exc))
        how = "TLS" if account.security == "tls" else "STARTTLS"
        return CheckResult(names[0], True, f"logged in to {where} as {account.username!r} over "
                                           f"{how}, certificate verified")

    def inbox() -> CheckResult:
        try:
            session.fetch_raw(account.inbox_folder, _NO_SUCH_UID)
        except MailboxError as exc:
            return CheckResult(names[1], False, str(exc),
                               "set imap.inbox_folder to the folder where mail arrives "
                               '(usually "INBOX")')
        return CheckResult(names[1], True, f"{account.inbox_folder!r} opens")

    def sent() -> CheckResult:
        try:
            folder = session.find_sent_folder()
            session.fetch_raw(folder, _NO_SUCH_UID)
        except MailboxError as exc:
            fix = ("set imap.sent_folder to one of the folders listed, or remove it to use the "
                   "folder the server marks \\Sent" if account.sent_folder else
                   "set sent_folder in [imap] to the folder where your mail client keeps sent "
                   "mail")
            return CheckResult(names[2], False, str(exc), fix)
        how = "configured" if account.sent_folder else "marked \\Sent"
        return CheckResult(names[2], True, f"{folder!r} ({how}) opens")

    return await steps_in_thread(
        list(zip(names, (login, inbox, sent), strict=True)), limit,
        f"{where} accepted the connection but did not answer: check imap.port and "
        "imap.security, and that the server is not overloaded", cleanup=session.close)


def _never() -> CheckResult:
    raise AssertionError("a step reported as not tried is never run")


async def check_smtp(account: MailAccount | None, password: Secret | None,
                limit: float) -> list[CheckResult]:
    """Connect, TLS, EHLO and AUTH with aiosmtplib, as `SmtpSender` does (certificate always
    verified, `ca_file` honoured); then QUIT. Nothing is sent."""
    names = ("smtp connection", "smtp login")
    if account is None:
        return []
    if password is None:
        return [CheckResult(n, False, "not tried, as smtp password failed") for n in names]
    if (problem := _ca_problem("smtp", account)) is not None:
        return [problem, *not_tried([(names[1], _never)], [problem])]
    context = ssl.create_default_context(
        cafile=str(account.ca_file) if account.ca_file is not None else None)
    smtp = aiosmtplib.SMTP(hostname=account.host, port=account.port,
                           use_tls=account.security == "tls", start_tls=False,
                           tls_context=context, timeout=limit)
    where = f"SMTP server {account.host}:{account.port}"
    transports: list[Any] = []
    results: list[CheckResult] = []
    phase = "connecting"
    try:
        async with asyncio.timeout(limit + HARD_STOP_EXTRA):
            await smtp.connect()
            transports.append(smtp.transport)
            phase = "EHLO"
            await smtp.ehlo()
            if account.security == "starttls":
                phase = "STARTTLS"
                await smtp.starttls()
                transports.append(smtp.transport)
                phase = "EHLO"
                await smtp.ehlo()
        how = "TLS" if account.security == "tls" else "STARTTLS"
        results.append(CheckResult(names[0], True, f"{account.host}:{account.port} over {how}, "
                                                   "certificate verified, EHLO accepted"))
        phase = "AUTH"
        if not smtp.supports_extension("auth"):
            results.append(CheckResult(
                names[1], False, f"{where} offers no AUTH after {how}",
                "set smtp.port to your provider's submission port (587 with starttls, 465 "
                "with tls), not 25"))
        else:
            async with asyncio.timeout(limit + HARD_STOP_EXTRA):
                await smtp.login(account.username, password.reveal())
            results.append(CheckResult(names[1], True,
                                       f"logged in as {account.username!r} (no message sent)"))
    except aiosmtplib.SMTPAuthenticationError as exc:
        results.append(CheckResult(
            names[1], False,
            _redact(f"{where}: login as {account.username!r} was refused: {exc.code} "
                    f"{exc.message}", account, password),
            f"check smtp.username ({account.username!r}) and the password "
            f"({account.password.key_path})"))
    except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
        if isinstance(exc, TimeoutError):
            detail = f"{where}: no answer within {limit:g} s while {phase}"
        else:
            detail = f"{where}: {phase} failed: {_describe(exc)}"
        name = names[1] if phase == "AUTH" else names[0]
        results.append(CheckResult(name, False, _redact(detail, account, password),
                                   _network_fix("smtp", account, exc)))
    finally:
        await _hang_up(smtp, transports)
    return results + not_tried([(n, _never) for n in names[len(results):]], results)


async def _hang_up(smtp: aiosmtplib.SMTP, transports: list[Any]) -> None:
    if smtp.is_connected:
        with contextlib.suppress(aiosmtplib.SMTPException, OSError, TimeoutError):
            async with asyncio.timeout(5):
                await smtp.quit()
    smtp.close()
    # Abort rather than wait for a polite TLS close a silent server would never answer (see
    # SmtpSender._drop); the socket closes at the next turn of the loop.
    for transport in transports:
        if transport is not None:
            transport.abort()
    await asyncio.sleep(0)


def _redact(text_: str, account: MailAccount, password: Secret) -> str:
    secret = password.reveal()
    if not secret:
        return text_
    forms = {secret, base64.b64encode(secret.encode()).decode(),
             base64.b64encode(f"\0{account.username}\0{secret}".encode()).decode()}
    for form in sorted(forms, key=len, reverse=True):
        text_ = text_.replace(form, "********")
    return text_


def _ca_problem(kind: str, account: MailAccount) -> CheckResult | None:
    if account.ca_file is None:
        return None
    try:
        ssl.create_default_context(cafile=str(account.ca_file))
    except (OSError, ssl.SSLError) as exc:
        return CheckResult(f"{kind} login" if kind == "imap" else f"{kind} connection", False,
                           f"cannot load {kind}.ca_file {account.ca_file}: {_describe(exc)}",
                           f"point {kind}.ca_file at the PEM certificate of the CA that signed "
                           "the server's certificate")
    return None


def _chain(exc: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in found and len(found) < 10:
        found.append(current)
        current = current.__cause__ or current.__context__
    return found


def _describe(exc: BaseException) -> str:
    """The OS's words when there is an errno ("Connection refused"), else the exception."""
    for link in _chain(exc):
        if isinstance(link, OSError) and not isinstance(link, ssl.SSLError) and link.errno:
            return os.strerror(link.errno)
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _network_fix(kind: str, account: MailAccount, exc: BaseException) -> str:
    chain = _chain(exc)
    ports = (f"{_DEFAULT_PORTS[kind, 'tls']} with security = \"tls\", "
             f"{_DEFAULT_PORTS[kind, 'starttls']} with \"starttls\"")
    if any(isinstance(e, ConnectionRefusedError) or getattr(e, "errno", None) == errno.ECONNREFUSED
           for e in chain):
        return (f"nothing listens on {account.host}:{account.port}: check {kind}.host and "
                f"{kind}.port (usually {ports}), and that the server runs")
    if any(isinstance(e, socket.gaierror) for e in chain):
        return f"check {kind}.host: {account.host!r} cannot be resolved"
    if any(isinstance(e, ssl.SSLCertVerificationError) for e in chain) or "certificate" in str(exc):
        return (f"set {kind}.ca_file to the CA that signed the server's certificate, or check "
                f"that {kind}.host ({account.host}) is the name on it")
    if any(isinstance(e, TimeoutError) for e in chain) or "no answer" in str(exc):
        return (f"the server accepted the connection but did not answer: check {kind}.port "
                f"(usually {ports}) and {kind}.security, and that the server is not overloaded")
    if any(isinstance(e, ssl.SSLError) for e in chain):
        return (f"check that {kind}.security ({account.security!r}) matches {kind}.port "
                f"(usually {ports})")
    return f"check {kind}.host, {kind}.port and {kind}.security"
