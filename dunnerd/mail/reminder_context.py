"""The words of a reminder from the ledger's rows: the render context of one email (the
client, its invoices with their lateness and balance, the owner), for the outbox and `preview`.
Pure: rows in, a ReminderContext out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from dunnerd.config.schema import Config
from dunnerd.dunning.render import InvoiceLine, ReminderContext
from dunnerd.ledger.models import Client, Invoice
from dunnerd.ledger.money import to_decimal
from dunnerd.ledger.views import days_late


def reminder_context(
    config: Config,
    client: Client,
    invoices: Iterable[Invoice],
    template: str,
    today: dt.date,
    reminders_sent: int,
) -> ReminderContext:
    lines = tuple(
        InvoiceLine(
            number=inv.number, issued=inv.issued, due=inv.due,
            amount=to_decimal(inv.amount_cents, inv.currency),
            paid=to_decimal(inv.paid_cents, inv.currency),
            currency=inv.currency, days_late=days_late(inv, today),
        )
        for inv in invoices
    )
    return ReminderContext(
        step=template,
        language=client.language or config.owner.language,
        client_name=client.name,
        owner=config.owner,
        invoices=lines,
        today=today,
        reminders_sent=reminders_sent,
    )
