"""The outbox state machine on a real SQLite ledger, with SMTP outcomes given directly."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import hashlib
from pathlib import Path

import pytest

from dunnerd.clock import FixedClock
from dunnerd.config.schema import Config
from dunnerd.dunning.policy import PlannedReminder, plan_client
from dunnerd.dunning.render import Renderer
from dunnerd.ledger.models import Client, Invoice
from dunnerd.ledger.store import Store
from dunnerd.mail.outbox import Outbox, OutgoingEmail, retry_delay
from dunnerd.mail.smtp import SendOutcome, SendResult
from dunnerd.mail.witness import witness_address
from dunnerd.states import InvoiceStatus, ReminderState

ACCEPTED = SendResult(SendOutcome.ACCEPTED, 250, "2.0.0 queued as 42", "data-end")
TEMPFAIL = SendResult(SendOutcome.DEFERRED, 451, "4.3.0 try later", "rcpt")
REJECTED = SendResult(SendOutcome.REJECTED, 550, "5.1.1 no such user", "rcpt")
NO_REPLY = SendResult(SendOutcome.UNKNOWN, None, "no reply after the final '.'", "data-end")


@pytest.fixture
def outbox(store: Store, config: Config) -> Outbox:
    return Outbox(store, config, Renderer(), witness_address(config.owner.email),
                  dt.timedelta(seconds=30))


def ledger(store: Store, lateness: dict[str, int], client_key: str = "acme") -> None:
    client = store.find_client(client_key) or store.add_client(Client(
        key=client_key, name="ACME SA", emails=["billing@acme.example"],
        cc=["boss@acme.example"], language="en", timezone="Europe/Paris"))
    today = store.clock.now().date()
    for number, late in lateness.items():
        due = today - dt.timedelta(days=late)
        store.add_invoice(Invoice(number=number, client_id=client.id or 0,
                                  issued=due - dt.timedelta(days=30), due=due,
                                  amount_cents=150_000, message_id=f"<inv-{number}@martin>"))


def prepare_due(store: Store, outbox: Outbox, config: Config) -> list[OutgoingEmail]:
    clients, invoices = store.policy_inputs(config.owner.timezone)
    prepared = []
    for client in clients:
        mine = [i for i in invoices if i.client_id == client.client_id]
        for planned in plan_client(client, mine, config.policy, store.clock.now()):
            if planned.at <= store.clock.now():
                email_ = outbox.prepare(planned)
                if email_:
                    prepared.append(email_)
    return prepared


def states(store: Store) -> list[tuple[str, str, ReminderState]]:
    rows = []
    for invoice in store.list_invoices():
        rows += [(invoice.number, r.step, r.state)
                 for r in store.reminders_for_invoice(invoice.id or 0)]
    return sorted(rows)


def test_prepare_stores_the_exact_bytes_before_any_attempt(store: Store, outbox: Outbox,
                                                           config: Config) -> None:
    ledger(store, {"F-2": 2, "F-16": 16})
    [prepared] = prepare_due(store, outbox, config)
    assert prepared.invoice_numbers == ("F-16", "F-2")  # grouped: one email
    assert prepared.envelope.recipients == ("billing@acme.example", "boss@acme.example",
                                            "camille+dunnerd-witness@martin-conseil.example")
    rows = [r for inv in store.list_invoices() for r in store.reminders_for_invoice(inv.id or 0)]
    assert {(r.state, r.message_id, r.raw_message, r.sha256) for r in rows} == {
        (ReminderState.PLANNED, prepared.message_id, prepared.raw,
         hashlib.sha256(prepared.raw).hexdigest())}
    message = email.message_from_bytes(prepared.raw, policy=email.policy.default)
    assert message["Bcc"] is None, "the witness is an envelope recipient only"
    assert message["In-Reply-To"] in {"<inv-F-2@martin>", "<inv-F-16@martin>"}
    assert "F-16" in str(message["X-Dunnerd-Invoice"])
    # The same plan again prepares nothing: the rows are taken.
    assert prepare_due(store, outbox, config) == []
    assert outbox.due(store.clock.now())[0].raw == prepared.raw


def test_accepted_then_filed_and_the_next_reminder_threads_to_it(
        store: Store, outbox: Outbox, config: Config, clock: FixedClock) -> None:
    ledger(store, {"F-2": 2})
    [first] = prepare_due(store, outbox, config)
    outbox.mark_sending(first)
    assert outbox.record_result(first, ACCEPTED) is ReminderState.SENT
    assert [e.message_id for e in outbox.unfiled()] == [first.message_id]
    outbox.mark_filed_many([(first, 7)])
    assert states(store) == [("F-2", "friendly", ReminderState.FILED)]
    clock.advance(dt.timedelta(days=14))
    [second] = prepare_due(store, outbox, config)
    message = email.message_from_bytes(second.raw, policy=email.policy.default)
    assert message["In-Reply-To"] == first.message_id
    assert first.message_id in str(message["References"])
    assert "<inv-F-2@martin>" in str(message["References"])


def test_temporary_failure_defers_with_capped_backoff_and_retries_the_same_bytes(
        store: Store, outbox: Outbox, config: Config, clock: FixedClock) -> None:
    ledger(store, {"F-2": 2})
    [prepared] = prepare_due(store, outbox, config)
    assert outbox.record_result(prepared, TEMPFAIL) is ReminderState.DEFERRED
    assert outbox.due(clock.now()) == []
    assert outbox.next_retry() == clock.now() + retry_delay(1)
    clock.advance(retry_delay(1))
    [again] = outbox.due(clock.now())
    assert again.raw == prepared.raw and again.message_id == prepared.message_id
    assert [retry_delay(n).total_seconds() for n in (1, 2, 3, 7, 8, 50)] == [
        60, 120, 240, 3600, 3600, 3600]
    clock.advance(dt.timedelta(days=4))
    assert outbox.record_result(again, TEMPFAIL) is ReminderState.FAILED  # past the deadline


def test_permanent_failure_fails_and_alerts(store: Store, outbox: Outbox, config: Config) -> None:
    ledger(store, {"F-2": 2})
    [prepared] = prepare_due(store, outbox, config)
    assert outbox.record_result(prepared, REJECTED) is ReminderState.FAILED
    invoice = store.get_invoice("F-2")
    kinds = [e.kind for e in store.events_for_invoice(invoice.id or 0)]
    assert "alert.send_failed" in kinds
    assert outbox.due(store.clock.now()) == []


def test_no_reply_is_settled_by_the_witness_or_sent_again_after_the_grace(
        store: Store, outbox: Outbox, config: Config, clock: FixedClock) -> None:
    ledger(store, {"A-2": 2}, "acme")
    ledger(store, {"B-2": 2}, "beta")
    prepared = prepare_due(store, outbox, config)
    for email_ in prepared:
        outbox.mark_sending(email_)
        assert outbox.record_result(email_, NO_REPLY) is ReminderState.UNKNOWN
    assert outbox.uncertain_due(clock.now()) == []  # the grace period first
    clock.advance(dt.timedelta(seconds=31))
    witnessed, missing = outbox.uncertain_due(clock.now())
    assert outbox.settle_witnessed(witnessed.message_id) == 1
    assert outbox.settle_unwitnessed(missing) is ReminderState.DEFERRED
    [retry] = outbox.due(clock.now())
    assert retry.raw == missing.raw
    assert {s for *_, s in states(store)} == {ReminderState.SENT, ReminderState.DEFERRED}


def test_without_a_witness_an_uncertain_send_is_reported_never_resent(
        store: Store, config: Config) -> None:
    blind = Outbox(store, config, Renderer(), None)
    ledger(store, {"F-2": 2})
    [prepared] = prepare_due(store, blind, config)
    blind.mark_sending(prepared)
    assert blind.settle_unwitnessed(prepared) is ReminderState.UNKNOWN
    assert blind.due(store.clock.now()) == []
    invoice = store.get_invoice("F-2")
    assert "alert.send_unknown" in [e.kind for e in store.events_for_invoice(invoice.id or 0)]


def test_an_invoice_paid_after_planning_is_not_sent(store: Store, outbox: Outbox,
                                                    config: Config) -> None:
    ledger(store, {"F-2": 2})
    clients, invoices = store.policy_inputs(config.owner.timezone)
    [planned] = plan_client(clients[0], invoices, config.policy, store.clock.now())
    store.change_status("F-2", InvoiceStatus.PAID, actor="cli")
    assert outbox.prepare(planned) is None
    assert states(store) == []


def test_pausing_cancels_a_deferred_reminder(store: Store, outbox: Outbox,
                                             config: Config) -> None:
    ledger(store, {"F-2": 2})
    [prepared] = prepare_due(store, outbox, config)
    outbox.record_result(prepared, TEMPFAIL)
    store.change_status("F-2", InvoiceStatus.PAUSED, actor="inbox", reason="client replied")
    assert states(store) == [("F-2", "friendly", ReminderState.CANCELLED)]
    assert outbox.due(store.clock.now() + dt.timedelta(days=1)) == []


def test_record_steps_write_a_row_and_an_event_and_send_nothing(
        store: Store, outbox: Outbox, config: Config, clock: FixedClock) -> None:
    ledger(store, {"F-60": 60})
    [final] = prepare_due(store, outbox, config)
    outbox.record_result(final, ACCEPTED)
    clock.advance(dt.timedelta(days=7))
    assert prepare_due(store, outbox, config) == []
    assert ("F-60", "formal_notice", ReminderState.RECORDED) in states(store)
    invoice = store.get_invoice("F-60")
    assert "invoice.formal_notice" in [e.kind for e in store.events_for_invoice(invoice.id or 0)]


def test_a_refused_login_defers_instead_of_failing_the_reminder(
        store: Store, outbox: Outbox, config: Config) -> None:
    ledger(store, {"F-2": 2})
    [prepared] = prepare_due(store, outbox, config)
    bad_login = SendResult(SendOutcome.REJECTED, 535, "5.7.8 authentication failed", "auth")
    assert outbox.record_result(prepared, bad_login) is ReminderState.DEFERRED


def planned_now(store: Store, config: Config) -> list[PlannedReminder]:
    clients, invoices = store.policy_inputs(config.owner.timezone)
    return [planned for client in clients
            for planned in plan_client(client, [i for i in invoices
                                                if i.client_id == client.client_id],
                                       config.policy, store.clock.now())
            if planned.at <= store.clock.now()]


def test_a_batch_writes_the_good_reminders_and_reports_the_one_that_cannot_be_composed(
        store: Store, outbox: Outbox, config: Config, tmp_path: Path) -> None:
    ledger(store, {"A-2": 2}, "acme")
    ledger(store, {"C-2": 2}, "gamma")
    beta = store.add_client(Client(key="beta", name="Beta", emails=["ap@beta.example"]))
    due = store.clock.now().date() - dt.timedelta(days=2)
    store.add_invoice(Invoice(number="B-2", client_id=beta.id or 0, amount_cents=10_000,
                              issued=due - dt.timedelta(days=30), due=due,
                              pdf_path=str(tmp_path / "gone.pdf")))
    batch = planned_now(store, config)
    results = outbox.prepare_many(batch)
    assert [r.planned for r in results] == batch, "one result per planned reminder, in order"
    failed = [r for r in results if r.error is not None]
    assert [f.planned.items[0].invoice.number for f in failed] == ["B-2"]
    assert "gone.pdf" in str(failed[0].error)
    sent = sorted(n for r in results if r.email for n in r.email.invoice_numbers)
    assert sent == ["A-2", "C-2"]
    assert states(store) == [("A-2", "friendly", ReminderState.PLANNED),
                             ("C-2", "friendly", ReminderState.PLANNED)]
    for number in ("A-2", "C-2"):
        [event] = [e for e in store.events_for_invoice(store.get_invoice(number).id or 0)
                   if e.kind == "reminder.prepared"]
        assert event.detail["step"] == "friendly" and event.client_id is not None
    # Prepared once: the same batch again has nothing left but the broken one.
    again = outbox.prepare_many(batch)
    assert [r.email for r in again] == [None, None, None]
    assert [r.planned.items[0].invoice.number for r in again if r.error] == ["B-2"]


def test_transitions_count_attempts_and_write_their_events(
        store: Store, outbox: Outbox, config: Config, clock: FixedClock) -> None:
    ledger(store, {"F-2": 2})
    [prepared] = prepare_due(store, outbox, config)
    outbox.mark_sending(prepared)
    assert outbox.record_result(prepared, TEMPFAIL) is ReminderState.DEFERRED
    clock.advance(retry_delay(1))
    [retry] = outbox.due(clock.now())
    assert retry.attempts == 1
    outbox.mark_sending(retry)
    outbox.mark_sending(retry)  # a second call moves nothing: the row is sending already
    assert outbox.record_result(retry, ACCEPTED) is ReminderState.SENT
    invoice = store.get_invoice("F-2")
    [row] = store.reminders_for_invoice(invoice.id or 0)
    assert (row.state, row.attempts, row.smtp_reply) == (
        ReminderState.SENT, 2, "250 2.0.0 queued as 42")
    assert row.sent_at == clock.now() and row.next_attempt_at is None
    [sent] = [e for e in store.events_for_invoice(invoice.id or 0) if e.kind == "reminder.sent"]
    assert sent.detail == {"step": "friendly", "message_id": prepared.message_id,
                           "reply": "250 2.0.0 queued as 42"}
    assert (sent.client_id, sent.actor, sent.at) == (invoice.client_id, "daemon", clock.now())
