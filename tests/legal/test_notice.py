"""The formal notice: made from the ledger, stored with its invoices, read back with pypdf in
French and English (text extractable, every font embedded), recorded as sent, and gating the
hand-off; a schema-3 database upgrades to the notices' tables."""

from __future__ import annotations

import datetime as dt
import io
import re
import sqlite3
from pathlib import Path

import pypdf
import pytest

from dunnerd.clock import FixedClock
from dunnerd.config.schema import Config
from dunnerd.ledger.migrations import SCHEMA_VERSION
from dunnerd.ledger.models import Client, Invoice, Reminder
from dunnerd.ledger.store import Store
from dunnerd.legal import notices
from dunnerd.legal.notice_pdf import GlyphError
from dunnerd.states import InvoiceStatus, ReminderState

NOW = dt.datetime(2026, 12, 4, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def at_notice(store: Store, clock: FixedClock) -> Client:
    clock.set(NOW)
    client = store.add_client(Client(
        key="acme", name="ACME SA", emails=["billing@acme.example"], legal_name="ACME SAS",
        address="1 avenue de l'Opéra\n75001 Paris", siren="732829320"))
    for number, cents, due in (("F-1", 240_000, dt.date(2026, 6, 14)),
                               ("F-2", 123_456, dt.date(2026, 7, 31))):
        invoice = store.add_invoice(Invoice(number=number, client_id=client.id or 0,
                                            issued=due - dt.timedelta(days=30), due=due,
                                            amount_cents=cents))
        with store.session() as s:
            for step, days in (("final", 20), ("formal_notice", 1)):
                s.add(Reminder(invoice_id=invoice.id or 0, client_id=client.id or 0,
                               step=step, planned_at=NOW - dt.timedelta(days=days),
                               sent_at=NOW - dt.timedelta(days=days),
                               state=ReminderState.FILED if step == "final"
                               else ReminderState.RECORDED, message_id=f"<{number}@x>"
                               if step == "final" else None))
    return client


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def fonts_of(pdf: bytes) -> dict[str, bool]:
    """Each font's name -> whether its file is embedded."""
    found: dict[str, bool] = {}
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptors = [font.get("/FontDescriptor")] + [
                d.get_object().get("/FontDescriptor") for d in font.get("/DescendantFonts", [])]
            found[str(font["/BaseFont"])] = any(
                d is not None and ("/FontFile2" in d.get_object()) for d in descriptors)
    return found


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", ["Mise en demeure de payer", "ACME SAS", "F-1", "F-2", "2 400,00 €",
            "L441-10", "12,78 €", "indemnité forfaitaire", "7 jours", "injonction de payer",
            "FR76 3000 6000 0112 3456 7890 189", "n'est pas un conseil juridique",
            "provisoire", "Lettre recommandée avec demande d'avis de réception"]),
    ("en", ["Formal notice to pay (mise en demeure)", "ACME SAS", "€2,400.00", "€12.78",
            "L441-10", "within 7 days", "not legal advice", "provisional"]),
])
def test_the_notice_reads_back_in_its_language(store: Store, config: Config, at_notice: Client,
                                               language: str, expected: list[str]) -> None:
    store.update_client("acme", {"language": language})
    assert notices.pending(store) == {at_notice.id: ["F-1", "F-2"]}
    made = notices.generate(store, config, at_notice.id or 0, ["F-1", "F-2"], actor="test")
    text = text_of(made.notice.pdf)
    for phrase in expected:
        assert phrase in text, phrase
    assert "\x00" not in text
    fonts = fonts_of(made.notice.pdf)
    assert fonts and all("Vera" in name and embedded for name, embedded in fonts.items()), fonts
    assert notices.pending(store) == {}
    assert notices.covered_numbers(store, made.notice.id or 0) == ["F-1", "F-2"]
    # Same content, same bytes: the stored SHA-256 is the file's.
    again = notices.generate(store, config, at_notice.id or 0, ["F-1", "F-2"], actor="test")
    assert again.notice.pdf == made.notice.pdf
    assert notices.latest_for_invoice(store, "F-1").id == again.notice.id  # type: ignore[union-attr]


def test_missing_identities_are_gaps_never_guesses(store: Store, config: Config,
                                                   at_notice: Client) -> None:
    store.update_client("acme", {"siren": "", "address": "", "language": "fr"})
    made = notices.generate(store, config, at_notice.id or 0, ["F-1"], actor="test")
    text = text_of(made.notice.pdf)
    assert "[à compléter : SIREN du débiteur]" in text
    assert "[à compléter : SIREN]" in text  # the owner's, not in the test config
    assert "client acme siren" in made.content.gaps


def test_a_character_the_font_lacks_is_refused_not_blanked(store: Store, config: Config,
                                                           at_notice: Client) -> None:
    store.update_client("acme", {"legal_name": "ACME 株式会社"})
    with pytest.raises(GlyphError, match="U\\+682A"):
        notices.generate(store, config, at_notice.id or 0, ["F-1"], actor="test")
    assert notices.latest_for_invoice(store, "F-1") is None


def test_sending_starts_the_deadline_and_the_handoff_waits_for_it(
        store: Store, config: Config, at_notice: Client) -> None:
    made = notices.generate(store, config, at_notice.id or 0, ["F-1", "F-2"], actor="test")
    _, invoices = store.policy_inputs("UTC")
    record = next(r for r in invoices[0].history if r.step == "formal_notice")
    assert (record.holds_next, record.next_not_before) == (True, None)
    with pytest.raises(notices.NoticeError, match="before the notice's date"):
        notices.mark_sent(store, config, "F-2", dt.date(2026, 1, 1), "")
    sent = notices.mark_sent(store, config, "F-2", made.notice.letter_date, "1A00000000000")
    assert sent.deadline == made.notice.letter_date + dt.timedelta(days=7)
    _, invoices = store.policy_inputs("UTC")
    record = next(r for r in invoices[0].history if r.step == "formal_notice")
    assert (record.holds_next, record.next_not_before) == (False, sent.deadline)
    with pytest.raises(notices.NoticeError, match="already recorded as sent"):
        notices.mark_sent(store, config, "F-1", made.notice.letter_date, "")
    kinds = [e.kind for e in store.events_for_invoice(store.get_invoice("F-1").id or 0)]
    assert kinds.count("notice.generated") == 1 and kinds.count("notice.sent") == 1


def test_a_paid_invoice_is_owed_no_notice(store: Store, at_notice: Client) -> None:
    store.change_status("F-1", InvoiceStatus.PAID, actor="test", paid_cents=240_000)
    assert notices.pending(store) == {at_notice.id: ["F-2"]}


def test_a_schema_3_database_is_migrated(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "v3.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript("""
        CREATE TABLE client (id INTEGER PRIMARY KEY, key VARCHAR NOT NULL UNIQUE,
            name VARCHAR NOT NULL, emails JSON NOT NULL, cc JSON NOT NULL, language VARCHAR,
            timezone VARCHAR, country VARCHAR, phone VARCHAR NOT NULL,
            never_remind BOOLEAN NOT NULL, grace_days INTEGER NOT NULL,
            step_overrides JSON NOT NULL, notes VARCHAR NOT NULL, created_at DATETIME,
            hold_until DATE, failing_emails JSON NOT NULL DEFAULT '[]',
            kind TEXT NOT NULL DEFAULT 'business', legal_name TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '', siren TEXT NOT NULL DEFAULT '',
            siret TEXT NOT NULL DEFAULT '', vat_number TEXT NOT NULL DEFAULT '');
        CREATE TABLE invoice (id INTEGER PRIMARY KEY, number VARCHAR NOT NULL UNIQUE,
            client_id INTEGER NOT NULL REFERENCES client(id), issued DATE NOT NULL,
            due DATE NOT NULL, amount_cents INTEGER NOT NULL, paid_cents INTEGER NOT NULL,
            currency VARCHAR NOT NULL, status VARCHAR(11) NOT NULL, promised_until DATE,
            pdf_path VARCHAR, message_id VARCHAR, created_at DATETIME, updated_at DATETIME);
        CREATE TABLE owner_alert (id INTEGER PRIMARY KEY, key VARCHAR NOT NULL UNIQUE,
            kind VARCHAR NOT NULL, created_at DATETIME NOT NULL, subject VARCHAR NOT NULL,
            body TEXT NOT NULL, event_id INTEGER, sent_at DATETIME, message_id VARCHAR,
            attempts INTEGER NOT NULL, last_error VARCHAR);
        CREATE TABLE schema_version (id INTEGER PRIMARY KEY, version INTEGER NOT NULL);
        INSERT INTO schema_version VALUES (1, 3);
        INSERT INTO client (id, key, name, emails, cc, phone, never_remind, grace_days,
            step_overrides, notes, kind, siren) VALUES (1, 'acme', 'ACME', '["a@acme.example"]',
            '[]', '', 0, 0, '{}', '', 'consumer', '732829320');
        INSERT INTO invoice VALUES (1, 'F-1', 1, '2026-01-01', '2026-01-31', 1000, 0, 'EUR',
            'OPEN', NULL, NULL, NULL, NULL, NULL);
        INSERT INTO owner_alert (id, key, kind, created_at, subject, body, attempts)
            VALUES (1, 'event:1', 'x', '2026-01-01 00:00:00', 's', 'b', 0);
    """)
    conn.close()
    store = Store(f"sqlite:///{path}", clock)
    try:
        assert store.schema_version() == SCHEMA_VERSION
        client = store.get_client("acme")
        assert (client.kind, client.siren, client.penalty_rate, client.claim_penalties_from,
                client.claim_indemnity) == ("consumer", "732829320", "", "", True)
        assert store.get_invoice("F-1").penalty_rate == ""
        assert notices.latest_for_invoice(store, "F-1") is None
    finally:
        store.close()
