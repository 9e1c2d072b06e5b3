"""dunnerd.mail.compose and dunnerd.mail.smtp: the composed bytes, and SMTP sends against a real
aiosmtpd server delivering into a real Dovecot (tests/mailservers/)."""

from __future__ import annotations

import asyncio
import base64
import email
import email.policy
import logging
import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import EmailPolicy
from pathlib import Path
from typing import Any, Literal

import pytest
import trustme
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dunnerd.config.schema import MailAccount, Owner, Secret, SecretRef, SecretSource
from dunnerd.dunning.render import RenderedReminder
from dunnerd.mail.compose import ComposeError, compose_reminder, make_message_id
from dunnerd.mail.smtp import Envelope, SendOutcome, SendResult, SmtpSender
from tests.mailservers.dovecot import HOST, DovecotServer, free_ports
from tests.mailservers.smtp import Phase, SmtpServer

OWNER = Owner(name="Camille Martin", email="camille@martin-conseil.example",
              company="Martin Conseil")
DATE = datetime(2026, 11, 23, 10, 0, tzinfo=timezone(timedelta(hours=1)))
MESSAGE_ID = "<20261123T090000.5f0c9e1a2b3c4d5e@martin-conseil.example>"
ORIGINAL_ID = "<invoice-F-2026-017@martin-conseil.example>"
PREVIOUS_ID = "<20261108T090000.0123456789abcdef@martin-conseil.example>"
RENDERED = RenderedReminder(
    subject="Relance : facture F-2026-017 (1 250,00 €)",
    text="Bonjour,\n\nSauf erreur de ma part, la facture F-2026-017 reste impayée.\n"
         ".\n..ligne qui commence par des points\nCordialement,\nCamille\n",
    html="<p>Bonjour,</p><p>Sauf erreur de ma part, la facture <b>F-2026-017</b> reste "
         "impayée.</p>",
)
TEMPLATE_HEADERS = ["from", "to", "subject", "date", "message-id", "x-dunnerd-invoice",
                    "mime-version", "content-type"]
CANARY = "canary-9b1e"
WITNESS = "owner+dunnerd-witness@example.test"
CLIENT = "client@example.test"


def compose(**overrides: Any) -> bytes:
    kwargs: dict[str, Any] = dict(
        owner=OWNER, to=["compta@acme.example"], cc=[], client_name="ACME SARL",
        rendered=RENDERED, message_id=MESSAGE_ID, date=DATE,
        invoice_numbers=["F-2026-017"],
    )
    kwargs.update(overrides)
    return compose_reminder(**kwargs)


def parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def header_names(msg: EmailMessage) -> list[str]:
    return sorted(name.lower() for name in msg.keys())


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "F-2026-017.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    return path


# -- make_message_id ------------------------------------------------------------------------


def test_message_id_shape_and_uniqueness() -> None:
    now = datetime(2026, 11, 23, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    fixed = make_message_id("Martin-Conseil.example", "k3j2h1", now=now)
    assert fixed == "<20261123T090000.k3j2h1@martin-conseil.example>"
    ids = {make_message_id("martin-conseil.example") for _ in range(1000)}
    assert len(ids) == 1000
    for msg_id in ids:
        assert re.fullmatch(r"<\d{8}T\d{6}\.[0-9a-f]{16}@martin-conseil\.example>", msg_id)


@pytest.mark.parametrize("domain", ["", "a b.example", "x.example>", "x.example\r\nBcc: y"])
def test_message_id_refuses_a_bad_domain(domain: str) -> None:
    with pytest.raises(ComposeError):
        make_message_id(domain)


def test_message_id_refuses_a_bad_token() -> None:
    with pytest.raises(ComposeError):
        make_message_id("martin-conseil.example", "a@b>")


# -- compose_reminder -----------------------------------------------------------------------


def test_headers_are_exactly_the_template(pdf: Path) -> None:
    raw = compose(to=["compta@acme.example", "boss@acme.example"], cc=["ceo@acme.example"],
                  invoice_numbers=["F-2026-017", "F-2026-021"], in_reply_to=PREVIOUS_ID,
                  references=[ORIGINAL_ID], attachments=[pdf, pdf])
    msg = parse(raw)
    assert header_names(msg) == sorted(
        [*TEMPLATE_HEADERS, "cc", "in-reply-to", "references"])
    assert str(msg["From"]) == "Camille Martin <camille@martin-conseil.example>"
    (to,) = msg.get_all("To")
    assert [(a.display_name, a.addr_spec) for a in to.addresses] == [
        ("ACME SARL", "compta@acme.example"), ("", "boss@acme.example")]
    assert [a.addr_spec for a in msg["Cc"].addresses] == ["ceo@acme.example"]
    assert msg["Subject"] == RENDERED.subject
    assert msg["Date"].datetime == DATE
    assert msg["Message-ID"] == MESSAGE_ID
    assert msg["In-Reply-To"] == PREVIOUS_ID
    assert msg["References"].split() == [ORIGINAL_ID, PREVIOUS_ID]
    assert msg["X-Dunnerd-Invoice"] == "F-2026-017, F-2026-021"
    for absent in ("Bcc", "Auto-Submitted", "Precedence", "List-Unsubscribe"):
        assert msg[absent] is None
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998
    assert raw.isascii()  # 7-bit clean: no 8BITMIME needed anywhere


def test_minimal_reminder_has_no_threading_or_cc() -> None:
    assert header_names(parse(compose())) == sorted(TEMPLATE_HEADERS)


def test_text_html_and_pdf_parts(pdf: Path) -> None:
    msg = parse(compose(attachments=[pdf]))
    assert msg.get_content_type() == "multipart/mixed"
    alternative, attachment = msg.iter_parts()
    assert alternative.get_content_type() == "multipart/alternative"
    text, html = alternative.iter_parts()
    assert text.get_content_type() == "text/plain"
    assert text.get_content().replace("\r\n", "\n") == RENDERED.text
    assert html.get_content_type() == "text/html"
    assert html.get_content().rstrip("\r\n") == RENDERED.html
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "F-2026-017.pdf"
    assert attachment.get_content() == pdf.read_bytes()


def test_without_attachments_the_body_is_the_alternative() -> None:
    msg = parse(compose())
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]


def test_missing_pdf_names_the_invoice_and_the_path(tmp_path: Path, pdf: Path) -> None:
    missing = tmp_path / "F-2026-021.pdf"
    with pytest.raises(ComposeError) as failed:
        compose(invoice_numbers=["F-2026-017", "F-2026-021"], attachments=[pdf, missing])
    assert "F-2026-021" in str(failed.value)
    assert str(missing) in str(failed.value)


def test_composing_twice_gives_the_same_bytes(pdf: Path) -> None:
    kwargs: dict[str, Any] = dict(attachments=[pdf], in_reply_to=PREVIOUS_ID,
                                  references=[ORIGINAL_ID], cc=["ceo@acme.example"])
    assert compose(**kwargs) == compose(**kwargs)
    assert compose(**kwargs) != compose(message_id=PREVIOUS_ID.replace("0123", "9999"),
                                        **kwargs)


def test_unusable_threading_ids_are_left_out() -> None:
    msg = parse(compose(in_reply_to="<[x@y]>\r\nBcc: a@evil.example",
                        references=["not-an-id", ORIGINAL_ID, "<a b@c>"]))
    assert msg["In-Reply-To"] is None
    assert msg["References"] == ORIGINAL_ID
    assert msg["Bcc"] is None


@pytest.mark.parametrize(
    "overrides",
    [
        {"to": []},
        {"to": ["not an address"]},
        {"to": ["a@b.example, evil@c.example"]},
        {"to": ["a@b.example\r\nBcc: evil@c.example"]},
        {"cc": ["a@"]},
        {"message_id": "no-brackets@x.example"},
        {"date": datetime(2026, 11, 23, 9, 0)},
        {"invoice_numbers": []},
        {"invoice_numbers": ["\r\n"]},
    ],
)
def test_unusable_input_is_a_compose_error(overrides: dict[str, Any]) -> None:
    with pytest.raises(ComposeError):
        compose(**overrides)


def test_a_name_that_breaks_folding_loses_the_name_not_an_address() -> None:
    # Python 3.11 folds the comma after this encoded name into an encoded word ("=2C"),
    # which would hide the second address: compose drops the name instead.
    to = ["compta@acme.example", "boss@acme.example"]
    msg = parse(compose(to=to, client_name="0\U00010000\U00010000\U0001000000000\xa0\xa0\xa0"
                                           "\U00010000"))
    assert [(a.display_name, a.addr_spec) for a in msg["To"].addresses] == [
        ("", to[0]), ("", to[1])]
    msg = parse(compose(to=to, client_name="Société Générale"))
    assert msg["To"].addresses[0].display_name == "Société Générale"


# A folder gone wrong, as in CVE-2024-6923: the header's bytes as the generator writes them,
# rewritten. compose must refuse every one of these, with and without display names.
_BROKEN_FOLDS: dict[str, tuple[str, Callable[[bytes], bytes]]] = {
    "header after the CRLF": ("Subject", lambda b: b + b"Bcc: probe@attacker.invalid\r\n"),
    "header after a bare LF": ("Subject", lambda b: b[:-2] + b"\nBcc: probe@attacker.invalid\r\n"),
    "header after a bare CR": ("Subject", lambda b: b[:-2] + b"\rCc: probe@attacker.invalid\r\n"),
    "blank line ends the block early": ("Subject", lambda b: b[:-2] + b"\n\nX: y\r\n"),
    "header left out": ("Date", lambda b: b""),
    "address added": ("To", lambda b: b[:-2] + b", probe@attacker.invalid\r\n"),
}


@pytest.mark.parametrize(("header", "rewrite"), _BROKEN_FOLDS.values(), ids=_BROKEN_FOLDS.keys())
def test_bytes_with_a_broken_header_block_are_refused(
    monkeypatch: pytest.MonkeyPatch, pdf: Path, header: str, rewrite: Callable[[bytes], bytes]
) -> None:
    fold_binary = EmailPolicy.fold_binary

    def broken_fold_binary(self: EmailPolicy, name: str, value: Any) -> bytes:
        folded = fold_binary(self, name, value)
        return rewrite(folded) if name == header else folded

    monkeypatch.setattr(EmailPolicy, "fold_binary", broken_fold_binary)
    with pytest.raises(ComposeError, match="refusing to send"):
        compose(to=["compta@acme.example", "boss@acme.example"], cc=["ceo@acme.example"],
                attachments=[pdf])


_hostile_fragments = st.sampled_from([
    "\r", "\n", "\r\n", "\x00", "\u2028", "\u2029", "\x85", "\t", "\x0b",
    "=?UTF-8?Q?=0A?=Bcc: x@evil.example", "=?utf-8?b?DQpCY2M6IHhAZXZpbC5leGFtcGxl?=",
    "\r\nBcc: x@evil.example", "\nCc: y@evil.example\n\n", "Bcc:", ",", '"', "<", ">", "@",
    "\u202e", "é", "名前", " ", "x" * 300,
])
hostile_text = st.lists(st.one_of(_hostile_fragments, st.text(max_size=20)),
                        max_size=8).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(client_name=hostile_text, numbers=st.lists(hostile_text, min_size=1, max_size=3),
       subject=hostile_text, owner_name=hostile_text)
def test_hostile_ledger_text_cannot_add_headers(
    client_name: str, numbers: list[str], subject: str, owner_name: str
) -> None:
    numbers = [f"F-{number}" for number in numbers]  # an invoice number always has text
    to = ["compta@acme.example", "boss@acme.example"]
    raw = compose(
        owner=Owner(name=owner_name, email=OWNER.email),
        to=to, client_name=client_name,
        rendered=RenderedReminder(subject=subject or "Relance", text=client_name,
                                  html=client_name),
        invoice_numbers=numbers,
    )
    msg = parse(raw)
    assert header_names(msg) == sorted(TEMPLATE_HEADERS)
    (to_header,) = msg.get_all("To")
    assert [a.addr_spec for a in to_header.addresses] == to
    assert msg["Bcc"] is None and msg["Cc"] is None
    assert str(msg["From"].addresses[0].addr_spec) == OWNER.email
    header_block = raw.split(b"\r\n\r\n", 1)[0]
    assert b"\x00" not in header_block and b"\r\n\r\n" not in header_block
    assert all(line.startswith((b" ", b"\t")) or b":" in line
               for line in header_block.split(b"\r\n"))


# -- sending against the real servers -------------------------------------------------------

Security = Literal["tls", "starttls"]


def account(server: SmtpServer, *, security: Security = "starttls",
            username: str = "owner", ca_file: Path | None = None) -> MailAccount:
    return MailAccount(
        host=server.host,
        port=server.tls_port if security == "tls" else server.port,
        security=security,
        username=username,
        password=SecretRef(SecretSource.COMMAND, "smtp.password_command", "unused"),
        ca_file=ca_file or server.tls.ca_cert_path,
    )


def sender(server: SmtpServer, *, password: str | None = None, security: Security = "starttls",
           username: str = "owner", ca_file: Path | None = None,
           timeout: float = 5.0, data_timeout: float = 5.0) -> SmtpSender:
    secret = Secret(password if password is not None else server.credentials[username])
    return SmtpSender(account(server, security=security, username=username, ca_file=ca_file),
                      secret, timeout=timeout, data_timeout=data_timeout)


def reminder(n: int = 0, *, to: str = CLIENT) -> bytes:
    return compose(to=[to], message_id=make_message_id("example.test", f"test{n}"),
                   owner=Owner(name="Owner", email="owner@example.test"))


ENVELOPE = Envelope("owner@example.test", (CLIENT, WITNESS))


async def count(dovecot: DovecotServer, user: str) -> int:
    return await asyncio.to_thread(dovecot.message_count, user)


@pytest.mark.mailserver
@pytest.mark.parametrize("security", ["starttls", "tls"])
async def test_accepted_bytes_identical_witness_envelope_only(
    smtp_server: SmtpServer, dovecot: DovecotServer, pdf: Path, security: Security
) -> None:
    raw = compose(to=[CLIENT], owner=Owner(name="Owner", email="owner@example.test"),
                  attachments=[pdf])
    async with asyncio.timeout(30):
        async with sender(smtp_server, security=security) as smtp:
            result = await smtp.send(ENVELOPE, raw)
        assert result == SendResult(SendOutcome.ACCEPTED, 250, "2.0.0 OK: queued", "data-end")
        (recorded,) = smtp_server.messages
        assert recorded.data == raw  # dot-stuffing undone: the stored bytes, exactly
        assert recorded.rcpt_tos == [CLIENT, WITNESS]
        assert recorded.mail_from == "owner@example.test"
        assert recorded.login == "owner"
        assert b"\r\nBcc:" not in raw and not raw.startswith(b"Bcc:")
        (delivered,) = (await asyncio.to_thread(dovecot.wait_for_messages, "client")).values()
        (witness,) = (await asyncio.to_thread(dovecot.wait_for_messages, "owner")).values()
    for copy in (delivered, witness):
        assert parse(copy)["Message-ID"] == MESSAGE_ID
        assert parse(copy)["Bcc"] is None
        assert raw in copy  # Dovecot only prepends its trace headers


FAULT_PHASES = {Phase.MAIL: "mail", Phase.RCPT: "rcpt", Phase.DATA: "data",
                Phase.DATA_END: "data-end"}


@pytest.mark.mailserver
@pytest.mark.parametrize("code", [421, 451, 452])
@pytest.mark.parametrize("phase", list(FAULT_PHASES))
async def test_4xx_is_deferred_at_each_phase_and_the_next_send_works(
    smtp_server: SmtpServer, dovecot: DovecotServer, phase: Phase, code: int
) -> None:
    smtp_server.faults.reply(phase, code)
    async with asyncio.timeout(30), sender(smtp_server) as smtp:
        result = await smtp.send(ENVELOPE, reminder(1))
        assert result.outcome is SendOutcome.DEFERRED
        assert (result.code, result.phase) == (code, FAULT_PHASES[phase])
        assert f"{code} 4." in result.reply or result.reply.startswith("4.")
        assert await count(dovecot, "client") == 0
        # 421 closed the connection: the sender reconnects; otherwise RSET and go on.
        assert (await smtp.send(ENVELOPE, reminder(2))).outcome is SendOutcome.ACCEPTED
    assert smtp_server.faults.pending == []
    assert [m.outcome for m in smtp_server.messages][-1] == "250"


@pytest.mark.mailserver
async def test_connection_refused_is_deferred(smtp_server: SmtpServer) -> None:
    (closed_port,) = free_ports(1)
    mail_account = MailAccount(HOST, closed_port, "tls", "owner",
                               account(smtp_server).password, smtp_server.tls.ca_cert_path)
    async with asyncio.timeout(30), SmtpSender(mail_account, Secret(CANARY), timeout=5) as smtp:
        result = await smtp.send(ENVELOPE, reminder())
    assert (result.outcome, result.code, result.phase) == (SendOutcome.DEFERRED, None, "connect")
    assert result.reply.startswith("Connection refused")


@pytest.mark.mailserver
async def test_disconnect_before_the_final_dot_is_deferred(
    smtp_server: SmtpServer, dovecot: DovecotServer
) -> None:
    # Bigger than every socket buffer on the way, so the server's hang-up after the first
    # line reaches us while we are still sending: before the final ".".
    line = b"x" * 76 + b"\r\n"
    raw = reminder() + line * (24 * 1024 * 1024 // len(line))
    smtp_server.faults.disconnect(Phase.BODY)
    async with asyncio.timeout(60), sender(smtp_server, data_timeout=30) as smtp:
        result = await smtp.send(ENVELOPE, raw)
        assert (result.outcome, result.code, result.phase) == (
            SendOutcome.DEFERRED, None, "data")
        assert smtp_server.messages == []
        assert (await smtp.send(ENVELOPE, reminder(2))).outcome is SendOutcome.ACCEPTED
    assert await count(dovecot, "client") == 1


@pytest.mark.mailserver
@pytest.mark.parametrize("phase", [Phase.RCPT, Phase.DATA, Phase.DATA_END])
async def test_550_is_rejected(
    smtp_server: SmtpServer, dovecot: DovecotServer, phase: Phase
) -> None:
    smtp_server.faults.reply(phase, 550)
    async with asyncio.timeout(30), sender(smtp_server) as smtp:
        result = await smtp.send(ENVELOPE, reminder())
    assert (result.outcome, result.code, result.phase) == (
        SendOutcome.REJECTED, 550, FAULT_PHASES[phase])
    assert "5.7.1" in result.reply
    assert await count(dovecot, "client") == 0


@pytest.mark.mailserver
async def test_one_refused_recipient_stops_the_whole_message(
    smtp_server: SmtpServer, dovecot: DovecotServer
) -> None:
    # The witness is accepted, one client address is unknown (550), another deferred (451):
    # nothing is sent, the worst (REJECTED) wins, and the reply names both refusals.
    smtp_server.faults.reply(Phase.RCPT, 451)
    envelope = Envelope("owner@example.test",
                        ("other@example.test", "nobody@example.test", WITNESS))
    async with asyncio.timeout(30), sender(smtp_server) as smtp:
        result = await smtp.send(envelope, reminder())
        assert (result.outcome, result.code, result.phase) == (
            SendOutcome.REJECTED, 550, "rcpt")
        assert "<other@example.test>: 451" in result.reply
        assert "<nobody@example.test>: 550" in result.reply
        assert smtp_server.messages == []
        # The transaction was reset: the connection carries the next message.
        assert (await smtp.send(ENVELOPE, reminder(2))).outcome is SendOutcome.ACCEPTED
    assert await count(dovecot, "other") == 0
    assert await count(dovecot, "owner") == 1


@pytest.mark.mailserver
async def test_no_reply_after_the_final_dot_is_unknown(
    smtp_server: SmtpServer, dovecot: DovecotServer
) -> None:
    smtp_server.faults.hang(Phase.DATA_END)
    async with asyncio.timeout(30), sender(smtp_server, data_timeout=1.0) as smtp:
        result = await smtp.send(ENVELOPE, reminder())
        assert (result.outcome, result.code, result.phase) == (
            SendOutcome.UNKNOWN, None, "data-end")
        assert "no reply within 1 s" in result.reply
        # The server did take it: exactly why UNKNOWN must never be retried blindly.
        assert await count(dovecot, "client") == 1
        # The connection is dropped (a late reply would desynchronize it); the next works.
        assert (await smtp.send(ENVELOPE, reminder(2))).outcome is SendOutcome.ACCEPTED


@pytest.mark.mailserver
async def test_disconnect_after_the_final_dot_is_unknown(
    smtp_server: SmtpServer, dovecot: DovecotServer
) -> None:
    smtp_server.faults.disconnect(Phase.DATA_END, deliver=True)
    async with asyncio.timeout(30), sender(smtp_server) as smtp:
        result = await smtp.send(ENVELOPE, reminder())
    assert (result.outcome, result.code, result.phase) == (SendOutcome.UNKNOWN, None, "data-end")
    assert "connection lost after the final '.'" in result.reply
    assert await count(dovecot, "client") == 1


@pytest.mark.mailserver
async def test_a_slow_reply_waits_for_data_timeout_not_the_command_timeout(
    smtp_server: SmtpServer,
) -> None:
    smtp_server.faults.delay(Phase.DATA_END, 1.5)
    async with asyncio.timeout(30), sender(smtp_server, timeout=0.5, data_timeout=5) as smtp:
        result = await smtp.send(ENVELOPE, reminder())
    assert result.outcome is SendOutcome.ACCEPTED


@pytest.mark.mailserver
@pytest.mark.parametrize(("security", "phase"), [("tls", "connect"), ("starttls", "starttls")])
async def test_wrong_ca_is_deferred_with_a_clear_reply(
    smtp_server: SmtpServer, tmp_path: Path, security: Security, phase: str
) -> None:
    other_ca = tmp_path / "other-ca.pem"
    trustme.CA(organization_name="not the server's CA").cert_pem.write_to_path(str(other_ca))
    async with asyncio.timeout(30):
        async with sender(smtp_server, security=security, ca_file=other_ca) as smtp:
            result = await smtp.send(ENVELOPE, reminder())
    assert (result.outcome, result.code, result.phase) == (SendOutcome.DEFERRED, None, phase)
    assert "certificate verify failed" in result.reply
    assert smtp_server.messages == []


@pytest.mark.mailserver
async def test_a_batch_of_20_reuses_one_connection(
    smtp_server: SmtpServer, dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    peers: list[tuple[str, int]] = []
    handle_mail = smtp_server.handler.handle_MAIL

    async def counting_handle_mail(server: Any, session: Any, *args: Any) -> str:
        peers.append(session.peer)
        return await handle_mail(server, session, *args)

    monkeypatch.setattr(smtp_server.handler, "handle_MAIL", counting_handle_mail)
    async with asyncio.timeout(60), sender(smtp_server) as smtp:
        results = [await smtp.send(ENVELOPE, reminder(n)) for n in range(20)]
    assert {r.outcome for r in results} == {SendOutcome.ACCEPTED}
    assert len(peers) == 20 and len(set(peers)) == 1
    assert len(smtp_server.messages) == 20
    assert await count(dovecot, "client") == 20


@pytest.mark.mailserver
async def test_a_wrong_password_is_rejected_at_auth(smtp_server: SmtpServer) -> None:
    async with asyncio.timeout(30), sender(smtp_server, password=CANARY) as smtp:
        result = await smtp.send(ENVELOPE, reminder())
    assert (result.outcome, result.code, result.phase) == (SendOutcome.REJECTED, 535, "auth")
    assert CANARY not in result.reply


@pytest.mark.mailserver
async def test_the_canary_password_never_shows(
    smtp_server: SmtpServer, caplog: pytest.LogCaptureFixture
) -> None:
    smtp_server.handler.credentials["canary"] = CANARY
    caplog.set_level(logging.DEBUG, logger="dunnerd")
    results: list[SendResult] = []
    faults = [
        lambda: smtp_server.faults.reply(Phase.MAIL, 421),
        lambda: smtp_server.faults.reply(Phase.RCPT, 550),
        lambda: smtp_server.faults.reply(Phase.DATA, 451),
        lambda: smtp_server.faults.disconnect(Phase.DATA_END, deliver=True),
        lambda: smtp_server.faults.hang(Phase.DATA_END),
        lambda: None,
    ]
    async with asyncio.timeout(30):
        async with sender(smtp_server, username="canary", data_timeout=0.5) as smtp:
            for n, add_fault in enumerate(faults):
                add_fault()
                results.append(await smtp.send(ENVELOPE, reminder(n)))
        async with sender(smtp_server, username="owner", password=CANARY) as smtp:
            results.append(await smtp.send(ENVELOPE, reminder()))
    assert [r.outcome for r in results] == [
        SendOutcome.DEFERRED, SendOutcome.REJECTED, SendOutcome.DEFERRED, SendOutcome.UNKNOWN,
        SendOutcome.UNKNOWN, SendOutcome.ACCEPTED, SendOutcome.REJECTED]
    assert smtp_server.messages[-1].login == "canary"
    for text in [*(repr(r) for r in results), caplog.text]:
        assert CANARY not in text
        assert base64.b64encode(CANARY.encode()).decode() not in text


# A hostile server that echoes the credentials back in its refusal, plain and base64.


@asynccontextmanager
async def echoing_server(dovecot: DovecotServer) -> AsyncIterator[int]:
    handlers: list[asyncio.Task[None]] = []

    async def session(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        handlers.append(asyncio.current_task())  # type: ignore[arg-type]
        try:
            writer.write(b"220 echo.example.test ESMTP\r\n")
            while line := await reader.readline():
                words = line.decode().split()
                verb = words[0].upper() if words else ""
                if verb == "EHLO":
                    writer.write(b"250-echo.example.test\r\n250 AUTH PLAIN LOGIN\r\n")
                elif verb == "AUTH" and words[1:2] == ["LOGIN"]:
                    writer.write(b"334 UGFzc3dvcmQ6\r\n")
                elif verb == "QUIT":
                    writer.write(b"221 bye\r\n")
                    break
                else:
                    token = words[-1] if words else ""
                    decoded = base64.b64decode(token + "==").decode("utf-8", "replace")
                    writer.write(f"535 5.7.8 bad credentials {token} "
                                 f"{decoded.replace(chr(0), ' ')}\r\n".encode())
                await writer.drain()
        finally:
            writer.close()
            await writer.wait_closed()

    server = await asyncio.start_server(session, HOST, 0, ssl=dovecot.tls.server_context())
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        await server.wait_closed()
        await asyncio.gather(*handlers, return_exceptions=True)


@pytest.mark.mailserver
async def test_a_server_that_echoes_the_password_cannot_leak_it(
    dovecot: DovecotServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="dunnerd")
    async with asyncio.timeout(30), echoing_server(dovecot) as port:
        mail_account = MailAccount(HOST, port, "tls", "owner",
                                   SecretRef(SecretSource.FILE, "smtp.password_file", "x"),
                                   dovecot.tls.ca_cert_path)
        async with SmtpSender(mail_account, Secret(CANARY), timeout=5) as smtp:
            result = await smtp.send(ENVELOPE, reminder())
    assert (result.outcome, result.code, result.phase) == (SendOutcome.REJECTED, 535, "auth")
    assert "bad credentials" in result.reply
    for text in (repr(result), caplog.text):
        assert CANARY not in text
        assert base64.b64encode(CANARY.encode()).decode() not in text
        assert base64.b64encode(f"\0owner\0{CANARY}".encode()).decode() not in text


def test_start_up_self_test_passes_through_our_cleaning_even_on_a_buggy_interpreter() -> None:
    from dunnerd.mail.compose import compose_path_is_safe

    assert compose_path_is_safe(Owner(name="Camille", email="camille@martin-conseil.example"))


@pytest.mark.mailserver
async def test_before_final_dot_runs_once_with_nothing_yet_taken(smtp_server: SmtpServer) -> None:
    seen: list[int] = []

    async def before_final_dot() -> None:
        await asyncio.sleep(0.1)  # the server has had time to act on anything it received
        seen.append(len(smtp_server.messages))

    async with asyncio.timeout(30), sender(smtp_server) as smtp:
        result = await smtp.send(ENVELOPE, reminder(), before_final_dot)
    assert result.outcome is SendOutcome.ACCEPTED
    assert seen == [0]
    assert len(smtp_server.messages) == 1
