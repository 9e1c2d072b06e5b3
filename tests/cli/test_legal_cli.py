"""The legal path from the command line: the client's identity options (one clear error each),
`invoice show` with the penalties, `notice NUMBER`, `notice sent`, `notice email`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from dunnerd.cli.main import main


def run(config_file: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(["--config", str(config_file), "--now", "2026-12-04T10:00+01:00", *argv],
                  out=Console(file=out, width=300), err=Console(file=err, width=300))
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def ledger(config_file: Path) -> Path:
    assert run(config_file, "client", "add", "acme", "--name", "ACME SA", "--email",
               "a@acme.example", "--legal-name", "ACME SAS", "--address",
               "1 rue X | 75001 Paris", "--siren", "732 829 320", "--siret",
               "732 829 320 00074", "--vat", "FR 40 303 265 045")[0] == 0
    assert run(config_file, "invoice", "add", "F-1", "--client", "acme", "--amount", "2400",
               "--issued", "2026-05-15", "--due", "2026-06-14")[0] == 0
    return config_file


@pytest.mark.parametrize(("option", "value", "message"), [
    ("--siren", "123", "--siren '123': \"123\" is not a valid SIREN"),
    ("--siret", "73282932000075", "is not a valid SIRET"),
    ("--vat", "FR00", "is not a valid VAT number"),
    ("--penalty-rate", "abc", "--penalty-rate 'abc': expected a rate in percent"),
    ("--penalty-rate", "-3", "--penalty-rate '-3': expected a rate in percent"),
    ("--claim-penalties-from", "whenever", "expected one of friendly, firm, final"),
])
def test_each_bad_identity_value_is_one_clear_line(ledger: Path, option: str, value: str,
                                                   message: str) -> None:
    status, _, err = run(ledger, "client", "edit", "acme", option, value)
    assert status in (1, 2) and message in err


def test_a_siret_of_another_siren_is_refused(ledger: Path) -> None:
    status, _, err = run(ledger, "client", "edit", "acme", "--siret", "55208131766522")
    assert status == 1 and "not an establishment of SIREN 732829320" in err


def test_client_show_has_the_identity(ledger: Path) -> None:
    status, out, _ = run(ledger, "client", "show", "acme", "--json")
    view = json.loads(out)
    assert (view["legal_name"], view["address"], view["siren"], view["siret"],
            view["vat_number"], view["kind"], view["claim_indemnity"]) == (
        "ACME SAS", "1 rue X\n75001 Paris", "732829320", "73282932000074", "FR40303265045",
        "business", True)
    status, out, _ = run(ledger, "client", "show", "acme")
    assert "legal_name: ACME SAS" in out


def test_invoice_show_prints_the_breakdown(ledger: Path) -> None:
    assert run(ledger, "invoice", "paid", "F-1", "--amount", "600")[0] == 0
    status, out, _ = run(ledger, "invoice", "show", "F-1", "--json")
    penalties = json.loads(out)["penalties"]
    assert penalties["segments"][0] == {
        "start": "2026-06-15", "end": "2026-06-30", "days": 16, "period": "2026-H1",
        "balance": "2400.00", "basis": "ecb_plus_10", "basis_text": "ECB 2.15 % + 10 points",
        "rate": "12.15", "default_rate": "12.15", "floor": None, "amount": "12.78",
        "provisional": False, "missing": []}
    assert (penalties["indemnity"], penalties["provisional"], penalties["day_count"]) == (
        "40.00", True, "365-day year")
    status, out, _ = run(ledger, "invoice", "show", "F-1")
    assert "365-day year; payments are applied to the principal" in out
    assert "2026-06-15 to 2026-06-30   16 days  on 2400.00 EUR: ECB 2.15 % + 10 points = " \
           "12.78 EUR" in out


def test_notice_then_sent_then_email(ledger: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "notice.pdf"
    status, out, err = run(ledger, "notice", "F-1", "--out", str(out_file))
    assert status == 0, err
    assert out_file.read_bytes().startswith(b"%PDF") and str(out_file) in out
    status, out, err = run(ledger, "notice", "sent", "F-1", "--lrar", "1A 0000 0000 000",
                           "--date", "2026-12-04")
    assert status == 0, err
    assert "by registered letter 1A00000000000; deadline 2026-12-11" in out
    status, _, err = run(ledger, "notice", "sent", "F-1", "--date", "2026-12-04")
    assert status == 1 and "already recorded as sent" in err
    status, out, err = run(ledger, "notice", "email", "F-1")
    assert status == 0 and "queued for the client" in out, err
    status, _, err = run(ledger, "notice", "email", "F-1")
    assert status == 1 and "already emailed" in err
    view = json.loads(run(ledger, "invoice", "show", "F-1", "--json")[1])
    assert view["notice"]["lrar"] == "1A00000000000"
    assert [(r["step"], r["state"]) for r in view["reminders"]] == [
        ("formal_notice_email", "planned")]


def test_notice_of_an_unknown_invoice_or_a_future_date(ledger: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # without --out the PDF is written here, not in the checkout
    assert run(ledger, "notice", "F-404")[0] == 1
    assert run(ledger, "notice", "F-1")[0] == 0
    assert (tmp_path / "mise-en-demeure-acme-2026-12-04.pdf").exists()
    status, _, err = run(ledger, "notice", "sent", "F-1", "--date", "2027-01-01")
    assert status == 1 and "in the future" in err
