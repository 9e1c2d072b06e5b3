"""`dunnerd dossier` and `dunnerd court` from the command line: one ZIP per client, the
Sent folder not checked without [imap] (and said), --handed-off, `dossier verify` (exit 1 on any
mismatch, one line each), and the court order with its deadlines; one clear error each."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from rich.console import Console

from dunnerd.cli.main import main

NOW = "2026-12-20T10:00+01:00"


def run(config_file: Path, *argv: str, now: str = NOW) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(["--config", str(config_file), "--now", now, *argv],
                  out=Console(file=out, width=300), err=Console(file=err, width=300))
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def ledger(config_file: Path) -> Path:
    for key, name in (("acme", "ACME SA"), ("globex", "Globex")):
        assert run(config_file, "client", "add", key, "--name", name, "--email",
                   f"billing@{key}.example", "--legal-name", f"{name} SAS", "--legal-form",
                   "SAS", "--address", "1 rue X | 75001 Paris", "--siren", "732 829 320")[0] == 0
    for number, client, due in (("F-1", "acme", "2026-09-14"), ("F-2", "acme", "2026-10-14"),
                                ("G-1", "globex", "2026-10-01"), ("F-9", "acme", "2027-01-31")):
        assert run(config_file, "invoice", "add", number, "--client", client, "--amount",
                   "1200", "--issued", "2026-08-01", "--due", due)[0] == 0
    return config_file


def test_one_zip_per_client_without_the_mailbox(ledger: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    status, text, err = run(ledger, "dossier", "F-1", "G-1", "--out", str(out))
    assert status == 0, err
    assert sorted(p.name for p in out.iterdir()) == ["2026-12-20-acme.zip",
                                                     "2026-12-20-globex.zip"]
    assert "Sent folder: NOT checked: no [imap] section in the config" in text
    assert "to complete in the request: " in text and "owner.address" in text
    with zipfile.ZipFile(out / "2026-12-20-acme.zip") as archive:
        assert json.loads(archive.read("manifest.json"))["invoices"] == ["F-1"]
    status, text, _ = run(ledger, "dossier", "verify", str(out / "2026-12-20-acme.zip"))
    assert status == 0 and ": ok, " in text and "identical to the dossier recorded" in text


def test_client_takes_its_late_unpaid_invoices(ledger: Path, tmp_path: Path) -> None:
    status, text, _ = run(ledger, "dossier", "--client", "acme", "--out", str(tmp_path))
    assert status == 0 and "(F-1, F-2)" in text  # F-9 is not due yet
    status, _, err = run(ledger, "dossier", "G-1", "--client", "acme")
    assert status == 1 and "invoice G-1 is not acme's" in err


def test_handed_off_stops_everything(ledger: Path, tmp_path: Path) -> None:
    status, text, _ = run(ledger, "dossier", "F-1", "--out", str(tmp_path), "--handed-off")
    assert status == 0 and "handed off: F-1" in text
    _, shown, _ = run(ledger, "invoice", "show", "F-1", "--json")
    assert json.loads(shown)["status"] == "handed_off"
    _, listed, _ = run(ledger, "invoice", "list", "--status", "handed_off", "--json")
    assert [i["number"] for i in json.loads(listed)["invoices"]] == ["F-1"]
    status, _, err = run(ledger, "dossier", "F-1", "--send")
    assert status == 1 and "[handoff]" in err


def test_verify_reports_each_mismatch_and_fails(ledger: Path, tmp_path: Path) -> None:
    assert run(ledger, "dossier", "F-1", "--out", str(tmp_path))[0] == 0
    made = tmp_path / "2026-12-20-acme.zip"
    changed = tmp_path / "changed.zip"
    with zipfile.ZipFile(made) as old, zipfile.ZipFile(changed, "w") as new:
        for name in old.namelist():
            data = old.read(name)
            if name == "creance.csv":
                data = data.replace(b"1200.00", b"12000.00")
            if name != "sommaire.txt":
                new.writestr(name, data)
    status, text, _ = run(ledger, "dossier", "verify", str(changed))
    assert status == 1
    lines = [line for line in text.splitlines() if "not a dossier recorded" not in line]
    assert len(lines) == 2
    assert "creance.csv: SHA-256" in lines[0] or "creance.csv: SHA-256" in lines[1]
    assert any("sommaire.txt: listed in the manifest but missing" in line for line in lines)
    status, _, err = run(ledger, "dossier", "verify", str(tmp_path / "none.zip"))
    assert status == 1 and "cannot read" in err


@pytest.mark.parametrize(("argv", "message"), [
    (("dossier",), "give invoice NUMBERs, or --client KEY"),
    (("dossier", "F-404"), "f-404"),
    (("dossier", "verify"), "expected one FILE.zip"),
    (("dossier", "--client", "initech"), "initech"),
    (("dossier", "--client", "globex", "--out", "/proc/no/such/dir"), "cannot write"),
])
def test_dossier_errors_are_one_line(ledger: Path, argv: tuple[str, ...], message: str) -> None:
    status, text, err = run(ledger, *argv)
    assert status == 1 and message.lower() in err.lower(), err
    assert len(err.strip().splitlines()) == 1


def test_the_court_order_and_its_deadlines(ledger: Path) -> None:
    status, text, _ = run(ledger, "court", "F-1")
    assert status == 0 and "no order recorded" in text
    status, text, err = run(ledger, "court", "F-1", "F-2", "--ordonnance", "2026-12-15",
                            "--reference", "RG 26/42")
    assert status == 0, err
    assert "order for payment n° RG 26/42 of 2026-12-15 against ACME SA SAS (F-1, F-2)" in text
    assert "to be served by 2027-03-15 (3 mois" in text
    status, text, _ = run(ledger, "court", "F-2", "--served", "2026-12-18")
    assert status == 0 and "opposition possible until 2027-01-18" in text
    status, _, err = run(ledger, "court", "F-2", "--served", "2026-12-19")
    assert status == 1 and "served on 2026-12-18 already" in err
    _, shown, _ = run(ledger, "invoice", "show", "F-1", "--json")
    kinds = [e["kind"] for e in json.loads(shown)["events"]]
    assert kinds.count("court.ordered") == 1 and kinds.count("court.served") == 1


@pytest.mark.parametrize(("argv", "message"), [
    (("court", "F-1", "--ordonnance", "2027-01-01"), "in the future"),
    (("court", "F-1", "--served", "2026-12-01"), "no order is recorded for invoice F-1"),
    (("court", "F-1", "G-1", "--ordonnance", "2026-12-01"), "one client"),
    (("court", "F-1", "--ordonnance", "2026-12-01", "--served", "2026-12-02"),
     "record the order first"),
    (("court", "F-1", "--ordonnance", "01/12/2026"), "expected an ISO date"),
])
def test_court_errors_are_one_line(ledger: Path, argv: tuple[str, ...], message: str) -> None:
    status, _, err = run(ledger, *argv)
    assert status == 1 and message in err, err
