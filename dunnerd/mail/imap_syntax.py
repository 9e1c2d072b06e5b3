"""The pure pieces of the IMAP adapter: SEARCH criteria for many Message-IDs within the command
line limit, APPENDUID responses, Message-IDs in a header block, FETCH batches by size, and the
untagged responses imaplib keeps aside. No socket here."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

# RFC 4315: "[APPENDUID uidvalidity uid-set]"; a uid-set ("5", "5:7", "5,6,7") after MULTIAPPEND.
APPENDUID = re.compile(rb"\[APPENDUID \d+ ([0-9:,]+)\]", re.IGNORECASE)


UID_RANGE = re.compile(rb"(\d+)(?::(\d+))?")


UNFOLD = re.compile(rb"\r?\n[ \t]")


SEARCH_IDS = 50  # Message-IDs per SEARCH, and at most SEARCH_BYTES of criteria:


SEARCH_BYTES = 6000  # RFC 7162 asks clients to keep command lines within 8192 octets


ARRIVALS = (b"EXISTS", b"RECENT")


BATCH_BYTES = 8 * 2**20  # one FETCH of bodies asks for at most this much (or BATCH_COUNT)


BATCH_COUNT = 100


def bare_id(message_id: str) -> str:
    bare = message_id.strip().strip("<>")
    if not bare or not all("!" <= c <= "~" for c in bare):
        raise ValueError(f"not a Message-ID: {message_id!r}")
    return bare


def search_criteria(bare_ids: list[str]) -> Iterator[bytes]:
    """`OR HEADER Message-ID "a" OR HEADER Message-ID "b" HEADER Message-ID "c"`, in chunks.

    Written out here rather than as imapclient's criteria list: imapclient quotes only values
    with a space, quote or backslash, and sends the rest as atoms, yet a Message-ID may hold
    atom-specials ("{", "%", "*") that the server then rejects or misreads."""
    terms: list[bytes] = []
    size = 0
    for bare in bare_ids:
        quoted = bare.replace("\\", "\\\\").replace('"', '\\"')
        term = f'HEADER Message-ID "{quoted}"'.encode("ascii")
        if terms and (len(terms) >= SEARCH_IDS or size + len(term) > SEARCH_BYTES):
            yield or_all(terms)
            terms, size = [], 0
        terms.append(term)
        size += len(term) + 4  # "OR " and a space
    if terms:
        yield or_all(terms)


def or_all(terms: list[bytes]) -> bytes:
    return b" ".join([b"OR " + term for term in terms[:-1]] + terms[-1:])


def header_message_ids(header: bytes) -> set[str]:
    """The Message-IDs (without <>) in a header block, as FETCH BODY[HEADER.FIELDS] gives."""
    found = set()
    for line in UNFOLD.sub(b" ", header).splitlines():
        name, colon, value = line.partition(b":")
        if colon and name.strip().lower() == b"message-id":
            found.add(value.strip().decode("ascii", "replace").strip("<>"))
    return found


def appended_uids(response: bytes, count: int) -> list[int] | None:
    """The UIDs an APPEND of `count` messages got, in order, from its APPENDUID; else None.

    The uid-set lists them in any order and grouping ("7:5,8"), but a mailbox gives UIDs in
    ascending order of arrival and MULTIAPPEND stores in the order sent, so the n-th smallest
    UID is the n-th message's."""
    match = APPENDUID.search(response)
    if match is None:
        return None
    ranges = []
    for part in match.group(1).split(b","):
        bounds = UID_RANGE.fullmatch(part)
        if bounds is None:
            return None
        ends = int(bounds.group(1)), int(bounds.group(2) or bounds.group(1))
        ranges.append((min(ends), max(ends)))
    if sum(last - first + 1 for first, last in ranges) != count:  # before expanding them
        return None
    uids = sorted({uid for first, last in ranges for uid in range(first, last + 1)})
    return uids if len(uids) == count else None


def take_untagged(client: Any, name: str) -> list[bytes]:
    """Remove and return the untagged `name` responses received so far. imapclient has no
    public view of these; its imaplib connection keeps them, and `response()` is public."""
    return take_kept(client._imap, name)


def take_kept(imap: Any, name: str) -> list[bytes]:
    """`take_untagged` on the imaplib connection itself."""
    _typ, data = imap.response(name)
    return [item for item in data if item is not None]


def any_arrival(responses: list[Any]) -> bool:
    return any(isinstance(r, tuple) and len(r) >= 2 and r[1] in ARRIVALS for r in responses)


def fetch_batches(uids: list[int], sizes: dict[int, int]) -> Iterator[list[int]]:
    batch: list[int] = []
    total = 0
    for uid in uids:
        if batch and (total + sizes[uid] > BATCH_BYTES or len(batch) >= BATCH_COUNT):
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += sizes[uid]
    if batch:
        yield batch
