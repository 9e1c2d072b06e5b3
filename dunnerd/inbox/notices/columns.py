"""Pure: the rows of an alert's table with a Débit and a Crédit column, whose amounts carry no
currency ("01/12/2026 VIR SEPA RECU /DE OCEANIS VOYAGES /MOTIF F-2026-0433 3 200,00").

Once an HTML table is flattened to text, an amount no longer says which column it stood in, so
a row's direction comes from its operation label alone: money in only when the label says a
credit ("VIR SEPA RECU", "VIREMENT EN VOTRE FAVEUR", "REMISE CHEQUE"), a debit when it says one
("PRLV", "CB", "VIR EMIS"), and nothing at all when it says neither. The currency is the one the
alert states elsewhere, or none: an unstated currency is never recorded without the owner.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from dunnerd.inbox.extract import parse_amount
from dunnerd.inbox.notices import cues, fields, sepa_fr
from dunnerd.inbox.notices.model import Direction, Transaction
from dunnerd.inbox.notices.text import fold1, full_dates

_ROW = re.compile(r"^\W*(?P<date>\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)\s+(?P<label>\S.*?)\s+"
                  r"(?P<amount>\d{1,3}(?:[ \u00a0\u202f.]\d{3})*,\d{2})\s*$")
_CREDIT_LABEL = re.compile(r"\bvir(?:ement)?(?: sepa)?(?: inst(?:antane)?)? (?:recu|re)\b"
                           r"|\ben votre faveur\b|\bremise (?:de )?cheques?\b|\bavoir\b")
_DEBIT_LABEL = re.compile(r"\bprlv\b|\bprelevement\b|\bcb\b|\bcarte\b|\bvir(?:ement)? (?:sepa )?"
                          r"(?:emis|permanent)\b|\bretrait\b|\bfrais\b|\bcommission\b|\bcheque "
                          r"(?:n°|emis)")
_CURRENCY = re.compile(r"€|\beur\b|\beuros?\b")


def column_rows(sentences: Sequence[str], folded: Sequence[str],
                sent_on: dt.date | None) -> tuple[Transaction, ...]:
    """The rows under a "Débit Crédit" header, each with the direction its label says."""
    header = next((i for i, f in enumerate(folded) if cues.COLUMN_HEADER.search(f)), None)
    if header is None:
        return ()
    currency = "EUR" if any(_CURRENCY.search(f) for f in folded) else None
    rows: list[Transaction] = []
    for line in sentences[header + 1:]:
        row = _ROW.match(line)
        if not row:
            continue
        label = fold1(row.group("label"))
        if _CREDIT_LABEL.search(label):
            direction = Direction.IN
        elif _DEBIT_LABEL.search(label):
            direction = Direction.OUT
        else:
            continue  # a label that says neither: no guess either way
        dates = full_dates(fold1(row.group("date")))
        payer = fields.payer([line], (sepa_fr.FAMILY,)) if direction is Direction.IN else None
        rows.append(Transaction(direction, parse_amount(row.group("amount")), currency,
                                payer, _reference(row.group("label")),
                                dates[0][1] if dates else sent_on, line.strip()[:200]))
    return tuple(rows)


def _reference(label: str) -> str | None:
    """The SEPA remittance text after "/MOTIF", as the bank prints it."""
    found = re.search(r"/motif\s*:?\s*(?P<r>[^/]{1,80}?)\s*(?:/|$)", label, re.IGNORECASE)
    return found.group("r") if found else None
