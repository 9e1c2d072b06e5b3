"""What the daemon does with the owner's sent mail (intake/sent.py), message by message: an
emailed Factur-X invoice is added and linked to its email; dunnerd's own mail is skipped; a
plain PDF is listed for the owner; a conflict is an alert; old mail is added paused; the
cursor moves with each message; the digest says what happened."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dunnerd.clock import FixedClock
from dunnerd.config.schema import Config
from dunnerd.daemon.digest import build_digest
from dunnerd.intake.sent import HISTORY_REASON, SentIntake, read_headers
from dunnerd.ledger.models import Client, Invoice, Reminder
from dunnerd.ledger.store import Store
from dunnerd.mail.imap import MailboxCursor
from dunnerd.mail.sentfolder import Attachment, SentMessage
from dunnerd.states import InvoiceStatus
from tests.conftest import NOW
from tests.intake.samples import email_with

CURSOR = MailboxCursor("Sent", 7, 0)


def sent(uid: int, files: dict[str, bytes], *, message_id: str | None = None,
         date: dt.datetime | None = None, headers: dict[str, str] | None = None) -> SentMessage:
    raw = email_with(list(files.items()), message_id=message_id or f"<m{uid}@example.test>",
                     date=date or NOW, extra_headers=headers)
    header = raw.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
    return SentMessage(uid, b"", header=header, attachments=tuple(
        Attachment(name, "application/pdf", len(data), data) for name, data in files.items()))


@pytest.fixture
def intake(store: Store, owner_config: Config, clock: FixedClock) -> SentIntake:
    made = SentIntake(store, owner_config)
    made.handle(CURSOR, [], True)  # the first reading of an empty folder, at NOW
    clock.advance(dt.timedelta(minutes=5))
    return made


def events(store: Store, kind: str) -> list[dict[str, object]]:
    with store.session() as s:
        from sqlmodel import select

        from dunnerd.ledger.models import Event
        return [e.detail for e in s.exec(select(Event).where(Event.kind == kind))]


def test_an_emailed_invoice_is_added_and_linked_to_its_email(
        intake: SentIntake, store: Store, samples: dict[str, Path]) -> None:
    pdf = samples["fx_en16931.pdf"].read_bytes()
    [outcome] = intake.handle(CURSOR, [sent(1, {"F2026-0103.pdf": pdf},
                                            date=NOW + dt.timedelta(minutes=1))], False)
    assert outcome.added
    invoice = store.get_invoice("F2026-0103")
    assert (invoice.message_id, invoice.status) == ("<m1@example.test>", InvoiceStatus.OPEN)
    assert invoice.pdf_path and Path(invoice.pdf_path).read_bytes() == pdf
    assert store.get_client_by_id(invoice.client_id).emails == ["compta@atelier-lumiere.example"]
    with store.session() as s:
        from dunnerd.ledger.models import MailboxState
        state = s.get(MailboxState, "Sent")
        assert state is not None and (state.uidvalidity, state.last_uid) == (7, 1)
    again = intake.handle(MailboxCursor("Sent", 8, 0), [sent(
        1, {"F2026-0103.pdf": pdf}, date=NOW + dt.timedelta(minutes=1))], True)
    assert not again[0].added  # read again after a UIDVALIDITY change: a no-op


def test_old_mail_already_due_is_added_paused(store: Store, owner_config: Config,
                                              samples: dict[str, Path]) -> None:
    fresh = SentIntake(store, owner_config)
    pdf = samples["fx_en16931.pdf"].read_bytes()
    early = samples["fx_basicwl.pdf"].read_bytes()
    # Two chunks of the first reading: both hold mail from before dunnerd read the folder.
    fresh.handle(CURSOR, [sent(1, {"a.pdf": pdf}, date=NOW - dt.timedelta(days=60))], True)
    fresh.handle(MailboxCursor("Sent", 7, 1),
                 [sent(2, {"b.pdf": early}, date=NOW - dt.timedelta(days=50))], False)
    for number in ("F2026-0103", "F2026-0102"):
        assert store.get_invoice(number).status is InvoiceStatus.PAUSED
    [paused] = [e for e in store.events_for_invoice(store.get_invoice("F2026-0103").id or 0)
                if e.kind == "invoice.paused"]
    assert paused.detail["reason"] == HISTORY_REASON


def test_dunnerds_own_mail_is_never_an_invoice(intake: SentIntake, store: Store,
                                               samples: dict[str, Path]) -> None:
    pdf = samples["fx_en16931.pdf"].read_bytes()
    client = store.add_client(Client(key="x", name="X", emails=["x@x.example"]))
    other = store.add_invoice(Invoice(number="Z-1", client_id=client.id or 0,
                                      issued=dt.date(2026, 9, 1), due=dt.date(2026, 10, 1),
                                      amount_cents=100))
    with store.session() as s:
        s.add(Reminder(invoice_id=other.id or 0, client_id=client.id or 0, step="friendly",
                       planned_at=NOW, message_id="<reminder@example.test>"))
    outcomes = intake.handle(CURSOR, [
        sent(1, {"F.pdf": pdf}, message_id="<reminder@example.test>"),
        sent(2, {"F.pdf": pdf}, headers={"X-Dunnerd-Invoice": "F2026-0103"}),
    ], False)
    assert [o.results for o in outcomes] == [(), ()]
    assert store.invoices_by_number(["F2026-0103"]) == {}


def test_a_plain_pdf_is_listed_once_for_the_owner_and_others_bills_left_alone(
        intake: SentIntake, store: Store, owner_config: Config,
        samples: dict[str, Path]) -> None:
    plain = samples["plain.pdf"].read_bytes()
    bill = samples["fx_other_seller.pdf"].read_bytes()
    message = sent(1, {"devis.pdf": plain, "bill.pdf": bill})
    intake.handle(CURSOR, [message], False)
    intake.handle(MailboxCursor("Sent", 9, 0), [message], True)  # read twice: listed once
    [listed] = events(store, "intake.needs_import")
    assert (listed["file"], listed["message_id"]) == ("devis.pdf", "<m1@example.test>")
    assert str(listed["reason"]).startswith("a PDF without Factur-X data")
    assert store.list_invoices() == []
    _, body = build_digest(store, owner_config, NOW + dt.timedelta(hours=1))
    assert "Invoices in your Sent folder to import yourself (1):" in body
    assert "devis.pdf" in body and "bill.pdf" not in body


def test_the_same_number_with_other_data_is_an_alert_not_an_overwrite(
        intake: SentIntake, store: Store, samples: dict[str, Path], owner_config: Config) -> None:
    pdf = samples["fx_en16931.pdf"].read_bytes()
    intake.handle(CURSOR, [sent(1, {"F.pdf": pdf}, date=NOW + dt.timedelta(minutes=1))], False)
    changed = samples["cii_en16931.xml"].read_bytes().replace(
        b"<ram:DuePayableAmount>5920.00<", b"<ram:DuePayableAmount>100.00<")
    message = sent(2, {"F.xml": changed})
    intake.handle(MailboxCursor("Sent", 7, 1), [message], False)
    assert store.get_invoice("F2026-0103").amount_cents == 592_000
    [conflict] = events(store, "alert.invoice_conflict")
    assert conflict["number"] == "F2026-0103"
    _, body = build_digest(store, owner_config, NOW + dt.timedelta(hours=1))
    assert "Added from your Sent folder (1):" in body
    assert "F2026-0103 (Atelier Lumière SAS): 5920.00 EUR, due 2026-10-15" in body


def test_a_malformed_header_is_read_without_an_exception() -> None:
    headers = read_headers(b"To: (c):\r\nMessage-ID: <[x@y]>\r\nDate: garbage\r\n\r\n")
    assert headers.date is None and headers.recipients == ()
