"""`dunnerd demo`: the whole dunning engine on embedded defaults, with nothing to set up.

It writes a throw-away config and SQLite ledger in a temporary directory, adds a few sample
clients and invoices at different lateness, and runs the real commands on them: the forecast
(`plan`), a look at one invoice, and the rendered reminders of each step in French and
English. Nothing is sent and nothing is left behind.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

DEMO_CONFIG = """\
# A throw-away configuration written by `dunnerd demo`.
state_dir = "{state_dir}"

[owner]
name = "Camille Martin"
company = "Martin Conseil"
address = "12 rue des Lilas, 69003 Lyon"
email = "camille@martin-conseil.example"
phone = "+33 6 12 34 56 78"
iban = "FR76 3000 6000 0112 3456 7890 189"
bic = "AGRIFRPP"
language = "fr"
timezone = "Europe/Paris"

[policy]
holiday_country = "FR"
"""

# (number, client, email, amount, currency, days late) — the demo's ledger.
SAMPLE_INVOICES = (
    ("2026-101", "Boulangerie Dupont", "compta@dupont.example", "480.00", "EUR", 2),
    ("2026-087", "Boulangerie Dupont", "compta@dupont.example", "1250.00", "EUR", 16),
    ("2026-064", "Atelier Garnier", "factures@garnier.example", "3600.00", "EUR", 41),
    ("2026-041", "Northwind Ltd", "ap@northwind.example", "2200.00", "GBP", 60),
    ("2026-112", "Northwind Ltd", "ap@northwind.example", "900.00", "GBP", -10),
)


def _write_ledger(folder: Path, today: dt.date) -> Path:
    rows = ["number,client,email,amount,currency,issued,due"]
    for number, client, email, amount, currency, late in SAMPLE_INVOICES:
        due = today - dt.timedelta(days=late)
        rows.append(f"{number},{client},{email},{amount},{currency},"
                    f"{due - dt.timedelta(days=30)},{due}")
    path = folder / "invoices.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def run_demo(main: Callable[[Sequence[str]], int], now: dt.datetime,
             say: Callable[[str], None]) -> int:
    """Run the demo through `main` (the CLI entry); returns the first failing status or 0."""
    with tempfile.TemporaryDirectory(prefix="dunnerd-demo-") as tmp:
        folder = Path(tmp)
        config = folder / "dunnerd.toml"
        config.write_text(DEMO_CONFIG.format(state_dir=folder / "state"), encoding="utf-8")
        config.chmod(0o600)
        base = ["--config", str(config), "--now", now.isoformat()]
        csv_file = _write_ledger(folder, now.date())
        steps: list[tuple[str, list[str]]] = [
            ("Import the ledger", ["invoice", "import", str(csv_file)]),
            ("Northwind writes in English", ["client", "edit", "northwind-ltd", "--language",
                                             "en", "--timezone", "Europe/London",
                                             "--country", "GB"]),
            ("Dupont paid part of one invoice", ["invoice", "paid", "2026-087", "--amount",
                                                 "250", "--reason", "bank transfer"]),
            ("The forecast for the next 60 days", ["plan", "--days", "60"]),
            ("One invoice in detail", ["invoice", "show", "2026-087"]),
            ("Friendly reminder, in French", ["preview", "2026-101", "--step", "friendly"]),
            ("Firm reminder, in French", ["preview", "2026-087", "--step", "firm"]),
            ("Final demand, in English", ["preview", "2026-041", "--step", "final"]),
            ("The ledger at a glance", ["status"]),
        ]
        for title, argv in steps:
            say(f"\n=== {title}: dunnerd {' '.join(argv)}")
            status = main(base + argv)
            if status != 0:
                say(f"demo step failed with status {status}")
                return status
        say("\nNothing was sent: `dunnerd run` sends these once a mail server is configured.")
    return 0
