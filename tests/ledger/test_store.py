"""The ledger: migrations, WAL, status changes with their events, the policy's view."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from dunnerd.clock import FixedClock
from dunnerd.ledger.errors import StoreError
from dunnerd.ledger.migrations import MIGRATIONS, SCHEMA_VERSION, migrate
from dunnerd.ledger.models import Client, Invoice, Reminder
from dunnerd.ledger.store import Store
from dunnerd.states import InvoiceStatus, ReminderState


def add_invoice(store: Store, number: str = "F-1", due: dt.date = dt.date(2026, 11, 1),
                amount_cents: int = 120_000) -> Invoice:
    client = store.find_client("acme") or store.add_client(
        Client(key="acme", name="ACME", emails=["billing@acme.example"]))
    return store.add_invoice(Invoice(number=number, client_id=client.id or 0,
                                     issued=due - dt.timedelta(days=30), due=due,
                                     amount_cents=amount_cents))


def test_new_database_is_wal_and_stamped_with_the_latest_version(store: Store) -> None:
    assert store.schema_version() == SCHEMA_VERSION == len(MIGRATIONS)
    if store.engine.dialect.name == "sqlite":
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
    assert store.integrity_ok()


def test_reopening_keeps_the_data_and_a_newer_schema_is_refused(database_url: str,
                                                                 clock: FixedClock) -> None:
    url = database_url
    first = Store(url, clock)
    add_invoice(first)
    first.close()
    again = Store(url, clock)
    assert again.get_invoice("F-1").amount_cents == 120_000
    with again.engine.begin() as conn:
        conn.execute(text("UPDATE schema_version SET version = :v"), {"v": SCHEMA_VERSION + 1})
    again.close()
    with pytest.raises(StoreError, match="newer than this dunnerd"):
        Store(url, clock)


def test_pending_migrations_run_in_order(database_url: str, clock: FixedClock,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    url = database_url
    Store(url, clock).close()
    ran: list[int] = []
    monkeypatch.setattr("dunnerd.ledger.migrations.MIGRATIONS",
                        MIGRATIONS + [lambda conn: ran.append(2)])
    monkeypatch.setattr("dunnerd.ledger.migrations.SCHEMA_VERSION", SCHEMA_VERSION + 1)
    reopened = Store(url, clock)
    try:
        assert ran == [2]
        assert reopened.schema_version() == SCHEMA_VERSION + 1
        migrate(reopened.engine)
        assert ran == [2], "a migration runs once"
    finally:
        reopened.close()


def test_status_change_cancels_pending_reminders_and_records_the_event(store: Store) -> None:
    invoice = add_invoice(store)
    with store.session() as s:
        s.add(Reminder(invoice_id=invoice.id or 0, client_id=invoice.client_id, step="friendly",
                       planned_at=store.clock.now()))
    store.change_status("F-1", InvoiceStatus.PAUSED, actor="cli", reason="client called")
    [reminder] = store.reminders_for_invoice(invoice.id or 0)
    assert reminder.state is ReminderState.CANCELLED
    kinds = [(e.kind, e.detail.get("reason")) for e in store.events_for_invoice(invoice.id or 0)]
    assert kinds == [("invoice.added", None), ("invoice.paused", "client called")]


def test_partial_then_full_payment(store: Store) -> None:
    add_invoice(store)
    partly = store.record_payment("F-1", 20_000, actor="cli")
    assert (partly.status, partly.paid_cents) == (InvoiceStatus.OPEN, 20_000)
    _, [state] = store.policy_inputs("Europe/Paris")
    assert state.balance_cents == 100_000
    paid = store.record_payment("F-1", 100_000, actor="cli")
    assert paid.status is InvoiceStatus.PAID
    _, open_invoices = store.policy_inputs("Europe/Paris")
    assert open_invoices == []


def test_policy_view_carries_the_delivered_history_only(store: Store) -> None:
    invoice = add_invoice(store)
    sent_at = dt.datetime(2026, 11, 2, 9, tzinfo=dt.UTC)
    with store.session() as s:
        s.add(Reminder(invoice_id=invoice.id or 0, client_id=invoice.client_id, step="friendly",
                       planned_at=sent_at, sent_at=sent_at, state=ReminderState.FILED))
        s.add(Reminder(invoice_id=invoice.id or 0, client_id=invoice.client_id, step="firm",
                       planned_at=sent_at, state=ReminderState.CANCELLED))
    clients, [state] = store.policy_inputs("Europe/Paris")
    assert clients[0].timezone == "Europe/Paris"
    assert [(r.step, r.at) for r in state.history] == [("friendly", sent_at)]


def test_duplicate_invoice_number_is_refused_and_nothing_is_lost(store: Store) -> None:
    add_invoice(store)
    with pytest.raises(StoreError, match="already exists"):
        add_invoice(store, amount_cents=5)
    assert store.get_invoice("F-1").amount_cents == 120_000


# The first release's schema (version 1), as its create_all wrote it on each database.
V1_SCHEMA = """
    CREATE TABLE client (id INTEGER PRIMARY KEY, key VARCHAR NOT NULL UNIQUE,
        name VARCHAR NOT NULL, emails JSON NOT NULL, cc JSON NOT NULL, language VARCHAR,
        timezone VARCHAR, country VARCHAR, phone VARCHAR NOT NULL,
        never_remind BOOLEAN NOT NULL, grace_days INTEGER NOT NULL,
        step_overrides JSON NOT NULL, notes VARCHAR NOT NULL, created_at {datetime});
    CREATE TABLE schema_version (id INTEGER PRIMARY KEY, version INTEGER NOT NULL);
    INSERT INTO schema_version VALUES (1, 1);
    INSERT INTO client VALUES (1, 'acme', 'ACME', '["a@acme.example"]', '[]', NULL, NULL,
        NULL, '', {false}, 0, '{{}}', '', NULL)
"""


def test_a_version_1_database_is_migrated_to_the_latest(database_url: str,
                                                        clock: FixedClock) -> None:
    """A database made by the first release (schema 1) opens in this one, data intact."""
    from sqlalchemy import create_engine

    sqlite = database_url.startswith("sqlite")
    schema = V1_SCHEMA.format(datetime="DATETIME" if sqlite else "TIMESTAMP WITHOUT TIME ZONE",
                              false="0" if sqlite else "false")
    engine = create_engine(database_url)
    with engine.begin() as conn:
        for statement in schema.split(";"):
            conn.execute(text(statement))
    engine.dispose()
    store = Store(database_url, clock)
    assert store.schema_version() == SCHEMA_VERSION
    client = store.get_client("acme")
    assert (client.emails, client.failing_emails, client.hold_until) == (
        ["a@acme.example"], [], None)
    assert (client.kind, client.legal_name, client.address, client.siren, client.siret,
            client.vat_number) == ("business", "", "", "", "", "")  # schema 3
    store.update_client("acme", {"kind": "consumer", "siren": "732829320"})
    assert (store.get_client("acme").kind, store.get_client("acme").siren) == (
        "consumer", "732829320")
    store.close()


def test_invoice_totals_match_the_rows(store: Store) -> None:
    add_invoice(store, "T-1", due=dt.date(2026, 11, 1), amount_cents=10_000)
    add_invoice(store, "T-2", due=dt.date(2026, 12, 1), amount_cents=20_000)
    late_usd = add_invoice(store, "T-3", due=dt.date(2026, 10, 1), amount_cents=30_000)
    with store.session() as s:
        row = s.get(Invoice, late_usd.id)
        assert row is not None
        row.currency = "USD"
    store.record_payment("T-1", 2_500, actor="test")
    store.change_status("T-2", InvoiceStatus.PAID, actor="test", paid_cents=20_000)
    today = dt.date(2026, 11, 20)

    totals = store.invoice_totals(today)

    expected: dict[tuple[InvoiceStatus, str], tuple[int, int, int]] = {}
    for inv in store.list_invoices():
        count, balance, late = expected.get((inv.status, inv.currency), (0, 0, 0))
        expected[(inv.status, inv.currency)] = (count + 1,
                                                balance + inv.amount_cents - inv.paid_cents,
                                                late + (inv.due < today))
    assert {(s, c): (n, b, late) for s, c, n, b, late in totals} == expected == {
        (InvoiceStatus.OPEN, "EUR"): (1, 7_500, 1),
        (InvoiceStatus.PAID, "EUR"): (1, 0, 0),
        (InvoiceStatus.OPEN, "USD"): (1, 30_000, 1),
    }
    assert store.client_count() == 1
