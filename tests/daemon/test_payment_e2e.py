"""A forged payment notice never marks anything paid: a real `dunnerd run` against the real
Dovecot, with a trusted bank configured. Each forgery pauses its invoice and alerts the owner."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

from dunnerd.states import InvoiceStatus
from tests.daemon.rig import DaemonRig, add_invoices, wait_until
from tests.mailservers.dovecot import DovecotServer
from tests.mailservers.smtp import SmtpServer

pytestmark = pytest.mark.mailserver

TRUST = """
[inbox]
authserv_id = "mx.owner.example"

[[trusted_senders]]
address = "@bank.example"
name = "The Bank"
"""


def notice(number: str, extra_headers: str = "", sender: str = "alerts@bank.example") -> bytes:
    return (f"{extra_headers}From: The Bank <{sender}>\r\nTo: owner@example.test\r\n"
            f"Subject: Payment received\r\nMessage-ID: <pay-{number}@bank.example>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            f"You have received a payment of EUR 1500.00.\r\nReference: {number}\r\n").encode()


FORGERIES = {
    # The right From, no authentication at all.
    "F1": "",
    # A pass from somebody else's server: not our authserv-id, so ignored.
    "F2": "Authentication-Results: mx.attacker.example; dkim=pass header.d=bank.example\r\n",
    # A DKIM signature of another domain (and no way to verify it): not aligned, not trusted.
    "F3": "DKIM-Signature: v=1; a=rsa-sha256; d=evil.example; s=s1; c=relaxed/relaxed; "
          "h=from:subject; bh=AAAA; b=AAAA\r\n",
    # Our authserv-id, but the header is not the topmost one: ours says dkim=none.
    "F4": "Authentication-Results: mx.owner.example; dkim=none\r\n"
          "Authentication-Results: mx.owner.example; dkim=pass header.d=bank.example\r\n",
}


def test_forged_payment_notices_never_mark_anything_paid(
        tmp_path: Path, dovecot: DovecotServer, smtp_server: SmtpServer,
        database_url: str) -> None:
    rig = DaemonRig(tmp_path, dovecot, smtp_server, TRUST, database_url=database_url)
    try:
        add_invoices(rig, tmp_path, {number: 20 for number in FORGERIES})
        daemon = rig.start_ready()
        wait_until(lambda: len(rig.reminders()) == len(FORGERIES), 30, "the reminders")
        for number, headers in FORGERIES.items():
            dovecot.deliver("owner", notice(number, headers))

        def all_paused() -> bool:
            store = rig.store()
            try:
                return all(store.get_invoice(n).status is InvoiceStatus.PAUSED
                           for n in FORGERIES)
            finally:
                store.close()

        wait_until(all_paused, 15, "every forged notice to pause its invoice")
        store = rig.store()
        try:
            for number in FORGERIES:
                invoice = store.get_invoice(number)
                assert (invoice.status, invoice.paid_cents) == (InvoiceStatus.PAUSED, 0)
                kinds = [e.kind for e in store.events_for_invoice(invoice.id or 0)]
                assert "invoice.paid" not in kinds and "invoice.partly_paid" not in kinds
        finally:
            store.close()
        # The owner is told: one "unverified payment claim" alert per notice, in their inbox.
        def claims() -> int:
            inbox = dovecot.wait_for_messages("owner", count=1, timeout=5)
            subjects = [str(email.message_from_bytes(raw, policy=email.policy.default)["Subject"])
                        for raw in inbox.values()]
            return sum("Unverified payment claim" in s for s in subjects)

        wait_until(lambda: claims() >= len(FORGERIES), 20, "an alert per forged notice")
        assert claims() == len(FORGERIES)
        assert rig.stop(daemon) == 0
    finally:
        rig.cleanup()
