"""dunnerd.mail.imap_syntax: the pure pieces of the IMAP adapter."""

from __future__ import annotations

import pytest

from dunnerd.mail.imap_syntax import appended_uids


@pytest.mark.parametrize(
    ("response", "count", "uids"),
    [
        (b"[APPENDUID 38505 3955] APPEND completed", 1, [3955]),
        (b"[APPENDUID 38505 5:7] Append completed", 3, [5, 6, 7]),
        (b"[APPENDUID 38505 5,6,7] Append completed", 3, [5, 6, 7]),
        (b"[APPENDUID 38505 7:5] Append completed", 3, [5, 6, 7]),  # either order, RFC 4315
        (b"[APPENDUID 38505 9,3:4,12] Append completed", 4, [3, 4, 9, 12]),
        (b"[appenduid 1 2] done", 1, [2]),
        (b"[APPENDUID 38505 5:7] Append completed", 2, None),  # not one UID per message
        (b"[APPENDUID 38505 5,5,6] Append completed", 3, None),
        (b"[APPENDUID 38505 1:4294967295] Append completed", 3, None),  # never expanded
        (b"[APPENDUID 38505 5::7] Append completed", 3, None),
        (b"[APPENDUID 38505 ,] Append completed", 1, None),
        (b"APPEND completed", 1, None),  # no UIDPLUS
    ],
)
def testappended_uids(response: bytes, count: int, uids: list[int] | None) -> None:
    assert appended_uids(response, count) == uids
