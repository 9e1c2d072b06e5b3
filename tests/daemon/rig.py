"""A real `dunnerd run` process for the daemon tests: its config next to the test's Dovecot and
SMTP servers, the CLI in-process, and the ledger read back; plus waiting on a condition."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dunnerd.cli.main import main
from dunnerd.clock import SystemClock
from dunnerd.ledger.store import Store
from dunnerd.states import ReminderState
from tests.mailservers.dovecot import DovecotServer
from tests.mailservers.smtp import SmtpServer

DAEMON_CONFIG = """\
state_dir = "{state}"
log_level = "debug"

[owner]
name = "Camille Martin"
company = "Martin Conseil"
email = "owner@example.test"
phone = "+33 6 12 34 56 78"
iban = "FR76 3000 6000 0112 3456 7890 189"
bic = "AGRIFRPP"
language = "en"
timezone = "UTC"

[imap]
host = "127.0.0.1"
port = {imap_port}
security = "tls"
username = "owner"
password_file = "{password_file}"
ca_file = "{ca}"

[smtp]
host = "127.0.0.1"
port = {smtp_port}
security = "starttls"
username = "owner"
password_file = "{password_file}"
ca_file = "{ca}"

[policy.send_window]
start = "00:00"
end = "24:00"
business_days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
skip_holidays = false
"""


def wait_until(condition: Callable[[], Any], timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


class DaemonRig:
    module = "dunnerd"  # what `start` runs with `python -m`

    def __init__(self, tmp: Path, dovecot: DovecotServer, smtp: SmtpServer,
                 extra_config: str = "", database_url: str | None = None) -> None:
        self.dovecot = dovecot
        self.smtp = smtp
        # None: the default SQLite file in the state directory.
        self.database_url = database_url or f"sqlite:///{tmp / 'state' / 'dunnerd.sqlite3'}"
        if database_url is not None:
            extra_config = f'\n[database]\nurl = "{database_url}"\n' + extra_config
        secret = tmp / "owner.password"
        secret.write_text(dovecot.users["owner"] + "\n")
        secret.chmod(0o600)
        self.config = tmp / "dunnerd.toml"
        self.config.write_text(DAEMON_CONFIG.format(
            state=tmp / "state", imap_port=dovecot.imaps_port, smtp_port=smtp.port,
            password_file=secret, ca=dovecot.ca_cert_path) + extra_config)
        self.config.chmod(0o600)
        self.log = tmp / "daemon.log"
        self.processes: list[subprocess.Popen[bytes]] = []

    def cli(self, *argv: str) -> int:
        return main(["--config", str(self.config), *argv])

    def start(self, *extra: str, env: dict[str, str] | None = None,
              now: str | None = None) -> subprocess.Popen[bytes]:
        """`dunnerd run`; with `now`, on a fixed clock at that instant (--now)."""
        log = self.log.open("ab")
        clock = ["--now", now] if now else []
        proc = subprocess.Popen(
            [sys.executable, "-m", self.module, "--config", str(self.config), *clock, "run",
             "--witness-grace", "3", *extra],
            stdout=log, stderr=log, env={**os.environ, **(env or {})})
        log.close()
        self.processes.append(proc)
        return proc

    def starts(self) -> int:
        return self.log.read_text().count("dunnerd started") if self.log.exists() else 0

    def start_ready(self, *extra: str, now: str | None = None) -> subprocess.Popen[bytes]:
        """Start a daemon and wait until it has settled, resynced and made its first pass."""
        before = self.starts()
        proc = self.start(*extra, now=now)
        wait_until(lambda: self.starts() > before or proc.poll() is not None, 30,
                   "the daemon to start")
        return proc

    def stop(self, proc: subprocess.Popen[bytes]) -> int:
        proc.send_signal(signal.SIGTERM)
        return proc.wait(timeout=20)

    def store(self) -> Store:
        return Store(self.database_url, SystemClock())

    def reminders(self) -> list[tuple[str, str, ReminderState]]:
        store = self.store()
        try:
            rows = []
            for invoice in store.list_invoices():
                for r in store.reminders_for_invoice(invoice.id or 0):
                    rows.append((invoice.number, r.step, r.state))
            return sorted(rows)
        finally:
            store.close()

    def cleanup(self) -> None:
        for proc in self.processes:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)


def add_invoices(rig: DaemonRig, tmp_path: Path, lateness: dict[str, int]) -> None:
    today = dt.datetime.now(dt.UTC).date()
    rows = ["number,client,email,amount,currency,issued,due"]
    for number, late in lateness.items():
        due = today - dt.timedelta(days=late)
        key = number.lower()
        rows.append(f"{number},Client {number},client+{key}@example.test,1500.00,EUR,"
                    f"{due - dt.timedelta(days=30)},{due}")
    path = tmp_path / f"ledger-{len(lateness)}-{time.monotonic_ns()}.csv"
    path.write_text("\n".join(rows) + "\n")
    assert rig.cli("invoice", "import", str(path)) == 0
