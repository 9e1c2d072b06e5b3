"""What a notice says: its transactions, each with a direction. Only `IN` is money received."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any


class Direction(StrEnum):
    IN = "in"  # money received from a payer: the only direction that can pay an invoice
    OUT = "out"  # a debit, a card payment, a transfer sent by the owner
    REFUND = "refund"  # money the owner gave back
    FAILED = "failed"  # a payment that failed, was rejected, returned or cancelled
    CHARGEBACK = "chargeback"  # a payment taken back by the payer's bank
    PAYOUT = "payout"  # a payment service paying its balance out: many sales in one sum
    PENDING = "pending"  # announced or held: not (yet) money in
    UNREAD = "unread"  # a sum the words give no direction to: never money in, shown the owner


class NoticeKind(StrEnum):
    TRANSACTIONS = "transactions"  # one or more movements of money
    STATEMENT = "statement"  # a statement or a summary is available: no single movement
    BILL = "bill"  # a bill or a document for the owner to pay or read: no movement
    NONE = "none"  # nothing a bank would say about money


@dataclass(frozen=True)
class Transaction:
    direction: Direction
    amount: Decimal | None
    currency: str | None
    payer: str | None = None
    reference: str | None = None
    value_date: dt.date | None = None
    evidence: str = ""  # the words it was read from

    @property
    def money_in(self) -> bool:
        """Money received from a payer, with a known amount: the only kind that can pay."""
        return self.direction is Direction.IN and self.amount is not None and self.amount > 0

    def as_json(self) -> dict[str, Any]:
        return {"direction": self.direction.value,
                "amount": str(self.amount) if self.amount is not None else None,
                "currency": self.currency, "payer": self.payer, "reference": self.reference,
                "value_date": self.value_date.isoformat() if self.value_date else None,
                "evidence": self.evidence}


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    transactions: tuple[Transaction, ...] = ()
    family: str | None = None  # the provider family whose format matched, if any
    reasons: tuple[str, ...] = field(default=())
    forwarded: bool = False  # a person passing a notice on: never read as transactions

    @property
    def is_notice(self) -> bool:
        return self.kind is not NoticeKind.NONE

    @property
    def money_in(self) -> tuple[Transaction, ...]:
        return tuple(t for t in self.transactions if t.money_in)

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "family": self.family, "forwarded": self.forwarded,
                "transactions": [t.as_json() for t in self.transactions],
                "reasons": list(self.reasons)}


NO_NOTICE = Notice(NoticeKind.NONE)
