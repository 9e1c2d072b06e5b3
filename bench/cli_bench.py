"""Benchmark: how fast the `dunnerd` command answers, next to the floor (`python -c pass`).

Builds a throw-away config and a SQLite ledger of N invoices (default 1,000; imported once with
`dunnerd invoice import`, a few with reminders and events), then runs each command as a new
process, as a user would, several times, and prints the median and the best next to the
interpreter's own start-up and the goal (median and best wall-clock time, median CPU time):

    python bench/cli_bench.py [--invoices 1000] [--runs 15]

The last line is one JSON object with every figure, in seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOALS = {"--help": 0.3, "invoice show": 0.5, "status": 0.5}
CONFIG = """\
state_dir = "{state_dir}"

[owner]
name = "Camille Martin"
company = "Martin Conseil"
email = "camille@martin-conseil.example"
iban = "FR76 3000 6000 0112 3456 7890 189"
language = "fr"
timezone = "Europe/Paris"

[policy]
holiday_country = "FR"
"""


def timed(argv: list[str], runs: int, env: dict[str, str]) -> tuple[list[float], list[float]]:
    """Wall-clock seconds per run, and the CPU seconds (user + system) the command used: on a
    shared machine the wall clock also counts waiting for a core, the CPU time does not."""
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
        wall.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, cpu


def build(tmp: Path, invoices: int, dunnerd: list[str], env: dict[str, str]) -> None:
    lines = ["number,client,email,amount,currency,issued,due"]
    for i in range(invoices):
        client = i // 4
        day = 1 + i % 28
        lines.append(f"B-{i:05d},Client {client},c{client}@example.test,{100 + i}.50,EUR,"
                     f"2026-09-{day:02d},2026-10-{day:02d}")
    csv_file = tmp / "invoices.csv"
    csv_file.write_text("\n".join(lines) + "\n")
    subprocess.run([*dunnerd, "invoice", "import", str(csv_file)], check=True,
                   stdout=subprocess.DEVNULL, env=env)
    for number in ("B-00000", "B-00001", "B-00002"):
        subprocess.run([*dunnerd, "invoice", "paid", number, "--amount", "10"], check=True,
                       stdout=subprocess.DEVNULL, env=env)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--invoices", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    dunnerd = [sys.executable, "-m", "dunnerd"]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        config = tmp / "dunnerd.toml"
        config.write_text(CONFIG.format(state_dir=tmp / "state"))
        config.chmod(0o600)
        env = {**os.environ, "DUNNERD_CONFIG": str(config)}
        build(tmp, args.invoices, dunnerd, env)
        commands = {
            "floor (python -c pass)": [sys.executable, "-c", "pass"],
            "--help": [*dunnerd, "--help"],
            "invoice show": [*dunnerd, "--now", "2026-12-01T09:00+01:00", "invoice", "show",
                             "B-00001"],
            "status": [*dunnerd, "--now", "2026-12-01T09:00+01:00", "status"],
        }
        results = {name: timed(argv, args.runs, env) for name, argv in commands.items()}
    print(f"{args.invoices} invoices, {args.runs} runs each, seconds per run")
    print(f"{'command':<26}{'median':>8}{'best':>8}{'cpu':>8}{'goal':>8}")
    for name, (wall, cpu) in results.items():
        goal = GOALS.get(name)
        print(f"{name:<26}{statistics.median(wall):>8.3f}{min(wall):>8.3f}"
              f"{statistics.median(cpu):>8.3f}{'' if goal is None else f'{goal:.3f}':>8}")
    print(json.dumps({name: {"median": round(statistics.median(wall), 4),
                             "best": round(min(wall), 4), "cpu": round(statistics.median(cpu), 4),
                             "goal": GOALS.get(name)} for name, (wall, cpu) in results.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
