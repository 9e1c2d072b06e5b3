"""Late-payment penalties, pure: one invoice's claim and a rate table in, the breakdown out.

Between businesses (Code de commerce L441-10 II, D441-5): simple interest on the balance
including VAT from the day after the due date, at the ECB main refinancing rate in force on the
first day of each half-year plus 10 points, or at a contractual rate, which may not be below
3 × the taux de l'intérêt légal of the half-year; plus a fixed indemnity per invoice (40 €).
A consumer owes neither: only interest at the taux légal, from the day the formal notice was
sent (Code civil 1231-6, 1344-1).

How it is computed, and shown in every breakdown:
- a segment per half-year and per partial payment: a payment closes the segment on its day and
  reduces the balance on which interest runs from the next day (payments are applied to the
  principal);
- amount = balance × rate × days / 365, in a 365-day year (leap years included), computed with
  Decimal and rounded half-up to the cent per segment;
- a half-year without the figure it needs gets no amount: the segment is listed with its rate
  missing, and the breakdown is incomplete;
- a figure not yet confirmed from its official source makes the amount provisional.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from dunnerd.legal.rates import MRO, TAUX_LEGAL, HalfYear, RateTable, half_years
from dunnerd.states import ClientKind

DAYS_IN_YEAR = 365
DEFAULT_MARGIN = Decimal(10)  # points over the ECB rate (L441-10 II)
FLOOR_FACTOR = Decimal(3)  # a contractual rate may not be below 3 × the taux légal


class Basis(StrEnum):
    DEFAULT = "ecb_plus_10"  # ECB MRO + 10 points
    CONTRACTUAL = "contractual"
    FLOOR = "floor"  # the contractual rate was below 3 × the taux légal: the floor applies
    TAUX_LEGAL = "taux_legal"  # a consumer, after the formal notice


@dataclass(frozen=True)
class Payment:
    on: dt.date
    cents: int


@dataclass(frozen=True)
class Claim:
    """What the penalties of one invoice depend on. Amounts in minor units of `currency`."""

    number: str
    currency: str
    amount_cents: int  # including VAT
    due: dt.date
    kind: ClientKind = ClientKind.BUSINESS
    payments: tuple[Payment, ...] = ()
    contractual_rate: Decimal | None = None  # percent per year; None: ECB + 10 points
    indemnity_cents: int = 0  # 0: none (turned off, a consumer, another currency)
    notice_sent_on: dt.date | None = None  # a consumer's interest runs only after this day


@dataclass(frozen=True)
class MissingRate:
    period: HalfYear
    figure: str  # MRO or TAUX_LEGAL


@dataclass(frozen=True)
class Segment:
    start: dt.date  # first day of interest
    end: dt.date  # last day, included
    balance_cents: int
    period: HalfYear
    basis: Basis
    rate: Decimal | None  # percent per year; None: a figure it needs is missing
    default_rate: Decimal | None  # ECB + 10 points of the half-year (shown with a contract)
    floor: Decimal | None  # 3 × taux légal of the half-year, when a contractual rate is used
    amount_cents: int | None  # None when the rate is missing
    provisional: bool  # computed with a figure not yet confirmed from its official source
    missing: tuple[MissingRate, ...] = ()

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class Breakdown:
    claim: Claim
    as_of: dt.date
    balance_cents: int  # what is still unpaid of the invoice on `as_of`
    segments: tuple[Segment, ...]
    indemnity_cents: int

    @property
    def interest_cents(self) -> int:
        """The sum of the segments that have an amount (see `complete`)."""
        return sum(s.amount_cents or 0 for s in self.segments)

    @property
    def missing(self) -> tuple[MissingRate, ...]:
        return tuple(dict.fromkeys(m for s in self.segments for m in s.missing))

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def provisional(self) -> bool:
        return any(s.provisional for s in self.segments)

    @property
    def total_cents(self) -> int:
        """Balance, interest and indemnity: what may be claimed on `as_of`."""
        return self.balance_cents + self.interest_cents + self.indemnity_cents


def interest_cents(balance_cents: int, rate: Decimal, days: int) -> int:
    """balance × rate % × days / 365, rounded half-up to the minor unit."""
    exact = Decimal(balance_cents) * rate * days / (100 * DAYS_IN_YEAR)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def compute(claim: Claim, table: RateTable, as_of: dt.date) -> Breakdown:
    """The penalties of `claim` accrued up to and including `as_of`."""
    start = claim.due + dt.timedelta(days=1)
    if claim.kind is ClientKind.CONSUMER:
        notice = claim.notice_sent_on
        start = dt.date.max if notice is None else max(start, notice + dt.timedelta(days=1))
    segments: list[Segment] = []
    if start <= as_of:
        # A segment ends at each half-year's end, on each payment's day (interest on the old
        # balance runs to the day of payment, included) and on `as_of`.
        ends = {p.end for p in half_years(start, as_of)} | {as_of}
        ends |= {p.on for p in claim.payments if start <= p.on < as_of}
        first = start
        for end in sorted(e for e in ends if e <= as_of):
            balance = claim.amount_cents - sum(p.cents for p in claim.payments if p.on < first)
            if balance <= 0:
                break
            segments.append(_segment(claim, table, HalfYear.of(first), first, end, balance))
            first = end + dt.timedelta(days=1)
    balance = claim.amount_cents - sum(p.cents for p in claim.payments if p.on <= as_of)
    late = as_of > claim.due and claim.kind is ClientKind.BUSINESS
    return Breakdown(claim, as_of, max(0, balance), tuple(segments),
                     claim.indemnity_cents if late else 0)


def _segment(claim: Claim, table: RateTable, period: HalfYear, first: dt.date, last: dt.date,
             balance: int) -> Segment:
    rates = table.get(period)
    mro, legal = rates.mro, rates.taux_legal
    default = mro.value + DEFAULT_MARGIN if mro is not None else None
    floor = legal.value * FLOOR_FACTOR if legal is not None else None
    missing: list[MissingRate] = []
    provisional = False
    if claim.kind is ClientKind.CONSUMER:
        basis, rate = Basis.TAUX_LEGAL, legal.value if legal is not None else None
        if legal is None:
            missing.append(MissingRate(period, TAUX_LEGAL))
        provisional = legal is not None and not legal.verified
    elif claim.contractual_rate is None:
        basis, rate = Basis.DEFAULT, default
        if mro is None:
            missing.append(MissingRate(period, MRO))
        provisional = mro is not None and not mro.verified
        floor = None
    else:
        basis, rate = Basis.CONTRACTUAL, claim.contractual_rate
        if floor is None:
            missing.append(MissingRate(period, TAUX_LEGAL))
            rate = None  # whether the contract's rate stands cannot be checked
        elif floor > claim.contractual_rate:
            basis, rate = Basis.FLOOR, floor
        provisional = legal is not None and not legal.verified
    amount = None if rate is None else interest_cents(balance, rate, (last - first).days + 1)
    return Segment(first, last, balance, period, basis, rate, default, floor, amount,
                   provisional, tuple(missing))
