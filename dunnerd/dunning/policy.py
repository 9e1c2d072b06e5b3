"""Pure escalation policy: given invoices, their history, the policy and now, what comes next.

No I/O and no clock here: `now` is always passed in, as an aware datetime. The rules:

- Each invoice climbs the configured steps (friendly +1, firm +15, final +40 days after the due
  date, then formal notice and hand-off). The step sent is the one its lateness calls for now,
  so after downtime a late invoice gets one reminder, never a burst of the missed ones.
- A step marked `requires_previous` (formal notice, hand-off) cannot be reached by skipping, and
  waits `min_days_after_previous` after the step before it: an invoice first seen very late
  starts at the last step that may be skipped to (`final`).
- Two reminders of one invoice are at least `min_gap_days` apart; a client gets at most one
  email a day, and with `group_invoices` one email covers every invoice of that client due then.
- Nothing for an invoice that is paid, paused, disputed, written off, handed off, fully paid,
  or promised (until the promised date plus grace), nor for a client marked never-remind.
- Reminders go out on business days that are not holidays, inside the send window, in the
  client's time zone, at a local time that exists and is unambiguous.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from dunnerd.config.schema import PolicyConfig, SendWindow, Step, StepAction
from dunnerd.states import (
    FORMAL_NOTICE_STEP,
    ClientState,
    InvoiceState,
    InvoiceStatus,
    StepRecord,
)

UTC = dt.UTC
_NEVER_REMIND_STATUSES = frozenset(
    {InvoiceStatus.PAID, InvoiceStatus.WRITTEN_OFF, InvoiceStatus.PAUSED, InvoiceStatus.DISPUTED,
     InvoiceStatus.HANDED_OFF}
)
_SEARCH_DAYS = 400  # a send window with no business day in a year is a config error
_DST_PROBE_STEP = dt.timedelta(minutes=15)


@dataclass(frozen=True)
class InvoiceStep:
    """The next step of one invoice and the first local date it may happen."""

    invoice: InvoiceState
    step: Step
    step_index: int
    earliest: dt.date


@dataclass(frozen=True)
class PlannedReminder:
    """One thing to do for one client at one instant: an email covering `items`, or a record."""

    client_id: int
    at: dt.datetime  # UTC
    step: Step  # the most advanced step among the items: it sets the tone of the email
    items: tuple[InvoiceStep, ...]

    @property
    def action(self) -> StepAction:
        return self.step.action


HolidayCheck = Callable[[dt.date], bool]


@lru_cache(maxsize=64)
def _holiday_calendar(country: str, subdivision: str | None) -> Any:
    # Imported here: the holidays package loads every country's module with the first
    # calendar (about 8 MB), which a send window that ignores holidays never needs.
    import holidays

    return holidays.country_holidays(country, subdiv=subdivision)


def holiday_check(country: str | None, subdivision: str | None = None) -> HolidayCheck:
    """Is this local date a public holiday in `country`? (Never, without a country.) The
    calendar is loaded on the first question."""
    if not country:
        return lambda day: False
    code = country.upper()
    calendar: Any = None

    def is_holiday(day: dt.date) -> bool:
        nonlocal calendar
        if calendar is None:
            calendar = _holiday_calendar(code, subdivision)
        return day in calendar

    return is_holiday


def _client_holidays(client: ClientState, policy: PolicyConfig) -> HolidayCheck:
    if client.country:
        return holiday_check(client.country)
    return holiday_check(policy.holiday_country, policy.holiday_subdivision)


def effective_steps(policy: PolicyConfig, client: ClientState) -> tuple[Step, ...]:
    """The policy's steps with the client's overrides (days, template, skip) applied."""
    steps: list[Step] = []
    for step in policy.steps:
        override = client.step_overrides.get(step.name, {})
        if override.get("skip"):
            continue
        steps.append(
            replace(
                step,
                days=int(override.get("days", step.days)),
                template=str(override.get("template", step.template)),
            )
        )
    return tuple(sorted(steps, key=lambda s: s.days))


def _local_date(instant: dt.datetime, zone: ZoneInfo) -> dt.date:
    return instant.astimezone(zone).date()


def next_invoice_step(
    invoice: InvoiceState,
    steps: Sequence[Step],
    policy: PolicyConfig,
    client: ClientState,
    today: dt.date,
    index_of: Mapping[str, int] | None = None,
) -> InvoiceStep | None:
    """The next step for one invoice and its earliest local date, or None if nothing is due.
    `index_of` maps step names to their position in `steps` (computed here when not given)."""
    if client.never_remind or invoice.balance_cents <= 0:
        return None
    if invoice.status in _NEVER_REMIND_STATUSES:
        return None
    if invoice.status is InvoiceStatus.PROMISED and invoice.promised_until is None:
        return None
    zone = ZoneInfo(client.timezone)
    if index_of is None:
        index_of = {step.name: i for i, step in enumerate(steps)}
    done = [r for r in invoice.history if r.step in index_of]
    last_index = max((index_of[r.step] for r in done), default=-1)
    if last_index == len(steps) - 1:
        return None

    lateness = (today - invoice.due).days - client.grace_days
    reached = -1  # the last step whose day has come (steps are sorted by days)
    for i, step in enumerate(steps):
        if step.days > lateness:
            break
        reached = i
    candidate = max(last_index + 1, reached)
    while candidate > last_index + 1 and steps[candidate].requires_previous:
        candidate -= 1
    step = steps[candidate]

    earliest = invoice.due + dt.timedelta(days=step.days + client.grace_days)
    if done:
        last_at = max(r.at for r in done)
        gap = policy.min_gap_days
        if candidate == last_index + 1:
            gap = max(gap, step.min_days_after_previous)
        earliest = max(earliest, _local_date(last_at, zone) + dt.timedelta(days=gap))
    if done and candidate == last_index + 1:
        latest = max((r for r in done if index_of[r.step] == last_index), key=lambda r: r.at)
        if latest.holds_next:
            return None  # e.g. the formal notice is not sent yet: no hand-off
        if latest.next_not_before is not None:
            earliest = max(earliest, latest.next_not_before)
    if invoice.status is InvoiceStatus.PROMISED and invoice.promised_until is not None:
        resume = invoice.promised_until + dt.timedelta(days=policy.promise_grace_days + 1)
        earliest = max(earliest, resume)
    if client.hold_until is not None:
        earliest = max(earliest, client.hold_until + dt.timedelta(days=1))
    return InvoiceStep(invoice, step, candidate, earliest)


def _resolve_local(day: dt.date, wall: dt.time, zone: ZoneInfo) -> dt.datetime:
    """The first instant at or after `wall` on `day` whose local time exists and is unambiguous."""
    naive = dt.datetime.combine(day, wall)
    while True:
        first = naive.replace(tzinfo=zone, fold=0)
        second = naive.replace(tzinfo=zone, fold=1)
        exists = first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == naive
        unambiguous = first.utcoffset() == second.utcoffset()
        if exists and unambiguous:
            return first.astimezone(UTC)
        naive += _DST_PROBE_STEP


@lru_cache(maxsize=8192)
def _window_bounds(day: dt.date, window: SendWindow,
                   zone: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    if window.all_day:
        start, end_day, end_time = dt.time(0, 0), day + dt.timedelta(days=1), dt.time(0, 0)
    else:
        start, end_day, end_time = window.start, day, window.end
    return _resolve_local(day, start, zone), _resolve_local(end_day, end_time, zone)


def next_send_time(
    earliest: dt.date,
    not_before: dt.datetime,
    zone: ZoneInfo,
    window: SendWindow,
    is_holiday: HolidayCheck,
) -> dt.datetime:
    """The first instant at or after `not_before`, on or after the local date `earliest`, that
    falls on a business day that is not a holiday and inside the send window."""
    day = max(earliest, _local_date(not_before, zone))
    for _ in range(_SEARCH_DAYS):
        if day.weekday() in window.business_days and not (
            window.skip_holidays and is_holiday(day)
        ):
            start, end = _window_bounds(day, window, zone)
            candidate = max(start, not_before)
            if candidate < end:
                return candidate
        day += dt.timedelta(days=1)
    raise ValueError(f"no sending day within {_SEARCH_DAYS} days of {earliest}: check the window")


def plan_client(
    client: ClientState,
    invoices: Iterable[InvoiceState],
    policy: PolicyConfig,
    now: dt.datetime,
    is_holiday: HolidayCheck | None = None,
    steps: tuple[Step, ...] | None = None,
) -> list[PlannedReminder]:
    """The next reminders for one client: at most one email (grouped or not) and any records.
    `is_holiday` and `steps` default to the client's; callers in a loop pass them once."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    zone = ZoneInfo(client.timezone)
    check = is_holiday or _client_holidays(client, policy)
    steps = steps if steps is not None else effective_steps(policy, client)
    index_of = {step.name: i for i, step in enumerate(steps)}
    today = _local_date(now, zone)
    invoices = list(invoices)
    nexts = [n for inv in invoices
             if (n := next_invoice_step(inv, steps, policy, client, today, index_of))]
    planned: list[PlannedReminder] = []

    for item in (n for n in nexts if n.step.action is StepAction.RECORD):
        at = next_send_time(item.earliest, now, zone, policy.window, check)
        planned.append(PlannedReminder(client.client_id, at, item.step, (item,)))

    emails = [n for n in nexts if n.step.action is StepAction.EMAIL]
    if emails:
        email_steps = {s.name for s in steps if s.action is StepAction.EMAIL}
        emailed = [r.at for inv in invoices for r in inv.history if r.step in email_steps]
        # At most one email a day to a client, whatever the invoices.
        client_floor = (
            _local_date(max(emailed), zone) + dt.timedelta(days=1) if emailed else dt.date.min
        )
        # The most advanced step first: on a tie, the firmer message wins the slot.
        emails.sort(key=lambda n: (n.earliest, -n.step_index, n.invoice.number))
        first = emails[0]
        at = next_send_time(max(first.earliest, client_floor), now, zone, policy.window, check)
        send_day = _local_date(at, zone)
        if policy.group_invoices:
            items = tuple(n for n in emails if n.earliest <= send_day)
        else:
            items = (first,)
        tone = max(items, key=lambda n: n.step_index).step
        planned.append(PlannedReminder(client.client_id, at, tone, items))

    planned.sort(key=lambda p: p.at)
    return planned


def forecast(
    clients: Iterable[ClientState],
    invoices: Iterable[InvoiceState],
    policy: PolicyConfig,
    now: dt.datetime,
    until: dt.datetime,
) -> list[PlannedReminder]:
    """Everything that would happen until `until` if no client paid or replied."""
    by_client: dict[int, list[InvoiceState]] = {}
    for invoice in invoices:
        by_client.setdefault(invoice.client_id, []).append(invoice)
    result: list[PlannedReminder] = []
    for client in clients:
        result.extend(_forecast_client(client, by_client.get(client.client_id, []), policy, now,
                                       until))
    result.sort(key=lambda p: (p.at, p.client_id))
    return result


def _forecast_client(
    client: ClientState,
    invoices: list[InvoiceState],
    policy: PolicyConfig,
    now: dt.datetime,
    until: dt.datetime,
) -> list[PlannedReminder]:
    if not invoices:
        return []
    check = _client_holidays(client, policy)
    steps = effective_steps(policy, client)
    state = {inv.invoice_id: inv for inv in invoices}
    cursor = now
    out: list[PlannedReminder] = []
    # Every iteration adds one history record to at least one invoice, so this ends.
    while True:
        planned = plan_client(client, state.values(), policy, cursor, check, steps)
        if not planned or planned[0].at > until:
            return out
        done = planned[0]
        out.append(done)
        for item in done.items:
            inv = state[item.invoice.invoice_id]
            # A forecast formal notice is not sent yet: the step after it waits (no date).
            record = StepRecord(item.step.name, done.at,
                                holds_next=item.step.name == FORMAL_NOTICE_STEP)
            state[inv.invoice_id] = replace(inv, history=inv.history + (record,))
        cursor = done.at
