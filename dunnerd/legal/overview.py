"""The legal path across the whole ledger, for `dunnerd check`, the alerts and the digest: which
half-year figures the open invoices need and the table lacks, which figures in use are not yet
confirmed, which notices wait to be recorded as sent, and which identities are incomplete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import col, select

from dunnerd.config.schema import Config
from dunnerd.ledger.models import Client, FormalNotice, FormalNoticeInvoice, Invoice
from dunnerd.ledger.store import Store
from dunnerd.legal.claims import breakdowns
from dunnerd.legal.notice_model import identity_gaps
from dunnerd.legal.rates import HalfYear, rate_table
from dunnerd.legal.requete_model import request_gaps
from dunnerd.states import InvoiceStatus

UNSETTLED = (InvoiceStatus.OPEN, InvoiceStatus.PROMISED, InvoiceStatus.PAUSED,
             InvoiceStatus.DISPUTED, InvoiceStatus.HANDED_OFF)


def _late_invoices(store: Store, today: dt.date) -> tuple[list[Invoice], dict[int, Client]]:
    clients = {c.id or 0: c for c in store.list_clients()}
    invoices = [i for i in store.list_invoices(UNSETTLED) if i.due < today]
    return invoices, clients


def missing_rates(store: Store, config: Config,
                  today: dt.date) -> dict[tuple[HalfYear, str], list[str]]:
    """(half-year, figure) -> the late invoices whose breakdown needs it, oldest first."""
    invoices, clients = _late_invoices(store, today)
    found: dict[tuple[HalfYear, str], list[str]] = {}
    if not invoices:
        return found
    for b in breakdowns(store, config, invoices, clients, today).values():
        for missing in b.missing:
            found.setdefault((missing.period, missing.figure), []).append(b.claim.number)
    return dict(sorted(found.items()))


@dataclass(frozen=True)
class UnsentNotice:
    notice: FormalNotice
    numbers: tuple[str, ...]  # its invoices still unsettled


def unsent_notices(store: Store) -> list[UnsentNotice]:
    """Notices generated but not recorded as sent, that are still the latest for one of their
    unsettled invoices: the hand-off waits for each."""
    with store.session() as s:
        links = s.exec(select(FormalNoticeInvoice.notice_id, FormalNoticeInvoice.invoice_id)
                       .order_by(col(FormalNoticeInvoice.notice_id))).all()
        latest: dict[int, int] = {}
        for notice_id, invoice_id in links:
            latest[invoice_id] = notice_id
        open_ids = {i.id: i.number for i in s.exec(select(Invoice).where(
            col(Invoice.id).in_(list(latest)), col(Invoice.status).in_(UNSETTLED)))}
        waiting: dict[int, list[str]] = {}
        for invoice_id, notice_id in latest.items():
            if invoice_id in open_ids:
                waiting.setdefault(notice_id, []).append(open_ids[invoice_id])
        notices = s.exec(select(FormalNotice).where(col(FormalNotice.id).in_(list(waiting)),
                                                    col(FormalNotice.sent_on).is_(None))
                         .order_by(col(FormalNotice.id))).all()
        return [UnsentNotice(n, tuple(sorted(waiting[n.id or 0]))) for n in notices]


def unverified_in_use(config: Config) -> list[str]:
    """One line per figure of the table not yet confirmed from its official source."""
    return [f"{period.label('en')} {name} {figure.value} % ({figure.source})"
            for period, name, figure in rate_table(config.legal.rates).unverified()]


def identity_problems(store: Store, config: Config, today: dt.date) -> list[str]:
    """The owner's missing identity fields, and those of clients with late invoices."""
    problems = identity_gaps(config, None)
    invoices, clients = _late_invoices(store, today)
    for client_id in dict.fromkeys(i.client_id for i in invoices):
        problems += identity_gaps(config, clients[client_id])[len(identity_gaps(config, None)):]
    return problems


def request_problems(store: Store, config: Config, today: dt.date) -> list[str]:
    """What the injonction de payer request would print as to complete: the owner's mentions
    (CPC 54 and 57) and those of the clients with late invoices."""
    problems = request_gaps(config, None)
    invoices, clients = _late_invoices(store, today)
    for client_id in dict.fromkeys(i.client_id for i in invoices):
        problems += [g for g in request_gaps(config, clients[client_id]) if g not in problems]
    return problems


def numbers_text(numbers: Sequence[str], limit: int = 5) -> str:
    more = f" and {len(numbers) - limit} more" if len(numbers) > limit else ""
    return ", ".join(numbers[:limit]) + more
