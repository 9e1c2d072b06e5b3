"""`dunnerd dossier NUMBER... [--client KEY] [--out DIR] [--handed-off] [--send]` (the
hand-off dossier: one ZIP per client, checked against the Sent folder, recorded with its
SHA-256) and `dunnerd dossier verify FILE.zip` (every file against the manifest)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from dunnerd.cli.context import EXIT_FAILURE, EXIT_OK, CommandError, Context, Subcommands

if TYPE_CHECKING:
    from dunnerd.ledger.models import Invoice


def register(commands: Subcommands) -> None:
    p = commands.add_parser(
        "dossier", help="the hand-off dossier: NUMBER... [--client KEY], or verify FILE.zip",
        description="`dossier NUMBER... [--client KEY] [--out DIR]` makes one ZIP per client "
        "(every reminder as sent, checked against the Sent folder, the formal notice, the "
        "client's replies, the payments, the timeline, the claim, the injonction de payer "
        "request); `dossier verify FILE.zip` checks every file against its manifest.")
    p.add_argument("words", nargs="*", metavar="NUMBER | verify FILE.zip")
    p.add_argument("--client", help="all this client's unpaid late invoices (or check that "
                   "the NUMBERs are its own)")
    p.add_argument("--out", type=Path, help="where to write the ZIP (default: here)")
    p.add_argument("--handed-off", action="store_true", dest="handed_off",
                   help="you hand the file over yourself: stop everything about these invoices")
    p.add_argument("--send", action="store_true",
                   help="email it to [handoff] to through the daemon (copy in Sent), and hand "
                   "the invoices off")
    p.set_defaults(handler=cmd_dossier)


def cmd_dossier(ctx: Context, args: argparse.Namespace) -> int:
    words = list(args.words)
    if words[:1] == ["verify"]:
        if len(words) != 2 or args.client or args.out or args.handed_off or args.send:
            raise CommandError("dossier verify: expected one FILE.zip and no option")
        return _verify(ctx, Path(words[1]))
    if not words and not args.client:
        raise CommandError("dossier: give invoice NUMBERs, or --client KEY")
    if args.send and not ctx.config.handoff.to:
        raise CommandError("--send needs `to` in the [handoff] section of the config")
    groups = _invoices(ctx, words, args.client)
    status = EXIT_OK
    for client_id, invoices in groups.items():
        status = max(status, _make(ctx, client_id, invoices, args))
    return status


def _invoices(ctx: Context, numbers: list[str], client_key: str | None) -> dict[int,
                                                                                list[Invoice]]:
    from dunnerd.states import InvoiceStatus

    client = ctx.store.get_client(client_key) if client_key else None
    if numbers:
        invoices = [ctx.store.get_invoice(n) for n in dict.fromkeys(numbers)]
        if client is not None:
            others = [i.number for i in invoices if i.client_id != client.id]
            if others:
                raise CommandError(f"invoice {', '.join(others)} is not {client.key}'s")
    else:
        assert client is not None
        unsettled = [InvoiceStatus.OPEN, InvoiceStatus.PROMISED, InvoiceStatus.PAUSED,
                     InvoiceStatus.DISPUTED, InvoiceStatus.HANDED_OFF]
        today = ctx.today_for(client)
        invoices = [i for i in ctx.store.list_invoices(unsettled, client.id) if i.due < today]
        if not invoices:
            raise CommandError(f"client {client.key} has no unpaid late invoice")
    groups: dict[int, list[Invoice]] = {}
    for invoice in invoices:
        groups.setdefault(invoice.client_id, []).append(invoice)
    return groups


def _make(ctx: Context, client_id: int, invoices: list[Invoice],
          args: argparse.Namespace) -> int:
    from dunnerd.dunning.errors import RenderError
    from dunnerd.dunning.render import Renderer
    from dunnerd.legal.dossier import DossierError, assemble, save
    from dunnerd.legal.dossier_email import mark_handed_off, queue_dossier_email
    from dunnerd.legal.evidence import mailbox_opener
    from dunnerd.legal.notice_pdf import GlyphError

    client = ctx.store.get_client_by_id(client_id)
    numbers = [i.number for i in invoices]
    try:
        built = assemble(ctx.store, ctx.config, client, numbers, mailbox_opener(ctx.config))
        row = save(ctx.store, built, args.out or Path.cwd(), actor="cli")
    except (DossierError, GlyphError, RenderError) as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        raise CommandError(f"cannot write the dossier into {args.out or Path.cwd()}: "
                           f"{exc.strerror or exc}") from None
    claimed = " and ".join(f"{c.total} {c.currency}" for c in built.requete.claims)
    ctx.say(f"dossier for {built.requete.debtor_name} ({', '.join(built.numbers)}): {row.path}")
    ctx.say(f"  {len(built.files)} files, {row.size} bytes, sha256 {row.sha256}; claims "
            f"{claimed}")
    ctx.say("  Sent folder: " + (f"checked ({built.mailbox.sent_folder})"
                                 if built.mailbox.checked
                                 else f"NOT checked: {built.mailbox.reason}"))
    for problem in built.problems:
        ctx.say(f"  evidence: {problem.en}")
    if built.gaps:
        ctx.say(f"  to complete in the request: {', '.join(built.gaps)}")
    if built.small_claims:
        ctx.say("  small claims: the simplified procedure is open (sommaire.txt, section 6)")
    if args.send:
        try:
            message_id = queue_dossier_email(ctx.store, ctx.config,
                                             Renderer(ctx.config.templates_dir), row.id or 0,
                                             actor="cli")
        except (DossierError, RenderError) as exc:
            raise CommandError(str(exc)) from None
        ctx.say(f"  queued for {ctx.config.handoff.to} ({message_id}): the running daemon "
                "sends it, with a copy in your Sent folder; the invoices are handed off")
    elif args.handed_off:
        moved = mark_handed_off(ctx.store, numbers, actor="cli",
                                reason="dossier handed over by the owner")
        ctx.say(f"  handed off: {', '.join(moved) or 'none (all settled already)'}; nothing "
                "more is sent about them")
    return EXIT_OK


def _verify(ctx: Context, path: Path) -> int:
    import hashlib

    from dunnerd.ledger.errors import StoreError
    from dunnerd.legal import dossiers
    from dunnerd.legal.dossier_zip import verify_zip

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from None
    result = verify_zip(data)
    for problem in result.problems:
        ctx.say(f"{path}: {problem}")
    manifest = result.manifest
    if not result.problems:
        ctx.say(f"{path}: ok, {result.checked} files as the manifest lists them (dossier of "
                f"{manifest.get('debtor', '?')}, {manifest.get('made_on', '?')}, invoices "
                f"{', '.join(manifest.get('invoices', []))})")
    digest = hashlib.sha256(data).hexdigest()
    try:
        recorded = dossiers.by_sha256(ctx.store, digest)
    except StoreError:
        recorded = None  # no ledger here: the manifest alone was checked
    if recorded is not None:
        ctx.say(f"{path}: identical to the dossier recorded on {recorded.made_on} "
                f"({recorded.path})")
    else:
        ctx.say(f"{path}: sha256 {digest}, not a dossier recorded in this ledger")
    return EXIT_FAILURE if result.problems else EXIT_OK
