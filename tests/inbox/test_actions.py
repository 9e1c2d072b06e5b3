"""What each kind of message does to the ledger, through the real parser and classifier, with
the trust decision injected (tests/test_trust.py proves the real one)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from dunnerd.config.schema import Config
from dunnerd.daemon.alerts import collect_alerts
from dunnerd.inbox.actions import VerdictActions
from dunnerd.inbox.processor import InboxProcessor
from dunnerd.inbox.trust import TrustVerdict
from dunnerd.ledger.models import Client, Event, Invoice
from dunnerd.ledger.store import Store
from dunnerd.mail.imap import FetchedMessage, MailboxCursor
from dunnerd.states import InvoiceStatus

CURSOR = MailboxCursor("INBOX", 1, 0)
TRUSTED = TrustVerdict(True, "dkim", "notifications@qonto.com", ("DKIM d=qonto.com aligned",))
FORGED = TrustVerdict(False, None, "notifications@qonto.com", ("no valid authentication",))


def bank_notice(amount: str, reference: str, currency_sign: str = "€") -> bytes:
    return (f"From: Qonto <notifications@qonto.com>\r\nTo: camille@martin-conseil.example\r\n"
            f"Subject: Virement reçu de ACME SA\r\nMessage-ID: <n-{reference}-{amount}@qonto.com>"
            f"\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            f"Content-Transfer-Encoding: 8bit\r\n\r\nBonjour,\r\n\r\nVous avez reçu un virement "
            f"de {amount} {currency_sign} de ACME SA.\r\n\r\nRéférence : {reference}\r\n"
            "\r\nL'équipe Qonto\r\n").encode()


@pytest.fixture
def ledger(store: Store) -> Store:
    client = store.add_client(Client(key="acme", name="ACME SA", emails=["billing@acme.example"]))
    for number in ("F-2026-041", "F-2026-042"):
        store.add_invoice(Invoice(number=number, client_id=client.id or 0,
                                  issued=dt.date(2026, 9, 1), due=dt.date(2026, 10, 1),
                                  amount_cents=123_456))
    return store


def handle(store: Store, config: Config, raw: bytes, trust: TrustVerdict,
           uid: int = 1) -> str:
    actions = VerdictActions(store, config, trust=lambda _raw: trust)
    [verdict] = InboxProcessor(store, config, actions).handle(
        CURSOR, [FetchedMessage(uid, raw)], reset=False)
    return verdict.kind


def state(store: Store, number: str) -> tuple[str, int]:
    invoice = store.get_invoice(number)
    return invoice.status.value, invoice.paid_cents


def kinds(store: Store) -> list[str]:
    return [e.kind for e in _events(store)]


def test_a_trusted_notice_for_one_invoice_marks_it_paid(ledger: Store, config: Config) -> None:
    assert handle(ledger, config, bank_notice("1 234,56", "F-2026-041"), TRUSTED) == \
        "payment_notification"
    assert state(ledger, "F-2026-041") == ("paid", 123_456)
    assert state(ledger, "F-2026-042") == ("open", 0)


def test_a_trusted_partial_payment_leaves_the_balance_open(ledger: Store,
                                                             config: Config) -> None:
    handle(ledger, config, bank_notice("234,56", "F-2026-041"), TRUSTED)
    assert state(ledger, "F-2026-041") == ("open", 23_456)
    assert "invoice.partly_paid" in kinds(ledger)


@pytest.mark.parametrize("trust", [FORGED], ids=["forged"])
def test_an_untrusted_notice_never_changes_money_it_pauses_and_alerts(
        ledger: Store, config: Config, trust: TrustVerdict) -> None:
    handle(ledger, config, bank_notice("1 234,56", "F-2026-041"), trust)
    assert state(ledger, "F-2026-041") == ("paused", 0)
    [alert] = [e for e in _events(ledger) if e.kind == "alert.unverified_payment_claim"]
    assert alert.detail["reasons"] == ["no valid authentication"]


def test_an_uncertain_match_is_asked_not_guessed(ledger: Store, config: Config) -> None:
    # Two invoices named, or a currency that is not the invoice's: pause and ask.
    handle(ledger, config, bank_notice("1 234,56", "F-2026-041 F-2026-042"), TRUSTED, uid=1)
    assert {state(ledger, n)[1] for n in ("F-2026-041", "F-2026-042")} == {0}
    assert "alert.payment_uncertain" in kinds(ledger)


def _events(store: Store) -> list[Event]:
    with store.session() as s:
        return list(s.exec(select(Event)))


def test_an_auto_reply_with_a_return_date_holds_the_client_and_pauses_nothing(
        ledger: Store, config: Config) -> None:
    raw = ("From: ACME Billing <billing@acme.example>\r\nTo: camille@martin-conseil.example\r\n"
           "Subject: Absence du bureau\r\nAuto-Submitted: auto-replied\r\n"
           "Message-ID: <ooo@acme.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           "Je suis absent du bureau et serai de retour le 3 décembre 2026.\r\n").encode()
    assert handle(ledger, config, raw, FORGED) == "auto_reply"
    assert ledger.get_client("acme").hold_until == dt.date(2026, 12, 3)
    assert {state(ledger, n)[0] for n in ("F-2026-041", "F-2026-042")} == {"open"}


def test_a_bounce_marks_the_address_failing_and_pauses_the_client(
        ledger: Store, config: Config) -> None:
    raw = (b"From: MAILER-DAEMON@mx.martin-conseil.example\r\nTo: camille@martin-conseil.example"
           b"\r\nSubject: Undelivered Mail Returned to Sender\r\nMessage-ID: <b@mx>\r\n"
           b"Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n"
           b"--B\r\nContent-Type: text/plain\r\n\r\nThis is the mail system. Your message could"
           b" not be delivered to billing@acme.example: user unknown.\r\n"
           b"--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\n"
           b"Final-Recipient: rfc822; billing@acme.example\r\nAction: failed\r\nStatus: 5.1.1\r\n"
           b"\r\n--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
           b"From: camille@martin-conseil.example\r\nTo: billing@acme.example\r\n"
           b"X-Dunnerd-Invoice: F-2026-041\r\nSubject: Reminder\r\n\r\n--B--\r\n")
    assert handle(ledger, config, raw, FORGED) == "bounce"
    assert ledger.get_client("acme").failing_emails == ["billing@acme.example"]
    assert {state(ledger, n)[0] for n in ("F-2026-041", "F-2026-042")} == {"paused"}
    assert "alert.bounce" in kinds(ledger)


def test_more_than_is_owed_is_asked_not_recorded(ledger: Store, config: Config) -> None:
    handle(ledger, config, bank_notice("9 999,00", "F-2026-041"), TRUSTED)
    assert state(ledger, "F-2026-041") == ("paused", 0)
    assert "alert.payment_uncertain" in kinds(ledger)


def test_the_same_notice_twice_is_counted_once(ledger: Store, config: Config) -> None:
    notice = bank_notice("234,56", "F-2026-041")
    handle(ledger, config, notice, TRUSTED, uid=1)
    handle(ledger, config, notice, TRUSTED, uid=2)
    assert state(ledger, "F-2026-041") == ("open", 23_456)


def test_a_hold_is_capped_at_thirty_days(ledger: Store, config: Config) -> None:
    raw = (b"From: ACME Billing <billing@acme.example>\r\nTo: camille@martin-conseil.example\r\n"
           b"Subject: Out of office\r\nAuto-Submitted: auto-replied\r\n"
           b"Message-ID: <ooo2@acme.example>\r\n\r\nI am away and back on 1 June 2027.\r\n"
           )
    assert handle(ledger, config, raw, FORGED) == "auto_reply"
    hold = ledger.get_client("acme").hold_until
    assert hold is not None and hold <= ledger.clock.now().date() + dt.timedelta(days=30)


def test_a_handed_off_invoice_is_still_paid_by_a_trusted_notice(ledger: Store,
                                                               config: Config) -> None:
    ledger.change_status("F-2026-041", InvoiceStatus.HANDED_OFF, actor="cli")
    handle(ledger, config, bank_notice("1 234,56", "F-2026-041"), TRUSTED)
    assert state(ledger, "F-2026-041") == ("paid", 123_456)


def test_a_reply_about_a_handed_off_invoice_alerts_and_changes_nothing(
        ledger: Store, config: Config) -> None:
    ledger.change_status("F-2026-041", InvoiceStatus.HANDED_OFF, actor="cli")
    reply = (b"From: ACME <billing@acme.example>\r\nTo: camille@martin-conseil.example\r\n"
             b"Subject: Facture F-2026-041\r\nMessage-ID: <r-1@acme.example>\r\n"
             b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
             b"Bonjour, pouvons-nous parler de la facture F-2026-041 ?\r\n")
    assert handle(ledger, config, reply, TRUSTED) == "human_reply"
    assert state(ledger, "F-2026-041") == ("handed_off", 0)
    [event] = [e for e in _events(ledger) if e.kind == "alert.reply_after_handoff"]
    assert event.detail["subject"] == "Facture F-2026-041"
    assert collect_alerts(ledger, config) == 1 + kinds(ledger).count("invoice.paused")
