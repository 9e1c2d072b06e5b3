"""The `dunnerd` command, in-process through main(argv), with a fixed clock (--now)."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from dunnerd.cli.main import main
from tests.conftest import NOW

NOW_ARG = ["--now", NOW.isoformat()]


class Run:
    def __init__(self, config: Path) -> None:
        self.config = config

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        status = main(["--config", str(self.config), *NOW_ARG, *argv],
                      out=Console(file=out, width=250, soft_wrap=True),
                      err=Console(file=err, width=250, soft_wrap=True))
        return status, out.getvalue(), err.getvalue()

    def json(self, *argv: str) -> Any:
        status, out, err = self(*argv, "--json")
        assert status == 0, err
        return json.loads(out)


@pytest.fixture
def run(config_file: Path) -> Run:
    return Run(config_file)


def add_ledger(run: Run, tmp_path: Path) -> None:
    """Invoices 2, 16, 41 and 60 days late and one due in 10 days, one client each, plus a
    client with two late invoices."""
    today = NOW.date()
    rows = ["number,client,email,amount,currency,issued,due"]
    for number, client, late in (("A-2", "Alpha", 2), ("B-16", "Beta", 16),
                                 ("C-41", "Gamma", 41), ("D-60", "Delta", 60),
                                 ("E-future", "Epsilon", -10), ("G-3", "Grouped", 3),
                                 ("G-20", "Grouped", 20)):
        due_date = today - dt.timedelta(days=late)
        rows.append(f"{number},{client},{client.lower()}@example.test,1234.56,EUR,"
                    f"{due_date - dt.timedelta(days=30)},{due_date}")
    path = tmp_path / "ledger.csv"
    path.write_text("\n".join(rows) + "\n")
    status, _, err = run("invoice", "import", str(path))
    assert status == 0, err


def test_plan_for_60_days_gives_the_step_due_now_one_reminder_per_client(
        run: Run, tmp_path: Path) -> None:
    add_ledger(run, tmp_path)
    plan = run.json("plan", "--days", "60")
    assert plan["now"] == "2026-11-23T09:00:00Z"
    first: dict[str, dict[str, Any]] = {}
    for entry in plan["reminders"]:
        first.setdefault(entry["client"], entry)
    steps_now = {client: (e["step"], e["local_time"][:10]) for client, e in first.items()}
    assert steps_now == {
        "alpha": ("friendly", "2026-11-23"),
        "beta": ("firm", "2026-11-23"),
        "gamma": ("final", "2026-11-23"),
        "delta": ("final", "2026-11-23"),  # 60 days late: the formal notice waits for final
        "epsilon": ("friendly", "2026-12-04"),  # due 3 Dec, +1 day
        "grouped": ("firm", "2026-11-23"),
    }
    grouped = first["grouped"]
    assert {(i["number"], i["step"]) for i in grouped["invoices"]} == {("G-3", "friendly"),
                                                                       ("G-20", "firm")}
    # Delta's formal notice is a record, 7 days after the final.
    delta = [e for e in plan["reminders"] if e["client"] == "delta"]
    assert [(e["step"], e["action"], e["local_time"][:10]) for e in delta[:2]] == [
        ("final", "email", "2026-11-23"), ("formal_notice", "record", "2026-11-30")]
    for entry in plan["reminders"]:
        local_hour = int(entry["local_time"][11:13])
        assert 9 <= local_hour < 17, entry
    emails_by_client_day = [(e["client"], e["local_time"][:10]) for e in plan["reminders"]
                            if e["action"] == "email"]
    assert len(emails_by_client_day) == len(set(emails_by_client_day))


def test_import_1000_rows_with_5_bad_is_idempotent(run: Run, tmp_path: Path) -> None:
    rows = ["number,client,email,amount,currency,issued,due,pdf"]
    bad_lines = {101: "x@y", 202: "abc", 303: "", 404: "2026-02-30", 505: "JPYX"}
    for i in range(1000):
        line = i + 2
        row = [f"INV-{i:04d}", f"Client {i % 37}", f"c{i % 37}@example.test", "99.90", "EUR",
               "2026-10-01", "2026-10-31", ""]
        if line == 101:
            row[2] = "not-an-address"
        elif line == 202:
            row[3] = "abc"
        elif line == 303:
            row[1] = ""
        elif line == 404:
            row[6] = "2026-02-30"
        elif line == 505:
            row[4] = "JPYX"
        rows.append(",".join(row))
    path = tmp_path / "big.csv"
    path.write_text("\n".join(rows) + "\n")
    status, out, err = run("invoice", "import", str(path))
    assert status == 1
    assert "995 invoices added" in out
    named = [line.split(":")[1] for line in err.strip().splitlines()]
    assert named == [str(n) for n in sorted(bad_lines)]
    before = run.json("invoice", "list")
    status, out, _ = run("invoice", "import", str(path))
    assert "0 invoices added, 995 unchanged, 0 clients added, 5 bad rows" in out
    assert run.json("invoice", "list") == before
    assert len(before["invoices"]) == 995


@pytest.mark.parametrize(("language", "money", "date"), [
    ("fr", "1\u202f234,56\xa0€", "7 novembre 2026"),
    ("en", "€1,234.56", "November 7, 2026"),
])
@pytest.mark.parametrize("step", ["friendly", "firm", "final"])
def test_preview_each_step_in_both_languages(run: Run, tmp_path: Path, step: str, language: str,
                                             money: str, date: str) -> None:
    add_ledger(run, tmp_path)
    assert run("client", "edit", "beta", "--language", language)[0] == 0
    status, out, err = run("preview", "B-16", "--step", step)
    assert status == 0, err
    assert "B-16" in out
    assert money in out, out
    assert date in out, out
    status, html, _ = run("preview", "B-16", "--step", step, "--html")
    assert status == 0 and "<" in html and "B-16" in html


def test_status_commands_record_events_and_show_json_has_status_and_reminders(
        run: Run, tmp_path: Path) -> None:
    add_ledger(run, tmp_path)
    assert run("invoice", "pause", "A-2", "--reason", "on holiday")[0] == 0
    assert run.json("invoice", "show", "A-2")["status"] == "paused"
    assert run("invoice", "resume", "A-2")[0] == 0
    assert run("invoice", "promise", "A-2", "--until", "2026-12-10", "--reason", "phone")[0] == 0
    assert run("invoice", "dispute", "B-16", "--reason", "wrong hours")[0] == 0
    assert run("invoice", "writeoff", "C-41")[0] == 0
    assert run("invoice", "paid", "D-60", "--amount", "234.56")[0] == 0
    shown = run.json("invoice", "show", "A-2")
    assert shown["status"] == "promised" and shown["promised_until"] == "2026-12-10"
    assert shown["reminders"] == []
    assert [e["kind"] for e in shown["events"]] == [
        "invoice.added", "invoice.paused", "invoice.open", "invoice.promised"]
    assert shown["events"][1]["detail"]["reason"] == "on holiday"
    delta = run.json("invoice", "show", "D-60")
    assert (delta["status"], delta["balance"]) == ("open", "1000.00")
    assert run("invoice", "paid", "D-60")[0] == 0
    assert run.json("invoice", "show", "D-60")["status"] == "paid"
    clients = {e["client"] for e in run.json("plan", "--days", "5")["reminders"]}
    assert clients.isdisjoint({"alpha", "beta", "gamma", "delta"})


def test_client_commands(run: Run) -> None:
    assert run("client", "add", "acme", "--name", "ACME SA", "--email", "a@acme.example",
               "--language", "fr", "--timezone", "Europe/Paris")[0] == 0
    status, _, err = run("client", "add", "acme", "--name", "Again", "--email", "b@x.example")
    assert status == 1 and "already exists" in err
    assert run("client", "edit", "acme", "--never-remind", "--step-days", "firm=20")[0] == 0
    shown = run.json("client", "show", "acme")
    assert shown["never_remind"] is True
    assert shown["step_overrides"] == {"firm": {"days": 20}}
    status, _, err = run("client", "edit", "acme", "--timezone", "Mars/Olympus")
    assert status == 2 or status == 1
    assert "Mars/Olympus" in err
    assert [c["key"] for c in run.json("client", "list")["clients"]] == ["acme"]


def test_unknown_invoice_is_one_clear_line(run: Run) -> None:
    status, _, err = run("invoice", "show", "NOPE")
    assert status == 1
    assert err.strip() == "dunnerd: no invoice 'NOPE'"


def test_broken_config_gives_one_line_per_problem_and_exit_2(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(
        'state_dir = "/tmp/x"\n'
        "[owner]\n"
        'name = "Camille"\n'
        'iban = "FR76 3000 6000 0112 3456 7890 188"\n'
        "[policy]\n"
        'min_gap_days = "three"\n'
        "[[policy.steps]]\nname = \"a\"\ndays = 5\n"
        "[[policy.steps]]\nname = \"b\"\ndays = 1\n"
    )
    config.chmod(0o600)
    env = {k: v for k, v in os.environ.items() if k != "DUNNERD_CONFIG"}
    proc = subprocess.run([sys.executable, "-m", "dunnerd", "--config", str(config), "plan"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    problems = [line.strip() for line in proc.stderr.splitlines()[1:]]
    assert any(p.startswith("owner.email:") for p in problems), problems
    assert any(p.startswith("owner.iban:") for p in problems), problems
    assert any(p.startswith("policy.min_gap_days:") for p in problems), problems
    assert any(p.startswith("policy.steps[1].days: must be greater than policy.steps[0].days")
               for p in problems), problems
    assert len(problems) == 4, problems


def test_demo_runs_on_embedded_defaults() -> None:
    out, err = io.StringIO(), io.StringIO()
    status = main(["demo"],
                  out=Console(file=out, width=200), err=Console(file=err, width=200))
    assert status == 0, out.getvalue()[-3000:] + err.getvalue()
    text = out.getvalue()
    assert "The forecast for the next 60 days" in text
    assert "invoice 2026-064 is now promised until" in text
    assert "ok: identical copy in Sent" in text
    # It ends with the most overdue client's dossier: checked against the demo's Sent folder,
    # its files listed, its manifest verified; the folder it was kept in is ours to remove.
    kept = re.search(r"dossier for Studio Lumière SARL \(2026-023\): (\S+\.zip)", text)
    assert kept is not None, text[-3000:]
    shutil.rmtree(Path(kept[1]).parent)
    assert "Sent folder: checked" in text
    assert "pieces/03-" in text and "-derniere-relance.eml" in text
    assert "requete-injonction-de-payer.pdf" in text
    assert re.search(r"\.zip: ok, \d+ files as the manifest lists them", text)


def test_payment_commands_list_confirm_and_reject(run: Run, tmp_path: Path) -> None:
    from dunnerd.clock import FixedClock
    from dunnerd.config.load import load_config
    from dunnerd.ledger.payments import open_review
    from dunnerd.ledger.store import Store

    add_ledger(run, tmp_path)
    config = load_config(run.config)
    store = Store(config.database_url, FixedClock(NOW))
    with store.session() as s:
        for _ in range(2):
            open_review(store, s, source="bank_notice", amount_cents=123_456, currency="EUR",
                        payer="BETA SARL", reason="the amount fits, but the payer is not a "
                        "known client", proposal=[{"invoice_id": store.get_invoice("B-16").id,
                                                   "number": "B-16", "cents": 123_456}])
    store.close()
    listed = run.json("payment", "list")["payments"]
    assert [(p["id"], p["state"], p["proposal"][0]["number"]) for p in listed] == [
        (1, "pending", "B-16"), (2, "pending", "B-16")]
    status, out, _ = run("payment", "confirm", "1")
    assert status == 0 and "invoice B-16 is now paid" in out
    status, out, _ = run("payment", "reject", "2", "--reason", "duplicate")
    assert status == 0 and "payment 2 rejected" in out
    status, _, err = run("payment", "confirm", "2")
    assert status == 1 and "already rejected" in err
    status, _, err = run("payment", "confirm", "9")
    assert status == 1 and "9" in err
    assert run.json("payment", "list") == {"payments": []}
    shown = run.json("invoice", "show", "B-16")
    assert [p["state"] for p in shown["payments"]] == ["confirmed", "rejected"]
