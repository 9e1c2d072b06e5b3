"""The ledger's tables. Money is integer minor units (cents), never floats; instants are UTC."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Column, DateTime, LargeBinary, Text, TypeDecorator, true
from sqlmodel import Field, SQLModel

from dunnerd.states import ClientKind, InvoiceStatus, ReminderState


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores aware datetimes as naive UTC (SQLite has no time zones) and returns them aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r} given where an aware one is required")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


def _utc_column(nullable: bool = True) -> Any:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=nullable))


class Client(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(index=True, unique=True)  # the short name the owner types: "acme"
    name: str
    emails: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    cc: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    language: str | None = None  # None: the owner's default
    timezone: str | None = None
    country: str | None = None
    phone: str = ""
    never_remind: bool = False
    grace_days: int = 0
    # Per-client step overrides: {"firm": {"days": 20, "template": "firm_soft", "skip": false}}
    step_overrides: dict[str, dict[str, Any]] = Field(
        default_factory=dict, sa_column=Column(JSON, nullable=False)
    )
    notes: str = ""
    created_at: dt.datetime | None = _utc_column()
    # An auto-reply said the client is away until this date: no reminder before the day after.
    hold_until: dt.date | None = None
    # Addresses that bounced: kept for the owner to fix; the client's escalation is paused.
    failing_emails: list[str] = Field(default_factory=list,
                                      sa_column=Column(JSON, nullable=False, server_default="[]"))
    # Who the client is, for the formal notice and the court (schema 3). Checked on the way in
    # (config.fields: SIREN, SIRET and VAT with python-stdnum); "" when unknown, never guessed.
    kind: str = Field(default=ClientKind.BUSINESS.value,  # a ClientKind value
                      sa_column=Column(Text, nullable=False, server_default="business"))
    legal_name: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    address: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    siren: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    siret: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    vat_number: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    # The late-payment penalties for this client (schema 4): a contractual rate in % ("": the
    # config's), the first step that names them ("": the config's; "never"), the 40 € on or off.
    penalty_rate: str = Field(default="", sa_column=Column(Text, nullable=False,
                                                           server_default=""))
    claim_penalties_from: str = Field(default="", sa_column=Column(Text, nullable=False,
                                                                   server_default=""))
    claim_indemnity: bool = Field(default=True, sa_column=Column(Boolean, nullable=False,
                                                                 server_default=true()))
    # Its legal form ("SARL", "SAS"...) for the court request (schema 8); "" when unknown.
    legal_form: str = Field(default="", sa_column=Column(Text, nullable=False,
                                                         server_default=""))


class Invoice(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(index=True, unique=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    issued: dt.date
    due: dt.date
    amount_cents: int  # minor units of `currency`
    paid_cents: int = 0
    currency: str = "EUR"
    status: InvoiceStatus = Field(default=InvoiceStatus.OPEN, index=True)
    promised_until: dt.date | None = None
    pdf_path: str | None = None
    message_id: str | None = None  # Message-ID of the email that carried the invoice
    created_at: dt.datetime | None = _utc_column()
    updated_at: dt.datetime | None = _utc_column()
    # A contractual late-payment rate in % for this invoice ("": the client's or the config's).
    penalty_rate: str = Field(default="", sa_column=Column(Text, nullable=False,
                                                           server_default=""))


class Reminder(SQLModel, table=True):
    """The outbox: one row per reminder, written before any attempt to send it."""

    id: int | None = Field(default=None, primary_key=True)
    invoice_id: int = Field(foreign_key="invoice.id", index=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    step: str
    planned_at: dt.datetime | None = _utc_column(nullable=False)
    state: ReminderState = Field(default=ReminderState.PLANNED, index=True)
    # Several invoices grouped into one email share one group key and one Message-ID.
    group_key: str | None = Field(default=None, index=True)
    message_id: str | None = Field(default=None, index=True)
    raw_message: bytes | None = None
    sha256: str | None = None
    attempts: int = 0
    next_attempt_at: dt.datetime | None = _utc_column()
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    smtp_reply: str | None = None
    sent_at: dt.datetime | None = _utc_column()
    sent_folder_uid: int | None = None


class Event(SQLModel, table=True):
    """The append-only audit trail: every state change, who or what caused it, when."""

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime | None = _utc_column(nullable=False)
    kind: str = Field(index=True)  # "invoice.paid", "invoice.imported", "reminder.recorded", ...
    actor: str  # "cli", "import", "daemon", "inbox"
    invoice_id: int | None = Field(default=None, foreign_key="invoice.id", index=True)
    client_id: int | None = Field(default=None, foreign_key="client.id", index=True)
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class InboundMessage(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    folder: str
    uidvalidity: int
    uid: int
    message_id: str | None = Field(default=None, index=True)
    received_at: dt.datetime | None = _utc_column()
    from_address: str | None = None
    subject: str | None = None
    kind: str | None = None
    evidence: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    invoice_id: int | None = Field(default=None, foreign_key="invoice.id")
    client_id: int | None = Field(default=None, foreign_key="client.id")
    raw: bytes | None = None
    quarantined: bool = False


class MailboxState(SQLModel, table=True):
    folder: str = Field(primary_key=True)
    uidvalidity: int
    last_uid: int = 0
    last_sync_at: dt.datetime | None = _utc_column()


class OwnerAlert(SQLModel, table=True):
    """One email to the owner about something that needs a human, deduplicated by `key`."""

    __tablename__ = "owner_alert"
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(index=True, unique=True)  # e.g. "event:123", "incident:smtp:2026-11-23"
    kind: str
    created_at: dt.datetime | None = _utc_column(nullable=False)
    subject: str
    body: str = Field(sa_column=Column(Text, nullable=False))
    event_id: int | None = Field(default=None, foreign_key="event.id")
    sent_at: dt.datetime | None = _utc_column()
    message_id: str | None = None
    attempts: int = 0
    last_error: str | None = None
    # One file sent with the alert (the formal notice's PDF), schema 4.
    attachment_name: str | None = None
    attachment: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))


class FormalNotice(SQLModel, table=True):
    """A formal notice (mise en demeure) as generated: the exact PDF and its SHA-256, for one
    client and the invoices it covers (formal_notice_invoice). Generated and sent are apart:
    `sent_on` and `lrar` come from the owner (`dunnerd notice sent`), and the notice's
    `deadline` (sent_on + legal.notice_days) is when the hand-off may come."""

    __tablename__ = "formal_notice"
    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    created_at: dt.datetime | None = _utc_column(nullable=False)
    actor: str  # "daemon" (the step came) or "cli" (on demand)
    language: str
    letter_date: dt.date
    file_name: str
    pdf: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    sha256: str
    summary: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    sent_on: dt.date | None = None
    lrar: str = ""
    deadline: dt.date | None = None
    email_message_id: str | None = None  # when dunnerd emailed it through the outbox


class FormalNoticeInvoice(SQLModel, table=True):
    __tablename__ = "formal_notice_invoice"
    notice_id: int = Field(foreign_key="formal_notice.id", primary_key=True)
    invoice_id: int = Field(foreign_key="invoice.id", primary_key=True, index=True)


class Dossier(SQLModel, table=True):
    """A hand-off dossier as built (schema 8): one ZIP for one client and the invoices it covers
    (dossier_invoice), written to `path`; its bytes are not kept here, their SHA-256 is. When
    it was emailed to the owner's agent (`[handoff] to`), the Message-ID of that email."""

    __tablename__ = "dossier"
    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    created_at: dt.datetime | None = _utc_column(nullable=False)
    actor: str  # "daemon" (the hand-off step came) or "cli"
    made_on: dt.date  # the dossier's date, in the client's time zone
    file_name: str
    path: str = Field(sa_column=Column(Text, nullable=False))  # where the ZIP was written
    size: int
    sha256: str
    # What the dossier says of itself: evidence problems, identity gaps, totals (JSON).
    summary: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    sent_to: str = ""
    email_message_id: str | None = None


class DossierInvoice(SQLModel, table=True):
    __tablename__ = "dossier_invoice"
    dossier_id: int = Field(foreign_key="dossier.id", primary_key=True)
    invoice_id: int = Field(foreign_key="invoice.id", primary_key=True, index=True)


class CourtOrder(SQLModel, table=True):
    """An order for payment (ordonnance portant injonction de payer) the owner obtained
    (schema 8): its date decides the service deadline (`service_by`, from the dated procedure
    table), and the day it was served starts the month for opposition."""

    __tablename__ = "court_order"
    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    created_at: dt.datetime | None = _utc_column(nullable=False)
    ordered_on: dt.date
    service_by: dt.date  # the order lapses if not served by then (CPC 1411)
    rule: str = Field(sa_column=Column(Text, nullable=False))  # the rule applied, with source
    served_on: dt.date | None = None
    reference: str = ""  # the court's number (n° RG), as the owner gives it


class CourtOrderInvoice(SQLModel, table=True):
    __tablename__ = "court_order_invoice"
    order_id: int = Field(foreign_key="court_order.id", primary_key=True)
    invoice_id: int = Field(foreign_key="invoice.id", primary_key=True, index=True)


class PaymentReview(SQLModel, table=True):
    """A payment dunnerd does not record on its own (schema 5): a trusted notice it could not
    match with certainty, an unverified notice, or a client saying they paid. The owner
    decides: `dunnerd payment confirm ID` records `proposal`, `reject ID` resumes what it
    paused. Nothing is recorded without the owner."""

    __tablename__ = "payment_review"
    id: int | None = Field(default=None, primary_key=True)
    created_at: dt.datetime | None = _utc_column(nullable=False)
    state: str = Field(default="pending", index=True)  # pending, confirmed, rejected
    source: str  # bank_notice, unverified_notice, client_claim
    client_id: int | None = Field(default=None, foreign_key="client.id", index=True)
    message_id: str | None = None
    sender: str | None = None
    amount_cents: int | None = None
    currency: str | None = None
    payer: str | None = None
    reference: str | None = None
    value_date: dt.date | None = None
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    # [{"invoice_id": 3, "number": "F-1", "cents": 12000}]: what `confirm` records
    proposal: list[dict[str, Any]] = Field(default_factory=list,
                                           sa_column=Column(JSON, nullable=False))
    evidence: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    decided_at: dt.datetime | None = _utc_column()
    decided_by: str | None = None
    note: str | None = Field(default=None, sa_column=Column(Text))


class SchemaVersion(SQLModel, table=True):
    __tablename__ = "schema_version"
    id: int = Field(default=1, primary_key=True)
    version: int
