"""Pure text helpers for notices: a folding that keeps every character's position (so a payer's
name is cut from the original spelling), clauses, amounts with their sign and place, and dates.

Every pattern is linear (no nested quantifiers) and every input is capped by the caller.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from dunnerd.inbox.extract import parse_amount

_SAME_LENGTH: dict[str, str] = {"’": "'", "‘": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
                                "–": "-", "—": "-", "−": "-", "«": '"', "»": '"', "œ": "o",
                                "æ": "a", "ß": "s"}


_TABLE: dict[int, str] = {ord(k): v for k, v in _SAME_LENGTH.items()}


def _fold_char(char: str) -> str:
    mapped = _SAME_LENGTH.get(char)
    if mapped is None:
        base = unicodedata.normalize("NFKD", char)[:1]
        mapped = base if base and not unicodedata.combining(base) else char
    return mapped


def fold1(text: str) -> str:
    """Lower case without accents, one character for one: positions stay those of `text`."""
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lowers to two characters
        lowered = "".join(c.lower() if len(c.lower()) == 1
                          else unicodedata.normalize("NFKD", c)[:1].lower() for c in text)
    if lowered.isascii():
        return lowered
    for char in set(lowered):
        if ord(char) > 127 and ord(char) not in _TABLE:
            _TABLE[ord(char)] = _fold_char(char)
    return lowered.translate(_TABLE)


def squeeze(text: str) -> str:
    """Runs of blanks as one space, each line trimmed, empty lines dropped."""
    lines = (re.sub(r"[ \t\u00a0\u202f\u2009]+", " ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


# An amount split across HTML cells ("2 180 ,50 €") or with a space before its sign.
_SPLIT_DECIMALS = re.compile(r"(\d) ([.,]\d{2})(?!\d)")


def join_split_amounts(text: str) -> str:
    return _SPLIT_DECIMALS.sub(r"\1\2", text)


# ". " before a capital or a digit ends a sentence, unless it ends an initial ("M. GAUTIER") or
# a leader of dots from a label to its amount ("VIR SEPA X ........ +560,00 EUR").
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\.\.)(?<! [A-Z]\.)(?<!^[A-Z]\.)(?<![Rr][ée]f\.)"
                           r"(?<![Nn]o\.)"
                           r"(?<![Ff]act\.)(?<![Ii]nv\.)(?<!Mme\.)\s+(?=[A-ZÀ-Ý0-9+\-])")


def clauses(text: str) -> list[str]:
    """Lines, and sentences inside a line: ". " followed by a capital or a digit ends one."""
    found: list[str] = []
    for line in text.splitlines():
        for part in _SENTENCE_END.split(line):
            part = part.strip()
            if part:
                found.append(part)
    return found


_CODES = ("EUR|USD|GBP|CHF|CAD|AUD|CZK|PLN|SEK|NOK|DKK|JPY|SGD|HKD|NZD|HUF|RON|BGN|MAD|XOF|TND"
          "|ZAR|INR|MXN|BRL")
_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY"}
_NUMBER = r"\d{1,3}(?:[ .,']\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?(?!\d)"
AMOUNT = re.compile(
    # a sign after a number is a range ("450-550 €"), not a minus
    rf"(?P<sign>(?<![\w.,])[+-] ?)?"
    rf"(?:(?P<pre>€|\$|£|\b(?:{_CODES})\b) ?(?P<sign2>[+-])?(?P<n1>{_NUMBER})"
    rf"(?: ?(?P<post1>€|\b(?:{_CODES})\b))?"
    rf"|(?P<n2>{_NUMBER}) ?(?P<post2>€|£|\$|\b(?:{_CODES})\b|euros?\b))", re.IGNORECASE)
_KEY_VALUE = re.compile(r"\bAMT=(\d+(?:\.\d{1,2})?)\b.{0,40}?\bCURR=(\d{3}|[A-Z]{3})\b")
_ISO_NUMERIC = {"978": "EUR", "840": "USD", "826": "GBP", "756": "CHF", "203": "CZK"}


@dataclass(frozen=True)
class Amount:
    value: Decimal
    currency: str
    sign: str  # "+", "-" or ""
    start: int
    end: int


def amounts_in(text: str) -> list[Amount]:
    """Every amount with a currency in `text` (one clause or line), in order."""
    found: list[Amount] = []
    for kv in _KEY_VALUE.finditer(text):
        value = parse_amount(kv.group(1))
        if value is not None:
            found.append(Amount(value, _ISO_NUMERIC.get(kv.group(2), kv.group(2).upper()), "+",
                                kv.start(), kv.end()))
    for match in AMOUNT.finditer(text):
        number = match.group("n1") or match.group("n2")
        marker = match.group("pre") or match.group("post2") or ""
        code = match.group("post1") or ""
        if code in ("€", "$", "£"):
            code = _SYMBOLS[code]
        currency = (code or _SYMBOLS.get(marker, marker)).upper()
        currency = "EUR" if currency.startswith("EURO") else currency
        value = parse_amount(number)
        if value is None or value <= 0:
            continue
        sign = (match.group("sign") or match.group("sign2") or "").strip()
        found.append(Amount(value, currency, sign, match.start(), match.end()))
    return found


_MONTHS = {
    "jan": 1, "janv": 1, "janvier": 1, "january": 1, "feb": 2, "fev": 2, "fevr": 2,
    "fevrier": 2, "february": 2, "mar": 3, "mars": 3, "march": 3, "apr": 4, "avr": 4,
    "avril": 4, "april": 4, "may": 5, "mai": 5, "jun": 6, "juin": 6, "june": 6, "jul": 7,
    "juil": 7, "juillet": 7, "july": 7, "aug": 8, "aou": 8, "aout": 8, "august": 8, "sep": 9,
    "sept": 9, "septembre": 9, "september": 9, "oct": 10, "octobre": 10, "october": 10,
    "nov": 11, "novembre": 11, "november": 11, "dec": 12, "decembre": 12, "december": 12,
    # German, folded ("März" is "marz")
    "januar": 1, "februar": 2, "marz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
}
MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b"
                           r"|\b(\d{4})-(\d{2})-(\d{2})\b")
_DATE_WORDS = re.compile(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)? ({MONTH_NAMES})\.? (\d{{4}})\b"
                         rf"|\b({MONTH_NAMES})\.? (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})\b")


def month_number(name: str) -> int | None:
    return _MONTHS.get(name.lower().rstrip("."))


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        return None


def full_dates(folded: str, month_first: bool = False) -> list[tuple[int, dt.date]]:
    """Dates written with their year, in order: 08/12/2026 (day first unless `month_first`),
    2026-12-08, 8 décembre 2026, December 8, 2026."""
    found: list[tuple[int, dt.date]] = []
    for match in _DATE_NUMERIC.finditer(folded):
        if match.group(4):
            day = _make(int(match.group(4)), int(match.group(5)), int(match.group(6)))
        else:
            first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
            day_first, other = _make(year, second, first), _make(year, first, second)
            day = (other or day_first) if month_first else (day_first or other)
        if day:
            found.append((match.start(), day))
    for match in _DATE_WORDS.finditer(folded):
        if match.group(1):
            month = month_number(match.group(2)) or 0
            day = _make(int(match.group(3)), month, int(match.group(1)))
        else:
            month = month_number(match.group(4)) or 0
            day = _make(int(match.group(6)), month, int(match.group(5)))
        if day:
            found.append((match.start(), day))
    return sorted(found)
