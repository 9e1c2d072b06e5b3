"""`dunnerd court NUMBER... --ordonnance YYYY-MM-DD [--reference RG]` (the order for payment
the court made: its service deadline follows from its date), `dunnerd court NUMBER --served
YYYY-MM-DD` (served by a commissaire de justice: the month for opposition starts) and `dunnerd
court NUMBER` (where it stands). The daemon alerts before each deadline."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from dunnerd.cli.context import EXIT_OK, CommandError, Context, Subcommands, parse_date

if TYPE_CHECKING:
    from dunnerd.legal.court_orders import OrderView


def register(commands: Subcommands) -> None:
    p = commands.add_parser(
        "court", help="after the court: NUMBER --ordonnance DATE, NUMBER --served DATE",
        description="Record the order for payment (injonction de payer) of these invoices and "
        "its service; dunnerd then alerts before the service deadline (6 months, or 3 months "
        "for orders made from 1 September 2026) and when the month for opposition has passed.")
    p.add_argument("numbers", nargs="+", metavar="NUMBER")
    p.add_argument("--ordonnance", metavar="YYYY-MM-DD", help="the date of the order")
    p.add_argument("--reference", default="", help="the court's number for it (n° RG)")
    p.add_argument("--served", metavar="YYYY-MM-DD", help="the day it was served")
    p.set_defaults(handler=cmd_court)


def cmd_court(ctx: Context, args: argparse.Namespace) -> int:
    from dunnerd.legal import court_orders
    from dunnerd.legal.procedure import procedure

    if args.ordonnance and args.served:
        raise CommandError("record the order first (--ordonnance), its service after "
                           "(--served)")
    number = args.numbers[0]
    client = ctx.store.get_client_by_id(ctx.store.get_invoice(number).client_id)
    today = ctx.today_for(client)
    try:
        if args.ordonnance:
            ordered_on = parse_date("--ordonnance", args.ordonnance)
            if ordered_on > today:
                raise CommandError(f"--ordonnance {ordered_on} is in the future")
            found = court_orders.record_order(ctx.store, args.numbers, ordered_on,
                                              args.reference.strip(), procedure())
        elif args.served:
            if len(args.numbers) != 1:
                raise CommandError("--served takes one NUMBER: the order covering it is "
                                   "updated")
            served_on = parse_date("--served", args.served)
            if served_on > today:
                raise CommandError(f"--served {served_on} is in the future")
            found = court_orders.record_service(ctx.store, number, served_on)
        else:
            shown = court_orders.latest_for_invoice(ctx.store, number)
            if shown is None:
                ctx.say(f"no order recorded for invoice {number}; once the court rules: "
                        f"dunnerd court {number} --ordonnance YYYY-MM-DD")
                return EXIT_OK
            found = shown
    except court_orders.CourtError as exc:
        raise CommandError(str(exc)) from None
    for line in describe(found):
        ctx.say(line)
    return EXIT_OK


def describe(found: OrderView) -> list[str]:
    from dunnerd.legal.court_orders import opposition_end
    from dunnerd.legal.procedure import procedure

    order = found.order
    ref = f" n° {order.reference}" if order.reference else ""
    lines = [f"order for payment{ref} of {order.ordered_on} against "
             f"{found.client.legal_name or found.client.name} ({', '.join(found.numbers)})",
             f"  to be served by {order.service_by} ({order.rule}), or it lapses"]
    if order.served_on is None:
        lines.append(f"  not served yet: once it is, dunnerd court {found.numbers[0]} "
                     "--served YYYY-MM-DD")
    else:
        end = opposition_end(order, found.client, procedure())
        lines.append(f"  served on {order.served_on}; opposition possible until {end} "
                     f"({procedure().opposition.article})")
    return lines
