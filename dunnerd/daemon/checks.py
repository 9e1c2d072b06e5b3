"""Health: `dunnerd check` (can dunnerd do its job with this config?) and the daemon's state for
`dunnerd status` (is it doing it?).

`run_checks` tries everything `dunnerd run` will need, in the way it will use it, and says per
check `ok` or the exact problem and its fix: the database opens and is migrated; each password
loads; IMAP logs in (TLS, certificate verified), opens the inbox and finds the Sent folder; SMTP
connects, speaks TLS, EHLO and AUTH (no message is sent); every email step's template renders in
every language for a sample invoice. Each check is bounded by a timeout, so a server that accepts
the connection and never speaks gives a line, not a hang. No result ever holds a password.

`daemon_state` reads what a running daemon leaves behind: the state directory's lock, the inbox
cursors, the outbox and the quarantine.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import datetime as dt
import errno
import fcntl
import os
import socket
import ssl
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import aiosmtplib
from sqlalchemy import func, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import col, select

from dunnerd.config.load import (
    LANGUAGES,
    Config,
    MailAccount,
    Secret,
    SecretRef,
    SecretSource,
    StepAction,
    load_secret,
)
from dunnerd.config.secrets import SecretError
from dunnerd.dunning.render import (
    InvoiceLine,
    ReminderContext,
    Renderer,
    TemplateNotFound,
    TemplateRenderError,
)
from dunnerd.ledger.models import Client, InboundMessage, Invoice, MailboxState, Reminder
from dunnerd.ledger.store import SCHEMA_VERSION, Store, StoreError, make_engine, migrate
from dunnerd.ledger.views import iso_utc
from dunnerd.mail.imap import ImapSession, MailboxAuthError, MailboxError
from dunnerd.states import ReminderState

DEFAULT_TIMEOUT = 15.0  # seconds per check
LATEST = 5  # how many of the latest failures `status` lists
# A UID no folder will have (the largest a UID can be): fetching it selects the folder read-only
# and proves it opens, without reading any mail.
_NO_SUCH_UID = 2**32 - 1
# A call the socket timeout does not cover (a DNS lookup, a chain of reads) still ends here.
_HARD_STOP_EXTRA = 2.0
_DEFAULT_PORTS = {("imap", "tls"): 993, ("imap", "starttls"): 143,
                  ("smtp", "tls"): 465, ("smtp", "starttls"): 587}


@dataclass(frozen=True)
class CheckResult:
    """One line of `dunnerd check`: `detail` says what was found (or what is wrong), `fix` what
    to do about it ("" when ok)."""

    name: str
    ok: bool
    detail: str
    fix: str = ""

    def view(self) -> dict[str, Any]:
        return {"name": self.name, "ok": self.ok, "detail": self.detail, "fix": self.fix}


async def run_checks(config: Config, today: dt.date, *, limit: float = DEFAULT_TIMEOUT,
                     environ: Mapping[str, str] | None = None) -> list[CheckResult]:
    """Every check, in a fixed order. `today` dates the sample invoice. Never raises for a
    problem in the installation: that is a failed CheckResult."""
    source = str(config.source) if config.source else "(built-in)"
    results = [CheckResult("config", True, f"{source} is valid")]
    database, override_templates = await _database(config, limit)
    results.append(database)
    passwords: dict[str, Secret | None] = {}
    for kind, account in (("imap", config.imap), ("smtp", config.smtp)):
        if account is None:
            results.append(CheckResult(
                kind, False, f"no [{kind}] section",
                f"add an [{kind}] section (see config.example.toml): dunnerd run needs it"))
            continue
        result, passwords[kind] = await _password(kind, account.password, limit, environ)
        results.append(result)
    imap, smtp, templates = await asyncio.gather(
        _imap(config.imap, passwords.get("imap"), limit),
        _smtp(config.smtp, passwords.get("smtp"), limit),
        _templates(config, today, override_templates, limit),
    )
    return [*results, *imap, *smtp, *templates]


# --- running blocking steps -------------------------------------------------------------------

Step = tuple[str, Callable[[], CheckResult]]


async def _steps_in_thread(steps: Sequence[Step], limit: float, on_timeout: str,
                           cleanup: Callable[[], None] = lambda: None) -> list[CheckResult]:
    """Run blocking `steps` in order in one daemon thread, each given `limit` seconds; stop at
    the first failure. Steps after a failure or a timeout are reported as not tried. A step that
    overruns is abandoned, not killed: its own socket timeout ends it, then `cleanup` runs in
    the thread. A daemon thread, so a stuck call never keeps the process from exiting."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[CheckResult | BaseException] = asyncio.Queue()
    abandoned = threading.Event()

    def post(item: CheckResult | BaseException) -> None:
        with contextlib.suppress(RuntimeError):  # the loop has closed: nobody is waiting
            loop.call_soon_threadsafe(queue.put_nowait, item)

    def work() -> None:
        try:
            for _name, step in steps:
                if abandoned.is_set():
                    return
                result = step()
                post(result)
                if not result.ok:
                    return
        except BaseException as exc:  # a bug in a step: re-raised on the loop's side
            post(exc)
        finally:
            cleanup()

    threading.Thread(target=work, name="dunnerd-check", daemon=True).start()
    results: list[CheckResult] = []
    for name, _step in steps:
        try:
            async with asyncio.timeout(limit + _HARD_STOP_EXTRA):
                item = await queue.get()
        except TimeoutError:
            abandoned.set()
            results.append(CheckResult(name, False, f"no result within {limit:g} s",
                                       on_timeout))
            break
        if isinstance(item, BaseException):
            raise item
        results.append(item)
        if not item.ok:
            break
    return results + _not_tried(steps[len(results):], results)


def _not_tried(steps: Sequence[Step], done: Sequence[CheckResult]) -> list[CheckResult]:
    because = done[-1].name if done else "a previous check"
    return [CheckResult(name, False, f"not tried, as {because} failed") for name, _ in steps]


# --- database ---------------------------------------------------------------------------------

async def _database(config: Config, limit: float) -> tuple[CheckResult, set[str]]:
    """Open and migrate the database (as `dunnerd run` would), check its integrity, and collect
    the templates the clients' step overrides name."""
    url = make_url(config.database_url).render_as_string(hide_password=True)
    templates: set[str] = set()

    def open_it() -> CheckResult:
        try:
            engine = make_engine(config.database_url)
        except OSError as exc:
            return CheckResult("database", False, f"{url}: {exc.strerror or exc}",
                               f"check that this user can create and write {config.state_dir}")
        try:
            before = migrate(engine)
            with engine.connect() as conn:
                version = conn.execute(
                    text("SELECT version FROM schema_version WHERE id = 1")).scalar_one()
                healthy = (engine.url.get_backend_name() != "sqlite"
                           or conn.execute(text("PRAGMA quick_check")).scalar_one() == "ok")
                for (overrides,) in conn.execute(select(col(Client.step_overrides))):
                    templates.update(str(o["template"]) for o in (overrides or {}).values()
                                     if isinstance(o, dict) and o.get("template"))
        except StoreError as exc:
            return CheckResult("database", False, f"{url}: {exc}",
                               "upgrade dunnerd" if "newer" in str(exc) else "check database.url")
        except SQLAlchemyError as exc:
            cause = getattr(exc, "orig", None) or exc
            return CheckResult("database", False, f"{url}: cannot open: {cause}",
                               f"check database.url, and that this user can write "
                               f"{config.state_dir} (systemd: StateDirectory=dunnerd)")
        finally:
            engine.dispose()
        if not healthy:
            return CheckResult("database", False, f"{url}: SQLite integrity check failed",
                               "stop dunnerd and restore the database from a backup")
        migrated = f", migrated from version {before}" if 0 < before < version else ""
        return CheckResult("database", True, f"{url}: schema version {version} (this dunnerd: "
                                             f"{SCHEMA_VERSION}){migrated}")

    [result] = await _steps_in_thread(
        [("database", open_it)], limit,
        "is another process holding a write lock on the database, or its disk stuck?")
    return result, templates


# --- secrets ----------------------------------------------------------------------------------

async def _password(kind: str, ref: SecretRef, limit: float,
                    environ: Mapping[str, str] | None) -> tuple[CheckResult, Secret | None]:
    name = f"{kind} password"
    loaded: list[Secret] = []

    def load() -> CheckResult:
        try:
            loaded.append(load_secret(ref, environ))
        except SecretError as exc:
            return CheckResult(name, False, str(exc), _secret_fix(ref))
        where = {SecretSource.INLINE: "inline in the config file",
                 SecretSource.FILE: f"from the file {ref.locator}",
                 SecretSource.COMMAND: "from the output of password_command",
                 SecretSource.CREDENTIAL: f"from the systemd credential {ref.locator}"}
        return CheckResult(name, True, f"{ref.key_path}: loaded {where[ref.source]}")

    [result] = await _steps_in_thread([(name, load)], limit, _secret_fix(ref))
    return result, loaded[0] if result.ok and loaded else None


def _secret_fix(ref: SecretRef) -> str:
    if ref.source is SecretSource.FILE:
        return (f"put the password alone in {ref.locator} (chmod 600, readable by this user), "
                f"or point {ref.key_path} at the right file")
    if ref.source is SecretSource.COMMAND:
        return ("run the command by hand as this user: it must print the password on its first "
                "line and exit with status 0, without asking anything")
    if ref.source is SecretSource.CREDENTIAL:
        return (f"run dunnerd under systemd with LoadCredential={ref.locator}:/path/to/secret "
                "(see systemd/dunnerd.service)")
    return f"set {ref.key_path}, or use password_file instead"


# --- IMAP -------------------------------------------------------------------------------------

async def _imap(account: MailAccount | None, password: Secret | None,
                limit: float) -> list[CheckResult]:
    names = ("imap login", "imap inbox", "imap sent folder")
    if account is None:
        return []
    if password is None:
        return [CheckResult(n, False, "not tried, as imap password failed") for n in names]
    if (problem := _ca_problem("imap", account)) is not None:
        return [problem, *_not_tried([(n, _never) for n in names[1:]], [problem])]
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

    return await _steps_in_thread(
        list(zip(names, (login, inbox, sent), strict=True)), limit,
        f"{where} accepted the connection but did not answer: check imap.port and "
        "imap.security, and that the server is not overloaded", cleanup=session.close)


def _never() -> CheckResult:
    raise AssertionError("a step reported as not tried is never run")


# --- SMTP -------------------------------------------------------------------------------------

async def _smtp(account: MailAccount | None, password: Secret | None,
                limit: float) -> list[CheckResult]:
    """Connect, TLS, EHLO and AUTH with aiosmtplib, as `SmtpSender` does (certificate always
    verified, `ca_file` honoured); then QUIT. Nothing is sent."""
    names = ("smtp connection", "smtp login")
    if account is None:
        return []
    if password is None:
        return [CheckResult(n, False, "not tried, as smtp password failed") for n in names]
    if (problem := _ca_problem("smtp", account)) is not None:
        return [problem, *_not_tried([(names[1], _never)], [problem])]
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
        async with asyncio.timeout(limit + _HARD_STOP_EXTRA):
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
            async with asyncio.timeout(limit + _HARD_STOP_EXTRA):
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
    return results + _not_tried([(n, _never) for n in names[len(results):]], results)


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


# --- what a network failure means -------------------------------------------------------------

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


# --- templates --------------------------------------------------------------------------------

async def _templates(config: Config, today: dt.date, extra: set[str],
                     limit: float) -> list[CheckResult]:
    """Render each email step's template (and each client override's) in every language for
    sample invoices: one, one partly paid, and two grouped in two currencies."""
    renderer = Renderer(config.templates_dir)
    names: dict[str, int] = {}  # template -> days late of its step, in policy order
    for step in config.policy.steps:
        if step.action is StepAction.EMAIL:
            names.setdefault(step.template, step.days)
    for name in sorted(extra):
        names.setdefault(name, max(names.values(), default=1))

    def render(template: str, days: int) -> Callable[[], CheckResult]:
        def step() -> CheckResult:
            problems: dict[str, str] = {}  # detail -> fix, in order, without repeats
            for language in LANGUAGES:
                for sample in _samples(config, template, language, today, days):
                    try:
                        renderer.render(sample)
                    except TemplateNotFound as exc:
                        problems.setdefault(f"{language}: {exc}", _missing_fix(config, exc))
                    except TemplateRenderError as exc:
                        line = f", line {exc.line}" if exc.line is not None else ""
                        problems.setdefault(
                            f"{language}: {exc}",
                            f"edit {exc.template}{line} (or remove it to use the built-in one)")
                        break  # the other samples would only repeat it
            name = f"template {template}"
            if problems:
                return CheckResult(name, False, "; ".join(problems), "; ".join(
                    dict.fromkeys(problems.values())))
            where = f", owner templates in {config.templates_dir}" if config.templates_dir else ""
            return CheckResult(name, True, f"renders in {', '.join(LANGUAGES)}{where}")
        return step

    results: list[CheckResult] = []
    for template, days in names.items():  # each its own thread: a failure stops no other
        results += await _steps_in_thread([(f"template {template}", render(template, days))],
                                          limit, "look for a runaway loop in the template")
    return results


def _samples(config: Config, template: str, language: str, today: dt.date,
             days: int) -> list[ReminderContext]:
    def line(number: str, amount: str, paid: str, currency: str, late: int) -> InvoiceLine:
        due = today - dt.timedelta(days=late)
        return InvoiceLine(number=number, issued=due - dt.timedelta(days=30), due=due,
                           amount=Decimal(amount), paid=Decimal(paid), currency=currency,
                           days_late=late)

    def context(*invoices: InvoiceLine) -> ReminderContext:
        return ReminderContext(step=template, language=language, client_name="Sample Client SA",
                               owner=config.owner, invoices=invoices, today=today,
                               reminders_sent=1)

    return [
        context(line("SAMPLE-001", "1234.50", "0", "EUR", days)),
        context(line("SAMPLE-002", "1234.50", "234.50", "EUR", days)),
        context(line("SAMPLE-003", "99.90", "0", "EUR", days + 14),
                line("SAMPLE-004", "500", "100", "USD", days)),
    ]


def _missing_fix(config: Config, exc: TemplateNotFound) -> str:
    stem = exc.template.removesuffix(".subject.j2")
    where = config.templates_dir or "templates_dir (set it in the config)"
    return (f"add {where}/{stem}.subject.j2, .txt.j2 and .html.j2, or name an existing template "
            "in policy.steps or the client's --step-template")


# --- status: the daemon's state -------------------------------------------------------------

@dataclass(frozen=True)
class DaemonProbe:
    running: bool | None  # None: the lock file could not be opened (permissions)
    pid: int | None
    lock_file: Path
    problem: str = ""


def probe_daemon(state_dir: Path) -> DaemonProbe:
    """Is a daemon holding the state directory's lock (dunnerd.daemon.lock.StateLock)? Takes a
    shared lock without waiting and releases it at once: if that works, none runs. Never creates the
    file. A daemon starting in that very instant would be refused, as if a second one ran."""
    path = state_dir / "dunnerd.lock"
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except FileNotFoundError:
        return DaemonProbe(False, None, path)
    except OSError as exc:
        return DaemonProbe(None, None, path, f"cannot open {path}: {exc.strerror}; run "
                                             "dunnerd status as the daemon's user")
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip()
            return DaemonProbe(True, int(holder) if holder.isdigit() else None, path)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return DaemonProbe(False, None, path)
    finally:
        os.close(fd)


def daemon_state(store: Store, state_dir: Path) -> dict[str, Any]:
    """The `daemon`, `inbox`, `outbox` and `failures` keys of `status --json`."""
    probe = probe_daemon(state_dir)
    problems = (ReminderState.FAILED, ReminderState.UNKNOWN)
    with store.session() as s:
        folders = list(s.exec(select(MailboxState).order_by(col(MailboxState.folder))))
        outbox = {ReminderState(state).value: int(n) for state, n in s.exec(
            select(Reminder.state, func.count()).group_by(col(Reminder.state)))}
        latest = s.exec(
            select(Reminder, Invoice.number, Client.key)
            .join(Invoice, col(Invoice.id) == col(Reminder.invoice_id))
            .join(Client, col(Client.id) == col(Reminder.client_id))
            .where(col(Reminder.state).in_(problems))
            .order_by(col(Reminder.id).desc()).limit(LATEST)).all()
        quarantined = int(s.exec(select(func.count()).select_from(InboundMessage)
                                 .where(col(InboundMessage.quarantined))).one())
        held = s.exec(select(InboundMessage).where(col(InboundMessage.quarantined))
                      .order_by(col(InboundMessage.id).desc()).limit(LATEST)).all()
    return {
        "daemon": {"running": probe.running, "pid": probe.pid, "lock_file": str(probe.lock_file),
                   "problem": probe.problem or None},
        "inbox": [{"folder": m.folder, "uidvalidity": m.uidvalidity, "last_uid": m.last_uid,
                   "last_sync_at": iso_utc(m.last_sync_at)} for m in folders],
        "outbox": dict(sorted(outbox.items())),
        "failures": {
            "reminders": {
                "failed": outbox.get(ReminderState.FAILED.value, 0),
                "unknown": outbox.get(ReminderState.UNKNOWN.value, 0),
                "latest": [{"invoice": number, "client": key, "step": r.step,
                            "state": r.state.value, "planned_at": iso_utc(r.planned_at),
                            "sent_at": iso_utc(r.sent_at), "attempts": r.attempts,
                            "message_id": r.message_id, "last_error": r.last_error,
                            "smtp_reply": r.smtp_reply} for r, number, key in latest],
            },
            "quarantined": {
                "count": quarantined,
                "latest": [{"folder": m.folder, "uid": m.uid, "received_at": iso_utc(m.received_at),
                            "from": m.from_address, "subject": m.subject,
                            "error": m.evidence.get("error")} for m in held],
            },
        },
    }
