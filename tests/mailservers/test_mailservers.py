"""Smoke tests for the real mail servers the suite runs against (tests/mailservers/)."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import time
from email.message import EmailMessage
from email.utils import make_msgid

import aiosmtplib
import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError
from imapclient.imapclient import DRAFTS, JUNK, SEEN, SENT, TRASH

from tests.mailservers.dovecot import DovecotServer
from tests.mailservers.smtp import Phase, SmtpServer, client_session

pytestmark = pytest.mark.mailserver


def make_message(to: str, *, bcc: str | None = None, subject: str = "Invoice F-1") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "owner@example.test"
    msg["To"] = to
    if bcc:
        msg["Bcc"] = bcc
    msg["Subject"] = subject
    msg["Message-ID"] = make_msgid(domain="example.test")
    msg.set_content("Please pay invoice F-1.\n")
    return msg


def smtp_client(
    server: SmtpServer, *, implicit_tls: bool = False, timeout: float = 5
) -> contextlib.AbstractAsyncContextManager[aiosmtplib.SMTP]:
    return client_session(aiosmtplib.SMTP(
        hostname=server.host,
        port=server.tls_port if implicit_tls else server.port,
        use_tls=implicit_tls,
        start_tls=not implicit_tls,
        tls_context=server.ssl_context(),
        username="owner",
        password=server.credentials["owner"],
        timeout=timeout,
    ))


# -- IMAP --------------------------------------------------------------------------------


def test_imaps_login_verifies_the_test_ca(dovecot: DovecotServer) -> None:
    with dovecot.imap_client("owner") as client:
        assert isinstance(client.socket(), ssl.SSLSocket)
        assert {b"IDLE", b"SPECIAL-USE", b"UIDPLUS"} <= set(client.capabilities())
    # Proof the CA is really checked: the system trust store rejects the certificate.
    with pytest.raises(ssl.SSLCertVerificationError):
        IMAPClient(dovecot.host, port=dovecot.imaps_port, ssl=True, timeout=5)


def test_starttls_login(dovecot: DovecotServer) -> None:
    with dovecot.imap_client("client", starttls=True) as client:
        assert isinstance(client.socket(), ssl.SSLSocket)
        assert client.select_folder("INBOX", readonly=True)[b"EXISTS"] >= 0


def test_wrong_password_fails_fast_and_does_not_slow_the_next_login(
    dovecot: DovecotServer,
) -> None:
    for user in ["owner", "owner", "client", "nosuchuser"]:
        started = time.monotonic()
        with IMAPClient(
            dovecot.host,
            port=dovecot.imaps_port,
            ssl_context=dovecot.ssl_context(),
            timeout=5,
        ) as client:
            with pytest.raises(LoginError):
                client.login(user, "wrong password")
        assert time.monotonic() - started < 0.5  # Dovecot's default would be 2 s or more
    started = time.monotonic()
    with dovecot.imap_client("owner"):
        pass
    assert time.monotonic() - started < 1.0


def test_special_use_folders_exist(dovecot: DovecotServer) -> None:
    with dovecot.imap_client("owner") as client:
        assert client.find_special_folder(SENT) == "Sent"
        assert client.find_special_folder(DRAFTS) == "Drafts"
        assert client.find_special_folder(TRASH) == "Trash"
        assert client.find_special_folder(JUNK) == "Junk"
        assert "Sent" in [name for _flags, _delim, name in client.list_sub_folders()]


def test_append_to_sent_keeps_bytes_and_seen(clean_mailboxes: DovecotServer) -> None:
    msg = make_message("client+acme@example.test")
    raw = msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
    with clean_mailboxes.imap_client("owner") as client:
        sent = client.find_special_folder(SENT)
        client.append(sent, raw, flags=[SEEN])
        client.select_folder(sent, readonly=True)
        uids = client.search(["HEADER", "Message-ID", msg["Message-ID"]])
        assert len(uids) == 1
        fetched = client.fetch(uids, ["BODY.PEEK[]", "FLAGS"])[uids[0]]
    assert fetched[b"BODY[]"] == raw
    assert SEEN in fetched[b"FLAGS"]


def test_idle_client_sees_a_new_delivery(clean_mailboxes: DovecotServer) -> None:
    with clean_mailboxes.imap_client("client") as client:
        client.select_folder("INBOX")
        client.idle()
        try:
            started = time.monotonic()
            clean_mailboxes.deliver("client", make_message("client@example.test").as_bytes())
            responses: list[tuple[object, ...]] = []
            while time.monotonic() - started < 3 and not any(
                r[1:2] == (b"EXISTS",) for r in responses
            ):
                responses += client.idle_check(timeout=0.2)
        finally:
            client.idle_done()
    assert (1, b"EXISTS") in responses, responses
    assert time.monotonic() - started < 3


# -- SMTP into Dovecot -------------------------------------------------------------------


async def test_submission_is_delivered_to_the_subaddressed_user(
    smtp_server: SmtpServer, dovecot: DovecotServer
) -> None:
    msg = make_message("client+acme@example.test")
    async with smtp_client(smtp_server) as smtp:
        await smtp.send_message(msg)

    got = await asyncio.to_thread(dovecot.wait_for_messages, "client", "INBOX", 1, 5.0)
    (raw,) = got.values()
    assert msg["Message-ID"].encode() in raw
    assert b"Delivered-To: client+acme@example.test" in raw
    (recorded,) = smtp_server.messages
    assert recorded.login == "owner"
    assert recorded.rcpt_tos == ["client+acme@example.test"]
    assert recorded.outcome == "250"


async def test_implicit_tls_and_bcc_witness(
    smtp_server: SmtpServer, dovecot: DovecotServer
) -> None:
    msg = make_message("client@example.test", bcc="owner+witness@example.test")
    async with smtp_client(smtp_server, implicit_tls=True) as smtp:
        await smtp.send_message(msg)
    (witness,) = (await asyncio.to_thread(dovecot.wait_for_messages, "owner")).values()
    assert msg["Message-ID"].encode() in witness
    assert b"\r\nBcc:" not in witness  # send_message strips Bcc from the bytes


async def test_auth_needs_tls_and_mail_needs_auth(smtp_server: SmtpServer) -> None:
    async with client_session(aiosmtplib.SMTP(
        hostname=smtp_server.host, port=smtp_server.port, start_tls=False, timeout=5
    )) as smtp:
        with pytest.raises(aiosmtplib.SMTPResponseException) as refused:
            await smtp.mail("owner@example.test")
        assert refused.value.code == 530


async def test_injected_451_at_rcpt_delivers_nothing(
    smtp_server: SmtpServer, dovecot: DovecotServer
) -> None:
    smtp_server.faults.reply(Phase.RCPT, 451)
    async with smtp_client(smtp_server) as smtp:
        await smtp.mail("owner@example.test")
        with pytest.raises(aiosmtplib.SMTPRecipientRefused) as refused:
            await smtp.rcpt("client+acme@example.test")
        assert refused.value.code == 451
        await smtp.rset()
    assert smtp_server.messages == []
    assert smtp_server.faults.pending == []
    assert dovecot.message_count("client") == 0


@pytest.mark.parametrize(
    ("phase", "code"),
    [(Phase.MAIL, 451), (Phase.RCPT, 452), (Phase.DATA, 451), (Phase.DATA_END, 550)],
)
async def test_injected_reply_at_each_phase(
    smtp_server: SmtpServer, dovecot: DovecotServer, phase: Phase, code: int
) -> None:
    smtp_server.faults.reply(phase, code)
    async with smtp_client(smtp_server) as smtp:
        with pytest.raises(
            (aiosmtplib.SMTPResponseException, aiosmtplib.SMTPRecipientsRefused)
        ) as failed:
            await smtp.send_message(make_message("client@example.test"))
    error = failed.value
    if isinstance(error, aiosmtplib.SMTPRecipientsRefused):
        assert [e.code for e in error.recipients] == [code]
    else:
        assert error.code == code
    assert dovecot.message_count("client") == 0


async def test_421_closes_the_connection(smtp_server: SmtpServer) -> None:
    smtp_server.faults.reply(Phase.MAIL, 421)
    async with smtp_client(smtp_server) as smtp:
        with pytest.raises(aiosmtplib.SMTPResponseException) as failed:
            await smtp.mail("owner@example.test")
        assert failed.value.code == 421
        with pytest.raises(aiosmtplib.SMTPServerDisconnected):
            await smtp.noop()


async def test_disconnect_before_final_dot_delivers_nothing(
    smtp_server: SmtpServer, dovecot: DovecotServer
) -> None:
    smtp_server.faults.disconnect(Phase.BODY)
    async with smtp_client(smtp_server) as smtp:
        with pytest.raises(aiosmtplib.SMTPServerDisconnected):
            await smtp.send_message(make_message("client@example.test"))
    assert smtp_server.messages == []
    assert dovecot.message_count("client") == 0


async def test_no_reply_after_final_dot_but_delivered(
    smtp_server: SmtpServer, dovecot: DovecotServer
) -> None:
    smtp_server.faults.hang(Phase.DATA_END)
    msg = make_message("client@example.test")
    async with smtp_client(smtp_server, timeout=0.5) as smtp:
        with pytest.raises(aiosmtplib.SMTPTimeoutError):
            await smtp.send_message(msg)
    # The server took the message although the client never heard so: the unknown case.
    (raw,) = (await asyncio.to_thread(dovecot.wait_for_messages, "client")).values()
    assert msg["Message-ID"].encode() in raw
    assert smtp_server.messages[0].outcome == "hang"


async def test_slow_250(smtp_server: SmtpServer) -> None:
    smtp_server.faults.delay(Phase.DATA_END, 0.3)
    async with smtp_client(smtp_server) as smtp:
        started = time.monotonic()
        await smtp.send_message(make_message("client@example.test"))
        assert time.monotonic() - started >= 0.3
    assert smtp_server.messages[0].outcome == "250"


def test_empty_mailboxes_leaves_only_empty_standard_folders(dovecot: DovecotServer) -> None:
    with dovecot.imap_client("owner") as client:
        client.create_folder("Archive/2026")
        client.append("Archive/2026", make_message("client@example.test").as_bytes())
        client.append("Sent", make_message("client@example.test").as_bytes())
    dovecot.empty_mailboxes()
    with dovecot.imap_client("owner") as client:
        names = {name for _flags, _delim, name in client.list_folders()}
        assert names == {"INBOX", "Sent", "Drafts", "Trash", "Junk"}
        assert client.folder_status("Sent", [b"MESSAGES"])[b"MESSAGES"] == 0
