"""The IMAP syntax the demo server needs, as pure functions: tokenizing a command with its
literals, sequence sets, search keys, dates, and the FETCH items of a stored message."""

from __future__ import annotations

import datetime as dt
import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeAlias

from dunnerd.demo.mailstore import StoredMessage

SYSTEM_FLAGS = {f.lower(): f for f in ("\\Answered", "\\Flagged", "\\Deleted", "\\Seen",
                                       "\\Draft")}


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


Token: TypeAlias = "str | bytes | list[Token]"  # atom | quoted string or literal | (list)


Matcher: TypeAlias = "Callable[[int, StoredMessage], bool]"  # (sequence number, message)


_BODY = re.compile(r"BODY(\.PEEK)?\[([^\]]*)\](?:<(\d+)\.(\d+)>)?")


_FIELDS = re.compile(r"HEADER\.FIELDS(\.NOT)? \((.*)\)")


_SEQUENCE_SET = re.compile(r"[0-9*:,]+")


MACROS = {"ALL": ["FLAGS", "INTERNALDATE", "RFC822.SIZE"],
           "FAST": ["FLAGS", "INTERNALDATE", "RFC822.SIZE"]}


_FLAG_KEYS = {"SEEN": ("\\Seen", True), "UNSEEN": ("\\Seen", False),
              "ANSWERED": ("\\Answered", True), "UNANSWERED": ("\\Answered", False),
              "FLAGGED": ("\\Flagged", True), "UNFLAGGED": ("\\Flagged", False),
              "DELETED": ("\\Deleted", True), "UNDELETED": ("\\Deleted", False),
              "DRAFT": ("\\Draft", True), "UNDRAFT": ("\\Draft", False)}


def tokenize(pieces: list[bytes | Literal]) -> list[Token]:
    """Atoms become str, quoted strings and literals bytes, parenthesized lists lists. An atom
    keeps a [...] section whole, spaces and parentheses included (BODY[HEADER.FIELDS (A B)])."""
    stack: list[list[Token]] = [[]]
    for piece in pieces:
        if isinstance(piece, Literal):
            stack[-1].append(piece.data)
            continue
        i = 0
        while i < len(piece):
            char = piece[i : i + 1]
            if char == b" ":
                i += 1
            elif char == b"(":
                nested: list[Token] = []
                stack[-1].append(nested)
                stack.append(nested)
                i += 1
            elif char == b")":
                if len(stack) == 1:
                    raise bad("unbalanced parenthesis")
                stack.pop()
                i += 1
            elif char == b'"':
                match = re.compile(rb'"((?:[^"\\]|\\.)*)"').match(piece, i)
                if match is None:
                    raise bad("unterminated quoted string")
                stack[-1].append(re.sub(rb"\\(.)", rb"\1", match[1]))
                i = match.end()
            else:
                start, depth = i, 0
                while i < len(piece) and (depth or piece[i : i + 1] not in (b" ", b"(", b")")):
                    depth += {b"[": 1, b"]": -1}.get(piece[i : i + 1], 0)
                    i += 1
                stack[-1].append(piece[start:i].decode("utf-8", "replace"))
    if len(stack) != 1:
        raise bad("unbalanced parenthesis")
    return stack[0]


def token_text(token: Token) -> str:
    if isinstance(token, list):
        raise bad("expected a string, got a list")
    return token if isinstance(token, str) else token.decode("utf-8", "replace")


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def flag_set(tokens: list[Token]) -> frozenset[str]:
    return frozenset(SYSTEM_FLAGS.get(token_text(t).lower(), token_text(t)) for t in tokens)


def parse_internaldate(text: str) -> dt.datetime:
    match = re.fullmatch(r" ?(\d{1,2})-(\w{3})-(\d{4}) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)",
                         text)
    if match is None or match[2].title() not in MONTHS:
        raise bad(f"bad date-time {text!r}")
    offset = dt.timedelta(hours=int(match[8]), minutes=int(match[9]))
    zone = dt.timezone(-offset if match[7] == "-" else offset)
    day, year, hour, minute, second = (int(match[n]) for n in (1, 3, 4, 5, 6))
    month = MONTHS.index(match[2].title()) + 1
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=zone)


def format_internaldate(when: dt.datetime) -> str:
    return when.strftime(f"%d-{MONTHS[when.month - 1]}-%Y %H:%M:%S %z")


def matching(sequence_set: str, messages: tuple[StoredMessage, ...], by_uid: bool) -> list[int]:
    """Indexes into `messages` named by a sequence set; `n:*` always includes the last one."""
    if not _SEQUENCE_SET.fullmatch(sequence_set):
        raise bad(f"bad sequence set {sequence_set!r}")
    if not messages:
        return []
    top = messages[-1].uid if by_uid else len(messages)
    ranges = []
    for part in sequence_set.split(","):
        first, _, last = part.partition(":")
        try:
            low, high = (top if n == "*" else int(n) for n in (first, last or first))
        except ValueError:
            raise bad(f"bad sequence set {sequence_set!r}") from None
        ranges.append((min(low, high), max(low, high)))
    return [i for i, m in enumerate(messages)
            if any(low <= (m.uid if by_uid else i + 1) <= high for low, high in ranges)]


def search_key(criteria: deque[Token], messages: tuple[StoredMessage, ...]) -> Matcher:
    token = criteria.popleft()
    if isinstance(token, list):
        inner, keys = deque(token), []
        while inner:
            keys.append(search_key(inner, messages))
        return lambda n, m: all(key(n, m) for key in keys)
    word = token_text(token).upper()
    if word == "ALL":
        return lambda n, m: True
    if word == "NOT":
        inner_key = search_key(criteria, messages)
        return lambda n, m: not inner_key(n, m)
    if word == "OR":
        left, right = search_key(criteria, messages), search_key(criteria, messages)
        return lambda n, m: left(n, m) or right(n, m)
    if word in _FLAG_KEYS:
        flag, present = _FLAG_KEYS[word]
        return lambda n, m: (flag in m.flags) == present
    if word in ("HEADER", "SUBJECT", "FROM", "TO", "CC", "BCC"):
        name = token_text(criteria.popleft()) if word == "HEADER" else word
        value = " ".join(token_text(criteria.popleft()).split()).lower()
        return lambda n, m: any(value in v for v in _header_values(m.raw, name))
    if word == "UID" or _SEQUENCE_SET.fullmatch(word):
        by_uid = word == "UID"
        chosen = set(matching(token_text(criteria.popleft()) if by_uid else word, messages, by_uid))
        return lambda n, m: n - 1 in chosen
    raise bad(f"unsupported search key {word}")


def _split(raw: bytes) -> tuple[bytes, bytes]:
    for separator in (b"\r\n\r\n", b"\n\n"):
        end = raw.find(separator)
        if end >= 0:
            return raw[: end + len(separator)], raw[end + len(separator) :]
    return raw, b""


def _header_fields(raw: bytes) -> list[tuple[str, bytes]]:
    """(lower-case name, the field's lines as sent) for each header field."""
    fields: list[tuple[str, bytes]] = []
    for line in _split(raw)[0].splitlines(keepends=True):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] = (fields[-1][0], fields[-1][1] + line)
        elif b":" in line:
            fields.append((line.partition(b":")[0].strip().decode("ascii", "replace").lower(),
                           line))
    return fields


def _header_values(raw: bytes, name: str) -> list[str]:
    return [" ".join(text.partition(b":")[2].decode("utf-8", "replace").split()).lower()
            for field, text in _header_fields(raw) if field == name.lower()]


def fetch_item(item: str, message: StoredMessage) -> bytes:
    raw = message.raw
    if item == "UID":
        return b"UID %d" % message.uid
    if item == "FLAGS":
        return f"FLAGS ({' '.join(sorted(message.flags))})".encode()
    if item == "INTERNALDATE":
        return f'INTERNALDATE "{format_internaldate(message.internal_date)}"'.encode()
    if item == "RFC822.SIZE":
        return b"RFC822.SIZE %d" % len(raw)
    simple = {"RFC822": raw, "RFC822.HEADER": _split(raw)[0], "RFC822.TEXT": _split(raw)[1]}
    if item in simple:
        return item.encode() + b" " + _literal(simple[item])
    match = _BODY.fullmatch(item)
    if match is None:
        raise bad(f"unsupported FETCH item {item}")
    section = match[2]
    fields = _FIELDS.fullmatch(section)
    if section in ("", "HEADER", "TEXT"):
        content = {"": raw, "HEADER": _split(raw)[0], "TEXT": _split(raw)[1]}[section]
    elif fields:
        names = {n.lower() for n in fields[2].split()}
        kept = [text for name, text in _header_fields(raw) if (name in names) != bool(fields[1])]
        content = b"".join(kept) + b"\r\n"
    else:
        raise bad(f"unsupported section BODY[{section}]")
    key = f"BODY[{section}]"
    if match[3] is not None:
        start = int(match[3])
        content, key = content[start : start + int(match[4])], f"{key}<{start}>"
    return key.encode() + b" " + _literal(content)


def _literal(data: bytes) -> bytes:
    return b"{%d}\r\n" % len(data) + data


class Refused(Exception):
    """Ends a command with a tagged NO or BAD carrying `text`."""

    def __init__(self, status: str, text: str) -> None:
        super().__init__(text)
        self.status, self.text = status, text


def bad(text: str) -> Refused:
    return Refused("BAD", text)


@dataclass(frozen=True)
class Literal:
    data: bytes
