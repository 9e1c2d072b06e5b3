"""Payment notices through the real parser, classifier, matching and ledger, the trust decision
injected (test_trust.py proves the real one): only a verified sender's certain money in is
recorded; debits, refunds and failures never; anything less is a review the owner decides."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from dunnerd.config.schema import Config, TrustedSender
from dunnerd.inbox.actions import VerdictActions
from dunnerd.inbox.processor import InboxProcessor
from dunnerd.inbox.trust import TrustVerdict
from dunnerd.ledger.errors import StoreError
from dunnerd.ledger.models import Client, Event, Invoice
from dunnerd.ledger.payments import confirm, list_reviews, reject
from dunnerd.ledger.store import Store
from dunnerd.mail.imap import FetchedMessage, MailboxCursor

CURSOR = MailboxCursor("INBOX", 1, 0)
TRUSTED = TrustVerdict(True, "dkim", "alerts@qonto.com", ("DKIM d=qonto.com aligned",))
FORGED = TrustVerdict(False, None, "alerts@qonto.com", ("no valid authentication",))


@pytest.fixture
def bank(config: Config) -> Config:
    import dataclasses

    return dataclasses.replace(config, trusted_senders=(TrustedSender("@qonto.com"),))


@pytest.fixture
def ledger(store: Store) -> Store:
    dupont = store.add_client(Client(key="dupont", name="Dupont & Associés",
                                     emails=["compta@dupont.example"]))
    gautier = store.add_client(Client(key="gautier", name="Paul Gautier",
                                      emails=["paul.gautier@gmail.com"]))
    for number, client, cents in (("F-1", dupont, 30_000), ("F-2", dupont, 20_000),
                                  ("F-3", gautier, 64_000)):
        store.add_invoice(Invoice(number=number, client_id=client.id or 0, amount_cents=cents,
                                  issued=dt.date(2026, 9, 1), due=dt.date(2026, 10, 1)))
    return store


def notice(subject: str, body: str, message_id: str = "<n1@qonto.com>") -> bytes:
    return (f"From: Qonto <alerts@qonto.com>\r\nTo: camille@martin-conseil.example\r\n"
            f"Subject: {subject}\r\nMessage-ID: {message_id}\r\nAuto-Submitted: auto-generated"
            "\r\nDate: Mon, 23 Nov 2026 09:00:00 +0100\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()


def handle(store: Store, config: Config, raw: bytes, trust: TrustVerdict, uid: int = 1) -> str:
    actions = VerdictActions(store, config, trust=lambda _raw: trust)
    [verdict] = InboxProcessor(store, config, actions).handle(
        CURSOR, [FetchedMessage(uid, raw)], reset=False)
    assert verdict.origin == "trusted"  # a configured sender: read as transactions
    return verdict.kind


def states(store: Store) -> dict[str, tuple[str, int]]:
    return {i.number: (i.status.value, i.paid_cents) for i in store.list_invoices()}


def kinds(store: Store) -> list[str]:
    with store.session() as s:
        return [e.kind for e in s.exec(select(Event))]


def test_payer_and_a_sum_of_balances_without_a_number_is_recorded(ledger: Store,
                                                                  bank: Config) -> None:
    raw = notice("Virement reçu", "Vous avez reçu un virement de 500,00 € de SARL DUPONT ET "
                                  "ASSOCIES.")
    assert handle(ledger, bank, raw, TRUSTED) == "payment_notification"
    assert states(ledger) == {"F-1": ("paid", 30_000), "F-2": ("paid", 20_000),
                              "F-3": ("open", 0)}
    with ledger.session() as s:
        paid = s.exec(select(Event).where(Event.kind == "invoice.paid")).first()
    assert paid is not None and paid.detail["matched_by"] == "payer and amount match"
    assert paid.detail["transaction"]["payer"] == "SARL DUPONT ET ASSOCIES"


@pytest.mark.parametrize(("subject", "body"), [
    ("Prélèvement", "Un prélèvement SEPA de 640,00 EUR a été débité de votre compte. "
                    "Créancier : M. GAUTIER PAUL"),
    ("Remboursement", "Vous avez remboursé 640,00 € à M. GAUTIER PAUL."),
    ("Virement rejeté", "Le virement de 640,00 € de M. GAUTIER PAUL a été rejeté et retourné"
                        " à l'émetteur."),
    ("Your payout of €640.00 is on its way", "It should arrive tomorrow."),
])
def test_money_that_did_not_come_in_is_never_recorded(ledger: Store, bank: Config,
                                                      subject: str, body: str) -> None:
    handle(ledger, bank, notice(subject, body), TRUSTED)
    assert {paid for _, paid in states(ledger).values()} == {0}
    assert list_reviews(ledger) == []


def test_an_uncertain_match_opens_a_review_pauses_the_client_and_confirm_records_it(
        ledger: Store, bank: Config) -> None:
    # The amount fits F-3, but the payer is nobody we know: ask.
    handle(ledger, bank, notice("Virement reçu", "Vous avez reçu un virement de 640,00 € de "
                                                 "MARIE CURIE."), TRUSTED)
    assert states(ledger)["F-3"] == ("paused", 0)
    [review] = list_reviews(ledger, "pending")
    assert (review.source, review.proposal) == ("bank_notice", [
        {"invoice_id": ledger.get_invoice("F-3").id, "number": "F-3", "cents": 64_000}])
    assert "alert.payment_uncertain" in kinds(ledger)
    confirm(ledger, review.id or 0, actor="cli")
    assert states(ledger)["F-3"] == ("paid", 64_000)
    with pytest.raises(StoreError, match="already confirmed"):
        reject(ledger, review.id or 0, actor="cli")


def test_reject_records_nothing_and_resumes_what_the_review_paused(ledger: Store,
                                                                  bank: Config) -> None:
    handle(ledger, bank, notice("Virement reçu", "Vous avez reçu un virement de 99,00 € de "
                                                 "Dupont et Associés."), TRUSTED)
    assert states(ledger) == {"F-1": ("paused", 0), "F-2": ("paused", 0), "F-3": ("open", 0)}
    [review] = list_reviews(ledger, "pending")
    assert review.reason == "the payer is a client but the amount fits no balance"
    assert sorted(reject(ledger, review.id or 0, actor="cli")) == ["F-1", "F-2"]
    assert states(ledger) == {"F-1": ("open", 0), "F-2": ("open", 0), "F-3": ("open", 0)}


def test_a_forged_notice_naming_our_invoice_is_a_claim_never_money(ledger: Store,
                                                                   bank: Config) -> None:
    forged = notice("Virement reçu", "Vous avez reçu un virement de 300,00 €.\nRéférence : F-1")
    handle(ledger, bank, forged, FORGED)
    handle(ledger, bank, forged, FORGED, uid=2)  # its second copy opens no second review
    assert states(ledger)["F-1"] == ("paused", 0)
    [review] = list_reviews(ledger, "pending")
    assert review.source == "unverified_notice"
    assert "alert.unverified_payment_claim" in kinds(ledger)


def test_a_forged_notice_about_nobody_we_know_is_ignored(ledger: Store, bank: Config) -> None:
    handle(ledger, bank, notice("Virement reçu", "Vous avez reçu un virement de 12,00 € de "
                                                 "INCONNU SA."), FORGED)
    assert set(states(ledger).values()) == {("open", 0)}
    assert "alert.unverified_payment_claim" not in kinds(ledger)


def test_the_same_notice_twice_is_counted_once(ledger: Store, bank: Config) -> None:
    raw = notice("Virement reçu", "Vous avez reçu un virement de 100,00 €.\nRéférence : F-1")
    handle(ledger, bank, raw, TRUSTED, uid=1)
    handle(ledger, bank, raw, TRUSTED, uid=2)
    assert states(ledger)["F-1"] == ("open", 10_000)


def test_a_movement_in_unknown_words_changes_nothing_and_the_owner_is_told_once(
        ledger: Store, bank: Config) -> None:
    raw = notice("Nouvelle opération sur votre compte",
                 "Opération de 640,00 € : M. GAUTIER PAUL, le 23/11/2026.")
    assert handle(ledger, bank, raw, TRUSTED) == "payment_notification"
    handle(ledger, bank, raw, TRUSTED, uid=2)  # the same notice again
    assert {paid for _, paid in states(ledger).values()} == {0}
    with ledger.session() as s:
        [told] = s.exec(select(Event).where(Event.kind == "alert.payment_unread")).all()
    assert (told.detail["amount"], told.detail["currency"]) == ("640.00", "EUR")
    assert list_reviews(ledger) == []
