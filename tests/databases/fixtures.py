"""pytest fixtures for the ledger's two databases; enabled in tests/conftest.py.

- `postgres` (session): a private PostgreSQL on loopback (`PostgresServer`).
- `database_url` (function, parametrized "sqlite" and "postgresql"): a fresh empty database.
  Every test that takes it, or the `store` fixture built on it, runs on both.

Without PostgreSQL (or psycopg) the postgresql runs skip with the reason, except in CI
(CI=true), where they fail: CI must run them (scripts/install-test-deps.sh installs both).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

from tests.unavailable import unavailable

from .postgres import PostgresError, PostgresServer, find_bindir, remove

BACKENDS = ["sqlite", "postgresql"]


def _unavailable(reason: str) -> NoReturn:
    unavailable("PostgreSQL tests", reason)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    if find_bindir() is None:
        _unavailable("PostgreSQL is not installed (run scripts/install-test-deps.sh as root)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg is not installed (pip install -e '.[test,postgresql]')")
    workdir = Path(tempfile.mkdtemp(prefix="dunnerd-pg-"))
    try:
        server = PostgresServer.start(workdir)
    except PostgresError as exc:
        remove(workdir)
        _unavailable(str(exc))
    try:
        yield server
    finally:
        server.stop()
        remove(workdir)


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ledger.sqlite3'}"
        return
    server: PostgresServer = request.getfixturevalue("postgres")
    url = server.create_database()
    try:
        yield url
    finally:
        server.drop_database(url)
