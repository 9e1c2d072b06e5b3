"""The hand-off around the dossier: the daemon's step (the dossier saved under the state
directory, the owner's alert with what is missing, the email to the agency queued once with the
invoices handed off and the envelope to the agency only), the court orders' alerts, the policy
that sends nothing about a handed-off invoice, and a schema-4 database upgraded to the
dossiers' tables."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import io
import sqlite3
import zipfile
from pathlib import Path

import pytest
from sqlmodel import select

from dunnerd.clock import FixedClock
from dunnerd.config.schema import Config, HandoffSettings
from dunnerd.daemon import handoff_step
from dunnerd.dunning.policy import plan_client
from dunnerd.dunning.render import Renderer
from dunnerd.ledger.migrations import SCHEMA_VERSION
from dunnerd.ledger.models import Dossier, OwnerAlert, Reminder
from dunnerd.ledger.store import Store
from dunnerd.legal import court_orders, dossiers
from dunnerd.legal.dossier import DossierError
from dunnerd.legal.dossier_email import queue_dossier_email
from dunnerd.legal.procedure import procedure
from dunnerd.mail.outbox import Outbox
from dunnerd.states import HANDOFF_EMAIL_STEP, InvoiceStatus, ReminderState
from tests.legal.dossier_ledger import NOW, FakeMailbox, all_sent, seed

AGENCY = "recouvrement@agence.example"


def with_agency(config: Config) -> Config:
    return dataclasses.replace(config, handoff=HandoffSettings(to=AGENCY))


def alerts(store: Store) -> list[OwnerAlert]:
    with store.session() as s:
        return list(s.exec(select(OwnerAlert).order_by(OwnerAlert.id)))  # type: ignore[arg-type]


def test_the_step_saves_the_dossier_and_alerts_with_it(store: Store, config: Config,
                                                       clock: FixedClock,
                                                       tmp_path: Path) -> None:
    seed(store, config, clock, tmp_path)
    box = FakeMailbox(sent=all_sent(changed={"<F-1-firm@x>": b""}))
    made = handoff_step.make_pending_dossiers(store, config, Renderer(None), lambda: box)
    assert made == 1
    assert handoff_step.make_pending_dossiers(store, config, Renderer(None), lambda: box) == 0
    row = dossiers.latest_for_invoice(store, "F-1")
    assert row is not None and row.actor == "daemon" and row.email_message_id is None
    assert Path(row.path) == config.state_dir / "dossiers" / "acme" / "2026-12-20-acme.zip"
    (alert,) = alerts(store)
    assert alert.subject.startswith("[dunnerd] Hand-off dossier ready for ACME SAS: hand it over")
    assert "(evidence to look at)" in alert.subject
    assert row.path in alert.body and "<F-1-firm@x>: missing from Sent" in alert.body
    assert "owner.profession" in alert.body and "--handed-off" in alert.body
    assert alert.attachment == Path(row.path).read_bytes()
    assert alert.attachment_name == "2026-12-20-acme.zip"
    # Nothing was sent and nothing changed status without [handoff] to.
    assert store.get_invoice("F-1").status is InvoiceStatus.OPEN


def test_with_an_agency_it_is_queued_once_and_the_invoices_handed_off(
        store: Store, config: Config, clock: FixedClock, tmp_path: Path) -> None:
    config = with_agency(config)
    seed(store, config, clock, tmp_path)
    with store.session() as s:  # a reminder still pending for F-3 is cancelled
        invoice_id = store.get_invoice("F-3").id or 0
        s.add(Reminder(invoice_id=invoice_id, client_id=1, step="final_bis", planned_at=NOW,
                       state=ReminderState.PLANNED))
    assert handoff_step.make_pending_dossiers(store, config, Renderer(None), None) == 1
    row = dossiers.latest_for_invoice(store, "F-1")
    assert row is not None and row.email_message_id and row.sent_to == AGENCY
    for number in ("F-1", "F-2", "F-3"):
        assert store.get_invoice(number).status is InvoiceStatus.HANDED_OFF
        states = {r.step: r.state for r in store.reminders_for_invoice(
            store.get_invoice(number).id or 0)}
        assert states[HANDOFF_EMAIL_STEP] is ReminderState.PLANNED
    assert {r.step: r.state for r in store.reminders_for_invoice(invoice_id)}[
        "final_bis"] is ReminderState.CANCELLED
    (alert,) = alerts(store)
    assert "sent to your agency" in alert.subject and AGENCY in alert.body
    with pytest.raises(DossierError, match="sent already"):
        queue_dossier_email(store, config, Renderer(None), row.id or 0)
    # The outbox sends it to the agency only (and the witness), never to the client.
    outbox = Outbox(store, config, Renderer(None), "camille+dunnerd-witness@x.example")
    (outgoing,) = outbox.due(NOW)
    assert outgoing.envelope.recipients == (AGENCY, "camille+dunnerd-witness@x.example")
    message = email.message_from_bytes(outgoing.raw, policy=email.policy.default)
    assert message["To"].addresses[0].addr_spec == AGENCY
    assert "billing@acme.example" not in outgoing.raw.decode("ascii", "replace")
    parts = {part.get_filename(): part for part in message.walk() if part.get_filename()}
    assert parts[row.file_name].get_content_type() == "application/zip"
    assert parts[row.file_name].get_payload(decode=True) == Path(row.path).read_bytes()
    with zipfile.ZipFile(io.BytesIO(Path(row.path).read_bytes())) as archive:
        assert parts["creance.csv"].get_payload(decode=True) == archive.read("creance.csv")
    # Handed off: the policy plans nothing more for them.
    clients, invoices = store.policy_inputs("UTC")
    assert [i.number for i in invoices] == []
    assert plan_client(clients[0], invoices, config.policy, NOW) == []


def test_a_changed_dossier_file_is_never_sent(store: Store, config: Config,
                                              clock: FixedClock, tmp_path: Path) -> None:
    seed(store, config, clock, tmp_path)
    handoff_step.make_pending_dossiers(store, config, Renderer(None), None)
    row = dossiers.latest_for_invoice(store, "F-1")
    assert row is not None
    Path(row.path).write_bytes(b"PK tampered")
    with pytest.raises(DossierError, match="changed since it was made"):
        queue_dossier_email(store, with_agency(config), Renderer(None), row.id or 0)
    assert store.get_invoice("F-1").status is InvoiceStatus.OPEN


def test_a_dossier_that_cannot_be_written_is_an_alert(store: Store, config: Config,
                                                      clock: FixedClock, tmp_path: Path) -> None:
    seed(store, config, clock, tmp_path)
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the state directory should be")
    config = dataclasses.replace(config, state_dir=blocked)
    assert handoff_step.make_pending_dossiers(store, config, Renderer(None), None) == 0
    (alert,) = alerts(store)
    assert alert.kind == "dossier_failed" and "could not be made" in alert.subject
    assert dossiers.pending(store)  # tried again at the next pass


def test_court_deadlines_alert_once_each(store: Store, config: Config, clock: FixedClock,
                                         tmp_path: Path) -> None:
    seed(store, config, clock, tmp_path, numbers=("F-1",))
    court_orders.record_order(store, ["F-1"], dt.date(2026, 12, 18), "RG 26/123", procedure())
    clock.set(dt.datetime(2027, 2, 20, 9, tzinfo=dt.UTC))  # 3 months: by 18 March 2027
    assert handoff_step.alert_court_deadlines(store, config, clock.now()) == 1
    assert handoff_step.alert_court_deadlines(store, config, clock.now()) == 0
    (alert,) = alerts(store)
    assert alert.subject == "[dunnerd] Serve the order against ACME SAS before 2027-03-18"
    assert "--served YYYY-MM-DD" in alert.body and "RG 26/123" in alert.body
    court_orders.record_service(store, "F-1", dt.date(2027, 3, 1))
    clock.set(dt.datetime(2027, 4, 2, 9, tzinfo=dt.UTC))  # a month from 1 March: 1 April
    assert handoff_step.alert_court_deadlines(store, config, clock.now()) == 1
    assert "month for opposition" in alerts(store)[-1].subject
    assert "CPC art. 1422" in alerts(store)[-1].body


def test_a_schema_4_database_gets_the_dossiers_tables(tmp_path: Path,
                                                      clock: FixedClock) -> None:
    """From the version before: today's schema less what migration 8 adds."""
    path = tmp_path / "v4.sqlite3"
    Store(f"sqlite:///{path}", clock).close()
    conn = sqlite3.connect(path)
    conn.executescript("""
        DROP TABLE dossier_invoice; DROP TABLE dossier;
        DROP TABLE court_order_invoice; DROP TABLE court_order;
        ALTER TABLE client DROP COLUMN legal_form;
        UPDATE schema_version SET version = 4;
        INSERT INTO client (id, key, name, emails, cc, phone, never_remind, grace_days,
            step_overrides, notes, kind, legal_name, address, siren, siret, vat_number,
            penalty_rate, claim_penalties_from, claim_indemnity, failing_emails)
            VALUES (1, 'acme', 'ACME', '["a@acme.example"]', '[]', '', 0, 0, '{}', '',
                    'business', '', '', '', '', '', '', '', 1, '[]');
        INSERT INTO invoice (id, number, client_id, issued, due, amount_cents, paid_cents,
            currency, status, penalty_rate) VALUES (1, 'F-1', 1, '2026-01-01', '2026-01-31',
            1000, 0, 'EUR', 'OPEN', '');
    """)
    conn.close()
    store = Store(f"sqlite:///{path}", clock)
    try:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.get_client("acme").legal_form == ""
        assert dossiers.latest_for_invoice(store, "F-1") is None
        store.change_status("F-1", InvoiceStatus.HANDED_OFF, actor="test")
        assert store.get_invoice("F-1").status is InvoiceStatus.HANDED_OFF
        with store.session() as s:
            assert s.exec(select(Dossier)).all() == []
    finally:
        store.close()
