"""Late-payment penalties: hand-computed tables (two half-years, partial payments, a leap
year, a contractual rate under the floor, a consumer) and properties (never negative,
monotonic in time, additive across segments)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dunnerd.config.schema import RateEntry
from dunnerd.legal.penalties import Basis, Claim, Payment, compute
from dunnerd.legal.rates import MRO, TAUX_LEGAL, HalfYear, rate_table
from dunnerd.states import ClientKind

TABLE = rate_table()
D = dt.date


def segments(claim: Claim, as_of: dt.date) -> list[tuple[str, str, int, int, str, int | None]]:
    b = compute(claim, TABLE, as_of)
    return [(s.start.isoformat(), s.end.isoformat(), s.days, s.balance_cents,
             str(s.rate), s.amount_cents) for s in b.segments]


def test_a_delay_across_two_half_years_is_split_at_the_first_of_july() -> None:
    # 2400 x 12.15 % x 16 / 365 = 12.7825 -> 12.78; 2400 x 12.40 % x 157 / 365 = 128.0088
    claim = Claim("F-1", "EUR", 240_000, D(2026, 6, 14), indemnity_cents=4000)
    assert segments(claim, D(2026, 12, 4)) == [
        ("2026-06-15", "2026-06-30", 16, 240_000, "12.15", 1278),
        ("2026-07-01", "2026-12-04", 157, 240_000, "12.40", 12801)]
    b = compute(claim, TABLE, D(2026, 12, 4))
    assert (b.interest_cents, b.indemnity_cents, b.total_cents) == (14079, 4000, 258079)
    assert b.provisional and b.complete  # the H2 2026 ECB rate is not confirmed yet
    assert not b.segments[0].provisional and b.segments[1].provisional


def test_a_partial_payment_closes_a_segment_on_its_day() -> None:
    # 1234.56 x 12.40 % x 61 / 365 = 25.5844; then 634.56 x 12.40 % x 65 / 365 = 14.0125
    claim = Claim("F-2", "EUR", 123_456, D(2026, 7, 31),
                  payments=(Payment(D(2026, 9, 30), 60_000),))
    assert segments(claim, D(2026, 12, 4)) == [
        ("2026-08-01", "2026-09-30", 61, 123_456, "12.40", 2558),
        ("2026-10-01", "2026-12-04", 65, 63_456, "12.40", 1401)]
    assert compute(claim, TABLE, D(2026, 12, 4)).balance_cents == 63_456


def test_interest_stops_on_the_day_of_full_payment_and_a_prior_payment_lowers_the_base() -> None:
    claim = Claim("F-3", "EUR", 100_000, D(2025, 1, 31),
                  payments=(Payment(D(2025, 1, 20), 40_000), Payment(D(2025, 2, 10), 60_000)))
    # 600 x 13.15 % x 10 / 365 = 2.1616 -> 2.16; nothing after the last payment
    assert segments(claim, D(2025, 6, 1)) == [
        ("2025-02-01", "2025-02-10", 10, 60_000, "13.15", 216)]


def test_a_leap_year_counts_its_29_february_in_a_365_day_year() -> None:
    # 1000 x 14.50 % x 60 / 365 = 23.8356 (February 2024 has 29 days)
    claim = Claim("F-4", "EUR", 100_000, D(2024, 1, 31))
    assert segments(claim, D(2024, 3, 31)) == [
        ("2024-02-01", "2024-03-31", 60, 100_000, "14.50", 2384)]
    # across the new year: 1000 x 14 % x 16 / 365 = 6.137; 1000 x 14.5 % x 15 / 365 = 5.9589
    claim = Claim("F-5", "EUR", 100_000, D(2023, 12, 15))
    assert segments(claim, D(2024, 1, 15)) == [
        ("2023-12-16", "2023-12-31", 16, 100_000, "14.00", 614),
        ("2024-01-01", "2024-01-15", 15, 100_000, "14.50", 596)]


def test_a_contractual_rate_below_three_times_the_legal_rate_gives_way_to_the_floor() -> None:
    # H1 2024: floor 3 x 5.07 = 15.21 > 5; 1000 x 15.21 % x 30 / 365 = 12.5013
    claim = Claim("F-6", "EUR", 100_000, D(2023, 12, 31), contractual_rate=Decimal(5))
    (segment,) = compute(claim, TABLE, D(2024, 1, 30)).segments
    assert (segment.basis, segment.rate, segment.amount_cents) == (
        Basis.FLOOR, Decimal("15.21"), 1250)
    assert (segment.default_rate, segment.floor) == (Decimal("14.50"), Decimal("15.21"))
    above = Claim("F-7", "EUR", 100_000, D(2023, 12, 31), contractual_rate=Decimal(20))
    (segment,) = compute(above, TABLE, D(2024, 1, 30)).segments
    assert (segment.basis, segment.rate, segment.amount_cents) == (
        Basis.CONTRACTUAL, Decimal(20), 1644)


def test_a_consumer_owes_legal_interest_only_after_the_notice_and_no_indemnity() -> None:
    claim = Claim("C-1", "EUR", 50_000, D(2026, 3, 31), kind=ClientKind.CONSUMER,
                  indemnity_cents=4000)
    before = compute(claim, TABLE, D(2026, 6, 30))
    assert (before.segments, before.interest_cents, before.indemnity_cents) == ((), 0, 0)
    sent = Claim("C-1", "EUR", 50_000, D(2026, 3, 31), kind=ClientKind.CONSUMER,
                 notice_sent_on=D(2026, 5, 10))
    # 500 x 2.62 % x 51 / 365 = 1.8304 (from 11 May to 30 June)
    assert segments(sent, D(2026, 6, 30)) == [
        ("2026-05-11", "2026-06-30", 51, 50_000, "2.62", 183)]


def test_a_half_year_without_its_rate_gets_no_figure() -> None:
    consumer = Claim("C-2", "EUR", 50_000, D(2026, 3, 31), kind=ClientKind.CONSUMER,
                     notice_sent_on=D(2026, 6, 1))
    b = compute(consumer, TABLE, D(2026, 8, 31))
    assert [s.amount_cents for s in b.segments] == [b.segments[0].amount_cents, None]
    assert not b.complete
    assert [(m.period.key, m.figure) for m in b.missing] == [("2026-H2", TAUX_LEGAL)]
    business = Claim("F-8", "EUR", 100_000, D(2026, 12, 15))
    assert [(m.period.key, m.figure) for m in compute(business, TABLE,
                                                      D(2027, 1, 10)).missing] == [
        ("2027-H1", MRO)]


def test_the_owners_rate_fills_a_gap_and_counts_as_verified() -> None:
    owned = rate_table([RateEntry(2026, 2, "Arrêté du ... 2026", taux_legal=Decimal("2.50"),
                                  mro=Decimal("2.40"))])
    period = owned.get(HalfYear(2026, 2))
    assert period.taux_legal is not None and period.taux_legal.owner_supplied
    assert owned.unverified() == []
    consumer = Claim("C-3", "EUR", 50_000, D(2026, 3, 31), kind=ClientKind.CONSUMER,
                     notice_sent_on=D(2026, 6, 30))
    b = compute(consumer, owned, D(2026, 7, 30))  # 500 x 2.5 % x 30 / 365 = 1.0274
    assert (b.complete, b.provisional, b.interest_cents) == (True, False, 103)


@pytest.mark.parametrize("kind", list(ClientKind))
def test_nothing_before_or_on_the_due_date(kind: ClientKind) -> None:
    claim = Claim("F-9", "EUR", 100_000, D(2026, 5, 1), kind=kind, indemnity_cents=4000,
                  notice_sent_on=D(2026, 4, 1))
    b = compute(claim, TABLE, D(2026, 5, 1))
    assert (b.segments, b.total_cents) == ((), 100_000)


# --- properties ---------------------------------------------------------------------------

DUE = st.dates(D(2023, 1, 1), D(2026, 6, 30))


@st.composite
def claims(draw: st.DrawFn) -> Claim:
    due = draw(DUE)
    amount = draw(st.integers(1, 10_000_000))
    days = draw(st.lists(st.integers(-30, 700), max_size=4))
    cents = draw(st.lists(st.integers(1, amount), min_size=len(days), max_size=len(days)))
    rate = draw(st.none() | st.decimals(Decimal("0.5"), Decimal(30), places=2))
    return Claim("P-1", "EUR", amount, due, contractual_rate=rate,
                 payments=tuple(Payment(due + dt.timedelta(days=d), c)
                                for d, c in zip(days, cents, strict=True)))


@settings(max_examples=200, deadline=None)
@given(claims(), st.integers(0, 900), st.integers(0, 300))
def test_property_never_negative_and_monotonic_in_time(claim: Claim, first: int,
                                                       more: int) -> None:
    early = compute(claim, TABLE, claim.due + dt.timedelta(days=first))
    late = compute(claim, TABLE, claim.due + dt.timedelta(days=first + more))
    for b in (early, late):
        assert all((s.amount_cents or 0) >= 0 and s.balance_cents > 0 for s in b.segments)
    assert early.interest_cents <= late.interest_cents or not late.complete


@settings(max_examples=200, deadline=None)
@given(claims(), st.integers(1, 900), st.integers(1, 300))
def test_property_additive_across_segments(claim: Claim, first: int, more: int) -> None:
    """Up to a half-year's end, the longer breakdown starts with the shorter one's segments
    and its total is theirs plus its own later segments."""
    cut = HalfYear.of(claim.due + dt.timedelta(days=first)).end
    short = compute(claim, TABLE, cut)
    long = compute(claim, TABLE, cut + dt.timedelta(days=more))
    head = long.segments[:len(short.segments)]
    assert head == short.segments
    tail = sum(s.amount_cents or 0 for s in long.segments[len(short.segments):])
    assert long.interest_cents == short.interest_cents + tail
    assert all(s.days > 0 and s.start <= s.end for s in long.segments)
    assert sum(s.days for s in long.segments) <= (long.as_of - claim.due).days
