"""What the final reminder says of the penalties (legal.claim_penalties_from): the amount
accrued on the day and its basis, computed by hand here; nothing for a consumer, nor before
the step the owner chose, nor when nothing accrued."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from dunnerd.config.schema import Config
from dunnerd.dunning.render import Renderer
from dunnerd.ledger.models import Client, Invoice
from dunnerd.ledger.store import Store
from dunnerd.legal.mention import penalty_mention
from dunnerd.mail.reminder_context import reminder_context

DUE = dt.date(2026, 1, 31)
TODAY = dt.date(2026, 3, 2)  # 30 days late: 1 February to 2 March 2026
# H1 2026 (rates.toml, verified): ECB MRO 2.15 % + 10 points = 12.15 %, above 3 × 2.62 %.
# 1,000.00 EUR × 12.15 % × 30 / 365 = 9.9863... -> 9.99 EUR; with the 40 EUR indemnity: 49.99.
INTEREST_AND_INDEMNITY = Decimal("49.99")


def late_invoice(store: Store, **client_fields: object) -> tuple[Client, Invoice]:
    client = store.add_client(Client(key="acme", name="ACME SA",
                                     emails=["billing@acme.example"], **client_fields))
    invoice = store.add_invoice(Invoice(number="F-1", client_id=client.id or 0,
                                        issued=DUE - dt.timedelta(days=30), due=DUE,
                                        amount_cents=100_000))
    return client, invoice


def test_the_final_step_names_the_amount_accrued_and_its_basis(store: Store,
                                                                config: Config) -> None:
    client, invoice = late_invoice(store)
    mention = penalty_mention(store, config, client, [invoice], "final", TODAY)
    assert mention is not None
    assert [(t.currency, t.amount) for t in mention.amounts] == [
        ("EUR", INTEREST_AND_INDEMNITY)]
    assert "L441-10" in mention.basis and "D441-5" in mention.basis
    assert not mention.provisional


def test_the_final_reminder_says_it_in_the_clients_language(store: Store,
                                                             config: Config) -> None:
    client, invoice = late_invoice(store, language="fr")
    mention = penalty_mention(store, config, client, [invoice], "final", TODAY)
    context = dataclasses.replace(
        reminder_context(config, client, [invoice], "final", TODAY, 2), penalties=mention)
    text = Renderer().render(context).text
    assert "49,99" in text and "L441-10" in text and "2 mars 2026" in text


@pytest.mark.parametrize(("step", "client_fields", "claim_from"), [
    ("firm", {}, "final"),  # before the step the owner chose
    ("final", {}, "never"),  # the owner waives them
    ("final", {"claim_penalties_from": "never"}, "final"),  # for this client only
    ("final", {"kind": "consumer"}, "final"),  # no commercial penalties, no notice sent yet
])
def test_no_mention(store: Store, config: Config, step: str, client_fields: dict[str, object],
                    claim_from: str) -> None:
    client, invoice = late_invoice(store, **client_fields)
    config = dataclasses.replace(
        config, legal=dataclasses.replace(config.legal, claim_penalties_from=claim_from))
    assert penalty_mention(store, config, client, [invoice], step, TODAY) is None


def test_nothing_accrued_no_mention(store: Store, config: Config) -> None:
    client, invoice = late_invoice(store)
    assert penalty_mention(store, config, client, [invoice], "final", DUE) is None
