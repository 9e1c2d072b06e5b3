"""`dunnerd check` against the real Dovecot and SMTP servers, and `dunnerd status` from the
database and the state directory's lock."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from sqlalchemy import text

from dunnerd.cli.main import main
from dunnerd.clock import FixedClock
from dunnerd.config.load import load_config
from dunnerd.daemon.lock import StateLock
from dunnerd.ledger.models import Client, InboundMessage, Invoice, MailboxState, Reminder
from dunnerd.ledger.store import Store
from dunnerd.states import ReminderState
from tests.conftest import MINIMAL_CONFIG, NOW
from tests.mailservers.dovecot import DovecotServer
from tests.mailservers.smtp import SmtpServer

CHECK_NAMES = ["config", "database", "imap password", "smtp password", "imap login",
               "imap inbox", "imap sent folder", "smtp connection", "smtp login",
               "template friendly", "template firm", "template final",
               "legal rates", "legal identities", "court request identities"]

MAIL_CONFIG = """\
state_dir = "{state}"
{extra_top}
[owner]
name = "Camille Martin"
company = "Martin Conseil"
email = "owner@example.test"
iban = "FR76 3000 6000 0112 3456 7890 189"
language = "en"
timezone = "UTC"

[imap]
host = "127.0.0.1"
port = {imap_port}
security = "tls"
username = "owner"
password_file = "{imap_password}"
{ca_line}
{imap_extra}

[smtp]
host = "127.0.0.1"
port = {smtp_port}
security = "starttls"
username = "owner"
password_file = "{smtp_password}"
{ca_line}
"""


class Checker:
    """Writes a config pointing at the test servers (or wherever told) and runs `dunnerd check`
    in-process."""

    def __init__(self, tmp: Path, imap_port: int, smtp_port: int, ca: Path | None,
                 password: str) -> None:
        self.tmp = tmp
        self.imap_port, self.smtp_port, self.ca = imap_port, smtp_port, ca
        self.password = password

    def write(self, *, imap_password: str | None = None, smtp_password: str | None = None,
              imap_port: int | None = None, smtp_port: int | None = None,
              imap_extra: str = "", extra_top: str = "") -> Path:
        files = {}
        for kind, value in (("imap", imap_password), ("smtp", smtp_password)):
            path = self.tmp / f"{kind}.password"
            path.write_text((value if value is not None else self.password) + "\n")
            path.chmod(0o600)
            files[kind] = path
        config = self.tmp / "dunnerd.toml"
        config.write_text(MAIL_CONFIG.format(
            state=self.tmp / "state", extra_top=extra_top,
            imap_port=imap_port or self.imap_port, smtp_port=smtp_port or self.smtp_port,
            imap_password=files["imap"], smtp_password=files["smtp"],
            ca_line=f'ca_file = "{self.ca}"' if self.ca else "", imap_extra=imap_extra))
        config.chmod(0o600)
        return config

    def __call__(self, *argv: str, timeout: float = 5, **config: Any) -> tuple[int, str]:
        out = io.StringIO()
        status = main(["--config", str(self.write(**config)), "check", "--timeout",
                       str(timeout), *argv],
                      out=Console(file=out, width=400, soft_wrap=True),
                      err=Console(file=out, width=400, soft_wrap=True))
        return status, out.getvalue()

    def json(self, **config: Any) -> tuple[int, dict[str, Any]]:
        status, out = self("--json", **config)
        return status, json.loads(out)


def by_name(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {check["name"]: check for check in report["checks"]}


def failed(report: dict[str, Any]) -> list[str]:
    return [c["name"] for c in report["checks"] if not c["ok"]]


@pytest.fixture
def checker(tmp_path: Path, clean_mailboxes: DovecotServer,
            smtp_server: SmtpServer) -> Checker:
    return Checker(tmp_path, clean_mailboxes.imaps_port, smtp_server.port,
                   clean_mailboxes.ca_cert_path, clean_mailboxes.users["owner"])


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections (the kernel completes them into the backlog) and never
    says a word."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        yield int(sock.getsockname()[1])


# --- dunnerd check against the real servers -----------------------------------------------------

@pytest.mark.mailserver
def test_good_config_passes_every_check(checker: Checker) -> None:
    status, report = checker.json()
    assert status == 0, report
    assert report["ok"] is True
    assert [c["name"] for c in report["checks"]] == CHECK_NAMES
    assert all(set(c) == {"name", "ok", "detail", "fix"} for c in report["checks"])
    checks = by_name(report)
    assert checks["imap sent folder"]["detail"] == "'Sent' (marked \\Sent) opens"
    assert "certificate verified" in checks["smtp connection"]["detail"]
    assert "schema version" in checks["database"]["detail"]
    status, out = checker()
    assert status == 0
    lines = out.strip().splitlines()
    assert len(lines) == len(CHECK_NAMES)
    assert all(line.startswith("ok   ") for line in lines), out
    assert checker.password not in out


@pytest.mark.mailserver
def test_wrong_imap_password_is_one_clear_line(checker: Checker) -> None:
    status, report = checker.json(imap_password="not-the-password")
    assert status == 1 and report["ok"] is False
    login = by_name(report)["imap login"]
    assert "login as 'owner' was refused" in login["detail"]
    assert "imap.username" in login["fix"] and "imap.password_file" in login["fix"]
    assert failed(report) == ["imap login", "imap inbox", "imap sent folder"]
    assert by_name(report)["imap inbox"]["detail"] == "not tried, as imap login failed"
    _, out = checker(imap_password="not-the-password")
    assert "not-the-password" not in out
    [line] = [line for line in out.splitlines() if line.startswith("FAIL imap login")]
    assert "-> fix: check imap.username" in line


@pytest.mark.mailserver
def test_wrong_smtp_password_is_one_clear_line(checker: Checker) -> None:
    status, report = checker.json(smtp_password="not-the-password")
    assert status == 1
    assert failed(report) == ["smtp login"]
    login = by_name(report)["smtp login"]
    assert "login as 'owner' was refused: 535" in login["detail"]
    assert "smtp.username" in login["fix"] and "smtp.password_file" in login["fix"]
    assert "not-the-password" not in json.dumps(report)


@pytest.mark.mailserver
def test_wrong_port_says_nothing_listens(checker: Checker, closed_port: int) -> None:
    status, report = checker.json(imap_port=closed_port, smtp_port=closed_port)
    assert status == 1
    assert failed(report) == ["imap login", "imap inbox", "imap sent folder",
                              "smtp connection", "smtp login"]
    checks = by_name(report)
    for name, kind in (("imap login", "imap"), ("smtp connection", "smtp")):
        assert "connection refused" in checks[name]["detail"].lower(), checks[name]
        assert checks[name]["fix"].startswith(f"nothing listens on 127.0.0.1:{closed_port}: "
                                              f"check {kind}.host and {kind}.port"), checks[name]


@pytest.mark.mailserver
def test_missing_sent_folder_lists_the_folders(checker: Checker) -> None:
    status, report = checker.json(imap_extra='sent_folder = "Nope"')
    assert status == 1
    assert failed(report) == ["imap sent folder"]
    sent = by_name(report)["imap sent folder"]
    assert "the configured sent_folder 'Nope' does not exist" in sent["detail"]
    assert "'Sent'" in sent["detail"]
    assert sent["fix"].startswith("set imap.sent_folder to one of the folders listed")


@pytest.mark.mailserver
def test_broken_owner_template_names_its_file(checker: Checker, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    (templates / "en").mkdir(parents=True)
    broken = templates / "en" / "friendly.txt.j2"
    broken.write_text("Hello {{ client_name }},\n{{ nope }}\n")
    status, report = checker.json(extra_top=f'templates_dir = "{templates}"')
    assert status == 1
    assert failed(report) == ["template friendly"]
    friendly = by_name(report)["template friendly"]
    assert friendly["detail"] == (f"en: cannot render template {broken}, line 2: "
                                  "'nope' is undefined")
    assert friendly["fix"] == f"edit {broken}, line 2 (or remove it to use the built-in one)"
    assert by_name(report)["template firm"]["detail"].endswith(f"owner templates in {templates}")


def test_template_syntax_error_and_missing_template(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    (templates / "fr").mkdir(parents=True)
    (templates / "fr" / "firm.html.j2").write_text("<p>{% if %}</p>\n")
    config = tmp_path / "dunnerd.toml"
    config.write_text(MINIMAL_CONFIG.format(state_dir=tmp_path / "state")
                      .replace("[owner]", f'templates_dir = "{templates}"\n\n[owner]')
                      + '\n[[policy.steps]]\nname = "soft"\ndays = 3\n'
                      '\n[[policy.steps]]\nname = "firm"\ndays = 15\n')
    config.chmod(0o600)
    assert main(["--config", str(config), "client", "add", "acme", "--name", "ACME",
                 "--email", "a@acme.example"]) == 0
    assert main(["--config", str(config), "client", "edit", "acme", "--step-template",
                 "firm=firm_gentle"]) == 0
    out = io.StringIO()
    status = main(["--config", str(config), "check", "--json"],
                  out=Console(file=out, width=400), err=Console(file=out, width=400))
    report = json.loads(out.getvalue())
    assert status == 1
    checks = by_name(report)
    assert checks["imap"]["detail"] == "no [imap] section"
    assert checks["template soft"]["detail"].startswith(
        "en: template 'en/soft.subject.j2' not found; searched: ")
    assert checks["template soft"]["fix"].startswith(f"add {templates}/en/soft.subject.j2")
    firm = checks["template firm"]
    assert firm["detail"].startswith(f"fr: cannot render template {templates}/fr/firm.html.j2, "
                                     "line 1: ")
    assert "en:" not in firm["detail"]  # English renders from the built-in templates
    # A client's own template is checked too.
    assert checks["template firm_gentle"]["detail"].startswith(
        "en: template 'en/firm_gentle.subject.j2' not found")


def test_silent_server_times_out_with_a_clear_line(tmp_path: Path, silent_port: int) -> None:
    checker = Checker(tmp_path, silent_port, silent_port, None, "secret-password")
    started = time.monotonic()
    status, report = _json(checker, timeout=1)
    elapsed = time.monotonic() - started
    assert status == 1
    assert elapsed < 8, elapsed
    checks = by_name(report)
    assert "no answer within 1 s" in checks["imap login"]["detail"], checks["imap login"]
    assert "no answer within 1 s while connecting" in checks["smtp connection"]["detail"]
    for name in ("imap login", "smtp connection"):
        assert checks[name]["fix"].startswith("the server accepted the connection but did not "
                                              "answer"), checks[name]
    assert checks["imap inbox"]["detail"] == "not tried, as imap login failed"


def _json(checker: Checker, timeout: float, **config: Any) -> tuple[int, dict[str, Any]]:
    status, out = checker("--json", timeout=timeout, **config)
    return status, json.loads(out)


def test_missing_password_file_is_reported_without_trying_to_log_in(
        tmp_path: Path, closed_port: int) -> None:
    checker = Checker(tmp_path, closed_port, closed_port, None, "secret-password")
    config = checker.write()
    (tmp_path / "imap.password").unlink()
    out = io.StringIO()
    status = main(["--config", str(config), "check", "--json", "--timeout", "2"],
                  out=Console(file=out, width=400), err=Console(file=out, width=400))
    report = json.loads(out.getvalue())
    assert status == 1
    checks = by_name(report)
    assert checks["imap password"]["detail"] == (
        f"imap.password_file: {tmp_path / 'imap.password'} does not exist; expected a file "
        "holding the password")
    assert checks["imap password"]["fix"].startswith(
        f"put the password alone in {tmp_path / 'imap.password'}")
    assert checks["smtp password"]["ok"] is True
    assert checks["imap login"]["detail"] == "not tried, as imap password failed"
    assert "secret-password" not in out.getvalue()


def test_database_newer_than_dunnerd(tmp_path: Path, closed_port: int) -> None:
    checker = Checker(tmp_path, closed_port, closed_port, None, "secret-password")
    config = load_config(checker.write())
    store = Store(config.database_url, FixedClock(NOW))
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE schema_version SET version = 999"))
    store.close()
    status, report = _json(checker, timeout=2)
    database = by_name(report)["database"]
    assert database["ok"] is False
    assert "schema is version 999, newer than this dunnerd" in database["detail"]
    assert database["fix"] == "upgrade dunnerd"


def test_bad_config_exits_2_before_any_check(tmp_path: Path) -> None:
    config = tmp_path / "dunnerd.toml"
    config.write_text('state_dir = "/tmp/x"\n[owner]\nname = "Camille"\n')
    config.chmod(0o600)
    out = io.StringIO()
    status = main(["--config", str(config), "check"],
                  out=Console(file=out, width=400), err=Console(file=out, width=400))
    assert status == 2
    assert "owner.email: missing" in out.getvalue()
    assert "config" not in out.getvalue().split(":", 1)[1].split("\n", 1)[1]


# --- dunnerd status ----------------------------------------------------------------------------

STATUS_KEYS = {"now", "database", "clients", "invoices", "overdue", "open_balance",
               "next_reminder", "daemon", "inbox", "outbox", "failures"}


def status(config: Path, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--config", str(config), "--now", NOW.isoformat(), "status", *argv],
                out=Console(file=out, width=400, soft_wrap=True),
                err=Console(file=out, width=400, soft_wrap=True))
    return code, out.getvalue()


def status_json(config: Path) -> dict[str, Any]:
    code, out = status(config, "--json")
    assert code == 0, out
    result: dict[str, Any] = json.loads(out)
    return result


def test_status_of_an_empty_state_dir(config_file: Path) -> None:
    summary = status_json(config_file)
    assert set(summary) == STATUS_KEYS
    assert summary["daemon"]["running"] is False and summary["daemon"]["pid"] is None
    assert summary["inbox"] == [] and summary["outbox"] == {}
    assert summary["failures"] == {"reminders": {"failed": 0, "unknown": 0, "latest": []},
                                   "quarantined": {"count": 0, "latest": []}}
    assert not (config_file.parent / "state" / "dunnerd.lock").exists()  # a probe creates nothing
    code, out = status(config_file)
    assert code == 0
    assert out.splitlines()[:2] == ["daemon: not running", "inbox: never synced"]
    assert "needs you: nothing" in out


def test_status_sees_the_running_daemon_its_sync_and_what_needs_the_owner(
        config_file: Path) -> None:
    config = load_config(config_file)
    store = Store(config.database_url, FixedClock(NOW))
    synced = NOW - dt.timedelta(minutes=3)
    with store.session() as s:
        client = Client(key="acme", name="ACME SA", emails=["billing@acme.example"])
        s.add(client)
        s.flush()
        invoice = Invoice(number="2026-042", client_id=client.id or 0, issued=dt.date(2026, 10, 1),
                          due=dt.date(2026, 10, 31), amount_cents=123450, currency="EUR")
        s.add(invoice)
        s.flush()
        s.add(Reminder(invoice_id=invoice.id or 0, client_id=client.id or 0, step="firm",
                       planned_at=NOW - dt.timedelta(hours=1), state=ReminderState.FAILED,
                       attempts=1, smtp_reply="5.1.1 mailbox unknown", message_id="<a@b.example>"))
        s.add(Reminder(invoice_id=invoice.id or 0, client_id=client.id or 0, step="friendly",
                       planned_at=NOW - dt.timedelta(days=14), state=ReminderState.FILED,
                       attempts=1))
        s.add(MailboxState(folder="INBOX", uidvalidity=7, last_uid=42, last_sync_at=synced))
        s.add(InboundMessage(folder="INBOX", uidvalidity=7, uid=41, received_at=synced,
                             raw=b"", quarantined=True, kind="quarantined",
                             evidence={"error": "larger than the size cap, or empty"}))
    store.close()

    with StateLock(config.state_dir):
        summary = status_json(config_file)
        _, out = status(config_file)
    assert summary["daemon"] == {"running": True, "pid": os.getpid(),
                                 "lock_file": str(config.state_dir / "dunnerd.lock"),
                                 "problem": None}
    assert f"daemon: running (pid {os.getpid()})" in out
    assert summary["inbox"] == [{"folder": "INBOX", "uidvalidity": 7, "last_uid": 42,
                                 "last_sync_at": "2026-11-23T08:57:00Z"}]
    assert "inbox INBOX: last synced 2026-11-23T08:57:00Z (uid 42)" in out
    assert summary["outbox"] == {"failed": 1, "filed": 1}
    reminders = summary["failures"]["reminders"]
    assert (reminders["failed"], reminders["unknown"]) == (1, 0)
    [latest] = reminders["latest"]
    assert latest["invoice"] == "2026-042" and latest["client"] == "acme"
    assert latest["step"] == "firm" and latest["smtp_reply"] == "5.1.1 mailbox unknown"
    quarantined = summary["failures"]["quarantined"]
    assert quarantined["count"] == 1
    assert quarantined["latest"][0]["uid"] == 41
    assert quarantined["latest"][0]["error"] == "larger than the size cap, or empty"
    assert ("needs you: 1 failed and 0 unknown reminders, 1 quarantined inbound messages"
            in out)
    assert "failed: invoice 2026-042 (acme) firm" in out
    assert "quarantined: INBOX uid 41" in out
    assert summary["next_reminder"] is not None  # the ledger summary is still there
    assert summary["invoices"]["open"] == 1 and summary["overdue"] == 1

    # The lock released: no daemon, and the probe left the lock free for the next one.
    assert status_json(config_file)["daemon"]["running"] is False
    with StateLock(config.state_dir):
        pass


def test_a_slow_password_command_is_abandoned_at_the_timeout(tmp_path: Path,
                                                             closed_port: int) -> None:
    checker = Checker(tmp_path, closed_port, closed_port, None, "secret-password")
    config = checker.write()
    config.write_text(config.read_text().replace(
        f'password_file = "{tmp_path / "imap.password"}"', 'password_command = "sleep 4"'))
    out = io.StringIO()
    started = time.monotonic()
    status = main(["--config", str(config), "check", "--json", "--timeout", "1"],
                  out=Console(file=out, width=400), err=Console(file=out, width=400))
    assert time.monotonic() - started < 4
    checks = by_name(json.loads(out.getvalue()))
    assert status == 1
    assert checks["imap password"]["detail"] == "no result within 1 s"
    assert checks["imap password"]["fix"].startswith("run the command by hand")
    assert checks["imap login"]["detail"] == "not tried, as imap password failed"
