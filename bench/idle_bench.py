"""What an idle daemon costs: wake-ups per second and resident memory, next to the floor.

    python bench/idle_bench.py [--invoices 1000] [--seconds 30]

Starts the private Dovecot and SMTP servers the tests use (tests/mailservers), imports
`--invoices` open invoices whose due dates are weeks away (nothing to send), starts a real
`dunnerd run`, waits for its first pass to end and then `--settle` seconds, and measures over
`--seconds`:

- wake-ups per second: context switches of every thread of the process (voluntary and not,
  /proc/PID/task/*/status), divided by the time;
- RSS (VmRSS) at the end, and its peak (VmHWM).

The floor is a bare Python that imports the same third-party modules as the idle daemon (read
from its `-X importtime` output) and sleeps: what dunnerd cannot go below without dropping a
dependency. Goals (issue 10): at most 1 wake-up per second and 60 MB RSS with 1,000 open
invoices. `--holiday-country FR` makes the send window skip that country's public holidays, as
the example config does: the holidays package then loads every country's module (about 8 MB).
Figures only; the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from dunnerd.cli.main import main as dunnerd_cli  # noqa: E402
from tests.daemon.rig import DAEMON_CONFIG  # noqa: E402
from tests.mailservers.dovecot import DovecotServer  # noqa: E402
from tests.mailservers.smtp import SmtpServer  # noqa: E402

GOAL_WAKEUPS = 1.0
GOAL_RSS_MB = 60.0


def switches(pid: int) -> int:
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            text = (task / "status").read_text()
        except OSError:
            continue  # the thread ended
        for key in ("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches"):
            total += int(re.search(rf"^{key}:\s+(\d+)", text, re.M).group(1))  # type: ignore[union-attr]
    return total


def memory_mb(pid: int) -> tuple[float, float]:
    text = Path(f"/proc/{pid}/status").read_text()

    def kb(key: str) -> float:
        return int(re.search(rf"^{key}:\s+(\d+)", text, re.M).group(1)) / 1024  # type: ignore[union-attr]

    return kb("VmRSS"), kb("VmHWM")


def measure(pid: int, seconds: float) -> tuple[float, float, float]:
    before, started = switches(pid), time.monotonic()
    time.sleep(seconds)
    rate = (switches(pid) - before) / (time.monotonic() - started)
    rss, peak = memory_mb(pid)
    return rate, rss, peak


def third_party(importtime: str) -> list[str]:
    """Modules imported, from `-X importtime` lines, less the stdlib's and dunnerd's."""
    names = set()
    for line in importtime.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+\d+ \| (\s*)([\w.]+)", line)
        if match:
            names.add(match.group(2))
    stdlib = set(sys.stdlib_module_names) | {"dunnerd", "__future__", "_distutils_hack"}
    return sorted(n for n in names if (top := n.split(".")[0]) not in stdlib
                  and not top.startswith("_"))


def invoices_csv(path: Path, count: int) -> None:
    today = dt.date.today()
    rows = ["number,client,email,amount,currency,issued,due"]
    for i in range(count):
        due = today + dt.timedelta(days=30 + i % 30)
        rows.append(f"B{i:05d},Client {i % 400},client+b{i % 400}@example.test,"
                    f"{100 + i}.00,EUR,{today},{due}")
    path.write_text("\n".join(rows) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--invoices", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--settle", type=float, default=5.0)
    parser.add_argument("--holiday-country", help="skip this country's public holidays")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="dunnerd-idle-"))
    work.chmod(0o755)  # Dovecot's unprivileged processes traverse it
    dovecot = DovecotServer.start(work / "dovecot")
    smtp = SmtpServer.start(dovecot.tls, dovecot.users, deliver=dovecot.deliver_to)
    daemon = floor = None
    try:
        secret = work / "owner.password"
        secret.write_text(dovecot.users["owner"] + "\n")
        secret.chmod(0o600)
        config = work / "dunnerd.toml"
        config.write_text(DAEMON_CONFIG.format(
            state=work / "state", imap_port=dovecot.imaps_port, smtp_port=smtp.port,
            password_file=secret, ca=dovecot.ca_cert_path).replace('"debug"', '"info"'))
        if args.holiday_country:
            config.write_text(config.read_text().replace("skip_holidays = false",
                                                         "skip_holidays = true")
                              + f'\n[policy]\nholiday_country = "{args.holiday_country}"\n')
        config.chmod(0o600)
        invoices_csv(work / "ledger.csv", args.invoices)
        assert dunnerd_cli(["--config", str(config), "invoice", "import",
                            str(work / "ledger.csv")]) == 0

        log = work / "daemon.log"
        with log.open("wb") as out:
            daemon = subprocess.Popen(
                [sys.executable, "-X", "importtime", "-m", "dunnerd", "--config", str(config),
                 "run"], stdout=out, stderr=out, cwd=ROOT)
        deadline = time.monotonic() + 60
        while "dunnerd started" not in log.read_text(errors="replace"):
            if daemon.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the daemon did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.2)
        time.sleep(args.settle)
        rate, rss, peak = measure(daemon.pid, args.seconds)
        modules = third_party(log.read_text(errors="replace"))
        packages = sorted({name.split(".")[0] for name in modules})

        # Some names are imports the daemon tried and did without (optional accelerators).
        script = (f"import importlib, signal\nfor name in {modules!r}:\n"
                  "    try:\n        importlib.import_module(name)\n"
                  "    except Exception:\n        pass\nsignal.pause()\n")
        floor = subprocess.Popen([sys.executable, "-c", script])
        time.sleep(args.settle)
        if floor.poll() is not None:
            raise SystemExit(f"the floor process failed: {script}")
        floor_rate, floor_rss, _ = measure(floor.pid, min(args.seconds, 10))

        holidays = f", holidays of {args.holiday_country}" if args.holiday_country else ""
        print(f"idle daemon, {args.invoices} open invoices{holidays}, {args.seconds:g} s")
        print(f"  wake-ups/s  {rate:6.2f}   floor {floor_rate:5.2f}   goal <= {GOAL_WAKEUPS:g}")
        print(f"  RSS MB      {rss:6.1f}   floor {floor_rss:5.1f}   goal <= {GOAL_RSS_MB:g}"
              f"   (peak {peak:.1f})")
        print(f"  third-party packages imported: {' '.join(packages)}")
        print(json.dumps({"invoices": args.invoices, "holiday_country": args.holiday_country,
                          "seconds": args.seconds,
                          "wakeups_per_s": round(rate, 3), "rss_mb": round(rss, 1),
                          "rss_peak_mb": round(peak, 1), "floor_wakeups_per_s":
                          round(floor_rate, 3), "floor_rss_mb": round(floor_rss, 1),
                          "packages": packages}))
    finally:
        for proc in (daemon, floor):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                proc.wait(timeout=30)
        smtp.stop()
        dovecot.stop()
        if os.environ.get("KEEP") != "1":
            import shutil

            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
