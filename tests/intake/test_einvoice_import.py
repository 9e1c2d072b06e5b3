"""`dunnerd invoice import` of e-invoices, through the CLI: each good file becomes an invoice
of the right client with its PDF kept unchanged; each bad one is one line and nothing is
recorded; duplicates, conflicts, credit notes and dry runs."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from dunnerd.cli.main import main
from dunnerd.clock import FixedClock
from dunnerd.config.load import load_config
from dunnerd.ledger.store import Store
from tests.conftest import NOW
from tests.intake.conftest import owner_config_text
from tests.intake.samples import BUYER


class Cli:
    def __init__(self, config: Path) -> None:
        self.config = config

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        status = main(["--config", str(self.config), "--now", NOW.isoformat(), *argv],
                      out=Console(file=out, width=300), err=Console(file=err, width=300))
        return status, out.getvalue(), err.getvalue()

    def store(self) -> Store:
        return Store(load_config(self.config).database_url, FixedClock(NOW))

    def ledger(self) -> tuple[int, int, int]:
        """(clients, invoices, events): what a refused file must leave as it was."""
        store = self.store()
        try:
            invoices = store.list_invoices()
            events = sum(len(store.events_for_invoice(i.id or 0)) for i in invoices)
            return store.client_count(), len(invoices), events + store.last_event_id()
        finally:
            store.close()


@pytest.fixture
def cli(owner_config_file: Path) -> Cli:
    return Cli(owner_config_file)


def test_each_profile_imports_with_its_client_and_its_pdf(cli: Cli,
                                                          samples: dict[str, Path]) -> None:
    names = ["fx_minimum.pdf", "fx_basicwl.pdf", "fx_basic.pdf", "fx_en16931.pdf",
             "fx_extended.pdf", "ubl_invoice.xml"]
    status, out, err = cli("invoice", "import", *(str(samples[n]) for n in names))
    assert (status, err) == (0, "")
    store = cli.store()
    try:
        [client] = store.list_clients()
        assert (client.key, client.name, client.siren, client.vat_number) == (
            "atelier-lumi-re-sas", BUYER["name"], BUYER["siren"], BUYER["vat"])
        assert client.emails == [BUYER["email"]]  # from the first file that had one
        assert client.address == "48 avenue Jean Jaurès\nBâtiment B\n75019 Paris\nFR"
        invoices = {i.number: i for i in store.list_invoices()}
        assert sorted(invoices) == ["F2026-0101", "F2026-0102", "F2026-0103", "F2026-0104",
                                    "F2026-0105", "F2026-0106"]
        en = invoices["F2026-0103"]
        assert (en.amount_cents, en.due.isoformat(), en.client_id) == (592_000, "2026-10-15",
                                                                        client.id)
        assert en.pdf_path and Path(en.pdf_path).read_bytes() == \
            samples["fx_en16931.pdf"].read_bytes()
        assert invoices["F2026-0106"].pdf_path is None  # an XML has no page to attach
        minimum = invoices["F2026-0101"]
        assert minimum.due.isoformat() == "2026-10-15"
        [added] = [e for e in store.events_for_invoice(en.id or 0) if e.kind == "invoice.added"]
        assert added.detail["penalty"]["kind"] == "legal_multiple"
        assert added.detail["due_rule"] == "BT-9"
        # A fixed rate in the PMD note becomes the invoice's contractual rate; "3 fois le taux
        # d'intérêt légal" follows the periods' rates, as the legal floor does.
        assert (invoices["F2026-0105"].penalty_rate, en.penalty_rate) == ("12.5", "")
    finally:
        store.close()
    assert "F2026-0101 added" in out
    assert "note: no due date nor readable payment terms: the legal 30 days after the issue " \
        "date (L441-10)" in out
    assert "matched by SIREN" in out


BAD_FILES = ["damaged.pdf", "plain.pdf", "wrong_xml_malformed.pdf", "wrong_xml_invalid.pdf",
             "wrong_xml_notcii.pdf", "fx_other_seller.pdf", "encrypted_user.pdf",
             "not_a_pdf.pdf", "zugferd1_root.xml", "xxe.xml", "billion_laughs.xml"]


@pytest.mark.parametrize("name", BAD_FILES)
def test_each_bad_file_is_one_line_and_nothing_recorded(cli: Cli, samples: dict[str, Path],
                                                        name: str) -> None:
    before = cli.ledger()
    status, out, err = cli("invoice", "import", str(samples[name]))
    assert status == 1
    [line] = err.strip().splitlines()
    assert line.startswith(f"{samples[name]}: ")
    assert cli.ledger() == before
    assert not (Path(load_config(cli.config).state_dir) / "invoices").exists()


def test_an_invoice_from_someone_else_is_a_bill_to_pay(cli: Cli,
                                                       samples: dict[str, Path]) -> None:
    _, _, err = cli("invoice", "import", str(samples["fx_other_seller.pdf"]))
    assert "issued by Studio Dupré SARL (SIREN 811223346), not by you (SIREN 912345675): a " \
        "bill to pay, not a debt to chase" in err


def test_an_owner_without_identifiers_is_told_which_key_to_set(
        tmp_path: Path, samples: dict[str, Path]) -> None:
    config = tmp_path / "bare.toml"
    config.write_text(owner_config_text(tmp_path / "state", identifiers=""))
    status, _, err = Cli(config)("invoice", "import", str(samples["fx_en16931.pdf"]))
    assert status == 1
    assert "set [owner] siren (or siret, or vat_number) in the config" in err


@pytest.mark.parametrize("identifiers", ['siret = "91234567500017"',
                                         'vat_number = "FR65912345675"'])
def test_the_owner_is_known_by_siret_or_vat_too(tmp_path: Path, samples: dict[str, Path],
                                                identifiers: str) -> None:
    config = tmp_path / "other-id.toml"
    config.write_text(owner_config_text(tmp_path / "state", identifiers=identifiers))
    status, out, _ = Cli(config)("invoice", "import", str(samples["fx_en16931.pdf"]))
    assert status == 0 and "F2026-0103 added" in out


def test_same_number_same_data_is_a_no_op_other_data_a_conflict(
        cli: Cli, samples: dict[str, Path]) -> None:
    assert cli("invoice", "import", str(samples["fx_en16931.pdf"]))[0] == 0
    before = cli.ledger()
    status, out, _ = cli("invoice", "import", str(samples["fx_en16931.pdf"]),
                         str(samples["cii_en16931.xml"]))
    assert status == 0 and out.count("already in the ledger") == 2
    assert cli.ledger() == before
    status, _, err = cli("invoice", "import", str(samples["encrypted_owner.pdf"]))
    assert status == 0  # the same invoice, re-encrypted: still the same data
    status, _, err = cli("invoice", "import", str(samples["fx_zugferd_name.pdf"]))
    assert status == 0
    # The same number with another amount: a conflict, the ledger keeps what it had.
    changed = samples["cii_en16931.xml"].read_bytes().replace(
        b"<ram:DuePayableAmount>5920.00<", b"<ram:DuePayableAmount>5000.00<")
    other = Path(cli.config).parent / "changed.xml"
    other.write_bytes(changed)
    status, _, err = cli("invoice", "import", str(other))
    assert status == 1 and "F2026-0103 already exists with other data; not changed" in err
    assert cli.ledger() == before


def test_a_credit_note_reduces_its_invoice_once(cli: Cli, samples: dict[str, Path]) -> None:
    cli("invoice", "import", str(samples["fx_en16931.pdf"]))
    status, out, _ = cli("invoice", "import", str(samples["fx_creditnote_381.pdf"]))
    assert status == 0
    assert "credit note AV2026-0007: F2026-0103 reduced by 1320.00 EUR, balance 4600.00" in out
    again = cli("invoice", "import", str(samples["fx_creditnote_381.pdf"]))
    assert again[0] == 0 and "was recorded already" in again[1]
    shown = json.loads(cli("invoice", "show", "F2026-0103", "--json")[1])
    assert (shown["balance"], shown["status"]) == ("4600.00", "open")
    assert [e["kind"] for e in shown["events"]].count("invoice.credited") == 1


def test_a_credit_note_larger_than_the_balance_stops_at_zero(
        cli: Cli, samples: dict[str, Path], tmp_path: Path) -> None:
    cli("invoice", "import", str(samples["ubl_invoice.xml"]))
    cli("invoice", "paid", "F2026-0106", "--amount", "7000")
    status, out, _ = cli("invoice", "import", str(samples["ubl_creditnote.xml"]))
    assert status == 0 and "400.00 EUR more than the balance, not used" in out
    shown = json.loads(cli("invoice", "show", "F2026-0106", "--json")[1])
    assert (shown["balance"], shown["status"]) == ("0.00", "paid")


def test_a_credit_note_for_an_unknown_invoice_is_not_recorded(
        cli: Cli, samples: dict[str, Path]) -> None:
    before = cli.ledger()
    status, _, err = cli("invoice", "import", str(samples["fx_creditnote_381.pdf"]))
    assert status == 1
    assert "credit note AV2026-0007 is for invoice F2026-0103, which is not in the ledger: " \
        "not recorded" in err
    assert cli.ledger() == before


def test_a_dry_run_says_what_would_happen_and_changes_nothing(
        cli: Cli, samples: dict[str, Path]) -> None:
    before = cli.ledger()
    status, out, _ = cli("invoice", "import", "--dry-run", str(samples["fx_en16931.pdf"]),
                         "--json")
    assert status == 0
    report = json.loads(out)
    assert (report["added"], report["clients_added"], report["dry_run"]) == (
        1, ["atelier-lumi-re-sas"], True)
    assert cli.ledger() == before
    assert not (Path(load_config(cli.config).state_dir) / "invoices").exists()
    status, out, _ = cli("invoice", "import", "--dry-run", str(samples["fx_en16931.pdf"]))
    assert "invoice F2026-0103 would be added:" in out


def test_an_existing_client_is_matched_and_its_blanks_filled(
        cli: Cli, samples: dict[str, Path]) -> None:
    cli("client", "add", "atelier", "--name", "Atelier", "--email", BUYER["email"])
    status, out, _ = cli("invoice", "import", str(samples["fx_en16931.pdf"]))
    assert status == 0 and "Atelier (matched by email)" in out
    store = cli.store()
    try:
        [client] = store.list_clients()
        assert (client.key, client.name, client.siren, client.legal_name) == (
            "atelier", "Atelier", BUYER["siren"], BUYER["name"])
    finally:
        store.close()


def test_csv_and_einvoices_in_one_command_with_the_json_report(
        cli: Cli, samples: dict[str, Path], tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_bytes("Numéro;Client;Courriel;Date;Échéance;Total TTC;Statut\r\n"
                       "V-1;Café Dupré;cafe@dupre.example;01/10/2026;31/10/2026;1 234,50;ok\r\n"
                       "V-2;;x@y.example;01/10/2026;31/10/2026;10,00;ok\r\n".encode("cp1252"))
    status, out, _ = cli("invoice", "import", str(export), str(samples["fx_en16931.pdf"]),
                         str(samples["fx_other_seller.pdf"]), "--map", "Total TTC=amount",
                         "--json")
    report = json.loads(out)
    assert status == 1
    assert (report["added"], report["unchanged"], report["dry_run"]) == (2, 0, False)
    assert sorted(report["clients_added"]) == ["atelier-lumi-re-sas", "caf-dupr"]
    assert [(e["file"], e["line"]) for e in report["errors"]] == [
        (str(export), 3), (str(samples["fx_other_seller.pdf"]), None)]
    csv_file, pdf, other = report["files"]
    assert csv_file["added"] == ["V-1"]
    assert "read as windows-1252 text" in csv_file["notes"]
    assert (pdf["outcome"], pdf["number"]) == ("added", "F2026-0103")
    assert other["outcome"] == "refused"
    shown = json.loads(cli("invoice", "show", "V-1", "--json")[1])
    assert (shown["amount"], shown["due"]) == ("1234.50", "2026-10-31")
