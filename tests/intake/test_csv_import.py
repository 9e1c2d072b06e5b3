"""CSV import: good rows in, bad rows named by line, a second import changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from dunnerd.intake.csv_dialect import CsvOptions
from dunnerd.intake.csv_import import ImportFileError, import_rows, read_csv, read_rows
from dunnerd.ledger.store import Store

HEADER = "number,client,email,amount,currency,issued,due,pdf\n"


def write(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    path = tmp_path / "invoices.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


def test_good_rows_are_added_and_bad_rows_named_by_line(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path, "\n".join([
        "F-1,ACME SA,billing@acme.example,1234.50,EUR,2026-10-01,2026-10-31,",
        "F-2,ACME SA,billing@acme.example,12.345,EUR,2026-10-01,2026-10-31,",  # 3 decimals
        "F-3,Globex,ap@globex.example;cfo@globex.example,99,usd,2026-10-01,2026-10-15,/x.pdf",
        "F-4,Globex,not-an-email,99,USD,2026-10-01,2026-10-15,",
        "F-5,Globex,ap@globex.example,99,USD,2026-13-01,2026-10-15,",
        "F-6,Globex,ap@globex.example,99,XXY,2026-10-01,2026-10-15,",
        "F-7,Globex,ap@globex.example,99,USD,2026-10-20,2026-10-15,",  # due before issued
        "F-8,,ap@globex.example,99,USD,2026-10-01,2026-10-15,",
        "F-1,ACME SA,billing@acme.example,1234.50,EUR,2026-10-01,2026-10-31,",  # repeated
    ]) + "\n")
    report = import_rows(store, read_rows(path))
    assert report.added == ["F-1", "F-3"]
    assert [(e.line, e.reason.split(" ")[0]) for e in report.errors] == [
        (3, "amount"), (5, "email"), (6, "issued"), (7, "unknown"), (8, "due"), (9, "client"),
        (10, "invoice")]
    assert store.get_invoice("F-1").amount_cents == 123_450
    f3 = store.get_invoice("F-3")
    assert (f3.currency, f3.pdf_path) == ("USD", "/x.pdf")
    assert store.get_client("globex").emails == ["ap@globex.example", "cfo@globex.example"]

    again = import_rows(store, read_rows(path))
    assert again.added == [] and again.clients_added == []
    assert sorted(again.unchanged) == ["F-1", "F-3"]


def test_changed_row_for_an_existing_invoice_is_reported_not_overwritten(
        tmp_path: Path, store: Store) -> None:
    import_rows(store, read_rows(write(
        tmp_path, "F-1,ACME,b@acme.example,100,EUR,2026-10-01,2026-10-31,\n")))
    report = import_rows(store, read_rows(write(
        tmp_path, "F-1,ACME,b@acme.example,999,EUR,2026-10-01,2026-10-31,\n")))
    assert [e.line for e in report.errors] == [2]
    assert store.get_invoice("F-1").amount_cents == 10_000


def test_missing_columns_are_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"invoices.csv:1: header: no column for "
                       r"issued, due; columns found: number, client, amount"):
        list(read_rows(write(tmp_path, "", header="number,client,amount\n")))


def test_other_columns_are_ignored_and_named(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path, "F-1,ACME,b@acme.example,100,EUR,2026-10-01,2026-10-31,red\n",
                 header="number,client,email,amount,currency,issued,due,color\n")
    read = read_csv(path, CsvOptions())
    assert read.notes == ["columns ignored: color"]
    assert import_rows(store, read.rows).added == ["F-1"]


def test_pdf_column_is_optional_and_amounts_are_exact(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path, "J-1,Tanaka,t@tanaka.example,1500,JPY,2026-10-01,2026-10-31\n"
                 "E-1,Eve,e@eve.example,0.10,EUR,2026-10-01,2026-10-31\n",
                 header="number,client,email,amount,currency,issued,due\n")
    report = import_rows(store, read_rows(path))
    assert report.errors == []
    assert store.get_invoice("J-1").amount_cents == 1500  # yen have no minor unit
    assert store.get_invoice("E-1").amount_cents == 10
