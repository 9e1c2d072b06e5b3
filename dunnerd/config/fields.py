"""Checks of single values (a domain, an address, an IBAN, a time zone, a clock time...): each
returns the normalised value or raises `Invalid` with what is wrong. Pure."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from email.errors import HeaderParseError
from email.headerregistry import Address
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from schwifty import BIC, IBAN
from schwifty.exceptions import InvalidChecksumDigits, SchwiftyException

from dunnerd.config.table import Invalid, one_line, quote

END_OF_DAY = dt.time.max  # "24:00": the window runs to midnight


_PLAIN_NAME = re.compile(r"[a-z0-9_]+")


CREDENTIAL_NAME = re.compile(r"[A-Za-z0-9_@-][A-Za-z0-9_.@-]*")  # no "/", no "." or ".."


_CLOCK = re.compile(r"(\d\d):(\d\d)")


_LABEL = r"(?!-)[a-z0-9-]{1,63}(?<!-)"


_DOMAIN = re.compile(rf"{_LABEL}(\.{_LABEL})+")


EXAMPLE_IBAN = "FR76 3000 6000 0112 3456 7890 189"


def valid_domain(value: str) -> str:
    try:
        ascii_domain = value.lower().encode("idna").decode("ascii")
    except UnicodeError:
        ascii_domain = ""
    if not _DOMAIN.fullmatch(ascii_domain):
        raise Invalid(f"{quote(value)} is not a valid domain")
    return value.lower()


def valid_email(value: str) -> str:
    one_line(value)
    local, _, domain = value.partition("@")
    try:
        if value.count("@") != 1 or not local:
            raise ValueError
        Address(addr_spec=value)
        return f"{local}@{valid_domain(domain)}"
    except (ValueError, HeaderParseError, Invalid):
        raise Invalid(f"{quote(value)} is not an email address") from None


def valid_sender_address(value: str) -> str:
    return "@" + valid_domain(value[1:]) if value.startswith("@") else valid_email(value)


def valid_iban(value: str) -> str:
    try:
        return str(IBAN(value).compact)
    except InvalidChecksumDigits:
        raise Invalid("invalid IBAN checksum") from None
    except SchwiftyException as exc:
        raise Invalid(f"invalid IBAN ({str(exc)[:1].lower()}{str(exc)[1:]})") from None


def valid_bic(value: str) -> str:
    try:
        return str(BIC(value).compact)
    except SchwiftyException as exc:
        raise Invalid(f"invalid BIC ({str(exc)[:1].lower()}{str(exc)[1:]})") from None


def valid_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise Invalid(f"unknown time zone {quote(value)}") from None
    return value


@cache
def holiday_country_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes the holidays package knows, read from its registry without
    importing every country's module (holidays.list_supported_countries does, and costs most of
    a command's start-up)."""
    from holidays.registry import EntityLoader

    return frozenset(EntityLoader.get_country_codes(include_aliases=False))


def subdivisions_of(country: str) -> list[str]:
    """The subdivision codes of one country known to holidays (the first such call loads the
    holidays package's country modules, all of them)."""
    import holidays

    return list(holidays.country_holidays(country).subdivisions)


def valid_country(value: str) -> str:
    if value.upper() not in holiday_country_codes() or len(value) != 2:
        raise Invalid(f"unknown country {quote(value)}")
    return value.upper()


def valid_plain_name(value: str) -> str:
    if not _PLAIN_NAME.fullmatch(value):
        raise Invalid(f"{quote(value)} is not a plain name")
    return value


def valid_clock_time(value: str, *, is_end: bool) -> dt.time:
    match = _CLOCK.fullmatch(value)
    if match and (is_end and value == "24:00"):
        return END_OF_DAY
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise Invalid(f"{quote(value)} is not a time of day")
    return dt.time(int(match[1]), int(match[2]))


def valid_subdivision(value: str, choices: Sequence[str]) -> str:
    for choice in choices:
        if choice.upper() == value.upper():
            return choice
    raise Invalid(f"unknown subdivision {quote(value)}")


def valid_host(value: str) -> str:
    if any(c.isspace() for c in value) or "/" in value:
        raise Invalid(f"{quote(value)} is not a host name")
    return value


def valid_siren(value: str) -> str:
    """A French SIREN (9 digits, Luhn-checked); spaces are dropped."""
    from stdnum.fr import siren

    try:
        return str(siren.validate(value))
    except ValueError:  # stdnum's ValidationError is a ValueError
        raise Invalid(f"{quote(value)} is not a valid SIREN") from None


def valid_siret(value: str) -> str:
    """A French SIRET (14 digits: the SIREN and an establishment number, checked)."""
    from stdnum.fr import siret

    try:
        return str(siret.validate(value))
    except ValueError:
        raise Invalid(f"{quote(value)} is not a valid SIRET") from None


def valid_vat_number(value: str) -> str:
    """A VAT number with its country prefix (FR40303265045, DE136695976, GB980780684,
    CHE113553013MWST), checked by python-stdnum for that country; returned without spaces."""
    from stdnum import util
    from stdnum.eu import vat

    compact = "".join(value.split()).upper()
    try:
        return str(vat.validate(compact))
    except ValueError:
        pass
    module = util.get_cc_module(compact[:2].lower(), "vat") if compact[:2].isalpha() else None
    if module is not None and compact[:2].lower() not in vat.MEMBER_STATES:
        try:
            number = str(module.validate(compact))
            return number if number.startswith(compact[:2]) else compact[:2] + number
        except ValueError:
            pass
    raise Invalid(f"{quote(value)} is not a valid VAT number (expected a country prefix, "
                  "e.g. FR40303265045)")
