"""The reader of the [legal] table: the formal notice's deadline and channel, whether reminders
name the late-payment penalties, the 40 € indemnity, a contractual rate, and the owner's own
rates (`[[legal.rates]]`), which extend or override the table shipped with dunnerd."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from dunnerd.config.schema import NEVER_CLAIM, LegalSettings, RateEntry
from dunnerd.config.table import Table, describe, one_line

_PERIOD = re.compile(r"(\d{4})-H([12])")
_RATE_KEYS = ("mro", "taux_legal", "taux_legal_particulier")


def read_legal(t: Table, step_names: Sequence[str]) -> LegalSettings:
    choices = [*step_names, NEVER_CLAIM]
    claim_from = t.choice("claim_penalties_from", choices, "final" if "final" in choices
                          else NEVER_CLAIM)
    indemnity = number(t, "indemnity", "an amount in euros such as 40 (0: none)",
                       maximum=Decimal(10_000), places=2)
    rate = number(t, "contractual_rate", "a rate in percent per year such as 12.5",
                  maximum=Decimal(100), places=4)
    if rate is not None and rate <= 0:
        t.problem("contractual_rate", f"{rate} is not above 0; expected a rate in percent per "
                                      "year such as 12.5, or no key for ECB + 10 points")
        rate = None
    return LegalSettings(
        notice_days=t.integer("notice_days", 7, minimum=1, maximum=90),
        email_notice=t.flag("email_notice", False),
        claim_penalties_from=claim_from,
        indemnity=Decimal("40.00") if indemnity is None else indemnity,
        contractual_rate=rate,
        rates=read_rates(t),
    )


def read_rates(legal: Table) -> tuple[RateEntry, ...]:
    entries: list[RateEntry] = []
    seen: dict[tuple[int, int], str] = {}
    for t in legal.tables("rates") or ():
        period = t.text("period", 'a half-year such as "2026-H2"', required=True)
        match = _PERIOD.fullmatch(period)
        if period and not match and t.is_valid("period"):
            t.problem("period", f'"{period}" is not a half-year; expected "YYYY-H1" '
                                '(January-June) or "YYYY-H2" (July-December)')
        source = t.checked("source", one_line, "where the figures come from (the ECB decision, "
                           "the arrêté and its JORF date), on one line", "", required=True)
        figures = {key: number(t, key, "a rate in percent per year such as 2.40",
                               maximum=Decimal(100), places=4) for key in _RATE_KEYS}
        if all(value is None for value in figures.values()) and not any(
                t.has_problem(key) for key in _RATE_KEYS):
            t.problem("", "no rate given; expected mro, taux_legal or taux_legal_particulier")
        if match is None:
            continue
        key = (int(match[1]), int(match[2]))
        if key in seen:
            t.problem("period", f'"{period}" is also given by {seen[key]}; expected each '
                                "half-year once")
            continue
        seen[key] = t.key_path("")
        entries.append(RateEntry(year=key[0], half=key[1], source=source, mro=figures["mro"],
                                 taux_legal=figures["taux_legal"],
                                 taux_legal_particulier=figures["taux_legal_particulier"]))
    return tuple(entries)


def number(t: Table, key: str, expected: str, *, maximum: Decimal,
           places: int) -> Decimal | None:
    """A non-negative decimal given as a TOML integer, float or string; None when absent. A
    float is read through its shortest repr, so 2.4 is exactly Decimal("2.4")."""
    t.was_read(key)
    if key not in t.data:
        return None
    raw = t.data[key]
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        t.problem(key, f"expected {expected}, got {describe(raw)}")
        return None
    try:
        value = Decimal(str(raw).strip())
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or value < 0 or value > maximum:
        t.problem(key, f"{describe(raw)} is not usable; expected {expected}")
        return None
    if value != value.quantize(Decimal(1).scaleb(-places)):
        t.problem(key, f"{value} has more than {places} decimals; expected {expected}")
        return None
    return value
