"""Pure: raw inbound bytes to the facts the classifier reads, without ever crashing on them.

Parsing uses the `compat32` policy on purpose: it never raises when a header is read (the
`default` policy parses lazily and can raise a bare IndexError on `To: (c):`), and it hands back
raw payload bytes that we decode ourselves, so a wrong or unknown charset degrades to replacement
characters instead of an exception. Everything still runs inside one guard: whatever escapes is
turned into `MalformedMessage`, the caller's cue to quarantine the raw bytes.

Work is capped per message: at most `MAX_BYTES` parsed, `MAX_PARTS` MIME parts visited, the body
text cut at `text_cap` characters, and the text searched for a returned original cut at
`SCAN_CAP`.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email
import email.header
import email.policy
import email.utils
import logging
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from email.message import Message
from email.parser import HeaderParser
from email.utils import getaddresses

log = logging.getLogger(__name__)
# flufl.bounce logs a full traceback before re-raising when a heuristic detector trips on odd
# input; we catch that and carry on, so its log would only be noise in the journal.
logging.getLogger("flufl.bounce").setLevel(logging.CRITICAL)

MAX_BYTES = 4_000_000
MAX_PARTS = 64
SCAN_CAP = 200_000
_MESSAGE_ID = re.compile(r"<[^<>\s]{1,250}>")
_TAG = re.compile(r"<[^<>]{0,2000}>")
_SCRIPT = re.compile(r"<(script|style)\b.{0,20000}?</\1\s*>", re.IGNORECASE | re.DOTALL)
_ENTITY = {"&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'",
           "&euro;": "€", "&eacute;": "é", "&egrave;": "è", "&agrave;": "à", "&ccedil;": "ç"}
_QUOTED_ID = re.compile(r"^[ \t>]*Message-I[dD][ \t]*:[ \t]*(<[^<>\s]{1,250}>)", re.MULTILINE)
# What comes before the headers in real files: blank lines, an mbox "From " envelope line.
_LEADING_BLANK = re.compile(rb"\A(?:[ \t]*\r?\n)+")
_MBOX_FROM = re.compile(rb"\AFrom [^\r\n:]*\r?\n")
_BOUNDARY_LINE = re.compile(r"^--([^\s\r\n]{1,70})\s*$", re.MULTILINE)
_QUOTED_INVOICE = re.compile(r"^[ \t>]*X-Dunnerd-Invoice[ \t]*:[ \t]*([^\r\n]{1,300})",
                             re.MULTILINE | re.IGNORECASE)
# The headers the classifier reads; values are decoded, unfolded and capped.
KEPT_HEADERS = (
    "auto-submitted", "x-autoreply", "x-autorespond", "x-autoresponder", "x-auto-response-suppress",
    "precedence", "list-id", "list-unsubscribe", "list-post", "x-spam-flag", "x-spam-status",
    "x-mailer", "user-agent", "reply-to", "sender", "x-failed-recipients", "x-dunnerd-invoice",
    "feedback-type", "x-ms-exchange-inbox-rules-loop", "x-ms-exchange-generated-message-source",
    "x-loop", "errors-to", "to",
)


class MalformedMessage(Exception):
    """The bytes could not be read as an email at all; keep them raw for a human."""


@dataclass(frozen=True)
class DeliveryReport:
    """One recipient block of a message/delivery-status part (RFC 3464)."""

    recipient: str
    action: str
    status: str
    diagnostic: str


@dataclass(frozen=True)
class ReturnedMessage:
    """What a bounce tells of the message that failed: enough to find it in the ledger."""

    message_id: str | None
    invoice_numbers: str = ""  # the X-Dunnerd-Invoice header, as found
    subject: str = ""


@dataclass(frozen=True)
class ParsedMessage:
    message_id: str | None
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    from_address: str | None
    subject: str
    text: str  # the plain-text body (HTML reduced to text when there is no plain part), capped
    from_name: str = ""
    return_path: str | None = None  # None: no header; "": the null sender <>
    headers: Mapping[str, str] = field(default_factory=dict)  # KEPT_HEADERS, lower-case names
    header_names: frozenset[str] = frozenset()
    content_type: str = "text/plain"
    report_type: str = ""
    part_types: tuple[str, ...] = ()  # every part visited, nested ones included
    html_only: bool = False
    delivery_reports: tuple[DeliveryReport, ...] = ()
    returned: tuple[ReturnedMessage, ...] = ()
    failed_recipients: tuple[str, ...] = ()  # flufl.bounce's permanent failures
    warned_recipients: tuple[str, ...] = ()  # flufl.bounce's temporary failures
    defects: tuple[str, ...] = ()
    date: dt.datetime | None = None  # the Date header, when it reads as an aware instant
    # The content types of attached parts (a disposition of attachment or a file name).
    attachments: tuple[str, ...] = ()

    @property
    def thread_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.in_reply_to + self.references))


_ONE_BYTE = frozenset({"iso8859-1", "iso8859-15", "cp1252", "iso8859-2", "cp1250", "mac-roman"})


def _charset(name: str | None) -> str:
    cleaned = (name or "").strip().strip("\"'").split()[0:1]
    try:
        return codecs.lookup(cleaned[0]).name if cleaned else "utf-8"
    except LookupError:
        return "utf-8"


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Declared charset, then UTF-8, then cp1252: a wrong label never loses the whole text.
    Bytes that are valid UTF-8 under a one-byte label ("iso-8859-1") are read as UTF-8: any
    one-byte charset accepts them, as "RÃ¨glement", and real Latin-1 text is almost never
    valid UTF-8."""
    declared = _charset(charset)
    first = ("utf-8", declared) if declared in _ONE_BYTE and not data.isascii() else (declared,)
    for candidate in (*first, "utf-8"):
        try:
            return data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("cp1252", "replace")


def _header_text(value: object, cap: int = 2000) -> str:
    raw = str(value)[:cap * 4]
    if any("\udc80" <= ch <= "\udcff" for ch in raw):  # 8-bit header bytes kept as surrogates
        raw = decode_bytes(raw.encode("ascii", "surrogateescape"), "utf-8")
    try:
        chunks = email.header.decode_header(raw)
    except (ValueError, LookupError, AssertionError):
        return " ".join(raw.split())[:cap]
    text = "".join(chunk if isinstance(chunk, str) else decode_bytes(chunk, charset)
                   for chunk, charset in chunks)
    return " ".join(text.split())[:cap]


def _first_headers(message: Message) -> dict[str, str]:
    """The first value of each header, raw: `get()` would turn 8-bit bytes into a Header."""
    found: dict[str, str] = {}
    for name, value in list(message.raw_items())[:500]:
        found.setdefault(name.lower(), value if isinstance(value, str) else str(value))
    return found


def _ids(value: str) -> tuple[str, ...]:
    return tuple(_MESSAGE_ID.findall(value))[:50]


def html_to_text(html: str) -> str:
    text = _SCRIPT.sub(" ", html)
    text = re.sub(r"(?i)<\s*(br|/p|/div|/tr|/li|/h\d)\b[^>]{0,200}>", "\n", text)
    text = _TAG.sub(" ", text)
    for entity, char in _ENTITY.items():
        text = text.replace(entity, char)
    return re.sub(r"[ \t]+", " ", text)


def _payload_text(part: Message) -> str:
    data = part.get_payload(decode=True)
    if isinstance(data, bytes):
        return decode_bytes(data[:SCAN_CAP * 2], part.get_content_charset())
    payload = part.get_payload()
    return payload[:SCAN_CAP] if isinstance(payload, str) else ""


def _walk(message: Message, depth: int = 0) -> Iterator[tuple[Message, bool]]:
    """Parts in order, with whether they sit inside an attached message; bounded."""
    stack: list[tuple[Message, bool, int]] = [(message, False, 0)]
    seen = 0
    while stack and seen < MAX_PARTS:
        part, nested, level = stack.pop()
        seen += 1
        yield part, nested
        payload = part.get_payload()
        if isinstance(payload, list) and level < 8:
            inner = part.get_content_type() == "message/rfc822" or nested
            stack.extend((p, inner, level + 1) for p in reversed(payload)
                         if isinstance(p, Message))


def _delivery_reports(part: Message) -> list[DeliveryReport]:
    payload = part.get_payload()
    if isinstance(payload, list):
        blocks = [p for p in payload if isinstance(p, Message)]
    else:
        text = _payload_text(part)
        blocks = [HeaderParser().parsestr(b.strip() + "\n")
                  for b in re.split(r"\r?\n\s*\r?\n", text) if b.strip()]
    reports = []
    for block in blocks[:50]:
        recipient = str(block.get("Final-Recipient") or block.get("Original-Recipient") or "")
        if not recipient:
            continue
        address = recipient.split(";", 1)[-1].strip().strip("<>").lower()
        reports.append(DeliveryReport(
            recipient=_header_text(address, 320),
            action=_header_text(block.get("Action", ""), 40).lower(),
            status=_header_text(block.get("Status", ""), 40),
            diagnostic=_header_text(block.get("Diagnostic-Code", ""), 500)))
    return reports


def _returned_from_headers(message: Message) -> ReturnedMessage | None:
    headers = _first_headers(message)
    ids = _ids(_header_text(headers.get("message-id", ""), 500))
    invoices = _header_text(headers.get("x-dunnerd-invoice", ""), 300)
    if not ids and not invoices:
        return None
    return ReturnedMessage(ids[0] if ids else None, invoices,
                           _header_text(headers.get("subject", ""), 300))


def _returned(part: Message) -> ReturnedMessage | None:
    ctype = part.get_content_type()
    payload = part.get_payload()
    if ctype == "message/rfc822" and isinstance(payload, list) and payload:
        inner = payload[0]
        return _returned_from_headers(inner) if isinstance(inner, Message) else None
    if ctype in ("text/rfc822-headers", "message/rfc822-headers", "message/rfc822"):
        return _returned_from_headers(HeaderParser().parsestr(_payload_text(part)[:50_000]))
    return None


def _flufl(message: Message) -> tuple[tuple[str, ...], tuple[str, ...]]:
    from flufl.bounce import all_failures  # loaded with the first inbound message

    try:
        temporary, permanent = all_failures(message)
    except Exception:  # noqa: BLE001 - a heuristic detector tripping is not our message's fault
        return (), ()

    def clean(found: frozenset[bytes]) -> tuple[str, ...]:
        return tuple(sorted({a.decode("utf-8", "replace").strip().strip("<>").lower()
                             for a in found if b"@" in a}))[:50]

    return clean(temporary), clean(permanent)


def parse_message(raw: bytes, text_cap: int = 20_000) -> ParsedMessage:
    """Read every field the classifier needs, inside one guard.

    Raises only `MalformedMessage` (bytes that are not an email at all, or a parser failure).
    """
    try:
        return _parse(raw[:MAX_BYTES], text_cap)
    except Exception as exc:  # noqa: BLE001 - any parser failure means quarantine, not a crash
        raise MalformedMessage(f"{exc.__class__.__name__}: {exc}"[:300]) from exc


def _date(value: str) -> dt.datetime | None:
    try:
        found = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return found if found.tzinfo is not None else None


def _unboundaried(message: Message) -> Message:
    """A multipart whose Content-Type lost its boundary parameter (seen from broken clients):
    the boundary is the first "--token" line of the body, so the parts can still be read."""
    payload = message.get_payload()
    if message.get_content_maintype() != "multipart" or not isinstance(payload, str):
        return message
    found = _BOUNDARY_LINE.search(payload[:5000])
    if not found:
        return message
    rebuilt = (f"Content-Type: {message.get_content_type()}; boundary=\"{found.group(1)}\"\n\n"
               + payload[:MAX_BYTES])
    return email.message_from_string(rebuilt, policy=email.policy.compat32)


def _parse(raw: bytes, text_cap: int) -> ParsedMessage:
    raw = _MBOX_FROM.sub(b"", _LEADING_BLANK.sub(b"", raw, count=1), count=1)
    if not raw.strip():
        raise MalformedMessage("empty message")
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    if not message.keys():
        raise MalformedMessage("no header at all")
    body_root = _unboundaried(message)
    first = _first_headers(message)
    headers = {name: _header_text(first[name], 1000) for name in KEPT_HEADERS if name in first}
    from_text = _header_text(first.get("from", ""), 1000)
    senders = getaddresses([from_text])
    sender = next(((name, addr) for name, addr in senders if "@" in addr), None)
    return_path: str | None = None
    if "return-path" in first:
        return_path = _header_text(first["return-path"], 400).strip().strip("<>")
    plain: list[str] = []
    html: list[str] = []
    scan: list[str] = []
    part_types: list[str] = []
    reports: list[DeliveryReport] = []
    returned: list[ReturnedMessage] = []
    attachments: list[str] = []
    defects = [type(d).__name__ for d in message.defects][:10]
    for part, nested in _walk(body_root):
        try:
            ctype = part.get_content_type()
            part_types.append(ctype)
            disposition = str(part.get("Content-Disposition", "")).lower()
            if part is not body_root and not nested and (
                    disposition.startswith("attachment") or part.get_filename()):
                attachments.append(ctype)
            if ctype == "message/delivery-status":
                reports.extend(_delivery_reports(part))
                continue
            found = _returned(part)
            if found is not None:
                returned.append(found)
            if nested or part.is_multipart() or not ctype.startswith("text/"):
                continue
            if ctype in ("text/rfc822-headers",):
                continue
            if disposition.startswith("attachment") and ctype not in ("text/plain", "text/html"):
                continue
            text = _payload_text(part)
            scan.append(text)
            if ctype == "text/html":
                html.append(html_to_text(text))
            elif ctype == "text/plain" and not disposition.startswith("attachment"):
                plain.append(text)
        except Exception as exc:  # noqa: BLE001 - one broken part must not hide the others
            defects.append(f"part: {exc.__class__.__name__}")
    # Some senders (Venmo, seen in public fixtures) send an empty text/plain beside the HTML.
    body = "\n".join(plain) if any(t.strip() for t in plain) else "\n".join(html)
    scanned = "\n".join(scan)[:SCAN_CAP]
    known_ids = {r.message_id for r in returned}
    for mid in _QUOTED_ID.findall(scanned)[:5]:
        if mid not in known_ids:
            returned.append(ReturnedMessage(mid))
    quoted_invoices = _QUOTED_INVOICE.findall(scanned)[:3]
    returned.extend(ReturnedMessage(None, numbers.strip()) for numbers in quoted_invoices)
    warned, failed = _flufl(message)
    message_ids = _ids(_header_text(first.get("message-id", ""), 500))
    return ParsedMessage(
        message_id=message_ids[0] if message_ids else None,
        in_reply_to=_ids(_header_text(first.get("in-reply-to", ""), 2000)),
        references=_ids(_header_text(first.get("references", ""), 8000)),
        from_address=sender[1].strip().lower()[:320] if sender else None,
        from_name=sender[0][:200] if sender else "",
        subject=_header_text(first.get("subject", ""), 500),
        text=body.replace("\r\n", "\n")[:text_cap],
        return_path=return_path,
        headers=headers,
        header_names=frozenset(first),
        content_type=message.get_content_type(),
        report_type=str(message.get_param("report-type", "") or "").lower()[:80],
        part_types=tuple(part_types),
        html_only=not plain and bool(html),
        delivery_reports=tuple(reports),
        returned=tuple(returned[:10]),
        failed_recipients=failed,
        warned_recipients=warned,
        defects=tuple(defects),
        date=_date(_header_text(first.get("date", ""), 200)),
        attachments=tuple(attachments[:20]),
    )
