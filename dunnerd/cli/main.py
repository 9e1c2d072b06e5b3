"""The `dunnerd` command: parse arguments, call the domain, print. `main(argv)` returns the exit
status (0 ok, 1 a runtime problem such as an unknown invoice, 2 bad config or usage)."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from dunnerd.clock import Clock, FixedClock, SystemClock
from dunnerd.config.load import Config, ConfigError, load_config, resolve_config_path
from dunnerd.dunning.policy import forecast
from dunnerd.dunning.render import Renderer, TemplateNotFound, TemplateRenderError
from dunnerd.intake.csv_import import ImportFileError, import_rows, read_rows
from dunnerd.ledger import views
from dunnerd.ledger.models import Client, Invoice
from dunnerd.ledger.money import MoneyError, check_currency, parse_amount
from dunnerd.ledger.store import Store, StoreError
from dunnerd.states import InvoiceStatus, ReminderState

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A problem the user can fix; printed as one line, exit status 1."""


class Context:
    """What every command gets: the config, the clock, the store (opened on first use)."""

    def __init__(self, config: Config, clock: Clock, out: Console, err: Console) -> None:
        self.config = config
        self.clock = clock
        self.out = out
        self.err = err
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.config.database_url, self.clock)
        return self._store

    def today_for(self, client: Client) -> dt.date:
        return views.local_today(client, self.config.owner.timezone, self.clock.now())

    def close(self) -> None:
        if self._store is not None:
            self._store.close()

    def print_json(self, data: Any) -> None:
        self.out.print_json(json.dumps(data, ensure_ascii=False), highlight=False)


Handler = Callable[[Context, argparse.Namespace], int]


# --- clients ------------------------------------------------------------------------------

def _client_fields(args: argparse.Namespace) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for name in ("name", "language", "timezone", "country", "phone", "grace_days"):
        value = getattr(args, name, None)
        if value is not None:
            fields[name] = value
    if args.email:
        fields["emails"] = list(args.email)
    if args.cc:
        fields["cc"] = list(args.cc)
    if fields.get("timezone"):
        _check_timezone(fields["timezone"])
    if fields.get("language") and fields["language"] not in ("en", "fr"):
        raise CommandError(f"--language {fields['language']!r}: expected en or fr")
    return fields


def _check_timezone(name: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise CommandError(f"--timezone {name!r}: expected an IANA zone such as Europe/Paris") \
            from None


def cmd_client_add(ctx: Context, args: argparse.Namespace) -> int:
    fields = _client_fields(args)
    if "emails" not in fields:
        raise CommandError("client add: at least one --email is required")
    client = Client(key=args.key, never_remind=args.never_remind, **fields)
    ctx.store.add_client(client)
    ctx.out.print(f"client {client.key} added")
    return EXIT_OK


def cmd_client_edit(ctx: Context, args: argparse.Namespace) -> int:
    current = ctx.store.get_client(args.key)
    changes = _client_fields(args)
    if args.never_remind:
        changes["never_remind"] = True
    if args.remind:
        changes["never_remind"] = False
    if args.clear_hold:
        changes["hold_until"] = None
    overrides = {k: dict(v) for k, v in current.step_overrides.items()}
    for spec in args.step_days or []:
        step, _, value = spec.partition("=")
        if not value.isdigit():
            raise CommandError(f"--step-days {spec!r}: expected STEP=DAYS, e.g. firm=20")
        overrides.setdefault(step, {})["days"] = int(value)
    for spec in args.step_template or []:
        step, _, value = spec.partition("=")
        if not value:
            raise CommandError(f"--step-template {spec!r}: expected STEP=TEMPLATE")
        overrides.setdefault(step, {})["template"] = value
    for step in args.skip_step or []:
        overrides.setdefault(step, {})["skip"] = True
    for step in args.unskip_step or []:
        overrides.setdefault(step, {}).pop("skip", None)
    known = {s.name for s in ctx.config.policy.steps}
    unknown = sorted(set(overrides) - known)
    if unknown:
        raise CommandError(f"unknown step {', '.join(unknown)}; steps are {', '.join(known)}")
    if overrides != current.step_overrides:
        changes["step_overrides"] = {k: v for k, v in overrides.items() if v}
    if not changes:
        raise CommandError("client edit: nothing to change")
    ctx.store.update_client(args.key, changes)
    ctx.out.print(f"client {args.key} updated")
    return EXIT_OK


def cmd_client_list(ctx: Context, args: argparse.Namespace) -> int:
    clients = ctx.store.list_clients()
    if args.json:
        ctx.print_json({"clients": [views.client_view(c) for c in clients]})
        return EXIT_OK
    table = Table("key", "name", "emails", "language", "timezone", "remind")
    for c in clients:
        table.add_row(c.key, c.name, ", ".join(c.emails), c.language or "-", c.timezone or "-",
                      "never" if c.never_remind else "yes")
    ctx.out.print(table)
    return EXIT_OK


def cmd_client_show(ctx: Context, args: argparse.Namespace) -> int:
    client = ctx.store.get_client(args.key)
    invoices = ctx.store.list_invoices(client_id=client.id)
    today = ctx.today_for(client)
    view = views.client_view(client)
    view["invoices"] = [views.invoice_view(i, client, today) for i in invoices]
    if args.json:
        ctx.print_json(view)
        return EXIT_OK
    for key, value in view.items():
        if key != "invoices":
            ctx.out.print(f"[bold]{key}[/]: {value}", highlight=False)
    _print_invoice_table(ctx, view["invoices"])
    return EXIT_OK


# --- invoices -----------------------------------------------------------------------------

def _parse_date(option: str, text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{option} {text!r}: expected an ISO date such as 2026-12-31") \
            from None


def cmd_invoice_add(ctx: Context, args: argparse.Namespace) -> int:
    client = ctx.store.get_client(args.client)
    try:
        currency = check_currency(args.currency)
        cents = parse_amount(args.amount, currency)
    except MoneyError as exc:
        raise CommandError(str(exc)) from None
    issued = _parse_date("--issued", args.issued)
    due = _parse_date("--due", args.due)
    if due < issued:
        raise CommandError(f"--due {due} is before --issued {issued}")
    ctx.store.add_invoice(Invoice(
        number=args.number, client_id=client.id or 0, issued=issued, due=due,
        amount_cents=cents, currency=currency, pdf_path=args.pdf, message_id=args.message_id,
    ))
    ctx.out.print(f"invoice {args.number} added")
    return EXIT_OK


def cmd_invoice_import(ctx: Context, args: argparse.Namespace) -> int:
    try:
        report = import_rows(ctx.store, read_rows(Path(args.file)), ctx.config.owner.language)
    except ImportFileError as exc:
        raise CommandError(str(exc)) from None
    if args.json:
        ctx.print_json({
            "added": len(report.added), "unchanged": len(report.unchanged),
            "clients_added": report.clients_added,
            "errors": [{"line": e.line, "reason": e.reason} for e in report.errors],
        })
    else:
        ctx.out.print(f"{len(report.added)} invoices added, {len(report.unchanged)} unchanged, "
                      f"{len(report.clients_added)} clients added, {len(report.errors)} bad rows")
        for error in report.errors:
            ctx.err.print(f"{args.file}:{error.line}: {error.reason}", highlight=False,
                          markup=False)
    return EXIT_FAILURE if report.errors else EXIT_OK


def _print_invoice_table(ctx: Context, rows: list[dict[str, Any]]) -> None:
    table = Table("number", "client", "status", "balance", "due", "days late")
    for row in rows:
        table.add_row(row["number"], row["client"], row["status"],
                      f"{row['balance']} {row['currency']}", row["due"], str(row["days_late"]))
    ctx.out.print(table)


def cmd_invoice_list(ctx: Context, args: argparse.Namespace) -> int:
    statuses = [InvoiceStatus(args.status)] if args.status else None
    client_id = ctx.store.get_client(args.client).id if args.client else None
    clients = {c.id: c for c in ctx.store.list_clients()}
    rows = [views.invoice_view(inv, clients[inv.client_id],
                               ctx.today_for(clients[inv.client_id]))
            for inv in ctx.store.list_invoices(statuses, client_id)]
    if args.json:
        ctx.print_json({"invoices": rows})
    else:
        _print_invoice_table(ctx, rows)
    return EXIT_OK


def cmd_invoice_show(ctx: Context, args: argparse.Namespace) -> int:
    invoice = ctx.store.get_invoice(args.number)
    client = next(c for c in ctx.store.list_clients() if c.id == invoice.client_id)
    view = views.invoice_view(
        invoice, client, ctx.today_for(client),
        ctx.store.reminders_for_invoice(invoice.id or 0),
        ctx.store.events_for_invoice(invoice.id or 0),
    )
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
    events = Table("at", "event", "by", "detail")
    for e in view["events"]:
        events.add_row(e["at"], e["kind"], e["actor"], json.dumps(e["detail"], ensure_ascii=False))
    ctx.out.print(events)
    return EXIT_OK


def _status_command(status: InvoiceStatus) -> Handler:
    def handler(ctx: Context, args: argparse.Namespace) -> int:
        promised = _parse_date("--until", args.until) if status is InvoiceStatus.PROMISED else None
        ctx.store.change_status(args.number, status, actor="cli", reason=args.reason,
                                promised_until=promised)
        ctx.out.print(f"invoice {args.number} is now {status.value}")
        return EXIT_OK
    return handler


def cmd_invoice_paid(ctx: Context, args: argparse.Namespace) -> int:
    invoice = ctx.store.get_invoice(args.number)
    if args.amount is None:
        ctx.store.change_status(args.number, InvoiceStatus.PAID, actor="cli",
                                reason=args.reason, paid_cents=invoice.amount_cents)
        ctx.out.print(f"invoice {invoice.number} is now paid")
        return EXIT_OK
    try:
        cents = parse_amount(args.amount, invoice.currency)
    except MoneyError as exc:
        raise CommandError(str(exc)) from None
    if cents <= 0:
        raise CommandError(f"--amount {args.amount!r}: must be greater than zero")
    invoice = ctx.store.record_payment(args.number, cents, actor="cli", reason=args.reason)
    balance = views.money_text(invoice.amount_cents - invoice.paid_cents, invoice.currency)
    ctx.out.print(f"invoice {invoice.number} is now {invoice.status.value}; "
                  f"balance {balance} {invoice.currency}")
    return EXIT_OK


# --- plan, preview, status ----------------------------------------------------------------

def _plan(ctx: Context, days: int) -> list[dict[str, Any]]:
    now = ctx.clock.now()
    clients_state, invoices_state = ctx.store.policy_inputs(ctx.config.owner.timezone)
    planned = forecast(clients_state, invoices_state, ctx.config.policy, now,
                       now + dt.timedelta(days=days))
    clients = {c.id or 0: c for c in ctx.store.list_clients()}
    needed = {item.invoice.invoice_id for p in planned for item in p.items}
    invoices = {i.id or 0: i for i in ctx.store.list_invoices() if i.id in needed}
    return [views.plan_entry_view(p, clients, invoices, ctx.config.owner.timezone)
            for p in planned]


def cmd_plan(ctx: Context, args: argparse.Namespace) -> int:
    now = ctx.clock.now()
    entries = _plan(ctx, args.days)
    if args.json:
        ctx.print_json({"now": views.iso_utc(now), "days": args.days, "reminders": entries})
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
    invoice = ctx.store.get_invoice(args.number)
    client = next(c for c in ctx.store.list_clients() if c.id == invoice.client_id)
    steps = {s.name: s for s in ctx.config.policy.steps}
    step_name = args.step or _next_step_name(ctx, invoice) or "friendly"
    if step_name not in steps:
        raise CommandError(f"--step {step_name!r}: steps are {', '.join(steps)}")
    template = str(client.step_overrides.get(step_name, {}).get("template",
                                                                 steps[step_name].template))
    sent = sum(1 for r in ctx.store.reminders_for_invoice(invoice.id or 0)
               if r.state in (ReminderState.SENT, ReminderState.FILED))
    context = views.reminder_context(ctx.config, client, [invoice], template,
                                     ctx.today_for(client), sent)
    rendered = Renderer(ctx.config.templates_dir).render(context)
    ctx.out.print(f"To: {', '.join(client.emails)}", markup=False, highlight=False)
    ctx.out.print(f"Subject: {rendered.subject}\n", markup=False, highlight=False)
    ctx.out.print(rendered.html if args.html else rendered.text, markup=False, highlight=False)
    return EXIT_OK


def _next_step_name(ctx: Context, invoice: Invoice) -> str | None:
    for entry in _plan(ctx, 400):
        for item in entry["invoices"]:
            if item["number"] == invoice.number:
                return str(item["step"])
    return None


def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    from dunnerd.daemon.checks import daemon_state

    invoices = ctx.store.list_invoices()
    counts: dict[str, int] = {s.value: 0 for s in InvoiceStatus}
    open_balance: dict[str, int] = {}
    today = ctx.clock.now().date()
    overdue = 0
    for inv in invoices:
        counts[inv.status.value] += 1
        if inv.status not in (InvoiceStatus.PAID, InvoiceStatus.WRITTEN_OFF):
            open_balance[inv.currency] = (open_balance.get(inv.currency, 0)
                                          + inv.amount_cents - inv.paid_cents)
            overdue += inv.due < today
    upcoming = _plan(ctx, 60)
    summary: dict[str, Any] = {
        "now": views.iso_utc(ctx.clock.now()),
        "database": {"schema_version": ctx.store.schema_version()},
        "clients": len(ctx.store.list_clients()),
        "invoices": counts,
        "overdue": overdue,
        "open_balance": {cur: views.money_text(c, cur) for cur, c in sorted(open_balance.items())},
        "next_reminder": upcoming[0] if upcoming else None,
        **daemon_state(ctx.store, ctx.config.state_dir),
    }
    if args.json:
        ctx.print_json(summary)
        return EXIT_OK
    _print_daemon_state(ctx, summary)
    ctx.out.print(f"{summary['clients']} clients, {len(invoices)} invoices, {overdue} overdue")
    ctx.out.print("by status: " + ", ".join(f"{k} {v}" for k, v in counts.items() if v))
    for cur, amount in summary["open_balance"].items():
        ctx.out.print(f"open balance: {amount} {cur}")
    nxt = summary["next_reminder"]
    ctx.out.print(f"next reminder: {nxt['local_time'][:16]} {nxt['client']} {nxt['step']}"
                  if nxt else "next reminder: none planned")
    _print_failures(ctx, summary["failures"])
    return EXIT_OK


def _print_daemon_state(ctx: Context, summary: dict[str, Any]) -> None:
    def say(line: str) -> None:
        ctx.out.print(line, markup=False, highlight=False)

    daemon = summary["daemon"]
    if daemon["running"] is None:
        say(f"daemon: unknown ({daemon['problem']})")
    elif daemon["running"]:
        say("daemon: running" + (f" (pid {daemon['pid']})" if daemon["pid"] else ""))
    else:
        say("daemon: not running")
    for folder in summary["inbox"]:
        say(f"inbox {folder['folder']}: last synced {folder['last_sync_at'] or 'never'} "
            f"(uid {folder['last_uid']})")
    if not summary["inbox"]:
        say("inbox: never synced")
    if summary["outbox"]:
        say("outbox: " + ", ".join(f"{k} {v}" for k, v in summary["outbox"].items()))


def _print_failures(ctx: Context, failures: dict[str, Any]) -> None:
    def say(line: str) -> None:
        ctx.out.print(line, markup=False, highlight=False)

    reminders, quarantined = failures["reminders"], failures["quarantined"]
    if not (reminders["failed"] or reminders["unknown"] or quarantined["count"]):
        say("needs you: nothing")
        return
    say(f"needs you: {reminders['failed']} failed and {reminders['unknown']} unknown "
        f"reminders, {quarantined['count']} quarantined inbound messages")
    for r in reminders["latest"]:
        why = r["smtp_reply"] or r["last_error"] or "no reply after the final '.'"
        say(f"  {r['state']}: invoice {r['invoice']} ({r['client']}) {r['step']}, planned "
            f"{r['planned_at']}, {r['attempts']} attempts: {why}")
    for m in quarantined["latest"]:
        say(f"  quarantined: {m['folder']} uid {m['uid']} received {m['received_at']}: "
            f"{m['error']}")


def cmd_check(ctx: Context, args: argparse.Namespace) -> int:
    from dunnerd.daemon.checks import run_checks

    if args.timeout <= 0:
        raise CommandError(f"--timeout {args.timeout:g}: expected a number of seconds above 0")
    results = asyncio.run(run_checks(ctx.config, ctx.clock.now().date(), limit=args.timeout))
    everything_ok = all(r.ok for r in results)
    if args.json:
        ctx.print_json({"checks": [r.view() for r in results], "ok": everything_ok})
    else:
        for r in results:
            line = f"{'ok  ' if r.ok else 'FAIL'} {r.name}: {r.detail}"
            ctx.out.print(line + (f" -> fix: {r.fix}" if r.fix else ""), markup=False,
                          highlight=False)
    return EXIT_OK if everything_ok else EXIT_FAILURE


# --- the daemon and its proof -------------------------------------------------------------

def cmd_run(ctx: Context, args: argparse.Namespace) -> int:
    from dunnerd.daemon.lock import AlreadyRunning
    from dunnerd.daemon.service import Daemon, ServiceError

    os.umask(0o077)  # the ledger holds clients' mail: readable by the owner only
    logging.basicConfig(level=getattr(logging, ctx.config.log_level.upper(), logging.INFO),
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        grace = args.witness_grace or ctx.config.daemon.witness_grace_seconds
        daemon = Daemon(ctx.config, ctx.clock, witness_grace=grace,
                        smtp_data_timeout=args.smtp_data_timeout)
    except ServiceError as exc:
        raise CommandError(str(exc)) from None

    async def serve() -> None:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, daemon.stop.set)
        loop.add_signal_handler(signal.SIGHUP, daemon.request_reload)
        await daemon.run()

    try:
        asyncio.run(serve())
    except (AlreadyRunning, ServiceError) as exc:
        raise CommandError(str(exc)) from None
    return EXIT_OK


def cmd_proof(ctx: Context, args: argparse.Namespace) -> int:
    """Check that every sent reminder of an invoice is in the Sent folder, byte-identical."""
    import hashlib

    from dunnerd.config.load import load_secret
    from dunnerd.mail.imap import ImapSession, MailboxError

    if ctx.config.imap is None:
        raise CommandError("proof needs an [imap] section in the config")
    invoice = ctx.store.get_invoice(args.number)
    sent = [r for r in ctx.store.reminders_for_invoice(invoice.id or 0)
            if r.state in (ReminderState.SENT, ReminderState.FILED) and r.message_id]
    if not sent:
        ctx.out.print(f"invoice {invoice.number}: no reminder sent yet")
        return EXIT_OK
    session = ImapSession(ctx.config.imap, load_secret(ctx.config.imap.password))
    problems = 0
    try:
        session.connect()
        folder = session.find_sent_folder()
        for reminder in sent:
            assert reminder.message_id is not None
            uids = session.find_by_message_id(folder, reminder.message_id)
            copies = [session.fetch_raw(folder, uid) for uid in uids]
            digests = {hashlib.sha256(c).hexdigest() for c in copies if c is not None}
            if not copies:
                verdict = "MISSING from " + folder
            elif reminder.sha256 in digests:
                verdict = f"ok: identical copy in {folder} (uid {uids[0]})"
            else:
                verdict = f"DIFFERS: {folder} holds other bytes under this Message-ID"
            problems += not verdict.startswith("ok")
            ctx.out.print(f"{reminder.step} {reminder.message_id} sha256 "
                          f"{(reminder.sha256 or '')[:16]}: {verdict}", markup=False,
                          highlight=False)
    except MailboxError as exc:
        raise CommandError(str(exc)) from None
    finally:
        session.close()
    return EXIT_FAILURE if problems else EXIT_OK


# --- parser -------------------------------------------------------------------------------

def _client_options(parser: argparse.ArgumentParser, adding: bool) -> None:
    parser.add_argument("key", help="short client key, e.g. acme")
    parser.add_argument("--name", required=adding)
    parser.add_argument("--email", action="append", help="repeat for several addresses")
    parser.add_argument("--cc", action="append")
    parser.add_argument("--language", choices=("en", "fr"))
    parser.add_argument("--timezone")
    parser.add_argument("--country", help="ISO 3166 code, for holidays")
    parser.add_argument("--phone")
    parser.add_argument("--grace-days", type=int, dest="grace_days")
    parser.add_argument("--never-remind", action="store_true", dest="never_remind")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dunnerd", description=__doc__.split("\n")[0])
    parser.add_argument("--config", type=Path, help="config file (default $DUNNERD_CONFIG, "
                        "then /etc/dunnerd/dunnerd.toml)")
    parser.add_argument("--now", help="pretend it is this instant (ISO 8601 with offset); "
                        "for forecasts and tests")
    commands = parser.add_subparsers(dest="command", required=True)

    client = commands.add_parser("client", help="manage clients").add_subparsers(
        dest="action", required=True)
    p = client.add_parser("add")
    _client_options(p, adding=True)
    p.set_defaults(handler=cmd_client_add)
    p = client.add_parser("edit")
    _client_options(p, adding=False)
    p.add_argument("--remind", action="store_true", help="undo --never-remind")
    p.add_argument("--clear-hold", action="store_true", dest="clear_hold",
                   help="forget an auto-reply's 'away until' date")
    p.add_argument("--step-days", action="append", metavar="STEP=DAYS")
    p.add_argument("--step-template", action="append", metavar="STEP=TEMPLATE")
    p.add_argument("--skip-step", action="append", metavar="STEP")
    p.add_argument("--unskip-step", action="append", metavar="STEP")
    p.set_defaults(handler=cmd_client_edit)
    p = client.add_parser("list")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_client_list)
    p = client.add_parser("show")
    p.add_argument("key")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_client_show)

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
    p.set_defaults(handler=cmd_invoice_add)
    p = invoice.add_parser("import", help="import a CSV: number,client,email,amount,currency,"
                           "issued,due[,pdf]")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_invoice_import)
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
    for name, status in (("pause", InvoiceStatus.PAUSED), ("resume", InvoiceStatus.OPEN),
                         ("dispute", InvoiceStatus.DISPUTED), ("promise", InvoiceStatus.PROMISED),
                         ("writeoff", InvoiceStatus.WRITTEN_OFF)):
        p = invoice.add_parser(name)
        p.add_argument("number")
        p.add_argument("--reason")
        if status is InvoiceStatus.PROMISED:
            p.add_argument("--until", required=True, help="the promised payment date")
        p.set_defaults(handler=_status_command(status))

    p = commands.add_parser("plan", help="which reminder goes to whom, when")
    p.add_argument("--days", type=int, default=30)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_plan)
    p = commands.add_parser("preview", help="show the email a reminder would be")
    p.add_argument("number")
    p.add_argument("--step")
    p.add_argument("--html", action="store_true", help="show the HTML alternative")
    p.set_defaults(handler=cmd_preview)
    p = commands.add_parser("run", help="the daemon: send reminders, watch the inbox")
    p.add_argument("--witness-grace", type=float, dest="witness_grace",
                   help="seconds to wait for the witness copy of an uncertain send "
                   "(default: daemon.witness_grace_seconds)")
    p.add_argument("--smtp-data-timeout", type=float, default=600.0, dest="smtp_data_timeout",
                   help="seconds to wait for the reply to the final '.' (RFC 5321: 10 min)")
    p.set_defaults(handler=cmd_run)
    p = commands.add_parser("proof", help="check the Sent-folder copies of an invoice's reminders")
    p.add_argument("number")
    p.set_defaults(handler=cmd_proof)
    p = commands.add_parser("demo", help="try dunnerd on a throw-away sample ledger")
    p.set_defaults(handler=None)
    p = commands.add_parser("status", help="the daemon's state and a summary of the ledger")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_status)
    p = commands.add_parser("check", help="try the config: database, passwords, IMAP, SMTP, "
                            "templates; one line per check")
    p.add_argument("--json", action="store_true")
    p.add_argument("--timeout", type=float, default=15.0,
                   help="seconds each check may take (default 15)")
    p.set_defaults(handler=cmd_check)
    return parser


def _clock(now_text: str | None) -> Clock:
    if not now_text:
        return SystemClock()
    try:
        instant = dt.datetime.fromisoformat(now_text)
    except ValueError:
        raise CommandError(f"--now {now_text!r}: expected ISO 8601, e.g. 2026-11-23T10:00Z") \
            from None
    if instant.tzinfo is None:
        raise CommandError(f"--now {now_text!r}: give an offset, e.g. 2026-11-23T10:00+01:00")
    return FixedClock(instant)


def main(argv: Sequence[str] | None = None, *, out: Console | None = None,
         err: Console | None = None) -> int:
    out = out or Console(soft_wrap=True)
    err = err or Console(stderr=True, soft_wrap=True)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    path = None
    try:
        clock = _clock(args.now)
        if args.command == "demo":
            from dunnerd.demo.tour import run_demo  # starts mail servers: only load it when asked

            return run_demo(lambda argv: main(argv, out=out, err=err), clock,
                            lambda line: out.print(line, markup=False, highlight=False))
        path = resolve_config_path(args.config, os.environ)
        config = load_config(path, os.environ)
    except ConfigError as exc:
        err.print(f"dunnerd: bad configuration ({path}):", markup=False, highlight=False)
        for problem in exc.problems:
            err.print(f"  {problem}", markup=False, highlight=False)
        return EXIT_USAGE
    except CommandError as exc:
        err.print(f"dunnerd: {exc}", markup=False, highlight=False)
        return EXIT_USAGE
    ctx = Context(config, clock, out, err)
    try:
        return int(args.handler(ctx, args))
    except (CommandError, StoreError, TemplateNotFound, TemplateRenderError) as exc:
        err.print(f"dunnerd: {exc}", markup=False, highlight=False)
        return EXIT_FAILURE
    finally:
        ctx.close()


def entrypoint() -> None:
    sys.exit(main())
