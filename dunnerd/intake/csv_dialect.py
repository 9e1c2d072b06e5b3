"""CSV exports as people have them: the encoding (a BOM, UTF-8, else Windows-1252), the
delimiter (",", ";", tab or "|"), amounts with a decimal comma and thousands separators
("1 234,50", "1.234,50", "1,234.50", a no-break space, a currency sign), and dates day first
("31/10/2026", "31.10.2026") or ISO. Each is detected from the file, or set by an option. Pure,
apart from nothing: bytes in, text and values out.

Amounts are read at the file's level, never one cell at a time: in a file whose amounts use a
decimal comma, "1.234" means one thousand two hundred and thirty-four; in a file with decimal
points, it has three decimals (and is refused for euros).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from dunnerd.ledger.money import MoneyError, parse_amount

DELIMITERS = (",", ";", "\t", "|")
DATE_ORDERS = ("iso", "dmy", "mdy")


class DialectError(ValueError):
    """A value or a file that cannot be read with the options given: the message says how."""


@dataclass(frozen=True)
class CsvOptions:
    """What the owner said about the file; None means "detect"."""

    delimiter: str | None = None
    encoding: str | None = None
    decimal: str | None = None  # "." or ","
    dates: str | None = None  # "iso", "dmy" (day first) or "mdy"
    currency: str = "EUR"  # for rows of a file without a currency column
    mapping: dict[str, str] = field(default_factory=dict)  # column header -> field


def decode(raw: bytes, encoding: str | None) -> tuple[str, str]:
    """The text and the encoding it was read with: as told, else by its BOM, else UTF-8 when
    it is valid UTF-8, else Windows-1252 (what Excel and most French tools write)."""
    if encoding:
        try:
            return raw.decode(encoding), encoding
        except LookupError:
            raise DialectError(f"unknown encoding {encoding!r}; e.g. utf-8, cp1252, "
                               "latin-1") from None
        except UnicodeDecodeError as exc:
            raise DialectError(f"not {encoding} text (byte {exc.start})") from None
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8 (BOM)"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), "utf-16"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return raw.decode("latin-1"), "latin-1"


def detect_delimiter(header_line: str) -> str:
    """The delimiter that splits the header line most (a comma on a tie)."""
    counts = {d: header_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


_CURRENCY_MARKS = re.compile(r"[€$£¥]|\b[A-Z]{3}\b")
_GROUPING = re.compile(r"[\s\u00a0\u202f']")
_DECIMAL_COMMA = re.compile(r",\d{1,2}$")
_DECIMAL_POINT = re.compile(r"\.\d{1,2}$")
_GROUPED = re.compile(r"^-?\d{1,3}([.,])\d{3}(\1\d{3})*$")


def _bare(text: str) -> str:
    return _GROUPING.sub("", _CURRENCY_MARKS.sub("", text.strip()))


def detect_decimal(values: Iterable[str]) -> str | None:
    """"," or "." when the file's amounts say so; None when none of them tells."""
    commas = points = False
    for value in values:
        bare = _bare(value)
        commas = commas or bool(_DECIMAL_COMMA.search(bare))
        points = points or bool(_DECIMAL_POINT.search(bare))
    if commas and points:
        raise DialectError("amounts use both a decimal comma and a decimal point; say which "
                           "with --decimal , or --decimal .")
    return "," if commas else "." if points else None


def read_amount(text: str, currency: str, decimal: str | None) -> int:
    """`text` in minor units of `currency`, with the file's decimal mark (None: unknown, then
    "1.234" and "1,234" are read as thousands, the only reading with two decimals or fewer)."""
    bare = _bare(text)
    negative = bare.startswith("-") or (bare.startswith("(") and bare.endswith(")"))
    bare = bare.strip("()-")
    if decimal is None:
        grouped = _GROUPED.match(bare)
        decimal = ("." if grouped and grouped[1] == "," else ",") if grouped else "."
    thousands = "," if decimal == "." else "."
    if bare.count(decimal) > 1:
        raise MoneyError(f"amount {text!r} is not a number; expected e.g. 1 234,50")
    normal = bare.replace(thousands, "").replace(decimal, ".")
    if not re.fullmatch(r"\d+(\.\d+)?", normal):
        raise MoneyError(f"amount {text!r} is not a number; expected e.g. 1 234,50 or 1234.50")
    cents = parse_amount(normal, currency)
    return -cents if negative else cents


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?")
_NUMERIC = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?:\s.*)?")


def detect_date_order(values: Iterable[str]) -> tuple[str, bool]:
    """("dmy" or "mdy", whether the file proved it). Day first unless a value can only be
    month first; both kinds in one file is an error."""
    day_first = month_first = False
    for value in values:
        match = _NUMERIC.fullmatch(value.strip())
        if match:
            day_first = day_first or int(match[1]) > 12
            month_first = month_first or int(match[2]) > 12
    if day_first and month_first:
        raise DialectError("dates are day first in some rows and month first in others; "
                           "say which with --dates dmy or --dates mdy")
    return ("mdy", True) if month_first else ("dmy", day_first)


def read_date(text: str, order: str) -> dt.date:
    """An ISO date, or a numeric one in `order` ("dmy" or "mdy"); two-digit years are 20xx."""
    value = text.strip()
    try:
        if match := _ISO.fullmatch(value):
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        if order != "iso" and (match := _NUMERIC.fullmatch(value)):
            first, second, year = int(match[1]), int(match[2]), int(match[3])
            year += 2000 if year < 100 else 0
            day, month = (first, second) if order == "dmy" else (second, first)
            return dt.date(year, month, day)
    except ValueError:
        pass
    expected = "YYYY-MM-DD" if order == "iso" else \
        "DD/MM/YYYY" if order == "dmy" else "MM/DD/YYYY"
    raise DialectError(f"{value!r} is not a date ({expected})")
