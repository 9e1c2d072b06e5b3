"""APScheduler as an alarm clock, nothing more.

A job is only a wake-up: when it fires, the daemon asks the database what is due. Jobs live in
memory and are rebuilt from the database at start and after every change, so a crash loses
nothing and a job store never disagrees with the ledger (see RELIABILITY.md: APScheduler 3 marks
a run done when it submits it, deletes jobs it cannot unpickle, and follows wall-clock time
across DST). Only date triggers, in UTC, computed by the policy.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Iterable

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger

log = logging.getLogger(__name__)

WakeHandler = Callable[[], Awaitable[None]]


class WakeUpSchedule:
    def __init__(self, on_wake: WakeHandler) -> None:
        self._on_wake = on_wake
        self._scheduler = AsyncIOScheduler(timezone=dt.UTC)
        self._instants: tuple[dt.datetime, ...] = ()

    def start(self) -> None:
        """Start on the running event loop."""
        self._scheduler.start()

    def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def rebuild(self, instants: Iterable[dt.datetime]) -> None:
        """Replace every wake-up with one per distinct instant (UTC, aware). Instants are
        rounded up to the second: a wake-up that fires early finds nothing due yet."""
        wanted = tuple(sorted({_ceil_second(i.astimezone(dt.UTC)) for i in instants}))
        # Always rebuilt: a job that has fired is gone from APScheduler even when the wanted
        # instants look the same as last time.
        self._scheduler.remove_all_jobs()
        for instant in wanted:
            self._scheduler.add_job(
                self._on_wake,
                DateTrigger(run_date=instant, timezone=dt.UTC),
                id=f"wake-{instant.isoformat()}",
                replace_existing=True,
                coalesce=True,
                max_instances=1,
                misfire_grace_time=None,  # a wake-up that is late still runs: the ledger decides
            )
        self._instants = wanted
        log.debug("wake-ups rebuilt count=%d next=%s", len(wanted),
                  wanted[0].isoformat() if wanted else "none")

    @property
    def next_wake(self) -> dt.datetime | None:
        return self._instants[0] if self._instants else None


def _ceil_second(instant: dt.datetime) -> dt.datetime:
    if instant.microsecond:
        return instant.replace(microsecond=0) + dt.timedelta(seconds=1)
    return instant

