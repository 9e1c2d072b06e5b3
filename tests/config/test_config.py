"""The config file: the example loads, every kind of mistake gives exactly one clear line, and
no secret ever shows in an error or a repr."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shlex
import sys
from pathlib import Path

import pytest

from dunnerd.config import secrets
from dunnerd.config.errors import ConfigError
from dunnerd.config.load import default_state_dir, load_config, resolve_config_path
from dunnerd.config.schema import (
    DEFAULT_CONFIG_PATH,
    DEFAULT_STEPS,
    Config,
    Secret,
    SecretRef,
    SecretSource,
    Step,
    StepAction,
)
from dunnerd.config.secrets import SecretError, load_secret

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "config.example.toml"
CANARY = "canary-7f3a9"
OWNER = '[owner]\nname = "Camille Martin"\nemail = "camille@example.com"\n'
ACCOUNT = 'host = "mail.example.com"\nusername = "camille"\n'
ONE_OF = "expected exactly one of password, password_file, password_command or credential"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def write(tmp_path: Path, text: str, mode: int = 0o600) -> Path:
    """A config file of `text`, with a valid [owner] added unless `text` has its own."""
    if "[owner]" not in text and "owner =" not in text:
        text = f"{text}\n{OWNER}"
    path = tmp_path / "dunnerd.toml"
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)
    return path


def load(tmp_path: Path, text: str, mode: int = 0o600, **environ: str) -> Config:
    return load_config(write(tmp_path, text, mode), environ)


def problems(tmp_path: Path, text: str, mode: int = 0o600) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, text, mode)
    return [line.replace(str(tmp_path), "TMP") for line in caught.value.problems]


def py_command(code: str) -> str:
    """A password_command that runs `code` in this Python."""
    return shlex.join([sys.executable, "-c", code])


def toml_string(value: str) -> str:
    return json.dumps(value)  # a JSON string is a TOML basic string


# --- The example and the defaults -------------------------------------------------------------


def test_example_loads_and_its_steps_are_the_defaults() -> None:
    config = load_config(EXAMPLE, {})
    assert config.owner.iban == "FR7630006000011234567890189"
    assert config.policy.steps == DEFAULT_STEPS
    assert config.state_dir == Path("/var/lib/dunnerd")
    assert config.database_url == "sqlite:////var/lib/dunnerd/dunnerd.sqlite3"
    assert config.imap is not None and config.imap.port == 993
    assert config.imap.password.source is SecretSource.COMMAND
    assert config.smtp is not None and config.smtp.port == 465


@pytest.mark.parametrize("key", [
    "state_dir", "templates_dir", "log_level",
    "name", "email", "company", "address", "phone", "iban", "bic", "language", "timezone",
    "url", "host", "port", "security", "username", "password", "password_file",
    "password_command", "credential", "ca_file", "sent_folder", "inbox_folder",
    "min_gap_days", "group_invoices", "promise_grace_days", "holiday_country",
    "holiday_subdivision", "start", "end", "business_days", "skip_holidays",
    "days", "template", "action", "requires_previous", "min_days_after_previous",
    "[[policy.steps]]", "[[trusted_senders]]",
    "entity", "legal_form", "representative", "profession", "nationality", "birth_date",
    "birth_place", "[handoff]", "to", "court", "court_name",
])
def test_example_documents_every_key(key: str) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert re.search(rf"^#? ?{re.escape(key)}( =|$)", text, re.MULTILINE), key


def test_minimal_file_takes_every_default(tmp_path: Path) -> None:
    config = load(tmp_path, "", STATE_DIRECTORY="/srv/state:/srv/other")
    assert config.state_dir == Path("/srv/state")
    assert config.database_url == "sqlite:////srv/state/dunnerd.sqlite3"
    assert config.policy.steps == DEFAULT_STEPS
    assert (config.policy.min_gap_days, config.policy.promise_grace_days) == (3, 2)
    assert config.policy.window.business_days == frozenset(range(5))
    assert not config.policy.window.all_day
    assert (config.owner.language, config.owner.timezone, config.log_level) == ("en", "UTC", "info")
    assert (config.imap, config.smtp, config.templates_dir, config.trusted_senders) == (
        None, None, None, ())
    assert config.source == tmp_path / "dunnerd.toml"


def test_values_are_converted_once(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    config = load(tmp_path, f"""\
templates_dir = "templates"
log_level = "debug"
[owner]
name = "Camille"
email = "Camille@Martin.EXAMPLE"
iban = "fr76 3000 6000 0112 3456 7890 189"
bic = "agrifrpp"
[database]
url = "postgresql+psycopg://dunnerd@db.example/dunnerd"
[imap]
{ACCOUNT}security = "starttls"
password_file = "imap.pass"
[smtp]
{ACCOUNT}security = "starttls"
credential = "smtp-password"
[policy]
holiday_country = "de"
holiday_subdivision = "by"
[policy.send_window]
start = "00:00"
end = "24:00"
business_days = ["Sat", "sun"]
[[policy.steps]]
name = "nudge"
days = 0
[[policy.steps]]
name = "notice"
days = 30
action = "record"
template = "formal_notice"
requires_previous = true
min_days_after_previous = 7
[[trusted_senders]]
address = "@Stripe.COM"
[[trusted_senders]]
address = "alerts@bank.example"
name = "Bank"
""")
    assert config.templates_dir == tmp_path / "templates"
    assert config.log_level == "debug"
    assert config.owner.email == "Camille@martin.example"
    assert (config.owner.iban, config.owner.bic) == ("FR7630006000011234567890189", "AGRIFRPP")
    assert config.database_url.startswith("postgresql+psycopg://")
    assert config.imap is not None and config.imap.port == 143
    assert config.imap.password.locator == str(tmp_path / "imap.pass")
    assert config.smtp is not None and config.smtp.port == 587
    assert config.smtp.password == SecretRef(SecretSource.CREDENTIAL, "smtp.credential",
                                             "smtp-password")
    assert (config.policy.holiday_country, config.policy.holiday_subdivision) == ("DE", "BY")
    window = config.policy.window
    assert window.all_day and window.start == dt.time(0) and window.business_days == {5, 6}
    assert config.policy.steps == (
        Step("nudge", 0, "nudge"),
        Step("notice", 30, "formal_notice", StepAction.RECORD, True, 7),
    )
    assert [s.address for s in config.trusted_senders] == ["@stripe.com", "alerts@bank.example"]


def test_the_owner_s_court_identity_and_the_handoff(tmp_path: Path) -> None:
    config = load(tmp_path, OWNER + 'entity = "company"\nlegal_form = "SARL"\n'
                  'representative = "Camille Martin, gérante"\nbirth_date = 1980-05-17\n'
                  '[handoff]\nto = "recouvrement@agence.example"\ncourt = "judiciaire"\n'
                  'court_name = "Tribunal judiciaire de Lyon"\n')
    assert (config.owner.entity, config.owner.legal_form) == ("company", "SARL")
    assert config.owner.birth_date == dt.date(1980, 5, 17)
    assert config.handoff.to == "recouvrement@agence.example"
    assert (config.handoff.court, config.handoff.court_name) == (
        "judiciaire", "Tribunal judiciaire de Lyon")
    assert load(tmp_path, OWNER + 'birth_date = "1980-05-17"\n').owner.birth_date == \
        dt.date(1980, 5, 17)
    defaults = load(tmp_path, OWNER)
    assert (defaults.owner.entity, defaults.owner.birth_date) == ("individual", None)
    assert (defaults.handoff.to, defaults.handoff.court) == ("", "commerce")


def test_window_may_end_at_midnight(tmp_path: Path) -> None:
    window = load(tmp_path, '[policy.send_window]\nstart = "18:00"\nend = "24:00"\n').policy.window
    assert not window.all_day
    assert window.start == dt.time(18) and window.end > dt.time(23, 59)


# --- One line per problem ---------------------------------------------------------------------

CASES: list[tuple[str, str, list[str]]] = [
    ("missing required key", '[owner]\nname = "Camille"\n',
     ["owner.email: missing; expected an email address"]),
    ("empty required key", '[owner]\nname = ""\nemail = "c@example.com"\n',
     ["owner.name: empty; expected your name, on one line"]),
    ("bad IBAN checksum", OWNER + 'iban = "FR76 3000 6000 0112 3456 7890 188"\n',
     ["owner.iban: invalid IBAN checksum; "
      "expected an IBAN such as FR76 3000 6000 0112 3456 7890 189"]),
    ("short IBAN", OWNER + 'iban = "FR76 3000"\n',
     ["owner.iban: invalid IBAN (invalid IBAN length); "
      "expected an IBAN such as FR76 3000 6000 0112 3456 7890 189"]),
    ("bad BIC", OWNER + 'bic = "AGRIFRP"\n',
     ["owner.bic: invalid BIC (invalid length '7'); expected a BIC such as AGRIFRPP"]),
    ("bad email", '[owner]\nname = "C"\nemail = "camille@localhost"\n',
     ['owner.email: "camille@localhost" is not an email address; expected an email address']),
    ("header injection", '[owner]\nname = "C"\nemail = "c@example.com\\r\\nBcc: x@y.example"\n',
     ["owner.email: contains a line break; expected an email address"]),
    ("language and timezone", OWNER + 'language = "de"\ntimezone = "Mars/Olympus"\n',
     ['owner.language: unknown value "de"; expected one of "en", "fr"',
      'owner.timezone: unknown time zone "Mars/Olympus"; '
      'expected an IANA time zone such as "Europe/Paris"']),
    ("unknown key", OWNER + 'emial = "x"\n',
     ["owner.emial: unknown key; expected one of address, bic, birth_date, birth_place, "
      "company, email, entity, iban, language, legal_form, name, nationality, phone, "
      "profession, representative, siren, siret, timezone, vat_number"]),
    ("unknown section", '[ownr]\nname = "x"\n',
     ["ownr: unknown key; expected one of alerts, daemon, database, handoff, imap, inbox, "
      "intake, legal, log_level, owner, policy, smtp, state_dir, templates_dir, "
      "trusted_senders"]),
    ("handoff court", '[handoff]\ncourt = "supreme"\n',
     ['handoff.court: unknown value "supreme"; expected one of "commerce", "judiciaire"']),
    ("handoff to", '[handoff]\nto = "agency"\n',
     ['handoff.to: "agency" is not an email address; expected the address of your '
      "collection agency or lawyer"]),
    ("owner's court identity", OWNER + 'entity = "robot"\nbirth_date = "17/05/1980"\n'
     'nationality = "a\\nb"\n',
     ['owner.entity: unknown value "robot"; expected one of "individual", "company"',
      'owner.nationality: contains a line break; expected a nationality such as "française"',
      'owner.birth_date: string "17/05/1980" is not a date; expected a date such as '
      '"1980-05-17"']),
    ("wrong type", '[policy]\nmin_gap_days = "three"\n',
     ['policy.min_gap_days: expected an integer, got string "three"']),
    ("bool is not an int", "[policy]\npromise_grace_days = true\n",
     ["policy.promise_grace_days: expected an integer, got boolean true"]),
    ("int is not a bool", "[policy]\ngroup_invoices = 1\n",
     ["policy.group_invoices: expected true or false, got integer 1"]),
    ("negative", "[policy]\nmin_gap_days = -1\n",
     ["policy.min_gap_days: -1 is out of range; expected an integer >= 0"]),
    ("section of the wrong type", "policy = 3\n",
     ["policy: expected a table [policy], got integer 3"]),
    ("unknown country", '[policy]\nholiday_country = "FRA"\n',
     ['policy.holiday_country: unknown country "FRA"; '
      "expected an ISO 3166-1 alpha-2 country code known to holidays, such as FR"]),
    ("unknown subdivision", '[policy]\nholiday_country = "FR"\nholiday_subdivision = "Zz"\n',
     ['policy.holiday_subdivision: unknown subdivision "Zz"; expected a subdivision of FR: '
      "57, 6AE, 971, 972, 973, 974, 976, BL, MF, NC, PF, PM, TF, WF, Zone A, Zone B, Zone C"]),
    ("subdivision alone", '[policy]\nholiday_subdivision = "57"\n',
     ["policy.holiday_subdivision: given without a country; "
      "expected policy.holiday_country as well"]),
    ("window backwards", '[policy.send_window]\nstart = "18:00"\n',
     ['policy.send_window.end: "17:00" is not after the start "18:00"; '
      "expected an end later than the start"]),
    ("bad times", '[policy.send_window]\nstart = "24:00"\nend = "9h"\n',
     ['policy.send_window.start: "24:00" is not a time of day; expected "HH:MM" such as "09:00"',
      'policy.send_window.end: "9h" is not a time of day; '
      'expected "HH:MM" such as "17:00", or "24:00"']),
    ("bad days", '[policy.send_window]\nbusiness_days = ["mon", "fry", "mon", 3]\n',
     ['policy.send_window.business_days[1]: unknown day "fry"; '
      "expected one of mon, tue, wed, thu, fri, sat, sun",
      'policy.send_window.business_days[2]: "mon" is listed twice; expected each day once',
      "policy.send_window.business_days[3]: unknown day integer 3; "
      "expected one of mon, tue, wed, thu, fri, sat, sun"]),
    ("watch_sent without owner ids", "[intake]\nwatch_sent = true\n",
     ["intake.watch_sent: needs [owner] siren, siret or vat_number, to tell your invoices "
      "from the bills you forward"]),
    ("no days", "[policy.send_window]\nbusiness_days = []\n",
     ['policy.send_window.business_days: empty; '
      'expected a list of day names such as ["mon", "tue", "wed", "thu", "fri"]']),
    ("steps out of order", '[[policy.steps]]\nname = "a"\ndays = 5\n'
                           '[[policy.steps]]\nname = "b"\ndays = 1\n',
     ["policy.steps[1].days: must be greater than policy.steps[0].days (5)"]),
    ("steps on the same day", '[[policy.steps]]\nname = "a"\ndays = 1\n'
                              '[[policy.steps]]\nname = "b"\ndays = 1\n',
     ["policy.steps[1].days: must be greater than policy.steps[0].days (1)"]),
    ("duplicate step", '[[policy.steps]]\nname = "a"\ndays = 1\n'
                       '[[policy.steps]]\nname = "a"\ndays = 2\n',
     ['policy.steps[1].name: "a" is also the name of policy.steps[0]; expected a unique name']),
    ("bad first step", '[[policy.steps]]\nname = "A"\ndays = 5\nrequires_previous = true\n'
                       'template = "../x"\naction = "sms"\n',
     ['policy.steps[0].name: "A" is not a plain name; '
      'expected a plain name of a-z, 0-9 and _ such as "firm"',
      'policy.steps[0].action: unknown value "sms"; expected one of "email", "record"',
      "policy.steps[0].requires_previous: the first step has no previous step; expected false",
      'policy.steps[0].template: "../x" is not a plain name; '
      "expected a template name of a-z, 0-9 and _"]),
    ("email after record", '[[policy.steps]]\nname = "a"\ndays = 1\naction = "email"\n'
                           '[[policy.steps]]\nname = "b"\ndays = 5\naction = "record"\n'
                           '[[policy.steps]]\nname = "c"\ndays = 6\n',
     ["policy.steps[2].action: an email step cannot come after the record step policy.steps[1]; "
      'expected "record", or this step before it']),
    ("no email step", '[[policy.steps]]\nname = "a"\ndays = 5\naction = "record"\n',
     ['policy.steps: no email step; expected at least one step with action = "email"']),
    ("step without days", '[[policy.steps]]\nname = "a"\n',
     ["policy.steps[0].days: missing; expected an integer"]),
    ("no steps", "[policy]\nsteps = []\n",
     ["policy.steps: empty; expected at least one [[policy.steps]] table"]),
    ("steps not an array", '[policy.steps]\nname = "a"\n',
     ["policy.steps: expected an array of tables [[policy.steps]], got table"]),
    ("no password", f"[imap]\n{ACCOUNT}",
     [f"imap: no password given; {ONE_OF}"]),
    ("two passwords", f'[imap]\n{ACCOUNT}password_file = "a"\npassword_command = "b"\n',
     [f"imap: password_file and password_command are set together; {ONE_OF}"]),
    ("bad account", '[smtp]\nhost = "mail example"\nusername = ""\ncredential = "../x"\n'
                    'security = "none"\nport = 0\nsent_folder = "Sent"\nverify = false\n',
     ['smtp.host: "mail example" is not a host name; expected a host name such as '
      "mail.example.com",
      'smtp.security: unknown value "none"; expected one of "tls", "starttls"',
      "smtp.port: 0 is out of range; expected an integer from 1 to 65535",
      "smtp.username: empty; expected a user name",
      'smtp.credential: "../x" is not a credential name; '
      "expected the name of a systemd credential (LoadCredential=)",
      "smtp.sent_folder: unknown key; expected one of ca_file, credential, host, password, "
      "password_command, password_file, port, security, username",
      "smtp.verify: unknown key; expected one of ca_file, credential, host, password, "
      "password_command, password_file, port, security, username"]),
    ("unsplittable command", f"[imap]\n{ACCOUNT}password_command = \"pass 'show\"\n",
     ["imap.password_command: cannot be split into words (no closing quotation); "
      'expected a command that prints the password, such as "pass show mail"']),
    ("missing files", f'templates_dir = "nope"\n[imap]\n{ACCOUNT}credential = "c"\n'
                      'ca_file = "ca.pem"\n',
     ["templates_dir: TMP/nope does not exist; expected an existing directory",
      "imap.ca_file: TMP/ca.pem does not exist; expected an existing CA certificate file (PEM)"]),
    ("log level", 'log_level = "trace"\n',
     ['log_level: unknown value "trace"; expected one of "debug", "info", "warning", "error"']),
    ("database", '[database]\nurl = "mysql://db.example/dunnerd"\n',
     ['database.url: unsupported database "mysql"; '
      "expected sqlite:////absolute/path.sqlite3 or postgresql://host/dbname"]),
    ("relative sqlite", '[database]\nurl = "sqlite:///ledger.sqlite3"\n',
     ["database.url: SQLite needs an absolute file path; "
      "expected sqlite:////absolute/path.sqlite3 or postgresql://host/dbname"]),
    ("trusted senders", '[[trusted_senders]]\naddress = "@stripe"\n'
                        '[[trusted_senders]]\naddress = "bob"\n[[trusted_senders]]\nname = "x"\n',
     ['trusted_senders[0].address: "stripe" is not a valid domain; expected an address such as '
      '"alerts@bank.example" or a domain such as "@stripe.com"',
      'trusted_senders[1].address: "bob" is not an email address; expected an address such as '
      '"alerts@bank.example" or a domain such as "@stripe.com"',
      'trusted_senders[2].address: missing; expected an address such as '
      '"alerts@bank.example" or a domain such as "@stripe.com"']),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_problem_is_exactly_one_line(tmp_path: Path, text: str, expected: list[str]) -> None:
    assert problems(tmp_path, text) == expected


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    found = problems(tmp_path, """\
[owner]
name = "Camille"
iban = "FR76 3000 6000 0112 3456 7890 188"
[policy]
min_gap_days = "three"
[[policy.steps]]
name = "a"
days = 5
[[policy.steps]]
name = "b"
days = 1
""")
    assert [line.split(":")[0] for line in found] == [
        "owner.email", "owner.iban", "policy.steps[1].days", "policy.min_gap_days"]
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, '[owner]\nname = "x"\n[policy]\nmin_gap_days = -1\n')
    assert str(caught.value) == "\n".join(caught.value.problems)
    assert len(caught.value.problems) == 2


def test_inline_password_needs_a_private_file(tmp_path: Path) -> None:
    text = f'[smtp]\n{ACCOUNT}password = "{CANARY}"\n'
    assert problems(tmp_path, text, mode=0o640) == [
        "smtp.password: refused, as TMP/dunnerd.toml can be read by group or others; "
        "expected chmod 600 TMP/dunnerd.toml, or password_file, password_command or credential "
        "instead"]
    config = load(tmp_path, text, mode=0o600)
    assert config.smtp is not None
    assert load_secret(config.smtp.password) == Secret(CANARY)


def test_database_password_needs_a_private_file(tmp_path: Path) -> None:
    text = f'[database]\nurl = "postgresql://dunnerd:{CANARY}@db.example/dunnerd"\n'
    [problem] = problems(tmp_path, text, mode=0o644)
    assert problem.startswith("database.url: holds a password but TMP/dunnerd.toml can be read")
    assert CANARY not in problem
    assert CANARY not in repr(load(tmp_path, text, mode=0o600))


# --- Reading the file -------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "nope.toml", {})
    [problem] = caught.value.problems
    assert problem.startswith(f"{tmp_path / 'nope.toml'}: no such file; expected a TOML file")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"is a directory; expected a TOML file"):
        load_config(tmp_path, {})


@pytest.mark.skipif(IS_ROOT, reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "", mode=0o000)
    with pytest.raises(ConfigError) as caught:
        load_config(path, {})
    assert caught.value.problems == [
        f"{path}: cannot be read (permission denied); expected a readable file"]


def test_syntax_error_names_file_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, f'[owner]\nname = "Camille"\npassword = {CANARY}\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path, {})
    assert caught.value.problems == [f"{path}: invalid TOML: Invalid value (at line 3, column 12)"]
    assert CANARY not in str(caught.value)


@pytest.mark.parametrize(("cli", "env", "expected"), [
    (Path("/cli.toml"), {"DUNNERD_CONFIG": "/env.toml"}, Path("/cli.toml")),
    (None, {"DUNNERD_CONFIG": "/env.toml"}, Path("/env.toml")),
    (None, {"DUNNERD_CONFIG": ""}, DEFAULT_CONFIG_PATH),
    (None, {}, Path("/etc/dunnerd/dunnerd.toml")),
])
def test_config_path_resolution_order(cli: Path | None, env: dict[str, str],
                                      expected: Path) -> None:
    assert resolve_config_path(cli, env) == expected


@pytest.mark.parametrize(("env", "expected"), [
    ({"STATE_DIRECTORY": "/var/lib/dunnerd-a"}, Path("/var/lib/dunnerd-a")),
    ({"STATE_DIRECTORY": "/a:/b"}, Path("/a")),
    ({"STATE_DIRECTORY": ""}, Path("/var/lib/dunnerd")),
    ({}, Path("/var/lib/dunnerd")),
])
def test_default_state_dir(env: dict[str, str], expected: Path) -> None:
    assert default_state_dir(env) == expected


# --- Secrets ----------------------------------------------------------------------------------


def account_secret(tmp_path: Path, line: str) -> SecretRef:
    config = load(tmp_path, f"[imap]\n{ACCOUNT}{line}\n")
    assert config.imap is not None
    return config.imap.password


def test_secret_from_a_file(tmp_path: Path) -> None:
    (tmp_path / "imap.pass").write_text(f"{CANARY} \n", encoding="utf-8")
    (tmp_path / "imap.pass").chmod(0o600)
    ref = account_secret(tmp_path, 'password_file = "imap.pass"')  # relative to the config
    assert load_secret(ref).reveal() == f"{CANARY} "
    (tmp_path / "imap.pass").chmod(0o640)
    with pytest.raises(SecretError, match="can be read by group or others.*chmod 600"):
        load_secret(ref)  # tests/daemon/test_local_faults.py: the daemon says it in one line


def test_secret_from_a_command_is_its_first_line(tmp_path: Path) -> None:
    for code, expected in [(f"print({CANARY!r})", CANARY), ("print(1); print(2)", "1")]:
        ref = account_secret(tmp_path, f"password_command = {toml_string(py_command(code))}")
        assert load_secret(ref).reveal() == expected


def test_secret_from_a_systemd_credential(tmp_path: Path) -> None:
    (tmp_path / "imap-password").write_text(CANARY, encoding="utf-8")
    ref = account_secret(tmp_path, 'credential = "imap-password"')
    assert load_secret(ref, {"CREDENTIALS_DIRECTORY": str(tmp_path)}).reveal() == CANARY
    with pytest.raises(SecretError, match=r"^imap.credential: \$CREDENTIALS_DIRECTORY is not set"):
        load_secret(ref, {})


@pytest.mark.parametrize(("source", "locator", "expected"), [
    (SecretSource.FILE, "{tmp}/missing", "x.password_file: {tmp}/missing does not exist; "
                                         "expected a file holding the password"),
    (SecretSource.FILE, "{tmp}/empty", "x.password_file: {tmp}/empty is empty; "
                                       "expected the password"),
    (SecretSource.COMMAND, "/nonexistent/pass show", "x.password_command: /nonexistent/pass: "
                                                     "command not found; expected a program on "
                                                     "PATH or an absolute path"),
    (SecretSource.COMMAND, py_command("pass"), f"x.password_command: {sys.executable} printed "
                                               "nothing; expected the password on its first line"),
])
def test_secret_errors(tmp_path: Path, source: SecretSource, locator: str,
                       expected: str) -> None:
    (tmp_path / "empty").write_text("\n", encoding="utf-8")
    ref = SecretRef(source, f"x.{source.value}", locator.format(tmp=tmp_path))
    with pytest.raises(SecretError) as caught:
        load_secret(ref, {})
    assert str(caught.value) == expected.format(tmp=tmp_path)


def test_slow_command_times_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(secrets, "COMMAND_TIMEOUT", 0.2)
    sleeper = py_command("import time; time.sleep(10)")
    ref = SecretRef(SecretSource.COMMAND, "x.password_command", sleeper)
    with pytest.raises(SecretError, match=r"did not finish within 0.2 s"):
        load_secret(ref)


# --- The canary: a password never shows in an error or a repr ---------------------------------


def test_canary_never_shows(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text(CANARY + "\n", encoding="utf-8")
    (tmp_path / "secret.txt").chmod(0o600)
    prints = py_command(f"print({CANARY!r})")
    fails = py_command(f"import sys; print({CANARY!r}); sys.exit({CANARY!r})")  # stderr, status 1
    sources = {
        "password": f'password = "{CANARY}"',
        "password_file": 'password_file = "secret.txt"',
        "password_command": f"password_command = {toml_string(prints)}",
        "failing": f"password_command = {toml_string(fails)}",
    }
    texts: list[str] = []
    for name, line in sources.items():
        config = load(tmp_path, f"[imap]\n{ACCOUNT}{line}\n")
        assert config.imap is not None
        texts += [repr(config), str(config)]
        try:
            texts.append(repr(load_secret(config.imap.password)))
        except SecretError as exc:
            assert name == "failing"
            texts += [str(exc), repr(exc)]
        # The same secret in a file with other problems, and in one anyone can read.
        with pytest.raises(ConfigError) as caught:
            load(tmp_path, f"[imap]\n{ACCOUNT}{line}\nport = true\n", mode=0o644)
        texts += [str(caught.value), repr(caught.value)]
    for wrong in (f'["{CANARY}"]', f'{{ value = "{CANARY}" }}'):  # of the wrong type
        with pytest.raises(ConfigError) as caught:
            load(tmp_path, f"[smtp]\n{ACCOUNT}password = {wrong}\n")
        texts.append(str(caught.value))
    assert any("exit status 1" in text for text in texts)
    assert any("refused" in text for text in texts)
    assert [text for text in texts if CANARY in text] == []


def test_secret_repr_hides_the_value() -> None:
    ref = SecretRef(SecretSource.INLINE, "smtp.password", "", Secret(CANARY))
    assert CANARY not in repr(ref) + str(Secret(CANARY)) + repr(Secret(CANARY))


def test_inbox_alerts_and_daemon_sections(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('[owner]\nname = "C"\nemail = "c@c.example"\n'
                    '[inbox]\nauthserv_id = "MX.C.example"\n'
                    '[alerts]\nto = "alerts@c.example"\ndigest_hour = -1\nphone_first = true\n'
                    '[daemon]\nwitness_grace_seconds = 5\n')
    path.chmod(0o600)
    config = load_config(path, {})
    assert config.inbox.authserv_id == "mx.c.example"
    assert (config.alerts.to, config.alerts.digest_hour, config.alerts.phone_first) == (
        "alerts@c.example", None, True)
    assert config.daemon.witness_grace_seconds == 5.0
    path.write_text('[owner]\nname = "C"\nemail = "c@c.example"\n[alerts]\ndigest_hour = 24\n')
    with pytest.raises(ConfigError, match=r"alerts.digest_hour: 24 is out of range"):
        load_config(path, {})



def test_owner_identifiers_are_checked_and_kept_compact(tmp_path: Path) -> None:
    owner = OWNER + 'siren = "732 829 320"\nsiret = "732 829 320 00074"\n' \
        'vat_number = "fr 40 303 265 045"\n'
    config = load(tmp_path, owner)
    assert (config.owner.siren, config.owner.siret, config.owner.vat_number) == (
        "732829320", "73282932000074", "FR40303265045")


@pytest.mark.parametrize(("lines", "expected"), [
    ('siren = "732 829 321"', 'owner.siren: "732 829 321" is not a valid SIREN; expected a SIREN'),
    ('siret = "73282932000075"', 'owner.siret: "73282932000075" is not a valid SIRET;'),
    ('siren = "732829320"\nsiret = "35600000000048"',
     "owner.siret: 35600000000048 is not an establishment of SIREN 732829320"),
    ('vat_number = "FR41303265045"', 'owner.vat_number: "FR41303265045" is not a valid VAT'),
])
def test_a_bad_owner_identifier_is_one_line(tmp_path: Path, lines: str, expected: str) -> None:
    found = problems(tmp_path, OWNER + lines + "\n")
    assert len(found) == 1 and found[0].startswith(expected), found
