"""What an invoice's own words say about when and how it must be paid. Pure.

- The due date: BT-9 when the invoice has one; else the payment terms (BT-20) when they read
  as "N jours", "N jours fin de mois" (N days, then the end of that month) or "à réception";
  else the legal default of 30 days after the issue date (Code de commerce L441-10). The rule
  used is always said, so the import line can tell the owner.
- The contractual late-payment penalty, from the note with subject code PMD (or, failing that,
  a note that talks about late-payment penalties): a multiple of the legal interest rate, the
  legal rate plus N points, the ECB rate plus N points, or a fixed annual rate. The note's text
  is kept: the owner checks it, dunnerd never computes from a rate it only guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from dunnerd.intake.einvoice import Note, ParsedInvoice

LEGAL_DEFAULT_DAYS = 30

_DAYS = re.compile(r"(\d{1,3})\s*(?:jours?|j\b|days?)"
                   r"(\s*(?:nets?\s*)?(?:,\s*)?(?:fin\s+de\s+mois|fdm|end\s+of\s+(?:the\s+)?month))?",
                   re.I)
_ON_RECEIPT = re.compile(r"[àa]\s+r[ée]ception|comptant|upon\s+receipt|on\s+receipt|imm[ée]diat",
                         re.I)


@dataclass(frozen=True)
class DueDate:
    date: dt.date
    rule: str  # "BT-9", "BT-20", "legal-30-days"
    why: str  # one line for the owner


def effective_due_date(invoice: ParsedInvoice) -> DueDate:
    if invoice.due_date is not None:
        return DueDate(invoice.due_date, "BT-9", "due date from the invoice (BT-9)")
    terms = " ".join(invoice.payment_terms.split())
    if terms:
        if match := _DAYS.search(terms):
            date = invoice.issue_date + dt.timedelta(days=int(match[1]))
            if match[2]:
                date = date.replace(day=calendar.monthrange(date.year, date.month)[1])
            return DueDate(date, "BT-20", f"due date from the payment terms "
                           f"{match[0].strip()!r} (BT-20)")
        if _ON_RECEIPT.search(terms):
            return DueDate(invoice.issue_date, "BT-20",
                           "due on receipt, from the payment terms (BT-20)")
    return DueDate(invoice.issue_date + dt.timedelta(days=LEGAL_DEFAULT_DAYS), "legal-30-days",
                   f"no due date nor readable payment terms: the legal {LEGAL_DEFAULT_DAYS} "
                   "days after the issue date (L441-10)")


@dataclass(frozen=True)
class ContractualPenalty:
    kind: str  # "legal_multiple", "legal_plus", "ecb_plus" or "fixed_rate"
    value: Decimal  # the multiple, the points, or the annual rate in percent
    text: str  # the note as written
    source: str  # "PMD", or "note" (found in a note without that code: to confirm)

    def as_detail(self) -> dict[str, str]:
        return {"kind": self.kind, "value": str(self.value), "source": self.source,
                "text": self.text[:500]}


_NUMBER_WORDS = {"une": 1, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
                 "dix": 10}
_N = r"(\d+(?:[.,]\d+)?|une|un|deux|trois|quatre|cinq|six|dix)"
_LEGAL = r"taux\s+(?:de\s+l['’]\s*|d['’]\s*)int[ée]r[êe]ts?\s+l[ée]gal"
_LEGAL_MULTIPLE = re.compile(_N + r"\s*(?:fois|x|×)\s+(?:le\s+|du\s+)?" + _LEGAL, re.I)
_LEGAL_PLUS = re.compile(_LEGAL + r"\s+major[ée]\s+de\s+" + _N + r"\s*points?", re.I)
_ECB_PLUS = re.compile(r"(?:\bBCE\b|banque\s+centrale\s+europ[ée]enne|\bECB\b).{0,160}?"
                       r"(?:major[ée]e?s?\s+de|plus)\s+" + _N + r"\s*(?:points?|%)", re.I | re.S)
_FIXED = re.compile(r"(?:taux|p[ée]nalit[ée]s?|int[ée]r[êe]ts?|rate)[^%€\d]{0,40}?"
                    r"(\d+(?:[.,]\d+)?)\s*%", re.I)
_ABOUT_PENALTIES = re.compile(r"p[ée]nalit[ée]s?\s+de\s+retard|retard\s+de\s+paiement|"
                              r"int[ée]r[êe]ts?\s+de\s+retard|late\s+payment", re.I)


def _number(text: str) -> Decimal:
    word = text.lower()
    return Decimal(_NUMBER_WORDS[word]) if word in _NUMBER_WORDS \
        else Decimal(word.replace(",", "."))


def read_penalty(text: str, source: str) -> ContractualPenalty | None:
    flat = re.sub(r"[\s\u00a0\u202f]+", " ", text)  # no-break spaces before "%"
    for kind, pattern in (("legal_multiple", _LEGAL_MULTIPLE), ("legal_plus", _LEGAL_PLUS),
                          ("ecb_plus", _ECB_PLUS), ("fixed_rate", _FIXED)):
        if match := pattern.search(flat):
            return ContractualPenalty(kind, _number(match[1]), text, source)
    return None


def contractual_penalty(notes: Iterable[Note]) -> ContractualPenalty | None:
    notes = list(notes)
    for note in notes:
        if note.subject == "PMD" and (found := read_penalty(note.text, "PMD")):
            return found
    for note in notes:  # some issuers put it in an untagged note
        if note.subject not in ("PMD", "PMT") and _ABOUT_PENALTIES.search(note.text) and (
                found := read_penalty(note.text, "note")):
            return found
    return None
