"""A ledger at the hand-off for the dossier tests: ACME, three late invoices (one with its PDF),
each with its three reminders stored with their exact bytes, a reply from the client, a partial
payment, a formal notice sent by registered letter, and the hand-off step recorded. Plus a
mailbox that holds given Sent and inbox copies (a fake for the pure parts; the real server is
in tests/daemon/test_dossier_e2e.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dunnerd.clock import FixedClock
from dunnerd.config.schema import Config
from dunnerd.ledger.models import Client, InboundMessage, Invoice, Reminder
from dunnerd.ledger.store import Store
from dunnerd.legal import notices
from dunnerd.states import ReminderState

NOW = dt.datetime(2026, 12, 20, 9, 0, tzinfo=dt.UTC)
DUE = {"F-1": dt.date(2026, 9, 14), "F-2": dt.date(2026, 9, 30), "F-3": dt.date(2026, 10, 15)}
AMOUNTS = {"F-1": 240_000, "F-2": 123_456, "F-3": 50_000}
STEPS = (("friendly", 80), ("firm", 60), ("final", 40))


def raw_reminder(number: str, step: str) -> bytes:
    return (f"From: Camille <camille@martin-conseil.example>\r\nTo: billing@acme.example\r\n"
            f"Subject: {step} {number}\r\nMessage-ID: <{number}-{step}@x>\r\n\r\n"
            f"Please pay invoice {number}.\r\n").encode()


def seed(store: Store, config: Config, clock: FixedClock, tmp: Path,
         numbers: Sequence[str] = ("F-1", "F-2", "F-3"), kind: str = "business") -> Client:
    clock.set(NOW - dt.timedelta(days=100))
    client = store.add_client(Client(
        key="acme", name="ACME SA", emails=["billing@acme.example"], legal_name="ACME SAS",
        address="1 avenue de l'Opéra\n75001 Paris", siren="732829320", kind=kind))
    pdf = tmp / "F-1.pdf"
    pdf.write_bytes(b"%PDF-1.4 the invoice F-1\n")
    for number in numbers:
        due = DUE[number]
        invoice = store.add_invoice(Invoice(
            number=number, client_id=client.id or 0, issued=due - dt.timedelta(days=30),
            due=due, amount_cents=AMOUNTS[number],
            pdf_path=str(pdf) if number == "F-1" else None))
        with store.session() as s:
            for step, days in STEPS:
                raw = raw_reminder(number, step)
                at = NOW - dt.timedelta(days=days)
                s.add(Reminder(invoice_id=invoice.id or 0, client_id=client.id or 0, step=step,
                               planned_at=at, sent_at=at, state=ReminderState.FILED,
                               group_key=f"<{number}-{step}@x>",
                               message_id=f"<{number}-{step}@x>", raw_message=raw,
                               sha256=hashlib.sha256(raw).hexdigest()))
            s.add(Reminder(invoice_id=invoice.id or 0, client_id=client.id or 0,
                           step="formal_notice", planned_at=NOW - dt.timedelta(days=20),
                           sent_at=NOW - dt.timedelta(days=20), state=ReminderState.RECORDED))
            s.add(Reminder(invoice_id=invoice.id or 0, client_id=client.id or 0,
                           step="handoff", planned_at=NOW - dt.timedelta(hours=1),
                           sent_at=NOW - dt.timedelta(hours=1), state=ReminderState.RECORDED))
    with store.session() as s:
        s.add(InboundMessage(
            folder="INBOX", uidvalidity=1, uid=5, message_id="<reply-1@acme.example>",
            received_at=NOW - dt.timedelta(days=50), from_address="billing@acme.example",
            subject="Re: F-1", kind="human_reply", invoice_id=store.get_invoice(numbers[0]).id,
            client_id=client.id, raw=b"From: billing@acme.example\r\nSubject: Re: F-1\r\n"
            b"Message-ID: <reply-1@acme.example>\r\n\r\nWe will pay soon.\r\n"))
    if "F-2" in numbers:
        clock.set(NOW - dt.timedelta(days=30))
        store.record_payment("F-2", 23_456, actor="cli", reason="virement partiel")
    clock.set(NOW - dt.timedelta(days=15))
    notices.generate(store, config, client.id or 0, list(numbers), actor="daemon")
    notices.mark_sent(store, config, numbers[0], (NOW - dt.timedelta(days=14)).date(),
                      "1A00000000000")
    clock.set(NOW)
    return store.get_client("acme")


@dataclass
class FakeMailbox:
    """Sent copies by Message-ID and the Message-IDs still in the inbox (a fake for the pure
    parts of the check; tests/daemon/test_dossier_e2e.py has the real server)."""

    sent: Mapping[str, list[bytes]] = field(default_factory=dict)
    inbox: Sequence[str] = ()
    closed: bool = False
    fetched: list[bytes] = field(default_factory=list)

    def find_sent_folder(self) -> str:
        return "Sent"

    def find_by_message_ids(self, folder: str,
                            message_ids: Sequence[str]) -> dict[str, list[int]]:
        if folder != "Sent":
            return {m: [1] if m in self.inbox else [] for m in message_ids}
        found: dict[str, list[int]] = {}
        for message_id in message_ids:
            found[message_id] = []
            for copy in self.sent.get(message_id, []):
                found[message_id].append(len(self.fetched))
                self.fetched.append(copy)
        return found

    def fetch_raw(self, folder: str, uid: int) -> bytes | None:
        return self.fetched[uid]

    def close(self) -> None:
        self.closed = True


def all_sent(numbers: Sequence[str] = ("F-1", "F-2", "F-3"),
             changed: Mapping[str, bytes] | None = None) -> dict[str, list[bytes]]:
    """Every reminder's identical copy in Sent, except those in `changed` (Message-ID ->
    the bytes found instead; b"" for none)."""
    copies = {}
    for number in numbers:
        for step, _ in STEPS:
            message_id = f"<{number}-{step}@x>"
            copies[message_id] = [raw_reminder(number, step)]
    for message_id, found in (changed or {}).items():
        copies[message_id] = [found] if found else []
    return copies
