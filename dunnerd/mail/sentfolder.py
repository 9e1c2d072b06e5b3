"""Reading the owner's Sent folder for the invoices they email: the inbox's resync, reading
only what an invoice needs.

`SentFolderSession` is an `ImapSession` whose `fetch_new` keeps the inbox's resync exactly
(UIDVALIDITY, `UID n:*` filtered, the cursor: `ImapSession.fetch_new` itself, asked for no
bodies), then reads each new message's headers and MIME structure, and only the bytes of its
PDF and XML attachments. A Sent folder holds years of mail with attachments: it is handed over
in chunks (at most `batch` messages, `chunk_bytes` of attachments), the cursor at the last
message of the chunk, and `idle` returns at once while a chunk is left, so the watcher
(`InboxWatcher`) fetches the next one straight away. Nothing is missed, nothing read twice,
and memory stays bounded however large the folder.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import logging
import quopri
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from typing import Any

from dunnerd.config.schema import MailAccount, Secret
from dunnerd.mail.imap import FetchedMessage, ImapSession, MailboxCursor

log = logging.getLogger(__name__)

HEADER_FIELDS = ("MESSAGE-ID", "FROM", "TO", "CC", "DATE", "SUBJECT", "IN-REPLY-TO",
                 "X-DUNNERD-INVOICE", "X-DUNNERD-ALERT")
_HEADERS_ITEM = f"BODY.PEEK[HEADER.FIELDS ({' '.join(HEADER_FIELDS)})]"
MAX_PART_BYTES = 25 * 2**20  # an attachment larger than this is not read (the owner is told)
_PDF_TYPES = {("application", "pdf"), ("application", "x-pdf"), ("application", "acrobat")}
_XML_TYPES = {("application", "xml"), ("text", "xml")}
_VAGUE_TYPES = {("application", "octet-stream"), ("application", "x-download")}


@dataclass(frozen=True)
class Attachment:
    name: str
    content_type: str  # "application/pdf"
    size: int  # encoded size, from the MIME structure
    data: bytes | None  # decoded bytes; None when larger than MAX_PART_BYTES or unreadable


@dataclass(frozen=True)
class SentMessage(FetchedMessage):
    """A message of the Sent folder without its whole body (raw is b""): its headers and the
    attachments that may be invoices (PDF, XML)."""

    header: bytes = b""
    attachments: tuple[Attachment, ...] = field(default=())


@dataclass(frozen=True)
class _Part:
    section: str
    maintype: str
    subtype: str
    name: str
    encoding: str
    size: int


# ImapSession.fetch_new, asked for no bodies, warns once per message it does not fetch: in the
# Sent folder that is every message, and not worth a line each.
_quiet = threading.local()


class _SizeCapWarnings(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (getattr(_quiet, "on", False) and str(record.msg).startswith("too large"))


logging.getLogger("dunnerd.mail.imap").addFilter(_SizeCapWarnings())


@contextlib.contextmanager
def _no_size_warnings() -> Iterator[None]:
    _quiet.on = True
    try:
        yield
    finally:
        _quiet.on = False


class SentFolderSession(ImapSession):
    def __init__(self, account: MailAccount, password: Secret, *, batch: int = 5000,
                 chunk_bytes: int = 64 * 2**20, timeout: float = 30.0) -> None:
        super().__init__(account, password, timeout=timeout)
        self._batch = batch
        self._chunk_bytes = chunk_bytes
        self._backlog = False

    def fetch_new(self, cursor: MailboxCursor | None, folder: str,
                  max_bytes: int = 0) -> tuple[MailboxCursor, list[FetchedMessage], bool]:
        """The next chunk of new messages as `SentMessage`s, with the cursor at its last."""
        with _no_size_warnings():
            top, stubs, reset = super().fetch_new(cursor, folder, max_bytes=0)
        uids = [m.uid for m in stubs]
        with self._failing(f"reading {folder!r}"):
            heads = self._heads(uids[: self._batch])
            chunk = uids[: self._within_budget(uids[: self._batch], heads)]
            messages: list[FetchedMessage] = [self._read(uid, *heads[uid]) for uid in chunk
                                              if uid in heads]  # else expunged meanwhile
        self._backlog = len(chunk) < len(uids)
        if self._backlog:
            top = MailboxCursor(folder, top.uidvalidity, chunk[-1])
            log.info("Sent folder read in chunks folder=%s uid=%d left=%d", folder, chunk[-1],
                     len(uids) - len(chunk))
        return top, messages, reset

    def idle(self, folder: str, timeout: float) -> bool:
        if self._backlog:
            self._backlog = False
            return True
        return super().idle(folder, timeout)

    def _heads(self, uids: Sequence[int]) -> dict[int, tuple[bytes, list[_Part]]]:
        heads: dict[int, tuple[bytes, list[_Part]]] = {}
        client = self._require()
        for start in range(0, len(uids), 500):
            fetched = client.fetch(list(uids[start:start + 500]), [_HEADERS_ITEM, "BODYSTRUCTURE"])
            for uid, data in fetched.items():
                header = next((bytes(v) for k, v in data.items()
                               if k.startswith(b"BODY[HEADER")), b"")
                heads[int(uid)] = (header, invoice_parts(data.get(b"BODYSTRUCTURE")))
        return heads

    def _within_budget(self, uids: Sequence[int],
                       heads: dict[int, tuple[bytes, list[_Part]]]) -> int:
        """How many of `uids` fit in one chunk: at least one, then until their attachments
        pass `chunk_bytes`."""
        spent = 0
        for count, uid in enumerate(uids):
            cost = sum(p.size for p in heads[uid][1] if p.size <= MAX_PART_BYTES) \
                if uid in heads else 0
            if count and spent + cost > self._chunk_bytes:
                return count
            spent += cost
        return len(uids)

    def _read(self, uid: int, header: bytes, parts: list[_Part]) -> SentMessage:
        attachments = []
        wanted = [p for p in parts if p.size <= MAX_PART_BYTES]
        bodies: dict[str, bytes] = {}
        if wanted:
            items = [f"BODY.PEEK[{p.section}]" for p in wanted]
            data = self._require().fetch([uid], items).get(uid, {})
            for part in wanted:
                raw = data.get(f"BODY[{part.section}]".encode())
                if raw is not None:
                    bodies[part.section] = bytes(raw)
        for part in parts:
            raw_body = bodies.get(part.section)
            attachments.append(Attachment(
                part.name, f"{part.maintype}/{part.subtype}", part.size,
                None if raw_body is None else decode_part(raw_body, part.encoding)))
        return SentMessage(uid, b"", header=header, attachments=tuple(attachments))


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if not isinstance(value, str):
        return ""
    try:
        return str(make_header(decode_header(value)))
    except Exception:  # a broken encoded word: keep it as written
        return value


def _params(value: Any) -> dict[str, str]:
    if not isinstance(value, tuple | list):
        return {}
    items = list(value)
    return {_text(k).lower(): _text(v) for k, v in zip(items[::2], items[1::2], strict=False)}


def _filename(part: Sequence[Any], disposition_at: int) -> str:
    disposition = part[disposition_at] if len(part) > disposition_at else None
    names = _params(disposition[1]) if isinstance(disposition, tuple | list) and \
        len(disposition) > 1 else {}
    names.update({k: v for k, v in _params(part[2]).items() if k not in names})
    return names.get("filename") or names.get("filename*", "").split("''")[-1] or \
        names.get("name") or names.get("name*", "").split("''")[-1]


def invoice_parts(structure: Any, section: str = "") -> list[_Part]:
    """The parts of a BODYSTRUCTURE (as imapclient parses it) that may hold an invoice: PDF
    and XML files. Forwarded messages (message/rfc822) are not looked into. Pure."""
    if structure is None:
        return []
    if isinstance(structure[0], list):  # multipart: the parts, then the subtype
        found = []
        for index, part in enumerate(structure[0], start=1):
            found += invoice_parts(part, f"{section}.{index}" if section else str(index))
        return found
    if len(structure) < 7:
        return []
    maintype, subtype = _text(structure[0]).lower(), _text(structure[1]).lower()
    if maintype == "message":
        return []
    # body-fields, then (text parts only) the line count, then MD5 and the disposition.
    name = _filename(structure, 9 if maintype == "text" else 8)
    kind = (maintype, subtype)
    lower = name.lower()
    is_pdf = kind in _PDF_TYPES or (kind in _VAGUE_TYPES and lower.endswith(".pdf"))
    is_xml = (kind in _XML_TYPES and lower.endswith(".xml")) or (
        kind in _VAGUE_TYPES and lower.endswith(".xml"))
    if not (is_pdf or is_xml):
        return []
    size = structure[6] if isinstance(structure[6], int) else 0
    return [_Part(section or "1", maintype, subtype, name or f"attachment.{subtype}",
                  _text(structure[5]).lower(), size)]


def decode_part(raw: bytes, encoding: str) -> bytes | None:
    """A part's bytes as they were attached (None if its transfer encoding is broken)."""
    try:
        if encoding == "base64":
            return base64.b64decode(b"".join(raw.split()), validate=False)
        if encoding == "quoted-printable":
            return quopri.decodestring(raw)
    except (binascii.Error, ValueError):
        return None
    return raw
