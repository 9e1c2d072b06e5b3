"""The TOML configuration: one typed, frozen object, completely validated at load.

Loading and validation live below the types. Every problem found is reported with its key path,
what was wrong and what was expected; secrets are wrapped in `Secret` so no repr, log or error can
show them.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shlex
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from email.errors import HeaderParseError
from email.headerregistry import Address
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any, Literal, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays
from schwifty import BIC, IBAN
from schwifty.exceptions import InvalidChecksumDigits, SchwiftyException
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

DEFAULT_CONFIG_PATH = Path("/etc/dunnerd/dunnerd.toml")
CONFIG_ENV_VAR = "DUNNERD_CONFIG"


class Secret:
    """A password or token. Its repr and str never show the value."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


class SecretSource(StrEnum):
    INLINE = "password"  # in the TOML file itself (refused when group or others can read it)
    FILE = "password_file"
    COMMAND = "password_command"
    CREDENTIAL = "credential"  # a systemd credential: $CREDENTIALS_DIRECTORY/<name>


@dataclass(frozen=True)
class SecretRef:
    """Where a secret comes from. Loaded on demand (`load_secret`), so commands that need no
    mail server never run a password command."""

    source: SecretSource
    key_path: str  # e.g. "smtp.password_command", for error messages
    locator: str = field(repr=False)  # the path, command or credential name (or "" when inline)
    inline: Secret | None = field(default=None, repr=False)


class StepAction(StrEnum):
    EMAIL = "email"  # a reminder email to the client
    RECORD = "record"  # formal notice, hand-off: an Event and an owner alert, nothing to the client


@dataclass(frozen=True)
class Step:
    name: str
    days: int  # days after the due date
    template: str  # template name under templates/<lang>/, e.g. "friendly"
    action: StepAction = StepAction.EMAIL
    # The step cannot be reached by skipping: the previous step must have happened.
    requires_previous: bool = False
    # Minimum days between the previous step and this one (formal notice: 7 after the final).
    min_days_after_previous: int = 0


DEFAULT_STEPS: tuple[Step, ...] = (
    Step("friendly", 1, "friendly"),
    Step("firm", 15, "firm"),
    Step("final", 40, "final"),
    Step("formal_notice", 47, "formal_notice", StepAction.RECORD, True, 7),
    Step("handoff", 54, "handoff", StepAction.RECORD, True, 7),
)


@dataclass(frozen=True)
class SendWindow:
    start: dt.time = dt.time(9, 0)
    end: dt.time = dt.time(17, 0)  # exclusive; start == 00:00 and end == 24:00 means all day
    all_day: bool = False
    business_days: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # 0 = Monday
    skip_holidays: bool = True


@dataclass(frozen=True)
class PolicyConfig:
    steps: tuple[Step, ...] = DEFAULT_STEPS
    min_gap_days: int = 3
    group_invoices: bool = True
    promise_grace_days: int = 2
    window: SendWindow = field(default_factory=SendWindow)
    holiday_country: str | None = None  # ISO 3166-1 alpha-2; the client's country wins
    holiday_subdivision: str | None = None


@dataclass(frozen=True)
class Owner:
    name: str
    email: str
    company: str = ""
    address: str = ""
    phone: str = ""
    iban: str = ""  # normalised, no spaces
    bic: str = ""
    language: str = "en"  # "en" or "fr"
    timezone: str = "UTC"  # IANA name


@dataclass(frozen=True)
class MailAccount:
    host: str
    port: int
    security: Literal["tls", "starttls"]
    username: str
    password: SecretRef
    ca_file: Path | None = None  # a private CA, for tests and self-hosted servers
    sent_folder: str = ""  # IMAP only; "" means the folder flagged \Sent (RFC 6154 SPECIAL-USE)
    inbox_folder: str = "INBOX"  # IMAP only


@dataclass(frozen=True)
class TrustedSender:
    address: str  # an exact address "alerts@bank.example" or a domain "@stripe.com"
    name: str = ""


@dataclass(frozen=True)
class InboxSettings:
    # The authserv-id your own border mail server writes in Authentication-Results headers
    # (RFC 8601); only the topmost header carrying it is believed. "" trusts none of them.
    authserv_id: str = ""


@dataclass(frozen=True)
class AlertSettings:
    to: str = ""  # the owner's alert address; "" means owner.email
    digest_hour: int | None = 8  # local hour (owner's time zone) of the daily digest; None: off
    phone_first: bool = False  # list late clients to phone before their first email


@dataclass(frozen=True)
class DaemonSettings:
    witness_grace_seconds: float = 60.0  # how long to wait for the witness of an uncertain send
    # A server failing this long is an incident the owner hears of (once); shorter hiccups only
    # show in the STATUS line.
    incident_after_seconds: float = 120.0


@dataclass(frozen=True)
class Config:
    owner: Owner
    state_dir: Path
    database_url: str = field(repr=False)  # may hold a PostgreSQL password
    policy: PolicyConfig = field(default_factory=PolicyConfig)
    imap: MailAccount | None = None
    smtp: MailAccount | None = None
    templates_dir: Path | None = None  # the owner's overrides, searched before the built-ins
    trusted_senders: tuple[TrustedSender, ...] = ()
    source: Path | None = None  # the file this was loaded from
    log_level: str = "info"  # debug, info, warning or error
    inbox: InboxSettings = field(default_factory=InboxSettings)
    alerts: AlertSettings = field(default_factory=AlertSettings)
    daemon: DaemonSettings = field(default_factory=DaemonSettings)


# --- Loading and validation -------------------------------------------------------------------

DEFAULT_STATE_DIR = Path("/var/lib/dunnerd")
LOG_LEVELS = ("debug", "info", "warning", "error")
LANGUAGES = ("en", "fr")
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SECRET_KEYS = tuple(source.value for source in SecretSource)
_DEFAULT_PORTS = {("imap", "tls"): 993, ("imap", "starttls"): 143,
                  ("smtp", "tls"): 465, ("smtp", "starttls"): 587}
_END_OF_DAY = dt.time.max  # "24:00": the window runs to midnight
_PLAIN_NAME = re.compile(r"[a-z0-9_]+")
_CREDENTIAL_NAME = re.compile(r"[A-Za-z0-9_@-][A-Za-z0-9_.@-]*")  # no "/", no "." or ".."
_CLOCK = re.compile(r"(\d\d):(\d\d)")
_LABEL = r"(?!-)[a-z0-9-]{1,63}(?<!-)"
_DOMAIN = re.compile(rf"{_LABEL}(\.{_LABEL})+")
_EXAMPLE_IBAN = "FR76 3000 6000 0112 3456 7890 189"
_ONE_OF_SECRETS = "exactly one of password, password_file, password_command or credential"
_T = TypeVar("_T")


class ConfigError(Exception):
    """A configuration that cannot be used. `problems` has one line per problem, in the form
    "<key path>: <what was wrong>; expected <what>"; str() is those lines."""

    def __init__(self, problems: str | Sequence[str]) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))


def resolve_config_path(cli_path: Path | None, environ: Mapping[str, str]) -> Path:
    """`--config PATH`, else `$DUNNERD_CONFIG`, else /etc/dunnerd/dunnerd.toml."""
    if cli_path is not None:
        return cli_path
    if environ.get(CONFIG_ENV_VAR):
        return Path(environ[CONFIG_ENV_VAR])
    return DEFAULT_CONFIG_PATH


def load_secret(ref: SecretRef, environ: Mapping[str, str] | None = None) -> Secret:
    """Load the secret `ref` points to (inline, a file, a command's output or a systemd
    credential). Raises `dunnerd.config.secrets.SecretError`, a ConfigError naming the key path and
    never the secret. The I/O lives in dunnerd/config/secrets.py, which needs this module's types:
    hence the import here and not at the top."""
    from dunnerd.config import secrets

    return secrets.load_secret(ref, environ)


def default_state_dir(environ: Mapping[str, str]) -> Path:
    """systemd's `StateDirectory=` ($STATE_DIRECTORY, the first if several), else
    /var/lib/dunnerd."""
    first = environ.get("STATE_DIRECTORY", "").split(":")[0]
    return Path(first) if first else DEFAULT_STATE_DIR


def load_config(path: Path, environ: Mapping[str, str] | None = None) -> Config:
    """Read and validate the TOML file at `path`. Raises ConfigError: one line naming the file
    when it cannot be read or parsed, else one line per problem found (see `parse_config`)."""
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file; expected a TOML file (set it with --config PATH "
                          f"or ${CONFIG_ENV_VAR}, default {DEFAULT_CONFIG_PATH})") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a directory; expected a TOML file") from None
    except OSError as exc:  # permission denied, I/O error...
        problem = (exc.strerror or type(exc).__name__).lower()
        raise ConfigError(f"{path}: cannot be read ({problem}); expected a readable file") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 (byte {exc.start}); expected UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:  # its message ends "(at line L, column C)"
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    return parse_config(data, path, environ)


def parse_config(data: Mapping[str, Any], source: Path | None,
                 environ: Mapping[str, str] | None = None) -> Config:
    """Validate a parsed TOML document completely and build the Config. Relative paths are taken
    from the directory of `source`. Raises ConfigError listing every problem, not just the first;
    no message ever holds a password."""
    env = os.environ if environ is None else environ
    root = _Table(data, "", [], source)
    state_dir = root.path("state_dir", "a directory path") or default_state_dir(env)
    templates_dir = root.path("templates_dir", "an existing directory", must_be_dir=True)
    log_level = root.choice("log_level", LOG_LEVELS, "info")
    owner = _owner(root.table("owner"))
    database_url = _database_url(root.table("database"), state_dir)
    policy = _policy(root.table("policy"))
    imap = _account(root.table("imap"), "imap") if "imap" in data else None
    smtp = _account(root.table("smtp"), "smtp") if "smtp" in data else None
    root.was_read("imap")  # optional sections: name them in the unknown-key hint
    root.was_read("smtp")
    trusted = tuple(_trusted_sender(t) for t in root.tables("trusted_senders") or ())
    inbox = _inbox(root.table("inbox"))
    alerts = _alerts(root.table("alerts"))
    daemon = _daemon(root.table("daemon"))
    root.report_unknown_keys()
    if root.problems:
        raise ConfigError(root.problems)
    return Config(owner=owner, state_dir=state_dir, database_url=database_url, policy=policy,
                  imap=imap, smtp=smtp, templates_dir=templates_dir, trusted_senders=trusted,
                  source=source, log_level=log_level, inbox=inbox, alerts=alerts,
                  daemon=daemon)


class _Invalid(Exception):
    """A value of the right type that fails a check; the message says what is wrong with it."""


class _Table:
    """One TOML table being read. The getters never raise: a problem is recorded with its key path
    and the default is returned, so that every problem in the file is found in one pass. Keys that
    no getter asked for are reported as unknown at the end."""

    def __init__(self, data: Mapping[str, Any], path: str, problems: list[str],
                 source: Path | None) -> None:
        self.data, self.prefix, self.problems, self.source = data, path, problems, source
        self._read: set[str] = set()
        self._bad: set[str] = set()
        self._children: list[_Table] = []

    def key_path(self, key: str) -> str:
        return f"{self.prefix}.{key}" if self.prefix and key else self.prefix or key

    def problem(self, key: str, message: str) -> None:
        self._bad.add(key)
        self.problems.append(f"{self.key_path(key)}: {message}")

    def is_valid(self, key: str) -> bool:
        """Was `key` given, and did it pass its checks?"""
        return key in self.data and key not in self._bad

    def has_problem(self, key: str) -> bool:
        return key in self._bad

    def get(self, key: str, kind: type[_T], expected: str, default: _T, *,
            required: bool = False, secret: bool = False) -> _T:
        self._read.add(key)
        if key not in self.data:
            if required:
                self.problem(key, f"missing; expected {expected}")
            return default
        value = self.data[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            self.problem(key, f"expected {expected}, got {_describe(value, secret)}")
            return default
        return value

    def text(self, key: str, expected: str = "a string", default: str = "", *,
             required: bool = False, secret: bool = False) -> str:
        value = self.get(key, str, expected, default, required=required, secret=secret)
        if required and value == "" and key in self.data and key not in self._bad:
            self.problem(key, f"empty; expected {expected}")
        return value

    def checked(self, key: str, check: Callable[[str], _T], expected: str, default: _T, *,
                required: bool = False) -> _T:
        """A string run through `check`; "" means the default unless the key is required."""
        value = self.text(key, expected, required=required)
        if not self.is_valid(key) or value == "":
            return default
        try:
            return check(value)
        except _Invalid as exc:
            self.problem(key, f"{exc}; expected {expected}")
            return default

    def integer(self, key: str, default: int, *, minimum: int = 0, maximum: int | None = None,
                required: bool = False) -> int:
        value = self.get(key, int, "an integer", default, required=required)
        if value < minimum or (maximum is not None and value > maximum):
            span = f"from {minimum} to {maximum}" if maximum is not None else f">= {minimum}"
            self.problem(key, f"{value} is out of range; expected an integer {span}")
            return default
        return value

    def flag(self, key: str, default: bool) -> bool:
        return self.get(key, bool, "true or false", default)

    def choice(self, key: str, choices: Sequence[str], default: str) -> str:
        expected = "one of " + ", ".join(f'"{c}"' for c in choices)
        value = self.get(key, str, expected, default)
        if value not in choices:
            self.problem(key, f"unknown value {_quote(value)}; expected {expected}")
            return default
        return value

    def path(self, key: str, expected: str, *, must_be_dir: bool = False,
             must_be_file: bool = False) -> Path | None:
        """A path, relative ones taken from the config file's directory; None when absent or ""."""
        text = self.text(key, expected)
        if not text:
            return None
        path = self.resolve(text)
        if (must_be_dir and not path.is_dir()) or (must_be_file and not path.is_file()):
            self.problem(key, f"{path} does not exist; expected {expected}")
        return path

    def table(self, key: str) -> _Table:
        """A sub-table; an empty one when absent (every key takes its default)."""
        value = self.get(key, dict, f"a table [{self.key_path(key)}]", {})
        return self._child(value, self.key_path(key))

    def tables(self, key: str) -> list[_Table] | None:
        """An array of tables [[key]]; None when absent."""
        expected = f"an array of tables [[{self.key_path(key)}]]"
        items = self.get(key, list, expected, [])
        if key not in self.data or key in self._bad:
            return None
        tables = []
        for index, item in enumerate(items):
            if isinstance(item, dict):
                tables.append(self._child(item, f"{self.key_path(key)}[{index}]"))
            else:
                self.problem(f"{key}[{index}]", f"expected a table, got {_describe(item)}")
        return tables

    def resolve(self, text: str) -> Path:
        """A path from the file: relative ones start at the directory of the file."""
        path = Path(text)
        return self.source.parent / path if self.source and not path.is_absolute() else path

    def was_read(self, key: str) -> None:
        self._read.add(key)

    def is_world_readable(self) -> bool:
        """Can the group or others read the config file? (Then it must not hold a password.)"""
        try:
            return self.source is not None and bool(self.source.stat().st_mode & 0o077)
        except OSError:
            return False

    def report_unknown_keys(self) -> None:
        known = ", ".join(sorted(self._read))
        for key in self.data:
            if key not in self._read:
                self.problem(key, f"unknown key; expected one of {known}" if known
                             else "unknown key; expected no keys here")
        for child in self._children:
            child.report_unknown_keys()

    def _child(self, data: Mapping[str, Any], path: str) -> _Table:
        child = _Table(data, path, self.problems, self.source)
        self._children.append(child)
        return child


def _quote(value: str) -> str:
    """A value for a one-line message: quoted, escaped and cut short."""
    return json.dumps(value if len(value) <= 60 else value[:57] + "...", ensure_ascii=False)


def _describe(value: object, secret: bool = False) -> str:
    kinds = {bool: "boolean", int: "integer", float: "float", str: "string", list: "array",
             dict: "table", dt.datetime: "date-time", dt.date: "date", dt.time: "time"}
    kind = kinds.get(type(value), type(value).__name__)
    if secret or isinstance(value, list | dict):
        return kind
    if isinstance(value, bool):
        return f"{kind} {str(value).lower()}"
    return f"{kind} {_quote(value) if isinstance(value, str) else value}"


def _one_line(value: str) -> str:
    if "\n" in value or "\r" in value:
        raise _Invalid("contains a line break")
    return value


def _domain(value: str) -> str:
    try:
        ascii_domain = value.lower().encode("idna").decode("ascii")
    except UnicodeError:
        ascii_domain = ""
    if not _DOMAIN.fullmatch(ascii_domain):
        raise _Invalid(f"{_quote(value)} is not a valid domain")
    return value.lower()


def _email(value: str) -> str:
    _one_line(value)
    local, _, domain = value.partition("@")
    try:
        if value.count("@") != 1 or not local:
            raise ValueError
        Address(addr_spec=value)
        return f"{local}@{_domain(domain)}"
    except (ValueError, HeaderParseError, _Invalid):
        raise _Invalid(f"{_quote(value)} is not an email address") from None


def _sender_address(value: str) -> str:
    return "@" + _domain(value[1:]) if value.startswith("@") else _email(value)


def _iban(value: str) -> str:
    try:
        return str(IBAN(value).compact)
    except InvalidChecksumDigits:
        raise _Invalid("invalid IBAN checksum") from None
    except SchwiftyException as exc:
        raise _Invalid(f"invalid IBAN ({str(exc)[:1].lower()}{str(exc)[1:]})") from None


def _bic(value: str) -> str:
    try:
        return str(BIC(value).compact)
    except SchwiftyException as exc:
        raise _Invalid(f"invalid BIC ({str(exc)[:1].lower()}{str(exc)[1:]})") from None


def _timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise _Invalid(f"unknown time zone {_quote(value)}") from None
    return value


@cache
def _holiday_countries() -> dict[str, list[str]]:
    return dict(holidays.list_supported_countries(include_aliases=False))


def _country(value: str) -> str:
    if value.upper() not in _holiday_countries() or len(value) != 2:
        raise _Invalid(f"unknown country {_quote(value)}")
    return value.upper()


def _plain_name(value: str) -> str:
    if not _PLAIN_NAME.fullmatch(value):
        raise _Invalid(f"{_quote(value)} is not a plain name")
    return value


def _clock_time(value: str, *, is_end: bool) -> dt.time:
    match = _CLOCK.fullmatch(value)
    if match and (is_end and value == "24:00"):
        return _END_OF_DAY
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise _Invalid(f"{_quote(value)} is not a time of day")
    return dt.time(int(match[1]), int(match[2]))


def _owner(t: _Table) -> Owner:
    return Owner(
        name=t.checked("name", _one_line, "your name, on one line", "", required=True),
        email=t.checked("email", _email, "an email address", "", required=True),
        company=t.checked("company", _one_line, "a company name, on one line", ""),
        address=t.text("address", "a postal address (several lines are fine)"),
        phone=t.checked("phone", _one_line, "a phone number, on one line", ""),
        iban=t.checked("iban", _iban, f"an IBAN such as {_EXAMPLE_IBAN}", ""),
        bic=t.checked("bic", _bic, "a BIC such as AGRIFRPP", ""),
        language=t.choice("language", LANGUAGES, "en"),
        timezone=t.checked("timezone", _timezone, 'an IANA time zone such as "Europe/Paris"',
                           "UTC"),
    )


def _database_url(t: _Table, state_dir: Path) -> str:
    expected = "sqlite:////absolute/path.sqlite3 or postgresql://host/dbname"
    text = t.text("url", expected)
    if not text:
        return f"sqlite:///{state_dir}/dunnerd.sqlite3"
    try:  # the URL may hold a password: no message below shows it
        url = make_url(text)
    except (ArgumentError, ValueError):
        t.problem("url", f"not a database URL; expected {expected}")
        return text
    backend, database = url.get_backend_name(), url.database or ""
    if backend not in ("sqlite", "postgresql"):
        t.problem("url", f'unsupported database "{backend}"; expected {expected}')
    elif backend == "sqlite" and (database in ("", ":memory:") or not Path(database).is_absolute()):
        t.problem("url", f"SQLite needs an absolute file path; expected {expected}")
    elif url.password is not None and t.is_world_readable():
        t.problem("url", f"holds a password but {t.source} can be read by group or others; "
                         f"expected chmod 600 {t.source}, or the password in ~/.pgpass")
    return text


def _policy(t: _Table) -> PolicyConfig:
    country = t.checked("holiday_country", _country,
                        "an ISO 3166-1 alpha-2 country code known to holidays, such as FR", None)
    subdivision = None
    if country is not None:
        choices = _holiday_countries()[country]
        subdivision = t.checked("holiday_subdivision", lambda v: _subdivision(v, choices),
                                f"a subdivision of {country}: {', '.join(choices) or 'none'}",
                                None)
    elif "holiday_subdivision" in t.data and "holiday_country" not in t.data:
        t.was_read("holiday_subdivision")
        t.problem("holiday_subdivision", "given without a country; expected "
                  "policy.holiday_country as well")
    else:
        t.was_read("holiday_subdivision")
    return PolicyConfig(
        steps=_steps(t),
        min_gap_days=t.integer("min_gap_days", 3),
        group_invoices=t.flag("group_invoices", True),
        promise_grace_days=t.integer("promise_grace_days", 2),
        window=_window(t.table("send_window")),
        holiday_country=country,
        holiday_subdivision=subdivision,
    )


def _subdivision(value: str, choices: Sequence[str]) -> str:
    for choice in choices:
        if choice.upper() == value.upper():
            return choice
    raise _Invalid(f"unknown subdivision {_quote(value)}")


def _window(t: _Table) -> SendWindow:
    start = t.checked("start", lambda v: _clock_time(v, is_end=False), '"HH:MM" such as "09:00"',
                      dt.time(9, 0))
    end = t.checked("end", lambda v: _clock_time(v, is_end=True),
                    '"HH:MM" such as "17:00", or "24:00"', dt.time(17, 0))
    if not t.has_problem("start") and not t.has_problem("end") and end <= start:
        shown = "24:00" if end == _END_OF_DAY else f"{end:%H:%M}"
        t.problem("end", f'"{shown}" is not after the start "{start:%H:%M}"; '
                         "expected an end later than the start")
    return SendWindow(start=start, end=end, all_day=(start, end) == (dt.time(0), _END_OF_DAY),
                      business_days=_business_days(t), skip_holidays=t.flag("skip_holidays", True))


def _business_days(t: _Table) -> frozenset[int]:
    expected = 'a list of day names such as ["mon", "tue", "wed", "thu", "fri"]'
    names = t.get("business_days", list, expected, list(DAY_NAMES[:5]))
    if not names:
        t.problem("business_days", f"empty; expected {expected}")
    days: set[int] = set()
    for index, name in enumerate(names):
        key = f"business_days[{index}]"
        if not isinstance(name, str) or name.lower() not in DAY_NAMES:
            what = _quote(name) if isinstance(name, str) else _describe(name)
            t.problem(key, f"unknown day {what}; expected one of {', '.join(DAY_NAMES)}")
        elif DAY_NAMES.index(name.lower()) in days:
            t.problem(key, f"{_quote(name)} is listed twice; expected each day once")
        else:
            days.add(DAY_NAMES.index(name.lower()))
    return frozenset(days) or frozenset(range(5))


def _steps(policy: _Table) -> tuple[Step, ...]:
    tables = policy.tables("steps")
    if tables is None:
        return DEFAULT_STEPS
    if not policy.data["steps"]:
        policy.problem("steps", "empty; expected at least one [[policy.steps]] table")
    steps: list[Step] = []
    names: dict[str, str] = {}  # name -> key path of the step that has it
    last_days: tuple[str, int] | None = None  # the last valid days: key path, value
    first_record: str | None = None  # key path of the first record step
    for index, t in enumerate(tables):
        name = t.checked("name", _plain_name, 'a plain name of a-z, 0-9 and _ such as "firm"', "",
                         required=True)
        if name in names:
            t.problem("name", f'"{name}" is also the name of {names[name]}; '
                              "expected a unique name")
        names.setdefault(name, t.key_path(""))
        days = t.integer("days", 0, required=True)
        if t.is_valid("days"):
            if last_days is not None and days <= last_days[1]:
                t.problem("days", f"must be greater than {last_days[0]} ({last_days[1]})")
            last_days = (t.key_path("days"), days)
        action = StepAction(t.choice("action", [a.value for a in StepAction], "email"))
        if action is StepAction.RECORD and first_record is None:
            first_record = t.key_path("")
        elif action is StepAction.EMAIL and first_record is not None:
            t.problem("action", f'an email step cannot come after the record step {first_record}; '
                                'expected "record", or this step before it')
        requires_previous = t.flag("requires_previous", False)
        if requires_previous and index == 0:
            t.problem("requires_previous", "the first step has no previous step; expected false")
        steps.append(Step(
            name=name, days=days, action=action, requires_previous=requires_previous,
            template=t.checked("template", _plain_name, "a template name of a-z, 0-9 and _", name),
            min_days_after_previous=t.integer("min_days_after_previous", 0),
        ))
    if steps and not any(step.action is StepAction.EMAIL for step in steps):
        policy.problem("steps", 'no email step; expected at least one step with action = "email"')
    return tuple(steps) or DEFAULT_STEPS


def _account(t: _Table, kind: Literal["imap", "smtp"]) -> MailAccount:
    host = t.checked("host", _host, "a host name such as mail.example.com", "", required=True)
    security: Literal["tls", "starttls"] = (
        "starttls" if t.choice("security", ("tls", "starttls"), "tls") == "starttls" else "tls")
    port = t.integer("port", _DEFAULT_PORTS[kind, security], minimum=1, maximum=65535)
    username = t.checked("username", _one_line, "a user name", "", required=True)
    password = _secret_ref(t)
    ca_file = t.path("ca_file", "an existing CA certificate file (PEM)", must_be_file=True)
    sent_folder, inbox_folder = "", "INBOX"
    if kind == "imap":
        sent_folder = t.checked("sent_folder", _one_line, "an IMAP folder name", "")
        inbox_folder = t.checked("inbox_folder", _one_line, "an IMAP folder name", "INBOX")
    return MailAccount(host=host, port=port, security=security, username=username,
                       password=password, ca_file=ca_file, sent_folder=sent_folder,
                       inbox_folder=inbox_folder)


def _host(value: str) -> str:
    if any(c.isspace() for c in value) or "/" in value:
        raise _Invalid(f"{_quote(value)} is not a host name")
    return value


def _secret_ref(t: _Table) -> SecretRef:
    """Where the password comes from. Nothing is read or run here (see `load_secret`), and no
    message shows the password or the command."""
    given = [key for key in SECRET_KEYS if key in t.data]
    for key in SECRET_KEYS:
        t.was_read(key)
    placeholder = SecretRef(SecretSource.INLINE, t.key_path("password"), "", None)
    if len(given) != 1:
        found = " and ".join(given) + " are set together" if given else "no password given"
        t.problem("", f"{found}; expected {_ONE_OF_SECRETS}")
        return placeholder
    source = SecretSource(given[0])
    expected = {
        SecretSource.INLINE: "the password",
        SecretSource.FILE: "the path of a file holding only the password",
        SecretSource.COMMAND: 'a command that prints the password, such as "pass show mail"',
        SecretSource.CREDENTIAL: "the name of a systemd credential (LoadCredential=)",
    }[source]
    value = t.text(source.value, expected, required=True, secret=True)
    if not t.is_valid(source.value):
        return placeholder
    key_path = t.key_path(source.value)
    if source is SecretSource.INLINE:
        if t.is_world_readable():
            t.problem(source.value, f"refused, as {t.source} can be read by group or others; "
                                    f"expected chmod 600 {t.source}, or password_file, "
                                    "password_command or credential instead")
        return SecretRef(source, key_path, "", Secret(value))
    if source is SecretSource.FILE:
        return SecretRef(source, key_path, str(t.resolve(value)))
    if source is SecretSource.COMMAND:
        try:
            words = shlex.split(value)
        except ValueError as exc:  # "No closing quotation": names no part of the command
            words, reason = [], str(exc).lower()
        else:
            reason = "no command"
        if not words:
            t.problem(source.value, f"cannot be split into words ({reason}); expected {expected}")
    elif not _CREDENTIAL_NAME.fullmatch(value) or value in (".", ".."):
        t.problem(source.value, f"{_quote(value)} is not a credential name; expected {expected}")
    return SecretRef(source, key_path, value)


def _trusted_sender(t: _Table) -> TrustedSender:
    address = t.checked("address", _sender_address, 'an address such as "alerts@bank.example" '
                        'or a domain such as "@stripe.com"', "", required=True)
    return TrustedSender(address=address, name=t.checked("name", _one_line, "a name", ""))


def _inbox(t: _Table) -> InboxSettings:
    authserv_id = t.checked("authserv_id", _domain, "a host name such as mx.example.com", "")
    return InboxSettings(authserv_id=authserv_id)


def _alerts(t: _Table) -> AlertSettings:
    to = t.checked("to", _email, "an email address", "")
    hour = t.integer("digest_hour", 8, minimum=-1, maximum=23)
    phone_first = t.flag("phone_first", False)
    return AlertSettings(to=to, digest_hour=None if hour < 0 else hour, phone_first=phone_first)


def _daemon(t: _Table) -> DaemonSettings:
    grace = t.integer("witness_grace_seconds", 60, minimum=1, maximum=3600)
    incident = t.integer("incident_after_seconds", 120, minimum=0, maximum=86400)
    return DaemonSettings(witness_grace_seconds=float(grace),
                          incident_after_seconds=float(incident))

