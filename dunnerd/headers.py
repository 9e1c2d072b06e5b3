"""Header-injection defence: what may go into a mail header, and a probe of the interpreter.

Ledger text (client names, invoice numbers) ends up in the Subject and in display names. Some
Python builds (3.11 before the CVE-2024-6923 fix, 3.11.7 among them) fold an RFC 2047 encoded
newline such as ``=?UTF-8?Q?=0A?=`` into a real line break, which lets that text add a header
(Bcc, Cc) of its own. So every header value built from the ledger goes through
`safe_header_text` or `safe_display_name` first. At start the daemon runs
`interpreter_folds_safely` (and warns where it returns False) and
`compose.compose_path_is_safe`, which sends hostile text through our own composing: it refuses to
run only if that still emits an extra header, since our cleaning is what keeps headers intact on
an unpatched interpreter (see RELIABILITY.md, "Hostile and broken input").
"""

from __future__ import annotations

import email
import email.errors
import email.policy
import re
import unicodedata
from email.headerregistry import Address
from email.message import EmailMessage

ELLIPSIS = "\u2026"
DISPLAY_NAME_MAX_LENGTH = 100

# Line and paragraph separators a mail reader or a later re-fold could treat as a line break.
_BREAKS = frozenset("\t\n\v\f\r\x1c\x1d\x1e\x85\u2028\u2029")
# Bidirectional embeddings, overrides and isolates: invisible, and they can make a subject read
# differently from what it says. Also the byte-order mark.
_INVISIBLE = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
# Categories removed outright: C0/C1 controls and DEL (Cc), lone surrogates that cannot be
# encoded (Cs), line and paragraph separators (Zl, Zp).
_STRIPPED_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})
_SPACES = re.compile(" +")

# The probe: an encoded newline in the Subject and in a display name, each followed by a header.
_PROBE_SUBJECT = "=?UTF-8?Q?=0A?=Bcc: probe@example.invalid"
_PROBE_DISPLAY_NAME = "Probe =?UTF-8?Q?=0A?=Cc: probe-cc@example.invalid"
_PROBE_HEADERS = frozenset(
    {"from", "to", "subject", "content-type", "content-transfer-encoding", "mime-version"}
)


def _clean_char(char: str) -> str:
    if char in _BREAKS:
        return " "
    if char in _INVISIBLE or unicodedata.category(char) in _STRIPPED_CATEGORIES:
        return ""
    return char


def safe_header_text(value: str, max_length: int = 200) -> str:
    """`value` made safe for one header line: no control characters (C0, C1, DEL), no line or
    paragraph separators (CR, LF, NUL, U+0085, U+2028, U+2029; TAB and other breaks become a
    space), no bidi controls, no ``=?`` anywhere (so no RFC 2047 encoded word can start), runs of
    spaces collapsed, stripped, and at most `max_length` characters (cut with an ellipsis).
    """
    if max_length < 1:
        raise ValueError(f"max_length must be at least 1, not {max_length}")
    text = "".join(_clean_char(char) for char in value)
    # Removing one "=?" can join an "=" and a "?" into a new one ("==??"): repeat until none.
    while "=?" in text:
        text = text.replace("=?", "")
    text = _SPACES.sub(" ", text).strip()
    if len(text) > max_length:
        text = text[: max_length - 1].rstrip() + ELLIPSIS
    return text


def safe_display_name(value: str) -> str:
    """A client's or owner's name made safe for `email.headerregistry.Address(display_name=...)`.

    The same cleaning as `safe_header_text`, with a shorter limit. Address syntax characters
    (comma, quotes, angle brackets) are kept: `Address` quotes the display name itself.
    """
    return safe_header_text(value, max_length=DISPLAY_NAME_MAX_LENGTH)


def interpreter_folds_safely() -> bool:
    """Whether this interpreter's email package keeps an encoded newline from becoming a header.

    Builds a message whose Subject and From display name each carry ``=?UTF-8?Q?=0A?=`` followed
    by a header, serializes it as for SMTP, parses it back, and returns False if any header other
    than those set appears, or if anything unexpected goes wrong. A patched interpreter either
    encodes the newline or refuses to write the header (HeaderWriteError): both are safe.
    """
    header_write_error = getattr(email.errors, "HeaderWriteError", None)
    message = EmailMessage(policy=email.policy.SMTP)
    try:
        message["From"] = Address(
            display_name=_PROBE_DISPLAY_NAME, addr_spec="owner@example.invalid"
        )
        message["To"] = Address(display_name="Client", addr_spec="client@example.invalid")
        message["Subject"] = _PROBE_SUBJECT
        message.set_content("probe\n")
        raw = message.as_bytes()
    except Exception as exc:
        return header_write_error is not None and isinstance(exc, header_write_error)
    try:
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        names = [name.lower() for name in parsed.keys()]
    except Exception:
        return False
    return set(names) <= _PROBE_HEADERS and len(names) == len(set(names))
