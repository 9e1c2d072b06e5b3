"""Pure: the day a person means, in French or English, relative to the day they wrote.

"demain", "ce soir", "vendredi", "d'ici le 15", "le 20/12", "on the 30th", "la semaine
prochaine", "début janvier", "by the end of next week", "hier", "le 27/11". Each answer says
whether it was vague ("la semaine prochaine" is that week's Friday, "début janvier" the 10th),
so that the owner sees how it was read. Text is folded (`extract.fold`); None when no day is
said, never a guess.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from dunnerd.inbox.notices.text import MONTH_NAMES, month_number

_WEEKDAYS = {"lundi": 0, "monday": 0, "mardi": 1, "tuesday": 1, "mercredi": 2, "wednesday": 2,
             "jeudi": 3, "thursday": 3, "vendredi": 4, "friday": 4, "samedi": 5, "saturday": 5,
             "dimanche": 6, "sunday": 6, "montag": 0, "dienstag": 1, "mittwoch": 2,
             "donnerstag": 3, "freitag": 4}
_WEEKDAY = "|".join(_WEEKDAYS)
_N = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "huit": 8, "dix": 10,
      "quinze": 15, "one": 1, "two": 2, "three": 3, "five": 5, "ten": 10, "a": 1}
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(p)) for name, p in (
    # 20/12, 20/12/2026, 20.12: a dot only before a two-digit month (not "1.5 %")
    ("numeric", r"\b(\d{1,2})(?:/(\d{1,2})|\.(\d{2}))(?:[/.](\d{2,4}))?\b(?! ?(?:%|€|eur))"),
    ("iso", r"\b(\d{4})-(\d{2})-(\d{2})\b"),
    # "11. Dezember" in German
    ("day_month", rf"\b(\d{{1,2}})(?:er|st|nd|rd|th|\.)? (?:of )?({MONTH_NAMES})\.?"
                  rf"(?: (\d{{4}}))?\b"),
    ("month_day", rf"\b({MONTH_NAMES})\.? (\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (\d{{4}}))?"),
    ("end_next_week", r"\b(?:(?:by |at )?the end of next week|fin de la semaine prochaine"
                      r"|ende (?:der )?nachste[nr]? woche)\b"),
    ("next_week", r"\b(?:(?:la )?semaine prochaine|semaine pro|next week|la semaine d'apres)\b"),
    ("this_week", r"\b(?:cette semaine|this week|(?:en |a la |d'ici la )?fin de (?:la )?semaine"
                  r"|(?:by )?the end of (?:the|this) week)\b"),
    ("early_month", rf"\b(?:debut|early|beginning of|au debut de|(?:la )?premiere quinzaine de) "
                    rf"({MONTH_NAMES}|(?:du )?mois "
                    rf"prochain|next month)\b"),
    ("mid_month", rf"\b(?:mi-?|mid-?|a la mi-?|the middle of )({MONTH_NAMES}|(?:le |du )?mois)\b"),
    # "45 jours fin de mois" is a payment term, not a day
    ("end_month", rf"(?<!jours )(?<!days )\b(?:fin|end of|la fin de|la fin du|the end of) "
                  rf"({MONTH_NAMES}"
                  rf"|(?:du |le |de |the )?mois|(?:the )?month)\b"),
    # "endéans les 8 jours" in Belgium
    ("in_days", r"\b(?:sous|dans|d'ici|within|in|endeans)"
                r"(?: les| the(?: next)?| les prochains)? (\d{1,2}|un|une|deux|trois"
                r"|quatre|cinq|huit|"
                r"dix|quinze|one|two|three|five|ten|a) (?:(working|business) )?"
                r"(jours?|days?|semaines?|weeks?)(?: (ouvres|ouvrables))?\b"),
    ("fortnight", r"\b(?:sous|dans la|d'ici) (huitaine|quinzaine)\b"),
    ("in_hours", r"\b(?:sous|dans|d'ici|within|in) (24|48|72) ?(?:h|heures|hours)\b"),
    ("week_of", r"\bla semaine du (\d{1,2})\b"),
    ("weekend", r"\b(?:ce|this|le|over the) (?:week-end|weekend)\b"),
    ("day_after", r"\b(?:apres-demain|apres demain|the day after tomorrow)\b"),
    ("tomorrow", r"\b(?:demain|tomorrow)\b"),
    ("today", r"\b(?:aujourd'hui|today|ce soir|tonight|ce matin|this morning|cet apres-midi|"
              r"this afternoon|dans la journee|des que possible aujourd'hui)\b"),
    ("day_before", r"\b(?:avant-hier|avant hier|the day before yesterday)\b"),
    ("yesterday", r"\b(?:hier|yesterday)\b"),
    ("last_week", r"\b(?:la semaine derniere|last week|la semaine passee)\b"),
    ("weekday", rf"\b(?:(?:ce|next|this|on|le|d'ici|avant|by) )?({_WEEKDAY})"
                r"(?: prochain| next)?\b"),
    ("day_only", r"\b(?:le|the|on the|d'ici le|avant le|au plus tard le|by the|on|au) "
                 r"(\d{1,2})(?:er|st|nd|rd|th|e)?\b(?! ?(?:[/:h]\d|\.\d|jours?|days?|%|€|eur"
                 r"|rue|avenue|av\b|bd\b|boulevard|place|chemin|allee|quai|impasse|route))"),
))


def _working_days_after(base: dt.date, count: int) -> dt.date:
    """`count` weekdays after `base` ("sous 5 jours ouvrés"); public holidays are not known here."""
    day = base
    while count:
        day += dt.timedelta(days=1)
        count -= day.weekday() < 5
    return day


@dataclass(frozen=True)
class SaidDay:
    day: dt.date
    vague: bool
    words: str


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _next_month_day(base: dt.date, month: int, day: int, year: str | None,
                    future: bool) -> dt.date | None:
    if year:
        value = int(year)
        return _make(value + 2000 if value < 100 else value, month, day)
    this = _make(base.year, month, day)
    if this is None:
        return None
    if future and this < base - dt.timedelta(days=7):
        return _make(base.year + 1, month, day)
    if not future and this > base + dt.timedelta(days=7):
        return _make(base.year - 1, month, day)
    return this


def _friday(base: dt.date, weeks: int) -> dt.date:
    return base + dt.timedelta(days=(4 - base.weekday()) + 7 * weeks)


def _month_of(words: str, base: dt.date) -> tuple[int, int]:
    month = month_number(words.split()[-1])
    if month is None:  # "le mois", "du mois prochain", "next month"
        month = base.month % 12 + 1 if "prochain" in words or "next" in words else base.month
    year = base.year + (1 if month < base.month else 0)
    return year, month


def said_days(text: str, base: dt.date, future: bool = True) -> list[SaidDay]:
    """The days `text` names, in order of appearance. `future`: a day without a month or a
    year is the next one on or after `base` (a promise), else the last one (a payment made)."""
    found: list[tuple[int, SaidDay]] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            said = _resolve(name, match, base, future)
            if said is not None:
                taken.append((match.start(), match.end()))
                found.append((match.start(), SaidDay(said[0], said[1], match.group(0).strip())))
    return [said for _, said in sorted(found, key=lambda item: item[0])]


def _resolve(name: str, m: re.Match[str], base: dt.date,
             future: bool) -> tuple[dt.date, bool] | None:
    if name == "numeric":
        day, month, year = int(m.group(1)), int(m.group(2) or m.group(3)), m.group(4)
        if month > 12 >= day:  # "12/15": only the American order makes a date of it
            day, month = month, day
        found = _next_month_day(base, month, day, year, future)  # French: day first
        return (found, False) if found else None
    if name == "iso":
        found = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return (found, False) if found else None
    if name in ("day_month", "month_day"):
        day_text, month_name = ((m.group(1), m.group(2)) if name == "day_month"
                                else (m.group(2), m.group(1)))
        named = month_number(month_name)
        found = (_next_month_day(base, named, int(day_text), m.group(3), future)
                 if named else None)
        return (found, False) if found else None
    simple = {"tomorrow": 1, "day_after": 2, "today": 0, "yesterday": -1, "day_before": -2}
    if name in simple:
        return base + dt.timedelta(days=simple[name]), False
    if name == "end_next_week" or name == "next_week":
        return _friday(base, 1), True
    if name == "this_week":
        return (_friday(base, 0) if base.weekday() <= 4 else _friday(base, 1)), True
    if name == "weekend":  # its Saturday, or that Sunday itself
        ahead = 0 if base.weekday() == 6 else 5 - base.weekday()
        return base + dt.timedelta(days=ahead), True
    if name == "last_week":
        return _friday(base, -1), True
    if name in ("early_month", "mid_month", "end_month"):
        year, month = _month_of(m.group(1), base)
        day = {"early_month": 10, "mid_month": 15}.get(name) or calendar.monthrange(year,
                                                                                    month)[1]
        return dt.date(year, month, day), True
    if name == "in_days":
        count = int(m.group(1)) if m.group(1).isdigit() else _N.get(m.group(1), 0)
        if m.group(2) or m.group(4):
            return (_working_days_after(base, count), True) if 0 < count <= 60 else None
        days = count * (7 if m.group(3).startswith(("sem", "week")) else 1)
        return (base + dt.timedelta(days=days), True) if 0 < days <= 90 else None
    if name == "fortnight":  # "sous huitaine": within eight days; "sous quinzaine": fifteen
        return base + dt.timedelta(days=8 if m.group(1) == "huitaine" else 15), True
    if name == "in_hours":  # "sous 48 h": two days
        return base + dt.timedelta(days=int(m.group(1)) // 24), True
    if name == "week_of":  # "la semaine du 14": that week's Friday, as for "la semaine prochaine"
        said = _resolve("day_only", m, base, future)
        if said is None:
            return None
        return said[0] + dt.timedelta(days=max(0, 4 - said[0].weekday())), True
    if name == "weekday":
        wanted = _WEEKDAYS[m.group(1)]
        if future:
            ahead = (wanted - base.weekday()) % 7 or 7
            return base + dt.timedelta(days=ahead), False
        back = (base.weekday() - wanted) % 7 or 7
        return base - dt.timedelta(days=back), False
    if name == "day_only":
        day = int(m.group(1))
        if not 1 <= day <= 31:
            return None
        candidate = _make(base.year, base.month, day)
        if future and (candidate is None or candidate < base):
            month = base.month % 12 + 1
            candidate = _make(base.year + (base.month == 12), month, day)
        if not future and (candidate is None or candidate > base):
            month = (base.month - 2) % 12 + 1
            candidate = _make(base.year - (base.month == 1), month, day)
        return (candidate, False) if candidate else None
    return None
