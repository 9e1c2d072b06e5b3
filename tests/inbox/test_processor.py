"""Inbox handling on a real SQLite ledger: replies pause, witnesses settle, junk is quarantined,
and the cursor advances with each message in the same transaction."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dunnerd.config.schema import Config
from dunnerd.inbox.classify import first_lines, parse_message
from dunnerd.inbox.processor import InboxProcessor
from dunnerd.ledger.models import Client, Invoice, MailboxState, Reminder
from dunnerd.ledger.store import Store
from dunnerd.mail.imap import FetchedMessage, MailboxCursor
from dunnerd.states import InvoiceStatus, ReminderState

CURSOR = MailboxCursor("INBOX", 7, 0)
SENT = (b"From: owner@example.test\r\nTo: billing@acme.example\r\nSubject: Reminder\r\n"
        b"Message-ID: <r1@owner>\r\n\r\nPlease pay A-1.\r\n")


@pytest.fixture
def processor(ledger: Store, config: Config) -> InboxProcessor:
    return InboxProcessor(ledger, config)


@pytest.fixture
def ledger(store: Store) -> Store:
    for key, numbers in (("acme", ("A-1", "A-2")), ("beta", ("B-1",))):
        client = store.add_client(Client(key=key, name=key.upper(),
                                         emails=[f"billing@{key}.example"]))
        for number in numbers:
            store.add_invoice(Invoice(number=number, client_id=client.id or 0,
                                      issued=dt.date(2026, 9, 1), due=dt.date(2026, 10, 1),
                                      amount_cents=10_000, message_id=f"<{number}@owner>"))
    invoice = store.get_invoice("A-1")
    with store.session() as s:
        s.add(Reminder(invoice_id=invoice.id or 0, client_id=invoice.client_id, step="friendly",
                       planned_at=store.clock.now(), state=ReminderState.SENDING,
                       group_key="<r1@owner>", message_id="<r1@owner>", raw_message=SENT))
    return store


def mail(sender: str, subject: str, body: str, *, message_id: str = "<m@x>",
         in_reply_to: str = "") -> bytes:
    headers = [f"From: {sender}", "To: owner@example.test", f"Subject: {subject}",
               f"Message-ID: {message_id}"]
    if in_reply_to:
        headers.append(f"In-Reply-To: {in_reply_to}")
    return ("\r\n".join(headers) + "\r\n\r\n" + body).encode()


def statuses(store: Store) -> dict[str, str]:
    return {i.number: i.status.value for i in store.list_invoices()}


def test_a_reply_threaded_to_a_reminder_pauses_that_invoice_with_its_first_lines(
        ledger: Store, processor: InboxProcessor) -> None:
    raw = mail("Someone <someone@elsewhere.example>", "Re: reminder",
               "Paid yesterday.\r\nSee attached.\r\n\r\nOn Monday, Camille wrote:\r\n> pay",
               in_reply_to="<r1@owner>")
    [verdict] = processor.handle(CURSOR, [FetchedMessage(5, raw)], reset=False)
    assert verdict.kind == "human_reply"
    assert statuses(ledger) == {"A-1": "paused", "A-2": "open", "B-1": "open"}
    [paused] = [e for e in ledger.events_for_invoice(ledger.get_invoice("A-1").id or 0)
                if e.kind == "invoice.paused"]
    assert paused.detail["first_lines"] == ["Paid yesterday.", "See attached."]
    assert paused.detail["subject"] == "Re: reminder"
    with ledger.session() as s:
        assert s.get(MailboxState, "INBOX").last_uid == 5  # type: ignore[union-attr]


def test_a_reply_to_the_invoice_email_or_naming_an_invoice_pauses_that_one(
        ledger: Store, processor: InboxProcessor) -> None:
    processor.handle(CURSOR, [
        FetchedMessage(1, mail("x@y.example", "Re: invoice", "ok", message_id="<1@x>",
                               in_reply_to="<B-1@owner>")),
        FetchedMessage(2, mail("billing@acme.example", "About A-2", "A-2: call me.",
                               message_id="<2@x>")),
    ], reset=False)
    assert statuses(ledger) == {"A-1": "open", "A-2": "paused", "B-1": "paused"}


def test_a_client_writing_about_nothing_in_particular_pauses_all_their_invoices(
        ledger: Store, processor: InboxProcessor) -> None:
    processor.handle(
        CURSOR, [FetchedMessage(1, mail("ACME <Billing@Acme.example>", "Hello", "Call me?"))],
        reset=False)
    assert statuses(ledger) == {"A-1": "paused", "A-2": "paused", "B-1": "open"}


def test_a_stranger_changes_nothing(
        ledger: Store, processor: InboxProcessor) -> None:
    [verdict] = processor.handle(
        CURSOR, [FetchedMessage(1, mail("spam@else.example", "A-1 offer", "A-1"))], reset=False)
    # A person, perhaps, but not one the ledger knows: nothing is paused for a stranger.
    assert (verdict.kind, verdict.origin, verdict.client_id) == ("human_reply", "unknown", None)
    assert set(statuses(ledger).values()) == {"open"}


def test_the_witness_copy_settles_an_uncertain_send_but_a_lookalike_does_not(
        ledger: Store, processor: InboxProcessor) -> None:
    # Someone who knows the Message-ID (any recipient does) cannot fake the witness.
    lookalike = mail("client@acme.example", "Re", "hello", message_id="<r1@owner>")
    processor.handle(CURSOR, [FetchedMessage(2, lookalike)], reset=False)
    [row] = ledger.reminders_for_invoice(ledger.get_invoice("A-1").id or 0)
    assert row.state is ReminderState.SENDING
    # The real witness: our exact bytes behind the trace headers the servers add.
    trace = b"Return-Path: <owner@example.test>\r\nDelivered-To: owner+dunnerd-witness@x\r\n"
    [verdict] = processor.handle(CURSOR, [FetchedMessage(3, trace + SENT)], reset=False)
    assert verdict.kind == "witness"
    [row] = ledger.reminders_for_invoice(ledger.get_invoice("A-1").id or 0)
    assert row.state is ReminderState.SENT
    assert set(statuses(ledger).values()) == {"open"}, "our own copy is not a reply"


def test_junk_is_quarantined_and_the_cursor_moves_on(
        ledger: Store, processor: InboxProcessor) -> None:
    verdicts = processor.handle(CURSOR, [FetchedMessage(8, b""),
                                         FetchedMessage(9, mail("x@y.example", "s", "b"))],
                                reset=False)
    assert [v.kind for v in verdicts] == ["quarantined", "human_reply"]
    with ledger.session() as s:
        assert s.get(MailboxState, "INBOX").last_uid == 9  # type: ignore[union-attr]


def test_a_rescan_after_uidvalidity_changed_does_not_process_twice(
        ledger: Store, processor: InboxProcessor) -> None:
    raw = mail("billing@acme.example", "A-2", "A-2 is paid", message_id="<once@x>")
    processor.handle(CURSOR, [FetchedMessage(1, raw)], reset=False)
    ledger.change_status("A-2", InvoiceStatus.OPEN, actor="cli")
    [again] = processor.handle(MailboxCursor("INBOX", 8, 0), [FetchedMessage(1, raw)],
                               reset=True)
    assert again.kind == "duplicate"
    assert statuses(ledger)["A-2"] == "open"


def test_first_lines_drop_the_quoted_history() -> None:
    text = "Bonjour,\n\nle virement part demain.\n\nLe 3 déc. 2026, Camille a écrit :\n> x"
    assert first_lines(text) == ["Bonjour,", "le virement part demain."]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_parsing_never_raises_anything_but_malformed(raw: bytes) -> None:
    from dunnerd.inbox.classify import MalformedMessage

    try:
        parse_message(raw)
    except MalformedMessage:
        pass


def test_our_own_alerts_in_the_inbox_are_never_acted_on(
        ledger: Store, processor: InboxProcessor) -> None:
    raw = (b"From: Camille <camille@martin-conseil.example>\r\nTo: camille@martin-conseil.example"
           b"\r\nSubject: [dunnerd] Unverified payment claim\r\nX-Dunnerd-Alert: event:3\r\n"
           b"Message-ID: <alert@x>\r\n\r\nPayment received: 100.00 EUR, reference A-1\r\n")
    [verdict] = processor.handle(CURSOR, [FetchedMessage(4, raw)], reset=False)
    assert verdict.kind == "own_alert"
    assert set(statuses(ledger).values()) == {"open"}
