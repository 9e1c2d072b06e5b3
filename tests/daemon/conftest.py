"""Fixtures of the daemon tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.daemon.rig import DaemonRig
from tests.mailservers.dovecot import DovecotServer
from tests.mailservers.smtp import SmtpServer


@pytest.fixture
def rig(tmp_path: Path, dovecot: DovecotServer, smtp_server: SmtpServer,
        database_url: str) -> Iterator[DaemonRig]:
    """A daemon on SQLite, and one on PostgreSQL (tests/databases/fixtures.py)."""
    made = DaemonRig(tmp_path, dovecot, smtp_server, database_url=database_url)
    yield made
    made.cleanup()
