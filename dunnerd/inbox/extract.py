"""Pure: the facts inside a message's words. Return dates, amounts, references, invoice numbers.

Every function takes capped text and runs regular expressions without nested quantifiers, so
the time per message stays bounded. Money is Decimal, never float. When a reading is ambiguous
the answer is None: a guessed amount or date is worse than none (the caller asks the owner).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation

_MONTHS = {
    "jan": 1, "janv": 1, "janvier": 1, "january": 1,
    "feb": 2, "fev": 2, "fevr": 2, "fevrier": 2, "february": 2,
    "mar": 3, "mars": 3, "march": 3,
    "apr": 4, "avr": 4, "avril": 4, "april": 4,
    "may": 5, "mai": 5,
    "jun": 6, "juin": 6, "june": 6,
    "jul": 7, "juil": 7, "juillet": 7, "july": 7,
    "aug": 8, "aou": 8, "aout": 8, "august": 8,
    "sep": 9, "sept": 9, "septembre": 9, "september": 9,
    "oct": 10, "octobre": 10, "october": 10,
    "nov": 11, "novembre": 11, "november": 11,
    "dec": 12, "decembre": 12, "december": 12,
}
_WEEKDAYS = {
    "monday": 0, "lundi": 0, "tuesday": 1, "mardi": 1, "wednesday": 2, "mercredi": 2,
    "thursday": 3, "jeudi": 3, "friday": 4, "vendredi": 4, "saturday": 5, "samedi": 5,
    "sunday": 6, "dimanche": 6,
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(_WEEKDAYS)
# The words after which an out-of-office states when its writer is back.
_RETURN_TRIGGER = re.compile(
    r"\b(de retour|retour(?: prevu)?|serai (?:a nouveau )?(?:present|disponible)|reprendrai|"
    r"a partir du|des le|back|return(?:ing|s)?|reachable again|available again)\b")
# Weaker: the last day away ("jusqu'au 14 inclus"), read only when no return is stated.
_UNTIL_TRIGGER = re.compile(r"\b(jusqu'?au|jusqu'?a|until|till|through)\b")
_NUMERIC = re.compile(r"\b(\d{1,4})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?\b")
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|e)?\s+(?:of\s+)?({_MONTH})\.?(?:\s+(\d{{4}}))?\b",
    re.IGNORECASE)
_MONTH_DAY = re.compile(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.IGNORECASE)
_WEEKDAY_ONLY = re.compile(rf"\b(?:on\s+|le\s+)?(?:next\s+)?({_WEEKDAY})\b", re.IGNORECASE)
WINDOW_DAYS = 60


def fold(text: str) -> str:
    """Lower case without accents: 'Décembre' and 'decembre' read alike."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _with_year(month: int, day: int, year: str | None, today: dt.date) -> dt.date | None:
    if year:
        value = int(year)
        return _make(value + 2000 if value < 100 else value, month, day)
    this_year = _make(today.year, month, day)
    if this_year is not None and this_year >= today - dt.timedelta(days=3):
        return this_year
    return _make(today.year + 1, month, day)


def _in_window(day: dt.date | None, today: dt.date) -> bool:
    return day is not None and -3 <= (day - today).days <= WINDOW_DAYS


def _numeric(match: re.Match[str], today: dt.date, french: bool) -> dt.date | None:
    first, second, year = match.group(1), match.group(2), match.group(3)
    if len(first) == 4:  # ISO 2026-12-03
        return _make(int(first), int(second), int(year)) if year else None
    day_first = _with_year(int(second), int(first), year, today)
    month_first = _with_year(int(first), int(second), year, today)
    if day_first == month_first:
        return day_first
    fits = [d for d in (day_first, month_first) if _in_window(d, today)]
    if len(fits) == 1:
        return fits[0]
    if french or (fits and year):  # French writes day first; an explicit year rarely lies
        return day_first
    if not fits and year:  # a stated date long past or far off: keep the usual reading
        return day_first if french else None
    return None


def return_date(text: str, today: dt.date) -> dt.date | None:
    """When the writer of an out-of-office says they are back; None when unsure."""
    folded = fold(text[:5000])
    french = bool(re.search(r"\b(je|nous|suis|sera[is]?|retour|absente?|conges)\b", folded))
    triggers = [*_RETURN_TRIGGER.finditer(folded), *_UNTIL_TRIGGER.finditer(folded)]
    for trigger in triggers:
        window = folded[trigger.end():trigger.end() + 60]
        candidates: list[tuple[int, dt.date | None]] = []
        for found in _DAY_MONTH.finditer(window):
            candidates.append((found.start(), _with_year(
                _MONTHS[found.group(2)], int(found.group(1)), found.group(3), today)))
        for found in _MONTH_DAY.finditer(window):
            candidates.append((found.start(), _with_year(
                _MONTHS[found.group(1)], int(found.group(2)), found.group(3), today)))
        for found in _NUMERIC.finditer(window):
            candidates.append((found.start(), _numeric(found, today, french)))
        dated = sorted((pos, day) for pos, day in candidates if day is not None)
        if dated:
            return dated[0][1]
        weekday = _WEEKDAY_ONLY.match(window.lstrip())
        if weekday:
            ahead = (_WEEKDAYS[weekday.group(1).lower()] - today.weekday()) % 7 or 7
            return today + dt.timedelta(days=ahead)
    return None


_CURRENCY_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY"}
_ISO_NUMERIC = {"978": "EUR", "840": "USD", "826": "GBP", "756": "CHF", "203": "CZK"}
_CODES = "EUR|USD|GBP|CHF|CAD|AUD|CZK|PLN|SEK|NOK|DKK|JPY"
_NUMBER = (r"[+-]?\d{1,3}(?:[ .,\u00a0\u202f']\d{3})*(?:[.,]\d{1,2})?(?!\d)"
           r"|[+-]?\d+(?:[.,]\d{1,2})?(?!\d)")
_AMOUNT = re.compile(
    rf"(?P<pre>€|\$|£|\b(?:{_CODES})\b)\s?(?P<n1>{_NUMBER})(?:\s?(?P<post1>\b(?:{_CODES})\b))?"
    rf"|(?P<n2>{_NUMBER})\s?(?P<post2>€|\b(?:{_CODES})\b|euros?\b)", re.IGNORECASE)
_KEY_VALUE_AMOUNT = re.compile(r"\bAMT=(\d+(?:\.\d{1,2})?)\b.{0,40}?\bCURR=(\d{3}|[A-Z]{3})\b")
_NOT_THE_PAYMENT = re.compile(
    r"solde|balance|zostat|zustat|zůstat|saldo|fee|frais|commission|total due|reste", re.I)
_REFERENCE = re.compile(
    r"(?:\br[eé]f(?:[eé]rence|\.)?|\bcommunication|\bmotif|\blibell[eé]|"
    r"\bvariabiln[ií] symbol|\breferencia platite[lľ]a|\bmemo|\bdescription)"
    r"[ \t]*(?:n°|no\.?|#)?[ \t]*[:=#-]?[ \t]*([^\r\n]{1,80})", re.IGNORECASE)
_KEY_VALUE_REFERENCE = re.compile(r"\bVS=(\d{1,20})\b")
_INVOICE_WORD = re.compile(
    r"\b(?:invoice|inv|facture|fact|fa|rechnung|factura|fattura|faktura|bill)\b\.?\s*"
    r"(?:n[°o]\.?|number|num[eé]ro|#|:)?\s*([A-Za-z0-9][A-Za-z0-9/_.-]{0,30}[A-Za-z0-9])",
    re.IGNORECASE)
_TOKEN = re.compile(r"(?<![\w/.-])#?([A-Za-z0-9][A-Za-z0-9/_.-]{0,38}[A-Za-z0-9]|\d)(?![\w-])")


def parse_amount(number: str) -> Decimal | None:
    """'1 234,56', '1,234.56', '1.234,56', '1234.5' -> Decimal; None when unreadable."""
    digits = re.sub(r"[\s\u00a0\u202f']", "", number.strip().lstrip("+"))
    last = max(digits.rfind(","), digits.rfind("."))
    if last >= 0 and len(digits) - last - 1 in (1, 2):
        whole, cents = digits[:last], digits[last + 1:]
        digits = re.sub(r"[.,]", "", whole) + "." + cents
    else:
        digits = re.sub(r"[.,]", "", digits)
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def amounts(text: str) -> list[tuple[Decimal, str]]:
    """Every amount with a currency, in order, skipping balances and fees."""
    found: list[tuple[Decimal, str]] = []
    for line in text[:20_000].splitlines():
        if _NOT_THE_PAYMENT.search(line):
            continue
        for kv in _KEY_VALUE_AMOUNT.finditer(line):
            value = parse_amount(kv.group(1))
            if value is not None:
                found.append((value, _ISO_NUMERIC.get(kv.group(2), kv.group(2).upper())))
        for match in _AMOUNT.finditer(line):
            number = match.group("n1") or match.group("n2")
            marker = match.group("pre") or match.group("post2") or ""
            code = match.group("post1") or ""
            currency = (code or _CURRENCY_SYMBOLS.get(marker, marker)).upper()
            currency = "EUR" if currency.startswith("EURO") else currency
            value = parse_amount(number)
            if value is not None and value > 0:
                found.append((value, currency))
    return found


def reference(text: str) -> str | None:
    kv = _KEY_VALUE_REFERENCE.search(text[:20_000])
    if kv:
        return kv.group(1)
    for match in _REFERENCE.finditer(text[:20_000]):
        value = match.group(1).strip(" .:;,\t")
        if value and re.search(r"\d", value):
            return value[:80]
    return None


def invoice_numbers(text: str) -> tuple[str, ...]:
    """Tokens that follow an 'invoice' word: the strongest invoice number candidates."""
    return tuple(dict.fromkeys(m.group(1) for m in _INVOICE_WORD.finditer(text[:20_000])
                               if re.search(r"\d", m.group(1))))[:20]


def candidates(text: str, limit: int = 300) -> tuple[str, ...]:
    """Tokens that could be an invoice number (they hold a digit), for the ledger to look up."""
    found: dict[str, None] = {}
    for match in _TOKEN.finditer(text[:40_000]):
        token = match.group(1).rstrip(".")
        if re.search(r"\d", token) and len(token) <= 40:
            found[token] = None
            found[token.upper()] = None
        if len(found) >= limit:
            break
    return tuple(found)[:limit]
