"""Lost notifications: mail delivered at each point where an IDLE client can miss it, each at the
exact protocol step (a hook delivers over LMTP, synchronously, from inside the step), never by
sleeping and hoping. RELIABILITY.md "Watching the inbox", imapclient issue 150.

The watch renews its IDLE only every `IDLE_SECONDS`, far longer than the wait for the message:
a message that is only found at the renewal fails the test. Dovecot holds an IDLE notification
back about half a second; `SEEN_WITHIN` leaves a busy machine room on top of that.

`DUNNERD_RACE_RUNS=200` repeats each test 200 times in one session (the suite runs each once).
"""

from __future__ import annotations

import asyncio
import os
import time
from typing import Any

import pytest

from dunnerd.mail.imap import FetchedMessage, ImapSession, MailboxCursor
from tests.mail.helpers import kill_socket, make_raw, make_session, message_id_of
from tests.mail.test_watcher import Ledger, make_watcher, running
from tests.mailservers.dovecot import DovecotServer

pytestmark = pytest.mark.mailserver

RUNS = range(int(os.environ.get("DUNNERD_RACE_RUNS", "1")))
IDLE_SECONDS = 120.0
SEEN_WITHIN = 8.0


def deliver_after(obj: Any, name: str, deliver: Any, *, before: bool = False,
                  times: int = 1) -> None:
    """Make `obj.name` deliver a message right after (or before) its next `times` calls."""
    original = getattr(obj, name)
    left = [times]

    def hooked(*args: Any, **kwargs: Any) -> Any:
        if before and left[0] > 0:
            left[0] -= 1
            deliver()
            return original(*args, **kwargs)
        result = original(*args, **kwargs)
        if not before and left[0] > 0:
            left[0] -= 1
            deliver()
        return result

    setattr(obj, name, hooked)


# -- the session: ImapSession.idle ---------------------------------------------------------


@pytest.mark.parametrize("run", RUNS)
def test_mail_between_a_fetch_and_idle_ends_the_idle_at_once(
    session: ImapSession, clean_mailboxes: DovecotServer, run: int
) -> None:
    """Dovecot answers IDLE with "+ idling" and, in the same write, the EXISTS of what came
    since the last command: imaplib's reader takes both off the socket."""
    cursor, _, _ = session.fetch_new(None, "INBOX")
    raw = make_raw(f"between fetch and idle {run}")
    clean_mailboxes.deliver("owner", raw)
    started = time.monotonic()
    assert session.idle("INBOX", IDLE_SECONDS)
    assert time.monotonic() - started < SEEN_WITHIN
    _, messages, _ = session.fetch_new(cursor, "INBOX")
    assert [message_id_of(m.raw) for m in messages] == [message_id_of(raw)]


@pytest.mark.parametrize("run", RUNS)
def test_mail_between_done_and_the_next_idle_is_reported(
    session: ImapSession, clean_mailboxes: DovecotServer, run: int
) -> None:
    """Delivered after DONE, before the NOOP that follows it: announced once, with the NOOP's
    answer. idle() must say so, or a caller going back into IDLE waits for nothing."""
    cursor, _, _ = session.fetch_new(None, "INBOX")
    deliver_after(session._require(), "noop", before=True, deliver=lambda: (
        clean_mailboxes.deliver("owner", make_raw(f"between done and idle {run}"))))
    assert session.idle("INBOX", 0.2), "announced with the NOOP after DONE"
    _, messages, _ = session.fetch_new(cursor, "INBOX")
    assert len(messages) == 1


# -- the watch: InboxWatcher ---------------------------------------------------------------


@pytest.mark.parametrize("run", RUNS)
async def test_the_watch_sees_mail_delivered_between_its_fetch_and_idle(
    clean_mailboxes: DovecotServer, run: int
) -> None:
    ledger = Ledger()
    late = make_raw(f"late {run}")

    def factory() -> ImapSession:
        opened = make_session(clean_mailboxes)
        deliver_after(opened, "fetch_new", lambda: clean_mailboxes.deliver("owner", late))
        return opened

    watcher = make_watcher(factory, ledger, idle_seconds=IDLE_SECONDS)
    async with running(watcher):
        await ledger.wait_for(1, within=SEEN_WITHIN)
    assert ledger.ids == [message_id_of(late)]


@pytest.mark.parametrize("run", RUNS)
async def test_the_watch_sees_mail_delivered_during_a_sent_copy_append(
    clean_mailboxes: DovecotServer, run: int
) -> None:
    """The daemon files Sent copies on another connection while it handles what the watch
    handed over; a reply delivered during that APPEND is announced when the watch goes back
    into IDLE, with the "+ idling"."""
    ledger = Ledger()
    sent = make_session(clean_mailboxes)
    await asyncio.to_thread(sent.connect)
    first, reply = make_raw(f"first {run}"), make_raw(f"reply during append {run}")
    deliver_after(sent._require(), "append", before=True,
                  deliver=lambda: clean_mailboxes.deliver("owner", reply))

    async def record_then_file(cursor: MailboxCursor, messages: list[FetchedMessage],
                               reset: bool) -> None:
        await ledger.record(cursor, messages, reset)
        if messages and messages[0].raw.endswith(first.split(b"\r\n\r\n", 1)[1]):
            await asyncio.to_thread(sent.append, "Sent", make_raw(f"reminder {run}"))

    await asyncio.to_thread(clean_mailboxes.deliver, "owner", first)
    watcher = make_watcher(lambda: make_session(clean_mailboxes), ledger,
                           idle_seconds=IDLE_SECONDS)
    watcher._on_messages = record_then_file  # the daemon's handler, with its filing
    try:
        async with running(watcher):
            await ledger.wait_for(2, within=SEEN_WITHIN)
    finally:
        await asyncio.to_thread(sent.close)
    assert ledger.ids == [message_id_of(first), message_id_of(reply)]


@pytest.mark.parametrize("run", RUNS)
async def test_the_watch_sees_mail_delivered_during_reconnection(
    clean_mailboxes: DovecotServer, run: int
) -> None:
    """The connection is reset; one message comes while the watch is disconnected, one right
    after the resync on the new connection, before its first IDLE."""
    ledger = Ledger()
    sessions: list[ImapSession] = []
    while_down, after_resync = make_raw(f"while down {run}"), make_raw(f"after resync {run}")

    def factory() -> ImapSession:
        opened = make_session(clean_mailboxes)
        if sessions:  # the reconnection
            clean_mailboxes.deliver("owner", while_down)
            deliver_after(opened, "fetch_new",
                          lambda: clean_mailboxes.deliver("owner", after_resync))
        sessions.append(opened)
        return opened

    watcher = make_watcher(factory, ledger, idle_seconds=IDLE_SECONDS, backoff_max=1)
    async with running(watcher):
        await ledger.wait_until(lambda: ledger.cursor is not None, within=SEEN_WITHIN)
        kill_socket(sessions[0])
        await ledger.wait_for(2, within=SEEN_WITHIN + 1)  # + the 1 s backoff
    assert ledger.ids == [message_id_of(while_down), message_id_of(after_resync)]
    assert len(sessions) == 2


@pytest.mark.parametrize("run", RUNS)
async def test_catch_up_reads_the_inbox_without_any_notification(
    clean_mailboxes: DovecotServer, run: int
) -> None:
    """Look before sending: catch_up() finds what the server has not announced (here: a
    message delivered while the watch is in IDLE, before Dovecot's notification delay)."""
    ledger = Ledger()
    watcher = make_watcher(lambda: make_session(clean_mailboxes), ledger,
                           idle_seconds=IDLE_SECONDS)
    async with running(watcher):
        await ledger.wait_until(lambda: ledger.cursor is not None, within=SEEN_WITHIN)
        raw = make_raw(f"unannounced {run}")
        await asyncio.to_thread(clean_mailboxes.deliver, "owner", raw)
        async with asyncio.timeout(SEEN_WITHIN):
            await watcher.catch_up()
        assert ledger.ids == [message_id_of(raw)], "handed over before catch_up returned"
