"""The invoice PDFs dunnerd keeps: the original bytes, unchanged (a Factur-X PDF is a PDF/A-3
that may be signed: rewriting it would break both), under `<state_dir>/invoices/`, written
atomically, so a reminder always attaches a whole file."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def invoice_file_path(state_dir: Path, number: str) -> Path:
    """Where invoice `number`'s PDF goes. Two numbers never share a file: a number that had
    to be cleaned for the file system gets a short hash of itself."""
    safe = _UNSAFE.sub("_", number).strip("._")[:80] or "invoice"
    if safe != number:
        safe += "-" + hashlib.sha256(number.encode()).hexdigest()[:8]
    return state_dir / "invoices" / f"{safe}.pdf"


def keep_invoice_file(state_dir: Path, number: str, data: bytes) -> Path:
    """Write `data` for invoice `number` (temporary file, fsync, rename, fsync of the folder)
    and return its path. The same bytes already there are left as they are."""
    path = invoice_file_path(state_dir, number)
    if path.exists() and path.read_bytes() == data:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".incoming-", suffix=".pdf")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)
    return path
