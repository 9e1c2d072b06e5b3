"""dunnerd.mail.imap against the real Dovecot of tests/mailservers/."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from pathlib import Path
from typing import Any

import pytest
import trustme

from dunnerd.config.schema import Secret
from dunnerd.mail.imap import ImapSession, MailboxAuthError, MailboxError
from tests.mail.helpers import (
    CommandLog,
    kill_socket,
    make_account,
    make_raw,
    make_session,
    message_id_of,
)
from tests.mailservers.dovecot import DovecotServer, free_ports

pytestmark = pytest.mark.mailserver

CANARY = "canary-Pa55word-7f3e"



# -- connecting --------------------------------------------------------------------------


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_connects_with_the_private_ca(dovecot: DovecotServer, security: str) -> None:
    session = make_session(dovecot, security=security)
    session.connect()
    try:
        session.noop()
        assert session._client.socket().version()  # TLS is really on
    finally:
        session.close()
    session.close()  # twice is fine


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_a_foreign_ca_is_refused(dovecot: DovecotServer, tmp_path: Path, security: str) -> None:
    foreign = tmp_path / "foreign-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(foreign))
    session = make_session(dovecot, security=security, ca_file=foreign)
    with pytest.raises(MailboxError, match="certificate not trusted") as caught:
        session.connect()
    assert f"{dovecot.host}:{session._account.port}" in str(caught.value)
    assert not isinstance(caught.value, MailboxAuthError)


def test_a_wrong_password_is_an_auth_error_without_the_password(dovecot: DovecotServer) -> None:
    session = ImapSession(make_account(dovecot), Secret(CANARY), timeout=5)
    with pytest.raises(MailboxAuthError) as caught:
        session.connect()
    error = caught.value
    assert f"{dovecot.host}:{dovecot.imaps_port}" in str(error)
    assert "'owner'" in str(error)
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and len(chain) < 5:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for exc in chain:
        assert CANARY not in str(exc) and CANARY not in repr(exc)
    assert error.__cause__ is None and error.__suppress_context__


def test_an_unreachable_server_is_a_mailbox_error(dovecot: DovecotServer) -> None:
    (port,) = free_ports(1)
    session = make_session(dovecot, port=port)
    with pytest.raises(MailboxError, match=f"{dovecot.host}:{port}: connecting failed"):
        session.connect()


def test_calls_before_connect_fail_cleanly(dovecot: DovecotServer) -> None:
    with pytest.raises(MailboxError, match="not connected"):
        make_session(dovecot).noop()


# -- Sent, append, search ------------------------------------------------------------------


def test_find_sent_folder_uses_special_use(session: ImapSession) -> None:
    assert session.find_sent_folder() == "Sent"


def test_find_sent_folder_honours_the_config(clean_mailboxes: DovecotServer) -> None:
    base = make_account(clean_mailboxes)
    password = Secret(clean_mailboxes.passwords["owner"])
    with clean_mailboxes.imap_client("owner") as client:
        client.create_folder("Envoyés")
    configured = ImapSession(dataclasses.replace(base, sent_folder="Envoyés"), password)
    missing = ImapSession(dataclasses.replace(base, sent_folder="Nope"), password)
    for s in (configured, missing):
        s.connect()
    try:
        assert configured.find_sent_folder() == "Envoyés"
        with pytest.raises(MailboxError, match="'Nope' does not exist.*'Sent'"):
            missing.find_sent_folder()
    finally:
        configured.close()
        missing.close()


def test_append_returns_the_uid_and_fetch_raw_the_same_bytes(
    session: ImapSession, clean_mailboxes: DovecotServer
) -> None:
    raw = make_raw("Invoice F-1")
    uid = session.append("Sent", raw)
    assert isinstance(uid, int)
    assert session.fetch_raw("Sent", uid) == raw
    unseen = session.append("Sent", make_raw("draft"), seen=False)
    assert unseen == uid + 1
    assert session.fetch_raw("Sent", uid + 99) is None
    with clean_mailboxes.imap_client("owner") as client:
        client.select_folder("Sent", readonly=True)
        flags = client.get_flags([uid, unseen])
    assert b"\\Seen" in flags[uid] and b"\\Seen" not in flags[unseen]


def test_append_to_a_missing_folder_is_a_mailbox_error(session: ImapSession) -> None:
    with pytest.raises(MailboxError, match="appending to 'Nope' failed"):
        session.append("Nope", make_raw())


def test_find_by_message_id_is_exact(session: ImapSession) -> None:
    wanted = "<r-1.F-2026-001@example.test>"
    first = session.append("Sent", make_raw(message_id=wanted))
    session.append("Sent", make_raw(message_id="<r-1.F-2026-001@example.test.other>"))
    session.append("Sent", make_raw())
    assert session.find_by_message_id("Sent", wanted) == [first]
    assert session.find_by_message_id("Sent", "r-1.F-2026-001@example.test") == [first]
    assert session.find_by_message_id("Sent", "<absent@example.test>") == []


def test_find_by_message_ids_keeps_exact_matches_under_the_callers_spelling(
    session: ImapSession,
) -> None:
    odd = "<{3}%*q.F-9@example.test>"  # atext an IMAP atom cannot carry: it must be quoted
    uids = session.append_many(
        "Sent",
        [
            make_raw(message_id="<r-1.F-1@example.test>"),
            make_raw(message_id="<r-1.F-1@example.test.other>"),  # both contain the first
            make_raw(message_id="<xr-1.F-1@example.test>"),
            make_raw(message_id="<r-2.F-1@example.test>"),
            make_raw(message_id=odd),
            make_raw(message_id="<r-2.F-1@example.test>"),  # a second copy
        ],
    )
    first, _, _, second, strange, again = uids
    assert session.find_by_message_ids(
        "Sent",
        [
            "<r-1.F-1@example.test>",
            "r-1.F-1@example.test",
            " r-2.F-1@example.test ",
            odd,
            "<absent@example.test>",
        ],
    ) == {
        "<r-1.F-1@example.test>": [first],
        "r-1.F-1@example.test": [first],
        " r-2.F-1@example.test ": [second, again],
        odd: [strange],
        "<absent@example.test>": [],
    }
    assert session.find_by_message_ids("Sent", []) == {}


@pytest.mark.parametrize("bad", ["", "<>", "two words@example.test", "é@example.test"])
def test_find_by_message_ids_refuses_what_is_no_message_id(session: ImapSession, bad: str) -> None:
    with pytest.raises(ValueError, match="not a Message-ID"):
        session.find_by_message_ids("Sent", ["<fine@example.test>", bad])


def test_find_by_message_ids_searches_in_chunks_with_few_round_trips(
    session: ImapSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [f"<c{i:03}.F@example.test>" for i in range(101)]  # none inside another
    present = [0, 1, 48, 49, 50, 51, 99, 100]  # on and around the 50-id boundaries
    stored = session.append_many("Sent", [make_raw(message_id=ids[i]) for i in present])
    traps = ["<xc002.F@example.test>", "<c049.F@example.test.old>"]  # hits, not matches
    session.append_many("Sent", [make_raw(message_id=trap) for trap in traps])
    log = CommandLog(session, monkeypatch)

    found = session.find_by_message_ids("Sent", ids)

    assert found == {
        message_id: [stored[present.index(i)]] if i in present else []
        for i, message_id in enumerate(ids)
    }
    assert log.take() == ["select_folder", "search", "search", "search", "fetch"]
    assert session.find_by_message_ids("Sent", ids[50:]) == {
        message_id: found[message_id] for message_id in ids[50:]
    }
    assert log.take() == ["search", "search", "fetch"]  # still selected: no EXAMINE
    long_ids = [f"<{i}.{'x' * 200}@example.test>" for i in range(50)]
    assert not any(session.find_by_message_ids("Sent", long_ids).values())
    assert log.take() == ["search", "search"]  # 50 ids, but too long for one command line


@pytest.mark.parametrize("how", ["imap", "lmtp"])
def test_a_search_in_the_selected_folder_sees_what_others_stored_since(
    session: ImapSession,
    clean_mailboxes: DovecotServer,
    monkeypatch: pytest.MonkeyPatch,
    how: str,
) -> None:
    folder = "Sent" if how == "imap" else "INBOX"
    wanted = "<late.F-7@example.test>"
    assert session.find_by_message_ids(folder, [wanted]) == {wanted: []}  # now selected
    session.noop()  # the session's last command ends before the other one stores
    if how == "imap":
        other = make_session(clean_mailboxes)
        other.connect()
        try:
            uid = other.append(folder, make_raw(message_id=wanted))
        finally:
            other.close()
    else:
        clean_mailboxes.deliver("owner", make_raw(message_id=wanted))
        (uid,) = clean_mailboxes.wait_for_messages("owner")
    log = CommandLog(session, monkeypatch)
    assert session.find_by_message_ids(folder, [wanted]) == {wanted: [uid]}
    # Dovecot's first SEARCH runs on the view of the previous command and misses the
    # message, then reports it with EXISTS; the second SEARCH finds it. No EXAMINE.
    assert log.take() == ["search", "search", "fetch"]
    assert session.find_by_message_id(folder, wanted) == [uid]
    assert log.take() == ["search", "fetch"]


def test_a_failed_examine_leaves_nothing_selected(
    session: ImapSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    uid = session.append("Sent", make_raw(message_id="<s-1@example.test>"))
    assert session.find_by_message_id("Sent", "<s-1@example.test>") == [uid]
    with pytest.raises(MailboxError, match="searching 'Nope' failed"):
        session.find_by_message_id("Nope", "<s-1@example.test>")  # the server deselects Sent
    log = CommandLog(session, monkeypatch)
    assert session.find_by_message_id("Sent", "<s-1@example.test>") == [uid]
    assert log.take() == ["select_folder", "search", "fetch"]


@pytest.mark.parametrize("multiappend", [True, False], ids=["multiappend", "one-by-one"])
def test_append_many_returns_the_uids_in_order(
    session: ImapSession,
    clean_mailboxes: DovecotServer,
    monkeypatch: pytest.MonkeyPatch,
    multiappend: bool,
) -> None:
    if not multiappend:
        has = session._client.has_capability
        monkeypatch.setattr(
            session._client, "has_capability", lambda name: name != "MULTIAPPEND" and has(name)
        )
    log = CommandLog(session, monkeypatch)
    before = session.append("Sent", make_raw("first"))
    raws = [make_raw(f"m{i}") for i in range(4)]
    uids = session.append_many("Sent", raws)
    expected = ["multiappend"] if multiappend else ["append"] * 4
    assert log.take() == ["append", *expected]
    assert isinstance(before, int) and uids == list(range(before + 1, before + 5))
    ids = [message_id_of(raw) for raw in raws]
    assert session.find_by_message_ids("Sent", ids) == {
        message_id: [uid] for message_id, uid in zip(ids, uids, strict=True)
    }
    assert [session.fetch_raw("Sent", uid) for uid in uids if uid is not None] == raws
    unseen = session.append_many("Sent", [make_raw("u1"), make_raw("u2")], seen=False)
    assert session.append_many("Sent", []) == []
    with clean_mailboxes.imap_client("owner") as client:
        client.select_folder("Sent", readonly=True)
        flags = client.get_flags([*uids, *unseen])
    assert [b"\\Seen" in flags[uid] for uid in [*uids, *unseen]] == [True] * 4 + [False] * 2


def test_append_many_to_a_missing_folder_is_a_mailbox_error(
    session: ImapSession, clean_mailboxes: DovecotServer
) -> None:
    with pytest.raises(MailboxError, match="appending to 'Nope' failed.*TRYCREATE"):
        session.append_many("Nope", [make_raw(), make_raw()])
    session.noop()  # a NO leaves the connection usable
    assert clean_mailboxes.message_count("owner", "Sent") == 0


# -- fetch_new -----------------------------------------------------------------------------


def test_fetch_new_returns_each_message_once(
    session: ImapSession, clean_mailboxes: DovecotServer
) -> None:
    raws = [make_raw(f"m{i}") for i in range(3)]
    for raw in raws:
        clean_mailboxes.deliver("owner", raw)
    cursor, messages, reset = session.fetch_new(None, "INBOX")
    assert reset
    assert [message_id_of(m.raw) for m in messages] == [message_id_of(r) for r in raws]
    assert [m.uid for m in messages] == sorted(m.uid for m in messages)
    assert cursor.last_uid == messages[-1].uid and cursor.folder == "INBOX"

    # Nothing new: `UID n:*` would answer with the last message again; it must be filtered.
    again, nothing, reset = session.fetch_new(cursor, "INBOX")
    assert (again, nothing, reset) == (cursor, [], False)

    later = [make_raw(f"later{i}") for i in range(2)]
    for raw in later:
        clean_mailboxes.deliver("owner", raw)
    newest, messages, reset = session.fetch_new(cursor, "INBOX")
    assert not reset
    assert [message_id_of(m.raw) for m in messages] == [message_id_of(r) for r in later]
    assert all(m.uid > cursor.last_uid for m in messages)
    assert newest.last_uid == messages[-1].uid


def test_fetch_new_on_an_empty_folder(session: ImapSession) -> None:
    cursor, messages, reset = session.fetch_new(None, "INBOX")
    assert (messages, reset, cursor.last_uid) == ([], True, 0)
    assert session.fetch_new(cursor, "INBOX") == (cursor, [], False)


def test_fetch_new_leaves_oversized_messages_to_the_caller(
    session: ImapSession, clean_mailboxes: DovecotServer
) -> None:
    clean_mailboxes.deliver("owner", make_raw("big", size=20_000))
    clean_mailboxes.deliver("owner", make_raw("small"))
    cursor, messages, _ = session.fetch_new(None, "INBOX", max_bytes=10_000)
    assert [len(m.raw) > 0 for m in messages] == [False, True]
    assert cursor.last_uid == messages[-1].uid
    assert clean_mailboxes.wait_for_messages("owner", criteria="UNSEEN", count=2)  # untouched


def test_a_new_uidvalidity_means_a_full_rescan(
    session: ImapSession, clean_mailboxes: DovecotServer
) -> None:
    with clean_mailboxes.imap_client("owner") as client:
        client.create_folder("Feed")
    for i in range(2):
        session.append("Feed", make_raw(f"old{i}"))
    cursor, messages, _ = session.fetch_new(None, "Feed")
    assert len(messages) == 2
    fresh = make_raw("fresh")
    with clean_mailboxes.imap_client("owner") as client:
        client.delete_folder("Feed")  # while `session` has it selected
        client.create_folder("Feed")
        client.append("Feed", fresh)
    renewed, messages, reset = session.fetch_new(cursor, "Feed")
    assert reset and renewed.uidvalidity != cursor.uidvalidity
    assert [m.raw for m in messages] == [fresh]
    assert renewed.last_uid == messages[0].uid


# -- idle ----------------------------------------------------------------------------------


async def test_idle_wakes_up_on_delivery(
    session: ImapSession, clean_mailboxes: DovecotServer
) -> None:
    session.fetch_new(None, "INBOX")
    assert not await asyncio.to_thread(session.idle, "INBOX", 0.3)  # quiet: False, alive
    started = time.monotonic()
    idling = asyncio.create_task(asyncio.to_thread(session.idle, "INBOX", 20))
    await asyncio.sleep(0.2)
    await asyncio.to_thread(clean_mailboxes.deliver, "owner", make_raw())
    async with asyncio.timeout(3):
        assert await idling
    assert time.monotonic() - started < 3
    _, messages, _ = session.fetch_new(None, "INBOX")
    assert len(messages) == 1


def test_a_message_reported_during_a_fetch_is_not_waited_for_in_idle(
    session: ImapSession, clean_mailboxes: DovecotServer
) -> None:
    """A message that arrives after fetch_new's SEARCH is announced with the answer to its next
    command (an EXISTS that imaplib keeps aside), and never again: IDLE must not wait for it."""
    clean_mailboxes.deliver("owner", make_raw("first"))
    client = session._require()
    search = client.search
    between = make_raw("between")

    def search_then_deliver(criteria: Any) -> Any:
        found = search(criteria)
        clean_mailboxes.deliver("owner", between)  # before the FETCH of sizes
        return found

    client.search = search_then_deliver
    cursor, messages, _ = session.fetch_new(None, "INBOX")
    client.search = search
    assert len(messages) == 1, "the SEARCH came before the second delivery"
    started = time.monotonic()
    assert session.idle("INBOX", 5)
    assert time.monotonic() - started < 1
    _, messages, _ = session.fetch_new(cursor, "INBOX")
    assert len(messages) == 1 and messages[0].raw.endswith(between)
    assert not session.idle("INBOX", 0.3), "reported once: nothing more to fetch"


async def test_idle_on_a_dead_connection_raises(session: ImapSession) -> None:
    session.fetch_new(None, "INBOX")
    idling = asyncio.create_task(asyncio.to_thread(session.idle, "INBOX", 20))
    await asyncio.sleep(0.2)
    kill_socket(session)
    async with asyncio.timeout(5):
        with pytest.raises(MailboxError, match="IDLE failed"):
            await idling


async def test_interrupt_ends_idle_at_once(session: ImapSession) -> None:
    session.fetch_new(None, "INBOX")
    idling = asyncio.create_task(asyncio.to_thread(session.idle, "INBOX", 20))
    await asyncio.sleep(0.2)
    session.interrupt()
    async with asyncio.timeout(2):
        assert not await idling
    session.noop()  # IDLE was left cleanly
