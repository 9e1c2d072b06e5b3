"""Server incidents: what is failing now (shown in systemd's STATUS line at once), and one owner
alert for the whole incident if it lasts longer than `daemon.incident_after_seconds`."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable

from dunnerd.clock import Clock

log = logging.getLogger(__name__)

# (dedupe key, subject, body): records the owner alert; may raise (logged).
RecordAlert = Callable[[str, str, str], object]


class Incidents:
    def __init__(self, clock: Clock, alert_after: Callable[[], float], record: RecordAlert,
                 on_change: Callable[[], object]) -> None:
        self._clock = clock
        self._alert_after = alert_after
        self._record = record
        self._on_change = on_change
        self.problems: dict[str, str] = {}  # what -> one line for STATUS
        self._timers: dict[str, asyncio.TimerHandle] = {}

    def __contains__(self, what: str) -> bool:
        return what in self.problems

    def failing(self, what: str, problem: str) -> None:
        """A server is failing: show it in STATUS now; if it still fails after the configured
        delay, tell the owner, once for the whole incident."""
        if what in self.problems:
            return
        since = self._clock.now()
        self.problems[what] = f"{what} failing since {since:%Y-%m-%d %H:%M} UTC: {problem}"
        log.warning("%s failing: %s", what, problem)
        self._on_change()
        self._timers[what] = asyncio.get_running_loop().call_later(
            self._alert_after(), self._report, what, since, problem)

    def recovered(self, what: str) -> None:
        timer = self._timers.pop(what, None)
        if timer is not None:
            timer.cancel()
        if self.problems.pop(what, None) is not None:
            log.info("incident over: %s works again", what)
            self._on_change()

    def _report(self, what: str, since: dt.datetime, problem: str) -> None:
        if what not in self.problems:
            return
        try:
            self._record(
                f"{what}:{since.isoformat()}",
                f"dunnerd cannot reach the {what.upper()} server",
                f"Since {since:%Y-%m-%d %H:%M} UTC dunnerd cannot use the {what.upper()} server:"
                f"\n  {problem}\n\nIt keeps retrying by itself and catches up when the server is"
                " back; nothing is lost or sent twice. `dunnerd check` tests the connection.")
        except Exception:
            log.exception("cannot record the incident")
