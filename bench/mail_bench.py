"""How fast dunnerd reacts to a reply and sends, next to what the mail servers allow.

    python bench/mail_bench.py [--trials 50] [--reminders 200] [--send-rounds 3] [--py-spy DIR]

Starts a private Dovecot and the aiosmtpd submission server the tests use
(tests/mailservers), then measures, against those same servers:

1. raw IDLE latency: an imapclient session IDLEs on owner's INBOX; a message is delivered over
   LMTP; the time from just before the delivery to the EXISTS response (Dovecot itself holds
   the notification back about 0.5 s).
2. reply-to-cancel latency: a real `dunnerd run` process has sent each of `--trials` invoices its
   friendly reminder and holds a wake-up for its firm step; a client reply threaded to the
   reminder is delivered; the time from just before the delivery until the invoice is `paused`
   in the SQLite file (the same transaction cancels its pending reminders), and until the daemon
   has re-planned and dropped that invoice's wake-up (its "wake-ups rebuilt" log line).
3. send throughput: `--reminders` invoices due 2 days ago; a fresh daemon sends and files them
   all (SMTP, then an APPEND of the same bytes to Sent); next to it the same bytes sent with
   plain aiosmtplib over one STARTTLS+AUTH connection, each APPENDed to Sent over one imapclient
   connection, sequentially. `--send-rounds` rounds of the two, side by side, since the load on
   the machine moves both figures from one minute to the next; the ratio reported is the
   median of the rounds' ratios, with every round printed.

Figures only, no asserts. The last line of the output is one JSON object with every figure.
`--py-spy DIR` also records the daemon of phases 2 and 3 with py-spy (collapsed stacks per
thread, waiting frames included, in DIR); figures from such a run are not the reference ones.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import math
import os
import re
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import aiosmtplib  # noqa: E402
from imapclient.imapclient import SEEN  # noqa: E402

from dunnerd.cli.main import main as dunnerd_cli  # noqa: E402
from dunnerd.mail.witness import witness_address  # noqa: E402
from tests.daemon.rig import DAEMON_CONFIG as E2E_CONFIG  # noqa: E402
from tests.mailservers.dovecot import DovecotError, DovecotServer, find_binary  # noqa: E402
from tests.mailservers.smtp import SmtpServer  # noqa: E402

OWNER = "owner@example.test"
DB_POLL = 0.005  # seconds between looks at the SQLite file
LOG_POLL = 0.002  # seconds between looks at the daemon's log
SETTLE = 1.3  # after a trial: longer than the daemon's 1 s change poll, so its tick is over

# The test suite's daemon config (owner@example.test, every day and hour), with the log level
# set and no daily digest: its wake-up would change the wake-up counts the reply trials watch.
DAEMON_CONFIG = E2E_CONFIG.replace('log_level = "debug"', 'log_level = "{log_level}"') + """
[alerts]
digest_hour = -1
"""


class BenchError(Exception):
    """The benchmark could not go on; the message says why."""


def say(line: str = "") -> None:
    print(line, flush=True)


def wait_until(condition: Callable[[], Any], timeout: float, what: str,
               interval: float = 0.05) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise BenchError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(interval)


def summary(samples_ms: list[float]) -> dict[str, float]:
    ordered = sorted(samples_ms)
    p95 = ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]  # nearest rank
    return {"median": round(statistics.median(ordered), 1), "p95": round(p95, 1),
            "min": round(ordered[0], 1), "max": round(ordered[-1], 1), "n": len(ordered)}


def fmt(stats: dict[str, float]) -> str:
    return (f"median {stats['median']:7.1f} ms   p95 {stats['p95']:7.1f} ms   "
            f"(min {stats['min']:.1f}, max {stats['max']:.1f}, n={stats['n']:g})")


# --- watching the daemon from outside -------------------------------------------------------


class LogTail:
    """Reads the daemon's log as it grows and stamps each line with the monotonic time at which
    it was first seen (the daemon logs no timestamps; this is within LOG_POLL of the write)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lines: list[tuple[float, str]] = []
        self._cond = threading.Condition()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="log-tail", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        offset, partial = 0, b""
        while not self._stop.is_set():
            try:
                with self.path.open("rb") as f:
                    f.seek(offset)
                    chunk = f.read()
            except FileNotFoundError:
                chunk = b""
            if chunk:
                now = time.monotonic()
                offset += len(chunk)
                *complete, partial = (partial + chunk).split(b"\n")
                with self._cond:
                    self.lines.extend((now, c.decode("utf-8", "replace")) for c in complete)
                    self._cond.notify_all()
            else:
                time.sleep(LOG_POLL)

    def mark(self) -> int:
        with self._cond:
            return len(self.lines)

    def find(self, pattern: str, start: int = 0) -> tuple[float, re.Match[str]] | None:
        regex = re.compile(pattern)
        with self._cond:
            for at, line in self.lines[start:]:
                if found := regex.search(line):
                    return at, found
        return None

    def count(self, pattern: str, start: int = 0) -> int:
        regex = re.compile(pattern)
        with self._cond:
            return sum(1 for _, line in self.lines[start:] if regex.search(line))

    def wait(self, pattern: str, timeout: float, start: int = 0,
             alive: Callable[[], bool] | None = None) -> tuple[float, re.Match[str]]:
        """The first line matching `pattern` (from line `start`); BenchError after `timeout`,
        or as soon as `alive()` says the writer is gone."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.find(pattern, start)
            if found:
                return found
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise BenchError(f"no log line matching {pattern!r} within {timeout:g} s")
            if alive is not None and not alive():
                time.sleep(0.1)  # let the last lines be read
                if found := self.find(pattern, start):
                    return found
                raise BenchError(f"the daemon exited before logging {pattern!r}")
            with self._cond:
                self._cond.wait(min(remaining, 0.05))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


class Ledger:
    """Read-only look at the daemon's SQLite file (WAL: never blocks the daemon's writes).
    Enums are stored by name (PAUSED, FILED), so compare in upper case."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None,
                                    check_same_thread=False)

    def status(self, number: str) -> str:
        row = self.conn.execute("SELECT upper(status) FROM invoice WHERE number = ?",
                                (number,)).fetchone()
        return row[0] if row else ""

    def count_reminders(self, state: str) -> int:
        return int(self.conn.execute("SELECT count(*) FROM reminder WHERE upper(state) = ?",
                                     (state.upper(),)).fetchone()[0])

    def pending_for(self, number: str) -> int:
        return int(self.conn.execute(
            "SELECT count(*) FROM reminder r JOIN invoice i ON i.id = r.invoice_id "
            "WHERE i.number = ? AND upper(r.state) IN ('PLANNED', 'DEFERRED')",
            (number,)).fetchone()[0])

    def reminder_of(self, number: str) -> tuple[str, str]:
        row = self.conn.execute(
            "SELECT r.message_id, upper(r.state) FROM reminder r JOIN invoice i "
            "ON i.id = r.invoice_id WHERE i.number = ? ORDER BY r.id LIMIT 1",
            (number,)).fetchone()
        return (row[0], row[1]) if row else ("", "")

    def sent_messages(self) -> list[tuple[bytes, list[str]]]:
        """(raw bytes, client addresses) of each email sent, in sending order."""
        rows = self.conn.execute(
            "SELECT r.raw_message, c.emails, c.cc FROM reminder r JOIN client c "
            "ON c.id = r.client_id WHERE r.raw_message IS NOT NULL "
            "GROUP BY r.group_key ORDER BY min(r.sent_at), min(r.id)").fetchall()
        return [(bytes(raw), list(dict.fromkeys(json.loads(to) + json.loads(cc))))
                for raw, to, cc in rows]

    def close(self) -> None:
        self.conn.close()


# --- one daemon -----------------------------------------------------------------------------


_SCHEDULER_DEBUG_LAUNCHER = (
    "import logging, sys; logging.getLogger('dunnerd.daemon.scheduler').setLevel(logging.DEBUG); "
    "from dunnerd.cli.main import main; sys.exit(main(sys.argv[1:]))"
)


class Daemon:
    """A `dunnerd run` process with its own config and state directory (as in
    tests/daemon/rig.py's DaemonRig)."""

    def __init__(self, workdir: Path, dovecot: DovecotServer, smtp: SmtpServer, *,
                 log_level: str, py_spy: Path | None = None, label: str = "") -> None:
        self.workdir = workdir
        self.dovecot = dovecot
        secret = workdir / "owner.password"
        secret.write_text(dovecot.users["owner"] + "\n")
        secret.chmod(0o600)
        self.config = workdir / "dunnerd.toml"
        self.config.write_text(DAEMON_CONFIG.format(
            state=workdir / "state", log_level=log_level,
            imap_port=dovecot.imaps_port, smtp_port=smtp.port, password_file=secret,
            ca=dovecot.ca_cert_path))
        self.config.chmod(0o600)
        self.db_path = workdir / "state" / "dunnerd.sqlite3"
        self.log_path = workdir / "daemon.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.spy: subprocess.Popen[bytes] | None = None
        self.py_spy = py_spy
        self.label = label
        self.log: LogTail | None = None
        self.started_at = 0.0

    def cli(self, *argv: str) -> None:
        with contextlib.redirect_stdout(sys.stderr):
            code = dunnerd_cli(["--config", str(self.config), *argv])
        if code != 0:
            raise BenchError(f"dunnerd {' '.join(argv)} exited with {code}")

    def import_invoices(self, rows: list[tuple[str, str, dt.date]]) -> None:
        """rows: (number, client address, due date); one client per invoice."""
        lines = ["number,client,email,amount,currency,issued,due"]
        for number, address, due in rows:
            lines.append(f"{number},Client {number},{address},1500.00,EUR,"
                         f"{due - dt.timedelta(days=30)},{due}")
        path = self.workdir / "invoices.csv"
        path.write_text("\n".join(lines) + "\n")
        self.cli("invoice", "import", str(path))

    def start(self, *, scheduler_debug: bool = False) -> None:
        """`python -m dunnerd run`; with scheduler_debug, the same `dunnerd.cli.main.main` with
        only the `dunnerd.daemon.scheduler` logger at DEBUG (its "wake-ups rebuilt" line):
        log_level=debug would log every IMAP line, message bodies included, and slow the daemon
        down."""
        self.log = LogTail(self.log_path)
        argv = ["--config", str(self.config), "run", "--witness-grace", "3"]
        launcher = (["-c", _SCHEDULER_DEBUG_LAUNCHER] if scheduler_debug else ["-m", "dunnerd"])
        with self.log_path.open("ab") as log:
            self.started_at = time.monotonic()
            self.proc = subprocess.Popen([sys.executable, *launcher, *argv],
                                         stdout=log, stderr=log, cwd=ROOT)
        if self.py_spy is not None:
            spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
            self.py_spy.mkdir(parents=True, exist_ok=True)
            # Collapsed stacks, one line per stack and thread, idle (waiting) frames included,
            # so wall time can be attributed; speedscope and flamegraph.pl read this format.
            out = self.py_spy / f"daemon-{self.label or self.proc.pid}.collapsed.txt"
            self.spy = subprocess.Popen(
                [spy, "record", "--pid", str(self.proc.pid), "--rate", "200", "--threads",
                 "--idle", "--nonblocking", "--format", "raw", "--output", str(out)],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def log_tail(self, lines: int = 25) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        return ""

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def check_alive(self) -> None:
        if not self.alive():
            raise BenchError("the daemon exited unexpectedly")

    def wait_log(self, pattern: str, timeout: float,
                 start: int = 0) -> tuple[float, re.Match[str]]:
        assert self.log is not None
        return self.log.wait(pattern, timeout, start, alive=self.alive)

    def stop(self) -> int | None:
        """SIGTERM, wait (bounded), SIGKILL as a last resort. Returns the exit status."""
        code = None
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.send_signal(signal.SIGTERM)
                try:
                    self.proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait(timeout=10)
            code = self.proc.returncode
        if self.spy is not None:  # py-spy writes its file once its target is gone
            try:
                self.spy.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.spy.send_signal(signal.SIGINT)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self.spy.wait(timeout=10)
            if self.spy.poll() is None:
                self.spy.kill()
                self.spy.wait(timeout=10)
            self.spy = None
        if self.log is not None:
            self.log.close()
        return code


# --- 1. raw IDLE ----------------------------------------------------------------------------


def bench_idle_raw(dovecot: DovecotServer, trials: int) -> list[float]:
    samples = []
    with dovecot.imap_client("owner") as client:
        client.select_folder("INBOX", readonly=True)  # dunnerd EXAMINEs too
        for i in range(trials):
            raw = (f"From: Someone <someone@elsewhere.test>\r\nTo: {OWNER}\r\n"
                   f"Subject: idle probe {i}\r\nMessage-ID: <idle-{i}-{time.time_ns()}@bench>\r\n"
                   f"\r\nprobe {i}\r\n").encode()
            client.idle()
            time.sleep(0.05)  # well inside IDLE
            t0 = time.perf_counter()
            dovecot.deliver("owner", raw)
            deadline = t0 + 10
            arrived = False
            while not arrived:
                remaining = deadline - time.perf_counter()
                if remaining <= 0:
                    client.idle_done()
                    raise BenchError(f"raw IDLE trial {i}: no EXISTS within 10 s")
                responses = client.idle_check(timeout=remaining)
                arrived = any(isinstance(r, tuple) and len(r) >= 2 and r[1] == b"EXISTS"
                              for r in responses)
            samples.append((time.perf_counter() - t0) * 1000)
            client.idle_done()
            time.sleep(0.1)
    return samples


# --- 2. reply to cancel ---------------------------------------------------------------------

# Each trial's invoice gets its own firm wake-up instant, so that its removal shows in the
# daemon's "wake-ups rebuilt count=N" line: the firm step is moved to 15..39 days and the client
# sits in a whole-hour UTC offset. Every invoice is due 2 days ago and gets `friendly` at start.
_FIRM_DAYS = range(15, 40)
_ZONES = ["UTC", *(f"Etc/GMT{sign}{h}" for h in range(1, 12) for sign in ("-", "+"))]


def reply_trial_setup(trials: int) -> list[tuple[str, str, str, int]]:
    """(number, client address, client timezone, firm days) per trial."""
    if trials > len(_FIRM_DAYS) * len(_ZONES):
        raise BenchError(f"at most {len(_FIRM_DAYS) * len(_ZONES)} trials")
    out = []
    for i in range(trials):
        zone = _ZONES[i // len(_FIRM_DAYS)]
        out.append((f"X{i:03d}", f"client+x{i:03d}@example.test", zone,
                    _FIRM_DAYS[i % len(_FIRM_DAYS)]))
    return out


def bench_reply_cancel(dovecot: DovecotServer, smtp: SmtpServer, workdir: Path, trials: int,
                       py_spy: Path | None) -> dict[str, Any]:
    setup = reply_trial_setup(trials)
    today = dt.datetime.now(dt.UTC).date()
    daemon = Daemon(workdir, dovecot, smtp, log_level="info", py_spy=py_spy, label="reply")
    daemon.import_invoices([(n, a, today - dt.timedelta(days=2)) for n, a, _, _ in setup])
    for number, _, zone, firm in setup:
        daemon.cli("client", "edit", f"client-{number.lower()}", "--timezone", zone,
                   "--step-days", f"firm={firm}")
    ledger: Ledger | None = None
    try:
        daemon.start(scheduler_debug=True)
        assert daemon.log is not None
        daemon.wait_log(r"dunnerd started", 60)
        ledger = Ledger(daemon.db_path)
        wait_until(lambda: daemon.check_alive() or ledger.count_reminders("filed") >= trials,
                   60 + trials * 0.5, f"{trials} friendly reminders filed")
        wait_until(lambda: daemon.check_alive() or
                   daemon.log.count(r"inbox message uid=\d+ kind=witness") >= trials,
                   30, "the witness copies read")
        # The firm wake-ups: the start-up tick planned before it sent, so it may not hold them.
        rebuilt = rf"wake-ups rebuilt count={trials} "
        try:
            daemon.wait_log(rebuilt, 3)
            nudged = False
        except BenchError:
            # Any change in the ledger makes the daemon re-plan (1 s change poll).
            daemon.cli("client", "edit", f"client-{setup[0][0].lower()}", "--phone",
                       "+33 1 00 00 00 00")
            daemon.wait_log(rebuilt, 10)
            nudged = True
        time.sleep(SETTLE)

        to_paused, to_replan, pending_after = [], [], 0
        for i, (number, address, _, _) in enumerate(setup):
            daemon.check_alive()
            message_id, state = ledger.reminder_of(number)
            if state != "FILED" or ledger.status(number) != "OPEN":
                raise BenchError(f"{number}: reminder {state}, invoice {ledger.status(number)}")
            reply = (f"From: Client {number} <{address}>\r\nTo: {OWNER}\r\n"
                     f"Subject: Re: invoice {number}\r\n"
                     f"Message-ID: <reply-{number.lower()}-{time.time_ns()}@example.test>\r\n"
                     f"In-Reply-To: {message_id}\r\nReferences: {message_id}\r\n\r\n"
                     "We paid last week, I will send the proof.\r\n\r\n> earlier text\r\n"
                     ).encode()
            mark = daemon.log.mark()
            t0 = time.monotonic()
            dovecot.deliver("owner", reply, mail_from=address)
            deadline = t0 + 15
            while ledger.status(number) != "PAUSED":
                if time.monotonic() > deadline:
                    raise BenchError(f"{number} not paused within 15 s")
                time.sleep(DB_POLL)
            t_paused = time.monotonic()
            pending_after += ledger.pending_for(number)
            t_replan, _ = daemon.wait_log(rf"wake-ups rebuilt count={trials - i - 1} ", 15,
                                          mark)
            to_paused.append((t_paused - t0) * 1000)
            to_replan.append((t_replan - t0) * 1000)
            time.sleep(SETTLE)
        paused_total = sum(ledger.status(n) == "PAUSED" for n, _, _, _ in setup)
    except BenchError as exc:
        raise BenchError(f"{exc}\n-- daemon log tail --\n{daemon.log_tail()}") from None
    finally:
        if ledger is not None:
            ledger.close()
        daemon.stop()
    return {"to_paused": to_paused, "to_replan": to_replan, "pending_after": pending_after,
            "paused_total": paused_total, "nudged": nudged}


# --- 3. throughput --------------------------------------------------------------------------


def bench_send_dunnerd(dovecot: DovecotServer, smtp: SmtpServer, workdir: Path, count: int,
                       py_spy: Path | None) -> dict[str, Any]:
    today = dt.datetime.now(dt.UTC).date()
    daemon = Daemon(workdir, dovecot, smtp, log_level="info", py_spy=py_spy, label="send")
    daemon.import_invoices([(f"S{i:04d}", f"client+s{i:04d}@example.test",
                             today - dt.timedelta(days=2)) for i in range(count)])
    ledger: Ledger | None = None
    try:
        daemon.start()
        assert daemon.log is not None
        t_sched, _ = daemon.wait_log(r"Scheduler started", 60)
        ledger = Ledger(daemon.db_path)
        deadline = time.monotonic() + 60 + count * 1.0
        while ledger.count_reminders("filed") < count:
            daemon.check_alive()
            if time.monotonic() > deadline:
                raise BenchError(f"{ledger.count_reminders('filed')} of {count} filed in time")
            time.sleep(0.01)
        t_done = time.monotonic()
        first_send = daemon.log.find(r"send outcome=")
        messages = ledger.sent_messages()
    except BenchError as exc:
        raise BenchError(f"{exc}\n-- daemon log tail --\n{daemon.log_tail()}") from None
    finally:
        if ledger is not None:
            ledger.close()
        daemon.stop()
    return {"from_scheduler_s": t_done - t_sched, "from_spawn_s": t_done - daemon.started_at,
            "to_first_send_s": (first_send[0] - t_sched) if first_send else None,
            "messages": messages}


async def _send_raw(dovecot: DovecotServer, smtp: SmtpServer,
                    messages: list[tuple[bytes, list[str]]]) -> float:
    witness = witness_address(OWNER)
    password = dovecot.users["owner"]
    t0 = time.perf_counter()
    imap = dovecot.imap_client("owner")  # implicit TLS + LOGIN, as dunnerd's config
    try:
        client = aiosmtplib.SMTP(hostname=smtp.host, port=smtp.port, start_tls=True,
                                 tls_context=smtp.ssl_context(), username="owner",
                                 password=password, timeout=60)
        await client.connect()  # TCP, EHLO, STARTTLS, EHLO, AUTH
        try:
            for raw, recipients in messages:
                await client.sendmail(OWNER, [*recipients, witness], raw)
                imap.append("Sent", raw, flags=(SEEN,))
        finally:
            with contextlib.suppress(aiosmtplib.SMTPException, OSError):
                await client.quit()
    finally:
        imap.logout()
    return time.perf_counter() - t0


def bench_send_raw(dovecot: DovecotServer, smtp: SmtpServer,
                   messages: list[tuple[bytes, list[str]]]) -> float:
    return asyncio.run(asyncio.wait_for(_send_raw(dovecot, smtp, messages),
                                        60 + len(messages) * 1.0))


# --- the run --------------------------------------------------------------------------------


@contextlib.contextmanager
def servers() -> Iterator[tuple[DovecotServer, SmtpServer]]:
    if find_binary() is None:
        raise BenchError("Dovecot is not installed (scripts/install-test-deps.sh)")
    # Not under a 0700 directory: Dovecot's unprivileged processes must reach it.
    workdir = Path(tempfile.mkdtemp(prefix="dunnerd-bench-"))
    try:
        try:
            dovecot = DovecotServer.start(workdir)
        except DovecotError as exc:
            raise BenchError(f"Dovecot did not start: {exc}") from exc
        try:
            smtp = SmtpServer.start(dovecot.tls, dovecot.users, deliver=dovecot.deliver_to)
            try:
                yield dovecot, smtp
            finally:
                smtp.stop()
        finally:
            dovecot.stop()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def bench_reply(dovecot: DovecotServer, smtp: SmtpServer, scratch: Path,
                args: argparse.Namespace) -> dict[str, Any]:
    say(f"\n[1/3] raw IDLE latency, {args.trials} trials")
    dovecot.empty_mailboxes()
    idle = summary(bench_idle_raw(dovecot, args.trials))
    say(f"  raw IDLE (LMTP deliver -> EXISTS)        {fmt(idle)}")

    say(f"\n[2/3] reply-to-cancel latency, {args.trials} trials (one dunnerd run)")
    dovecot.empty_mailboxes()
    reply_dir = scratch / "reply"
    reply_dir.mkdir()
    reply = bench_reply_cancel(dovecot, smtp, reply_dir, args.trials, args.py_spy)
    paused = summary(reply["to_paused"])
    replan = summary(reply["to_replan"])
    gap = paused["median"] - idle["median"]
    say(f"  raw IDLE (LMTP deliver -> EXISTS)        {fmt(idle)}")
    say(f"  dunnerd (deliver -> invoice paused)      {fmt(paused)}")
    say(f"  dunnerd (deliver -> wake-up dropped)     {fmt(replan)}")
    say(f"  difference of medians (paused - raw)     {gap:+.1f} ms   "
        f"(target: within 250 ms) -> {'OK' if gap <= 250 else 'MISSED'}")
    say(f"  check: {reply['paused_total']}/{args.trials} invoices paused, "
        f"{reply['pending_after']} pending reminder rows left at the moment each was "
        "paused")
    if reply["nudged"]:
        say("  note: after sending the friendly reminders the daemon held no wake-up for "
            "the firm step (none within 3 s of the start-up pass: that pass computes its "
            "wake-ups before it sends); a CLI change (client edit --phone) made it "
            "re-plan before the trials began")
    say("  setup: each invoice due 2 days ago, friendly filed; firm moved to 15..39 days "
        "and clients put in whole-hour UTC offsets so every invoice has its own firm "
        "wake-up; the daemon reads the scheduler's DEBUG line, the rest logs at INFO")
    return {"idle_raw_ms": idle, "reply_cancel_ms": paused, "reply_replan_ms": replan,
            "median_gap_ms": round(gap, 1)}


def bench_send(dovecot: DovecotServer, smtp: SmtpServer, scratch: Path,
               args: argparse.Namespace) -> dict[str, Any]:
    """Rounds of dunnerd then raw, each on empty mailboxes: the machine's load moves both
    figures from one minute to the next, so each ratio compares two runs made side by side."""
    say(f"\n[3/3] send throughput, {args.reminders} reminders, {args.send_rounds} rounds "
        "(dunnerd, then raw with the same bytes)")
    rounds = []
    for number in range(1, args.send_rounds + 1):
        dovecot.empty_mailboxes()
        send_dir = scratch / f"send-{number}"
        send_dir.mkdir()
        sent = bench_send_dunnerd(dovecot, smtp, send_dir, args.reminders, args.py_spy)
        messages = sent.pop("messages")
        if len(messages) != args.reminders:
            raise BenchError(f"{len(messages)} emails in the outbox, not {args.reminders}")
        dovecot.empty_mailboxes()  # the raw run starts from an empty Sent folder too
        raw_s = bench_send_raw(dovecot, smtp, messages)
        dunnerd_rate = args.reminders / sent["from_scheduler_s"]
        raw_rate = len(messages) / raw_s
        rounds.append({
            "dunnerd_per_s": round(dunnerd_rate, 2), "raw_per_s": round(raw_rate, 2),
            "ratio": round(dunnerd_rate / raw_rate, 3),
            "dunnerd_s": round(sent["from_scheduler_s"], 3),
            "dunnerd_from_spawn_s": round(sent["from_spawn_s"], 3),
            "dunnerd_to_first_send_s": round(sent["to_first_send_s"] or 0, 3),
            "raw_s": round(raw_s, 3),
            "message_bytes_mean": round(statistics.mean(len(raw) for raw, _ in messages)),
            "load": [round(x, 2) for x in os.getloadavg()],
        })
        say(f"  round {number}: dunnerd {sent['from_scheduler_s']:.2f} s -> "
            f"{dunnerd_rate:.1f} reminders/s (first send {sent['to_first_send_s'] or 0:.2f} s "
            f"after 'Scheduler started', {sent['from_spawn_s']:.2f} s from spawn); raw "
            f"{raw_s:.2f} s -> {raw_rate:.1f} messages/s; ratio {dunnerd_rate / raw_rate:.2f}; "
            f"load {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    ratio = statistics.median(r["ratio"] for r in rounds)
    say(f"  median ratio dunnerd/raw {ratio:.2f} over {len(rounds)} rounds (target: at least "
        f"0.8) -> {'OK' if ratio >= 0.8 else 'MISSED'}; lowest "
        f"{min(r['ratio'] for r in rounds):.2f}, highest {max(r['ratio'] for r in rounds):.2f}")
    say(f"  messages of {rounds[0]['message_bytes_mean']} bytes on average")
    say("  dunnerd's time includes: planning the ledger, rendering and composing every "
        "email and writing it to the outbox, the SMTP connection (STARTTLS, AUTH), each "
        "send with its outbox transitions, the IMAP connection, per batch of Sent copies a SEARCH "
        "of Sent by Message-ID and an APPEND, and marking them filed. Not included: process "
        "start-up, imports, opening the database, the start-up inbox resync.")
    say("  raw includes: both connections and logins, then per message one SMTP "
        "transaction (MAIL, RCPT client + witness, DATA) and one IMAP APPEND to Sent, "
        "sequentially. Not included: composing, any database. In both, the test SMTP "
        "server delivers each message over LMTP to the client and to the owner's witness "
        "address before it answers 250.")
    return {"send_by_round": rounds, "send_ratio": ratio,
            "send_dunnerd_per_s": statistics.median(r["dunnerd_per_s"] for r in rounds),
            "send_raw_per_s": statistics.median(r["raw_per_s"] for r in rounds)}


def run(args: argparse.Namespace) -> dict[str, Any]:
    figures: dict[str, Any] = {"trials": args.trials, "reminders": args.reminders,
                               "send_rounds": args.send_rounds}
    scratch = Path(tempfile.mkdtemp(prefix="dunnerd-bench-run-"))
    try:
        with servers() as (dovecot, smtp):
            say(f"Dovecot {dovecot.imaps_port}/imaps, LMTP {dovecot.lmtp_port}; "
                f"SMTP {smtp.port}/starttls. {os.cpu_count()} CPUs, load "
                f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
            if args.trials:
                figures.update(bench_reply(dovecot, smtp, scratch, args))
            if args.send_rounds:
                figures.update(bench_send(dovecot, smtp, scratch, args))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=50,
                        help="IDLE and reply trials (50; 0 skips phases 1 and 2)")
    parser.add_argument("--reminders", type=int, default=200,
                        help="reminders for the throughput run (200)")
    parser.add_argument("--send-rounds", type=int, default=3, dest="send_rounds",
                        help="throughput rounds, dunnerd then raw in each (3; 0 skips phase 3)")
    parser.add_argument("--py-spy", type=Path, default=None, dest="py_spy", metavar="DIR",
                        help="record the daemons with py-spy into DIR (slows them down)")
    args = parser.parse_args(argv)
    if args.trials < 0 or args.send_rounds < 0 or args.reminders < 1:
        parser.error("--trials and --send-rounds must be 0 or more, --reminders at least 1")
    try:
        figures = run(args)
    except BenchError as exc:
        say(f"benchmark failed: {exc}")
        say(json.dumps({"error": str(exc)[:2000]}))
        return 1
    say()
    say(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
