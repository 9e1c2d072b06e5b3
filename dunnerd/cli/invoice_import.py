"""`dunnerd invoice import FILE...`: CSV exports, and Factur-X/ZUGFeRD PDFs, CII and UBL XML.

Each PDF or XML file gets one line (added, unchanged, credited, or why it was refused); each
CSV gets the summary it always had, its bad rows one per line on stderr (`FILE:LINE: reason`),
and a line per note on how it was read. Exit status 1 if any file or row was refused.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dunnerd.cli.context import EXIT_FAILURE, EXIT_OK, CommandError, Context

if TYPE_CHECKING:
    from dunnerd.intake.csv_dialect import CsvOptions


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="CSV exports, Factur-X/ZUGFeRD PDFs, CII or UBL XML files")
    p.add_argument("--dry-run", action="store_true", help="show what would be imported; "
                   "change nothing")
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help="read CSV column COLUMN as FIELD (number, client, email, amount, "
                   "balance, currency, issued, due, pdf, kind, legal_name, address, siren, "
                   "siret, vat_number) or ignore it (COLUMN=ignore); repeatable")
    p.add_argument("--delimiter", help="CSV delimiter (default: detected; 'tab' for a tab)")
    p.add_argument("--encoding", help="CSV encoding (default: BOM, UTF-8, else Windows-1252)")
    p.add_argument("--decimal", choices=[",", "."], help="decimal mark of CSV amounts "
                   "(default: detected)")
    p.add_argument("--dates", choices=["iso", "dmy", "mdy"], help="CSV date order: dmy is "
                   "31/10/2026 (default: detected, day first when unsure)")
    p.add_argument("--currency", default="EUR", help="currency of CSV rows when the file has "
                   "no currency column (default EUR)")
    p.add_argument("--json", action="store_true")


def csv_options(args: argparse.Namespace) -> CsvOptions:
    from dunnerd.intake.csv_dialect import CsvOptions

    mapping = {}
    for item in args.map:
        column, sep, target = item.rpartition("=")
        if not sep or not column.strip():
            raise CommandError(f"--map {item!r}: expected COLUMN=FIELD, e.g. 'Total TTC=amount'")
        mapping[column.strip()] = target.strip()
    delimiter = args.delimiter
    if delimiter in ("tab", "\\t"):
        delimiter = "\t"
    if delimiter is not None and len(delimiter) != 1:
        raise CommandError(f"--delimiter {delimiter!r}: expected one character or 'tab'")
    return CsvOptions(delimiter=delimiter, encoding=args.encoding, decimal=args.decimal,
                      dates=args.dates, currency=args.currency.upper(), mapping=mapping)


def cmd_invoice_import(ctx: Context, args: argparse.Namespace) -> int:
    from dunnerd.intake.einvoice_files import is_einvoice_file

    options = csv_options(args)
    totals: dict[str, Any] = {"added": 0, "unchanged": 0, "clients_added": [], "errors": [],
                              "dry_run": args.dry_run, "files": []}
    failed = False
    for name in args.files:
        path = Path(name)
        if is_einvoice_file(path):
            failed |= _einvoice(ctx, args, path, name, totals)
        else:
            failed |= _csv(ctx, args, path, name, options, totals)
    if args.json:
        ctx.print_json(totals)
    return EXIT_FAILURE if failed else EXIT_OK


def _einvoice(ctx: Context, args: argparse.Namespace, path: Path, label: str,
              totals: dict[str, Any]) -> bool:
    from dunnerd.intake.einvoice_files import import_einvoice_file
    from dunnerd.intake.einvoice_ledger import Outcome

    result = import_einvoice_file(ctx.store, ctx.config, path, dry_run=args.dry_run)
    refused = result.outcome in (Outcome.REFUSED, Outcome.CONFLICT)
    totals["files"].append({"file": label, "outcome": result.outcome.value,
                            "number": result.number or None, "line": result.line,
                            "warnings": list(result.warnings)})
    if result.outcome is Outcome.ADDED:
        totals["added"] += 1
    elif result.outcome is Outcome.UNCHANGED:
        totals["unchanged"] += 1
    if result.client_added and result.client_key:
        totals["clients_added"].append(result.client_key)
    if refused:
        totals["errors"].append({"file": label, "line": None, "reason": result.line})
    if not args.json:
        prefix = "would be " if args.dry_run and result.outcome is Outcome.ADDED else ""
        text = result.line.replace(" added:", f" {prefix}added:", 1) if prefix else result.line
        (ctx.err if refused else ctx.out).print(f"{label}: {text}", markup=False,
                                                highlight=False)
        for warning in result.warnings:
            ctx.say(f"{label}: note: {warning}")
    return refused


def _csv(ctx: Context, args: argparse.Namespace, path: Path, label: str, options: CsvOptions,
         totals: dict[str, Any]) -> bool:
    from dunnerd.intake.csv_import import ImportFileError, import_rows, read_csv

    try:
        read = read_csv(path, options)
    except ImportFileError as exc:
        if len(args.files) == 1:
            raise CommandError(str(exc)) from None
        totals["errors"].append({"file": label, "line": None, "reason": str(exc)})
        ctx.err.print(f"dunnerd: {exc}", markup=False, highlight=False)
        return True
    report = import_rows(ctx.store, read.rows, ctx.config.owner.language, dry_run=args.dry_run)
    report.notes = read.notes
    totals["added"] += len(report.added)
    totals["unchanged"] += len(report.unchanged)
    totals["clients_added"] += report.clients_added
    totals["errors"] += [{"file": label, "line": e.line, "reason": e.reason}
                         for e in report.errors]
    totals["files"].append({"file": label, "added": report.added, "settled": report.settled,
                            "notes": report.notes})
    if not args.json:
        verb = "would be added" if args.dry_run else "added"
        settled = f", {len(report.settled)} with nothing left to pay" if report.settled else ""
        ctx.out.print(f"{len(report.added)} invoices {verb}, {len(report.unchanged)} unchanged, "
                      f"{len(report.clients_added)} clients {verb}, {len(report.errors)} bad "
                      f"rows{settled}", markup=False, highlight=False)
        for note in report.notes:
            ctx.say(f"{label}: note: {note}")
        if args.dry_run:
            for number in report.added:
                ctx.say(f"{label}: would add {number}")
        for error in report.errors:
            ctx.err.print(f"{label}:{error.line}: {error.reason}", highlight=False, markup=False)
    return bool(report.errors)
