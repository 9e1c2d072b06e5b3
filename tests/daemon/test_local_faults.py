"""Faults on the daemon's own machine (docs/security.md): a read-only database, a full disk, a
password file that others can read. For each: the daemon says what is wrong in one line, loses
nothing already recorded, and gets over it by itself once the owner fixes it.

The state directory (and so the SQLite ledger) sits on a small tmpfs of its own, remounted
read-only or filled up while a real `dunnerd run` works; root only (CI runs as root).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from dunnerd.states import InvoiceStatus, ReminderState
from tests.daemon.rig import DaemonRig, add_invoices, wait_until
from tests.daemon.test_faults import reply_from, sent_to_server
from tests.mailservers.dovecot import DovecotServer
from tests.mailservers.smtp import SmtpServer
from tests.unavailable import unavailable

pytestmark = pytest.mark.mailserver

TMPFS_SIZE = "24m"


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True, timeout=30)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """tmp_path/state on a tmpfs of TMPFS_SIZE."""
    if os.geteuid() != 0:
        unavailable("the local fault tests", "mounting a tmpfs needs root (CI runs as root)")
    state = tmp_path / "state"
    state.mkdir()
    try:
        _mount("-t", "tmpfs", "-o", f"size={TMPFS_SIZE},mode=0700", "tmpfs", str(state))
    except subprocess.CalledProcessError as exc:
        # Root in a container without CAP_SYS_ADMIN: a capability of the machine, not a
        # package CI could install, so said and skipped rather than failed.
        pytest.skip(f"cannot mount a tmpfs here: {exc.stderr.decode(errors='replace').strip()}")
    try:
        yield state
    finally:
        subprocess.run(["umount", "-l", str(state)], check=False, timeout=30)


@pytest.fixture
def rig(tmp_path: Path, dovecot: DovecotServer, smtp_server: SmtpServer) -> Iterator[DaemonRig]:
    made = DaemonRig(tmp_path, dovecot, smtp_server)
    yield made
    made.cleanup()


def reminders(rig: DaemonRig) -> list[tuple[str, str, ReminderState]]:
    return rig.reminders()


def status(rig: DaemonRig, number: str) -> InvoiceStatus:
    store = rig.store()
    try:
        return store.get_invoice(number).status
    finally:
        store.close()


def message_id(rig: DaemonRig, number: str) -> str:
    store = rig.store()
    try:
        invoice = store.get_invoice(number)
        [reminder] = store.reminders_for_invoice(invoice.id or 0)
        return str(reminder.message_id)
    finally:
        store.close()


def log_since(rig: DaemonRig, offset: int) -> str:
    return rig.log.read_text()[offset:]


def said(rig: DaemonRig, offset: int = 0) -> list[str]:
    """What the command itself printed: the log less the daemon's log records."""
    return [line for line in log_since(rig, offset).splitlines() if line.strip()
            and not line.startswith(("DEBUG ", "INFO ", "WARNING "))]


def one_line_about(rig: DaemonRig, offset: int, words: str) -> str:
    """The log line since `offset` that names the problem, and no traceback with it."""
    text = log_since(rig, offset)
    lines = [line for line in text.splitlines() if words in line]
    assert lines, f"no line saying {words!r}:\n{text[-3000:]}"
    assert "Traceback" not in text, text[-3000:]
    return lines[0]


def sent_and_filed(rig: DaemonRig, numbers: set[str]) -> bool:
    rows = reminders(rig)
    return {n for n, _, s in rows if s is ReminderState.FILED} == numbers


def test_a_full_disk_is_one_line_and_recovered(small_disk: Path, rig: DaemonRig,
                                                tmp_path: Path) -> None:
    """The disk fills up under a running daemon while a reply comes: recording it fails (one
    line, the watch retries from its stored cursor); space comes back and the reply is
    recorded, once."""
    add_invoices(rig, tmp_path, {"L1": 16, "L2": 16})
    proc = rig.start_ready()
    wait_until(lambda: sent_and_filed(rig, {"L1", "L2"}), 30, "L1 and L2 filed")
    before = reminders(rig)
    offset = len(rig.log.read_text())
    filler = small_disk / "filler"
    with filler.open("wb") as out, pytest.raises(OSError):  # ENOSPC
        while True:
            out.write(b"\0" * 2**20)
            out.flush()
    reply_id, raw = reply_from("L1", message_id(rig, "L1"))
    rig.dovecot.deliver("owner", raw)
    wait_until(lambda: "disk is full" in log_since(rig, offset), 20, "the daemon to say so")
    line = one_line_about(rig, offset, "disk is full")
    assert "the database cannot be used" in line
    assert proc.poll() is None, "the daemon keeps running"

    filler.unlink()
    wait_until(lambda: status(rig, "L1") is InvoiceStatus.PAUSED, 90,
               "the reply recorded once there is space")
    assert reminders(rig) == before, "nothing recorded was lost"
    store = rig.store()
    try:
        assert store.integrity_ok()
    finally:
        store.close()
    assert sent_to_server(rig.smtp) == {"L1": 1, "L2": 1}
    assert rig.stop(proc) == 0


def test_a_read_only_database_is_one_line_and_recovered(small_disk: Path, rig: DaemonRig,
                                                       tmp_path: Path) -> None:
    """The file system holding the ledger came back read-only (as after an I/O error): the
    daemon refuses to start in one line; once it is writable again, it starts and reads the
    reply that came meanwhile before it sends anything."""
    add_invoices(rig, tmp_path, {"L1": 16, "L2": 16})
    proc = rig.start_ready()
    wait_until(lambda: sent_and_filed(rig, {"L1", "L2"}), 30, "L1 and L2 filed")
    assert rig.stop(proc) == 0
    before = reminders(rig)
    reply_id, raw = reply_from("L1", message_id(rig, "L1"))
    _mount("-o", "remount,ro", str(small_disk))
    rig.dovecot.deliver("owner", raw)
    offset = len(rig.log.read_text())
    proc = rig.start()
    assert proc.wait(timeout=30) != 0
    lines = said(rig, offset)
    assert len(lines) == 1 and "read-only" in lines[0].lower(), lines
    assert str(small_disk) in lines[0]

    _mount("-o", "remount,rw", str(small_disk))
    proc = rig.start_ready()
    wait_until(lambda: status(rig, "L1") is InvoiceStatus.PAUSED, 30, "the reply recorded")
    assert reminders(rig) == before, "nothing recorded was lost"
    assert sent_to_server(rig.smtp) == {"L1": 1, "L2": 1}
    assert rig.stop(proc) == 0


def test_a_password_file_others_can_read_is_refused_in_one_line(
        rig: DaemonRig, tmp_path: Path) -> None:
    add_invoices(rig, tmp_path, {"P1": 16})
    secret = tmp_path / "owner.password"
    secret.chmod(0o644)
    proc = rig.start()
    assert proc.wait(timeout=30) != 0
    lines = said(rig)
    assert len(lines) == 1 and "can be read by group or others" in lines[0], lines
    assert str(secret) in lines[0] and "chmod 600" in lines[0]
    assert "owner-test-password" not in rig.log.read_text()
    assert status(rig, "P1") is InvoiceStatus.OPEN and reminders(rig) == []

    secret.chmod(0o600)  # fixed: systemd's Restart= starts it again
    proc = rig.start_ready()
    wait_until(lambda: sent_and_filed(rig, {"P1"}), 30, "P1 sent once the file is private")
    assert rig.stop(proc) == 0
