"""The demo's embedded mail servers, driven by the real clients dunnerd uses."""

from __future__ import annotations

import asyncio
import datetime as dt
import socket
import ssl
import threading
from collections.abc import AsyncIterator, Iterator
from email.message import EmailMessage
from pathlib import Path

import aiosmtplib
import imapclient
import pytest
from imapclient.exceptions import IMAPClientAbortError, LoginError
from imapclient.imapclient import SEEN, SENT

from dunnerd.demo.imap_syntax import Literal, matching, tokenize
from dunnerd.demo.mailstore import StoredMessage
from dunnerd.demo.servers import DemoAccount, DemoMailServers
from tests.mailservers.smtp import client_session

OWNER = DemoAccount("owner", "owner-secret", "owner@demo.example")
CLIENT = DemoAccount("client", "client-secret", "client@acme.example")


def _message(message_id: str, to: str = CLIENT.address, body: str = "Please pay.") -> bytes:
    message = EmailMessage()
    message["From"] = OWNER.address
    message["To"] = to
    message["Subject"] = "Invoice 2026-101"
    message["Message-ID"] = f"<{message_id}>"
    message.set_content(body)
    return message.as_bytes(policy=message.policy.clone(linesep="\r\n"))


@pytest.mark.parametrize(
    ("sequence_set", "by_uid", "expected"),
    [
        ("1:*", True, [0, 1, 2]),
        ("5:*", True, [1, 2]),  # UIDs 2, 5, 9
        ("10:*", True, [2]),  # past the end: still the last one
        ("*:3", True, [1, 2]),  # ranges run either way
        ("2,9", True, [0, 2]),
        ("2:3", False, [1, 2]),  # sequence numbers
        ("4:*", False, [2]),
    ],
)
def test_sequence_sets(sequence_set: str, by_uid: bool, expected: list[int]) -> None:
    when = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
    messages = tuple(StoredMessage(uid, b"", frozenset(), when) for uid in (2, 5, 9))
    assert matching(sequence_set, messages, by_uid) == expected
    assert matching(sequence_set, (), by_uid) == []


def test_tokenizer_keeps_sections_whole_and_literals_as_bytes() -> None:
    pieces: list[bytes | Literal] = [
        b'a1 UID FETCH 1:* (UID BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]<0.10>) "q\\"x" ',
        Literal(b"raw)(\r\n"),
    ]
    assert tokenize(pieces) == [
        "a1", "UID", "FETCH", "1:*", ["UID", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]<0.10>"],
        b'q"x', b"raw)(\r\n",
    ]


@pytest.fixture
async def servers(tmp_path: Path) -> AsyncIterator[DemoMailServers]:
    async with DemoMailServers(tmp_path, [OWNER, CLIENT]) as running:
        yield running


@pytest.fixture
def imap(servers: DemoMailServers) -> Iterator[imapclient.IMAPClient]:
    context = ssl.create_default_context(cafile=str(servers.ca_file))
    client = imapclient.IMAPClient(servers.host, port=servers.imap_port, ssl=True,
                                   ssl_context=context, timeout=5)
    client.login(OWNER.username, OWNER.password)
    yield client
    client.logout()


def test_capabilities_and_special_use(imap: imapclient.IMAPClient) -> None:
    for capability in ("IMAP4REV1", "IDLE", "UIDPLUS", "SPECIAL-USE"):
        assert imap.has_capability(capability)
    assert imap.find_special_folder(SENT) == "Sent"
    names = [name for _flags, _delimiter, name in imap.list_folders()]
    assert names == ["INBOX", "Sent"]
    assert imap.folder_exists("Sent") and not imap.folder_exists("Archive")


def test_append_to_sent_keeps_the_exact_bytes(
    servers: DemoMailServers, imap: imapclient.IMAPClient
) -> None:
    raw = _message("r1@demo.example")
    response = imap.append("Sent", raw, flags=(SEEN,))
    assert b"[APPENDUID " in response
    uid = int(response.split()[2].rstrip(b"]"))

    status = imap.select_folder("Sent", readonly=True)
    assert status[b"EXISTS"] == 1 and status[b"UIDNEXT"] == uid + 1
    fetched = imap.fetch([uid], ["BODY.PEEK[]", "RFC822.SIZE", "FLAGS", "INTERNALDATE"])
    assert fetched[uid][b"BODY[]"] == raw
    assert fetched[uid][b"RFC822.SIZE"] == len(raw)
    assert fetched[uid][b"FLAGS"] == (SEEN,)
    assert servers.folder_messages(OWNER.username, "Sent") == [raw]


def test_search_by_message_id_and_header_fields(imap: imapclient.IMAPClient) -> None:
    for n in range(3):
        imap.append("Sent", _message(f"r{n}@demo.example"))
    imap.select_folder("Sent", readonly=True)
    assert imap.search(["HEADER", "Message-ID", "r1@demo.example"]) == [2]
    assert imap.search(["HEADER", "Message-ID", "nowhere@demo.example"]) == []
    fetched = imap.fetch([2], ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
    header = fetched[2][b"BODY[HEADER.FIELDS (MESSAGE-ID)]"]
    assert header == b"Message-ID: <r1@demo.example>\r\n\r\n"


def test_uid_ranges_follow_the_rfc(imap: imapclient.IMAPClient) -> None:
    imap.select_folder("INBOX", readonly=True)
    assert imap.search(["UID", "1:*"]) == []  # nothing is the last message of an empty folder
    for n in range(3):
        imap.append("INBOX", _message(f"in{n}@acme.example"))
    imap.select_folder("INBOX", readonly=True)
    assert imap.search("ALL") == [1, 2, 3]
    assert imap.search(["UID", "2:*"]) == [2, 3]
    assert imap.search(["UID", "9:*"]) == [3]  # n:* includes the last message even past it
    assert imap.search(["UID", "1,3"]) == [1, 3]


def test_body_marks_seen_and_store_changes_flags(imap: imapclient.IMAPClient) -> None:
    imap.append("INBOX", _message("in@acme.example"))
    imap.select_folder("INBOX")
    assert imap.search("UNSEEN") == [1]
    imap.fetch([1], ["BODY[]"])
    assert imap.get_flags([1]) == {1: (SEEN,)}
    imap.remove_flags([1], [SEEN])
    assert imap.search("UNSEEN") == [1]


def test_idle_hears_a_delivery(servers: DemoMailServers, imap: imapclient.IMAPClient) -> None:
    imap.select_folder("INBOX", readonly=True)
    imap.idle()
    servers.deliver(OWNER.username, _message("reply@acme.example"))
    responses = imap.idle_check(timeout=2)
    imap.idle_done()
    assert (1, b"EXISTS") in responses
    assert imap.search(["UID", "1:*"]) == [1]


def test_wrong_password_is_refused(servers: DemoMailServers) -> None:
    context = ssl.create_default_context(cafile=str(servers.ca_file))
    with imapclient.IMAPClient(servers.host, port=servers.imap_port, ssl_context=context,
                               timeout=5) as client:
        with pytest.raises(LoginError):
            client.login(OWNER.username, "wrong")


def test_an_untrusting_client_rejects_the_certificate(servers: DemoMailServers) -> None:
    with pytest.raises(ssl.SSLCertVerificationError):
        imapclient.IMAPClient(servers.host, port=servers.imap_port,
                              ssl_context=ssl.create_default_context(), timeout=5)


def _smtp(servers: DemoMailServers, context: ssl.SSLContext) -> aiosmtplib.SMTP:
    return aiosmtplib.SMTP(hostname=servers.host, port=servers.smtp_port, start_tls=True,
                           tls_context=context, timeout=5)


async def test_smtp_delivers_to_the_account_behind_a_tagged_address(
    servers: DemoMailServers,
) -> None:
    raw = _message("sent@demo.example", to="client+acme@acme.example")
    context = ssl.create_default_context(cafile=str(servers.ca_file))
    async with client_session(_smtp(servers, context)) as smtp:
        await smtp.login(OWNER.username, OWNER.password)
        await smtp.sendmail(OWNER.address, ["Client+acme@acme.example"], raw)
        with pytest.raises(aiosmtplib.SMTPRecipientsRefused) as refused:
            await smtp.sendmail(OWNER.address, ["nobody@acme.example"], raw)
        assert refused.value.recipients[0].code == 550
    assert servers.folder_messages(CLIENT.username, "INBOX") == [raw]
    assert servers.folder_messages(OWNER.username, "INBOX") == []


async def test_smtp_refuses_a_wrong_password_and_an_untrusting_client(
    servers: DemoMailServers,
) -> None:
    context = ssl.create_default_context(cafile=str(servers.ca_file))
    async with client_session(_smtp(servers, context)) as smtp:
        with pytest.raises(aiosmtplib.SMTPAuthenticationError):
            await smtp.login(OWNER.username, "wrong")
    untrusting = _smtp(servers, ssl.create_default_context())
    with pytest.raises((ssl.SSLCertVerificationError, aiosmtplib.SMTPConnectError)) as failed:
        await untrusting.connect()
    untrusting.close()
    error: BaseException | None = failed.value
    while error is not None and not isinstance(error, ssl.SSLCertVerificationError):
        error = error.__cause__
    assert error is not None


async def test_exit_closes_every_socket_and_thread(tmp_path: Path) -> None:
    before = set(threading.enumerate())
    async with DemoMailServers(tmp_path, [OWNER]) as running:
        ports = (running.imap_port, running.smtp_port)
        context = ssl.create_default_context(cafile=str(running.ca_file))
        # Leave an IMAP connection open: exit must close it from the server side.
        idle = imapclient.IMAPClient(running.host, port=ports[0], ssl_context=context, timeout=5)
        idle.login(OWNER.username, OWNER.password)
    assert set(threading.enumerate()) == before
    for port in ports:
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection((running.host, port), timeout=1).close()
    with pytest.raises((IMAPClientAbortError, OSError)):
        idle.noop()
    idle.shutdown()
    await asyncio.sleep(0)
