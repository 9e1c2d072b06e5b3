"""Resilience: a real `dunnerd run` survives what networks and servers do (issue 5, item 3).

Every test runs the daemon against the real Dovecot and SMTP servers through a `FaultProxy`
each (tests/faultproxy.py), so the test can refuse, reset, black-hole, delay or cut the IMAP and
SMTP connections while the daemon works. The witness copy does not cross the proxy: the SMTP
server delivers it into Dovecot by LMTP; only the daemon's search for it does.

The daemon's sd_notify messages go to a datagram socket the test reads (READY=1, STATUS=,
RELOADING=1, STOPPING=1), and $WATCHDOG_USEC=1 s makes it ping every 0.5 s from its event loop:
the longest gap between two pings is how long the loop was stuck.

For each fault: nothing lost (each due reminder reaches the client exactly once, or is still
deferred for a later retry), nothing doubled (counted by X-Dunnerd-Invoice in what the SMTP
server recorded and in the client's INBOX), one owner alert per incident.

The outbox retries a deferred email after 1, 2, 4 ... minutes (dunnerd.mail.outbox.RETRY_BASE); a
database change makes the daemon plan again within a second, but a deferred row only goes when
its next_attempt_at has come. The tests do not wait minutes: `time_travel` moves next_attempt_at
of the deferred rows into the past in the SQLite file, then a CLI change wakes the daemon.

Two faults take minutes to show and only run with DUNNERD_SLOW_FAULTS=1: a flow dropped without
a reset under a running IDLE (noticed when IDLE is renewed, every 240 s, plus a 30 s NOOP
timeout), and an SMTP server that accepts the connection and never says a word (aiosmtplib's
60 s timeout, which `dunnerd run` does not shorten, per connection attempt).
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import email
import email.parser
import email.policy
import os
import secrets
import signal
import socket
import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from dunnerd.cli.main import main
from tests.daemon.rig import DAEMON_CONFIG, DaemonRig, add_invoices, wait_until
from tests.mailservers.dovecot import DovecotServer
from tests.mailservers.faultproxy import FaultProxy
from tests.mailservers.smtp import Phase, SmtpServer

pytestmark = pytest.mark.mailserver

SLOW = os.environ.get("DUNNERD_SLOW_FAULTS") == "1"
OLD_IBAN = "FR76 3000 6000 0112 3456 7890 189"
NEW_IBAN = "DE89 3704 0044 0532 0130 00"
DONE = {"filed", "sent"}
# A server failing this long is an incident the owner hears of (default 120 s).
INCIDENT_AFTER = 2
INCIDENT_CONFIG = f"\n[daemon]\nincident_after_seconds = {INCIDENT_AFTER}\n"


# --- sd_notify ----------------------------------------------------------------------------


class NotifySocket:
    """A unix datagram socket standing in for systemd's $NOTIFY_SOCKET (an abstract name)."""

    def __init__(self) -> None:
        self.address = f"@dunnerd-test-{os.getpid()}-{secrets.token_hex(6)}"
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._sock.bind("\0" + self.address[1:])
        self._sock.settimeout(0.1)
        self._lock = threading.Lock()
        self._messages: list[tuple[float, dict[str, str]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._read, name="notify-socket", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        while not self._stop.is_set():
            try:
                data = self._sock.recv(65536)
            except TimeoutError:
                continue
            fields = dict(line.partition("=")[::2] for line in data.decode().splitlines())
            with self._lock:
                self._messages.append((time.monotonic(), fields))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._sock.close()

    def messages(self, since: float = 0.0) -> list[tuple[float, dict[str, str]]]:
        with self._lock:
            return [(at, m) for at, m in self._messages if at >= since]

    def statuses(self, since: float = 0.0) -> list[str]:
        return [m["STATUS"] for _, m in self.messages(since) if "STATUS" in m]

    def ready(self, since: float = 0.0) -> list[float]:
        return [at for at, m in self.messages(since) if m.get("READY") == "1"]

    def wait_ready(self, since: float, timeout: float = 30.0) -> float:
        return float(wait_until(lambda: (self.ready(since) or [0.0])[0], timeout, "READY=1"))

    def longest_watchdog_gap(self, since: float, until: float | None = None) -> float:
        """The longest time the event loop went without a WATCHDOG=1 ping (pings every 0.5 s)."""
        pings = [at for at, m in self.messages(since) if m.get("WATCHDOG") == "1"
                 and (until is None or at <= until)]
        return max((b - a for a, b in zip(pings, pings[1:], strict=False)), default=0.0)


# --- the rig --------------------------------------------------------------------------------


class FaultRig(DaemonRig):
    """DaemonRig pointed at the proxies instead of the servers, reporting to a NotifySocket."""

    def __init__(self, tmp: Path, dovecot: DovecotServer, smtp: SmtpServer,
                 imap_proxy: FaultProxy, smtp_proxy: FaultProxy, notify: NotifySocket) -> None:
        super().__init__(tmp, dovecot, smtp)
        self.tmp = tmp
        self.imap_proxy = imap_proxy
        self.smtp_proxy = smtp_proxy
        self.notify = notify
        self.cli_config = tmp / "cli.toml"  # the CLI's own copy: a bad daemon config stays apart
        self.write_config()
        self.db_path = tmp / "state" / "dunnerd.sqlite3"
        self._edits = 0

    def write_config(self, iban: str = OLD_IBAN, *, cli_too: bool = True) -> None:
        text = DAEMON_CONFIG.format(
            state=self.tmp / "state", imap_port=self.imap_proxy.port,
            smtp_port=self.smtp_proxy.port, password_file=self.tmp / "owner.password",
            ca=self.dovecot.ca_cert_path).replace(OLD_IBAN, iban) + INCIDENT_CONFIG
        for path in (self.config, self.cli_config) if cli_too else (self.config,):
            path.write_text(text)
            path.chmod(0o600)

    def cli(self, *argv: str) -> int:
        return main(["--config", str(self.cli_config), *argv])

    def start(self, *extra: str, env: dict[str, str] | None = None,
              now: str | None = None) -> subprocess.Popen[bytes]:
        return super().start(*extra, env={"NOTIFY_SOCKET": self.notify.address,
                                          "WATCHDOG_USEC": "1000000", **(env or {})}, now=now)

    def start_and_wait_ready(self, *extra: str) -> tuple[subprocess.Popen[bytes], float]:
        """Start a daemon; wait for READY=1 and then for the end of its first pass (its
        "dunnerd started" line), so that a fault set next meets the daemon at rest."""
        started = time.monotonic()
        before = self.starts()
        proc = self.start(*extra)
        ready = self.notify.wait_ready(started)
        wait_until(lambda: self.starts() > before or proc.poll() is not None, 30,
                   "the first pass")
        return proc, ready - started

    def log_text(self) -> str:
        return self.log.read_text() if self.log.exists() else ""

    def log_count(self, text: str) -> int:
        return self.log_text().count(text)

    # -- the database, read (and time-travelled) with plain sqlite3 --

    def query(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        conn = sqlite3.connect(self.db_path, timeout=10)
        try:
            return conn.execute(sql, args).fetchall()
        finally:
            conn.close()

    def rows(self) -> dict[str, list[str]]:
        """Invoice number -> the states of its reminder rows (lower case)."""
        found: dict[str, list[str]] = collections.defaultdict(list)
        for number, state in self.query(
                "SELECT i.number, r.state FROM reminder r JOIN invoice i ON i.id = r.invoice_id "
                "ORDER BY r.id"):
            found[number].append(str(state).lower())
        return dict(found)

    def status(self, number: str) -> str:
        [(status,)] = self.query("SELECT status FROM invoice WHERE number = ?", number)
        return str(status).lower()

    def message_id(self, number: str) -> str:
        [(message_id,)] = self.query(
            "SELECT r.message_id FROM reminder r JOIN invoice i ON i.id = r.invoice_id "
            "WHERE i.number = ?", number)
        return str(message_id)

    def alerts(self, prefix: str) -> list[tuple[str, str | None]]:
        """(key, sent_at) of the owner alerts whose key starts with `prefix`."""
        return [(str(key), sent) for key, sent in self.query(
            "SELECT key, sent_at FROM owner_alert WHERE key LIKE ? ORDER BY id", prefix + "%")]

    def inbound(self, message_id: str) -> int:
        [(count,)] = self.query(
            "SELECT count(*) FROM inboundmessage WHERE message_id = ?", message_id)
        return int(count)

    def time_travel(self) -> int:
        """Make every deferred row due now, as if its backoff (1 min and up) had run out."""
        past = (dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)).strftime(
            "%Y-%m-%d %H:%M:%S.%f")
        conn = sqlite3.connect(self.db_path, timeout=10)
        try:
            with conn:
                cursor = conn.execute(
                    "UPDATE reminder SET next_attempt_at = ? WHERE lower(state) = 'deferred'",
                    (past,))
            return cursor.rowcount
        finally:
            conn.close()

    def poke(self, client_key: str) -> None:
        """A CLI change: the daemon notices it within a second and makes a pass."""
        self._edits += 1
        phone = f"+33 6 00 00 00 {self._edits:02d}"
        assert self.cli("client", "edit", client_key, "--phone", phone) == 0

    def context(self, proc: subprocess.Popen[bytes] | None = None) -> str:
        """What to print when a wait fails."""
        alive = "" if proc is None else f"daemon exit code {proc.poll()}\n"
        return (f"\n{alive}rows {self.rows()}\nproxy imap {self.imap_proxy.log[-5:]}\n"
                f"proxy smtp {self.smtp_proxy.log[-5:]}\n--- daemon log ---\n"
                f"{self.log_text()[-4000:]}")


@pytest.fixture
def faults(tmp_path: Path, dovecot: DovecotServer, smtp_server: SmtpServer
           ) -> Iterator[FaultRig]:
    with contextlib.ExitStack() as stack:
        imap_proxy = stack.enter_context(FaultProxy(("127.0.0.1", dovecot.imaps_port), "imap"))
        smtp_proxy = stack.enter_context(FaultProxy(("127.0.0.1", smtp_server.port), "smtp"))
        notify = NotifySocket()
        stack.callback(notify.close)
        rig = FaultRig(tmp_path, dovecot, smtp_server, imap_proxy, smtp_proxy, notify)
        stack.callback(rig.cleanup)
        yield rig


# --- counting what went out -----------------------------------------------------------------


def _headers(raw: bytes) -> email.message.Message:
    return email.parser.BytesParser(policy=email.policy.default).parsebytes(raw, headersonly=True)


def invoices_in(raws: list[bytes]) -> collections.Counter[str]:
    counts: collections.Counter[str] = collections.Counter()
    for raw in raws:
        header = _headers(raw)["X-Dunnerd-Invoice"]
        if header is not None:
            counts.update(n.strip() for n in str(header).split(","))
    return counts


def sent_to_server(smtp: SmtpServer) -> collections.Counter[str]:
    """Reminders per invoice that reached the end of DATA at the SMTP server."""
    return invoices_in([m.data for m in smtp.messages])


def alert_mails(smtp: SmtpServer, prefix: str) -> int:
    return sum(str(_headers(m.data)["X-Dunnerd-Alert"] or "").startswith(prefix)
               for m in smtp.messages)


def client_inbox(dovecot: DovecotServer, count: int) -> collections.Counter[str]:
    return invoices_in(list(dovecot.wait_for_messages("client", count=count, timeout=10).values()))


def reply_from(number: str, in_reply_to: str | None = None) -> tuple[str, bytes]:
    message_id = f"<reply-{number.lower()}-{secrets.token_hex(4)}@example.test>"
    thread = f"In-Reply-To: {in_reply_to}\r\nReferences: {in_reply_to}\r\n" if in_reply_to else ""
    raw = (f"From: Client {number} <client+{number.lower()}@example.test>\r\n"
           f"To: owner@example.test\r\nSubject: Re: invoice {number}\r\n"
           f"Message-ID: {message_id}\r\n{thread}\r\n"
           f"About invoice {number}: we paid last week, I will send the proof.\r\n\r\n"
           "> earlier text\r\n").encode()
    return message_id, raw


def in_idle(rig: FaultRig) -> bool:
    """The watcher's last IMAP exchange was Dovecot's "+ idling", half a second ago."""
    lines = [line for line in rig.log_text().splitlines() if "imapclient.imaplib" in line]
    if not lines or "idling" not in lines[-1]:
        return False
    size = rig.log.stat().st_size
    time.sleep(0.5)
    return rig.log.stat().st_size == size or "imapclient" not in rig.log_text()[size:]


def settled(rig: FaultRig, numbers: list[str]) -> bool:
    rows = rig.rows()
    return all(rows.get(n) and set(rows[n]) <= DONE for n in numbers)


def wait_for(condition: Callable[[], Any], timeout: float, what: str, rig: FaultRig,
             proc: subprocess.Popen[bytes] | None = None) -> float:
    """wait_until, returning the seconds it took, with the daemon's story on failure."""
    started = time.monotonic()
    try:
        wait_until(condition, timeout, what)
    except AssertionError as exc:
        raise AssertionError(f"{exc}{rig.context(proc)}") from None
    return time.monotonic() - started


def report(what: str, **timings: float) -> None:
    print(f"\n[faults] {what}: " + ", ".join(f"{k}={v:.1f}s" for k, v in timings.items()))


# --- start-up -----------------------------------------------------------------------------


def test_ready_comes_before_a_slow_first_pass(faults: FaultRig, tmp_path: Path) -> None:
    """READY=1 means started: the outbox settled and the inbox resynced. What is due is sent
    after it: thousands of reminders due at once, or a server slow to answer, must not hold
    READY back past systemd's TimeoutStartSec. The watchdog is fed all along."""
    rig = faults
    add_invoices(rig, tmp_path, {"R1": 16})
    rig.smtp.faults.delay(Phase.DATA_END, 4.0)
    started = time.monotonic()
    proc = rig.start()
    ready = rig.notify.wait_ready(started)
    assert not settled(rig, ["R1"]), "READY came only after the first pass had sent"
    wait_for(lambda: settled(rig, ["R1"]), 30, "R1 sent after READY", rig, proc)
    done = time.monotonic()
    assert done - ready > 2, "the 4 s answer to the final '.' came after READY"
    assert rig.notify.longest_watchdog_gap(ready, done) < 2.0
    assert rig.stop(proc) == 0


# --- SMTP server down -----------------------------------------------------------------------


def test_smtp_down_defers_alerts_once_and_catches_up(faults: FaultRig, tmp_path: Path) -> None:
    rig = faults
    numbers = ["S1", "S2", "S3"]
    rig.smtp_proxy.refuse()
    add_invoices(rig, tmp_path, {"S1": 2, "S2": 16, "S3": 41})
    proc, ready_after = rig.start_and_wait_ready()

    # The first pass tries each email once, defers it, and the daemon keeps running.
    wait_for(lambda: all(s == ["deferred"] for s in rig.rows().values())
             and len(rig.rows()) == 3, 15, "three deferred rows", rig, proc)
    assert proc.poll() is None
    assert any("smtp failing since" in s for s in rig.notify.statuses()), rig.notify.statuses()
    wait_for(lambda: len(rig.alerts("incident:smtp")) == 1, INCIDENT_AFTER + 5,
             "the incident alert", rig, proc)

    # No hot loop: without a wake-up nothing is tried again (the retry is a minute away).
    tries = rig.log_count("send outcome=deferred phase=connect")
    time.sleep(3)
    assert rig.log_count("send outcome=deferred phase=connect") == tries

    # Retries that fail again: still one incident, one alert row, attempts counted.
    for attempt in (2, 3):
        assert rig.time_travel() == 3
        rig.poke("client-s1")
        def tried(attempt: int = attempt) -> bool:
            # The attempt is counted when a row turns "sending": wait until it is deferred
            # again, or the next time travel would miss a row still being tried.
            rows = rig.query("SELECT attempts, lower(state) FROM reminder")
            return all(n >= attempt and state == "deferred" for n, state in rows)
        wait_for(tried, 15, f"attempt {attempt} of each email, deferred", rig, proc)
    assert all(s == ["deferred"] for s in rig.rows().values())
    assert len(rig.alerts("incident:smtp")) == 1
    assert sent_to_server(rig.smtp) == {}

    # The server is back. A database change alone does not send a deferred row before its
    # next attempt time (the backoff holds); the pending owner alert goes out, once.
    rig.smtp_proxy.passthrough()
    back = time.monotonic()
    rig.poke("client-s2")
    wait_for(lambda: rig.alerts("incident:smtp")[0][1] is not None, 15,
             "the incident alert sent", rig, proc)
    alert_after = time.monotonic() - back
    time.sleep(1.5)
    assert sent_to_server(rig.smtp) == {}, "deferred rows were re-sent before their time"
    assert all(s == ["deferred"] for s in rig.rows().values())

    # Time travel: the retries are due; each reminder goes out exactly once.
    rig.time_travel()
    rig.poke("client-s3")
    caught_up = wait_for(lambda: settled(rig, numbers), 20, "every reminder filed", rig, proc)
    assert sent_to_server(rig.smtp) == {n: 1 for n in numbers}
    assert client_inbox(rig.dovecot, 3) == {n: 1 for n in numbers}
    assert len(rig.alerts("incident:smtp")) == 1
    assert alert_mails(rig.smtp, "incident:smtp") == 1
    wait_for(lambda: "smtp failing" not in rig.notify.statuses()[-1], 5,
             "STATUS without the smtp problem", rig, proc)
    assert rig.stop(proc) == 0
    report("SMTP down", ready=ready_after, alert_sent_after_back=alert_after,
           caught_up_after_time_travel=caught_up,
           longest_loop_stall=rig.notify.longest_watchdog_gap(0))




def test_a_retry_wakes_the_daemon_by_itself(faults: FaultRig, tmp_path: Path) -> None:
    rig = faults
    rig.smtp_proxy.refuse()
    add_invoices(rig, tmp_path, {"A1": 16})
    proc, _ = rig.start_and_wait_ready()
    wait_for(lambda: rig.rows().get("A1") == ["deferred"], 15, "A1 deferred", rig, proc)
    rig.smtp_proxy.passthrough()
    # Time travel, to a retry time 0.9 s into a second, about 3 s from now; a CLI change
    # makes the daemon plan again and set its wake-up for it. Then no more help.
    retry_at = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=3)).replace(microsecond=900_000)
    conn = sqlite3.connect(rig.db_path, timeout=10)
    try:
        with conn:
            conn.execute("UPDATE reminder SET next_attempt_at = ?",
                         (retry_at.strftime("%Y-%m-%d %H:%M:%S.%f"),))
    finally:
        conn.close()
    rig.poke("client-a1")
    wait_for(lambda: settled(rig, ["A1"]), 10, "A1 retried by its own wake-up", rig, proc)
    assert sent_to_server(rig.smtp) == {"A1": 1}


@pytest.mark.skipif(not SLOW, reason="takes 2 minutes: set DUNNERD_SLOW_FAULTS=1")
def test_smtp_down_briefly_recovers_by_itself(faults: FaultRig, tmp_path: Path) -> None:
    """The same bug as it shows in production: a one-minute retry that never comes."""
    rig = faults
    rig.smtp_proxy.refuse()
    add_invoices(rig, tmp_path, {"B1": 16})
    proc, _ = rig.start_and_wait_ready()
    wait_for(lambda: rig.rows().get("B1") == ["deferred"], 15, "B1 deferred", rig, proc)
    rig.smtp_proxy.passthrough()
    wait_for(lambda: settled(rig, ["B1"]), 150, "B1 retried after its backoff", rig, proc)


# --- IMAP server down at start --------------------------------------------------------------


def test_imap_down_at_start_sends_nothing_until_the_inbox_is_read(faults: FaultRig,
                                                                  tmp_path: Path) -> None:
    rig = faults
    rig.imap_proxy.refuse()
    add_invoices(rig, tmp_path, {"R1": 16, "R2": 16, "R3": 16})
    reply_id, reply = reply_from("R1")
    rig.dovecot.deliver("owner", reply)  # the client wrote while dunnerd was down

    started = time.monotonic()
    proc = rig.start()
    wait_for(lambda: rig.log_count("start-up waits for the inbox") >= 3, 15,
             "three failed start-up tries", rig, proc)
    assert proc.poll() is None
    assert rig.notify.ready(started) == []
    assert any(s.startswith("waiting for the inbox") for s in rig.notify.statuses(started))
    assert rig.smtp.messages == []
    assert rig.rows() == {}
    wait_for(lambda: len(rig.alerts("incident:imap")) == 1, INCIDENT_AFTER + 5,
             "the incident alert", rig, proc)

    rig.imap_proxy.passthrough()
    back = time.monotonic()
    ready = rig.notify.wait_ready(started, timeout=20) - back
    wait_for(lambda: settled(rig, ["R2", "R3"]), 20, "R2 and R3 filed", rig, proc)
    assert rig.status("R1") == "paused"
    assert "R1" not in rig.rows()
    assert rig.inbound(reply_id) == 1
    assert sent_to_server(rig.smtp) == {"R2": 1, "R3": 1}
    assert client_inbox(rig.dovecot, 2) == {"R2": 1, "R3": 1}
    assert len(rig.alerts("incident:imap")) == 1
    assert rig.stop(proc) == 0
    report("IMAP down at start", ready_after_imap_back=ready)


# --- IMAP connection reset or black-holed while watching ------------------------------------


def test_imap_reset_and_blackhole_while_watching(faults: FaultRig, tmp_path: Path) -> None:
    rig = faults
    add_invoices(rig, tmp_path, {"W1": 16, "W2": 16})
    proc, _ = rig.start_and_wait_ready()
    wait_for(lambda: settled(rig, ["W1", "W2"]), 20, "W1 and W2 filed", rig, proc)
    connected = rig.log_count("dunnerd.mail.watcher: inbox connected")

    # Reset: the IDLE connection gets a RST, and so does every reconnection for 3 s.
    rig.imap_proxy.reset()
    w1_reply, raw = reply_from("W1", rig.message_id("W1"))
    rig.dovecot.deliver("owner", raw)
    time.sleep(3)
    assert proc.poll() is None
    assert rig.status("W1") == "open"
    assert any("imap failing since" in s for s in rig.notify.statuses())
    assert len(rig.alerts("incident:imap")) == 1  # the outage outlasted INCIDENT_AFTER
    rig.imap_proxy.passthrough()
    reset_caught_up = wait_for(lambda: rig.status("W1") == "paused", 20,
                               "W1 paused after the reset", rig, proc)
    assert rig.log_count("dunnerd.mail.watcher: inbox connected") == connected + 1
    assert len(rig.alerts("incident:imap")) == 1

    # Black hole: nothing moves for 5 s, then the path heals; the held bytes (Dovecot's
    # EXISTS during IDLE) arrive and the reply is read on the same connection. The black hole
    # starts once the daemon is in IDLE: Dovecot reports a message that came between the last
    # command and IDLE only at its next IDLE check (about 30 s here; see the module notes).
    wait_for(lambda: in_idle(rig), 10, "the watcher back in IDLE", rig, proc)
    rig.imap_proxy.blackhole()
    w2_reply, raw = reply_from("W2", rig.message_id("W2"))
    rig.dovecot.deliver("owner", raw)
    time.sleep(5)
    assert rig.status("W2") == "open"
    rig.imap_proxy.passthrough()
    healed_caught_up = wait_for(lambda: rig.status("W2") == "paused", 20,
                                "W2 paused after the black hole", rig, proc)

    assert rig.inbound(w1_reply) == rig.inbound(w2_reply) == 1
    assert sent_to_server(rig.smtp) == {"W1": 1, "W2": 1}
    assert len(rig.alerts("incident:imap")) == 1
    assert rig.stop(proc) == 0
    report("IMAP reset/black hole", reset_3s_then_reply_processed_after=reset_caught_up,
           blackhole_5s_then_reply_processed_after=healed_caught_up)


@pytest.mark.skipif(not SLOW, reason="takes about 5 minutes: set DUNNERD_SLOW_FAULTS=1")
def test_dropped_idle_flow_is_noticed_at_the_next_idle_renewal(faults: FaultRig,
                                                               tmp_path: Path) -> None:
    """A flow dropped without a reset (a NAT or firewall forgot it): the IDLE looks quiet
    until the daemon leaves IDLE (every 240 s) and DONE + NOOP time out (30 s)."""
    rig = faults
    add_invoices(rig, tmp_path, {"D1": 16})
    proc, _ = rig.start_and_wait_ready()
    wait_for(lambda: settled(rig, ["D1"]), 20, "D1 filed", rig, proc)
    rig.imap_proxy.drop_flows()
    dropped = time.monotonic()
    reply_id, raw = reply_from("D1", rig.message_id("D1"))
    rig.dovecot.deliver("owner", raw)
    wait_for(lambda: rig.status("D1") == "paused", 330, "D1 paused", rig, proc)
    noticed = time.monotonic() - dropped
    report("IMAP flow dropped under IDLE", reply_processed_after=noticed)
    assert rig.inbound(reply_id) == 1
    assert sent_to_server(rig.smtp) == {"D1": 1}
    # Not stopped with SIGTERM: the Sent-folder session is dead too, which is
    # test_sigterm_with_dead_imap_flows (the rig kills the daemon).




@pytest.mark.skipif(not SLOW, reason="takes over a minute: set DUNNERD_SLOW_FAULTS=1")
def test_sigterm_with_dead_imap_flows(faults: FaultRig, tmp_path: Path) -> None:
    """Both IMAP connections (the IDLE watch and the Sent-folder session) silently dead when
    SIGTERM comes: the daemon must still exit 0 within systemd's TimeoutStopSec (60 s), well
    within it."""
    rig = faults
    add_invoices(rig, tmp_path, {"K1": 16})
    proc, _ = rig.start_and_wait_ready()
    wait_for(lambda: settled(rig, ["K1"]), 20, "K1 filed", rig, proc)
    wait_for(lambda: in_idle(rig), 10, "the watcher in IDLE", rig, proc)
    rig.imap_proxy.drop_flows()
    term = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    code = proc.wait(timeout=120)
    exited = time.monotonic() - term
    report(f"SIGTERM with dead IMAP flows (exit code {code})", exit_after_sigterm=exited)
    assert code == 0, rig.log_text()[-3000:]
    assert exited < 45, "longer than the daemon's own DRAIN_SECONDS"
    assert rig.rows() == {"K1": ["filed"]}


# --- a silent SMTP server -------------------------------------------------------------------


def add_invoice_with_pdf(rig: FaultRig, tmp_path: Path, number: str, pdf_bytes: int) -> None:
    """One invoice 16 days late whose reminder carries a PDF of `pdf_bytes` (random)."""
    pdf = tmp_path / f"{number}.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + secrets.token_bytes(pdf_bytes))
    due = dt.datetime.now(dt.UTC).date() - dt.timedelta(days=16)
    ledger = tmp_path / f"ledger-{number}.csv"
    ledger.write_text("number,client,email,amount,currency,issued,due,pdf\n"
                      f"{number},Client {number},client+{number.lower()}@example.test,1500.00,"
                      f"EUR,{due - dt.timedelta(days=30)},{due},{pdf}\n")
    assert rig.cli("invoice", "import", str(ledger)) == 0


def test_silent_smtp_server_after_the_content(faults: FaultRig, tmp_path: Path) -> None:
    """The server goes silent in the middle of a large message. The final "." gets no reply
    (--smtp-data-timeout 5): the outcome is unknown and the witness settles it. Q1: the server
    never saw the final "." (no witness: the same bytes go again, once). Q2: only its replies
    were lost (the witness arrived: sent, never re-sent)."""
    rig = faults
    proc, _ = rig.start_and_wait_ready("--smtp-data-timeout", "5")

    rig.smtp_proxy.cut_next(100_000)
    started = time.monotonic()
    add_invoice_with_pdf(rig, tmp_path, "Q1", 300_000)
    wait_for(lambda: "unknown" in rig.rows().get("Q1", []), 20, "Q1 unknown", rig, proc)
    unknown_after = time.monotonic() - started
    # The witness grace is 3 s; its wake-up fires up to 1 s early and is then lost (see
    # test_a_retry_wakes_the_daemon_by_itself): a CLI change wakes the daemon instead.
    time.sleep(3.5)
    rig.poke("client-q1")
    wait_for(lambda: settled(rig, ["Q1"]), 20, "Q1 re-sent and filed", rig, proc)
    q1_done = time.monotonic() - started
    assert "no witness" in rig.log_text()
    assert sent_to_server(rig.smtp) == {"Q1": 1}

    # The witness copy reaches the owner's INBOX while the daemon still waits for the reply:
    # the inbox watcher settles the row (sent, "witnessed") before the timeout says unknown.
    rig.smtp_proxy.cut_next(100_000, reply_lost=True)
    started = time.monotonic()
    add_invoice_with_pdf(rig, tmp_path, "Q2", 300_000)
    wait_for(lambda: rig.log_count("send outcome=unknown") == 2, 20, "Q2's reply lost", rig,
             proc)
    wait_for(lambda: settled(rig, ["Q2"]), 20, "Q2 settled by its witness", rig, proc)
    q2_done = time.monotonic() - started
    assert sent_to_server(rig.smtp) == {"Q1": 1, "Q2": 1}
    assert client_inbox(rig.dovecot, 2) == {"Q1": 1, "Q2": 1}
    [(q2_reply,)] = rig.query("SELECT smtp_reply FROM reminder r JOIN invoice i "
                              "ON i.id = r.invoice_id WHERE i.number = 'Q2'")
    assert q2_reply == "witnessed"
    assert rig.alerts("incident:smtp") == []
    assert rig.stop(proc) == 0
    report("SMTP silent after the content", q1_unknown_after=unknown_after,
           q1_resent_and_filed_after=q1_done, q2_witnessed_and_filed_after=q2_done)


@pytest.mark.skipif(not SLOW, reason="takes minutes: set DUNNERD_SLOW_FAULTS=1")
def test_silent_smtp_server_from_the_greeting(faults: FaultRig, tmp_path: Path) -> None:
    """The server accepts the connection and never says a word: each connection attempt
    waits aiosmtplib's 60 s timeout."""
    rig = faults
    proc, _ = rig.start_and_wait_ready()
    rig.smtp_proxy.blackhole()
    started = time.monotonic()
    add_invoices(rig, tmp_path, {"G1": 16})
    wait_for(lambda: rig.rows().get("G1") == ["deferred"], 120, "G1 deferred", rig, proc)
    deferred_after = time.monotonic() - started
    assert len(rig.alerts("incident:smtp")) == 1
    rig.smtp_proxy.passthrough()
    back = time.monotonic()
    # The pass is still busy with the owner alert's own connection attempt.
    wait_for(lambda: rig.alerts("incident:smtp")[0][1] is not None, 120,
             "the incident alert sent", rig, proc)
    alert_after = time.monotonic() - back
    rig.time_travel()
    rig.poke("client-g1")
    wait_for(lambda: settled(rig, ["G1"]), 120, "G1 filed", rig, proc)
    assert sent_to_server(rig.smtp) == {"G1": 1}
    assert rig.stop(proc) == 0
    report("SMTP silent from the greeting", deferred_after=deferred_after,
           alert_sent_after_back=alert_after,
           longest_loop_stall=rig.notify.longest_watchdog_gap(0))


# --- the database locked --------------------------------------------------------------------


def test_database_locked_while_a_reply_arrives(faults: FaultRig, tmp_path: Path) -> None:
    rig = faults
    add_invoices(rig, tmp_path, {"L1": 16})
    proc, _ = rig.start_and_wait_ready()
    wait_for(lambda: settled(rig, ["L1"]), 20, "L1 filed", rig, proc)

    lock = sqlite3.connect(rig.db_path, timeout=10, isolation_level=None)
    try:
        lock.execute("BEGIN EXCLUSIVE")
        locked = time.monotonic()
        reply_id, raw = reply_from("L1", rig.message_id("L1"))
        rig.dovecot.deliver("owner", raw)
        # One line per try, from the watch, naming the cause (no traceback: the owner's to fix).
        wait_for(lambda: rig.log_count("recording inbox messages failed: the database cannot "
                                       "be used: database is locked") >= 2, 30,
                 "two failed tries to record the reply", rig, proc)
        held = time.monotonic() - locked
        assert proc.poll() is None
        assert rig.status("L1") == "open"  # readers still read (WAL)
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    released = time.monotonic()
    caught_up = wait_for(lambda: rig.status("L1") == "paused", 30, "L1 paused", rig, proc)
    assert proc.poll() is None
    assert rig.inbound(reply_id) == 1
    assert sent_to_server(rig.smtp) == {"L1": 1}
    stall = rig.notify.longest_watchdog_gap(locked, released + caught_up)
    incidents = rig.alerts("incident:")
    assert rig.stop(proc) == 0
    report("database locked", lock_held=held, caught_up_after_release=caught_up,
           longest_loop_stall=stall)
    print(f"[faults] database locked: incident alerts recorded {incidents}")


# --- SIGHUP ---------------------------------------------------------------------------------


def test_sighup_refuses_a_bad_config_and_applies_a_good_one(faults: FaultRig,
                                                           tmp_path: Path) -> None:
    rig = faults
    add_invoices(rig, tmp_path, {"H1": 16})
    proc, _ = rig.start_and_wait_ready()
    wait_for(lambda: settled(rig, ["H1"]), 20, "H1 filed", rig, proc)
    imap_connections = rig.imap_proxy.accepted

    rig.write_config(iban="FR76 0000", cli_too=False)
    hup = time.monotonic()
    proc.send_signal(signal.SIGHUP)
    wait_for(lambda: "reload refused, the running config stays" in rig.log_text(), 10,
             "the reload refused", rig, proc)
    refused = [line for line in rig.log_text().splitlines() if "reload refused" in line]
    assert any("owner.iban" in line for line in refused), refused
    wait_for(lambda: rig.notify.ready(hup), 10, "READY=1 after the refused reload", rig, proc)
    assert any(m.get("RELOADING") == "1" for _, m in rig.notify.messages(hup))
    assert proc.poll() is None

    # The old config keeps working: a new invoice is reminded with the old IBAN ...
    add_invoices(rig, tmp_path, {"H2": 16})
    wait_for(lambda: settled(rig, ["H2"]), 20, "H2 filed", rig, proc)
    # ... and the inbox watch survived the reload: a reply pauses its invoice.
    reply_id, raw = reply_from("H1", rig.message_id("H1"))
    rig.dovecot.deliver("owner", raw)
    wait_for(lambda: rig.status("H1") == "paused", 15, "H1 paused", rig, proc)

    rig.write_config(iban=NEW_IBAN)
    hup = time.monotonic()
    proc.send_signal(signal.SIGHUP)
    wait_for(lambda: "config and templates reloaded" in rig.log_text(), 10, "the reload",
             rig, proc)
    wait_for(lambda: rig.notify.ready(hup), 10, "READY=1 after the reload", rig, proc)
    add_invoices(rig, tmp_path, {"H3": 16})
    wait_for(lambda: settled(rig, ["H3"]), 20, "H3 filed", rig, proc)

    bodies = {}
    for raw in rig.dovecot.wait_for_messages("client", count=3, timeout=10).values():
        message = email.message_from_bytes(raw, policy=email.policy.default)
        text = message.get_body(preferencelist=("plain",))
        assert text is not None
        bodies[str(message["X-Dunnerd-Invoice"])] = " ".join(text.get_content().split())
    assert OLD_IBAN in bodies["H2"] and NEW_IBAN not in bodies["H2"]
    assert NEW_IBAN in bodies["H3"], bodies["H3"]
    assert rig.imap_proxy.accepted == imap_connections, "the reloads reconnected to IMAP"
    assert "inbox disconnected" not in rig.log_text()
    assert rig.inbound(reply_id) == 1
    assert sent_to_server(rig.smtp) == {"H1": 1, "H2": 1, "H3": 1}
    assert rig.stop(proc) == 0


# --- SIGTERM while sending ------------------------------------------------------------------


def test_sigterm_while_sending_exits_cleanly_and_loses_nothing(faults: FaultRig,
                                                               tmp_path: Path) -> None:
    rig = faults
    numbers = [f"T{i:02d}" for i in range(20)]
    proc, _ = rig.start_and_wait_ready()
    rig.smtp_proxy.delay(0.1)  # each SMTP round trip takes 0.2 s: a pass takes a while
    add_invoices(rig, tmp_path, dict.fromkeys(numbers, 16))
    wait_for(lambda: sum(sent_to_server(rig.smtp).values()) >= 3, 30,
             "three reminders on the wire", rig, proc)
    term = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) == 0
    exited = time.monotonic() - term
    rows = rig.rows()
    states = collections.Counter(s for states in rows.values() for s in states)
    assert set(states) <= {"planned", "sent", "filed", "deferred"}, states
    first_run = sum(sent_to_server(rig.smtp).values())
    assert first_run < len(numbers), "the pass was not interrupted"

    rig.smtp_proxy.passthrough()
    again, _ = rig.start_and_wait_ready()
    wait_for(lambda: settled(rig, numbers), 60, "every reminder filed", rig, again)
    assert sent_to_server(rig.smtp) == dict.fromkeys(numbers, 1)
    assert client_inbox(rig.dovecot, len(numbers)) == dict.fromkeys(numbers, 1)
    assert rig.stop(again) == 0
    report("SIGTERM while sending", exit_after_sigterm=exited)
    print(f"[faults] SIGTERM while sending: {first_run} sent before the stop, states {states}")
