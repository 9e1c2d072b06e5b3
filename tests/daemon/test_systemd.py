"""The systemd units (rated by systemd-analyze) and dunnerd.daemon.sdnotify (against a real
socket)."""

from __future__ import annotations

import asyncio
import os
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dunnerd.daemon import sdnotify
from tests.unavailable import unavailable

UNITS = Path(__file__).resolve().parents[2] / "systemd"
SYSTEM_UNIT = UNITS / "dunnerd.service"
USER_UNIT = UNITS / "dunnerd-user.service"
MAX_EXPOSURE = 2.0  # RELIABILITY.md, "systemd": "2.0 or lower"
ANALYZE_TIMEOUT = 60.0  # seconds; it takes well under one


# --- the units ------------------------------------------------------------------------------


@pytest.fixture
def analyze() -> str:
    """The systemd-analyze binary. Skipped where it is missing, except in CI, where a missing
    systemd-analyze would silently drop the check: there it fails (Debian package `systemd`)."""
    found = shutil.which("systemd-analyze")
    if found is None:
        unavailable("the unit's security check",
                    "systemd-analyze not installed (Debian package: systemd)")
    return found


def run_analyze(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=ANALYZE_TIMEOUT,
                          check=False, env=env, stdin=subprocess.DEVNULL)


def test_system_unit_exposure_is_at_most_2(analyze: str) -> None:
    done = run_analyze(analyze, "security", "--offline=yes", "--no-pager", str(SYSTEM_UNIT))
    found = re.search(r"Overall exposure level for dunnerd\.service: (\d+\.\d)", done.stdout)
    assert found, f"no exposure level in:\n{done.stdout}\n{done.stderr}"
    assert float(found.group(1)) <= MAX_EXPOSURE, done.stdout
    # The same check as systemd-analyze's own gate (exposure in tenths).
    gated = run_analyze(analyze, "security", "--offline=yes", "--no-pager",
                        f"--threshold={round(MAX_EXPOSURE * 10)}", str(SYSTEM_UNIT))
    assert gated.returncode == 0, gated.stdout + gated.stderr


def stub_program(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(0o755)


def test_system_unit_verifies(analyze: str, tmp_path: Path) -> None:
    # verify insists that ExecStart= exists: point it at a stub instead of /usr/local/bin.
    stub = tmp_path / "bin" / "dunnerd"
    stub_program(stub)
    text = SYSTEM_UNIT.read_text()
    assert "ExecStart=/usr/local/bin/dunnerd " in text
    unit = tmp_path / "dunnerd.service"
    unit.write_text(text.replace("/usr/local/bin/dunnerd", str(stub)))
    done = run_analyze(analyze, "verify", "--man=no", str(unit))
    # verify exits 0 on unknown keys and bad values, only warning: hold it to silence.
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr


def test_user_unit_verifies(analyze: str, tmp_path: Path) -> None:
    home, runtime = tmp_path / "home", tmp_path / "run"
    stub_program(home / ".local" / "bin" / "dunnerd")  # ExecStart=%h/.local/bin/dunnerd
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime)}
    done = run_analyze(analyze, "--user", "verify", "--man=no", str(USER_UNIT), env=env)
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr


def test_units_notify_and_reload_the_way_dunnerd_expects() -> None:
    for unit in (SYSTEM_UNIT, USER_UNIT):
        lines = set(unit.read_text().splitlines())
        for expected in ("Type=notify", "NotifyAccess=main", "WatchdogSec=60",
                         "ExecReload=/bin/kill -HUP $MAINPID", "Restart=on-failure",
                         "StateDirectory=dunnerd", "TimeoutStopSec=60"):
            assert expected in lines, f"{unit.name}: {expected}"


# --- sd_notify --------------------------------------------------------------------------------


@pytest.fixture
def short_dir() -> Iterator[Path]:
    # A unix socket path must fit in 108 bytes: pytest's tmp_path can be longer.
    with tempfile.TemporaryDirectory(prefix="dunnerd-sd") as name:
        yield Path(name)


@pytest.fixture
def receiver(short_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[socket.socket]:
    """systemd's end: a datagram socket at a path, named in $NOTIFY_SOCKET."""
    path = short_dir / "notify"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(str(path))
        sock.settimeout(5.0)
        monkeypatch.setenv("NOTIFY_SOCKET", str(path))
        yield sock


def received(sock: socket.socket) -> dict[str, str]:
    fields = sock.recv(65536).decode().split("\n")
    return dict(field.split("=", 1) for field in fields)


def test_ready_status_watchdog_arrive(receiver: socket.socket) -> None:
    assert sdnotify.notify_ready() is True
    assert received(receiver) == {"READY": "1"}
    assert sdnotify.notify_status("12 open invoices, next reminder 2026-12-01 09:00") is True
    assert received(receiver) == {"STATUS": "12 open invoices, next reminder 2026-12-01 09:00"}
    assert sdnotify.notify_watchdog() is True
    assert received(receiver) == {"WATCHDOG": "1"}
    assert sdnotify.notify_stopping() is True
    assert received(receiver) == {"STOPPING": "1"}


def test_ready_with_status_is_one_datagram(receiver: socket.socket) -> None:
    assert sdnotify.notify_ready("3 open invoices") is True
    assert received(receiver) == {"READY": "1", "STATUS": "3 open invoices"}


def test_reloading_carries_the_monotonic_time(receiver: socket.socket) -> None:
    before = time_usec()
    assert sdnotify.notify_reloading() is True
    fields = received(receiver)
    assert fields["RELOADING"] == "1"
    assert before <= int(fields["MONOTONIC_USEC"]) <= time_usec()


def time_usec() -> int:
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000


def test_a_line_break_cannot_add_a_field(receiver: socket.socket) -> None:
    assert sdnotify.notify_status("client said:\nREADY=1\r\nMAINPID=1") is True
    assert received(receiver) == {"STATUS": "client said: READY=1 MAINPID=1"}


def test_abstract_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    name = f"dunnerd-test-{secrets.token_hex(8)}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        sock.settimeout(5.0)
        monkeypatch.setenv("NOTIFY_SOCKET", "@" + name)
        assert sdnotify.notify_ready() is True
        assert received(sock) == {"READY": "1"}


def test_without_notify_socket_everything_is_a_no_op(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    assert sdnotify.notify_ready() is False
    assert sdnotify.notify_status("x") is False
    assert sdnotify.notify_watchdog() is False
    assert sdnotify.notify_reloading() is False
    assert sdnotify.notify_stopping() is False
    monkeypatch.setenv("NOTIFY_SOCKET", "")
    assert sdnotify.notify_ready() is False


@pytest.mark.parametrize("kind", ["missing", "not a socket", "nobody listening", "too long",
                                  "abstract, nobody listening", "nul byte"])
def test_a_broken_socket_returns_false(kind: str, short_dir: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    if kind == "missing":
        address = str(short_dir / "nowhere" / "notify")
    elif kind == "not a socket":
        address = str(short_dir / "file")
        Path(address).write_text("")
    elif kind == "nobody listening":
        address = str(short_dir / "gone")
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.bind(address)
    elif kind == "too long":
        address = str(short_dir / ("x" * 200))
    elif kind == "abstract, nobody listening":
        address = f"@dunnerd-test-{secrets.token_hex(8)}"
    else:
        address = f"{short_dir}/a\0b"
    # monkeypatch.setenv refuses a NUL byte, as os.environ does; patch the mapping instead.
    monkeypatch.setattr(os, "environ", {**os.environ, "NOTIFY_SOCKET": address})
    assert sdnotify.notify_ready() is False
    assert sdnotify.notify_watchdog() is False


# --- the watchdog -----------------------------------------------------------------------------

PID = str(os.getpid())


@pytest.mark.parametrize(("env", "expected"), [
    ({}, None),
    ({"WATCHDOG_USEC": "60000000"}, 30.0),
    ({"WATCHDOG_USEC": "60000000", "WATCHDOG_PID": PID}, 30.0),
    ({"WATCHDOG_USEC": "100000"}, 0.05),
    ({"WATCHDOG_USEC": "60000000", "WATCHDOG_PID": str(int(PID) + 1)}, None),
    ({"WATCHDOG_USEC": "60000000", "WATCHDOG_PID": "self"}, None),
    ({"WATCHDOG_USEC": ""}, None),
    ({"WATCHDOG_USEC": "60s"}, None),
    ({"WATCHDOG_USEC": "0"}, None),
    ({"WATCHDOG_USEC": "-1000000"}, None),
    ({"WATCHDOG_PID": PID}, None),
])
def test_watchdog_interval(env: dict[str, str], expected: float | None) -> None:
    assert sdnotify.watchdog_interval(env) == expected


def test_watchdog_interval_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", "20000000")
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    assert sdnotify.watchdog_interval() == 10.0


async def test_heartbeat_pings_at_the_interval(receiver: socket.socket) -> None:
    receiver.setblocking(False)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    task = asyncio.create_task(sdnotify.watchdog_heartbeat(stop, 0.05))
    arrivals = []
    try:
        async with asyncio.timeout(5):
            for _ in range(4):
                assert await loop.sock_recv(receiver, 1024) == b"WATCHDOG=1"
                arrivals.append(loop.time())
    finally:
        stop.set()
    async with asyncio.timeout(5):
        await task
    gaps = [b - a for a, b in zip(arrivals, arrivals[1:], strict=False)]
    assert all(gap >= 0.04 for gap in gaps), gaps  # paced, not a hot loop


async def test_heartbeat_stops_at_once_when_asked(receiver: socket.socket) -> None:
    receiver.setblocking(False)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    # A long interval: returning within a second proves it waits on `stop`, not on a timer.
    task = asyncio.create_task(sdnotify.watchdog_heartbeat(stop, 3600))
    async with asyncio.timeout(5):
        assert await loop.sock_recv(receiver, 1024) == b"WATCHDOG=1"
    stop.set()
    async with asyncio.timeout(1):
        await task


async def test_heartbeat_without_systemd_runs_and_stops(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    stop = asyncio.Event()
    task = asyncio.create_task(sdnotify.watchdog_heartbeat(stop, 0.01))
    await asyncio.sleep(0.05)  # a few intervals of nothing to send, and no exception
    assert not task.done()
    stop.set()
    async with asyncio.timeout(1):
        await task


async def test_heartbeat_with_stop_already_set_returns_without_pinging(
        receiver: socket.socket) -> None:
    stop = asyncio.Event()
    stop.set()
    async with asyncio.timeout(1):
        await sdnotify.watchdog_heartbeat(stop, 0.01)
    receiver.setblocking(False)
    with pytest.raises(BlockingIOError):
        receiver.recv(1024)
