"""The formal-notice step in a real `dunnerd run` against Dovecot and SMTP: the notice is made
and stored, the owner's alert carries the PDF, and with legal.email_notice the client gets the
notice exactly once, with a copy in the owner's Sent folder."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from pathlib import Path

import pytest

from dunnerd.ledger.models import Reminder
from dunnerd.legal.notices import latest_for_invoice
from dunnerd.states import ReminderState
from tests.daemon.rig import DaemonRig, add_invoices, wait_until

pytestmark = pytest.mark.mailserver


def _history(rig: DaemonRig, number: str) -> None:
    """The invoice already got its three reminders, the final one 10 days ago."""
    store = rig.store()
    try:
        invoice = store.get_invoice(number)
        now = dt.datetime.now(dt.UTC)
        with store.session() as s:
            for step, days in (("friendly", 50), ("firm", 35), ("final", 10)):
                s.add(Reminder(invoice_id=invoice.id or 0, client_id=invoice.client_id,
                               step=step, planned_at=now - dt.timedelta(days=days),
                               sent_at=now - dt.timedelta(days=days), state=ReminderState.FILED,
                               message_id=f"<history-{step}-{number}@example.test>"))
    finally:
        store.close()


def _pdf_parts(raw: bytes) -> list[bytes]:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return [part.get_payload(decode=True) for part in msg.walk()
            if part.get_content_type() == "application/pdf"]


def test_the_step_makes_the_notice_alerts_with_it_and_emails_it_once(
        rig: DaemonRig, tmp_path: Path) -> None:
    with rig.config.open("a") as config:
        config.write("\n[legal]\nemail_notice = true\n")
    add_invoices(rig, tmp_path, {"N60": 60})
    _history(rig, "N60")
    daemon = rig.start_ready()
    store = rig.store()
    try:
        notice = wait_until(lambda: latest_for_invoice(store, "N60"), 30,
                            f"the notice: {rig.log.read_text()[-3000:]}")
        wait_until(lambda: ("N60", "formal_notice_email", ReminderState.FILED)
                   in rig.reminders(), 30, f"the notice's email filed: {rig.reminders()}")
    finally:
        store.close()
    inbox = rig.dovecot.wait_for_messages("client", count=1, timeout=10)
    (raw,) = inbox.values()
    assert _pdf_parts(raw) == [notice.pdf]
    owner = rig.dovecot.wait_for_messages("owner", count=1, timeout=10,
                                          criteria=["SUBJECT", "Formal notice ready"])
    (alert,) = owner.values()
    assert _pdf_parts(alert) == [notice.pdf]
    assert b"dunnerd notice sent N60" in alert.replace(b"=\r\n", b"")
    sent = rig.dovecot.wait_for_messages("owner", folder="Sent", count=1, timeout=10)
    assert any(_pdf_parts(copy) == [notice.pdf] for copy in sent.values())
    # Exactly once: a restart makes no second notice and sends nothing more.
    assert rig.stop(daemon) == 0
    daemon = rig.start_ready()
    assert rig.stop(daemon) == 0
    assert rig.dovecot.message_count("client") == 1
    assert [r for r in rig.reminders() if r[0] == "N60"] == [
        ("N60", "final", ReminderState.FILED), ("N60", "firm", ReminderState.FILED),
        ("N60", "formal_notice", ReminderState.RECORDED),
        ("N60", "formal_notice_email", ReminderState.FILED),
        ("N60", "friendly", ReminderState.FILED)]
