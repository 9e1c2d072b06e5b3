"""After the court: the order for payment the owner obtained (`dunnerd court NUMBER
--ordonnance DATE`), its service (`--served DATE`), and the deadlines that follow, from the dated
procedure table: the order lapses if not served within 6 months of its date, or 3 months for an
order made from 1 September 2026 (CPC 1411); the debtor may oppose within a month of service
(CPC 1416), more when living abroad or overseas (CPC 643).

`due_alerts` is pure: the orders and a day in, the alerts that day calls for out. The service
deadline is never extended here (serving earlier is always safe); the end of the opposition
month moves to the next working day (CPC 642), so "it has passed" is never said too early."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import col, select

from dunnerd.dunning.policy import holiday_check
from dunnerd.ledger.models import Client, CourtOrder, CourtOrderInvoice, Invoice
from dunnerd.ledger.store import Store
from dunnerd.legal.procedure import Procedure, add_months

SERVICE_WARNINGS = (30, 7)  # days before the service deadline when the owner is reminded
FRANCE = "FR"


class CourtError(Exception):
    """An order that cannot be recorded as asked; the message says why."""


@dataclass(frozen=True)
class OrderView:
    order: CourtOrder
    client: Client
    numbers: tuple[str, ...]


@dataclass(frozen=True)
class DueAlert:
    key: str  # once per order and kind
    kind: str  # "service_soon", "lapsed", "opposition_over"
    view: OrderView
    day: dt.date  # the deadline it is about


def next_working_day(day: dt.date, country: str = FRANCE) -> dt.date:
    """`day`, or the next day that is neither a weekend nor a public holiday (CPC 642)."""
    is_holiday = holiday_check(country)
    while day.weekday() >= 5 or is_holiday(day):
        day += dt.timedelta(days=1)
    return day


def opposition_end(order: CourtOrder, client: Client, procedure: Procedure) -> dt.date | None:
    """The last day to oppose, or None before the order is served."""
    if order.served_on is None:
        return None
    rule = procedure.opposition
    months = rule.months
    if (client.country or FRANCE).upper() != FRANCE:
        months += rule.abroad_extra_months  # CPC 643; overseas France is not told apart
    return next_working_day(add_months(order.served_on, months))


def record_order(store: Store, numbers: Sequence[str], ordered_on: dt.date, reference: str,
                 procedure: Procedure) -> OrderView:
    """Record the order covering `numbers` (one client's), with its service deadline."""
    rule = procedure.service_rule(ordered_on)
    if rule is None:
        raise CourtError(f"no service deadline is known for an order of {ordered_on}")
    found = store.invoices_by_number(list(numbers))
    unknown = [n for n in numbers if n not in found]
    if unknown:
        raise CourtError(f"unknown invoice {', '.join(unknown)}")
    clients = {found[n].client_id for n in numbers}
    if len(clients) != 1:
        raise CourtError("an order is against one debtor: give invoices of one client")
    service_by = rule.deadline(ordered_on)
    text = (f"{rule.months} mois à compter de l'ordonnance ({rule.article})"
            + ("" if rule.verified else " — non vérifié"))
    with store.session() as s:
        order = CourtOrder(client_id=clients.pop(), created_at=store.clock.now(),
                           ordered_on=ordered_on, service_by=service_by, rule=text,
                           reference=reference)
        s.add(order)
        s.flush()
        for number in numbers:
            s.add(CourtOrderInvoice(order_id=order.id or 0, invoice_id=found[number].id or 0))
            store.add_event(s, "court.ordered", "cli", invoice=found[number],
                            order_id=order.id, ordered_on=ordered_on.isoformat(),
                            service_by=service_by.isoformat(), reference=reference or None)
    return view(store, order.id or 0)


def latest_for_invoice(store: Store, number: str) -> OrderView | None:
    invoice = store.get_invoice(number)
    with store.session() as s:
        order = s.exec(select(CourtOrder).join(
            CourtOrderInvoice, col(CourtOrderInvoice.order_id) == col(CourtOrder.id))
            .where(CourtOrderInvoice.invoice_id == invoice.id)
            .order_by(col(CourtOrder.id).desc())).first()
    return None if order is None else view(store, order.id or 0)


def record_service(store: Store, number: str, served_on: dt.date) -> OrderView:
    found = latest_for_invoice(store, number)
    if found is None:
        raise CourtError(f"no order is recorded for invoice {number}; first `dunnerd court "
                         f"{number} --ordonnance YYYY-MM-DD`")
    order = found.order
    if order.served_on is not None:
        raise CourtError(f"the order of {order.ordered_on} was recorded as served on "
                         f"{order.served_on} already")
    if served_on < order.ordered_on:
        raise CourtError(f"--served {served_on} is before the order's date {order.ordered_on}")
    with store.session() as s:
        row = s.get(CourtOrder, order.id)
        assert row is not None
        row.served_on = served_on
        s.add(row)
        for link in s.exec(select(CourtOrderInvoice).where(
                CourtOrderInvoice.order_id == order.id)):
            invoice = s.get(Invoice, link.invoice_id)
            store.add_event(s, "court.served", "cli", invoice=invoice, order_id=order.id,
                            served_on=served_on.isoformat())
    return view(store, order.id or 0)


def view(store: Store, order_id: int) -> OrderView:
    with store.session() as s:
        order = s.get(CourtOrder, order_id)
        if order is None:
            raise CourtError(f"no court order {order_id}")
        client = s.get(Client, order.client_id)
        numbers = tuple(s.exec(select(Invoice.number).join(
            CourtOrderInvoice, col(CourtOrderInvoice.invoice_id) == col(Invoice.id))
            .where(CourtOrderInvoice.order_id == order_id).order_by(col(Invoice.number))))
    assert client is not None
    return OrderView(order, client, numbers)


def all_orders(store: Store) -> list[OrderView]:
    with store.session() as s:
        ids = list(s.exec(select(CourtOrder.id).order_by(col(CourtOrder.id))))
    return [view(store, order_id or 0) for order_id in ids]


def due_alerts(orders: Sequence[OrderView], today: dt.date,
               procedure: Procedure) -> list[DueAlert]:
    """What each order calls for on `today`: before the service deadline (30 and 7 days
    before), once it passed unserved, and once the opposition month after service is over."""
    alerts = []
    for found in orders:
        order = found.order
        if order.served_on is None:
            if today > order.service_by:
                alerts.append(DueAlert(f"court:{order.id}:lapsed", "lapsed", found,
                                       order.service_by))
                continue
            for days in sorted(SERVICE_WARNINGS):  # the nearest warning that is due
                if today >= order.service_by - dt.timedelta(days=days):
                    alerts.append(DueAlert(f"court:{order.id}:service:{days}", "service_soon",
                                           found, order.service_by))
                    break
            continue
        end = opposition_end(order, found.client, procedure)
        if end is not None and today > end:
            alerts.append(DueAlert(f"court:{order.id}:opposition", "opposition_over", found,
                                   end))
    return alerts
