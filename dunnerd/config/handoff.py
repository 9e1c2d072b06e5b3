"""The readers of what the hand-off needs: the [handoff] table (where the dossier goes, which
court for a business client) and the owner's identity for the court request (CPC 54 and 57:
for a person, profession, nationality, date and place of birth; for a company, its legal form
and representative), which sit in [owner]."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dunnerd.config import fields
from dunnerd.config.schema import COURTS, HandoffSettings
from dunnerd.config.table import Table, describe, one_line

ENTITIES = ("individual", "company")
_DATE = 'a date such as "1980-05-17"'


def read_handoff(t: Table) -> HandoffSettings:
    return HandoffSettings(
        to=t.checked("to", fields.valid_email, "the address of your collection agency or lawyer",
                     ""),
        court=t.choice("court", COURTS, "commerce"),
        court_name=t.checked("court_name", one_line, 'the court\'s name and town on one line, '
                             'such as "Tribunal de commerce de Lyon"', ""),
    )


def read_court_identity(t: Table) -> dict[str, Any]:
    """The [owner] keys of the court request, as Owner's keyword arguments."""
    return {
        "entity": t.choice("entity", ENTITIES, "individual"),
        "legal_form": t.checked("legal_form", one_line, 'a legal form such as "SARL" or "EI"',
                                ""),
        "representative": t.checked("representative", one_line, "the name and title of the "
                                    "company's legal representative, on one line", ""),
        "profession": t.checked("profession", one_line, "your profession, on one line", ""),
        "nationality": t.checked("nationality", one_line, 'a nationality such as "française"',
                                 ""),
        "birth_date": read_date(t, "birth_date"),
        "birth_place": t.checked("birth_place", one_line, "a town (and country), on one line",
                                 ""),
    }


def read_date(t: Table, key: str) -> dt.date | None:
    """A date, as a TOML date (1980-05-17) or a string ("1980-05-17"); None when absent."""
    t.was_read(key)
    if key not in t.data or t.data[key] == "":
        return None
    raw = t.data[key]
    if isinstance(raw, dt.datetime) or not isinstance(raw, dt.date | str):
        t.problem(key, f"expected {_DATE}, got {describe(raw)}")
        return None
    try:
        day = raw if isinstance(raw, dt.date) else dt.date.fromisoformat(raw.strip())
    except ValueError:
        t.problem(key, f"{describe(raw)} is not a date; expected {_DATE}")
        return None
    if not 1900 <= day.year <= 2100:
        t.problem(key, f"{day} is not a plausible date of birth; expected {_DATE}")
        return None
    return day
