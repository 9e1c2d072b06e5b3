"""What a client's reply does, through the real parser, classifier and ledger: disputed,
promised until a day, a payment claimed (paused, with a review), a request answered through the
outbox exactly once, or not answered and the owner told why."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
from pathlib import Path

import pytest
from sqlmodel import select

from dunnerd.config.schema import Config
from dunnerd.inbox.processor import InboxProcessor
from dunnerd.ledger.models import Client, Event, Invoice, Reminder
from dunnerd.ledger.payments import list_reviews
from dunnerd.ledger.store import Store
from dunnerd.mail.imap import FetchedMessage, MailboxCursor
from dunnerd.states import InvoiceStatus, ReminderState

CURSOR = MailboxCursor("INBOX", 1, 0)


@pytest.fixture
def ledger(store: Store, tmp_path: Path) -> Store:
    client = store.add_client(Client(key="acme", name="ACME SA", emails=["billing@acme.example"],
                                     language="fr"))
    pdf = tmp_path / "F-1.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    store.add_invoice(Invoice(number="F-1", client_id=client.id or 0,
                              issued=dt.date(2026, 9, 1), due=dt.date(2026, 10, 1),
                              amount_cents=120_000, pdf_path=str(pdf),
                              message_id="<inv-1@martin-conseil.example>"))
    return store


def reply(body: str, *, message_id: str = "<r1@acme.example>", subject: str = "Re: Facture F-1",
          extra: str = "") -> bytes:
    return (f"From: Julie <billing@acme.example>\r\nTo: camille@martin-conseil.example\r\n"
            f"Subject: {subject}\r\nMessage-ID: {message_id}\r\n"
            "In-Reply-To: <inv-1@martin-conseil.example>\r\n"
            f"Date: Mon, 23 Nov 2026 09:30:00 +0100\r\n{extra}"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()


def handle(store: Store, config: Config, *raws: bytes) -> list[str]:
    processor = InboxProcessor(store, config)
    return [v.kind for uid, raw in enumerate(raws, 1)
            for v in processor.handle(CURSOR, [FetchedMessage(uid, raw)], reset=False)]


def events(store: Store, kind: str) -> list[Event]:
    with store.session() as s:
        return list(s.exec(select(Event).where(Event.kind == kind)))


def answers(store: Store) -> list[Reminder]:
    with store.session() as s:
        return list(s.exec(select(Reminder).where(Reminder.step == "answer")))


def answering(config: Config, **owner: str) -> Config:
    return dataclasses.replace(
        config, inbox=dataclasses.replace(config.inbox, answer_requests=True),
        owner=dataclasses.replace(config.owner, **owner))


def test_a_dispute_disputes_with_its_words(ledger: Store, config: Config) -> None:
    handle(ledger, config, reply("Je conteste cette facture : rien n'a été livré."))
    invoice = ledger.get_invoice("F-1")
    assert invoice.status is InvoiceStatus.DISPUTED
    [event] = events(ledger, "invoice.disputed")
    assert event.actor == "inbox" and "Je conteste cette facture" in event.detail["evidence"]
    assert event.detail["message_id"] == "<r1@acme.example>"


def test_a_promise_is_promised_until_its_day(ledger: Store, config: Config) -> None:
    handle(ledger, config, reply("Bonjour, le virement part demain."))
    invoice = ledger.get_invoice("F-1")
    assert (invoice.status, invoice.promised_until) == (InvoiceStatus.PROMISED,
                                                        dt.date(2026, 11, 24))
    [event] = events(ledger, "invoice.promised")
    assert "le virement part demain" in event.detail["evidence"]


def test_i_already_paid_pauses_and_opens_a_review(ledger: Store, config: Config) -> None:
    claim = reply("Nous avons réglé cette facture le 20/11 par virement.")
    handle(ledger, config, claim, claim)  # a second copy opens no second review
    assert ledger.get_invoice("F-1").status is InvoiceStatus.PAUSED
    [review] = list_reviews(ledger, "pending")
    assert (review.source, review.proposal[0]["number"], review.proposal[0]["cents"],
            review.value_date) == ("client_claim", "F-1", 120_000, dt.date(2026, 11, 20))
    [pause] = events(ledger, "invoice.paused")
    assert pause.detail["payment_review"] == review.id


def test_a_request_is_answered_once_with_the_pdf_and_the_bank_details(
        ledger: Store, config: Config) -> None:
    request = reply("Pourriez-vous me renvoyer la facture et votre RIB ?")
    assert handle(ledger, answering(config), request, request) == ["human_reply"] * 2
    [row] = answers(ledger)
    assert row.state is ReminderState.PLANNED and row.message_id and row.raw_message
    sent = email.message_from_bytes(row.raw_message, policy=email.policy.default)
    assert sent["In-Reply-To"] == "<r1@acme.example>" and sent["To"] == (
        "ACME SA <billing@acme.example>")
    assert "FR76 3000 6000 0112 3456 7890 189" in sent.get_body(("plain",)).get_content()
    assert [part.get_filename() for part in sent.iter_attachments()] == ["F-1.pdf"]
    [pause] = events(ledger, "invoice.paused")
    assert pause.detail["answer"]["answered"] is True
    assert pause.detail["answer"]["answer_message_id"] == row.message_id


@pytest.mark.parametrize(("headers", "why"), [
    ("Auto-Submitted: auto-replied\r\n", None),  # an auto-reply: not even a human reply
    ("Precedence: bulk\r\n", "sent by a machine or to many"),
])
def test_never_answer_a_machine_or_a_mailing(ledger: Store, config: Config, headers: str,
                                             why: str | None) -> None:
    handle(ledger, answering(config), reply("Pouvez-vous me renvoyer la facture ?",
                                            extra=headers))
    assert answers(ledger) == []
    if why:
        [pause] = events(ledger, "invoice.paused")
        assert why in pause.detail["answer"]["why_not"]


def test_without_the_setting_or_an_iban_the_owner_is_told_why(ledger: Store,
                                                              config: Config) -> None:
    handle(ledger, config, reply("Pouvez-vous me transmettre votre RIB ?"))
    handle(ledger, answering(config, iban=""), reply("Pouvez-vous me transmettre votre RIB ?",
                                                     message_id="<r2@acme.example>"))
    assert answers(ledger) == []
    reasons = [e.detail["answer"]["why_not"] for e in events(ledger, "invoice.paused")]
    assert reasons == ["inbox.answer_requests is off"]  # the second found F-1 paused already


def test_a_corrected_invoice_is_for_the_owner(ledger: Store, config: Config) -> None:
    handle(ledger, answering(config),
           reply("Pourriez-vous nous renvoyer la facture corrigée avec notre bon de commande ?"))
    assert answers(ledger) == []
    [pause] = events(ledger, "invoice.paused")
    assert "corrected" in pause.detail["answer"]["why_not"]
