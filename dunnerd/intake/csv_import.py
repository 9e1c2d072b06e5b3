"""`dunnerd invoice import FILE.csv`: read the file whole, check it row by row, add what is new.

The documented format (UTF-8, comma-separated, header required) imports exactly as it always
did:

    number,client,email,amount,currency,issued,due[,pdf][,kind,legal_name,address,siren,siret,
    vat_number]

and so do exports as people have them (csv_dialect.py: delimiter, encoding, decimal comma,
day-first dates; csv_columns.py: French headers, `--map`), with the client's identity columns
(kind, legal_name, address, siren, siret, vat_number) when present. `email` may hold several
addresses separated by ";". A row whose invoice number exists with the same data is skipped,
so importing a file twice changes nothing; one with other data is reported, never overwritten.
A row with nothing left to pay ("reste à payer" 0) is skipped and counted.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dunnerd.config.fields import valid_siren, valid_siret, valid_vat_number
from dunnerd.config.table import Invalid
from dunnerd.intake.csv_columns import ColumnMap, map_columns
from dunnerd.intake.csv_dialect import (
    CsvOptions,
    DialectError,
    decode,
    detect_date_order,
    detect_decimal,
    detect_delimiter,
    read_amount,
    read_date,
)
from dunnerd.intake.parties import client_key
from dunnerd.ledger.models import Client, Invoice
from dunnerd.ledger.money import MoneyError, check_currency
from dunnerd.ledger.store import Store
from dunnerd.states import ClientKind

__all__ = ["ImportFileError", "ImportReport", "InvoiceRow", "RowError", "client_key",
           "import_rows", "read_csv", "read_rows"]

MAX_CSV_BYTES = 50 * 2**20
_EMAIL = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")
_KINDS = {"business": ClientKind.BUSINESS, "professionnel": ClientKind.BUSINESS,
          "professional": ClientKind.BUSINESS, "pro": ClientKind.BUSINESS,
          "entreprise": ClientKind.BUSINESS, "b2b": ClientKind.BUSINESS,
          "societe": ClientKind.BUSINESS, "société": ClientKind.BUSINESS,
          "consumer": ClientKind.CONSUMER, "particulier": ClientKind.CONSUMER,
          "consommateur": ClientKind.CONSUMER, "individual": ClientKind.CONSUMER,
          "b2c": ClientKind.CONSUMER}
IDENTITY_FIELDS = ("kind", "legal_name", "address", "siren", "siret", "vat_number")


class ImportFileError(Exception):
    """The file as a whole cannot be read (missing, undecodable, no usable header)."""


@dataclass(frozen=True)
class InvoiceRow:
    line: int
    number: str
    client: str
    emails: tuple[str, ...]
    amount_cents: int
    currency: str
    issued: dt.date
    due: dt.date
    pdf: str | None
    paid_cents: int = 0  # amount less "reste à payer" when the file has that column
    identity: tuple[tuple[str, str], ...] = ()  # (field, value) for the client, checked


@dataclass(frozen=True)
class RowError:
    line: int
    reason: str


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    clients_added: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    settled: list[str] = field(default_factory=list)  # nothing left to pay: not imported
    notes: list[str] = field(default_factory=list)  # how the file was read


@dataclass
class CsvRead:
    rows: list[InvoiceRow | RowError]
    notes: list[str]


def read_rows(path: Path, options: CsvOptions | None = None) -> Iterator[InvoiceRow | RowError]:
    yield from read_csv(path, options or CsvOptions()).rows


def read_csv(path: Path, options: CsvOptions) -> CsvRead:
    """Every row of the file, parsed or with its error, and notes on how the file was read.
    Raises ImportFileError naming the file (and the line) when it cannot be read at all."""
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise ImportFileError(f"{path}: larger than {MAX_CSV_BYTES} bytes")
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        text, encoding = decode(raw, options.encoding)
    except DialectError as exc:
        raise ImportFileError(f"{path}: {exc}") from None
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    delimiter = options.delimiter or detect_delimiter(first_line)
    try:
        records = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""),
                                  delimiter=delimiter))
    except csv.Error as exc:
        raise ImportFileError(f"{path}: {exc}") from None
    if not records:
        raise ImportFileError(f"{path}:1: empty file; expected a header line")
    header = [h.strip() for h in records[0]]
    try:
        columns = map_columns(header, options.mapping)
    except ValueError as exc:
        raise ImportFileError(f"{path}:1: header: {exc}") from None
    body = _numbered(records[1:], text, delimiter)
    try:
        decimal = options.decimal or detect_decimal(
            _cells(body, columns, ("amount", "balance")))
        if options.dates:
            order, proved = options.dates, True
        else:
            order, proved = detect_date_order(_cells(body, columns, ("issued", "due")))
    except DialectError as exc:
        raise ImportFileError(f"{path}: {exc}") from None
    notes = _notes(encoding, delimiter, columns, order, proved, options, body)
    rows = [parse_row(line, cells, columns, decimal, order, options.currency)
            for line, cells in body if any(c.strip() for c in cells)]
    return CsvRead(rows, notes)


def _numbered(records: list[list[str]], text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """Each record with the line it ends on (as csv.reader counts them), for error messages."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=delimiter)
    next(reader, None)
    return [(reader.line_num, cells) for cells in reader]


def _cells(body: list[tuple[int, list[str]]], columns: ColumnMap,
           names: tuple[str, ...]) -> Iterator[str]:
    for _, cells in body:
        for name in names:
            index = columns.fields.get(name)
            if index is not None and index < len(cells) and cells[index].strip():
                yield cells[index]


def _notes(encoding: str, delimiter: str, columns: ColumnMap, order: str, proved: bool,
           options: CsvOptions, body: list[tuple[int, list[str]]]) -> list[str]:
    notes = []
    if encoding not in ("utf-8", "utf-8 (BOM)"):
        notes.append(f"read as {encoding} text")
    if delimiter != ",":
        notes.append(f"columns separated by {delimiter!r}")
    if columns.ignored:
        notes.append(f"columns ignored: {', '.join(columns.ignored)}")
    if "currency" not in columns.fields:
        notes.append(f"no currency column: every amount is in {options.currency} "
                     "(--currency to change)")
    dates = list(_cells(body, columns, ("issued", "due")))
    if not proved and order == "dmy" and any("/" in d or "." in d for d in dates):
        notes.append("dates read day first (DD/MM/YYYY); --dates mdy if they are month first")
    return notes


def _cell(cells: list[str], columns: ColumnMap, name: str) -> str:
    index = columns.fields.get(name)
    return cells[index].strip() if index is not None and index < len(cells) else ""


def parse_row(line: int, cells: list[str], columns: ColumnMap, decimal: str | None,
              order: str, default_currency: str) -> InvoiceRow | RowError:
    values = {name: _cell(cells, columns, name) for name in columns.fields}
    problems = [f"{name} is empty" for name in ("number", "client", "amount", "issued", "due")
                if not values.get(name)]
    if "email" in columns.fields and not values.get("email"):
        problems.append("email is empty")
    if "currency" in columns.fields and not values.get("currency"):
        problems.append("currency is empty")
    if problems:
        return RowError(line, "; ".join(problems))
    if any(c.strip() for c in cells[columns.width:]):
        return RowError(line, "more fields than the header has columns")
    emails = tuple(e.strip() for e in values.get("email", "").split(";") if e.strip())
    if any(not _EMAIL.match(e) for e in emails):
        problems.append(f"email {values['email']!r} is not a valid address")
    currency = ""
    try:
        currency = check_currency(values.get("currency") or default_currency)
    except MoneyError as exc:
        problems.append(str(exc))
    amount = paid = 0
    if currency:
        try:
            amount = read_amount(values["amount"], currency, decimal)
            if amount <= 0:
                problems.append(f"amount {values['amount']!r} must be greater than zero")
            if values.get("balance") and columns.fields["balance"] != columns.fields["amount"]:
                balance = read_amount(values["balance"], currency, decimal)
                if not 0 <= balance <= amount:
                    problems.append(f"balance {values['balance']!r} is not between 0 and the "
                                    "amount")
                paid = amount - balance
        except MoneyError as exc:
            problems.append(str(exc))
    dates: dict[str, dt.date] = {}
    for name in ("issued", "due"):
        try:
            dates[name] = read_date(values[name], order)
        except DialectError as exc:
            problems.append(f"{name} {exc}")
    if len(dates) == 2 and dates["due"] < dates["issued"]:
        problems.append(f"due {dates['due']} is before issued {dates['issued']}")
    identity = _identity(values, problems)
    if problems:
        return RowError(line, "; ".join(problems))
    return InvoiceRow(line, values["number"], values["client"], emails, amount, currency,
                      dates["issued"], dates["due"], values.get("pdf") or None, paid, identity)


def _identity(values: dict[str, str], problems: list[str]) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    checks = {"siren": valid_siren, "siret": valid_siret, "vat_number": valid_vat_number}
    for name in IDENTITY_FIELDS:
        value = values.get(name, "")
        if not value:
            continue
        if name == "kind":
            kind = _KINDS.get(value.lower())
            if kind is None:
                problems.append(f"kind {value!r} is neither business nor consumer")
                continue
            value = kind.value
        elif name in checks:
            try:
                value = checks[name](value)
            except Invalid as exc:
                problems.append(f"{name} {exc}")
                continue
        elif name in ("legal_name", "address"):  # address lines may be joined by " | "
            parts = [part.strip() for part in value.replace(" | ", "\n").splitlines()]
            value = "\n".join(part for part in parts if part)
        found.append((name, value))
    siren, siret = dict(found).get("siren"), dict(found).get("siret")
    if siren and siret and not siret.startswith(siren):
        problems.append(f"siret {siret} is not an establishment of siren {siren}")
    return tuple(found)


def _same(invoice: Invoice, row: InvoiceRow, client: Client) -> bool:
    return (invoice.client_id == client.id and invoice.amount_cents == row.amount_cents
            and invoice.currency == row.currency and invoice.issued == row.issued
            and invoice.due == row.due and (invoice.pdf_path or None) == row.pdf)


def import_rows(store: Store, rows: Iterable[InvoiceRow | RowError],
                default_language: str | None = None, *, dry_run: bool = False) -> ImportReport:
    """Add the good rows that are new; report the bad ones with their line. Each row is its own
    transaction, so a bad row never loses the good ones. A dry run decides the same way and
    writes nothing."""
    report = ImportReport()
    parsed = list(rows)
    good = [r for r in parsed if isinstance(r, InvoiceRow)]
    report.errors.extend(r for r in parsed if isinstance(r, RowError))
    existing = store.invoices_by_number([r.number for r in good])
    clients = {c.key: c for c in store.list_clients()}
    by_name = {c.name: c for c in clients.values()}
    seen: dict[str, int] = {}
    for row in good:
        if row.number in seen:
            report.errors.append(RowError(
                row.line, f"invoice {row.number!r} repeats line {seen[row.number]}"))
            continue
        seen[row.number] = row.line
        client = by_name.get(row.client) or clients.get(client_key(row.client))
        if client is None:
            client = Client(key=client_key(row.client), name=row.client,
                            emails=list(row.emails), language=default_language)
            for name, value in row.identity:
                setattr(client, name, value)
            if not dry_run:
                client = store.add_client(client, actor="import")
            clients[client.key] = by_name[client.name] = client
            report.clients_added.append(client.key)
        elif not dry_run:
            _fill_identity(store, client, row)
        previous = existing.get(row.number)
        if previous is not None:
            if _same(previous, row, client):
                report.unchanged.append(row.number)
            else:
                report.errors.append(RowError(
                    row.line, f"invoice {row.number!r} already exists with other data;"
                    " not changed (edit it with dunnerd, or fix the row)"))
            continue
        if row.paid_cents >= row.amount_cents:
            report.settled.append(row.number)
            continue
        if not dry_run:
            store.add_invoice(
                Invoice(number=row.number, client_id=client.id or 0, issued=row.issued,
                        due=row.due, amount_cents=row.amount_cents, currency=row.currency,
                        pdf_path=row.pdf, paid_cents=row.paid_cents),
                actor="import", line=row.line, paid_cents=row.paid_cents or None)
        report.added.append(row.number)
    report.errors.sort(key=lambda e: e.line)
    return report


def _fill_identity(store: Store, client: Client, row: InvoiceRow) -> None:
    """The row knows who the client is and the ledger does not: fill the blanks only."""
    changes = {name: value for name, value in row.identity
               if name != "kind" and not getattr(client, name)}
    if changes:
        updated = store.update_client(client.key, changes, actor="import")
        for name, value in changes.items():
            setattr(client, name, getattr(updated, name, value))
