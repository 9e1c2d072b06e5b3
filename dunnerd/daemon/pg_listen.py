"""The change hint over PostgreSQL: the CLI's NOTIFY (`Store.notify_change`), heard by LISTEN.

The datagram of changes.py reaches a daemon on the same machine only; with the ledger on
PostgreSQL the CLI may run on another, and the database itself carries the hint. One connection
of its own (autocommit) LISTENs, and the event loop watches its socket: nothing polls. A hint
proves nothing by itself: it only makes the daemon compare the newest Event id (changes.py).

A lost connection (the server restarted) is said once in the log and opened again at the
daemon's next safety-net look (every 30 s), which meanwhile is what sees the changes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any

from dunnerd.ledger.store import CHANGES_CHANNEL, Store

log = logging.getLogger(__name__)
CONNECT_SECONDS = 10


class PgChangeListener:
    """Calls `on_change` (on the event loop) whenever a NOTIFY comes on CHANGES_CHANNEL, and
    once when the connection is lost (a hint may have been lost with it)."""

    def __init__(self, store: Store, on_change: Callable[[], None]) -> None:
        self._store = store
        self._on_change = on_change
        self._conn: Any = None  # psycopg.Connection, imported with the extra only
        self._fd: int | None = None
        self._failing = False  # said once in the log until it works again

    @property
    def listening(self) -> bool:
        return self._conn is not None

    async def ensure_open(self) -> None:
        """LISTEN, unless already listening. Never raises: a failure is logged (once) and tried
        again at the next call."""
        if self._conn is not None:
            return
        try:
            conn = await asyncio.to_thread(self._connect)
        except Exception as exc:  # the driver's errors, OSError: the safety net remains
            if not self._failing:
                log.warning("cannot LISTEN for changes on PostgreSQL (%s): changes made from "
                            "another machine are seen within 30 s", _one_line(exc))
            self._failing = True
            return
        self._conn, self._fd = conn, conn.fileno()
        asyncio.get_running_loop().add_reader(self._fd, self._readable)
        if self._failing:
            log.info("listening for changes on PostgreSQL again")
        self._failing = False

    def close(self) -> None:
        conn, fd, self._conn, self._fd = self._conn, self._fd, None, None
        if fd is not None:
            with contextlib.suppress(Exception):
                asyncio.get_running_loop().remove_reader(fd)
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()

    def _connect(self) -> Any:
        import psycopg

        url = self._store.engine.url
        # Keywords, not the URL as a string: an error about the string would quote it.
        params: dict[str, Any] = {key: value if isinstance(value, str) else value[-1]
                                  for key, value in url.query.items()}
        params.update({key: value for key, value in (
            ("host", url.host), ("port", url.port), ("user", url.username),
            ("password", url.password), ("dbname", url.database)) if value is not None})
        conn = psycopg.connect(autocommit=True, connect_timeout=CONNECT_SECONDS, **params)
        try:
            conn.execute(f"LISTEN {CHANGES_CHANNEL}")
        except BaseException:
            conn.close()
            raise
        return conn

    def _readable(self) -> None:
        pgconn = self._conn.pgconn
        try:
            pgconn.consume_input()
        except Exception as exc:  # the server went away: hear nothing until reopened
            log.warning("lost the PostgreSQL LISTEN connection (%s): changes made from another "
                        "machine are seen within 30 s until it is back", _one_line(exc))
            self._failing = True
            self.close()
            self._on_change()
            return
        heard = False
        while pgconn.notifies() is not None:
            heard = True
        if heard:
            self._on_change()


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__
