"""One hand-off dossier: a client with 3 invoices (each with its PDF) and their 9 reminders as
the daemon composes them (the invoice attached), every copy in a real Dovecot's Sent folder,
a reply, a partial payment and a formal notice. Times building the dossier with the Sent-folder
check (one IMAP session: a SEARCH, a FETCH per copy) and without it, and its size.

    python bench/dossier_bench.py [--runs 5] [--pdf-kb 60]

The limits: the daemon builds a dossier inside a pass (on a worker thread, holding the pass's
lock, so a reply that comes meanwhile is acted on only after it), and the owner's alert carries
the ZIP up to 10 MB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from imapclient.imapclient import SEEN  # noqa: E402

from dunnerd.clock import FixedClock  # noqa: E402
from dunnerd.config.load import load_config  # noqa: E402
from dunnerd.daemon.handoff_step import ATTACH_UP_TO  # noqa: E402
from dunnerd.dunning.render import Renderer  # noqa: E402
from dunnerd.ledger.models import Client, InboundMessage, Invoice, Reminder  # noqa: E402
from dunnerd.ledger.store import Store  # noqa: E402
from dunnerd.legal import notices  # noqa: E402
from dunnerd.legal.dossier import assemble, save  # noqa: E402
from dunnerd.legal.evidence import mailbox_opener  # noqa: E402
from dunnerd.mail.compose import compose_reminder, make_message_id  # noqa: E402
from dunnerd.mail.reminder_context import reminder_context  # noqa: E402
from dunnerd.states import ReminderState  # noqa: E402
from tests.mailservers.dovecot import DovecotServer  # noqa: E402

TIME_LIMIT_S = 5.0
NOW = dt.datetime(2026, 12, 20, 9, 0, tzinfo=dt.UTC)
CONFIG = """\
state_dir = "{state}"
[owner]
name = "Camille Martin"
company = "Martin Conseil"
email = "owner@example.test"
address = "12 rue des Lilas\\n69003 Lyon"
siren = "732 829 320"
iban = "FR76 3000 6000 0112 3456 7890 189"
language = "fr"
timezone = "Europe/Paris"
[imap]
host = "127.0.0.1"
port = {port}
security = "tls"
username = "owner"
password_file = "{password}"
ca_file = "{ca}"
"""


def seed(store: Store, config_path: Path, dovecot: DovecotServer, folder: Path,
         pdf_kb: int) -> list[str]:
    config = load_config(config_path)
    clock = store.clock
    assert isinstance(clock, FixedClock)
    clock.set(NOW - dt.timedelta(days=120))
    client = store.add_client(Client(
        key="acme", name="ACME SA", emails=["client@example.test"], legal_name="ACME SAS",
        address="1 avenue de l'Opéra\n75001 Paris", siren="732829320", legal_form="SAS"))
    renderer = Renderer(None)
    numbers = []
    copies = []
    for i, due in enumerate((dt.date(2026, 9, 14), dt.date(2026, 9, 30),
                             dt.date(2026, 10, 15)), start=1):
        pdf = folder / f"F-{i}.pdf"
        pdf.write_bytes(b"%PDF-1.4\n" + os.urandom(pdf_kb * 1024))
        invoice = store.add_invoice(Invoice(
            number=f"F-{i}", client_id=client.id or 0, issued=due - dt.timedelta(days=30),
            due=due, amount_cents=120_000 * i, pdf_path=str(pdf)))
        numbers.append(invoice.number)
        with store.session() as s:
            for n, (step, days) in enumerate((("friendly", 1), ("firm", 15), ("final", 40))):
                at = dt.datetime.combine(due + dt.timedelta(days=days), dt.time(9),
                                         tzinfo=dt.UTC)
                raw = compose_reminder(
                    owner=config.owner, to=client.emails, cc=[], client_name=client.name,
                    rendered=renderer.render(reminder_context(config, client, [invoice], step,
                                                              at.date(), n)),
                    message_id=make_message_id("example.test", now=at), date=at,
                    invoice_numbers=[invoice.number], attachments=[pdf])
                message_id = raw.split(b"Message-ID: ", 1)[1].split(b"\r\n", 1)[0].decode()
                s.add(Reminder(invoice_id=invoice.id or 0, client_id=client.id or 0,
                               step=step, planned_at=at, sent_at=at, state=ReminderState.FILED,
                               group_key=message_id, message_id=message_id, raw_message=raw,
                               sha256=hashlib.sha256(raw).hexdigest()))
                copies.append(raw)
            for step, days in (("formal_notice", 20), ("handoff", 0)):
                s.add(Reminder(invoice_id=invoice.id or 0, client_id=client.id or 0, step=step,
                               planned_at=NOW - dt.timedelta(days=days),
                               sent_at=NOW - dt.timedelta(days=days),
                               state=ReminderState.RECORDED))
    with dovecot.imap_client("owner") as imap:
        for raw in copies:
            imap.append("Sent", raw, flags=[SEEN])
    with store.session() as s:
        s.add(InboundMessage(folder="INBOX", uidvalidity=1, uid=1, message_id="<r@x>",
                             received_at=NOW - dt.timedelta(days=50),
                             from_address="client@example.test", subject="Re: F-1",
                             kind="human_reply", invoice_id=1, client_id=client.id,
                             raw=b"From: client@example.test\r\nMessage-ID: <r@x>\r\n\r\nsoon\r\n"))
    clock.set(NOW - dt.timedelta(days=30))
    store.record_payment("F-2", 10_000, actor="cli", reason="virement partiel")
    clock.set(NOW - dt.timedelta(days=15))
    notices.generate(store, config, client.id or 0, numbers, actor="daemon")
    notices.mark_sent(store, config, "F-1", (NOW - dt.timedelta(days=14)).date(), "1A0000000")
    clock.set(NOW)
    return numbers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pdf-kb", type=int, default=60, help="size of each invoice's PDF")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="dunnerd-bench-"))
    # Its own folder right under /tmp: Dovecot's unprivileged processes must reach it.
    mail_dir = Path(tempfile.mkdtemp(prefix="dunnerd-bench-mail-"))
    dovecot = DovecotServer.start(mail_dir)
    try:
        password = workdir / "owner.password"
        password.write_text(dovecot.users["owner"])
        password.chmod(0o600)
        config_path = workdir / "dunnerd.toml"
        config_path.write_text(CONFIG.format(state=workdir / "state", port=dovecot.imaps_port,
                                             password=password, ca=dovecot.ca_cert_path))
        config_path.chmod(0o600)
        config = load_config(config_path)
        store = Store(f"sqlite:///{workdir / 'ledger.sqlite3'}", FixedClock(NOW))
        numbers = seed(store, config_path, dovecot, workdir, args.pdf_kb)
        client = store.get_client("acme")
        results = {}
        for label, opener in (("with the Sent check", mailbox_opener(config)),
                              ("stored bytes only", None)):
            times = []
            for run in range(args.runs):
                start = time.perf_counter()
                built = assemble(store, config, client, numbers, opener)
                row = save(store, built, workdir / "out" / f"{label[:4]}-{run}", actor="cli")
                times.append(time.perf_counter() - start)
            assert opener is None or built.mailbox.checked, built.mailbox.reason
            results[label] = (times, built, row)
        for label, (times, built, row) in results.items():
            print(f"dossier {label}: first {times[0]:.3f} s, median of {len(times)} "
                  f"{statistics.median(times):.3f} s (limit {TIME_LIMIT_S:.0f} s); "
                  f"{row.size} bytes, {len(built.files)} files (limit {ATTACH_UP_TO} bytes to "
                  f"go with the alert); problems {len(built.problems)}")
        sizes = [len(r.raw_message) for number in numbers for r in
                 store.reminders_for_invoice(store.get_invoice(number).id or 0) if r.raw_message]
        print(f"inputs: 3 invoices, {len(sizes)} reminders of {sum(sizes) // len(sizes)} bytes "
              f"on average (each with its invoice's PDF of {args.pdf_kb} KB attached)")
        store.close()
    finally:
        dovecot.stop()
        shutil.rmtree(workdir, ignore_errors=True)
        shutil.rmtree(mail_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
