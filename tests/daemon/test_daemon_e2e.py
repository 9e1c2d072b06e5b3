"""End to end: a real `dunnerd run` process against the real Dovecot and SMTP servers.

Invoices 2, 16 and 41 days late get exactly one reminder each, the right step; each lands in the
client's inbox and, byte-identical, in the owner's Sent folder; a reply from the client pauses
escalation; a CLI change reaches the running daemon within seconds; a second daemon refuses to
start; a restart does not re-send. The daemon runs on the real clock, so the send window is
every day, every hour, and all dates are relative to the day the test runs.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import re
from pathlib import Path

import pytest

from dunnerd.states import ReminderState
from tests.daemon.rig import DaemonRig, add_invoices, wait_until
from tests.mailservers.dovecot import DovecotServer
from tests.mailservers.smtp import SmtpServer

pytestmark = pytest.mark.mailserver


def test_daemon_sends_files_pauses_and_does_not_resend(rig: DaemonRig, tmp_path: Path) -> None:
    add_invoices(rig, tmp_path, {"A2": 2, "B16": 16, "C41": 41})
    daemon = rig.start_ready()
    expected = [("A2", "friendly", ReminderState.FILED), ("B16", "firm", ReminderState.FILED),
                ("C41", "final", ReminderState.FILED)]
    wait_until(lambda: rig.reminders() == expected, 30, f"three filed reminders: "
               f"{rig.reminders()} / {rig.log.read_text()[-3000:]}")

    inbox = rig.dovecot.wait_for_messages("client", count=3, timeout=10)
    subjects = sorted(str(email.message_from_bytes(raw, policy=email.policy.default)["Subject"])
                      for raw in inbox.values())
    assert len(subjects) == 3
    assert sum("URGENT" in s for s in subjects) == 1
    sent = rig.dovecot.wait_for_messages("owner", folder="Sent", count=3, timeout=10)
    store = rig.store()
    try:
        digests = {r.sha256 for inv in store.list_invoices()
                   for r in store.reminders_for_invoice(inv.id or 0)}
        a2 = store.get_invoice("A2")
        [a2_reminder] = store.reminders_for_invoice(a2.id or 0)
    finally:
        store.close()
    assert {hashlib.sha256(raw).hexdigest() for raw in sent.values()} == digests
    assert rig.cli("proof", "A2") == 0

    # The client replies to the A2 reminder from their own mailbox.
    reply = (f"From: Client A2 <client+a2@example.test>\r\nTo: owner@example.test\r\n"
             f"Subject: Re: reminder\r\nMessage-ID: <reply-a2@example.test>\r\n"
             f"In-Reply-To: {a2_reminder.message_id}\r\n\r\n"
             "We paid last week, I will send the proof.\r\n\r\n> earlier text\r\n").encode()
    rig.dovecot.deliver("owner", reply)
    wait_until(lambda: rig.cli("invoice", "show", "A2", "--json") == 0 and
               _status(rig, "A2") == "paused", 10, "A2 paused by the reply")

    # A change made with the CLI reaches the running daemon within seconds.
    add_invoices(rig, tmp_path, {"D3": 3})
    wait_until(lambda: ("D3", "friendly", ReminderState.FILED) in rig.reminders(), 10,
               "the new invoice's reminder")

    # One daemon per state directory.
    second = rig.start()
    assert second.wait(timeout=20) != 0
    assert "already running" in rig.log.read_text()

    assert rig.stop(daemon) == 0
    before = rig.reminders()
    count = rig.dovecot.message_count("client")
    again = rig.start_ready()
    assert rig.reminders() == before
    assert rig.dovecot.message_count("client") == count == 4
    assert rig.stop(again) == 0


def _status(rig: DaemonRig, number: str) -> str:
    store = rig.store()
    try:
        return store.get_invoice(number).status.value
    finally:
        store.close()


def test_a_provider_that_saves_submissions_to_sent_gets_no_second_copy(
        tmp_path: Path, clean_mailboxes: DovecotServer, database_url: str) -> None:
    """Like Gmail: the server itself puts each accepted message in Sent, through another IMAP
    session, before it answers 250. dunnerd finds that copy and records its UID instead of
    appending its own, in the first batch and in a later one searched without re-selecting."""
    dovecot = clean_mailboxes

    def deliver_and_save(rcpt: str, raw: bytes, mail_from: str = "") -> None:
        dovecot.deliver_to(rcpt, raw, mail_from)
        if "+dunnerd-witness@" in rcpt:  # once per message
            with dovecot.imap_client("owner") as client:
                client.append("Sent", re.sub(rb"\r?\n", b"\r\n", raw), flags=(b"\\Seen",))

    saving = SmtpServer.start(dovecot.tls, dovecot.users, deliver=deliver_and_save)
    rig = DaemonRig(tmp_path, dovecot, saving, database_url=database_url)
    try:
        add_invoices(rig, tmp_path, {"A2": 2, "B16": 16})
        daemon = rig.start_ready()
        wait_until(lambda: {s for *_, s in rig.reminders()} == {ReminderState.FILED}, 30,
                   "the first two filed")
        add_invoices(rig, tmp_path, {"C3": 3})
        wait_until(lambda: len(rig.reminders()) == 3
                   and {s for *_, s in rig.reminders()} == {ReminderState.FILED}, 30,
                   "the third filed")
        assert rig.stop(daemon) == 0
        with dovecot.imap_client("owner") as client:
            client.select_folder("Sent", readonly=True)
            copies = client.fetch(client.search("ALL"), ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
        by_id = {bytes(data[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"]).split(b":", 1)[1].strip()
                 .decode(): int(uid) for uid, data in copies.items()}
        assert len(copies) == len(by_id) == 3, "one copy each: the provider's"
        store = rig.store()
        try:
            filed = {r.message_id: r.sent_folder_uid for inv in store.list_invoices()
                     for r in store.reminders_for_invoice(inv.id or 0)}
        finally:
            store.close()
        assert filed == by_id
    finally:
        rig.cleanup()
        saving.stop()
