"""An invoice through every step in a real `dunnerd run` against Dovecot and SMTP, on an
injected clock (the daemon restarted at each step's date with --now): friendly, firm, a reply
from the client (paused, resumed by the owner), a partial payment, final, the formal notice
(sent by registered letter), then the hand-off: the dossier is built, verified by its manifest,
sent once to the agency with a copy in Sent, and the invoice is handed off. Its .eml files are
byte for byte what the client's mailbox received, behind the trace headers the servers add;
then a copy changed in the Sent folder, and one removed from it, are detected and reported."""

from __future__ import annotations

import email
import email.policy
import hashlib
import io
import re
import zipfile
from pathlib import Path

import pytest

from dunnerd.ledger.models import Reminder
from dunnerd.legal import dossiers
from dunnerd.legal.dossier_zip import verify_zip
from dunnerd.states import InvoiceStatus, ReminderState
from tests.daemon.rig import DaemonRig, wait_until

pytestmark = pytest.mark.mailserver

HANDOFF = """
[handoff]
to = "other@example.test"
court = "commerce"
"""
# Due on Monday 6 July 2026; each step's instant, as the daemon's fixed clock sees it.
LEDGER = ("number,client,email,amount,currency,issued,due\n"
          "E1,Client E1,client@example.test,1500.00,EUR,2026-06-05,2026-07-06\n")
AT = {"import": "2026-07-01T09:00Z", "friendly": "2026-07-07T09:00Z",
      "firm": "2026-07-21T09:00Z", "resume": "2026-07-28T09:00Z", "paid": "2026-08-03T09:00Z",
      "final": "2026-08-15T09:00Z", "formal_notice": "2026-08-22T09:00Z",
      "notice_sent": "2026-08-24T09:00Z", "handoff": "2026-09-01T09:00Z",
      "again": "2026-09-02T09:00Z"}
TRACE = re.compile(rb"^(Return-Path|Delivered-To|Received|X-Original-To):|^[ \t]", re.I)


def _step(rig: DaemonRig, step: str, state: ReminderState) -> None:
    daemon = rig.start_ready(now=AT[step])
    try:
        wait_until(lambda: ("E1", step, state) in rig.reminders(), 30,
                   f"{step} {state.value}: {rig.reminders()}\n{rig.log.read_text()[-3000:]}")
    finally:
        assert rig.stop(daemon) == 0


def _by_message_id(messages: dict[int, bytes]) -> dict[str, bytes]:
    found = {}
    for raw in messages.values():
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        found[str(parsed["Message-ID"])] = raw
    return found


def _as_received(eml: bytes, received: bytes) -> bool:
    """`received` is `eml` exactly, behind trace header lines the servers prepended."""
    if not received.endswith(eml):
        return False
    prefix = received[:len(received) - len(eml)]
    return all(TRACE.match(line) for line in prefix.splitlines())


def _zip_files(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _sent_folder(rig: DaemonRig, message_id: str, replacement: bytes | None) -> None:
    """Remove the owner's Sent copy of `message_id`, and put `replacement` there instead."""
    with rig.dovecot.imap_client("owner") as imap:
        imap.select_folder("Sent")
        uids = imap.search(["HEADER", "Message-ID", message_id])
        assert uids, message_id
        imap.delete_messages(uids)
        imap.expunge()
        if replacement is not None:
            imap.append("Sent", replacement, flags=[b"\\Seen"])


def test_an_invoice_goes_through_every_step_to_a_verified_dossier(
        rig: DaemonRig, tmp_path: Path) -> None:
    with rig.config.open("a") as config:
        config.write(HANDOFF)
    ledger = tmp_path / "ledger.csv"
    ledger.write_text(LEDGER)
    assert rig.cli("--now", AT["import"], "invoice", "import", str(ledger)) == 0
    assert rig.cli("--now", AT["import"], "client", "edit", "client-e1", "--legal-name",
                   "E1 SAS", "--legal-form", "SAS", "--address", "1 rue de la Paix | 75002 "
                   "Paris", "--siren", "732829320") == 0

    _step(rig, "friendly", ReminderState.FILED)
    # The firm reminder, then the client replies to it: the daemon pauses the invoice.
    daemon = rig.start_ready(now=AT["firm"])
    try:
        wait_until(lambda: ("E1", "firm", ReminderState.FILED) in rig.reminders(), 30,
                   f"firm: {rig.reminders()}")
        firm_id = next(r.message_id for r in _rows(rig) if r.step == "firm")
        rig.dovecot.deliver("owner", (
            "From: Client E1 <client@example.test>\r\nTo: owner@example.test\r\n"
            "Subject: Re: invoice E1\r\nMessage-ID: <reply-e1@example.test>\r\n"
            f"In-Reply-To: {firm_id}\r\nDate: Tue, 21 Jul 2026 11:00:00 +0000\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n"
            "Thanks, we are looking into it.\r\n").encode())
        wait_until(lambda: _status(rig) is InvoiceStatus.PAUSED, 30, "the pause")
    finally:
        assert rig.stop(daemon) == 0
    assert rig.cli("--now", AT["resume"], "invoice", "resume", "E1") == 0
    assert rig.cli("--now", AT["paid"], "invoice", "paid", "E1", "--amount", "100",
                   "--reason", "partial transfer") == 0
    _step(rig, "final", ReminderState.FILED)
    _step(rig, "formal_notice", ReminderState.RECORDED)
    assert rig.cli("--now", AT["notice_sent"], "notice", "sent", "E1", "--lrar",
                   "1A00000000000", "--date", "2026-08-24") == 0

    daemon = rig.start_ready(now=AT["handoff"])
    try:
        wait_until(lambda: ("E1", "handoff_dossier_email", ReminderState.FILED)
                   in rig.reminders(), 30,
                   f"the dossier's email: {rig.reminders()}\n{rig.log.read_text()[-3000:]}")
    finally:
        assert rig.stop(daemon) == 0
    assert _status(rig) is InvoiceStatus.HANDED_OFF

    # The dossier: where the lead said, recorded with its SHA-256, every file as listed.
    store = rig.store()
    try:
        row = dossiers.latest_for_invoice(store, "E1")
    finally:
        store.close()
    assert row is not None and row.actor == "daemon"
    path = Path(row.path)
    assert path == rig.config.parent / "state" / "dossiers" / "client-e1" / \
        "2026-09-01-client-e1.zip"
    data = path.read_bytes()
    assert hashlib.sha256(data).hexdigest() == row.sha256
    assert verify_zip(data).problems == ()
    assert rig.cli("dossier", "verify", str(path)) == 0
    files = _zip_files(data)
    emls = {name: raw for name, raw in files.items() if name.endswith(".eml")}
    assert len(emls) == 4  # friendly, firm, final, and the client's reply

    # Every reminder as the client received it; the reply as the owner's inbox holds it.
    client_box = _by_message_id(rig.dovecot.wait_for_messages("client", count=3))
    owner_box = _by_message_id(rig.dovecot.wait_for_messages("owner", count=1, criteria=[
        "HEADER", "Message-ID", "<reply-e1@example.test>"]))
    for name, eml in emls.items():
        message_id = str(email.message_from_bytes(eml, policy=email.policy.default)
                         ["Message-ID"])
        if "reponse-client" in name:
            assert eml == owner_box[message_id]
        else:
            assert _as_received(eml, client_box[message_id]), name
    manifest = verify_zip(data).manifest
    assert manifest["mailbox"]["checked"] is True and manifest["problems"] == [
        "facture E1 : dunnerd n'en a pas le PDF ; à joindre par vous"]
    summary = files["sommaire.txt"].decode()
    assert "Dossier Envoyés « Sent » vérifié" in summary
    assert "owner.profession" in summary  # the rig's owner has none: listed, never invented
    timeline = next(raw for name, raw in files.items() if name.endswith("chronologie.csv"))
    assert "Paiement reçu : 100.00 EUR" in timeline.decode("utf-8-sig")

    # Sent to the agency exactly once, the ZIP attached as built, a copy in the owner's Sent.
    (agency,) = rig.dovecot.wait_for_messages("other", count=1).values()
    parsed = email.message_from_bytes(agency, policy=email.policy.default)
    attached = {part.get_filename(): part.get_payload(decode=True) for part in parsed.walk()
                if part.get_filename()}
    assert attached[path.name] == data
    assert attached["creance.csv"] == files["creance.csv"]
    assert any(parsed["Message-ID"] in raw.decode("ascii", "replace") for raw in
               rig.dovecot.wait_for_messages("owner", folder="Sent", count=4).values())
    alert = rig.dovecot.wait_for_messages("owner", count=1, criteria=[
        "SUBJECT", "Hand-off dossier ready"])
    assert str(path).encode() in next(iter(alert.values())).replace(b"=\r\n", b"")
    # A restart sends nothing more: no second dossier, no second email, no reminder.
    daemon = rig.start_ready(now=AT["again"])
    assert rig.stop(daemon) == 0
    assert rig.dovecot.message_count("other") == 1
    assert rig.dovecot.message_count("client") == 3

    # Someone changes the firm reminder in Sent and removes the friendly one: the next
    # dossier says so, and still carries the bytes that were sent.
    by_step = {r.step: r for r in _rows(rig)}
    firm = by_step["firm"]
    assert firm.raw_message is not None and firm.message_id is not None
    altered = firm.raw_message.replace(b"1,500.00", b"15.00", 1)
    assert altered != firm.raw_message
    _sent_folder(rig, firm.message_id, altered)
    friendly_id = by_step["friendly"].message_id
    assert friendly_id is not None
    _sent_folder(rig, friendly_id, None)
    out = tmp_path / "out"
    assert rig.cli("--now", AT["again"], "dossier", "E1", "--out", str(out)) == 0
    (again,) = out.glob("*.zip")
    checked = verify_zip(again.read_bytes())
    assert checked.problems == ()
    problems = checked.manifest["problems"]
    assert any(firm.message_id in p and "diffère" in p for p in problems), problems
    assert any(friendly_id in p and "absent du dossier Envoyés" in p for p in problems)
    redone = _zip_files(again.read_bytes())
    for name, eml in redone.items():
        if name.endswith(("relance.eml", "relance-amiable.eml")):
            message_id = str(email.message_from_bytes(eml, policy=email.policy.default)
                             ["Message-ID"])
            assert _as_received(eml, client_box[message_id]), name


def _rows(rig: DaemonRig) -> list[Reminder]:
    store = rig.store()
    try:
        return store.reminders_for_invoice(store.get_invoice("E1").id or 0)
    finally:
        store.close()


def _status(rig: DaemonRig) -> InvoiceStatus:
    store = rig.store()
    try:
        return store.get_invoice("E1").status
    finally:
        store.close()
