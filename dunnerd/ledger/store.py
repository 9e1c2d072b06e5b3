"""The database: engine, schema migrations, and the queries the rest of dunnerd needs.

SQLite in WAL mode by default; any SQLAlchemy URL (PostgreSQL) works. Every public method is one
short transaction. Each state change writes its Event in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, case, event, func, text
from sqlalchemy import select as sa_select
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, create_engine, select

from dunnerd.clock import Clock
from dunnerd.ledger.errors import NotFound, StoreError
from dunnerd.ledger.migrations import migrate
from dunnerd.ledger.models import (
    Client,
    Event,
    FormalNotice,
    FormalNoticeInvoice,
    Invoice,
    Reminder,
    SchemaVersion,
)
from dunnerd.states import (
    FORMAL_NOTICE_STEP,
    REMINDER_STATES_DELIVERED,
    ClientState,
    InvoiceState,
    InvoiceStatus,
    ReminderState,
    StepRecord,
)

PENDING_REMINDER_STATES = (ReminderState.PLANNED, ReminderState.DEFERRED)
CHANGES_CHANNEL = "dunnerd_changes"  # PostgreSQL NOTIFY: the ledger may have changed


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """SQLite (WAL) for a sqlite:/// URL; otherwise PostgreSQL through psycopg 3, the driver of
    the `dunnerd[postgresql]` extra, also for a plain postgresql:// URL (which SQLAlchemy would
    give to psycopg2). Raises StoreError when the driver is missing."""
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        if str(path) not in ("", ":memory:"):
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            url = "postgresql+psycopg://" + url.removeprefix(plain)
    try:
        return create_engine(url, pool_pre_ping=True)
    except ImportError as exc:
        raise StoreError(f"no driver for this database.url ({exc.name or exc}): for PostgreSQL "
                         "install dunnerd[postgresql] (psycopg 3)") from None


def _client(s: Session, key: str) -> Client:
    found = s.exec(select(Client).where(Client.key == key)).first()
    if found is None:
        raise NotFound("client", key)
    return found


def _invoice(s: Session, number: str) -> Invoice:
    found = s.exec(select(Invoice).where(Invoice.number == number)).first()
    if found is None:
        raise NotFound("invoice", number)
    return found


class Store:
    def __init__(self, url: str, clock: Clock) -> None:
        self.url = url
        self.clock = clock
        try:
            self.engine = make_engine(url)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open the database: {exc}") from exc
        try:
            migrate(self.engine)
        except BaseException as exc:
            self.engine.dispose()  # a pooled connection must not outlive a refusal
            if isinstance(exc, SQLAlchemyError):
                cause = getattr(exc, "orig", None) or exc
                raise StoreError(f"cannot open the database: {cause}") from exc
            raise

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def schema_version(self) -> int:
        with self.session() as s:
            row = s.get(SchemaVersion, 1)
            return row.version if row else 0

    # --- events ---------------------------------------------------------------------------

    def add_event(self, s: Session, kind: str, actor: str, *, invoice: Invoice | None = None,
               client_id: int | None = None, **detail: Any) -> Event:
        record = Event(**self.event_values(
            kind, actor, invoice_id=invoice.id if invoice else None,
            client_id=client_id if client_id is not None or invoice is None
            else invoice.client_id, **detail))
        s.add(record)
        return record

    def event_values(self, kind: str, actor: str, *, invoice_id: int | None,
                     client_id: int | None, **detail: Any) -> dict[str, Any]:
        """An Event's columns, for code that inserts events without the ORM (hot paths)."""
        return {"at": self.clock.now(), "kind": kind, "actor": actor, "invoice_id": invoice_id,
                "client_id": client_id,
                "detail": {k: v for k, v in detail.items() if v is not None}}

    def events_for_invoice(self, invoice_id: int) -> list[Event]:
        with self.session() as s:
            return list(s.exec(select(Event).where(Event.invoice_id == invoice_id)
                               .order_by(col(Event.at), col(Event.id))))

    # --- clients --------------------------------------------------------------------------

    def add_client(self, client: Client, actor: str = "cli") -> Client:
        with self.session() as s:
            if s.exec(select(Client).where(Client.key == client.key)).first():
                raise StoreError(f"client {client.key!r} already exists")
            client.created_at = self.clock.now()
            s.add(client)
            s.flush()
            self.add_event(s, "client.added", actor, client_id=client.id, key=client.key)
            return client

    def get_client(self, key: str) -> Client:
        with self.session() as s:
            return _client(s, key)

    def get_client_by_id(self, client_id: int) -> Client:
        with self.session() as s:
            found = s.get(Client, client_id)
            if found is None:
                raise NotFound("client", str(client_id))
            return found

    def find_client(self, key_or_name: str) -> Client | None:
        with self.session() as s:
            return s.exec(select(Client).where(
                (Client.key == key_or_name) | (Client.name == key_or_name))).first()

    def list_clients(self) -> list[Client]:
        with self.session() as s:
            return list(s.exec(select(Client).order_by(col(Client.key))))

    def update_client(self, key: str, changes: dict[str, Any], actor: str = "cli") -> Client:
        with self.session() as s:
            client = _client(s, key)
            for name, value in changes.items():
                setattr(client, name, value)
            s.add(client)
            self.add_event(s, "client.edited", actor, client_id=client.id,
                        changed=sorted(changes))
            return client

    # --- invoices -------------------------------------------------------------------------

    def add_invoice(self, invoice: Invoice, actor: str = "cli", **detail: Any) -> Invoice:
        with self.session() as s:
            if s.exec(select(Invoice).where(Invoice.number == invoice.number)).first():
                raise StoreError(f"invoice {invoice.number!r} already exists")
            now = self.clock.now()
            invoice.created_at = invoice.updated_at = now
            s.add(invoice)
            s.flush()
            self.add_event(s, "invoice.added", actor, invoice=invoice, number=invoice.number,
                        **detail)
            return invoice

    def get_invoice(self, number: str) -> Invoice:
        with self.session() as s:
            return _invoice(s, number)

    def list_invoices(self, statuses: Sequence[InvoiceStatus] | None = None,
                      client_id: int | None = None) -> list[Invoice]:
        with self.session() as s:
            query = select(Invoice)
            if statuses:
                query = query.where(col(Invoice.status).in_(list(statuses)))
            if client_id is not None:
                query = query.where(Invoice.client_id == client_id)
            return list(s.exec(query.order_by(col(Invoice.due), col(Invoice.number))))

    def invoice_totals(self, today: dt.date) -> list[tuple[InvoiceStatus, str, int, int, int]]:
        """Per status and currency: how many invoices, their balance in minor units, and how
        many were due before `today`. One query, for `status` on large ledgers."""
        with self.session() as s:
            rows = s.connection().execute(
                sa_select(col(Invoice.status), col(Invoice.currency), func.count(),
                          func.sum(col(Invoice.amount_cents) - col(Invoice.paid_cents)),
                          func.sum(case((col(Invoice.due) < today, 1), else_=0)))
                .group_by(col(Invoice.status), col(Invoice.currency)))
            return [(InvoiceStatus(status), currency, int(count), int(balance or 0),
                     int(late or 0)) for status, currency, count, balance, late in rows]

    def client_count(self) -> int:
        with self.session() as s:
            return int(s.exec(select(func.count()).select_from(Client)).one())

    def invoices_by_number(self, numbers: Sequence[str]) -> dict[str, Invoice]:
        found: dict[str, Invoice] = {}
        with self.session() as s:
            for start in range(0, len(numbers), 500):
                chunk = list(numbers[start:start + 500])
                for inv in s.exec(select(Invoice).where(col(Invoice.number).in_(chunk))):
                    found[inv.number] = inv
        return found

    def change_status(
        self,
        number: str,
        status: InvoiceStatus,
        *,
        actor: str,
        reason: str | None = None,
        promised_until: dt.date | None = None,
        paid_cents: int | None = None,
    ) -> Invoice:
        """Move an invoice to `status`, cancel what is pending when it stops escalation, and
        record the Event, all in one transaction."""
        with self.session() as s:
            invoice = _invoice(s, number)
            return self.apply_status(s, invoice, status, actor=actor, reason=reason,
                                     promised_until=promised_until, paid_cents=paid_cents)

    def apply_status(
        self,
        s: Session,
        invoice: Invoice,
        status: InvoiceStatus,
        *,
        actor: str,
        reason: str | None = None,
        promised_until: dt.date | None = None,
        paid_cents: int | None = None,
        **detail: Any,
    ) -> Invoice:
        """`change_status` inside the caller's transaction (the inbox records the message,
        its cursor and its effect together)."""
        before = invoice.status
        invoice.status = status
        invoice.promised_until = promised_until if status is InvoiceStatus.PROMISED else None
        if paid_cents is not None:
            invoice.paid_cents = paid_cents
        invoice.updated_at = self.clock.now()
        s.add(invoice)
        cancelled = 0
        if status is not InvoiceStatus.OPEN:
            cancelled = self._cancel_pending(s, invoice.id)
        self.add_event(
            s, f"invoice.{status.value}", actor, invoice=invoice, reason=reason,
            before=before.value, promised_until=promised_until.isoformat()
            if promised_until else None, paid_cents=paid_cents,
            cancelled_reminders=cancelled or None, **detail,
        )
        return invoice

    def record_payment(self, number: str, cents: int, *, actor: str,
                       reason: str | None = None) -> Invoice:
        """Add a payment; the invoice is paid once nothing remains due."""
        with self.session() as s:
            invoice = _invoice(s, number)
            return self.apply_payment(s, invoice, cents, actor=actor, reason=reason)

    def apply_payment(self, s: Session, invoice: Invoice, cents: int, *, actor: str,
                      reason: str | None = None, **detail: Any) -> Invoice:
        """`record_payment` inside the caller's transaction."""
        total = invoice.paid_cents + cents
        if total >= invoice.amount_cents:
            return self.apply_status(s, invoice, InvoiceStatus.PAID, actor=actor, reason=reason,
                                     paid_cents=total, **detail)
        invoice.paid_cents = total
        invoice.updated_at = self.clock.now()
        s.add(invoice)
        self.add_event(s, "invoice.partly_paid", actor, invoice=invoice, reason=reason,
                       paid_cents=cents, balance_cents=invoice.amount_cents - total, **detail)
        return invoice

    def _cancel_pending(self, s: Session, invoice_id: int | None) -> int:
        rows = s.exec(select(Reminder).where(
            Reminder.invoice_id == invoice_id,
            col(Reminder.state).in_(PENDING_REMINDER_STATES))).all()
        for row in rows:
            row.state = ReminderState.CANCELLED
            s.add(row)
        return len(rows)

    def reminders_for_invoice(self, invoice_id: int) -> list[Reminder]:
        with self.session() as s:
            return list(s.exec(select(Reminder).where(Reminder.invoice_id == invoice_id)
                               .order_by(col(Reminder.planned_at), col(Reminder.id))))

    # --- the policy's view ----------------------------------------------------------------

    def policy_inputs(self, default_timezone: str) -> tuple[list[ClientState], list[InvoiceState]]:
        """Every client and every invoice that may still need a reminder, with its history."""
        active = [InvoiceStatus.OPEN, InvoiceStatus.PROMISED]
        with self.session() as s:
            clients = [
                ClientState(
                    client_id=c.id or 0, timezone=c.timezone or default_timezone,
                    country=c.country, never_remind=c.never_remind, grace_days=c.grace_days,
                    step_overrides=c.step_overrides, hold_until=c.hold_until,
                )
                for c in s.exec(select(Client))
            ]
            history: dict[int, list[StepRecord]] = {}
            conn = s.connection()
            delivered = conn.execute(
                sa_select(col(Reminder.invoice_id), col(Reminder.step), col(Reminder.sent_at),
                          col(Reminder.planned_at))
                .join(Invoice, col(Invoice.id) == col(Reminder.invoice_id))
                .where(col(Invoice.status).in_(active),
                       col(Reminder.state).in_(list(REMINDER_STATES_DELIVERED)))
            )
            deadlines = self._notice_deadlines(conn)
            for invoice_id, step, sent_at, planned_at in delivered:
                at = sent_at or planned_at  # planned_at is NOT NULL
                if at is None:
                    continue
                record = StepRecord(step, at)
                if step == FORMAL_NOTICE_STEP:  # the hand-off waits for the notice's deadline
                    deadline = deadlines.get(int(invoice_id))
                    record = StepRecord(step, at, next_not_before=deadline,
                                        holds_next=deadline is None)
                history.setdefault(int(invoice_id), []).append(record)
            rows = conn.execute(
                sa_select(col(Invoice.id), col(Invoice.number), col(Invoice.client_id),
                          col(Invoice.due), col(Invoice.amount_cents), col(Invoice.paid_cents),
                          col(Invoice.status), col(Invoice.promised_until))
                .where(col(Invoice.status).in_(active))
            )
            invoices = [
                InvoiceState(
                    invoice_id=int(iid or 0), number=number, client_id=client_id, due=due,
                    balance_cents=amount - paid, status=InvoiceStatus(status),
                    promised_until=promised,
                    history=tuple(sorted(history.get(int(iid or 0), []), key=lambda r: r.at)),
                )
                for iid, number, client_id, due, amount, paid, status, promised in rows
            ]
        return clients, invoices

    @staticmethod
    def _notice_deadlines(conn: Any) -> dict[int, dt.date | None]:
        """Invoice id -> the deadline of the latest formal notice covering it (None: that
        notice is not sent yet)."""
        found: dict[int, dt.date | None] = {}
        rows = conn.execute(
            sa_select(col(FormalNoticeInvoice.invoice_id), col(FormalNotice.deadline))
            .join(FormalNotice, col(FormalNotice.id) == col(FormalNoticeInvoice.notice_id))
            .order_by(col(FormalNotice.id)))
        for invoice_id, deadline in rows:
            found[int(invoice_id)] = deadline
        return found

    def last_event_id(self) -> int:
        """Every change writes an Event: the daemon looks at this to notice changes made by the
        CLI in another process."""
        with self.session() as s:
            return int(s.exec(select(Event.id).order_by(col(Event.id).desc())).first() or 0)

    @property
    def is_postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def notify_change(self) -> None:
        """On PostgreSQL, tell whoever LISTENs on CHANGES_CHANNEL (the daemon, on any machine)
        that the ledger may have changed; nothing on SQLite. A hint: never raises."""
        if not self.is_postgresql:
            return
        with suppress(SQLAlchemyError), self.engine.begin() as conn:
            conn.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANGES_CHANNEL})

    def integrity_ok(self) -> bool:
        if not self.url.startswith("sqlite"):
            return True
        with self.engine.connect() as conn:
            return bool(conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok")
