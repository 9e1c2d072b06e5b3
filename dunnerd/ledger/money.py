"""Exact money: amounts are Decimals at the edges and integer minor units in the ledger."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from babel.numbers import get_currency_precision, list_currencies

_KNOWN_CURRENCIES = frozenset(list_currencies())


class MoneyError(ValueError):
    pass


def check_currency(code: str) -> str:
    """The upper-cased ISO 4217 code, or MoneyError."""
    normalised = code.strip().upper()
    if len(normalised) != 3 or normalised not in _KNOWN_CURRENCIES:
        raise MoneyError(f"unknown currency {code!r}; expected an ISO 4217 code such as EUR")
    return normalised


def minor_digits(currency: str) -> int:
    return int(get_currency_precision(currency))


def parse_amount(text: str, currency: str) -> int:
    """'1234.50' in EUR -> 123450. Refuses floats' cousins: exponents, NaN, excess decimals."""
    raw = text.strip().replace("_", "")
    try:
        amount = Decimal(raw)
    except InvalidOperation:
        raise MoneyError(f"amount {text!r} is not a number; expected e.g. 1234.50") from None
    if not amount.is_finite() or "e" in raw.lower():
        raise MoneyError(f"amount {text!r} is not a plain decimal; expected e.g. 1234.50")
    digits = minor_digits(currency)
    minor = amount.scaleb(digits)
    if minor != minor.to_integral_value():
        raise MoneyError(f"amount {text!r} has more than {digits} decimals for {currency}")
    return int(minor)


def to_decimal(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-minor_digits(currency))
