"""The dated rate table: per half-year, the ECB main refinancing rate (MRO) in force on its
first day and the taux de l'intérêt légal, each figure with its source and whether it was
verified. Shipped as package data (rates.toml) and extended by the owner's `[[legal.rates]]`,
whose figures override the shipped ones for their half-year and count as verified by the owner.

A figure that is not in the table is None: nothing is ever guessed or carried over from the
half-year before (the taux légal cannot even be estimated: it comes from an arrêté).
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
import tomllib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from dunnerd.config.schema import RateEntry

MRO = "mro"
TAUX_LEGAL = "taux_legal"  # the "autres cas" column: dunnerd's owners are professionals


class RateTableError(Exception):
    """The shipped rate table cannot be read: a packaging bug, never the owner's input."""


@dataclass(frozen=True, order=True)
class HalfYear:
    year: int
    half: int  # 1: January to June, 2: July to December

    @classmethod
    def of(cls, day: dt.date) -> HalfYear:
        return cls(day.year, 1 if day.month <= 6 else 2)

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, 1 if self.half == 1 else 7, 1)

    @property
    def end(self) -> dt.date:
        return dt.date(self.year, 6, 30) if self.half == 1 else dt.date(self.year, 12, 31)

    def next(self) -> HalfYear:
        return HalfYear(self.year, 2) if self.half == 1 else HalfYear(self.year + 1, 1)

    @property
    def key(self) -> str:
        """As the config writes it: "2026-H2"."""
        return f"{self.year}-H{self.half}"

    def label(self, language: str) -> str:
        """"S2 2026" in French (semestre), "H2 2026" in English."""
        return f"{'S' if language == 'fr' else 'H'}{self.half} {self.year}"


def half_years(first: dt.date, last: dt.date) -> Iterator[HalfYear]:
    """Every half-year that has a day in [first, last]."""
    period = HalfYear.of(first)
    while period.start <= last:
        yield period
        period = period.next()


@dataclass(frozen=True)
class Figure:
    """One rate in percent per year, with where it comes from."""

    value: Decimal
    verified: bool
    source: str
    owner_supplied: bool = False


@dataclass(frozen=True)
class PeriodRates:
    period: HalfYear
    mro: Figure | None = None
    taux_legal: Figure | None = None
    taux_legal_particulier: Figure | None = None

    def figure(self, name: str) -> Figure | None:
        return self.mro if name == MRO else self.taux_legal


@dataclass(frozen=True)
class RateTable:
    periods: Mapping[HalfYear, PeriodRates]

    def get(self, period: HalfYear) -> PeriodRates:
        return self.periods.get(period) or PeriodRates(period)

    def unverified(self) -> list[tuple[HalfYear, str, Figure]]:
        """Shipped figures not confirmed from their official source, oldest first."""
        found = []
        for period in sorted(self.periods):
            rates = self.periods[period]
            for name in (MRO, TAUX_LEGAL):
                figure = rates.figure(name)
                if figure is not None and not figure.verified:
                    found.append((period, name, figure))
        return found

    def with_owner_rates(self, entries: Iterable[RateEntry]) -> RateTable:
        periods = dict(self.periods)
        for entry in entries:
            period = HalfYear(entry.year, entry.half)
            rates = periods.get(period) or PeriodRates(period)
            periods[period] = PeriodRates(
                period, mro=_owned(entry.mro, rates.mro, entry.source),
                taux_legal=_owned(entry.taux_legal, rates.taux_legal, entry.source),
                taux_legal_particulier=_owned(entry.taux_legal_particulier,
                                              rates.taux_legal_particulier, entry.source))
        return RateTable(periods)


def _owned(value: Decimal | None, current: Figure | None, source: str) -> Figure | None:
    return current if value is None else Figure(value, True, source, owner_supplied=True)


def _figure(row: Mapping[str, Any], value_key: str, prefix: str) -> Figure | None:
    value = row.get(value_key)
    if value is None:
        return None
    return Figure(Decimal(str(value)), bool(row.get(f"{prefix}_verified", False)),
                  str(row.get(f"{prefix}_source") or row.get("source") or ""))


def parse_table(text: str) -> RateTable:
    """The rate table from its TOML text (the shipped file's format)."""
    data = tomllib.loads(text, parse_float=Decimal)
    periods: dict[HalfYear, PeriodRates] = {}
    for row in data.get("period", []):
        start = dt.date.fromisoformat(str(row["period_start"]))
        period = HalfYear.of(start)
        if start != period.start or dt.date.fromisoformat(str(row["period_end"])) != period.end:
            raise RateTableError(f"rate table: {start} does not start a half-year")
        if period in periods:
            raise RateTableError(f"rate table: {period.key} is given twice")
        periods[period] = PeriodRates(
            period, mro=_figure(row, "mro", "mro"),
            taux_legal=_figure(row, "taux_legal_autres", "taux_legal"),
            taux_legal_particulier=_figure(row, "taux_legal_particulier", "taux_legal"))
    return RateTable(periods)


@cache
def shipped_table() -> RateTable:
    try:
        text = importlib.resources.files("dunnerd.legal").joinpath("rates.toml").read_text(
            encoding="utf-8")
        return parse_table(text)
    except (OSError, tomllib.TOMLDecodeError, KeyError, ValueError) as exc:
        raise RateTableError(f"the shipped rate table cannot be read: {exc}") from exc


def rate_table(owner_rates: Sequence[RateEntry] = ()) -> RateTable:
    """The shipped table with the owner's `[[legal.rates]]` applied."""
    return shipped_table().with_owner_rates(owner_rates)


def toml_lines(period: HalfYear, names: Iterable[str]) -> list[str]:
    """The exact `[[legal.rates]]` lines an owner adds for missing figures. The value is left
    as "?.??", which is not valid TOML: a file pasted without the real figure fails to load
    rather than compute with a made-up rate."""
    what = {MRO: "ECB main refinancing rate in force on " + period.start.isoformat(),
            TAUX_LEGAL: f'taux de l\'intérêt légal {period.label("fr")}, "autres cas"'}
    lines = ["[[legal.rates]]", f'period = "{period.key}"']
    lines += [f"{name} = ?.??   # {what[name]}, % per year" for name in names]
    lines.append('source = "..."   # the ECB decision or the arrêté, with its date')
    return lines
