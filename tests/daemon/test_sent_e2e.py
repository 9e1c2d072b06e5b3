"""End to end: the owner emails a Factur-X invoice to a client through the real SMTP server and
files its copy in Sent, as a mail program does; a running `dunnerd run` with `[intake]
watch_sent = true` finds it there, adds it linked to that email, and sends its reminder,
threaded to the invoice email; its own reminder, filed in Sent, is not taken for an invoice;
and a client's reply in the invoice's thread pauses it. Real clock: dates relative to today."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import smtplib
from pathlib import Path

import pytest
from sqlmodel import select

from dunnerd.ledger.models import Event, MailboxState
from dunnerd.states import ReminderState
from tests.daemon.rig import DaemonRig, wait_until
from tests.intake.samples import BUYER, OWNER_SIREN, cii, email_with, facturx_pdf, invoice_data

pytestmark = pytest.mark.mailserver

CLIENT = "client+sent@example.test"


def _sent_folder_read(rig: DaemonRig) -> bool:
    store = rig.store()
    try:
        with store.session() as s:
            return s.get(MailboxState, "Sent") is not None
    finally:
        store.close()


def test_an_invoice_emailed_to_a_client_gets_its_reminders(rig: DaemonRig) -> None:
    text = rig.config.read_text().replace("[owner]\n", f'[owner]\nsiren = "{OWNER_SIREN}"\n', 1)
    rig.config.write_text(text + "\n[intake]\nwatch_sent = true\n")
    daemon = rig.start_ready()
    # The folder's first reading is over (an empty folder): what comes now is new mail.
    wait_until(lambda: _sent_folder_read(rig), 30, "the first reading of the Sent folder")

    today = dt.datetime.now(dt.UTC).date()
    pdf = facturx_pdf(cii(invoice_data(
        number="S-2026-001", issued=today - dt.timedelta(days=40),
        due=today - dt.timedelta(days=10), total="1500.00",
        buyer={**BUYER, "email": CLIENT})), "S-2026-001")
    raw = email_with([("S-2026-001.pdf", pdf)], to=CLIENT, message_id="<invoice-s1@example.test>",
                     subject="Facture S-2026-001")
    with smtplib.SMTP(rig.smtp.host, rig.smtp.port, timeout=10) as smtp:
        smtp.starttls(context=rig.smtp.ssl_context())
        smtp.login("owner", rig.dovecot.passwords["owner"])
        smtp.sendmail("owner@example.test", [CLIENT], raw)
    with rig.dovecot.imap_client("owner") as client:  # the mail program files its copy
        client.append("Sent", raw, flags=("\\Seen",))

    # Seen at once through IDLE, or at the latest at the next resync (SENT_IDLE_SECONDS) if
    # the server's notification was lost on the way in.
    wait_until(lambda: ("S-2026-001", "friendly", ReminderState.FILED) in rig.reminders(), 90,
               f"the reminder of the emailed invoice: {rig.log.read_text()[-3000:]}")
    store = rig.store()
    try:
        invoice = store.get_invoice("S-2026-001")
        assert invoice.message_id == "<invoice-s1@example.test>"
        assert invoice.amount_cents == 150_000 and invoice.pdf_path
        assert Path(invoice.pdf_path).read_bytes() == pdf
        [reminder] = store.reminders_for_invoice(invoice.id or 0)
    finally:
        store.close()
    inbox = rig.dovecot.wait_for_messages("client", count=2, timeout=10)
    [copy] = [m for m in inbox.values() if reminder.message_id and
              reminder.message_id.encode() in m]
    parsed = email.message_from_bytes(copy, policy=email.policy.default)
    assert parsed["In-Reply-To"] == "<invoice-s1@example.test>"  # threaded to the invoice
    assert [p.get_filename() for p in parsed.iter_attachments()] == [
        Path(invoice.pdf_path).name]

    # The reminder's own copy in Sent (the same PDF attached) is not an invoice. Read for
    # sure at the next start, whatever became of the server's notification meanwhile.
    rig.dovecot.wait_for_messages("owner", folder="Sent", count=2, timeout=10)
    assert rig.stop(daemon) == 0
    daemon = rig.start_ready()
    wait_until(lambda: _last_uid(rig) >= 2, 30, "the reminder's copy read in Sent")
    store = rig.store()
    try:
        assert [i.number for i in store.list_invoices()] == ["S-2026-001"]
        assert len(store.reminders_for_invoice(invoice.id or 0)) == 1
        with store.session() as s:
            assert s.exec(select(Event).where(Event.kind == "intake.needs_import")).all() == []
    finally:
        store.close()

    # A reply to the invoice email pauses it.
    reply = (f"From: Atelier <{CLIENT}>\r\nTo: owner@example.test\r\nSubject: Re: Facture\r\n"
             "Message-ID: <reply-s1@example.test>\r\nIn-Reply-To: <invoice-s1@example.test>\r\n"
             "\r\nOn regarde et on revient vers vous.\r\n").encode()
    rig.dovecot.deliver("owner", reply)
    wait_until(lambda: _status(rig, "S-2026-001") == "paused", 30, "the invoice paused")
    assert rig.stop(daemon) == 0


def _last_uid(rig: DaemonRig) -> int:
    store = rig.store()
    try:
        with store.session() as s:
            state = s.get(MailboxState, "Sent")
            return state.last_uid if state else 0
    finally:
        store.close()


def _status(rig: DaemonRig, number: str) -> str:
    store = rig.store()
    try:
        return store.get_invoice(number).status.value
    finally:
        store.close()
