"""On PostgreSQL a change made with the CLI reaches the daemon through the database (NOTIFY and
LISTEN), also from a machine whose datagram cannot reach the daemon's socket."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import make_url, text

from dunnerd.clock import SystemClock
from dunnerd.daemon.pg_listen import PgChangeListener
from dunnerd.ledger.store import Store
from dunnerd.states import ReminderState
from tests.daemon.rig import DaemonRig, add_invoices, wait_until
from tests.databases.postgres import PostgresServer
from tests.mailservers.dovecot import DovecotServer
from tests.mailservers.smtp import SmtpServer


@pytest.fixture
def pg_url(postgres: PostgresServer) -> Iterator[str]:
    url = postgres.create_database()
    try:
        yield url
    finally:
        postgres.drop_database(url)


class Hints:
    """Counts the listener's calls; `reach(n)` waits (10 s at most) for the n-th."""

    def __init__(self) -> None:
        self.count = 0
        self._event = asyncio.Event()

    def __call__(self) -> None:
        self.count += 1
        self._event.set()

    async def reach(self, count: int) -> None:
        async with asyncio.timeout(10):
            while self.count < count:
                self._event.clear()
                await self._event.wait()


async def test_a_notify_from_another_store_is_heard_and_a_lost_connection_is_reopened(
        pg_url: str, caplog: pytest.LogCaptureFixture) -> None:
    daemon_store, cli_store = Store(pg_url, SystemClock()), Store(pg_url, SystemClock())
    heard = Hints()
    listener = PgChangeListener(daemon_store, heard)
    try:
        await listener.ensure_open()
        assert listener.listening
        cli_store.notify_change()
        await heard.reach(1)

        # The server drops the connection: said once, one hint (something may be lost), and
        # the next ensure_open() listens again.
        with cli_store.engine.begin() as conn:
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE query LIKE 'LISTEN %' AND pid <> pg_backend_pid()"))
        await heard.reach(2)
        assert not listener.listening
        assert "lost the PostgreSQL LISTEN connection" in caplog.text
        await listener.ensure_open()
        assert listener.listening
        cli_store.notify_change()
        await heard.reach(3)
    finally:
        listener.close()
        daemon_store.close()
        cli_store.close()


async def test_a_refused_login_is_said_once_without_the_password(
        pg_url: str, caplog: pytest.LogCaptureFixture) -> None:
    canary = "canary-pw-4f9d2e"
    refused = make_url(pg_url).set(password=canary)
    store: Any = SimpleNamespace(engine=SimpleNamespace(url=refused))  # all it reads
    listener = PgChangeListener(store, lambda: None)
    caplog.set_level(logging.WARNING, logger="dunnerd")
    for _ in range(2):
        await listener.ensure_open()
        assert not listener.listening
    assert caplog.text.count("cannot LISTEN for changes on PostgreSQL") == 1
    assert "password authentication failed" in caplog.text
    assert canary not in caplog.text


def test_sqlite_sends_no_notify(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'ledger.sqlite3'}", SystemClock())
    try:
        assert not store.is_postgresql
        store.notify_change()  # nothing to tell, nothing raised
    finally:
        store.close()


@pytest.mark.mailserver
def test_a_change_from_another_machine_reaches_the_daemon_through_postgresql(
        tmp_path: Path, dovecot: DovecotServer, smtp_server: SmtpServer, pg_url: str) -> None:
    rig = DaemonRig(tmp_path, dovecot, smtp_server, database_url=pg_url)
    # The CLI elsewhere: the same ledger, but its own state directory, so its datagram to the
    # daemon's socket goes nowhere. The daemon's safety-net look is every 30 s.
    elsewhere = tmp_path / "elsewhere.toml"
    elsewhere.write_text(rig.config.read_text().replace(
        f'state_dir = "{tmp_path / "state"}"', f'state_dir = "{tmp_path / "elsewhere"}"'))
    elsewhere.chmod(0o600)
    try:
        daemon = rig.start_ready()
        rig.config, own = elsewhere, rig.config
        add_invoices(rig, tmp_path, {"N3": 3})
        wait_until(lambda: ("N3", "friendly", ReminderState.FILED) in rig.reminders(), 10,
                   f"the reminder of an invoice added elsewhere: {rig.log.read_text()[-3000:]}")
        rig.config = own
        assert rig.stop(daemon) == 0
    finally:
        rig.cleanup()
