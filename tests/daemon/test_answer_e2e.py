"""A client asks for the invoice and the bank details; with `[inbox] answer_requests` a real
`dunnerd run` answers through the outbox: once, with the PDF and the IBAN, to the client's own
address, and the same bytes in the owner's Sent folder. The same request delivered twice gets
one answer."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import hashlib
from pathlib import Path

import pytest
from sqlmodel import select

from dunnerd.ledger.models import InboundMessage, Reminder
from dunnerd.states import InvoiceStatus, ReminderState
from tests.daemon.rig import DaemonRig, wait_until
from tests.mailservers.dovecot import DovecotServer
from tests.mailservers.smtp import SmtpServer

pytestmark = pytest.mark.mailserver

ANSWER = """
[inbox]
answer_requests = true
"""
REQUEST = (b"From: ACME Billing <client+acme@example.test>\r\nTo: owner@example.test\r\n"
           b"Subject: Facture F-1\r\nMessage-ID: <request-1@example.test>\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
           b"Bonjour, pourriez-vous me renvoyer la facture F-1 et votre RIB ? Merci\r\n")


def _answers(rig: DaemonRig) -> list[Reminder]:
    store = rig.store()
    try:
        with store.session() as s:
            return list(s.exec(select(Reminder).where(Reminder.step == "answer")))
    finally:
        store.close()


def _inbound(rig: DaemonRig) -> int:
    store = rig.store()
    try:
        with store.session() as s:
            return len(list(s.exec(select(InboundMessage.id).where(
                InboundMessage.message_id == "<request-1@example.test>"))))
    finally:
        store.close()


def test_a_request_is_answered_once_with_a_copy_in_sent(
        tmp_path: Path, dovecot: DovecotServer, smtp_server: SmtpServer) -> None:
    rig = DaemonRig(tmp_path, dovecot, smtp_server, ANSWER)
    try:
        pdf = tmp_path / "F-1.pdf"
        pdf.write_bytes(b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n")
        today = dt.datetime.now(dt.UTC).date()
        assert rig.cli("client", "add", "acme", "--name", "ACME SA",
                       "--email", "client+acme@example.test", "--language", "fr") == 0
        assert rig.cli("invoice", "add", "F-1", "--client", "acme", "--amount", "980.00",
                       "--issued", str(today), "--due", str(today + dt.timedelta(days=20)),
                       "--pdf", str(pdf)) == 0
        daemon = rig.start_ready()
        dovecot.deliver("owner", REQUEST)

        def filed() -> Reminder | None:
            rows = _answers(rig)
            return rows[0] if rows and rows[0].state is ReminderState.FILED else None

        answer = wait_until(filed, 30, "the answer to be sent and filed")
        [received] = dovecot.wait_for_messages("client", count=1, timeout=10).values()
        message = email.message_from_bytes(received, policy=email.policy.default)
        assert message["Message-ID"] == answer.message_id
        assert message["In-Reply-To"] == "<request-1@example.test>"
        assert "FR76 3000 6000 0112 3456 7890 189" in message.get_body(("plain",)).get_content()
        assert [p.get_filename() for p in message.iter_attachments()] == ["F-1.pdf"]
        sent = dovecot.wait_for_messages("owner", folder="Sent", count=1, timeout=10)
        assert [hashlib.sha256(raw).hexdigest() for raw in sent.values()] == [answer.sha256]

        # The same request again (a second copy in the inbox): no second answer.
        dovecot.deliver("owner", REQUEST)
        wait_until(lambda: _inbound(rig) == 2, 15, "the second copy to be read")
        assert len(_answers(rig)) == 1
        assert dovecot.message_count("client") == 1
        store = rig.store()
        try:
            assert store.get_invoice("F-1").status is InvoiceStatus.PAUSED
        finally:
            store.close()
        assert rig.stop(daemon) == 0
    finally:
        rig.cleanup()
