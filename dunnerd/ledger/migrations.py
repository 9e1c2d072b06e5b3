"""Schema migrations: migration N takes a database at version N-1 to version N, inside one
transaction. A new database gets the current tables and the latest version at once. Never edit
a released migration: append one."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, inspect, text
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


def _v5_payment_reviews(conn: Connection) -> None:
    # Only this table: create_all would also make tables that later migrations add.
    PaymentReview.__table__.create(conn, checkfirst=True)  # type: ignore[attr-defined]


MIGRATIONS: list[Migration] = [
    lambda conn: SQLModel.metadata.create_all(conn),  # 1: the first schema
    _v2_holds_bounces_alerts,  # 2: auto-reply holds, bounced addresses, owner alerts
    _v3_client_identity,  # 3: the client's kind, legal name, address, SIREN/SIRET, VAT number
    _v5_payment_reviews,  # 5: payments the owner confirms or rejects (4 and 6: other branches)
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
