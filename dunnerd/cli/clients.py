"""`dunnerd client add|edit|list|show`."""

from __future__ import annotations

import argparse
from typing import Any

from dunnerd.cli.context import EXIT_OK, CommandError, Context, Subcommands


def register(commands: Subcommands) -> None:
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
    legal = parser.add_argument_group("who the client is, for the formal notice and the court")
    legal.add_argument("--kind", choices=("business", "consumer"),
                       help="business (default): late-payment penalties and the 40 EUR apply; "
                       "consumer: interest at the legal rate only after a formal notice")
    legal.add_argument("--legal-name", dest="legal_name", help="the registered name")
    legal.add_argument("--legal-form", dest="legal_form", help="SARL, SAS... (for the court "
                       "request)")
    legal.add_argument("--address", help="the registered address; lines separated by "
                       "newlines or ' | '")
    legal.add_argument("--siren", help="9 digits, e.g. 732 829 320")
    legal.add_argument("--siret", help="14 digits starting with the SIREN")
    legal.add_argument("--vat", dest="vat_number", help="with its country prefix, e.g. "
                       "FR40303265045")
    legal.add_argument("--penalty-rate", dest="penalty_rate", metavar="PERCENT",
                       help="a contractual late-payment rate, e.g. 12.5 ('default': the config's)")
    legal.add_argument("--claim-penalties-from", dest="claim_penalties_from", metavar="STEP",
                       help="the first step that names the penalties, 'never', or 'default'")
    legal.add_argument("--no-indemnity", action="store_false", dest="claim_indemnity",
                       default=None, help="do not claim the 40 EUR indemnity from this client")
    legal.add_argument("--indemnity", action="store_true", dest="claim_indemnity",
                       help="claim it again (the default)")


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
    fields.update(_identity_fields(args))
    return fields


def _identity_fields(args: argparse.Namespace) -> dict[str, Any]:
    """The client's identity and penalty settings, each checked, one clear error each."""
    from dunnerd.config import fields as checks
    from dunnerd.config.table import Invalid

    found: dict[str, Any] = {}
    if args.kind is not None:
        found["kind"] = args.kind
    for name, option in (("legal_name", "--legal-name"), ("address", "--address"),
                         ("legal_form", "--legal-form")):
        value = getattr(args, name, None)
        if value is not None:
            lines = [line.strip() for line in value.replace(" | ", "\n").splitlines()]
            if name != "address" and len(lines) > 1:
                raise CommandError(f"{option} {value!r}: expected one line")
            found[name] = "\n".join(line for line in lines if line)
    for name, option, check, expected in (
            ("siren", "--siren", checks.valid_siren, "9 digits such as 732 829 320"),
            ("siret", "--siret", checks.valid_siret, "14 digits such as 732 829 320 00074"),
            ("vat_number", "--vat", checks.valid_vat_number,
             "a VAT number with its country prefix, such as FR40303265045")):
        value = getattr(args, name)
        if value is not None:
            try:
                found[name] = check(value) if value.strip() else ""
            except Invalid as exc:
                raise CommandError(f"{option} {value!r}: {exc}; expected {expected}") from None
    if args.penalty_rate is not None:
        found["penalty_rate"] = checked_rate(args.penalty_rate)
    if args.claim_penalties_from is not None:
        found["claim_penalties_from"] = ("" if args.claim_penalties_from == "default"
                                         else args.claim_penalties_from)
    if args.claim_indemnity is not None:
        found["claim_indemnity"] = args.claim_indemnity
    return found


def checked_rate(text: str) -> str:
    from decimal import Decimal, InvalidOperation

    if text == "default":
        return ""
    try:
        rate = Decimal(text.strip().rstrip("%").strip())
    except InvalidOperation:
        rate = Decimal("NaN")
    if not rate.is_finite() or rate <= 0 or rate > 100 or rate != round(rate, 4):
        raise CommandError(f"--penalty-rate {text!r}: expected a rate in percent per year "
                           "such as 12.5 (above 0, at most 4 decimals), or 'default'")
    return str(rate)


def _check_legal(ctx: Context, merged: dict[str, Any]) -> None:
    """Rules across fields: a SIRET of the client's SIREN, a known step to claim from."""
    siren, siret = merged.get("siren", ""), merged.get("siret", "")
    if siren and siret and not siret.startswith(siren):
        raise CommandError(f"--siret {siret}: not an establishment of SIREN {siren}; expected "
                           "a SIRET that starts with the SIREN")
    step = merged.get("claim_penalties_from", "")
    steps = [s.name for s in ctx.config.policy.steps]
    if step and step not in [*steps, "never"]:
        raise CommandError(f"--claim-penalties-from {step!r}: expected one of "
                           f"{', '.join(steps)}, never or default")


def _check_timezone(name: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise CommandError(f"--timezone {name!r}: expected an IANA zone such as Europe/Paris") \
            from None


def cmd_client_add(ctx: Context, args: argparse.Namespace) -> int:
    from dunnerd.ledger.models import Client

    fields = _client_fields(args)
    if "emails" not in fields:
        raise CommandError("client add: at least one --email is required")
    _check_legal(ctx, fields)
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
    _check_legal(ctx, {"siren": current.siren, "siret": current.siret,
                       "claim_penalties_from": current.claim_penalties_from, **changes})
    ctx.store.update_client(args.key, changes)
    ctx.out.print(f"client {args.key} updated")
    return EXIT_OK


def cmd_client_list(ctx: Context, args: argparse.Namespace) -> int:
    from rich.table import Table

    from dunnerd.ledger.views import client_view

    clients = ctx.store.list_clients()
    if args.json:
        ctx.print_json({"clients": [client_view(c) for c in clients]})
        return EXIT_OK
    table = Table("key", "name", "emails", "language", "timezone", "remind")
    for c in clients:
        table.add_row(c.key, c.name, ", ".join(c.emails), c.language or "-", c.timezone or "-",
                      "never" if c.never_remind else "yes")
    ctx.out.print(table)
    return EXIT_OK


def cmd_client_show(ctx: Context, args: argparse.Namespace) -> int:
    from dunnerd.cli.invoices import print_invoice_table
    from dunnerd.ledger.views import client_view, invoice_view

    client = ctx.store.get_client(args.key)
    invoices = ctx.store.list_invoices(client_id=client.id)
    today = ctx.today_for(client)
    view = client_view(client)
    view["invoices"] = [invoice_view(i, client, today) for i in invoices]
    if args.json:
        ctx.print_json(view)
        return EXIT_OK
    for key, value in view.items():
        if key != "invoices":
            ctx.out.print(f"[bold]{key}[/]: {value}", highlight=False)
    print_invoice_table(ctx, view["invoices"])
    return EXIT_OK
