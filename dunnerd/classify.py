"""Pure: what an inbound message is and which invoices it concerns.

Parsing is guarded as a whole: with `policy=default` headers parse lazily, so a malformed field
can raise (even a bare IndexError) when read. `parse_message` reads every field it needs inside
one guard and raises `MalformedMessage`, which the caller turns into a quarantine row.

This version knows three kinds: `witness` (our own reminder coming back through the owner's
mailbox: proof the server accepted it), `human_reply` (threads to one of our reminders or to an
invoice's email, or comes from a client's address and names one of their invoice numbers) and
`other`. The inbox-reading issue adds auto-replies, bounces and payment notices behind the same
`classify()`. A message from a client's address that names none of their invoices is still a
reply, about all of that client's invoices.
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import getaddresses
from typing import Any

_MESSAGE_ID = re.compile(r"<[^<>\s]{1,250}>")
_QUOTE_HEADER = re.compile(
    r"^(on .{0,200} wrote:|le .{0,200} a écrit\s*:|-----\s*original message\s*-----|"
    r"-----\s*message d'origine\s*-----|de\s*:.*|from\s*:.*)\s*$", re.IGNORECASE)
FIRST_LINES = 5


class MalformedMessage(Exception):
    pass


@dataclass(frozen=True)
class ParsedMessage:
    message_id: str | None
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    from_address: str | None
    subject: str
    text: str  # the plain-text body, capped

    @property
    def thread_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.in_reply_to + self.references))


@dataclass(frozen=True)
class Correlation:
    """What the ledger knows that bears on this one message (looked up by the caller)."""

    our_message_ids: frozenset[str] = frozenset()  # reminders we sent
    invoices_by_thread_id: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    client_id: int | None = None  # the client whose address sent it
    client_invoice_numbers: Mapping[str, int] = field(default_factory=dict)  # number -> id


@dataclass(frozen=True)
class Verdict:
    kind: str
    invoice_ids: tuple[int, ...] = ()
    client_id: int | None = None
    evidence: Mapping[str, Any] = field(default_factory=dict)


def _ids(value: str | None) -> tuple[str, ...]:
    return tuple(_MESSAGE_ID.findall(value or ""))


def _plain_text(message: EmailMessage, cap: int) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    content = part.get_content()
    text = content if isinstance(content, str) else ""
    if part.get_content_type() == "text/html":
        text = re.sub(r"<[^>]*>", " ", text)
    return text[:cap]


def parse_message(raw: bytes, text_cap: int = 20_000) -> ParsedMessage:
    try:
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        message_id = _ids(str(message.get("Message-ID", "")))
        senders = getaddresses([str(message.get("From", ""))])
        sender = next((addr for _, addr in senders if "@" in addr), None)
        return ParsedMessage(
            message_id=message_id[0] if message_id else None,
            in_reply_to=_ids(str(message.get("In-Reply-To", ""))),
            references=_ids(str(message.get("References", ""))),
            from_address=sender.lower() if sender else None,
            subject=str(message.get("Subject", ""))[:500],
            text=_plain_text(message, text_cap),
        )
    except Exception as exc:  # noqa: BLE001 - any parser failure means quarantine, not a crash
        raise MalformedMessage(f"{exc.__class__.__name__}: {exc}"[:300]) from exc


def first_lines(text: str, count: int = FIRST_LINES) -> list[str]:
    """The reply's own first lines, without the quoted history."""
    lines: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith(">") or _QUOTE_HEADER.match(stripped):
            break
        if stripped:
            lines.append(stripped[:200])
        if len(lines) == count:
            break
    return lines


def names_invoice(text: str, number: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(number)}(?![\w-])", text) is not None


def classify(message: ParsedMessage, known: Correlation) -> Verdict:
    if message.message_id and message.message_id in known.our_message_ids:
        return Verdict("witness", evidence={"message_id": message.message_id})
    threaded = [i for mid in message.thread_ids for i in known.invoices_by_thread_id.get(mid, ())]
    if threaded:
        return Verdict("human_reply", tuple(dict.fromkeys(threaded)), known.client_id,
                       {"matched_by": "thread", "thread_ids": list(message.thread_ids)})
    if known.client_id is not None:
        haystack = f"{message.subject}\n{message.text}"
        named = [iid for number, iid in known.client_invoice_numbers.items()
                 if names_invoice(haystack, number)]
        if named:
            return Verdict("human_reply", tuple(named), known.client_id,
                           {"matched_by": "invoice_number", "from": message.from_address})
        # A client who writes without naming an invoice still wrote back: pause them all
        # rather than dun someone who is talking to us (no invoice ids = the whole client).
        return Verdict("human_reply", (), known.client_id,
                       {"matched_by": "client_address", "from": message.from_address})
    return Verdict("other")
