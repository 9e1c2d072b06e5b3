"""`dunnerd invoice import FILE.csv`: parse, validate row by row, and add what is new.

The format (UTF-8, comma-separated, header required):

    number,client,email,amount,currency,issued,due[,pdf][,kind,legal_name,address,siren,siret,
    vat_number]

`email` may hold several addresses separated by ";". Dates are ISO (2026-11-23). A row whose
invoice number already exists with the same data is skipped, so importing a file twice changes
nothing; one that exists with different data is reported, never overwritten. The client's
identity columns (optional, each checked) fill a new client, and only the empty fields of an
existing one; `address` lines are separated by " | ".
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dunnerd.ledger.models import Client, Invoice
from dunnerd.ledger.money import MoneyError, check_currency, parse_amount
from dunnerd.ledger.store import Store

REQUIRED_COLUMNS = ("number", "client", "email", "amount", "currency", "issued", "due")
IDENTITY_COLUMNS = ("kind", "legal_name", "address", "siren", "siret", "vat_number")
OPTIONAL_COLUMNS = ("pdf", *IDENTITY_COLUMNS)
_EMAIL = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")
_KEY_CHARS = re.compile(r"[^a-z0-9]+")


class ImportFileError(Exception):
    """The file as a whole cannot be read (missing, not UTF-8, wrong header)."""


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
    identity: tuple[tuple[str, str], ...] = ()  # (column, checked value) of the client


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


def client_key(name: str) -> str:
    """'ACME Industries SA' -> 'acme-industries-sa'."""
    return _KEY_CHARS.sub("-", name.strip().lower()).strip("-") or "client"


def parse_row(line: int, raw: dict[str, str | None]) -> InvoiceRow | RowError:
    values = {k: (v or "").strip() for k, v in raw.items() if k is not None}
    problems: list[str] = []
    for column in REQUIRED_COLUMNS:
        if not values.get(column):
            problems.append(f"{column} is empty")
    if problems:
        return RowError(line, "; ".join(problems))
    if None in raw:
        return RowError(line, "more fields than the header has columns")
    emails = tuple(e.strip() for e in values["email"].split(";") if e.strip())
    bad = [e for e in emails if not _EMAIL.match(e)]
    if bad or not emails:
        problems.append(f"email {values['email']!r} is not a valid address")
    currency = ""
    try:
        currency = check_currency(values["currency"])
    except MoneyError as exc:
        problems.append(str(exc))
    amount = 0
    if currency:
        try:
            amount = parse_amount(values["amount"], currency)
            if amount <= 0:
                problems.append(f"amount {values['amount']!r} must be greater than zero")
        except MoneyError as exc:
            problems.append(str(exc))
    dates: dict[str, dt.date] = {}
    for column in ("issued", "due"):
        try:
            dates[column] = dt.date.fromisoformat(values[column])
        except ValueError:
            problems.append(f"{column} {values[column]!r} is not an ISO date (YYYY-MM-DD)")
    if len(dates) == 2 and dates["due"] < dates["issued"]:
        problems.append(f"due {dates['due']} is before issued {dates['issued']}")
    identity = _identity(values, problems)
    if problems:
        return RowError(line, "; ".join(problems))
    return InvoiceRow(line, values["number"], values["client"], emails, amount, currency,
                      dates["issued"], dates["due"], values.get("pdf") or None, identity)


def _identity(values: dict[str, str], problems: list[str]) -> tuple[tuple[str, str], ...]:
    from dunnerd.config import fields
    from dunnerd.config.table import Invalid

    found: dict[str, str] = {}
    for column in IDENTITY_COLUMNS:
        value = values.get(column, "")
        if not value:
            continue
        if column == "kind":
            if value not in ("business", "consumer"):
                problems.append(f"kind {value!r} is not business or consumer")
            found[column] = value
        elif column in ("legal_name", "address"):
            lines = [part.strip() for part in value.replace(" | ", "\n").splitlines()]
            found[column] = "\n".join(part for part in lines if part)
        else:
            check = {"siren": fields.valid_siren, "siret": fields.valid_siret,
                     "vat_number": fields.valid_vat_number}[column]
            try:
                found[column] = check(value)
            except Invalid as exc:
                problems.append(f"{column}: {exc}")
    if found.get("siren") and found.get("siret") and not found["siret"].startswith(
            found["siren"]):
        problems.append(f"siret {found['siret']} is not an establishment of siren "
                        f"{found['siren']}")
    return tuple(found.items())


def read_rows(path: Path) -> Iterator[InvoiceRow | RowError]:
    try:
        handle = path.open(newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise ImportFileError(f"{path}: cannot read: {exc.strerror}") from None
    with handle:
        reader = csv.DictReader(handle)
        try:
            header = [h.strip() for h in (reader.fieldnames or [])]
        except UnicodeDecodeError:
            raise ImportFileError(f"{path}: not UTF-8 text") from None
        missing = [c for c in REQUIRED_COLUMNS if c not in header]
        unknown = [c for c in header if c not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS]
        if missing or unknown:
            raise ImportFileError(
                f"{path}:1: header must be {','.join(REQUIRED_COLUMNS)}[,pdf] (and optionally "
                f"{','.join(IDENTITY_COLUMNS)})"
                + (f"; missing {','.join(missing)}" if missing else "")
                + (f"; unknown {','.join(unknown)}" if unknown else "")
            )
        reader.fieldnames = header
        try:
            for raw in reader:
                yield parse_row(reader.line_num, raw)
        except UnicodeDecodeError:
            raise ImportFileError(f"{path}:{reader.line_num + 1}: not UTF-8 text") from None
        except csv.Error as exc:
            raise ImportFileError(f"{path}:{reader.line_num}: {exc}") from None


def _same(invoice: Invoice, row: InvoiceRow, client: Client) -> bool:
    return (invoice.client_id == client.id and invoice.amount_cents == row.amount_cents
            and invoice.currency == row.currency and invoice.issued == row.issued
            and invoice.due == row.due and (invoice.pdf_path or None) == row.pdf)


def import_rows(store: Store, rows: Iterable[InvoiceRow | RowError],
                default_language: str | None = None) -> ImportReport:
    """Add the good rows that are new; report the bad ones with their line. Each row is its own
    transaction, so a bad row never loses the good ones."""
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
            new_client = Client(key=client_key(row.client), name=row.client,
                                emails=list(row.emails), language=default_language)
            for column, value in row.identity:
                setattr(new_client, column, value)
            client = store.add_client(new_client, actor="import")
            clients[client.key] = by_name[client.name] = client
            report.clients_added.append(client.key)
        elif blanks := {k: v for k, v in row.identity if k != "kind" and not getattr(client, k)}:
            client = store.update_client(client.key, blanks, actor="import")
            clients[client.key] = by_name[client.name] = client
        previous = existing.get(row.number)
        if previous is not None:
            if _same(previous, row, client):
                report.unchanged.append(row.number)
            else:
                report.errors.append(RowError(
                    row.line, f"invoice {row.number!r} already exists with other data;"
                    " not changed (edit it with dunnerd, or fix the row)"))
            continue
        store.add_invoice(
            Invoice(number=row.number, client_id=client.id or 0, issued=row.issued, due=row.due,
                    amount_cents=row.amount_cents, currency=row.currency, pdf_path=row.pdf),
            actor="import", line=row.line,
        )
        report.added.append(row.number)
    report.errors.sort(key=lambda e: e.line)
    return report
