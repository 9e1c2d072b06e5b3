"""`dunnerd invoice add|import|list|show|paid|pause|resume|dispute|promise|writeoff`."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from dunnerd.cli import invoice_import
from dunnerd.cli.context import (
    EXIT_OK,
    CommandError,
    Context,
    Handler,
    Subcommands,
    parse_date,
    parse_payment,
)
from dunnerd.states import InvoiceStatus

if TYPE_CHECKING:
    from dunnerd.ledger.models import Client, Invoice

# `invoice NAME NUMBER [--reason]`: the commands that only move an invoice to a status.
STATUS_COMMANDS = (("pause", InvoiceStatus.PAUSED), ("resume", InvoiceStatus.OPEN),
                   ("dispute", InvoiceStatus.DISPUTED), ("promise", InvoiceStatus.PROMISED),
                   ("writeoff", InvoiceStatus.WRITTEN_OFF))


def register(commands: Subcommands) -> None:
    invoice = commands.add_parser("invoice", help="manage invoices").add_subparsers(
        dest="action", required=True)
    p = invoice.add_parser("add")
    p.add_argument("number")
    p.add_argument("--client", required=True)
    p.add_argument("--amount", required=True, help="e.g. 1234.50")
    p.add_argument("--currency", default="EUR")
    p.add_argument("--issued", required=True)
    p.add_argument("--due", required=True)
    p.add_argument("--pdf")
    p.add_argument("--message-id", dest="message_id")
    p.add_argument("--penalty-rate", dest="penalty_rate", metavar="PERCENT",
                   help="a contractual late-payment rate for this invoice, e.g. 12.5")
    p.set_defaults(handler=cmd_invoice_add)
    p = invoice.add_parser("import", help="import CSV exports (number,client,email,amount,"
                           "currency,issued,due[,pdf] or your tool's own columns), Factur-X "
                           "PDFs, CII or UBL XML")
    invoice_import.add_arguments(p)
    p.set_defaults(handler=invoice_import.cmd_invoice_import)
    p = invoice.add_parser("list")
    p.add_argument("--status", choices=[s.value for s in InvoiceStatus])
    p.add_argument("--client")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_invoice_list)
    p = invoice.add_parser("show")
    p.add_argument("number")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_invoice_show)
    p = invoice.add_parser("paid", help="record a payment (all of it, or --amount)")
    p.add_argument("number")
    p.add_argument("--amount")
    p.add_argument("--reason")
    p.set_defaults(handler=cmd_invoice_paid)
    for name, status in STATUS_COMMANDS:
        p = invoice.add_parser(name)
        p.add_argument("number")
        p.add_argument("--reason")
        if status is InvoiceStatus.PROMISED:
            p.add_argument("--until", required=True, help="the promised payment date")
        p.set_defaults(handler=_status_command(status))


def cmd_invoice_add(ctx: Context, args: argparse.Namespace) -> int:
    from dunnerd.cli.clients import checked_rate
    from dunnerd.ledger.models import Invoice
    from dunnerd.ledger.money import MoneyError, check_currency, parse_amount

    client = ctx.store.get_client(args.client)
    try:
        currency = check_currency(args.currency)
        cents = parse_amount(args.amount, currency)
    except MoneyError as exc:
        raise CommandError(str(exc)) from None
    issued = parse_date("--issued", args.issued)
    due = parse_date("--due", args.due)
    if due < issued:
        raise CommandError(f"--due {due} is before --issued {issued}")
    ctx.store.add_invoice(Invoice(
        number=args.number, client_id=client.id or 0, issued=issued, due=due,
        amount_cents=cents, currency=currency, pdf_path=args.pdf, message_id=args.message_id,
        penalty_rate=checked_rate(args.penalty_rate) if args.penalty_rate else "",
    ))
    ctx.out.print(f"invoice {args.number} added")
    return EXIT_OK


def print_invoice_table(ctx: Context, rows: list[dict[str, Any]]) -> None:
    from rich.table import Table

    table = Table("number", "client", "status", "balance", "due", "days late")
    for row in rows:
        table.add_row(row["number"], row["client"], row["status"],
                      f"{row['balance']} {row['currency']}", row["due"], str(row["days_late"]))
    ctx.out.print(table)


def cmd_invoice_list(ctx: Context, args: argparse.Namespace) -> int:
    from dunnerd.ledger.views import invoice_view

    statuses = [InvoiceStatus(args.status)] if args.status else None
    client_id = ctx.store.get_client(args.client).id if args.client else None
    clients = {c.id: c for c in ctx.store.list_clients()}
    rows = [invoice_view(inv, clients[inv.client_id], ctx.today_for(clients[inv.client_id]))
            for inv in ctx.store.list_invoices(statuses, client_id)]
    if args.json:
        ctx.print_json({"invoices": rows})
    else:
        print_invoice_table(ctx, rows)
    return EXIT_OK


def cmd_invoice_show(ctx: Context, args: argparse.Namespace) -> int:
    from rich.table import Table

    from dunnerd.ledger.views import invoice_view, money_text

    invoice = ctx.store.get_invoice(args.number)
    client = ctx.store.get_client_by_id(invoice.client_id)
    view = invoice_view(
        invoice, client, ctx.today_for(client),
        ctx.store.reminders_for_invoice(invoice.id or 0),
        ctx.store.events_for_invoice(invoice.id or 0),
    )
    from dunnerd.ledger.payments import list_reviews, review_view

    view["payments"] = [review_view(r) for r in list_reviews(ctx.store,
                                                               invoice_id=invoice.id or 0)]
    breakdown = legal_view(ctx, invoice, client, view)
    if args.json:
        ctx.print_json(view)
        return EXIT_OK
    for key in ("number", "client_name", "status", "amount", "paid", "balance", "currency",
                "issued", "due", "days_late", "promised_until", "pdf"):
        ctx.out.print(f"[bold]{key}[/]: {view[key]}", highlight=False)
    table = Table("step", "state", "planned", "sent", "message-id", "proof")
    for r in view["reminders"]:
        proof = f"sha256 {r['sha256'][:12]}… uid {r['sent_folder_uid']}" if r["sha256"] else "-"
        table.add_row(r["step"], r["state"], r["planned_at"] or "-", r["sent_at"] or "-",
                      r["message_id"] or "-", proof)
    ctx.out.print(table)
    for line in breakdown:
        ctx.say(line)
    events = Table("at", "event", "by", "detail")
    for e in view["events"]:
        events.add_row(e["at"], e["kind"], e["actor"], json.dumps(e["detail"], ensure_ascii=False))
    ctx.out.print(events)
    if view["payments"]:
        reviews = Table("payment", "state", "source", "proposed", "why", "evidence")
        for r in view["payments"]:
            mine = [line for line in r["proposal"] if line.get("number") == invoice.number]
            reviews.add_row(str(r["id"]), r["state"], r["source"],
                            ", ".join(f"{money_text(int(line['cents']), invoice.currency)} "
                                      f"{invoice.currency}" for line in mine), r["reason"],
                            json.dumps(r["evidence"], ensure_ascii=False)[:300])
        ctx.out.print(reviews)
    return EXIT_OK


def legal_view(ctx: Context, invoice: Invoice, client: Client,
               view: dict[str, Any]) -> list[str]:
    """Add the penalties' breakdown and the latest formal notice to `view` (keys "penalties"
    and "notice"); the lines `invoice show` prints about them."""
    from dunnerd.legal.claims import breakdowns
    from dunnerd.legal.explain import breakdown_lines, breakdown_view
    from dunnerd.legal.notices import latest_for_invoice

    breakdown = breakdowns(ctx.store, ctx.config, [invoice], {client.id or 0: client},
                           ctx.today_for(client))[invoice.id or 0]
    view["penalties"] = breakdown_view(breakdown)
    notice = latest_for_invoice(ctx.store, invoice.number)
    view["notice"] = None if notice is None else {
        "generated_at": notice.created_at.isoformat().replace("+00:00", "Z")
        if notice.created_at else None,
        "letter_date": notice.letter_date.isoformat(), "file": notice.file_name,
        "sha256": notice.sha256, "bytes": len(notice.pdf),
        "sent_on": notice.sent_on.isoformat() if notice.sent_on else None,
        "lrar": notice.lrar or None,
        "deadline": notice.deadline.isoformat() if notice.deadline else None,
        "email_message_id": notice.email_message_id}
    lines = breakdown_lines(breakdown)
    if notice is not None:
        sent = (f"sent {notice.sent_on} {notice.lrar}, deadline {notice.deadline}"
                if notice.sent_on else "not recorded as sent")
        lines.append(f"Formal notice of {notice.letter_date}: {notice.file_name} "
                     f"(sha256 {notice.sha256[:16]}...), {sent}")
    return lines


def _status_command(status: InvoiceStatus) -> Handler:
    def handler(ctx: Context, args: argparse.Namespace) -> int:
        promised = parse_date("--until", args.until) if status is InvoiceStatus.PROMISED else None
        ctx.store.change_status(args.number, status, actor="cli", reason=args.reason,
                                promised_until=promised)
        ctx.out.print(f"invoice {args.number} is now {status.value}")
        return EXIT_OK
    return handler


def cmd_invoice_paid(ctx: Context, args: argparse.Namespace) -> int:
    from dunnerd.ledger.views import money_text

    invoice = ctx.store.get_invoice(args.number)
    if args.amount is None:
        ctx.store.change_status(args.number, InvoiceStatus.PAID, actor="cli",
                                reason=args.reason, paid_cents=invoice.amount_cents)
        ctx.out.print(f"invoice {invoice.number} is now paid")
        return EXIT_OK
    cents = parse_payment("--amount", args.amount, invoice.currency)
    invoice = ctx.store.record_payment(args.number, cents, actor="cli", reason=args.reason)
    balance = money_text(invoice.amount_cents - invoice.paid_cents, invoice.currency)
    ctx.out.print(f"invoice {invoice.number} is now {invoice.status.value}; "
                  f"balance {balance} {invoice.currency}")
    return EXIT_OK
