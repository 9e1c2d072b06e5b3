"""`dunnerd status` (the daemon's state and a summary of the ledger) and `dunnerd check` (try
the config: database, passwords, IMAP, SMTP, templates)."""

from __future__ import annotations

import argparse
from typing import Any

from dunnerd.cli.context import EXIT_FAILURE, EXIT_OK, CommandError, Context, Subcommands
from dunnerd.states import InvoiceStatus


def register(commands: Subcommands) -> None:
    p = commands.add_parser("status", help="the daemon's state and a summary of the ledger")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_status)
    p = commands.add_parser("check", help="try the config: database, passwords, IMAP, SMTP, "
                            "templates; one line per check")
    p.add_argument("--json", action="store_true")
    p.add_argument("--timeout", type=float, default=15.0,
                   help="seconds each check may take (default 15)")
    p.set_defaults(handler=cmd_check)


def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    from dunnerd.cli.plan import next_planned_entry
    from dunnerd.daemon.probe import daemon_state
    from dunnerd.ledger.views import iso_utc, money_text

    counts: dict[str, int] = {s.value: 0 for s in InvoiceStatus}
    open_balance: dict[str, int] = {}
    overdue = 0
    for status, currency, count, balance, late in ctx.store.invoice_totals(
            ctx.clock.now().date()):
        counts[status.value] += count
        if status not in (InvoiceStatus.PAID, InvoiceStatus.WRITTEN_OFF):
            open_balance[currency] = open_balance.get(currency, 0) + balance
            overdue += late
    summary: dict[str, Any] = {
        "now": iso_utc(ctx.clock.now()),
        "database": {"schema_version": ctx.store.schema_version()},
        "clients": ctx.store.client_count(),
        "invoices": counts,
        "overdue": overdue,
        "open_balance": {cur: money_text(c, cur) for cur, c in sorted(open_balance.items())},
        "next_reminder": next_planned_entry(ctx, 60),
        **daemon_state(ctx.store, ctx.config.state_dir),
    }
    if args.json:
        ctx.print_json(summary)
        return EXIT_OK
    _print_daemon_state(ctx, summary)
    ctx.out.print(f"{summary['clients']} clients, {sum(counts.values())} invoices, "
                  f"{overdue} overdue")
    ctx.out.print("by status: " + ", ".join(f"{k} {v}" for k, v in counts.items() if v))
    for cur, amount in summary["open_balance"].items():
        ctx.out.print(f"open balance: {amount} {cur}")
    nxt = summary["next_reminder"]
    ctx.out.print(f"next reminder: {nxt['local_time'][:16]} {nxt['client']} {nxt['step']}"
                  if nxt else "next reminder: none planned")
    _print_failures(ctx, summary["failures"])
    return EXIT_OK


def _print_daemon_state(ctx: Context, summary: dict[str, Any]) -> None:
    daemon = summary["daemon"]
    if daemon["running"] is None:
        ctx.say(f"daemon: unknown ({daemon['problem']})")
    elif daemon["running"]:
        ctx.say("daemon: running" + (f" (pid {daemon['pid']})" if daemon["pid"] else ""))
    else:
        ctx.say("daemon: not running")
    for folder in summary["inbox"]:
        ctx.say(f"inbox {folder['folder']}: last synced {folder['last_sync_at'] or 'never'} "
                f"(uid {folder['last_uid']})")
    if not summary["inbox"]:
        ctx.say("inbox: never synced")
    if summary["outbox"]:
        ctx.say("outbox: " + ", ".join(f"{k} {v}" for k, v in summary["outbox"].items()))


def _print_failures(ctx: Context, failures: dict[str, Any]) -> None:
    reminders, quarantined = failures["reminders"], failures["quarantined"]
    if not (reminders["failed"] or reminders["unknown"] or quarantined["count"]):
        ctx.say("needs you: nothing")
        return
    ctx.say(f"needs you: {reminders['failed']} failed and {reminders['unknown']} unknown "
            f"reminders, {quarantined['count']} quarantined inbound messages")
    for r in reminders["latest"]:
        why = r["smtp_reply"] or r["last_error"] or "no reply after the final '.'"
        ctx.say(f"  {r['state']}: invoice {r['invoice']} ({r['client']}) {r['step']}, planned "
                f"{r['planned_at']}, {r['attempts']} attempts: {why}")
    for m in quarantined["latest"]:
        ctx.say(f"  quarantined: {m['folder']} uid {m['uid']} received {m['received_at']}: "
                f"{m['error']}")


def cmd_check(ctx: Context, args: argparse.Namespace) -> int:
    import asyncio

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
            ctx.say(line + (f" -> fix: {r.fix}" if r.fix else ""))
    return EXIT_OK if everything_ok else EXIT_FAILURE
