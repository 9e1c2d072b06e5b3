"""Look before you send (issue 10): a reply delivered 100 ms before a reminder is due stops that
reminder, although the server's notifications never reach the daemon.

A real `dunnerd run` talks to the real Dovecot through `ImapFilterProxy`, which drops every
untagged EXISTS and RECENT (no IDLE notification at all, nor one with a command's answer). The
reminder is due at an instant the test knows to the millisecond: the daemon runs on the real
clock, the send window opens at the next whole minute (reloaded with SIGHUP once the daemon is
at rest) and the invoice is added then, so the daemon's own alarm goes off at that minute. The
reply is delivered 100 ms before it. From the moment the alarm is set until the reply is stored,
the proxy holds the daemon's commands (at rest in IDLE it has none to send), so a test process
that wakes late, or a slow delivery, cannot let the daemon look first: the reply is always in
the mailbox before the daemon asks. The lead it really had is printed.

The same test runs a build without the look (tests/daemon/blind_dunnerd.py): that daemon sends
the reminder, and has still not seen the reply after Dovecot announced it. This is the proof
that the first daemon's look, and nothing else, is what stopped the reminder.

Each run waits for the next minute to come: up to a minute and a few seconds.
"""

from __future__ import annotations

import collections
import datetime as dt
import email.parser
import email.policy
import os
import re
import secrets
import signal
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.daemon.rig import DAEMON_CONFIG, DaemonRig, add_invoices, wait_until
from tests.mailservers.dovecot import DovecotServer
from tests.mailservers.imapfilter import ImapFilterProxy
from tests.mailservers.smtp import SmtpServer

pytestmark = pytest.mark.mailserver

ROOT = Path(__file__).resolve().parents[2]
NUMBER = "L2"  # two days late: the friendly reminder is due as soon as the window opens
LEAD = dt.timedelta(milliseconds=100)  # the reply comes this long before the reminder is due
MARGIN = dt.timedelta(seconds=8)  # time to reload and plan before the minute comes


class FilteredRig(DaemonRig):
    """A daemon whose IMAP goes through the proxy, with a send window the test moves."""

    def __init__(self, tmp: Path, dovecot: DovecotServer, smtp: SmtpServer,
                 proxy: ImapFilterProxy, module: str) -> None:
        super().__init__(tmp, dovecot, smtp)
        self.tmp = tmp
        self.proxy = proxy
        self.module = module
        self.db_path = tmp / "state" / "dunnerd.sqlite3"
        self.write_config("00:00")

    def write_config(self, window_start: str) -> None:
        text = DAEMON_CONFIG.format(
            state=self.tmp / "state", imap_port=self.proxy.port, smtp_port=self.smtp.port,
            password_file=self.tmp / "owner.password", ca=self.dovecot.ca_cert_path)
        self.config.write_text(text.replace('start = "00:00"', f'start = "{window_start}"'))
        self.config.chmod(0o600)

    def start(self, *extra: str, env: dict[str, str] | None = None,
              now: str | None = None) -> subprocess.Popen[bytes]:
        path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
        return super().start(*extra, env={"PYTHONPATH": path, **(env or {})}, now=now)

    def log_text(self) -> str:
        return self.log.read_text() if self.log.exists() else ""

    def query(self, sql: str, *args: object) -> list[tuple[Any, ...]]:
        conn = sqlite3.connect(self.db_path, timeout=10)
        try:
            return conn.execute(sql, args).fetchall()
        finally:
            conn.close()

    def status(self, number: str) -> str:
        [(status,)] = self.query("SELECT status FROM invoice WHERE number = ?", number)
        return str(status).lower()

    def inbound(self, message_id: str) -> int:
        [(count,)] = self.query(
            "SELECT count(*) FROM inboundmessage WHERE message_id = ?", message_id)
        return int(count)

    def story(self) -> str:
        """What to print when a wait fails."""
        return (f"\nproxy dropped {self.proxy.dropped[-6:]}\n--- daemon log ---\n"
                f"{self.log_text()[-5000:]}")


@pytest.fixture(params=["dunnerd", "tests.daemon.blind_dunnerd"], ids=["looks", "blind"])
def filtered(request: pytest.FixtureRequest, tmp_path: Path, clean_mailboxes: DovecotServer,
             smtp_server: SmtpServer) -> Iterator[FilteredRig]:
    with ImapFilterProxy(clean_mailboxes) as proxy:
        rig = FilteredRig(tmp_path, clean_mailboxes, smtp_server, proxy, request.param)
        try:
            yield rig
        finally:
            rig.cleanup()


def test_a_reply_just_before_a_reminder_is_due_stops_it(filtered: FilteredRig,
                                                        tmp_path: Path) -> None:
    rig = filtered
    blind = rig.module != "dunnerd"
    proc = rig.start_ready()
    due = arm(rig, proc, tmp_path)

    reply_id = f"<reply-{secrets.token_hex(6)}@example.test>"
    reply = (f"From: Client {NUMBER} <client+{NUMBER.lower()}@example.test>\r\n"
             f"To: owner@example.test\r\nSubject: Re: invoice {NUMBER}\r\n"
             f"Message-ID: {reply_id}\r\n\r\n"
             f"About invoice {NUMBER}: we paid last week, I will send the proof.\r\n").encode()
    try:
        sleep_until(due - LEAD)
        rig.dovecot.deliver("owner", reply)
        stored = dt.datetime.now(dt.UTC)
    finally:
        rig.proxy.release()
    in_inbox = rig.dovecot.message_count("owner")  # an EXISTS this high tells of the reply

    if blind:
        # The reminder goes out at the minute; Dovecot announces the reply (the proxy drops
        # it), and the daemon, trusting announcements, never looks.
        wait_until(lambda: reminders_sent(rig.smtp)[NUMBER] == 1, 30,
                   f"the blind daemon's reminder{rig.story()}")
        wait_until(lambda: announced(rig, in_inbox), 10,
                   f"Dovecot to announce the reply{rig.story()}")
        assert rig.inbound(reply_id) == 0, "the blind daemon read the reply: no proof here"
        assert rig.status(NUMBER) == "open"
    else:
        wait_until(lambda: rig.inbound(reply_id) == 1, 30, f"the reply read{rig.story()}")
    assert rig.stop(proc) == 0  # a pass in progress ends first: nothing is sent after this

    print(f"\n[look] {rig.module}: reply stored {(due - stored).total_seconds() * 1000:.0f} ms "
          f"before the reminder was due; the proxy dropped {len(rig.proxy.dropped)} "
          f"announcements; reminders sent {dict(reminders_sent(rig.smtp))}")
    if not blind:
        assert rig.status(NUMBER) != "open"
        assert reminders_sent(rig.smtp)[NUMBER] == 0
        assert rig.query("SELECT count(*) FROM reminder WHERE lower(state) IN "
                         "('sending', 'sent', 'filed', 'unknown')") == [(0,)]
        # Dovecot did tell of the reply (in the answer to the daemon's look): dropped.
        assert announced(rig, in_inbox)


def arm(rig: FilteredRig, proc: subprocess.Popen[bytes], tmp_path: Path) -> dt.datetime:
    """Open the send window at the next whole minute far enough away, then add the invoice:
    its reminder is due at that minute, and the daemon's alarm is set for it. Returns it."""
    now = dt.datetime.now(dt.UTC)
    due = (now + MARGIN + dt.timedelta(minutes=1)).replace(second=0, microsecond=0)
    if due.date() != now.date():  # a window from 00:00 is open all day: wait for the new day
        sleep_until(due.replace(hour=0, minute=0) + dt.timedelta(seconds=1))
        return arm(rig, proc, tmp_path)
    reloads = rig.log_text().count("config and templates reloaded")
    rig.write_config(f"{due:%H:%M}")
    proc.send_signal(signal.SIGHUP)
    wait_until(lambda: rig.log_text().count("config and templates reloaded") > reloads, 10,
               f"the reload{rig.story()}")
    add_invoices(rig, tmp_path, {NUMBER: 2})
    wake = re.compile(rf"wake-ups rebuilt count=\d+ next={re.escape(due.isoformat())}")
    wait_until(lambda: wake.search(rig.log_text()), 10, f"the wake-up at {due}{rig.story()}")
    # At rest until the minute, the daemon has nothing to say to the server (an IDLE lasts
    # minutes): its commands are held from now until the reply is stored.
    rig.proxy.hold()
    left = due - dt.datetime.now(dt.UTC)
    assert left > dt.timedelta(seconds=1), f"too slow to arm: {left} left before {due}"
    assert reminders_sent(rig.smtp)[NUMBER] == 0
    return due


def sleep_until(instant: dt.datetime) -> None:
    time.sleep(max(0.0, (instant - dt.datetime.now(dt.UTC)).total_seconds()))


def announced(rig: FilteredRig, count: int) -> bool:
    """Whether the proxy dropped an EXISTS that counted at least `count` messages."""
    found = (re.fullmatch(rb"\* (\d+) EXISTS\r\n", line, re.IGNORECASE)
             for line in rig.proxy.dropped)
    return any(match is not None and int(match[1]) >= count for match in found)


def reminders_sent(smtp: SmtpServer) -> collections.Counter[str]:
    """Reminders per invoice that reached the end of DATA at the SMTP server."""
    counts: collections.Counter[str] = collections.Counter()
    parser = email.parser.BytesParser(policy=email.policy.default)
    for message in smtp.messages:
        header = parser.parsebytes(message.data, headersonly=True)["X-Dunnerd-Invoice"]
        if header is not None:
            counts.update(n.strip() for n in str(header).split(","))
    return counts
