"""A reminder's exact bytes, composed once and stored.

`compose_reminder` turns a rendered reminder into the bytes that are stored in the outbox before
the first attempt and re-sent unchanged on every retry: it is deterministic (the multipart
boundaries derive from the Message-ID), every header value taken from the ledger goes through
`headers.safe_header_text` or an `Address`, and the result is parsed back to prove that no extra
header slipped in (RELIABILITY.md, "Hostile and broken input"). Sending them is `mailer`'s job.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import logging
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.headerregistry import Address, BaseHeader, HeaderRegistry
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

from dunnerd.config.schema import Owner
from dunnerd.dunning.render import RenderedReminder
from dunnerd.headers import safe_display_name, safe_header_text

log = logging.getLogger(__name__)

CORRELATION_HEADER = "X-Dunnerd-Invoice"
INVOICE_NUMBER_MAX_LENGTH = 64
FILENAME_MAX_LENGTH = 100

# A msg-id we write or thread to: "<left@right>", printable ASCII, no spaces or brackets inside.
_MSG_ID = re.compile(r"<[!-;=?-~]+@[!-;=?-~]+>")  # printable ASCII less "<" and ">"
_DOMAIN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*")
_TOKEN = re.compile(r"[A-Za-z0-9._-]{1,64}")


class ComposeError(Exception):
    """The reminder cannot be composed: a missing attachment, an unusable address or id."""


def make_message_id(domain: str, token: str | None = None, *, now: datetime | None = None) -> str:
    """A new Message-ID such as ``<20261123T090000.5f0c9e1a2b3c4d5e@martin-conseil.example>``.

    `domain` is the owner's email domain. `token` (letters, digits, ".", "_", "-") defaults to
    64 random bits from `secrets`, which is what makes the id unique; `now` (default: the
    current UTC time) only makes ids readable and sortable. Make it once, before the first
    attempt, and store it: it is the idempotency key of the reminder.
    """
    if not _DOMAIN.fullmatch(domain):
        raise ComposeError(f"cannot make a Message-ID: {domain!r} is not a domain name")
    token = secrets.token_hex(8) if token is None else token
    if not _TOKEN.fullmatch(token):
        raise ComposeError(f"cannot make a Message-ID: unusable token {token!r}")
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%S")
    return f"<{stamp}.{token}@{domain.lower()}>"


def compose_reminder(
    *,
    owner: Owner,
    to: Sequence[str],
    cc: Sequence[str],
    client_name: str,
    rendered: RenderedReminder,
    message_id: str,
    date: datetime,
    invoice_numbers: Sequence[str],
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    attachments: Sequence[Path] = (),
    files: Sequence[tuple[str, bytes]] = (),
) -> bytes:
    """The reminder as the exact bytes to store, send and re-send (CRLF line endings).

    Headers: From (the owner), To (the first address with the client's name), Cc, Subject,
    Date, Message-ID, In-Reply-To and References when threading, and ``X-Dunnerd-Invoice:
    F-1, F-2`` for correlation. Never Bcc (the witness is an envelope-only recipient), never
    Auto-Submitted, Precedence or List-Unsubscribe. Body: multipart/alternative text and HTML,
    both quoted-printable so the message is 7-bit clean; then one application/pdf part per
    attachment. When there are as many attachments as invoice numbers, attachment i is taken to
    be invoice i's (for error messages). `files` are files already in memory (name, bytes),
    after the attachments: a PDF (the formal notice), or by their name's ending a ZIP, CSV or
    JSON (the hand-off dossier).

    In-Reply-To and References are threading hints from the ledger, possibly from inbound mail:
    an id that is not a plain ``<left@right>`` is left out (and logged) rather than failing the
    reminder; `in_reply_to` is appended to References when missing (RFC 5322 3.6.4).

    The same inputs always give the same bytes. Raises ComposeError for an unusable address,
    Message-ID, naive `date`, no invoice number, or an attachment that cannot be read.
    """
    if not to:
        raise ComposeError("a reminder needs at least one To address")
    if date.tzinfo is None or date.utcoffset() is None:
        raise ComposeError(f"the Date of {message_id} must be timezone-aware, not {date!r}")
    if not _MSG_ID.fullmatch(message_id):
        raise ComposeError(f"unusable Message-ID {message_id!r}")
    numbers = _invoice_numbers(invoice_numbers)
    thread = _thread_ids(message_id, in_reply_to, references)

    def build(with_names: bool) -> tuple[bytes, list[str]]:
        owner_display_name = safe_display_name(owner.name) if with_names else ""
        client_display_name = safe_display_name(client_name) if with_names else ""
        msg = EmailMessage(policy=_COMPOSE_POLICY)
        msg["From"] = _address(owner.email, owner_display_name, "the owner's")
        msg["To"] = [_address(addr, client_display_name if i == 0 else "", "a To")
                     for i, addr in enumerate(to)]
        if cc:
            msg["Cc"] = [_address(addr, "", "a Cc") for addr in cc]
        msg["Subject"] = safe_header_text(rendered.subject)
        msg["Date"] = format_datetime(date)
        msg["Message-ID"] = message_id
        if thread.in_reply_to:
            msg["In-Reply-To"] = thread.in_reply_to
        if thread.references:
            msg["References"] = " ".join(thread.references)
        msg[CORRELATION_HEADER] = ", ".join(numbers)
        msg.set_content(rendered.text, cte="quoted-printable")
        msg.add_alternative(rendered.html, subtype="html", cte="quoted-printable")
        for path, content in zip(attachments, pdfs, strict=True):
            msg.add_attachment(content, maintype="application", subtype="pdf",
                               filename=_attachment_name(path))
        for name, content in files:
            maintype, subtype = file_type(name)
            msg.add_attachment(content, maintype=maintype, subtype=subtype,
                               filename=safe_header_text(name, FILENAME_MAX_LENGTH) or "notice.pdf")
        _set_boundaries(msg, message_id)
        return msg.as_bytes(), [name.lower() for name in msg.keys()]

    def check(raw: bytes, expected: list[str]) -> str | None:
        addresses = {"From": [owner.email], "To": list(to)}
        if cc:
            addresses["Cc"] = list(cc)
        return _header_problem(raw, expected, addresses)

    pdfs = [_read_attachment(path, numbers[i] if len(attachments) == len(numbers)
                             else ", ".join(numbers))
            for i, path in enumerate(attachments)]
    raw, expected = build(with_names=True)
    problem = check(raw, expected)
    if problem is not None:
        # Python 3.11's folder can pull the "<addr>" or the comma after a long or odd
        # encoded display name into the encoded word (seen with runs of U+00A0, astral
        # characters, long names), garbling the addresses: without the name, they survive.
        log.warning("composing without display names message_id=%s: %s", message_id, problem)
        raw, expected = build(with_names=False)
        problem = check(raw, expected)
    if problem is not None:
        raise ComposeError(f"refusing to send {message_id}: {problem}")
    return raw


@dataclass(frozen=True)
class _Thread:
    in_reply_to: str | None
    references: tuple[str, ...]


def _thread_ids(message_id: str, in_reply_to: str | None,
                references: Sequence[str]) -> _Thread:
    def usable(msg_id: str, what: str) -> bool:
        if _MSG_ID.fullmatch(msg_id):
            return True
        log.warning("leaving out an unusable %s id=%r message_id=%s", what, msg_id, message_id)
        return False

    parent = in_reply_to.strip() if in_reply_to else None
    if parent is not None and not usable(parent, "In-Reply-To"):
        parent = None
    chain: list[str] = []
    for ref in (*references, *([parent] if parent else [])):
        ref = ref.strip()
        if ref not in chain and ref != message_id and usable(ref, "References"):
            chain.append(ref)
    return _Thread(parent, tuple(chain))


def _invoice_numbers(invoice_numbers: Sequence[str]) -> list[str]:
    if not invoice_numbers:
        raise ComposeError("a reminder must name at least one invoice")
    numbers = []
    for number in invoice_numbers:
        clean = safe_header_text(number, INVOICE_NUMBER_MAX_LENGTH)
        if not clean:
            raise ComposeError(f"invoice number {number!r} has no printable text")
        numbers.append(clean)
    return numbers


def _address(addr_spec: str, display_name: str, what: str) -> Address:
    try:
        address = Address(display_name=display_name, addr_spec=addr_spec)
    except Exception as exc:  # ValueError, HeaderParseError, and an IndexError on "a@"
        raise ComposeError(f"{what} address {addr_spec!r} is not usable: {exc}") from None
    if not address.username or not address.domain:
        raise ComposeError(f"{what} address {addr_spec!r} is not usable: no user or domain")
    return address


def _read_attachment(path: Path, invoice: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ComposeError(f"the PDF of invoice {invoice} is missing: {path}") from None
    except OSError as exc:
        raise ComposeError(f"cannot read the PDF of invoice {invoice} ({path}): "
                           f"{exc.strerror or exc}") from None


# The types of the files sent from memory, by their name's ending (a PDF otherwise): the formal
# notice, and the hand-off dossier (a ZIP with the claim as CSV and JSON) to the owner's agent.
_FILE_TYPES = {".zip": ("application", "zip"), ".csv": ("text", "csv"),
               ".json": ("application", "json")}


def file_type(name: str) -> tuple[str, str]:
    """The MIME type of a file sent from memory, by its name (a PDF unless it says otherwise)."""
    return _FILE_TYPES.get(Path(name).suffix.lower(), ("application", "pdf"))


def _attachment_name(path: Path) -> str:
    # A file name is ledger text too, and on Linux it may hold a newline.
    return safe_header_text(path.name, FILENAME_MAX_LENGTH) or "invoice.pdf"


def _set_boundaries(msg: EmailMessage, message_id: str) -> None:
    """Fixed boundaries, so composing twice gives the same bytes (the generator would pick
    random ones). "=_" can appear neither in quoted-printable nor in base64 text, and every
    body part here is one or the other, so no boundary can occur inside a part."""
    digest = hashlib.sha256(message_id.encode("ascii")).hexdigest()[:24]
    for index, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_dunnerd_{digest}_{index}")


def _header_problem(raw: bytes, expected: list[str], addresses: dict[str, list[str]]
                    ) -> str | None:
    """Parse the header block back and say what is wrong, if anything: the headers must be
    exactly those set, with one From, To and Cc each holding exactly the addresses given.
    Catches an interpreter that turns an encoded newline into a header (CVE-2024-6923) and a
    folding that garbles an address."""
    try:
        parsed = BytesParser(policy=email.policy.default).parsebytes(_header_block(raw),
                                                                     headersonly=True)
        names = [name.lower() for name in parsed.keys()]
        found = {field: [a.addr_spec for header in parsed.get_all(field) or []
                         for a in header.addresses]
                 for field in addresses}
    except Exception as exc:
        return f"the message does not parse back: {exc!r}"
    if sorted(names) != sorted(expected):
        return f"it came out with the headers {names}, not {expected}"
    for field, specs in addresses.items():
        if found[field] != specs:
            return f"its {field} came out as {found[field]}, not {specs}"
    return None


def _header_block(raw: bytes) -> bytes:
    """`raw` up to its first CRLF CRLF: an empty line to the parser, since a line starts after
    every LF, so the header block ends there at the latest (earlier at an empty line of bare CRs
    or LFs, or a line that is no header). Parsing just this finds the same top-level headers as
    parsing the whole message, without reading every line of the body."""
    end = raw.find(b"\r\n\r\n")
    return raw if end < 0 else raw[:end + 4]


class _HeaderRegistry(HeaderRegistry):
    """The email package's registry, but making each header class once. Its own makes a new
    class for every header set or parsed, 33 per reminder; making and then collecting those
    classes was a third of the CPU time of composing. They differ in nothing but identity, so
    the bytes are the same, and two threads racing at most make one twice."""

    def __init__(self) -> None:
        super().__init__()
        self._classes: dict[object, type[BaseHeader]] = {}

    def __getitem__(self, name: str) -> type[BaseHeader]:
        kind = self.registry.get(name.lower(), self.default_class)
        made = self._classes.get(kind)
        if made is None:
            made = self._classes[kind] = super().__getitem__(name)
        return made


_COMPOSE_POLICY = email.policy.SMTP.clone(header_factory=_HeaderRegistry())


def compose_path_is_safe(owner: Owner) -> bool:
    """The start-up self-test: does text a client controls, taken through our own compose path,
    stay inside its header? Some 3.11 builds (CVE-2024-6923) turn an encoded newline into a new
    header; our cleaning removes encoded words and newlines before the email package sees them,
    and this proves it on the interpreter that is running."""
    hostile = "ACME =?UTF-8?Q?=0A?=Bcc: probe@attacker.invalid\r\nCc: probe@attacker.invalid"
    rendered = RenderedReminder(subject=safe_header_text(f"Invoice {hostile}"), text="probe",
                                html="<p>probe</p>")
    try:
        raw = compose_reminder(
            owner=owner, to=["client@example.invalid"], cc=[], client_name=hostile,
            rendered=rendered, message_id=make_message_id("example.invalid"),
            date=datetime(2026, 1, 1, tzinfo=UTC), invoice_numbers=[hostile])
    except ComposeError:
        return True  # refused outright: nothing was emitted
    message = email.message_from_bytes(raw, policy=email.policy.default)
    return "Bcc" not in message and "Cc" not in message and len(message.get_all("To", [])) == 1
