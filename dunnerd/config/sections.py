"""One reader per section of the file ([owner], [database], [policy] with its window and steps,
[imap] and [smtp], [[trusted_senders]], [inbox], [alerts], [daemon], [intake]): each turns a
table into its frozen type, recording every problem on the way."""

from __future__ import annotations

import datetime as dt
import shlex
from pathlib import Path
from typing import Literal

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from dunnerd.config import fields
from dunnerd.config.handoff import read_court_identity
from dunnerd.config.schema import (
    DAY_NAMES,
    DEFAULT_STEPS,
    LANGUAGES,
    SECRET_KEYS,
    AlertSettings,
    DaemonSettings,
    InboxSettings,
    IntakeSettings,
    MailAccount,
    Owner,
    PolicyConfig,
    Secret,
    SecretRef,
    SecretSource,
    SendWindow,
    Step,
    StepAction,
    TrustedSender,
)
from dunnerd.config.table import Table, describe, one_line, quote

_DEFAULT_PORTS = {("imap", "tls"): 993, ("imap", "starttls"): 143,
                  ("smtp", "tls"): 465, ("smtp", "starttls"): 587}


_ONE_OF_SECRETS = "exactly one of password, password_file, password_command or credential"


def read_owner(t: Table) -> Owner:
    siren = t.checked("siren", fields.valid_siren, "a SIREN such as 732 829 320", "")
    siret = t.checked("siret", fields.valid_siret, "a SIRET such as 732 829 320 00074", "")
    if siren and siret and not siret.startswith(siren) and not t.has_problem("siret"):
        t.problem("siret", f"{siret} is not an establishment of SIREN {siren}; expected a SIRET "
                  "that starts with the SIREN")
    return Owner(
        siren=siren,
        siret=siret,
        vat_number=t.checked("vat_number", fields.valid_vat_number,
                             "a VAT number with its country prefix, such as FR40303265045", ""),
        name=t.checked("name", one_line, "your name, on one line", "", required=True),
        email=t.checked("email", fields.valid_email, "an email address", "", required=True),
        company=t.checked("company", one_line, "a company name, on one line", ""),
        address=t.text("address", "a postal address (several lines are fine)"),
        phone=t.checked("phone", one_line, "a phone number, on one line", ""),
        iban=t.checked("iban", fields.valid_iban, f"an IBAN such as {fields.EXAMPLE_IBAN}", ""),
        bic=t.checked("bic", fields.valid_bic, "a BIC such as AGRIFRPP", ""),
        language=t.choice("language", LANGUAGES, "en"),
        timezone=t.checked("timezone", fields.valid_timezone,
                           'an IANA time zone such as "Europe/Paris"', "UTC"),
        **read_court_identity(t),
    )


def read_database_url(t: Table, state_dir: Path) -> str:
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


def read_policy(t: Table) -> PolicyConfig:
    country = t.checked("holiday_country", fields.valid_country,
                        "an ISO 3166-1 alpha-2 country code known to holidays, such as FR", None)
    subdivision = None
    if country is not None and "holiday_subdivision" not in t.data:
        t.was_read("holiday_subdivision")
    elif country is not None:
        choices = fields.subdivisions_of(country)
        subdivision = t.checked("holiday_subdivision",
                                lambda v: fields.valid_subdivision(v, choices),
                                f"a subdivision of {country}: {', '.join(choices) or 'none'}",
                                None)
    elif "holiday_subdivision" in t.data and "holiday_country" not in t.data:
        t.was_read("holiday_subdivision")
        t.problem("holiday_subdivision", "given without a country; expected "
                  "policy.holiday_country as well")
    else:
        t.was_read("holiday_subdivision")
    return PolicyConfig(
        steps=read_steps(t),
        min_gap_days=t.integer("min_gap_days", 3),
        group_invoices=t.flag("group_invoices", True),
        promise_grace_days=t.integer("promise_grace_days", 2),
        window=read_window(t.table("send_window")),
        holiday_country=country,
        holiday_subdivision=subdivision,
    )


def read_window(t: Table) -> SendWindow:
    start = t.checked("start", lambda v: fields.valid_clock_time(v, is_end=False),
                      '"HH:MM" such as "09:00"', dt.time(9, 0))
    end = t.checked("end", lambda v: fields.valid_clock_time(v, is_end=True),
                    '"HH:MM" such as "17:00", or "24:00"', dt.time(17, 0))
    if not t.has_problem("start") and not t.has_problem("end") and end <= start:
        shown = "24:00" if end == fields.END_OF_DAY else f"{end:%H:%M}"
        t.problem("end", f'"{shown}" is not after the start "{start:%H:%M}"; '
                         "expected an end later than the start")
    return SendWindow(start=start, end=end,
                      all_day=(start, end) == (dt.time(0), fields.END_OF_DAY),
                      business_days=read_business_days(t),
                      skip_holidays=t.flag("skip_holidays", True))


def read_business_days(t: Table) -> frozenset[int]:
    expected = 'a list of day names such as ["mon", "tue", "wed", "thu", "fri"]'
    names = t.get("business_days", list, expected, list(DAY_NAMES[:5]))
    if not names:
        t.problem("business_days", f"empty; expected {expected}")
    days: set[int] = set()
    for index, name in enumerate(names):
        key = f"business_days[{index}]"
        if not isinstance(name, str) or name.lower() not in DAY_NAMES:
            what = quote(name) if isinstance(name, str) else describe(name)
            t.problem(key, f"unknown day {what}; expected one of {', '.join(DAY_NAMES)}")
        elif DAY_NAMES.index(name.lower()) in days:
            t.problem(key, f"{quote(name)} is listed twice; expected each day once")
        else:
            days.add(DAY_NAMES.index(name.lower()))
    return frozenset(days) or frozenset(range(5))


def read_steps(policy: Table) -> tuple[Step, ...]:
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
        name = t.checked("name", fields.valid_plain_name,
                         'a plain name of a-z, 0-9 and _ such as "firm"', "", required=True)
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
            template=t.checked("template", fields.valid_plain_name,
                               "a template name of a-z, 0-9 and _", name),
            min_days_after_previous=t.integer("min_days_after_previous", 0),
        ))
    if steps and not any(step.action is StepAction.EMAIL for step in steps):
        policy.problem("steps", 'no email step; expected at least one step with action = "email"')
    return tuple(steps) or DEFAULT_STEPS


def read_account(t: Table, kind: Literal["imap", "smtp"]) -> MailAccount:
    host = t.checked("host", fields.valid_host, "a host name such as mail.example.com", "",
                     required=True)
    security: Literal["tls", "starttls"] = (
        "starttls" if t.choice("security", ("tls", "starttls"), "tls") == "starttls" else "tls")
    port = t.integer("port", _DEFAULT_PORTS[kind, security], minimum=1, maximum=65535)
    username = t.checked("username", one_line, "a user name", "", required=True)
    password = read_secret_ref(t)
    ca_file = t.path("ca_file", "an existing CA certificate file (PEM)", must_be_file=True)
    sent_folder, inbox_folder = "", "INBOX"
    if kind == "imap":
        sent_folder = t.checked("sent_folder", one_line, "an IMAP folder name", "")
        inbox_folder = t.checked("inbox_folder", one_line, "an IMAP folder name", "INBOX")
    return MailAccount(host=host, port=port, security=security, username=username,
                       password=password, ca_file=ca_file, sent_folder=sent_folder,
                       inbox_folder=inbox_folder)


def read_secret_ref(t: Table) -> SecretRef:
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
    elif not fields.CREDENTIAL_NAME.fullmatch(value) or value in (".", ".."):
        t.problem(source.value, f"{quote(value)} is not a credential name; expected {expected}")
    return SecretRef(source, key_path, value)


def read_trusted_sender(t: Table) -> TrustedSender:
    address = t.checked("address", fields.valid_sender_address,
                        'an address such as "alerts@bank.example" or a domain such as '
                        '"@stripe.com"', "", required=True)
    return TrustedSender(address=address, name=t.checked("name", one_line, "a name", ""))


def read_inbox(t: Table) -> InboxSettings:
    authserv_id = t.checked("authserv_id", fields.valid_domain,
                            "a host name such as mx.example.com", "")
    return InboxSettings(authserv_id=authserv_id,
                         answer_requests=t.flag("answer_requests", False))


def read_alerts(t: Table) -> AlertSettings:
    to = t.checked("to", fields.valid_email, "an email address", "")
    hour = t.integer("digest_hour", 8, minimum=-1, maximum=23)
    phone_first = t.flag("phone_first", False)
    return AlertSettings(to=to, digest_hour=None if hour < 0 else hour, phone_first=phone_first)


def read_daemon(t: Table) -> DaemonSettings:
    grace = t.integer("witness_grace_seconds", 60, minimum=1, maximum=3600)
    incident = t.integer("incident_after_seconds", 120, minimum=0, maximum=86400)
    return DaemonSettings(witness_grace_seconds=float(grace),
                          incident_after_seconds=float(incident))


def read_intake(t: Table, owner: Owner) -> IntakeSettings:
    watch_sent = t.flag("watch_sent", False)
    if watch_sent and not (owner.siren or owner.siret or owner.vat_number):
        t.problem("watch_sent", "needs [owner] siren, siret or vat_number, to tell your "
                  "invoices from the bills you forward")
    return IntakeSettings(watch_sent=watch_sent)
