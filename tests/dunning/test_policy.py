"""The escalation policy: table-driven cases, then properties over random histories and clocks."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dunnerd.config.schema import DEFAULT_STEPS, PolicyConfig, SendWindow, StepAction
from dunnerd.dunning.policy import forecast, holiday_check, next_send_time, plan_client
from dunnerd.states import ClientState, InvoiceState, InvoiceStatus, StepRecord

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")
# Monday 23 November 2026, 10:00 in Paris.
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
POLICY = PolicyConfig(holiday_country="FR")
CLIENT = ClientState(client_id=1, timezone="Europe/Paris", country="FR")
STEP_INDEX = {s.name: i for i, s in enumerate(DEFAULT_STEPS)}


def invoice(days_late: int, *, number: str | None = None, client_id: int = 1, invoice_id: int = 0,
            history: tuple[StepRecord, ...] = (), **kw: object) -> InvoiceState:
    due = NOW.astimezone(PARIS).date() - dt.timedelta(days=days_late)
    return InvoiceState(invoice_id=invoice_id or days_late + 1000,
                        number=number or f"F-{days_late}",
                        client_id=client_id, due=due, balance_cents=10_000, history=history,
                        **kw)  # type: ignore[arg-type]


def one_per_client(days_late: int, **kw: object) -> list[tuple[str, str]]:
    """Plan a single invoice for its own client; the (step, local date) of its email."""
    planned = plan_client(CLIENT, [invoice(days_late, **kw)], POLICY, NOW)
    return [(p.step.name, p.at.astimezone(PARIS).date().isoformat()) for p in planned]


@pytest.mark.parametrize(
    ("days_late", "expected"),
    [
        (-5, [("friendly", "2026-11-30")]),  # due 28 Nov: friendly the day after, a Monday
        (0, [("friendly", "2026-11-24")]),
        (2, [("friendly", "2026-11-23")]),
        (16, [("firm", "2026-11-23")]),
        (41, [("final", "2026-11-23")]),
        (60, [("final", "2026-11-23")]),  # first seen very late: never beyond final
        (400, [("final", "2026-11-23")]),
    ],
)
def test_step_due_now_for_an_invoice_without_history(days_late: int,
                                                     expected: list[tuple[str, str]]) -> None:
    assert one_per_client(days_late) == expected


def test_downtime_sends_only_the_step_due_now_not_the_missed_ones() -> None:
    sent = (StepRecord("friendly", NOW - dt.timedelta(days=44)),)
    assert one_per_client(45, history=sent) == [("final", "2026-11-23")]


def test_formal_notice_waits_seven_days_after_final() -> None:
    final_sent = (StepRecord("friendly", NOW - dt.timedelta(days=59)),
                  StepRecord("final", NOW - dt.timedelta(days=2)))
    planned = plan_client(CLIENT, [invoice(60, history=final_sent)], POLICY, NOW)
    assert [(p.step.name, p.action) for p in planned] == [("formal_notice", StepAction.RECORD)]
    assert planned[0].at.astimezone(PARIS).date() == dt.date(2026, 11, 30)


def test_handoff_only_after_formal_notice() -> None:
    history = (StepRecord("final", NOW - dt.timedelta(days=30)),)
    planned = plan_client(CLIENT, [invoice(90, history=history)], POLICY, NOW)
    assert [p.step.name for p in planned] == ["formal_notice"]
    history += (StepRecord("formal_notice", NOW - dt.timedelta(days=8)),)
    planned = plan_client(CLIENT, [invoice(90, history=history)], POLICY, NOW)
    assert [p.step.name for p in planned] == ["handoff"]
    history += (StepRecord("handoff", NOW - dt.timedelta(days=1)),)
    assert plan_client(CLIENT, [invoice(90, history=history)], POLICY, NOW) == []


def test_minimum_gap_between_two_reminders_of_one_invoice() -> None:
    sent = (StepRecord("friendly", NOW - dt.timedelta(days=1)),)
    # firm is due (16 days late) but friendly went out yesterday: wait min_gap_days (3).
    assert one_per_client(16, history=sent) == [("firm", "2026-11-25")]


@pytest.mark.parametrize(
    "status",
    [InvoiceStatus.PAID, InvoiceStatus.PAUSED, InvoiceStatus.DISPUTED, InvoiceStatus.WRITTEN_OFF],
)
def test_nothing_for_an_invoice_that_is_not_open(status: InvoiceStatus) -> None:
    assert one_per_client(20, status=status) == []


def test_nothing_for_a_client_marked_never_remind() -> None:
    quiet = replace(CLIENT, never_remind=True)
    assert plan_client(quiet, [invoice(20)], POLICY, NOW) == []


def test_nothing_when_fully_paid_and_partial_payment_reminds_the_balance() -> None:
    assert plan_client(CLIENT, [replace(invoice(20), balance_cents=0)], POLICY, NOW) == []
    partly = replace(invoice(20), balance_cents=2_500)
    planned = plan_client(CLIENT, [partly], POLICY, NOW)
    assert planned[0].items[0].invoice.balance_cents == 2_500


def test_promise_holds_until_the_promised_date_plus_grace() -> None:
    promised = invoice(20, status=InvoiceStatus.PROMISED, promised_until=dt.date(2026, 11, 27))
    # 27 Nov + 2 days grace = 29 Nov (a Sunday): resumes on the 30th.
    assert plan_client(CLIENT, [promised], POLICY, NOW)[0].at.astimezone(PARIS).date() == \
        dt.date(2026, 11, 30)
    undated = invoice(20, status=InvoiceStatus.PROMISED)
    assert plan_client(CLIENT, [undated], POLICY, NOW) == []


def test_grouping_puts_a_clients_due_invoices_in_one_email_with_the_firmest_tone() -> None:
    invoices = [invoice(d, invoice_id=i + 1) for i, d in enumerate((2, 16, 41, 60, -5))]
    planned = plan_client(CLIENT, invoices, POLICY, NOW)
    assert len(planned) == 1
    email = planned[0]
    assert email.step.name == "final"
    assert {(i.invoice.number, i.step.name) for i in email.items} == {
        ("F-2", "friendly"), ("F-16", "firm"), ("F-41", "final"), ("F-60", "final")}


def test_without_grouping_one_email_per_client_per_day() -> None:
    invoices = [invoice(d, invoice_id=i + 1) for i, d in enumerate((2, 16, 41))]
    policy = replace(POLICY, group_invoices=False)
    result = forecast([CLIENT], invoices, policy, NOW, NOW + dt.timedelta(days=3))
    emails = [p for p in result if p.action is StepAction.EMAIL]
    assert [(p.step.name, p.at.astimezone(PARIS).date().isoformat()) for p in emails] == [
        ("final", "2026-11-23"), ("firm", "2026-11-24"), ("friendly", "2026-11-25")]


def test_client_overrides_change_days_template_and_skip_steps() -> None:
    custom = replace(CLIENT, grace_days=5,
                     step_overrides={"friendly": {"skip": True}, "firm": {"template": "gentle"}})
    planned = plan_client(custom, [invoice(16)], POLICY, NOW)
    # 16 days late, firm at 15 + 5 grace = 20: nothing before 27 Nov; friendly skipped.
    assert planned[0].step.name == "firm"
    assert planned[0].step.template == "gentle"
    assert planned[0].at.astimezone(PARIS).date() == dt.date(2026, 11, 27)


def test_weekends_holidays_and_the_window() -> None:
    window = POLICY.window
    is_holiday = holiday_check("FR")
    # Friday 25 December 2026 is Christmas: the next slot is Monday 28th at 09:00 Paris.
    at = next_send_time(dt.date(2026, 12, 25), NOW, PARIS, window, is_holiday)
    assert at.astimezone(PARIS) == dt.datetime(2026, 12, 28, 9, 0, tzinfo=PARIS)
    # 18:30 on a Monday is after the window: Tuesday 09:00.
    late = dt.datetime(2026, 11, 23, 18, 30, tzinfo=PARIS)
    assert next_send_time(late.date(), late, PARIS, window, is_holiday).astimezone(PARIS) == \
        dt.datetime(2026, 11, 24, 9, 0, tzinfo=PARIS)
    # Inside the window: now.
    inside = dt.datetime(2026, 11, 23, 11, 17, tzinfo=PARIS)
    assert next_send_time(inside.date(), inside, PARIS, window, is_holiday) == inside


def test_every_day_every_hour_window() -> None:
    window = SendWindow(all_day=True, business_days=frozenset(range(7)), skip_holidays=False)
    sunday_night = dt.datetime(2026, 11, 29, 23, 59, tzinfo=PARIS)
    assert next_send_time(sunday_night.date(), sunday_night, PARIS, window,
                          lambda d: False) == sunday_night


@pytest.mark.parametrize(
    ("zone", "day", "wall"),
    [
        # 02:30 does not exist on 29 March 2026 in Paris: the first real time after it.
        ("Europe/Paris", dt.date(2026, 3, 29), dt.time(2, 30)),
        # 02:30 happens twice on 25 October 2026 in Paris: pick an unambiguous time.
        ("Europe/Paris", dt.date(2026, 10, 25), dt.time(2, 30)),
        ("America/New_York", dt.date(2026, 3, 8), dt.time(2, 0)),
        ("America/New_York", dt.date(2026, 11, 1), dt.time(1, 30)),
    ],
)
def test_window_start_inside_a_dst_change_is_a_real_unambiguous_time(
        zone: str, day: dt.date, wall: dt.time) -> None:
    tz = ZoneInfo(zone)
    window = SendWindow(start=wall, end=dt.time(6, 0), business_days=frozenset(range(7)))
    at = next_send_time(day, dt.datetime.combine(day, dt.time(0), tzinfo=dt.UTC) -
                        dt.timedelta(days=1), tz, window, lambda d: False)
    assert_real_unambiguous(at, tz)
    local = at.astimezone(tz)
    assert local.date() == day
    assert local.time() >= wall


def assert_real_unambiguous(instant: dt.datetime, zone: ZoneInfo) -> None:
    wall = instant.astimezone(zone).replace(tzinfo=None)
    a, b = wall.replace(tzinfo=zone, fold=0), wall.replace(tzinfo=zone, fold=1)
    assert a.utcoffset() == b.utcoffset(), f"{wall} is ambiguous in {zone}"
    assert a.astimezone(dt.UTC) == instant, f"{wall} does not exist in {zone}"


# --- properties ---------------------------------------------------------------------------

ZONES = ["Europe/Paris", "America/New_York", "UTC", "Asia/Tokyo"]
# Around the 2026 DST changes in both zones, plus ordinary days.
INSTANTS = st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2027, 12, 31),
                        timezones=st.just(dt.UTC))
STATUSES = st.sampled_from(list(InvoiceStatus))


@st.composite
def histories(draw: st.DrawFn, now: dt.datetime) -> tuple[StepRecord, ...]:
    count = draw(st.integers(0, len(DEFAULT_STEPS)))
    records = []
    at = now - dt.timedelta(days=draw(st.integers(0, 200)))
    for step in DEFAULT_STEPS[:count]:
        records.append(StepRecord(step.name, at))
        at += dt.timedelta(days=draw(st.integers(0, 30)))
        if at > now:
            break
    return tuple(records)


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[ClientState, list[InvoiceState], PolicyConfig, dt.datetime]:
    now = draw(INSTANTS)
    zone = draw(st.sampled_from(ZONES))
    client = ClientState(1, zone, draw(st.sampled_from([None, "FR", "US"])),
                         never_remind=draw(st.booleans()) and draw(st.booleans()),
                         grace_days=draw(st.integers(0, 5)))
    invoices = []
    for i in range(draw(st.integers(1, 4))):
        due = now.date() - dt.timedelta(days=draw(st.integers(-30, 120)))
        status = draw(STATUSES)
        invoices.append(InvoiceState(
            i + 1, f"N{i}", 1, due, draw(st.integers(-100, 100_000)), status,
            promised_until=(due + dt.timedelta(days=draw(st.integers(0, 60)))
                            if status is InvoiceStatus.PROMISED and draw(st.booleans()) else None),
            history=draw(histories(now)),
        ))
    policy = replace(
        POLICY,
        group_invoices=draw(st.booleans()),
        min_gap_days=draw(st.integers(0, 7)),
        window=draw(st.sampled_from([
            SendWindow(),
            SendWindow(start=dt.time(2, 30), end=dt.time(4, 0)),  # straddles DST changes
            SendWindow(all_day=True, business_days=frozenset(range(7)), skip_holidays=False),
        ])),
    )
    return client, invoices, policy, now


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_property_each_plan_obeys_every_rule(
        scenario: tuple[ClientState, list[InvoiceState], PolicyConfig, dt.datetime]) -> None:
    client, invoices, policy, now = scenario
    zone = ZoneInfo(client.timezone)
    planned = plan_client(client, invoices, policy, now)
    emails = [p for p in planned if p.action is StepAction.EMAIL]
    assert len(emails) <= 1, "never two emails to one client at once"
    is_holiday = holiday_check(client.country or policy.holiday_country)
    for p in planned:
        assert p.at >= now
        local = p.at.astimezone(zone)
        assert local.weekday() in policy.window.business_days
        if policy.window.skip_holidays:
            assert not is_holiday(local.date())
        if not policy.window.all_day:
            assert policy.window.start <= local.time() < policy.window.end
            assert_real_unambiguous(p.at, zone) if p.at != now else None
        assert not client.never_remind
        for item in p.items:
            inv = item.invoice
            assert inv.balance_cents > 0
            assert inv.status in (InvoiceStatus.OPEN, InvoiceStatus.PROMISED)
            if inv.status is InvoiceStatus.PROMISED:
                assert inv.promised_until is not None
                assert local.date() > inv.promised_until + dt.timedelta(
                    days=policy.promise_grace_days)
            done = {r.step for r in inv.history}
            assert item.step.name not in done
            if not inv.history:
                assert item.step_index <= STEP_INDEX["final"], "first seen late: at most final"
            else:
                last = max(r.at for r in inv.history)
                assert local.date() >= last.astimezone(zone).date() + dt.timedelta(
                    days=policy.min_gap_days)
            if item.step.requires_previous:
                previous = DEFAULT_STEPS[item.step_index - 1].name
                record = [r for r in inv.history if r.step == previous]
                assert record, f"{item.step.name} needs {previous} first"
                assert local.date() >= record[0].at.astimezone(zone).date() + dt.timedelta(
                    days=item.step.min_days_after_previous)
            assert inv.due + dt.timedelta(days=item.step.days + client.grace_days) <= local.date()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(ZONES[:2]), INSTANTS, st.lists(st.integers(-40, 80), min_size=1,
                                                       max_size=4))
def test_property_forecast_sends_each_step_once_in_order_one_email_a_day(
        zone_name: str, now: dt.datetime, lateness: list[int]) -> None:
    zone = ZoneInfo(zone_name)
    client = ClientState(1, zone_name, None)
    invoices = [InvoiceState(i + 1, f"N{i}", 1, now.date() - dt.timedelta(days=d), 100)
                for i, d in enumerate(lateness)]
    result = forecast([client], invoices, POLICY, now, now + dt.timedelta(days=200))
    per_invoice: dict[int, list[int]] = {}
    email_days: list[dt.date] = []
    for p in result:
        if p.action is StepAction.EMAIL:
            email_days.append(p.at.astimezone(zone).date())
        for item in p.items:
            per_invoice.setdefault(item.invoice.invoice_id, []).append(item.step_index)
    assert len(email_days) == len(set(email_days)), "one email a day to a client"
    for indexes in per_invoice.values():
        assert indexes == sorted(set(indexes)), "each step once, in order"
        # 200 days reach the formal notice; the hand-off waits for the notice to be sent,
        # which no forecast knows.
        assert indexes[-1] == len(DEFAULT_STEPS) - 2


def _at_notice(record: StepRecord) -> InvoiceState:
    steps = [StepRecord(name, NOW - dt.timedelta(days=days)) for name, days in
             (("friendly", 60), ("firm", 45), ("final", 20))]
    return InvoiceState(1, "F-1", 1, NOW.date() - dt.timedelta(days=70), 100_00,
                        history=(*steps, record))


def test_the_handoff_waits_for_the_formal_notice_to_be_sent() -> None:
    unsent = StepRecord("formal_notice", NOW - dt.timedelta(days=10), holds_next=True)
    assert plan_client(CLIENT, [_at_notice(unsent)], POLICY, NOW) == []
    sent = StepRecord("formal_notice", NOW - dt.timedelta(days=10),
                      next_not_before=dt.date(2026, 12, 10))
    [planned] = plan_client(CLIENT, [_at_notice(sent)], POLICY, NOW)
    assert planned.step.name == "handoff"
    assert planned.at.astimezone(PARIS).date() == dt.date(2026, 12, 10)


def test_an_away_client_gets_nothing_before_the_day_after_their_return() -> None:
    away = replace(CLIENT, hold_until=dt.date(2026, 12, 3))
    [planned] = plan_client(away, [invoice(20)], POLICY, NOW)
    assert planned.at.astimezone(PARIS).date() == dt.date(2026, 12, 4)
