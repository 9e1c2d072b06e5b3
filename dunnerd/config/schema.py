"""The config's types: one frozen object (`Config`) and its sections, with durations and enums
already converted. No I/O and no validation here: load.py builds them, fully checked.

`Secret` wraps a password or token so that no repr, log or error can show it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Literal

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
    siren: str = ""  # the owner's identifiers, for the formal notice and the court; checked
    siret: str = ""
    vat_number: str = ""
    language: str = "en"  # "en" or "fr"
    timezone: str = "UTC"  # IANA name
    # Who the owner is for the court (CPC 54 and 57), read by config/handoff.py: a natural
    # person gives profession, nationality, date and place of birth; a company its legal form
    # and legal representative. "" (None) when unknown: the request prints a gap.
    entity: str = "individual"  # "individual" (a freelancer, an EI) or "company"
    legal_form: str = ""
    representative: str = ""
    profession: str = ""
    nationality: str = ""
    birth_date: dt.date | None = None
    birth_place: str = ""


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
    # Answer a client's request for the invoice or the bank details with the invoice PDF and
    # owner.iban/bic, through the outbox (once per request, copy in Sent). Off: the owner is told.
    answer_requests: bool = False


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
class RateEntry:
    """One `[[legal.rates]]` table: the owner's figures for one half-year (percent per year),
    which override the shipped table's for that half-year and count as verified by the owner."""

    year: int
    half: int  # 1: January-June, 2: July-December
    source: str
    mro: Decimal | None = None  # ECB main refinancing rate in force on the half-year's 1st day
    taux_legal: Decimal | None = None  # taux de l'intérêt légal, "autres cas" column
    taux_legal_particulier: Decimal | None = None


# Where reminders start to name the late-payment penalties: a step name, or "never".
NEVER_CLAIM = "never"


@dataclass(frozen=True)
class LegalSettings:
    notice_days: int = 7  # days the formal notice gives to pay, from the day it is sent
    email_notice: bool = False  # also email the notice (with its PDF) to the client
    claim_penalties_from: str = "final"  # the first step that names the penalties, or "never"
    indemnity: Decimal = Decimal("40.00")  # EUR per late invoice (D441-5); 0 turns it off
    contractual_rate: Decimal | None = None  # % per year instead of ECB + 10 points
    rates: tuple[RateEntry, ...] = ()


COURTS = ("commerce", "judiciaire")


@dataclass(frozen=True)
class HandoffSettings:
    to: str = ""  # the collection agency's or lawyer's address; "" sends the dossier to no one
    court: str = "commerce"  # a business client's court: "commerce" or "judiciaire" (see COURTS)
    court_name: str = ""  # the court's name and town when the owner knows it; "" describes it


@dataclass(frozen=True)
class IntakeSettings:
    # Read the owner's Sent folder ([imap] sent_folder, else the one flagged \Sent) for the
    # Factur-X invoices they email to clients, and add them to the ledger.
    watch_sent: bool = False


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
    legal: LegalSettings = field(default_factory=LegalSettings)
    intake: IntakeSettings = field(default_factory=IntakeSettings)
    handoff: HandoffSettings = field(default_factory=HandoffSettings)


DEFAULT_STATE_DIR = Path("/var/lib/dunnerd")


LOG_LEVELS = ("debug", "info", "warning", "error")


LANGUAGES = ("en", "fr")


DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


SECRET_KEYS = tuple(source.value for source in SecretSource)
