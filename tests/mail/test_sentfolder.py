"""The Sent folder session against the real Dovecot: the inbox's resync, reading only headers,
structure and the PDF/XML attachments, in chunks, each message once."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dunnerd.config.schema import Secret
from dunnerd.mail.imap import FetchedMessage, MailboxCursor
from dunnerd.mail.sentfolder import SentFolderSession, SentMessage, invoice_parts
from dunnerd.mail.watcher import InboxWatcher
from tests.intake.samples import email_with
from tests.mail.helpers import make_account
from tests.mailservers.dovecot import DovecotServer

pytestmark = pytest.mark.mailserver


def test_structure_names_the_invoice_parts() -> None:
    pdf = (b"application", b"pdf", (b"name", b"F-1.pdf"), None, None, b"base64", 1000, None,
           (b"attachment", (b"filename", b"F-1.pdf")), None, None)
    text = (b"text", b"plain", (b"charset", b"utf-8"), None, None, b"7bit", 20, 1, None, None,
            None, None)
    xml = (b"application", b"octet-stream", None, None, None, b"base64", 50, None,
           (b"attachment", (b"filename", b"=?utf-8?q?facture_=C3=A9t=C3=A9.xml?=")), None, None)
    photo = (b"image", b"jpeg", None, None, None, b"base64", 9999, None, None, None, None)
    forwarded = (b"message", b"rfc822", None, None, None, b"7bit", 300, None, None, 10)
    nested = ([xml, photo], b"mixed")
    parts = invoice_parts(([text, pdf, nested, forwarded], b"mixed"))
    assert [(p.section, p.name, p.encoding, p.size) for p in parts] == [
        ("2", "F-1.pdf", "base64", 1000), ("3.1", "facture été.xml", "base64", 50)]
    assert invoice_parts(pdf)[0].section == "1"  # a message that is only the PDF


def test_chunks_hand_over_every_message_once(clean_mailboxes: DovecotServer,
                                             samples: dict[str, Path]) -> None:
    pdf = samples["fx_en16931.pdf"].read_bytes()
    xml = samples["ubl_invoice.xml"].read_bytes()
    raws = [email_with([]), email_with([("F2026-0103.pdf", pdf)]),
            email_with([("facture.xml", xml)], cte="quoted-printable"),
            email_with([("a.pdf", pdf), ("b.pdf", pdf)]), email_with([("c.pdf", pdf)])]
    with clean_mailboxes.imap_client("owner") as client:
        for raw in raws:
            client.append("Sent", raw)
    account = make_account(clean_mailboxes)
    password = Secret(clean_mailboxes.passwords["owner"])
    seen: list[FetchedMessage] = []
    cursor: list[MailboxCursor] = []

    async def on_messages(new: MailboxCursor, messages: list[FetchedMessage],
                          reset: bool) -> None:
        seen.extend(messages)
        cursor[:] = [new]

    async def load() -> MailboxCursor | None:
        return cursor[0] if cursor else None

    async def scan() -> int:
        # Room for one PDF per chunk: the five messages come in four chunks.
        watcher = InboxWatcher(lambda: SentFolderSession(account, password,
                                                         chunk_bytes=len(pdf) * 3 // 2),
                               "Sent", load, on_messages)
        try:
            rounds = 0
            while True:
                before = len(seen)
                await watcher.sync_once()
                rounds += 1
                if len(seen) == before:
                    return rounds
        finally:
            await watcher.close()

    rounds = asyncio.run(scan())
    assert rounds == 5  # four chunks, then nothing new
    first = seen[0].uid  # UIDs go on from earlier tests' messages in this Dovecot
    assert [m.uid for m in seen] == list(range(first, first + 5))
    assert all(isinstance(m, SentMessage) and m.raw == b"" for m in seen)
    got = [[(a.name, a.data) for a in m.attachments] for m in seen if isinstance(m, SentMessage)]
    assert got == [[], [("F2026-0103.pdf", pdf)], [("facture.xml", xml)],
                   [("a.pdf", pdf), ("b.pdf", pdf)], [("c.pdf", pdf)]]
    assert b"Message-ID:" in seen[1].header  # type: ignore[attr-defined]
    assert cursor[0].last_uid == first + 4
