"""The claim as data, for a collection agency's or a lawyer's import: CSV (one row per invoice)
and JSON (the same, plus both parties and each invoice's penalty segments as `invoice show
--json` prints them). Pure. Amounts are decimal strings in the invoice's currency; dates ISO."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from dunnerd.ledger.money import to_decimal
from dunnerd.legal.explain import breakdown_view
from dunnerd.legal.requete_model import Mention, Requete

CSV_COLUMNS = ("debtor", "debtor_siren", "invoice", "issued", "due", "currency", "amount",
               "paid", "principal", "interest", "indemnity", "claimed", "interest_basis",
               "as_of", "provisional", "complete")


def _identity(mentions: Sequence[Mention]) -> dict[str, str]:
    return {m.label: m.value for m in mentions}


def claim_rows(requete: Requete, debtor_siren: str) -> list[dict[str, str]]:
    rows = []
    for inv in requete.invoices:
        b = inv.breakdown
        claimed = b.balance_cents + ((b.interest_cents + b.indemnity_cents)
                                     if requete.claim_penalties else 0)
        rows.append({
            "debtor": requete.debtor_name, "debtor_siren": debtor_siren,
            "invoice": inv.number, "issued": inv.issued.isoformat(), "due": inv.due.isoformat(),
            "currency": inv.currency, "amount": str(inv.amount), "paid": str(inv.paid),
            "principal": str(inv.balance),
            "interest": str(to_decimal(b.interest_cents if requete.claim_penalties else 0,
                                       inv.currency)),
            "indemnity": str(to_decimal(b.indemnity_cents if requete.claim_penalties else 0,
                                        inv.currency)),
            "claimed": str(to_decimal(claimed, inv.currency)),
            "interest_basis": b.claim.kind.value, "as_of": b.as_of.isoformat(),
            "provisional": "yes" if b.provisional else "no",
            "complete": "yes" if b.complete else "no"})
    return rows


def claim_csv(requete: Requete, debtor_siren: str) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(claim_rows(requete, debtor_siren))
    return out.getvalue().encode("utf-8")


def claim_json(requete: Requete, debtor_siren: str) -> bytes:
    document: dict[str, Any] = {
        "as_of": requete.made_on.isoformat(),
        "creditor": _identity(requete.creditor),
        "debtor": {**_identity(requete.debtor), "name": requete.debtor_name},
        "kind": requete.kind.value,
        "claim_penalties": requete.claim_penalties,
        "totals": [{"currency": c.currency, "claimed": str(c.total),
                    "lines": [{"label": line.label, "amount": None if line.amount is None
                               else str(line.amount), "basis": line.basis}
                              for line in c.lines]} for c in requete.claims],
        "invoices": [{**row, "penalties": breakdown_view(inv.breakdown)}
                     for row, inv in zip(claim_rows(requete, debtor_siren), requete.invoices,
                                         strict=True)],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
