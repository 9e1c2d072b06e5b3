"""The dated figures of the hand-off (procedure.toml, shipped with the package): how long an
order for payment may wait to be served, by the date of the order; the month for opposition;
the small-claims threshold on a given day; the court fees as found. Each figure carries its
legal basis, its source and whether it was verified. Pure, apart from reading the shipped file.

Months are counted as the Code de procédure civile counts them (art. 641): the same day of the
last month, or that month's last day when it has no such day."""

from __future__ import annotations

import calendar
import datetime as dt
import importlib.resources
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from dunnerd.legal.rates import RateTableError

_START = dt.date.min
_END = dt.date.max


@dataclass(frozen=True)
class Sourced:
    """A rule with where it comes from."""

    article: str
    source: str
    verified: bool


@dataclass(frozen=True)
class ServiceRule(Sourced):
    orders_from: dt.date
    orders_until: dt.date
    months: int

    def deadline(self, ordered_on: dt.date) -> dt.date:
        return add_months(ordered_on, self.months)


@dataclass(frozen=True)
class OppositionRule(Sourced):
    months: int
    overseas_extra_months: int
    abroad_extra_months: int
    extensions_verified: bool
    note: str


@dataclass(frozen=True)
class SmallClaimsRule(Sourced):
    valid_from: dt.date
    valid_until: dt.date
    threshold_eur: Decimal
    conditions: tuple[str, ...]
    caveat: str


@dataclass(frozen=True)
class Procedure:
    service: tuple[ServiceRule, ...]
    opposition: OppositionRule
    after_opposition: tuple[tuple[dt.date, str, Sourced], ...]  # (orders from, text, source)
    small_claims: tuple[SmallClaimsRule, ...]
    court_fees: Mapping[str, str]
    fees_verified: bool

    def service_rule(self, ordered_on: dt.date) -> ServiceRule | None:
        """The service deadline's rule for an order of that date; None if the table has none."""
        return next((r for r in self.service if r.orders_from <= ordered_on <= r.orders_until),
                    None)

    def small_claims_rule(self, on: dt.date) -> SmallClaimsRule | None:
        return next((r for r in self.small_claims if r.valid_from <= on <= r.valid_until), None)

    def after_opposition_text(self, ordered_on: dt.date) -> tuple[str, Sourced] | None:
        found = [(text, src) for start, text, src in self.after_opposition
                 if start <= ordered_on]
        return found[-1] if found else None


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` plus `months`, on the same day of the month or that month's last day (CPC 641)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def _date(row: Mapping[str, Any], key: str, default: dt.date) -> dt.date:
    value = row.get(key)
    return default if value is None else dt.date.fromisoformat(str(value))


def _sourced(row: Mapping[str, Any]) -> dict[str, Any]:
    return {"article": str(row.get("article", "")), "source": str(row["source"]),
            "verified": bool(row.get("verified", False))}


def parse_procedure(text: str) -> Procedure:
    data = tomllib.loads(text, parse_float=Decimal)
    service = tuple(ServiceRule(
        **_sourced(row), orders_from=_date(row, "orders_from", _START),
        orders_until=_date(row, "orders_until", _END), months=int(row["months"]))
        for row in data["service_deadline"])
    _no_overlap([(r.orders_from, r.orders_until) for r in service], "service_deadline")
    opp = data["opposition"]
    opposition = OppositionRule(
        **_sourced(opp), months=int(opp["months"]),
        overseas_extra_months=int(opp["overseas_extra_months"]),
        abroad_extra_months=int(opp["abroad_extra_months"]),
        extensions_verified=bool(opp.get("extensions_verified", False)),
        note=str(opp.get("note", "")))
    after = tuple(sorted(((_date(row, "orders_from", _START), str(row["text"]),
                           Sourced(**_sourced(row))) for row in data.get("after_opposition", [])),
                         key=lambda entry: entry[0]))
    small = tuple(SmallClaimsRule(
        **_sourced(row), valid_from=_date(row, "from", _START),
        valid_until=_date(row, "until", _END), threshold_eur=Decimal(row["threshold_eur"]),
        conditions=tuple(str(c) for c in row.get("conditions", ())),
        caveat=str(row.get("caveat", ""))) for row in data["small_claims"])
    _no_overlap([(r.valid_from, r.valid_until) for r in small], "small_claims")
    fees = data["court_fees"]
    return Procedure(service, opposition, after, small,
                     {k: str(v) for k, v in fees.items() if k != "verified"},
                     bool(fees.get("verified", False)))


def _no_overlap(spans: Sequence[tuple[dt.date, dt.date]], name: str) -> None:
    ordered = sorted(spans)
    for (_, end), (start, _) in zip(ordered, ordered[1:], strict=False):
        if start <= end:
            raise RateTableError(f"procedure table: two [[{name}]] rows cover {start}")


@cache
def procedure() -> Procedure:
    """The shipped table. RateTableError if it cannot be read (a packaging bug)."""
    try:
        text = importlib.resources.files("dunnerd.legal").joinpath("procedure.toml").read_text(
            encoding="utf-8")
        return parse_procedure(text)
    except (OSError, tomllib.TOMLDecodeError, KeyError, ValueError, TypeError) as exc:
        raise RateTableError(f"the shipped procedure table cannot be read: {exc}") from exc
