"""dunnerd.mail.watcher against the real Dovecot of tests/mailservers/."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from typing import Any

import pytest

from dunnerd.mail.imap import FetchedMessage, ImapSession, MailboxCursor, MailboxError
from dunnerd.mail.watcher import InboxWatcher
from tests.mail.helpers import Proxy, doveadm, kill_socket, make_raw, make_session, message_id_of
from tests.mailservers.dovecot import DovecotServer, free_ports

pytestmark = pytest.mark.mailserver


# -- InboxWatcher --------------------------------------------------------------------------


class Ledger:
    """What the daemon's store would do: keep the cursor and the messages, durably."""

    def __init__(self) -> None:
        self.cursor: MailboxCursor | None = None
        self.ids: list[str] = []
        self.resets = 0
        self.states: list[tuple[str, str | None]] = []
        self._changed = asyncio.Event()

    async def load(self) -> MailboxCursor | None:
        return self.cursor

    async def record(
        self, cursor: MailboxCursor, messages: list[FetchedMessage], reset: bool
    ) -> None:
        known = set(self.ids)
        self.resets += reset
        for message in messages:
            message_id = message_id_of(message.raw)
            if reset and message_id in known:
                continue  # what the daemon does on a rescan: dedup by Message-ID
            self.ids.append(message_id)
        self.cursor = cursor
        self._changed.set()

    def on_state(self, state: str, reason: str | None) -> None:
        self.states.append((state, reason))

    async def wait_for(self, count: int, within: float = 10) -> None:
        await self.wait_until(lambda: len(self.ids) >= count, within)

    async def wait_until(self, condition: Callable[[], bool], within: float = 10) -> None:
        async with asyncio.timeout(within):
            while not condition():
                self._changed.clear()
                await self._changed.wait()


def make_watcher(factory: Callable[[], ImapSession], ledger: Ledger, **kwargs: Any) -> InboxWatcher:
    kwargs.setdefault("idle_seconds", 30)
    return InboxWatcher(
        factory, "INBOX", ledger.load, ledger.record, on_state=ledger.on_state, **kwargs
    )


@contextlib.asynccontextmanager
async def running(watcher: InboxWatcher, stop_within: float = 3) -> Any:
    stop = asyncio.Event()
    task = asyncio.create_task(watcher.run(stop))
    try:
        yield task
    finally:
        stop.set()
        started = time.monotonic()
        async with asyncio.timeout(10):
            await task
        assert time.monotonic() - started < stop_within, "stop was not honoured promptly"


async def deliver(dovecot: DovecotServer, count: int, prefix: str) -> list[str]:
    raws = [make_raw(f"{prefix}{i}") for i in range(count)]
    for raw in raws:
        await asyncio.to_thread(dovecot.deliver, "owner", raw)
    return [message_id_of(raw) for raw in raws]


async def test_watcher_hands_over_every_message_once(clean_mailboxes: DovecotServer) -> None:
    ledger = Ledger()
    watcher = make_watcher(lambda: make_session(clean_mailboxes), ledger)
    before = await deliver(clean_mailboxes, 2, "before")
    await watcher.sync_once()  # start-up: the inbox resync finishes before anything is sent
    assert ledger.ids == before and ledger.resets == 1
    async with running(watcher):
        during = await deliver(clean_mailboxes, 3, "during")
        await ledger.wait_for(5, within=15)  # IDLE, not the 30 s timer, brings them
    assert ledger.ids == before + during
    assert ledger.states == [("connected", None)]

    # A restart resumes from the stored cursor: nothing again, then only what is new.
    after = await deliver(clean_mailboxes, 1, "after")
    restarted = make_watcher(lambda: make_session(clean_mailboxes), ledger)
    try:
        await restarted.sync_once()
    finally:
        await restarted.close()
    assert ledger.ids == before + during + after and ledger.resets == 1


async def test_a_crash_in_on_messages_refetches_and_never_skips(
    clean_mailboxes: DovecotServer,
) -> None:
    ledger = Ledger()

    async def crash(cursor: MailboxCursor, messages: list[FetchedMessage], reset: bool) -> None:
        raise RuntimeError("store is gone")

    ids = await deliver(clean_mailboxes, 2, "m")
    crashing = InboxWatcher(lambda: make_session(clean_mailboxes), "INBOX", ledger.load, crash)
    async with asyncio.timeout(5):
        with pytest.raises(RuntimeError, match="store is gone"):
            await crashing.run(asyncio.Event())  # the error propagates; the socket is closed
    restarted = make_watcher(lambda: make_session(clean_mailboxes), ledger)
    try:
        await restarted.sync_once()
    finally:
        await restarted.close()
    assert ledger.ids == ids


@pytest.mark.parametrize("how", ["reset", "kick"])
async def test_watcher_reconnects_and_misses_nothing(
    clean_mailboxes: DovecotServer, how: str
) -> None:
    ledger = Ledger()
    sessions: list[ImapSession] = []

    def factory() -> ImapSession:
        sessions.append(make_session(clean_mailboxes))
        return sessions[-1]

    watcher = make_watcher(factory, ledger)
    async with running(watcher):
        first = await deliver(clean_mailboxes, 1, "first")
        await ledger.wait_for(1)
        if how == "reset":
            kill_socket(sessions[0])
        else:
            await asyncio.to_thread(doveadm, clean_mailboxes, "kick", "owner")
        lost = await deliver(clean_mailboxes, 2, "while-down")
        await ledger.wait_for(3)
        later = await deliver(clean_mailboxes, 1, "later")
        await ledger.wait_for(4)
    assert ledger.ids == first + lost + later
    assert [state for state, _ in ledger.states] == ["connected", "disconnected", "connected"]
    assert f"{clean_mailboxes.host}:{clean_mailboxes.imaps_port}" in str(ledger.states[1][1])
    assert len(sessions) == 2


async def test_watcher_survives_a_black_holed_connection(clean_mailboxes: DovecotServer) -> None:
    ledger = Ledger()
    with Proxy(clean_mailboxes.host, clean_mailboxes.imaps_port) as proxy:

        def factory() -> ImapSession:
            return make_session(clean_mailboxes, timeout=1.0, port=proxy.port)

        # Short IDLE cycles and timeouts stand in for the daemon's 240 s and 30 s.
        watcher = make_watcher(factory, ledger, idle_seconds=1.0)
        async with running(watcher):
            await ledger.wait_until(lambda: ledger.cursor is not None)
            await asyncio.sleep(0.3)  # into IDLE
            proxy.black_hole()  # packets vanish; no FIN, no RST
            lost = await deliver(clean_mailboxes, 2, "unseen")
            await ledger.wait_for(2, within=10)
    assert ledger.ids == lost
    assert [state for state, _ in ledger.states] == ["connected", "disconnected", "connected"]


async def test_watcher_backs_off_while_the_server_is_down(dovecot: DovecotServer) -> None:
    (port,) = free_ports(1)
    ledger = Ledger()
    attempts: list[float] = []

    def factory() -> ImapSession:
        attempts.append(time.monotonic())
        return make_session(dovecot, port=port)

    watcher = make_watcher(factory, ledger, backoff_max=2)
    async with running(watcher, stop_within=1):
        await asyncio.sleep(3.5)
    gaps = [round(b - a) for a, b in zip(attempts, attempts[1:], strict=False)]
    assert gaps == [1, 2]  # 1, 2, then capped at 2 (the third would come at 5 s)
    assert [state for state, _ in ledger.states] == ["disconnected"]  # once per incident


async def test_sync_once_raises_when_unreachable(dovecot: DovecotServer) -> None:
    (port,) = free_ports(1)
    watcher = make_watcher(lambda: make_session(dovecot, port=port), Ledger())
    with pytest.raises(MailboxError, match="connecting failed"):
        await watcher.sync_once()
    await watcher.close()
