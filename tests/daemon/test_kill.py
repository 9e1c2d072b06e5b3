"""Crash safety: SIGKILL a real `dunnerd run` at named points in the send path and at random
moments, restart it each time, and count what arrived.

Target (with the default witness): every invoice gets its reminder exactly once (0 lost, 0
duplicates), no row is left sending or unknown, and SQLite's integrity check passes after each
kill (on PostgreSQL, whose crash safety is its own WAL's, the ledger is read back instead). It
runs on SQLite and on PostgreSQL. The suite runs a short version; `bench/kill_run.sh` runs the
long one (200 reminders, 50 random kills) through the same test with DUNNERD_KILL_INVOICES and
DUNNERD_KILL_RANDOM, on SQLite, or on PostgreSQL with `--postgresql`.
"""

from __future__ import annotations

import email
import email.policy
import os
import random
import signal
import time
from collections import Counter
from pathlib import Path

import pytest

from dunnerd.mail.failpoints import ENV_VAR, POINTS
from dunnerd.states import ReminderState
from tests.daemon.rig import DaemonRig, add_invoices, wait_until
from tests.mailservers.dovecot import DovecotServer
from tests.mailservers.smtp import SmtpServer

pytestmark = pytest.mark.mailserver

INVOICES = int(os.environ.get("DUNNERD_KILL_INVOICES", "40"))
RANDOM_KILLS = int(os.environ.get("DUNNERD_KILL_RANDOM", "8"))


def integrity_ok(rig: DaemonRig) -> bool:
    store = rig.store()
    try:
        return store.integrity_ok()
    finally:
        store.close()


def settled(rig: DaemonRig) -> bool:
    rows = rig.reminders()
    return len(rows) == INVOICES and all(state is ReminderState.FILED for _, _, state in rows)


def test_kills_lose_nothing_and_send_nothing_twice(tmp_path: Path, dovecot: DovecotServer,
                                                   smtp_server: SmtpServer,
                                                   database_url: str) -> None:
    rig = DaemonRig(tmp_path, dovecot, smtp_server, database_url=database_url)
    try:
        add_invoices(rig, tmp_path, {f"K{i:03d}": 20 for i in range(INVOICES)})
        kills = 0
        for point in POINTS:
            proc = rig.start(env={ENV_VAR: point})
            status = proc.wait(timeout=60)
            assert status == -signal.SIGKILL, f"{point}: exited {status}"
            kills += 1
            assert integrity_ok(rig)
        rng = random.Random(int(os.environ.get("DUNNERD_KILL_SEED", "20261123")))
        for _ in range(RANDOM_KILLS):
            if settled(rig):
                break
            # Kill during the sending pass: it starts right after the scheduler does.
            before = rig.log.read_text().count("Scheduler started")
            proc = rig.start()
            wait_until(lambda proc=proc, before=before: rig.log.read_text().count(
                "Scheduler started") > before or proc.poll() is not None, 30, "the sending pass")
            time.sleep(rng.uniform(0.0, 0.2))  # sending is ~50/s: a kill every few emails
            proc.kill()
            proc.wait(timeout=30)
            kills += 1
            assert integrity_ok(rig)
        final = rig.start_ready()
        wait_until(lambda: settled(rig), 120, f"every reminder filed after {kills} kills: "
                   f"{Counter(state for *_, state in rig.reminders())}")
        assert rig.stop(final) == 0
        print(f"\n{kills} kills ({len(POINTS)} at named points), {INVOICES} reminders")
    finally:
        rig.cleanup()

    per_invoice: Counter[str] = Counter()
    for received in smtp_server.messages:
        message = email.message_from_bytes(received.data, policy=email.policy.default)
        if message["X-Dunnerd-Invoice"] is None:
            continue  # an owner alert or the daily digest, not a reminder
        for number in str(message["X-Dunnerd-Invoice"]).split(","):
            per_invoice[number.strip()] += 1
    assert set(per_invoice) == {f"K{i:03d}" for i in range(INVOICES)}, "0 lost"
    assert max(per_invoice.values()) == 1, f"duplicates: {per_invoice.most_common(3)}"
    sent = dovecot.wait_for_messages("owner", folder="Sent", count=INVOICES, timeout=10)
    assert len(sent) == INVOICES, "exactly one Sent copy each"
