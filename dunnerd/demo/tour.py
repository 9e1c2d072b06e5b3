"""`dunnerd demo`: the whole of dunnerd on embedded defaults, with nothing to set up.

It starts an IMAP and an SMTP server inside the process on loopback (dunnerd.demo.servers), writes
a throw-away config and SQLite ledger in a temporary directory, imports sample invoices at
different lateness, shows the forecast, runs the real daemon until the reminders are sent and
filed in the Sent folder, has one client reply (a promise to pay, read with its date), checks the
Sent-folder proof, and stops. One client's invoice already had its three reminders (sample history
written into the ledger, its inbox and the owner's Sent folder before the daemon starts): it
reaches the formal notice, and the demo prints where its PDF is (kept in the system's temporary
folder) and the penalties' breakdown. It ends with the hand-off dossier of the most overdue client
(kept there too), its files listed and verified. It ends by itself within a minute and leaves
nothing else behind.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import secrets
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from dunnerd.clock import Clock
from dunnerd.config.load import load_config
from dunnerd.daemon.service import Daemon
from dunnerd.demo.legal_tour import show_dossier, write_history
from dunnerd.demo.servers import DemoAccount, DemoMailServers
from dunnerd.ledger.store import Store
from dunnerd.legal.notices import latest_for_invoice
from dunnerd.states import InvoiceStatus, ReminderState

OWNER = "camille"
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
siren = "732 829 320"
profession = "consultante"
nationality = "française"
language = "fr"
timezone = "Europe/Paris"

[imap]
host = "127.0.0.1"
port = {imap_port}
security = "tls"
username = "camille"
password_file = "{password_file}"
ca_file = "{ca_file}"

[smtp]
host = "127.0.0.1"
port = {smtp_port}
security = "starttls"
username = "camille"
password_file = "{password_file}"
ca_file = "{ca_file}"

[policy]
holiday_country = "FR"

# The demo runs whatever the day and hour; a real owner keeps office hours (the default).
[policy.send_window]
start = "00:00"
end = "24:00"
business_days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
skip_holidays = false
"""

# (number, client, mailbox user, amount, currency, days late) — the demo's ledger.
SAMPLE_INVOICES = (
    ("2026-101", "Boulangerie Dupont", "dupont", "480.00", "EUR", 2),
    ("2026-087", "Boulangerie Dupont", "dupont", "1250.00", "EUR", 16),
    ("2026-064", "Atelier Garnier", "garnier", "3600.00", "EUR", 41),
    ("2026-041", "Northwind Ltd", "northwind", "2200.00", "GBP", 60),
    ("2026-112", "Northwind Ltd", "northwind", "900.00", "GBP", -10),
    ("2026-023", "Studio Lumière", "lumiere", "2880.00", "EUR", 70),
)
# The client whose invoice reaches the formal notice, with its identity (CSV columns).
NOTICE_INVOICE = "2026-023"
NOTICE_USER = "lumiere"
NOTICE_IDENTITY = ("business", "Studio Lumière SARL", "8 quai Saint-Vincent | 69001 Lyon",
                   "732829320")
# Its history before the demo: (step, days ago) of the reminders it already got.
NOTICE_HISTORY = (("friendly", 60), ("firm", 45), ("final", 12))
CLIENT_DOMAIN = "clients.example"
DEADLINE_S = 45.0

Say = Callable[[str], None]
Main = Callable[[Sequence[str]], int]


def _write_ledger(folder: Path, today: dt.date) -> Path:
    rows = ["number,client,email,amount,currency,issued,due,kind,legal_name,address,siren"]
    for number, client, user, amount, currency, late in SAMPLE_INVOICES:
        due = today - dt.timedelta(days=late)
        identity = ",".join(NOTICE_IDENTITY) if number == NOTICE_INVOICE else ",,,"
        rows.append(f"{number},{client},{user}@{CLIENT_DOMAIN},{amount},{currency},"
                    f"{due - dt.timedelta(days=30)},{due},{identity}")
    path = folder / "invoices.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _reminders(store: Store) -> list[tuple[str, str, ReminderState, str | None]]:
    rows = []
    for invoice in store.list_invoices():
        for r in store.reminders_for_invoice(invoice.id or 0):
            rows.append((invoice.number, r.step, r.state, r.message_id))
    return sorted(rows)


async def _wait(condition: Callable[[], bool], deadline: float) -> bool:
    while time.monotonic() < deadline:
        if await asyncio.to_thread(condition):
            return True
        await asyncio.sleep(0.2)
    return False


class Demo:
    def __init__(self, folder: Path, main: Main, clock: Clock, say: Say) -> None:
        self.folder = folder
        self.main = main
        self.clock = clock
        self.say = say
        self.config_path = folder / "dunnerd.toml"

    def cli(self, title: str, *argv: str) -> int:
        self.say(f"\n=== {title}: dunnerd {' '.join(argv)}")
        return self.main(["--config", str(self.config_path), *argv])

    async def run(self) -> int:
        password = secrets.token_urlsafe(12)
        users = {OWNER, *(row[2] for row in SAMPLE_INVOICES)}
        accounts = [DemoAccount(user, password, f"{user}@{CLIENT_DOMAIN}") for user in users
                    if user != OWNER]
        accounts.append(DemoAccount(OWNER, password, "camille@martin-conseil.example"))
        async with DemoMailServers(self.folder, accounts) as servers:
            secret = self.folder / "password"
            secret.write_text(password + "\n")
            secret.chmod(0o600)
            self.config_path.write_text(DEMO_CONFIG.format(
                state_dir=self.folder / "state", imap_port=servers.imap_port,
                smtp_port=servers.smtp_port, password_file=secret, ca_file=servers.ca_file))
            self.config_path.chmod(0o600)
            self.say(f"Mail servers on loopback: IMAP 127.0.0.1:{servers.imap_port}, "
                     f"SMTP 127.0.0.1:{servers.smtp_port}")
            csv_file = _write_ledger(self.folder, self.clock.now().date())
            for title, argv in (("Import the ledger", ["invoice", "import", str(csv_file)]),
                                ("Northwind writes in English",
                                 ["client", "edit", "northwind-ltd", "--language", "en"])):
                status = self.cli(title, *argv)
                if status != 0:
                    return status
            config = load_config(self.config_path)
            store = Store(config.database_url, self.clock)
            try:
                write_history(store, config, servers, OWNER, NOTICE_USER, NOTICE_INVOICE,
                              NOTICE_HISTORY, self.clock.now())
            finally:
                store.close()
            self.say(f"(sample history: invoice {NOTICE_INVOICE} of Studio Lumière already got "
                     "its friendly, firm and final reminders, the final one 12 days ago)")
            status = self.cli("The forecast for the next 60 days", "plan", "--days", "60")
            if status != 0:
                return status
            return await self._daemon(servers)

    async def _daemon(self, servers: DemoMailServers) -> int:
        config = load_config(self.config_path)
        daemon = Daemon(config, self.clock, witness_grace=2.0)
        self.say("\n=== The daemon starts (dunnerd run)")
        task = asyncio.create_task(daemon.run())
        store = Store(config.database_url, self.clock)
        deadline = time.monotonic() + DEADLINE_S
        try:
            def all_filed() -> bool:
                rows = _reminders(store)
                sent = {r[3] for r in rows if r[0] != NOTICE_INVOICE}  # not the history
                return len(sent) >= 3 and all(
                    r[2] in (ReminderState.FILED, ReminderState.RECORDED) for r in rows)
            if not await _wait(all_filed, deadline):
                self.say("the reminders were not all sent in time: see the log above")
                return 1
            for number, step, state, message_id in _reminders(store):
                self.say(f"  {number}: {step} {state.value} {message_id or ''}")
            sent = servers.folder_messages(OWNER, "Sent")
            self.say(f"The owner's Sent folder holds {len(sent)} messages: the exact bytes sent.")
            for user in ("dupont", "garnier", "northwind"):
                self.say(f"  {user}@{CLIENT_DOMAIN} received "
                         f"{len(servers.folder_messages(user, 'INBOX'))} message(s)")

            if not await self._notice(store, servers, deadline):
                return 1
            target = next(r for r in _reminders(store) if r[0] == "2026-064")
            self.say("\n=== Atelier Garnier replies to its reminder")
            servers.deliver(OWNER, (
                f"From: Atelier Garnier <garnier@{CLIENT_DOMAIN}>\r\n"
                f"To: camille@martin-conseil.example\r\nSubject: Re: facture 2026-064\r\n"
                f"Message-ID: <reply-{secrets.token_hex(4)}@{CLIENT_DOMAIN}>\r\n"
                f"In-Reply-To: {target[3]}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                "Bonjour, le virement part demain, désolé pour le retard.\r\n").encode())
            paused = await _wait(
                lambda: store.get_invoice("2026-064").status is InvoiceStatus.PROMISED, deadline)
            promised = store.get_invoice("2026-064").promised_until
            self.say(f"invoice 2026-064 is now promised until {promised}: no reminder before "
                     "that day plus the grace days, then escalation resumes by itself"
                     if paused else "the reply was not seen in time")
            status = await asyncio.to_thread(self.cli, "The Sent-folder proof", "proof",
                                             "2026-087")
            await asyncio.to_thread(self.cli, "The invoice's history", "invoice", "show",
                                    "2026-064")
            dossier = await asyncio.to_thread(show_dossier, store, self.cli, self.say,
                                              NOTICE_INVOICE)
            return 0 if paused and status == 0 and dossier else 1
        finally:
            daemon.stop.set()
            await asyncio.wait_for(task, 20)
            store.close()
            self.say("\nThe daemon stopped. Nothing else is left behind but the letter and "
                     "the dossier named above: the demo's servers, database and mail were all "
                     "temporary.")


    async def _notice(self, store: Store, servers: DemoMailServers, deadline: float) -> bool:
        """The formal notice the daemon made at the step: kept as a file, with its breakdown."""
        self.say(f"\n=== Invoice {NOTICE_INVOICE} reached the formal notice (mise en demeure)")
        notice = None

        def made() -> bool:
            nonlocal notice
            notice = latest_for_invoice(store, NOTICE_INVOICE)
            return notice is not None
        alerted = await _wait(made, deadline) and await _wait(lambda: any(
            b"Formal notice ready" in raw for raw in servers.folder_messages(OWNER, "INBOX")),
            deadline)
        if notice is None or not alerted:
            self.say("the formal notice was not made in time: see the log above")
            return False
        handle, name = tempfile.mkstemp(prefix="dunnerd-demo-", suffix=f"-{notice.file_name}")
        with os.fdopen(handle, "wb") as file:
            file.write(notice.pdf)
        self.say(f"The daemon made the letter and emailed it to the owner, as an alert with the "
                 f"PDF attached. A copy is kept for you to open (delete it when done):\n  {name}"
                 f"\n  {len(notice.pdf)} bytes, SHA-256 {notice.sha256}")
        await asyncio.to_thread(self.cli, "The penalties' breakdown", "invoice", "show",
                                NOTICE_INVOICE)
        return True


def run_demo(main: Main, clock: Clock, say: Say) -> int:
    with tempfile.TemporaryDirectory(prefix="dunnerd-demo-") as tmp:
        return asyncio.run(Demo(Path(tmp), main, clock, say).run())
