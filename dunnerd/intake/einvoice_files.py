"""`dunnerd invoice import FILE.pdf|FILE.xml`: one e-invoice file in, one line out.

The file is read and checked whole before the ledger is touched; then it is recorded in one
transaction (einvoice_ledger.py), or, for a dry run, in one that is rolled back, so the dry run
says exactly what the import would do, clients created included.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlmodel import Session

from dunnerd.config.schema import Config
from dunnerd.intake.einvoice import EInvoiceError
from dunnerd.intake.einvoice_ledger import Outcome, Result, Source, record_einvoice
from dunnerd.intake.einvoice_pdf import MAX_PDF_BYTES
from dunnerd.intake.einvoice_read import read_einvoice
from dunnerd.ledger.store import Store

EINVOICE_SUFFIXES = (".pdf", ".xml")


def is_einvoice_file(path: Path) -> bool:
    """PDF and XML files go this way; anything else is read as a CSV."""
    if path.suffix.lower() in EINVOICE_SUFFIXES:
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError:
        return False
    return b"%PDF-" in head or head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<?xml")


@contextmanager
def transaction(store: Store, dry_run: bool) -> Iterator[Session]:
    """A transaction that commits, or for a dry run always rolls back."""
    if not dry_run:
        with store.session() as s:
            yield s
        return
    with Session(store.engine, expire_on_commit=False) as s:
        s.begin()
        try:
            yield s
        finally:
            s.rollback()


def import_einvoice_file(store: Store, config: Config, path: Path, *,
                         dry_run: bool = False) -> Result:
    try:
        size = path.stat().st_size
        if size > MAX_PDF_BYTES:
            return Result(Outcome.REFUSED, f"{size} bytes, more than the {MAX_PDF_BYTES} "
                          "accepted")
        data = path.read_bytes()
    except OSError as exc:
        return Result(Outcome.REFUSED, f"cannot read: {exc.strerror or exc}")
    try:
        parsed = read_einvoice(data, path.name)
    except EInvoiceError as exc:
        return Result(Outcome.REFUSED, str(exc))
    with transaction(store, dry_run) as s:
        return record_einvoice(s, store, config, parsed, Source(path.name, data),
                               write_files=not dry_run)
