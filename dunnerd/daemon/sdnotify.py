"""Tell systemd what the daemon is doing: readiness, status, reloads, stopping, watchdog pings.

The sd_notify protocol is one datagram of `KEY=value` lines sent to the unix socket named by
$NOTIFY_SOCKET (a path, or an abstract name written "@name"). A dozen lines of socket code are
simpler than a dependency, as synapse found (`synapse/app/_base.py`). Nothing here ever raises:
outside systemd $NOTIFY_SOCKET is unset and every call is a no-op that returns False, and a
notification that cannot be delivered is logged at debug level and dropped — the daemon's work
matters more than systemd's view of it.

The environment is read at each call, not at import, so tests and `dunnerd run` started by hand
behave alike.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
from collections.abc import Mapping

log = logging.getLogger(__name__)

# A send to a live systemd returns at once. The bound keeps a wedged receiver (its queue full)
# from blocking the event loop for long: losing one ping or status line is better.
SEND_TIMEOUT = 1.0  # seconds


def notify(**fields: str | int) -> bool:
    """Send `fields` as one notification, e.g. `notify(READY=1, STATUS="12 open invoices")`.

    True when the datagram was handed to the socket; False when $NOTIFY_SOCKET is unset, or
    the message could not be sent. Never raises. Line breaks inside a value become spaces: the
    protocol is one field per line."""
    address = os.environ.get("NOTIFY_SOCKET", "")
    if not address or not fields:
        return False
    try:
        message = "\n".join(f"{key}={_one_line(value)}" for key, value in fields.items())
        if address.startswith("@"):  # an abstract socket: its name starts with a NUL byte
            address = "\0" + address[1:]
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.settimeout(SEND_TIMEOUT)
            sock.connect(address)
            sock.sendall(message.encode("utf-8"))
        return True
    except Exception as exc:  # the contract is "never raises": whatever went wrong, drop it
        log.debug("sd_notify to %s failed: %s", address.replace("\0", "@"), exc)
        return False


def _one_line(value: str | int) -> str:
    return " ".join(str(value).splitlines())


def notify_ready(status: str | None = None) -> bool:
    """READY=1: start-up is complete (database open, outbox settled, inbox resynced,
    schedule loaded), or a reload is over. With `status`, the STATUS= line goes in the same
    datagram."""
    if status is None:
        return notify(READY=1)
    return notify(READY=1, STATUS=status)


def notify_status(text: str) -> bool:
    """STATUS=: a one-line summary shown by `systemctl status dunnerd`."""
    return notify(STATUS=text)


def notify_reloading() -> bool:
    """RELOADING=1, sent when SIGHUP arrives; send notify_ready() once the reload is done, also
    when the new config was refused and the old one keeps running. MONOTONIC_USEC (the
    CLOCK_MONOTONIC time of the reload) is what systemd ≥ 253 requires for Type=notify-reload;
    older managers and Type=notify ignore it."""
    return notify(RELOADING=1, MONOTONIC_USEC=time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000)


def notify_stopping() -> bool:
    """STOPPING=1: shutdown has begun (SIGTERM received); the drain follows."""
    return notify(STOPPING=1)


def notify_watchdog() -> bool:
    """WATCHDOG=1: one keep-alive ping. See `watchdog_heartbeat` for who should send it."""
    return notify(WATCHDOG=1)


def watchdog_interval(environ: Mapping[str, str] | None = None) -> float | None:
    """How often to ping, in seconds: half of $WATCHDOG_USEC (systemd's advice, so a late ping
    still arrives in time). None when the watchdog is off: $WATCHDOG_USEC unset, not a positive
    integer, or $WATCHDOG_PID set to another process's id (the variables were inherited from a
    parent that systemd watches, not meant for this process)."""
    env = os.environ if environ is None else environ
    watched_pid = env.get("WATCHDOG_PID", "")
    if watched_pid:
        try:
            if int(watched_pid) != os.getpid():
                return None
        except ValueError:
            return None
    try:
        usec = int(env.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    if usec <= 0:
        return None
    return usec / 1_000_000 / 2


async def watchdog_heartbeat(stop: asyncio.Event, interval: float) -> None:
    """Ping the watchdog every `interval` seconds until `stop` is set, then return at once.

    Run it as a task on the daemon's own event loop, not in a thread: a loop that is stuck (a
    blocking call, a busy callback) stops pinging, and systemd kills and restarts the daemon
    after WatchdogSec=."""
    while not stop.is_set():
        notify_watchdog()
        try:
            async with asyncio.timeout(interval):
                await stop.wait()
        except TimeoutError:
            continue
