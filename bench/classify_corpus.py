"""Classify labelled mail and report, for the tuning half and the held-out half separately:
per-kind precision and recall from an unknown sender, the same messages replayed as if from a
known client and as if from a trusted bank, the money read from notices, the facts read from
replies, forgeries, and the speed on one core.

    python bench/classify_corpus.py [DIR ...] [--json]

Each DIR holds a `labels.tsv`: `file<TAB>label`, or the same with a header row and more columns
(`split`, `direction`, `amount`, `currency`, `payer`, `reference`, `value_date`,
`counts_as_payment`, `facts`; see tests/inbox/corpus_written/labels.tsv). Rows without a
`split` form the "developers" group (the corpus the old phrase lists were tuned on). Without
DIR: the corpora in tests/inbox/, ../shared/corpus when present, and every directory listed in
$DUNNERD_LOCAL_CORPORA (":"-separated; for samples whose licence keeps them out of the
repository). The last line printed is one JSON object with the figures.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from dunnerd.config.schema import TrustedSender
from dunnerd.inbox.classify import (
    KINDS,
    LedgerContext,
    MalformedMessage,
    NoLedger,
    Verdict,
    classify,
    decide,
    parse_message,
)
from dunnerd.inbox.parse import ParsedMessage
from dunnerd.inbox.payer import name_key
from dunnerd.inbox.trust import verify_payment_sender

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT / "tests" / "inbox" / name for name in
           ("corpus_extra", "corpus_real", "corpus_written", "corpus_cases",
            "corpus_batch3/tune", "corpus_batch3/final", "corpus_batch4/c", "corpus_batch4/d",
            "corpus_batch5/e", "corpus_batch5/f", "corpus_batch6/g", "corpus_batch6/h",
            "corpus_batch7/i", "corpus_batch7/j", "corpus_batch8/k", "corpus_batch8/l",
            "corpus_batch9/m", "corpus_batch9/n", "corpus_batch10/o", "corpus_batch10/p",
            "corpus_batch11/q", "corpus_batch11/r", "corpus_batch12/s", "corpus_batch12/t",
            "corpus_batch13/u", "corpus_batch13/v", "corpus_batch14/w", "corpus_batch14/x",
            "corpus_batch15/y", "corpus_batch15/z", "corpus_batch16/aa", "corpus_batch16/ab",
            "corpus_batch17/ac", "corpus_batch17/ad", "corpus_batch18/ae", "corpus_batch18/af",
            "corpus_batch19/ag", "corpus_batch19/ah")]
SHARED_CANDIDATES = (ROOT.parent / "shared" / "corpus",  # a checkout next to shared/
                     ROOT.parent.parent / "shared" / "corpus")  # a worktree in wt/
TODAY = dt.date(2026, 12, 1)
MESSAGES_PER_SECOND_LIMIT = 200
AS_CLIENT = LedgerContext(client_id=1, client_by="sender_address")
AS_BANK = LedgerContext(trusted_sender="@bank.example")
AUTHSERV = "mx.owner.example"
MONEY_IN_OK = ("yes", "yes_unmatched")


def corpora(argv: Sequence[str]) -> list[Path]:
    if argv:
        return [Path(a) for a in argv]
    found = [d for d in DEFAULT if (d / "labels.tsv").exists()]
    found += [d for d in SHARED_CANDIDATES if (d / "labels.tsv").exists()][:1]
    local = os.environ.get("DUNNERD_LOCAL_CORPORA", "")
    found += [Path(p) for p in local.split(":") if p and (Path(p) / "labels.tsv").exists()]
    return found


def load(directory: Path) -> list[dict[str, Any]]:
    """The rows of a labels.tsv, each with its `path`; two-column files get no header."""
    lines = (directory / "labels.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t") if lines and lines[0].startswith("file\t") else None
    rows = []
    for row in csv.reader(lines[1:] if header else lines, delimiter="\t"):
        if len(row) < 2:
            continue
        record = dict(zip(header or ["file", "label"], row, strict=False))
        record["path"] = directory / record["file"]
        record["label"] = record["label"].strip()
        record["group"] = record.get("split") or "developers"
        rows.append(record)
    return rows


def _parse(raw: bytes) -> ParsedMessage | None:
    try:
        return parse_message(raw)
    except MalformedMessage:
        return None


def _kind(parsed: ParsedMessage | None, ctx: LedgerContext | None) -> Verdict | None:
    if parsed is None:
        return None
    if ctx is None:
        return classify(parsed, NoLedger(), TODAY)
    return decide(parsed, ctx, TODAY)


def scores(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Per-kind precision and recall, and the confusion, from (expected, got) pairs."""
    counted = Counter(pairs)
    kinds = sorted({e for e, _ in counted} | {g for _, g in counted},
                   key=lambda k: (KINDS.index(k) if k in KINDS else len(KINDS), k))
    per_kind = {}
    for kind in kinds:
        hit = counted[(kind, kind)]
        predicted = sum(n for (_, got), n in counted.items() if got == kind)
        actual = sum(n for (expected, _), n in counted.items() if expected == kind)
        per_kind[kind] = {"precision": round(hit / predicted, 4) if predicted else 1.0,
                          "recall": round(hit / actual, 4) if actual else 1.0, "n": actual}
    confusion = {e: {g: counted[(e, g)] for g in kinds if counted[(e, g)]} for e in kinds
                 if any(counted[(e, g)] for g in kinds)}
    return {"per_kind": per_kind, "confusion": confusion}


def run(directories: Sequence[Path]) -> tuple[dict[str, Any], list[tuple[str, str, str]]]:
    """Kinds from an unknown sender over every row: the figures and (file, expected, got)."""
    samples = [(row["path"], row["label"], row["path"].read_bytes())
               for d in directories for row in load(d)]
    results = []
    started = time.perf_counter()
    for path, expected, raw in samples:
        verdict = _kind(_parse(raw), None)
        results.append((str(path), expected, verdict.kind if verdict else "malformed"))
    elapsed = max(time.perf_counter() - started, 1e-9)
    figures = scores((e, g) for _, e, g in results)
    figures["msgs_per_s"] = round(len(results) / elapsed, 1)
    return figures, results


def _client_expected(label: str) -> str:
    return {"other": "human_reply", "payment_notification": "human_reply"}.get(label, label)


def _client_got(kind: str) -> str:
    # A client's machine claiming a payment pauses and asks, as a person's reply does.
    return "human_reply" if kind == "payment_notification" else kind


def _facts(row: dict[str, Any]) -> dict[str, str]:
    found = {}
    for item in (row.get("facts") or "").split(";"):
        key, _, value = item.partition("=")
        if key:
            found[key.strip()] = value.strip()
    return found


def _promise_ok(expected: str, got: dt.date | None) -> bool:
    if got is None:
        return False
    if expected.startswith("week_of_"):
        monday = dt.date.fromisoformat(expected[8:])
        return monday <= got <= monday + dt.timedelta(days=6)
    if expected.startswith("early_"):
        year, month = (int(x) for x in expected[6:].split("-"))
        return (got.year, got.month) == (year, month) and got.day <= 10
    try:
        return got == dt.date.fromisoformat(expected)
    except ValueError:
        return False


def _forge(raw: bytes, variant: str) -> bytes:
    """The message with a From of the trusted bank and a forged authentication."""
    head, sep, body = raw.partition(b"\r\n\r\n") if b"\r\n\r\n" in raw else raw.partition(
        b"\n\n")
    lines: list[bytes] = []
    dropping = False
    for line in head.splitlines():
        if line[:1] in (b" ", b"\t"):  # a folded header's next line goes with its field
            if not dropping:
                lines.append(line)
            continue
        dropping = line.lower().startswith((b"from:", b"authentication-results:",
                                            b"dkim-signature:"))
        if not dropping:
            lines.append(line)
    forged = [b"From: Bank <alerts@bank.example>"]
    if variant == "foreign_results":
        forged.insert(0, b"Authentication-Results: mx.attacker.example; dkim=pass "
                         b"header.d=bank.example")
    elif variant == "ours_below":
        forged = [b"Authentication-Results: mx.relay.example; none",
                  b"Authentication-Results: " + AUTHSERV.encode() + b"; dkim=pass "
                  b"header.d=bank.example", *forged]
    elif variant == "control":
        forged.insert(0, b"Authentication-Results: " + AUTHSERV.encode() + b"; dkim=pass "
                         b"header.d=bank.example")
    return b"\r\n".join(forged + lines) + (sep or b"\r\n\r\n") + body


def evaluate(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    unknown, client, bank = [], [], []
    money: Counter[str] = Counter()
    fields: Counter[str] = Counter()
    facts: Counter[str] = Counter()
    forged_trusted = controls = controls_trusted = 0
    trusted = (TrustedSender("@bank.example"),)
    misses = []
    for row in rows:
        raw = row["path"].read_bytes()
        parsed = _parse(raw)
        label = row["label"]
        got = _kind(parsed, None)
        unknown.append((label, got.kind if got else "malformed"))
        if got and got.kind != label:
            misses.append(f"{label:>20} -> {got.kind:<20} {row['path']}")
        as_client = _kind(parsed, AS_CLIENT)
        client.append((_client_expected(label),
                       _client_got(as_client.kind) if as_client else "malformed"))
        as_bank = _kind(parsed, AS_BANK)
        bank_kind = as_bank.kind if as_bank else "malformed"
        expected_bank = label if label in ("payment_notification", "bounce") else "other"
        bank.append((expected_bank, bank_kind if bank_kind != "auto_reply" else "other"))
        recorded = bool(as_bank and bank_kind == "payment_notification"
                        and as_bank.notice.money_in)
        # joined like the other money columns ("yes|no|yes"), or one value for the notice
        counts = row.get("counts_as_payment") or ""
        if "|" in counts:
            counts = next((c for c in counts.split("|") if c in MONEY_IN_OK), counts.split("|")[0])
        if recorded and not (label == "payment_notification" and
                             (counts in MONEY_IN_OK or (not counts and "direction" not in row))):
            money["not_money_in_read_as_money_in"] += 1
            misses.append(f"{'MONEY IN':>20} <- {counts or label:<20} {row['path']}")
        if label == "payment_notification" and counts in MONEY_IN_OK:
            money["money_in_notices"] += 1
            money["money_in_read"] += recorded
            if recorded and as_bank:
                _fields(row, as_bank, fields, misses)
        if label == "payment_notification" and row.get("direction"):
            money["directions"] += 1
            found = "|".join(t.direction.value for t in as_bank.notice.transactions) \
                if as_bank and bank_kind == "payment_notification" else "none"
            expected = row["direction"]
            same = (set(found.split("|")) == set(expected.split("|"))
                    or (expected == "in" and found == "payout"
                                          and counts == "no_aggregate")
                    or (expected in ("none", "statement") and found in ("none", "pending"))
                    or (expected == "statement" and as_bank is not None
                        and as_bank.notice.kind.value == "statement"))
            money["directions_right"] += same
            if not same:
                misses.append(f"{'DIRECTION ' + expected:>20} -> {found:<20} {row['path']}")
        if expected_bank != (bank_kind if bank_kind != "auto_reply" else "other"):
            misses.append(f"{'BANK ' + expected_bank:>20} -> {bank_kind:<20} {row['path']}")
        if label == "human_reply" and as_client and parsed is not None and "facts" in row:
            _fact_scores(_facts(row), as_client, facts, misses, row["path"])
        if label == "payment_notification" and parsed is not None:
            for variant in ("spoof", "foreign_results", "ours_below"):
                forged_trusted += verify_payment_sender(
                    _forge(raw, variant), trusted, AUTHSERV, dns=lambda name: None).trusted
            controls += 1
            controls_trusted += verify_payment_sender(
                _forge(raw, "control"), trusted, AUTHSERV, dns=lambda name: None).trusted
    silenced = sum(1 for e, g in client if e == "human_reply" and g == "other")
    return {
        "n": len(rows), "unknown_sender": scores(unknown), "as_client": scores(client),
        "as_trusted_bank": scores(bank), "client_messages_read_as_other": silenced,
        "money": dict(money), "fields": dict(fields), "facts": dict(facts),
        "forgeries_trusted": forged_trusted, "forgery_attempts": 3 * controls,
        "controls_trusted": f"{controls_trusted}/{controls}", "misses": misses,
    }


def _fields(row: dict[str, Any], verdict: Verdict, fields: Counter[str],
            misses: list[str]) -> None:
    moves = verdict.notice.money_in
    # a notice of several movements: its columns are joined with "|", in order ("in|out|in");
    # only the money-in ones are compared with what was read as money in
    directions = (row.get("direction") or "").split("|")

    def money_in_column(name: str) -> list[str]:
        values = (row.get(name) or "").split("|")
        if len(values) == 1 and len(directions) > 1:  # one value said for all the movements
            return values * directions.count("in")
        if len(values) != len(directions) or not any(directions):
            return values
        return [v for v, d in zip(values, directions, strict=True) if d == "in"]

    amounts = [a for a in money_in_column("amount") if a]
    payers, dates = money_in_column("payer"), money_in_column("value_date")
    for i, tx in enumerate(moves[:len(amounts)]):
        fields["amount"] += str(tx.amount) == amounts[i] or (
            tx.amount is not None and float(tx.amount) == float(amounts[i]))
        fields["currency"] += tx.currency == (row.get("currency") or None)
        expected_payer = payers[i] if i < len(payers) else ""
        fields["payer_expected"] += bool(expected_payer)
        same_payer = name_key(tx.payer or "") == name_key(expected_payer)
        fields["payer"] += bool(expected_payer) and same_payer
        if expected_payer and not same_payer:
            misses.append(f"{'PAYER ' + expected_payer[:14]:>20} -> {str(tx.payer)[:20]:<20} "
                          f"{row['path']}")
        fields["value_date"] += bool(tx.value_date) and str(tx.value_date) == (
            dates[i] if i < len(dates) else dates[0] if len(dates) == 1 else "")
        fields["read"] += 1


def _fact_scores(expected: dict[str, str], verdict: Verdict, facts: Counter[str],
                 misses: list[str], path: Path) -> None:
    got = verdict.facts
    pairs = {"promise": "promise_date", "dispute": "dispute", "already_paid": "already_paid",
             "request_invoice": "request_invoice", "request_bank_details": "request_rib"}
    for kind, key in pairs.items():
        want, have = key in expected, got.get(kind) is not None
        facts[f"{kind}_tp"] += want and have
        facts[f"{kind}_fp"] += have and not want
        facts[f"{kind}_fn"] += want and not have
        if want != have:
            misses.append(f"{'FACT ' + kind:>20} {'missed' if want else 'extra':<20} {path}")
    promise = got.get("promise")
    if "promise_date" in expected:
        right = _promise_ok(expected["promise_date"], promise.day if promise else None)
        facts["promise_date_right"] += right
        facts["promise_dates"] += 1


def speed(rows: Sequence[dict[str, Any]]) -> float:
    """Messages per second, parse and classify, on one core."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    raws = [row["path"].read_bytes() for row in rows]
    started = time.perf_counter()
    rounds = 0
    while time.perf_counter() - started < 2.0 or rounds == 0:
        for raw in raws:
            _kind(_parse(raw), None)
        rounds += 1
    return round(rounds * len(raws) / (time.perf_counter() - started), 1)


def _print_scores(title: str, figures: dict[str, Any]) -> None:
    print(f"  {title}")
    for kind, row in figures["per_kind"].items():
        print(f"    {kind:<22}{row['precision']:>10.3f}{row['recall']:>8.3f}{row['n']:>6}")


def main(argv: Sequence[str]) -> int:
    as_json = "--json" in argv
    dirs = corpora([a for a in argv if a != "--json"])
    rows = [row for d in dirs for row in load(d)]
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(row["group"], []).append(row)
    report: dict[str, Any] = {"corpora": [str(d) for d in dirs], "groups": {}}
    for name in sorted(groups, key=lambda g: ("tune", "heldout", "developers").index(g)
                       if g in ("tune", "heldout", "developers") else 9):
        figures = evaluate(groups[name])
        report["groups"][name] = {k: v for k, v in figures.items() if k != "misses"}
        if as_json:
            continue
        print(f"\n== {name}: {figures['n']} messages")
        for miss in figures["misses"]:
            print(f"  MISS {miss}")
        print(f"    {'kind':<22}{'precision':>10}{'recall':>8}{'n':>6}")
        _print_scores("from an unknown sender", figures["unknown_sender"])
        _print_scores("as if from a known client", figures["as_client"])
        _print_scores("as if from a trusted bank", figures["as_trusted_bank"])
        print(f"  client messages read as other: {figures['client_messages_read_as_other']}"
              " (limit 0)")
        print(f"  money: {figures['money']}  (not money in read as money in: limit 0)")
        print(f"  fields of money-in notices: {figures['fields']}")
        print(f"  facts: {figures['facts']}")
        print(f"  forgeries trusted: {figures['forgeries_trusted']} of "
              f"{figures['forgery_attempts']} (limit 0); controls trusted: "
              f"{figures['controls_trusted']}")
    report["msgs_per_s_one_core"] = speed(rows)
    if not as_json:
        print(f"\n{len(rows)} messages; {report['msgs_per_s_one_core']} messages per second on "
              f"one core (limit at least {MESSAGES_PER_SECOND_LIMIT})")
    print(json.dumps(report, sort_keys=True, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
