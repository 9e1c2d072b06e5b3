"""Classify labelled mail and report per-kind precision and recall, the confusion, the speed.

    python bench/classify_corpus.py DIR [DIR...]

Each DIR holds a `labels.tsv` (`file<TAB>kind`, paths relative to DIR; a `file<TAB>label`
header line is skipped). Every file goes through the daemon's own `parse_message` and `classify`
with `NoLedger()` (no invoices known). A file that cannot be parsed counts as kind `malformed`.
The last line printed is one JSON object with the figures.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dunnerd.inbox.classify import KINDS, MalformedMessage, NoLedger, classify, parse_message


def load(directory: Path) -> list[tuple[Path, str]]:
    rows = []
    for line in (directory / "labels.tsv").read_text(encoding="utf-8").splitlines():
        name, _, kind = line.partition("\t")
        if not kind or (name, kind) == ("file", "label"):
            continue
        rows.append((directory / name, kind.strip()))
    return rows


def run(directories: Sequence[Path]) -> tuple[dict[str, Any], list[tuple[str, str, str]]]:
    """The figures, and one (file, expected, got) row per message."""
    samples = [(path, kind, path.read_bytes()) for d in directories for path, kind in load(d)]
    known = NoLedger()
    results: list[tuple[str, str, str]] = []
    started = time.perf_counter()
    for path, expected, raw in samples:
        try:
            got = classify(parse_message(raw), known).kind
        except MalformedMessage:
            got = "malformed"
        results.append((str(path), expected, got))
    elapsed = max(time.perf_counter() - started, 1e-9)
    pairs = Counter((expected, got) for _, expected, got in results)
    kinds = sorted({e for _, e, _ in results} | {g for _, _, g in results},
                   key=lambda k: (KINDS.index(k) if k in KINDS else len(KINDS), k))
    per_kind = {}
    for kind in kinds:
        true_positive = pairs[(kind, kind)]
        predicted = sum(n for (_, got), n in pairs.items() if got == kind)
        actual = sum(n for (expected, _), n in pairs.items() if expected == kind)
        per_kind[kind] = {
            "precision": round(true_positive / predicted, 4) if predicted else 1.0,
            "recall": round(true_positive / actual, 4) if actual else 1.0,
            "n": actual,
        }
    confusion = {e: {g: pairs[(e, g)] for g in kinds if pairs[(e, g)]} for e in kinds
                 if any(pairs[(e, g)] for g in kinds)}
    figures = {"per_kind": per_kind, "confusion": confusion,
               "msgs_per_s": round(len(results) / elapsed, 1)}
    return figures, results


def main(argv: Sequence[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    figures, results = run([Path(a) for a in argv])
    for path, expected, got in results:
        if expected != got:
            print(f"MISS {expected:>20} -> {got:<20} {path}")
    print(f"\n{'kind':<22}{'precision':>10}{'recall':>8}{'n':>6}")
    for kind, row in figures["per_kind"].items():
        print(f"{kind:<22}{row['precision']:>10.3f}{row['recall']:>8.3f}{row['n']:>6}")
    kinds = list(figures["per_kind"])
    print("\nconfusion (rows: labelled, columns: classified)")
    print(" " * 22 + "".join(f"{k[:10]:>11}" for k in kinds))
    for expected in kinds:
        row = figures["confusion"].get(expected, {})
        print(f"{expected:<22}" + "".join(f"{row.get(g, 0):>11}" for g in kinds))
    print(f"\n{len(results)} messages, {figures['msgs_per_s']} messages per second")
    print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
