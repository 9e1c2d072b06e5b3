"""Schema migrations: migration N takes a database at version N-1 to version N, inside one
transaction. A new database gets the current tables and the latest version at once. Never edit
a released migration: append one."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, LargeBinary, inspect, text
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from dunnerd.ledger.errors import StoreError
from dunnerd.ledger.models import PaymentReview

Migration = Callable[[Connection], None]


def _v2_holds_bounces_alerts(conn: Connection) -> None:
    conn.execute(text("ALTER TABLE client ADD COLUMN hold_until DATE"))
    conn.execute(text("ALTER TABLE client ADD COLUMN failing_emails JSON NOT NULL DEFAULT '[]'"))
    SQLModel.metadata.create_all(conn)  # the new owner_alert table; existing tables untouched


def _v3_client_identity(conn: Connection) -> None:
    for column, default in (("kind", "business"), ("legal_name", ""), ("address", ""),
                            ("siren", ""), ("siret", ""), ("vat_number", "")):
        conn.execute(text(f"ALTER TABLE client ADD COLUMN {column} TEXT NOT NULL "
                          f"DEFAULT '{default}'"))


def _v4_legal_path(conn: Connection) -> None:
    # Migration 2's create_all made any table missing then with today's columns: add only
    # the columns a table lacks.
    blob = str(LargeBinary().compile(dialect=conn.dialect))
    for table, column, kind in (
            ("client", "penalty_rate", "TEXT NOT NULL DEFAULT ''"),
            ("client", "claim_penalties_from", "TEXT NOT NULL DEFAULT ''"),
            ("client", "claim_indemnity", "BOOLEAN NOT NULL DEFAULT TRUE"),
            ("invoice", "penalty_rate", "TEXT NOT NULL DEFAULT ''"),
            ("owner_alert", "attachment_name", "TEXT"),
            ("owner_alert", "attachment", blob)):
        if table in inspect(conn).get_table_names() and column not in {
                c["name"] for c in inspect(conn).get_columns(table)}:
            conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {column} {kind}"))
    SQLModel.metadata.create_all(conn)  # formal_notice, formal_notice_invoice


def _v5_handoff_dossier(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":  # invoice.status is a native enum there
        conn.execute(text("ALTER TYPE invoicestatus ADD VALUE IF NOT EXISTS 'HANDED_OFF'"))
    if "legal_form" not in {c["name"] for c in inspect(conn).get_columns("client")}:
        conn.execute(text("ALTER TABLE client ADD COLUMN legal_form TEXT NOT NULL DEFAULT ''"))
    SQLModel.metadata.create_all(conn)  # dossier, dossier_invoice, court_order, its invoices


def _v6_payment_reviews(conn: Connection) -> None:
    # Only this table: create_all would also make tables that later migrations add.
    PaymentReview.__table__.create(conn, checkfirst=True)  # type: ignore[attr-defined]


MIGRATIONS: list[Migration] = [
    lambda conn: SQLModel.metadata.create_all(conn),  # 1: the first schema
    _v2_holds_bounces_alerts,  # 2: auto-reply holds, bounced addresses, owner alerts
    _v3_client_identity,  # 3: the client's kind, legal name, address, SIREN/SIRET, VAT number
    _v4_legal_path,  # 4: penalty settings, formal notices with their PDF, alert attachments
    _v5_handoff_dossier,  # 5: hand-off dossiers, court orders, the client's legal form
    _v6_payment_reviews,  # 6: payments the owner confirms or rejects
]


SCHEMA_VERSION = len(MIGRATIONS)


def migrate(engine: Engine) -> int:
    """Bring the schema to SCHEMA_VERSION; returns the version found before."""
    with engine.begin() as conn:
        tables = set(inspect(conn).get_table_names())
        if "schema_version" not in tables:
            if tables & {"client", "invoice"}:
                raise StoreError("database has dunnerd tables but no schema_version: not ours?")
            SQLModel.metadata.create_all(conn)
            conn.execute(text("INSERT INTO schema_version (id, version) VALUES (1, :v)"),
                         {"v": SCHEMA_VERSION})
            return 0
        found = conn.execute(text("SELECT version FROM schema_version WHERE id = 1")).scalar_one()
        if found > SCHEMA_VERSION:
            raise StoreError(
                f"database schema is version {found}, newer than this dunnerd ({SCHEMA_VERSION}):"
                " upgrade dunnerd"
            )
        for version in range(found + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[version - 1](conn)
            conn.execute(text("UPDATE schema_version SET version = :v WHERE id = 1"),
                         {"v": version})
        return int(found)
