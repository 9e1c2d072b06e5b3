"""`dunnerd payment list|confirm|reject`: the payments dunnerd would not record on its own.

A trusted notice it could not match with certainty, an unverified notice about one of your
invoices, or a client saying they paid opens a review and pauses the reminders concerned.
`confirm ID` records what the review proposes (or `--invoice N [--amount A]`); `reject ID`
records nothing and resumes the reminders it paused.
"""

from __future__ import annotations

import argparse

from dunnerd.cli.context import EXIT_OK, CommandError, Context, Subcommands, parse_payment


def register(commands: Subcommands) -> None:
    payment = commands.add_parser(
        "payment", help="confirm or reject payments dunnerd did not record on its own"
    ).add_subparsers(dest="action", required=True)
    p = payment.add_parser("list", help="payments waiting for you (--all: decided ones too)")
    p.add_argument("--all", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_payment_list)
    p = payment.add_parser("confirm", help="record the payment it proposes")
    p.add_argument("id", type=int)
    p.add_argument("--invoice", help="record it on this invoice instead")
    p.add_argument("--amount", help="the amount paid on --invoice, e.g. 500.00")
    p.add_argument("--reason")
    p.set_defaults(handler=cmd_payment_confirm)
    p = payment.add_parser("reject", help="record nothing; the reminders it paused resume")
    p.add_argument("id", type=int)
    p.add_argument("--reason")
    p.set_defaults(handler=cmd_payment_reject)


def cmd_payment_list(ctx: Context, args: argparse.Namespace) -> int:
    from rich.table import Table

    from dunnerd.ledger.money import to_decimal
    from dunnerd.ledger.payments import PENDING, list_reviews, review_view

    reviews = list_reviews(ctx.store, None if args.all else PENDING)
    if args.json:
        ctx.print_json({"payments": [review_view(r) for r in reviews]})
        return EXIT_OK
    table = Table("id", "state", "source", "amount", "payer", "reference", "proposed", "why")
    for r in reviews:
        amount = (f"{to_decimal(r.amount_cents, r.currency)} {r.currency}"
                  if r.amount_cents is not None and r.currency else "-")
        proposed = ", ".join(f"{line.get('number')}" for line in r.proposal) or "-"
        table.add_row(str(r.id), r.state, r.source, amount, r.payer or "-", r.reference or "-",
                      proposed, r.reason)
    ctx.out.print(table)
    return EXIT_OK


def cmd_payment_confirm(ctx: Context, args: argparse.Namespace) -> int:
    from dunnerd.ledger.payments import confirm

    cents = None
    if args.amount is not None:
        if args.invoice is None:
            raise CommandError("--amount needs --invoice")
        invoice = ctx.store.get_invoice(args.invoice)
        cents = parse_payment("--amount", args.amount, invoice.currency)
    changed = confirm(ctx.store, args.id, actor="cli", invoice_number=args.invoice, cents=cents,
                      note=args.reason)
    for invoice in changed:
        ctx.say(f"payment {args.id}: invoice {invoice.number} is now {invoice.status.value}")
    return EXIT_OK


def cmd_payment_reject(ctx: Context, args: argparse.Namespace) -> int:
    from dunnerd.ledger.payments import reject

    resumed = reject(ctx.store, args.id, actor="cli", note=args.reason)
    ctx.say(f"payment {args.id} rejected; reminders resumed for: "
            + (", ".join(resumed) or "nothing was paused by it"))
    return EXIT_OK
