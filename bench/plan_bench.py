"""Benchmark: `dunnerd plan` over N open invoices (default 100,000).

Builds a throw-away SQLite ledger (one client per 4 invoices, lateness spread over -30..120
days, a third of them with some reminders already sent), then times the two halves of `plan`:
loading the policy's view from the database, and the forecast itself. Prints the figures and,
as its last line, one JSON object.

    python bench/plan_bench.py [--invoices 100000] [--days 30]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from sqlalchemy import insert

from dunnerd.clock import FixedClock
from dunnerd.config.schema import PolicyConfig
from dunnerd.dunning.policy import forecast
from dunnerd.ledger.models import Client, Invoice, Reminder
from dunnerd.ledger.store import Store
from dunnerd.states import ReminderState

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


def build(store: Store, invoices: int, rng: random.Random) -> None:
    clients = max(1, invoices // 4)
    zones = ["Europe/Paris", "America/New_York", "Europe/Brussels", "UTC"]
    with store.engine.begin() as conn:
        conn.execute(insert(Client), [
            {"id": i + 1, "key": f"c{i}", "name": f"Client {i}", "emails": [f"c{i}@example.test"],
             "cc": [], "step_overrides": {}, "timezone": zones[i % 4],
             "country": "FR" if i % 2 else None, "phone": "", "never_remind": False,
             "grace_days": 0, "notes": ""}
            for i in range(clients)
        ])
        rows = []
        reminders = []
        for i in range(invoices):
            due = NOW.date() - dt.timedelta(days=rng.randint(-30, 120))
            rows.append({"id": i + 1, "number": f"INV-{i:07d}", "client_id": i % clients + 1,
                         "issued": due - dt.timedelta(days=30), "due": due,
                         "amount_cents": rng.randint(1_000, 1_000_000), "paid_cents": 0,
                         "currency": "EUR", "status": "OPEN"})
            if i % 3 == 0 and due < NOW.date() - dt.timedelta(days=2):
                reminders.append({"invoice_id": i + 1, "client_id": i % clients + 1,
                                  "step": "friendly", "state": ReminderState.FILED.name,
                                  "planned_at": dt.datetime.combine(
                                      due + dt.timedelta(days=1), dt.time(9), tzinfo=dt.UTC),
                                  "sent_at": dt.datetime.combine(
                                      due + dt.timedelta(days=1), dt.time(9), tzinfo=dt.UTC),
                                  "attempts": 1})
        conn.execute(insert(Invoice), rows)
        if reminders:
            conn.execute(insert(Reminder), reminders)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--days", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}", FixedClock(NOW))
        started = time.perf_counter()
        build(store, args.invoices, random.Random(7))
        built = time.perf_counter() - started

        policy = PolicyConfig(holiday_country="FR")
        until = NOW + dt.timedelta(days=args.days)
        started = time.perf_counter()
        clients, invoices = store.policy_inputs("Europe/Paris")
        loaded = time.perf_counter() - started
        started = time.perf_counter()
        planned = forecast(clients, invoices, policy, NOW, until)
        planned_s = time.perf_counter() - started
        del clients, invoices, planned
        # A second pass under tracemalloc for the peak memory (it slows everything down).
        tracemalloc.start()
        clients, invoices = store.policy_inputs("Europe/Paris")
        planned = forecast(clients, invoices, policy, NOW, until)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        store.close()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "invoices": args.invoices, "days": args.days, "reminders_planned": len(planned),
        "build_s": round(built, 2), "load_s": round(loaded, 2), "forecast_s": round(planned_s, 2),
        "plan_total_s": round(loaded + planned_s, 2),
        "peak_traced_mb": round(peak / 2**20, 1), "max_rss_mb": round(rss_mb, 1),
    }
    print(f"{args.invoices} invoices, {len(planned)} reminders in {args.days} days")
    print(f"load {loaded:.2f} s, forecast {planned_s:.2f} s; peak traced {peak / 2**20:.1f} MiB,"
          f" max RSS {rss_mb:.1f} MiB")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
