"""What every command shares: the context (config, clock, the store opened on first use, the
consoles), the error a user can fix, the exit statuses, and the parsing of dates and `--now`.

Light on purpose: `dunnerd --help` imports this module and nothing that touches the database."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, cast

from dunnerd.clock import Clock, FixedClock, SystemClock

if TYPE_CHECKING:
    from rich.console import Console

    from dunnerd.config.schema import Config
    from dunnerd.ledger.models import Client
    from dunnerd.ledger.store import Store

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class LazyConsole:
    """A rich Console made on its first use. `dunnerd run` prints nothing through it (the
    daemon logs), so the daemon never loads rich: about 4.5 MB of its resident memory."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._console: Console | None = None

    def __getattr__(self, name: str) -> Any:
        if self._console is None:
            from rich.console import Console

            self._console = Console(**self._options)
        return getattr(self._console, name)


def lazy_console(**options: Any) -> Console:
    return cast("Console", LazyConsole(**options))


class CommandError(Exception):
    """A problem the user can fix; printed as one line, exit status 1."""


class Context:
    """What every command gets: the config, the clock, the store (opened on first use)."""

    def __init__(self, config: Config, clock: Clock, out: Console, err: Console) -> None:
        self.config = config
        self.clock = clock
        self.out = out
        self.err = err
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            from dunnerd.ledger.store import Store

            self._store = Store(self.config.database_url, self.clock)
        return self._store

    def today_for(self, client: Client) -> dt.date:
        from dunnerd.ledger.views import local_today

        return local_today(client, self.config.owner.timezone, self.clock.now())

    def close(self) -> None:
        if self._store is not None:
            # A running daemon plans again at once if this command changed the ledger: told
            # through PostgreSQL (from any machine) and through its socket (on this one).
            self._store.notify_change()
            self._store.close()
            from dunnerd.daemon.changes import notify_daemon

            notify_daemon(self.config.state_dir)

    def print_json(self, data: Any) -> None:
        self.out.print_json(json.dumps(data, ensure_ascii=False), highlight=False)

    def say(self, line: str) -> None:
        """Print one line as it is: no markup, no highlighting (ledger text is not markup)."""
        self.out.print(line, markup=False, highlight=False)


Handler = Callable[[Context, argparse.Namespace], int]
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def parse_date(option: str, text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{option} {text!r}: expected an ISO date such as 2026-12-31") \
            from None


def parse_payment(option: str, text: str, currency: str) -> int:
    """A payment's amount in minor units: a plain decimal above zero, or CommandError."""
    from dunnerd.ledger.money import MoneyError, parse_amount

    try:
        cents = parse_amount(text, currency)
    except MoneyError as exc:
        raise CommandError(str(exc)) from None
    if cents <= 0:
        raise CommandError(f"{option} {text!r}: must be greater than zero")
    return cents


def clock_from(now_text: str | None) -> Clock:
    """The system clock, or a fixed one from `--now` (a what-if forecast, and tests)."""
    if not now_text:
        return SystemClock()
    try:
        instant = dt.datetime.fromisoformat(now_text)
    except ValueError:
        raise CommandError(f"--now {now_text!r}: expected ISO 8601, e.g. 2026-11-23T10:00Z") \
            from None
    if instant.tzinfo is None:
        raise CommandError(f"--now {now_text!r}: give an offset, e.g. 2026-11-23T10:00+01:00")
    return FixedClock(instant)
