"""CSV exports as people have them: a French invoicing tool's export (semicolons, "1 234,50",
31/10/2026, French headers, a BOM or Windows-1252), identity columns, `--map`, a dry run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dunnerd.intake.csv_dialect import (
    CsvOptions,
    DialectError,
    decode,
    detect_decimal,
    read_amount,
    read_date,
)
from dunnerd.intake.csv_import import ImportFileError, import_rows, read_csv
from dunnerd.ledger.money import MoneyError
from dunnerd.ledger.store import Store

FRENCH = (
    "Numéro;Client;Raison sociale;Email;Date;Échéance;Montant HT;Montant TTC;Reste à payer;"
    "SIREN;TVA intracommunautaire;Statut\r\n"
    "F-2026-001;Atelier Lumière;Atelier Lumière SAS;compta@atelier.example;01/10/2026;"
    "31/10/2026;1\u202f028,75;1\u00a0234,50;1\u00a0234,50;523 456 788;FR31523456788;En retard\r\n"
    "F-2026-002;Café Dupré;;cafe@dupre.example;05/10/2026;04/11/2026;83,33;100,00;40,00;;;"
    "Partiel\r\n"
    "F-2026-003;Café Dupré;;cafe@dupre.example;06/10/2026;05/11/2026;83,33;100,00;0,00;;;"
    "Payée\r\n"
    "F-2026-004;Bad;;b@bad.example;32/10/2026;05/11/2026;1,00;1,20;1,20;;;\r\n"
)


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "export.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(("prefix", "encoding"), [("", "utf-8"), ("\ufeff", "utf-8"),
                                                   ("", "cp1252")])
def test_a_french_export_imports_as_it_is(tmp_path: Path, store: Store, prefix: str,
                                          encoding: str) -> None:
    text = FRENCH.replace("\u202f", " ") if encoding == "cp1252" else FRENCH
    read = read_csv(write(tmp_path, prefix + text, encoding), CsvOptions())
    report = import_rows(store, read.rows, "fr")
    assert report.added == ["F-2026-001", "F-2026-002"]
    assert report.settled == ["F-2026-003"]  # nothing left to pay: not chased
    assert [(e.line, e.reason) for e in report.errors] == [
        (5, "issued '32/10/2026' is not a date (DD/MM/YYYY)")]
    first = store.get_invoice("F-2026-001")
    assert (first.amount_cents, first.paid_cents, first.issued, first.due) == (
        123_450, 0, dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    second = store.get_invoice("F-2026-002")
    assert (second.amount_cents, second.paid_cents) == (10_000, 6_000)
    atelier = store.get_client("atelier-lumi-re")
    assert (atelier.legal_name, atelier.siren, atelier.vat_number) == (
        "Atelier Lumière SAS", "523456788", "FR31523456788")
    assert "columns separated by ';'" in read.notes
    assert "columns ignored: Montant HT, Statut" in read.notes
    assert "no currency column: every amount is in EUR (--currency to change)" in read.notes
    if encoding == "cp1252":
        assert "read as windows-1252 text" in read.notes
    again = import_rows(store, read_csv(write(tmp_path, prefix + text, encoding),
                                        CsvOptions()).rows)
    assert again.added == [] and sorted(again.unchanged) == ["F-2026-001", "F-2026-002"]


def test_map_names_any_other_header_and_a_dry_run_writes_nothing(tmp_path: Path,
                                                                  store: Store) -> None:
    path = write(tmp_path, "Doc,Customer,Mail,Gross,Left,Posted,Pay by,Kind\n"
                           "A1,Acme,a@acme.example,\"1,234.50\",,10/01/2026,10/31/2026,pro\n")
    options = CsvOptions(mapping={"Doc": "number", "Gross": "amount", "Posted": "issued",
                                  "Pay by": "due", "Left": "ignore"})
    read = read_csv(path, options)
    assert "columns ignored: Left" in read.notes
    dry = import_rows(store, read.rows, dry_run=True)
    assert (dry.added, dry.clients_added) == (["A1"], ["acme"])
    assert store.list_invoices() == [] and store.list_clients() == []
    report = import_rows(store, read.rows)
    invoice = store.get_invoice("A1")
    assert (invoice.amount_cents, invoice.due) == (123_450, dt.date(2026, 10, 31))  # month first
    assert store.get_client("acme").kind == "business" and report.added == ["A1"]


def test_unknown_map_targets_and_columns_are_file_errors(tmp_path: Path) -> None:
    path = write(tmp_path, "number,client,amount,issued,due\n")
    with pytest.raises(ImportFileError, match="--map total=montant: unknown field"):
        read_csv(path, CsvOptions(mapping={"total": "montant"}))
    with pytest.raises(ImportFileError, match="--map names no column of the file: colour"):
        read_csv(path, CsvOptions(mapping={"colour": "amount"}))


def test_bad_identity_values_are_row_errors(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path, "number,client,email,amount,currency,issued,due,kind,siren\n"
                           "X1,A,a@a.example,10,EUR,2026-10-01,2026-10-31,robot,\n"
                           "X2,B,b@b.example,10,EUR,2026-10-01,2026-10-31,consumer,123456789\n"
                           "X3,C,c@c.example,10,EUR,2026-10-01,2026-10-31,particulier,\n")
    report = import_rows(store, read_csv(path, CsvOptions()).rows)
    assert [(e.line, e.reason.split(" ")[0]) for e in report.errors] == [(2, "kind"),
                                                                          (3, "siren")]
    assert store.get_client("c").kind == "consumer"


@pytest.mark.parametrize(("text", "decimal", "cents"), [
    ("1 234,50", ",", 123_450), ("1.234,50", ",", 123_450), ("1,234.50", ".", 123_450),
    ("1234.5", ".", 123_450), ("1\u00a0234,50 €", ",", 123_450), ("EUR 12,00", ",", 1_200),
    ("1.234", None, 123_400), ("1,234", None, 123_400), ("1234", None, 123_400),
    ("1'234.50", ".", 123_450), ("-12,50", ",", -1_250),
])
def test_amounts(text: str, decimal: str | None, cents: int) -> None:
    assert read_amount(text, "EUR", decimal) == cents


@pytest.mark.parametrize(("text", "decimal"), [("12.345", "."), ("1,2,3", ","), ("abc", ",")])
def test_bad_amounts(text: str, decimal: str) -> None:
    with pytest.raises(MoneyError):
        read_amount(text, "EUR", decimal)


def test_the_file_decides_the_decimal_mark() -> None:
    assert detect_decimal(["1 234,50", "12"]) == ","
    assert detect_decimal(["1234.50", "12.345"]) == "."
    assert detect_decimal(["1.234", "12"]) is None
    with pytest.raises(DialectError, match="both a decimal comma and a decimal point"):
        detect_decimal(["1,50", "2.50"])


@pytest.mark.parametrize(("text", "order", "date"), [
    ("2026-10-31", "dmy", dt.date(2026, 10, 31)), ("31/10/2026", "dmy", dt.date(2026, 10, 31)),
    ("31.10.26", "dmy", dt.date(2026, 10, 31)), ("10/31/2026", "mdy", dt.date(2026, 10, 31)),
    ("2026-10-31T00:00:00", "iso", dt.date(2026, 10, 31)),
])
def test_dates(text: str, order: str, date: dt.date) -> None:
    assert read_date(text, order) == date


def test_encodings() -> None:
    assert decode("Échéance".encode("cp1252"), None) == ("Échéance", "windows-1252")
    assert decode("\ufeffÉchéance".encode("utf-16"), None)[1] == "utf-16"
    assert decode(b"\xef\xbb\xbfabc", None) == ("abc", "utf-8 (BOM)")
    with pytest.raises(DialectError, match="not utf-8 text"):
        decode("é".encode("cp1252"), "utf-8")
