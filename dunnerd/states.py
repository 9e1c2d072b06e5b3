"""The vocabulary the ledger and the policy share: the states of an invoice and of a reminder,
and the snapshots of them the escalation policy reads.

The ledger stores these states and builds the snapshots from its rows; the pure policy decides
on them. Both import them from here, so neither imports the other. Nothing here does I/O.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class InvoiceStatus(StrEnum):
    OPEN = "open"
    PAUSED = "paused"
    DISPUTED = "disputed"
    PROMISED = "promised"
    PAID = "paid"
    WRITTEN_OFF = "written_off"
    # The file went to a collection agency, a lawyer or the court (the hand-off dossier was
    # sent to `[handoff] to`, or the owner said so): dunnerd sends nothing more about it.
    HANDED_OFF = "handed_off"


class ClientKind(StrEnum):
    """Who the client is, for the law: late-payment penalties and the 40 € indemnity apply
    between businesses; a consumer owes interest at the legal rate only after a formal notice."""

    BUSINESS = "business"
    CONSUMER = "consumer"


class ReminderState(StrEnum):
    PLANNED = "planned"
    SENDING = "sending"
    SENT = "sent"
    FILED = "filed"
    DEFERRED = "deferred"
    FAILED = "failed"
    UNKNOWN = "unknown"
    CANCELLED = "cancelled"
    RECORDED = "recorded"  # a record-only step (formal notice, hand-off): nothing was emailed


# A reminder in one of these states has reached, or may have reached, the client: it counts in the
# escalation history and is never planned again.
REMINDER_STATES_DELIVERED = frozenset(
    {ReminderState.SENT, ReminderState.FILED, ReminderState.UNKNOWN, ReminderState.SENDING,
     ReminderState.RECORDED}
)


# The record step whose formal notice (a letter the owner sends) gates the step after it.
FORMAL_NOTICE_STEP = "formal_notice"
# The record step whose dossier (the evidence and the court request) is built when it comes.
HANDOFF_STEP = "handoff"
# The outbox step of the hand-off dossier's email to the owner's agent (`[handoff] to`).
HANDOFF_EMAIL_STEP = "handoff_dossier_email"
# Outbox steps whose email goes to someone other than the client: its envelope is the
# message's own To and Cc, never the client's addresses. The policy ignores these steps.
THIRD_PARTY_STEPS = frozenset({HANDOFF_EMAIL_STEP})


@dataclass(frozen=True)
class StepRecord:
    """A step that happened (or may have: an uncertain send counts too)."""

    step: str
    at: dt.datetime
    # The step after this one may not come before this local date (a formal notice: the day
    # it was sent plus the days it gives to pay) ...
    next_not_before: dt.date | None = None
    # ... or not at all yet (a formal notice not yet sent).
    holds_next: bool = False


@dataclass(frozen=True)
class InvoiceState:
    invoice_id: int
    number: str
    client_id: int
    due: dt.date
    balance_cents: int
    status: InvoiceStatus = InvoiceStatus.OPEN
    promised_until: dt.date | None = None
    history: tuple[StepRecord, ...] = ()


@dataclass(frozen=True)
class ClientState:
    client_id: int
    timezone: str = "UTC"
    country: str | None = None
    never_remind: bool = False
    grace_days: int = 0
    step_overrides: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    hold_until: dt.date | None = None  # away (an auto-reply said so): nothing before the next day
