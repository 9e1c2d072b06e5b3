"""The legal path's costs: the penalties of 100,000 invoices (pure computation, with partial
payments and delays across half-years), and one formal notice as a PDF (time, size).

    python bench/legal_bench.py [--invoices 100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from decimal import Decimal

from dunnerd.config.load import parse_config
from dunnerd.ledger.models import Client, Invoice
from dunnerd.legal.notice_model import SentReminder, build_content
from dunnerd.legal.notice_pdf import render_pdf
from dunnerd.legal.notice_text import render_blocks
from dunnerd.legal.penalties import Claim, Payment, compute
from dunnerd.legal.rates import rate_table

PENALTIES_LIMIT_S = 10.0  # a daily pass over a large ledger must stay a background chore
NOTICE_LIMIT_S, NOTICE_LIMIT_BYTES = 2.0, 200_000


def bench_penalties(count: int) -> None:
    rng = random.Random(12)
    table = rate_table()
    as_of = dt.date(2026, 12, 4)
    claims = []
    for i in range(count):
        due = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(1400))
        payments = tuple(Payment(due + dt.timedelta(days=rng.randrange(-10, 300)),
                                 rng.randrange(1, 50_000)) for _ in range(rng.randrange(3)))
        claims.append(Claim(f"B-{i}", "EUR", rng.randrange(1_000, 5_000_000), due,
                            payments=payments, indemnity_cents=4000,
                            contractual_rate=Decimal(12) if i % 5 == 0 else None))
    start = time.perf_counter()
    total = sum(compute(claim, table, as_of).interest_cents for claim in claims)
    elapsed = time.perf_counter() - start
    print(f"penalties: {count} invoices in {elapsed:.2f} s "
          f"({elapsed / count * 1e6:.1f} us each; limit {PENALTIES_LIMIT_S:.0f} s); "
          f"checksum {total}")


def bench_notice() -> None:
    config = parse_config({"state_dir": "/tmp/dunnerd-bench", "owner": {
        "name": "Camille Martin", "company": "Martin Conseil", "email": "c@example.test",
        "address": "12 rue des Lilas\n69003 Lyon", "siren": "732 829 320",
        "iban": "FR76 3000 6000 0112 3456 7890 189", "language": "fr"}}, None)
    client = Client(id=1, key="acme", name="ACME SA", legal_name="ACME SAS",
                    address="1 avenue de l'Opéra\n75001 Paris", siren="732829320")
    invoices = [Invoice(id=i, number=f"F-2026-0{i:02d}", client_id=1, issued=dt.date(2026, 5, i),
                        due=dt.date(2026, 6, i), amount_cents=100_000 * i) for i in range(1, 4)]
    table = rate_table()
    today = dt.date(2026, 12, 4)
    figures = {inv.id or 0: compute(Claim(inv.number, "EUR", inv.amount_cents, inv.due,
                                          indemnity_cents=4000), table, today)
               for inv in invoices}
    reminders = [SentReminder(dt.date(2026, 6, 2), "friendly", ("F-2026-001",))]
    times = []
    for _ in range(5):
        start = time.perf_counter()
        content = build_content(config, client, invoices, figures, reminders, today, True)
        pdf = render_pdf(content, render_blocks(content, None), author="Camille Martin")
        times.append(time.perf_counter() - start)
    print(f"notice PDF: first {times[0]:.3f} s, median of 5 {sorted(times)[2]:.3f} s "
          f"(limit {NOTICE_LIMIT_S:.0f} s); {len(pdf)} bytes (limit {NOTICE_LIMIT_BYTES})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--invoices", type=int, default=100_000)
    args = parser.parse_args()
    bench_penalties(args.invoices)
    bench_notice()


if __name__ == "__main__":
    main()
