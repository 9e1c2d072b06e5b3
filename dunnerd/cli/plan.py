"""`dunnerd plan` (who gets which reminder, when) and `dunnerd preview` (the email itself), with
the JSON shape of one planned reminder, which `status` shows too."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from dunnerd.cli.context import EXIT_OK, CommandError, Context, Subcommands

if TYPE_CHECKING:
    from dunnerd.dunning.policy import PlannedReminder
    from dunnerd.ledger.models import Client, Invoice


def register(commands: Subcommands) -> None:
    p = commands.add_parser("plan", help="which reminder goes to whom, when")
    p.add_argument("--days", type=int, default=30)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_plan)
    p = commands.add_parser("preview", help="show the email a reminder would be")
    p.add_argument("number")
    p.add_argument("--step")
    p.add_argument("--html", action="store_true", help="show the HTML alternative")
    p.set_defaults(handler=cmd_preview)


def plan_entry_view(
    planned: PlannedReminder,
    clients: Mapping[int, Client],
    invoices: Mapping[int, Invoice],
    default_timezone: str,
) -> dict[str, Any]:
    """One planned reminder as `plan --json` prints it (README: JSON shapes)."""
    from dunnerd.ledger.views import days_late, iso_utc, money_text

    client = clients[planned.client_id]
    zone = ZoneInfo(client.timezone or default_timezone)
    local = planned.at.astimezone(zone)
    items = []
    for item in planned.items:
        invoice = invoices[item.invoice.invoice_id]
        items.append({
            "number": invoice.number,
            "step": item.step.name,
            "days_late": days_late(invoice, local.date()),
            "balance": money_text(item.invoice.balance_cents, invoice.currency),
            "currency": invoice.currency,
        })
    return {
        "at": iso_utc(planned.at),
        "local_time": local.isoformat(),
        "timezone": str(zone),
        "client": client.key,
        "client_name": client.name,
        "to": list(client.emails),
        "step": planned.step.name,
        "action": planned.action.value,
        "template": planned.step.template,
        "invoices": items,
    }


def planned_entries(ctx: Context, days: int) -> list[dict[str, Any]]:
    """Everything the policy would do in the next `days` days if nobody paid or replied."""
    from dunnerd.dunning.policy import forecast

    now = ctx.clock.now()
    clients_state, invoices_state = ctx.store.policy_inputs(ctx.config.owner.timezone)
    planned = forecast(clients_state, invoices_state, ctx.config.policy, now,
                       now + dt.timedelta(days=days))
    clients = {c.id or 0: c for c in ctx.store.list_clients()}
    needed = {item.invoice.invoice_id for p in planned for item in p.items}
    invoices = {i.id or 0: i for i in ctx.store.list_invoices() if i.id in needed}
    return [plan_entry_view(p, clients, invoices, ctx.config.owner.timezone) for p in planned]


def next_planned_entry(ctx: Context, days: int) -> dict[str, Any] | None:
    """The first thing `planned_entries(ctx, days)` would list, without forecasting the rest:
    each client's next reminder, the earliest of them (ties: the lower client id, as in the
    forecast)."""
    from dunnerd.dunning.policy import plan_client

    now = ctx.clock.now()
    until = now + dt.timedelta(days=days)
    clients_state, invoices_state = ctx.store.policy_inputs(ctx.config.owner.timezone)
    by_client: dict[int, list[Any]] = {}
    for state in invoices_state:
        by_client.setdefault(state.client_id, []).append(state)
    first: PlannedReminder | None = None
    for client in clients_state:
        if client.client_id not in by_client:
            continue
        planned = plan_client(client, by_client[client.client_id], ctx.config.policy, now)
        if planned and planned[0].at <= until and (
                first is None or (planned[0].at, client.client_id) < (first.at, first.client_id)):
            first = planned[0]
    if first is None:
        return None
    clients = {c.id or 0: c for c in ctx.store.list_clients()}
    rows = ctx.store.invoices_by_number([item.invoice.number for item in first.items])
    invoices = {row.id or 0: row for row in rows.values()}
    return plan_entry_view(first, clients, invoices, ctx.config.owner.timezone)


def cmd_plan(ctx: Context, args: argparse.Namespace) -> int:
    from rich.table import Table

    from dunnerd.ledger.views import iso_utc

    now = ctx.clock.now()
    entries = planned_entries(ctx, args.days)
    if args.json:
        ctx.print_json({"now": iso_utc(now), "days": args.days, "reminders": entries})
        return EXIT_OK
    table = Table("when (client time)", "client", "step", "invoices", "to")
    for e in entries:
        invoices = ", ".join(f"{i['number']} ({i['step']}, {i['days_late']}d, "
                             f"{i['balance']} {i['currency']})" for i in e["invoices"])
        table.add_row(e["local_time"][:16].replace("T", " ") + f" {e['timezone']}",
                      e["client"], e["step"] + (" (record)" if e["action"] == "record" else ""),
                      invoices, ", ".join(e["to"]))
    ctx.out.print(table)
    ctx.out.print(f"{len(entries)} reminders in the next {args.days} days")
    return EXIT_OK


def cmd_preview(ctx: Context, args: argparse.Namespace) -> int:
    from dunnerd.dunning.render import Renderer
    from dunnerd.mail.reminder_context import reminder_context
    from dunnerd.states import ReminderState

    invoice = ctx.store.get_invoice(args.number)
    client = ctx.store.get_client_by_id(invoice.client_id)
    steps = {s.name: s for s in ctx.config.policy.steps}
    step_name = args.step or _next_step_name(ctx, invoice.number) or "friendly"
    if step_name not in steps:
        raise CommandError(f"--step {step_name!r}: steps are {', '.join(steps)}")
    template = str(client.step_overrides.get(step_name, {}).get("template",
                                                                 steps[step_name].template))
    sent = sum(1 for r in ctx.store.reminders_for_invoice(invoice.id or 0)
               if r.state in (ReminderState.SENT, ReminderState.FILED))
    context = reminder_context(ctx.config, client, [invoice], template, ctx.today_for(client),
                               sent)
    from dataclasses import replace

    from dunnerd.legal.mention import penalty_mention

    context = replace(context, penalties=penalty_mention(
        ctx.store, ctx.config, client, [invoice], step_name, ctx.today_for(client)))
    rendered = Renderer(ctx.config.templates_dir).render(context)
    ctx.say(f"To: {', '.join(client.emails)}")
    ctx.say(f"Subject: {rendered.subject}\n")
    ctx.say(rendered.html if args.html else rendered.text)
    return EXIT_OK


def _next_step_name(ctx: Context, number: str) -> str | None:
    for entry in planned_entries(ctx, 400):
        for item in entry["invoices"]:
            if item["number"] == number:
                return str(item["step"])
    return None
