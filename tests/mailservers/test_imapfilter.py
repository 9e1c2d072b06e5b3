"""The IMAP proxy that drops the server's new-mail announcements (tests/mailservers/imapfilter.py):
its filter on streams cut anywhere, and a real client through it to the real Dovecot."""

from __future__ import annotations

import threading
import time

import pytest
from imapclient import IMAPClient

from tests.mailservers.dovecot import DovecotServer
from tests.mailservers.imapfilter import ImapFilterProxy, UntaggedFilter

# A message whose body holds lines that look like the responses the filter drops.
BODY = b"Subject: look-alike\r\n\r\n* 1 EXISTS\r\n* 2 RECENT\r\nthe end\r\n"
STREAM = (b"* OK [CAPABILITY IMAP4rev1] ready\r\n"
          b"* 3 EXISTS\r\n"
          b"* 0 RECENT\r\n"
          b"* OK [UIDVALIDITY 42] UIDs valid\r\n"
          b"a1 OK [READ-ONLY] Examine completed\r\n"
          b"* 1 FETCH (UID 7 BODY[] {" + str(len(BODY)).encode() + b"}\r\n" + BODY +
          b" FLAGS (\\Seen))\r\n"
          b"* 2 FETCH (BODY[HEADER] ~{12}\r\n* 9 EXISTS\r\n)\r\n"
          b"a2 OK Fetch completed\r\n"
          b"+ idling\r\n"
          b"* 4 exists\r\n"
          b"* 1 EXPUNGE\r\n")
FORWARDED = (b"* OK [CAPABILITY IMAP4rev1] ready\r\n"
             b"* OK [UIDVALIDITY 42] UIDs valid\r\n"
             b"a1 OK [READ-ONLY] Examine completed\r\n"
             b"* 1 FETCH (UID 7 BODY[] {" + str(len(BODY)).encode() + b"}\r\n" + BODY +
             b" FLAGS (\\Seen))\r\n"
             b"* 2 FETCH (BODY[HEADER] ~{12}\r\n* 9 EXISTS\r\n)\r\n"
             b"a2 OK Fetch completed\r\n"
             b"+ idling\r\n"
             b"* 1 EXPUNGE\r\n")


def filtered(chunks: list[bytes]) -> tuple[bytes, list[bytes]]:
    stream = UntaggedFilter()
    out = b"".join(stream.feed(chunk) for chunk in chunks)
    return out, stream.dropped


def test_the_filter_drops_announcements_and_never_a_literal_whatever_the_cuts() -> None:
    expected_drops = [b"* 3 EXISTS\r\n", b"* 0 RECENT\r\n", b"* 4 exists\r\n"]
    assert filtered([STREAM]) == (FORWARDED, expected_drops)
    assert filtered([STREAM[i:i + 1] for i in range(len(STREAM))]) == (FORWARDED,
                                                                         expected_drops)
    for cut in range(1, len(STREAM)):
        assert filtered([STREAM[:cut], STREAM[cut:]]) == (FORWARDED, expected_drops), cut


def test_a_partial_line_waits_for_its_end() -> None:
    stream = UntaggedFilter()
    assert stream.feed(b"* 5 EXI") == b""
    assert stream.feed(b"STS\r\n* 5 FETCH (FLAGS ())\r\n") == b"* 5 FETCH (FLAGS ())\r\n"
    assert stream.dropped == [b"* 5 EXISTS\r\n"]


@pytest.mark.mailserver
def test_a_client_through_the_proxy_hears_of_no_new_mail_but_finds_it(
        clean_mailboxes: DovecotServer) -> None:
    dovecot = clean_mailboxes
    with ImapFilterProxy(dovecot) as proxy, IMAPClient(
            dovecot.host, port=proxy.port, ssl=True, ssl_context=dovecot.ssl_context(),
            timeout=10) as client:
        client.login("owner", dovecot.users["owner"])
        selected = client.select_folder("INBOX", readonly=True)
        assert b"EXISTS" not in selected and b"UIDVALIDITY" in selected
        assert proxy.dropped == [b"* 0 EXISTS\r\n", b"* 0 RECENT\r\n"]
        client.idle()
        try:
            dovecot.deliver("owner", BODY)
            deadline = time.monotonic() + 10
            while b"* 1 EXISTS\r\n" not in proxy.dropped:
                assert time.monotonic() < deadline, "Dovecot never announced the delivery"
                time.sleep(0.05)
            assert client.idle_check(timeout=0) == []  # the announcement was dropped
        finally:
            client.idle_done()
        [uid] = client.search(["ALL"])
        fetched = client.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"]
    # The look-alike lines inside the literal came through: the bytes are those of a direct read.
    assert fetched.endswith(BODY)
    assert [fetched] == list(dovecot.wait_for_messages("owner").values())


@pytest.mark.mailserver
def test_held_commands_are_answered_only_after_release(dovecot: DovecotServer) -> None:
    with ImapFilterProxy(dovecot) as proxy, IMAPClient(
            dovecot.host, port=proxy.port, ssl=True, ssl_context=dovecot.ssl_context(),
            timeout=10) as client:
        client.login("owner", dovecot.users["owner"])
        proxy.hold()
        answered = threading.Event()
        noop = threading.Thread(target=lambda: (client.noop(), answered.set()))
        noop.start()
        try:
            assert not answered.wait(0.5)
        finally:
            proxy.release()
            noop.join(timeout=10)
        assert answered.is_set()
