"""The words of the daily digest: its lines (sent, waiting, whom to phone) as plain data, and
the text built from them, with the same cleaning as every owner alert."""

from __future__ import annotations

import datetime as dt
import shlex
from collections.abc import Sequence
from dataclasses import dataclass

from dunnerd.daemon.alert_texts import (
    ClientFacts,
    InvoiceFacts,
    clean,
    days_late_text,
    money,
    subject_line,
    wrapped,
)


@dataclass(frozen=True)
class SentLine:
    at: dt.datetime  # owner's time zone
    client: str
    step: str
    numbers: tuple[str, ...]
    recorded: bool  # a record-only step (formal notice, hand-off): nothing was emailed


@dataclass(frozen=True)
class DueLine:
    at: dt.datetime  # owner's time zone
    client: str
    step: str
    is_email: bool
    invoices: tuple[str, ...]  # "F-1 1234.50 EUR"


@dataclass(frozen=True)
class PhoneLine:
    client: ClientFacts
    first_email_at: dt.datetime  # owner's time zone
    step: str
    invoices: tuple[InvoiceFacts, ...]


@dataclass(frozen=True)
class Digest:
    day: dt.date
    sent: tuple[SentLine, ...]
    due: tuple[DueLine, ...]
    due_days: int
    waiting: tuple[str, ...]  # what needs a human now, one line each
    recent_alerts: tuple[str, ...]  # subjects of the alerts of the last 24 h
    phone: tuple[PhoneLine, ...] | None  # None: phone_first is off
    added_from_sent: tuple[str, ...] = ()  # invoices read in the owner's Sent folder
    to_import: tuple[str, ...] = ()  # attachments in Sent the owner should import by hand


def digest_text(d: Digest) -> tuple[str, str]:
    emails = [s for s in d.sent if not s.recorded]
    subject = (f"Daily digest {d.day.isoformat()}: {len(emails)} sent, {len(d.due)} due in "
               f"{d.due_days} days")
    if d.phone:
        subject += f", {len(d.phone)} to phone"
    body: list[str] = []
    if d.phone is not None:
        body += [f"Who to phone today ({len(d.phone)}): their first reminder goes out soon,",
                 "and a call first often works better. To call before any email, hold it with",
                 "`dunnerd invoice pause NUMBER` (and `resume` after the call).",
                 *_phone_lines(d.phone), ""]
    body += [f"Sent in the last 24 hours ({len(d.sent)}):"]
    body += [f"  {s.at:%a %d %b %H:%M}  {clean(s.client, 80)}: {clean(s.step, 40)}"
             f"{' (recorded, nothing emailed)' if s.recorded else ''} - "
             f"{', '.join(clean(n, 64) for n in s.numbers)}" for s in d.sent] or ["  nothing"]
    body += ["", f"Due in the next {d.due_days} days if nobody pays or replies ({len(d.due)}):"]
    body += [f"  {u.at:%a %d %b %H:%M}  {clean(u.client, 80)}: {clean(u.step, 40)}"
             f"{'' if u.is_email else ' (for you to do, nothing is emailed)'} - "
             f"{', '.join(clean(i, 100) for i in u.invoices)}" for u in d.due] or ["  nothing"]
    body += ["", f"Waiting for you ({len(d.waiting)}):",
             *([f"  {clean(w, 300)}" for w in d.waiting] or ["  nothing"])]
    if d.added_from_sent:
        body += ["", f"Added from your Sent folder ({len(d.added_from_sent)}):",
                 *[f"  {clean(line, 300)}" for line in d.added_from_sent]]
    if d.to_import:
        body += ["", f"Invoices in your Sent folder to import yourself ({len(d.to_import)}):",
                 *[f"  {clean(line, 400)}" for line in d.to_import]]
    body += ["", f"Alerts in the last 24 hours ({len(d.recent_alerts)}):",
             *([f"  {clean(a)}" for a in d.recent_alerts] or ["  none"])]
    body += ["", "`dunnerd plan` shows the whole plan, `dunnerd status` the daemon's state."]
    return subject_line(subject), wrapped(body)


def _phone_lines(calls: Sequence[PhoneLine]) -> list[str]:
    if not calls:
        return ["  nobody"]
    lines = []
    for call in calls:
        c = call.client
        owed = ", ".join(f"{clean(i.number, 64)} {money(i.amount_cents - i.paid_cents, i.currency)}"
                         f" ({days_late_text(i.days_late)})" for i in call.invoices)
        phone = clean(c.phone, 60) or (
            f"no phone on file: dunnerd client edit {shlex.quote(c.key)} --phone NUMBER")
        lines += [f"  {clean(c.name, 80)}: {phone}",
                  f"    {owed}; {clean(call.step, 40)} email {call.first_email_at:%a %d %b %H:%M}"]
    return lines
