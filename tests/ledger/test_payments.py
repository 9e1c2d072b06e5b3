"""Payment reviews in the ledger: schema 5 from a schema-3 database, confirm and reject."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect

from dunnerd.clock import FixedClock
from dunnerd.ledger.errors import NotFound, StoreError
from dunnerd.ledger.migrations import SCHEMA_VERSION
from dunnerd.ledger.models import Client, Invoice
from dunnerd.ledger.payments import confirm, list_reviews, open_review, reject
from dunnerd.ledger.store import Store
from dunnerd.states import InvoiceStatus


def test_a_schema_3_database_gets_the_review_table(tmp_path: Path, clock: FixedClock) -> None:
    """The version before this branch's migration: its data stays, the new table appears."""
    made = Store(f"sqlite:///{tmp_path / 'v3.sqlite3'}", clock)
    made.add_client(Client(key="acme", name="ACME", emails=["a@acme.example"]))
    made.close()
    conn = sqlite3.connect(tmp_path / "v3.sqlite3")
    conn.executescript("DROP TABLE payment_review; UPDATE schema_version SET version = 3;")
    conn.close()
    store = Store(f"sqlite:///{tmp_path / 'v3.sqlite3'}", clock)
    assert store.schema_version() == SCHEMA_VERSION
    assert "payment_review" in inspect(store.engine).get_table_names()
    assert store.get_client("acme").emails == ["a@acme.example"]
    assert list_reviews(store) == []


@pytest.fixture
def paused(store: Store) -> tuple[Store, int]:
    client = store.add_client(Client(key="acme", name="ACME", emails=["a@acme.example"]))
    for number in ("F-1", "F-2"):
        store.add_invoice(Invoice(number=number, client_id=client.id or 0, amount_cents=10_000,
                                  issued=dt.date(2026, 9, 1), due=dt.date(2026, 10, 1)))
    with store.session() as s:
        review = open_review(store, s, source="client_claim", client_id=client.id,
                             reason="the client says it is paid",
                             proposal=[{"invoice_id": store.get_invoice("F-1").id,
                                        "number": "F-1", "cents": 10_000}])
        for number in ("F-1", "F-2"):
            invoice = s.get(Invoice, store.get_invoice(number).id)
            assert invoice is not None
            store.apply_status(s, invoice, InvoiceStatus.PAUSED, actor="inbox",
                               reason="client says it is paid", payment_review=review.id)
    return store, review.id or 0


def test_confirm_records_the_proposal_and_resumes_what_still_owes(
        paused: tuple[Store, int]) -> None:
    store, review_id = paused
    [invoice] = confirm(store, review_id, actor="cli")
    assert (invoice.number, invoice.status) == ("F-1", InvoiceStatus.PAID)
    assert store.get_invoice("F-2").status is InvoiceStatus.OPEN  # it paused F-2 too
    [review] = list_reviews(store)
    assert (review.state, review.decided_by) == ("confirmed", "cli")


def test_confirm_on_another_invoice_for_an_amount(paused: tuple[Store, int]) -> None:
    store, review_id = paused
    confirm(store, review_id, actor="cli", invoice_number="F-2", cents=4_000)
    assert (store.get_invoice("F-2").paid_cents, store.get_invoice("F-2").status) == (
        4_000, InvoiceStatus.OPEN)
    assert store.get_invoice("F-1").paid_cents == 0


def test_reject_resumes_and_records_nothing_once(paused: tuple[Store, int]) -> None:
    store, review_id = paused
    assert sorted(reject(store, review_id, actor="cli", note="not in my account")) == [
        "F-1", "F-2"]
    assert {i.status for i in store.list_invoices()} == {InvoiceStatus.OPEN}
    assert {i.paid_cents for i in store.list_invoices()} == {0}
    with pytest.raises(StoreError, match="already rejected"):
        confirm(store, review_id, actor="cli")
    with pytest.raises(NotFound):
        reject(store, review_id + 1, actor="cli")
