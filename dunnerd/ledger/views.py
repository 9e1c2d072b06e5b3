"""What the ledger looks like from outside: the stable JSON shapes of its rows, as the CLI prints
them. Pure: rows in, plain data out.

The JSON shapes are documented in README.md; add keys, never rename or remove them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from dunnerd.ledger.models import Client, Event, Invoice, Reminder
from dunnerd.ledger.money import to_decimal


def iso_utc(instant: dt.datetime | None) -> str | None:
    return instant.astimezone(dt.UTC).isoformat().replace("+00:00", "Z") if instant else None


def money_text(cents: int, currency: str) -> str:
    return str(to_decimal(cents, currency))


def local_today(client: Client, default_timezone: str, now: dt.datetime) -> dt.date:
    """The date it is now where the client is."""
    return now.astimezone(ZoneInfo(client.timezone or default_timezone)).date()


def days_late(invoice: Invoice, today: dt.date) -> int:
    return max(0, (today - invoice.due).days)


def client_view(client: Client) -> dict[str, Any]:
    return {
        "key": client.key,
        "name": client.name,
        "emails": list(client.emails),
        "cc": list(client.cc),
        "language": client.language,
        "timezone": client.timezone,
        "country": client.country,
        "phone": client.phone,
        "never_remind": client.never_remind,
        "grace_days": client.grace_days,
        "step_overrides": dict(client.step_overrides),
        "kind": client.kind,
        "legal_name": client.legal_name,
        "address": client.address,
        "siren": client.siren,
        "siret": client.siret,
        "vat_number": client.vat_number,
        "penalty_rate": client.penalty_rate or None,
        "claim_penalties_from": client.claim_penalties_from or None,
        "claim_indemnity": client.claim_indemnity,
        "legal_form": client.legal_form,
    }


def reminder_view(reminder: Reminder) -> dict[str, Any]:
    return {
        "step": reminder.step,
        "state": reminder.state.value,
        "planned_at": iso_utc(reminder.planned_at),
        "sent_at": iso_utc(reminder.sent_at),
        "message_id": reminder.message_id,
        "attempts": reminder.attempts,
        "last_error": reminder.last_error,
        "smtp_reply": reminder.smtp_reply,
        "sha256": reminder.sha256,
        "sent_folder_uid": reminder.sent_folder_uid,
    }


def event_view(record: Event) -> dict[str, Any]:
    return {"at": iso_utc(record.at), "kind": record.kind, "actor": record.actor,
            "detail": dict(record.detail)}


def invoice_view(
    invoice: Invoice,
    client: Client,
    today: dt.date,
    reminders: Sequence[Reminder] = (),
    events: Sequence[Event] | None = None,
) -> dict[str, Any]:
    view: dict[str, Any] = {
        "number": invoice.number,
        "client": client.key,
        "client_name": client.name,
        "status": invoice.status.value,
        "currency": invoice.currency,
        "amount": money_text(invoice.amount_cents, invoice.currency),
        "paid": money_text(invoice.paid_cents, invoice.currency),
        "balance": money_text(invoice.amount_cents - invoice.paid_cents, invoice.currency),
        "issued": invoice.issued.isoformat(),
        "due": invoice.due.isoformat(),
        "days_late": days_late(invoice, today),
        "promised_until": invoice.promised_until.isoformat() if invoice.promised_until else None,
        "pdf": invoice.pdf_path,
        "message_id": invoice.message_id,
        "reminders": [reminder_view(r) for r in reminders],
    }
    if events is not None:
        view["events"] = [event_view(e) for e in events]
    return view
