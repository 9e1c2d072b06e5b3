"""`dunnerd notice NUMBER [--out FILE]` (make the formal notice of that invoice's client now),
`dunnerd notice sent NUMBER --lrar TRACKING --date YYYY-MM-DD` (the registered letter went: its
deadline starts) and `dunnerd notice email NUMBER` (send the latest notice to the client by
email, through the daemon's outbox)."""

from __future__ import annotations

import argparse
from pathlib import Path

from dunnerd.cli.context import EXIT_OK, CommandError, Context, Subcommands, parse_date


def register(commands: Subcommands) -> None:
    p = commands.add_parser(
        "notice", help="the formal notice (mise en demeure): NUMBER, sent NUMBER, email NUMBER",
        description="`notice NUMBER [--out FILE]` makes the formal notice of that invoice's "
        "client (all its invoices at the step); `notice sent NUMBER --lrar TRACKING --date "
        "YYYY-MM-DD` records the registered letter; `notice email NUMBER` emails the latest "
        "notice to the client.")
    p.add_argument("words", nargs="+", metavar="[sent|email] NUMBER")
    p.add_argument("--out", type=Path, help="where to write the PDF (default: its name, here)")
    p.add_argument("--lrar", default="", help="the registered letter's tracking number")
    p.add_argument("--date", help="the day the letter was sent (default: today)")
    p.set_defaults(handler=cmd_notice)


def cmd_notice(ctx: Context, args: argparse.Namespace) -> int:
    words = list(args.words)
    if len(words) == 2 and words[0] in ("sent", "email"):
        return (_sent if words[0] == "sent" else _email)(ctx, words[1], args)
    if len(words) != 1:
        raise CommandError("notice: expected NUMBER, sent NUMBER or email NUMBER")
    if args.lrar or args.date:
        raise CommandError("--lrar and --date go with `dunnerd notice sent NUMBER`")
    return _generate(ctx, words[0], args.out)


def _generate(ctx: Context, number: str, out: Path | None) -> int:
    from dunnerd.legal import notices
    from dunnerd.legal.notice_pdf import GlyphError

    invoice = ctx.store.get_invoice(number)
    numbers = list(dict.fromkeys(
        [*notices.client_invoices_at_step(ctx.store, invoice.client_id), number]))
    try:
        made = notices.generate(ctx.store, ctx.config, invoice.client_id, numbers, actor="cli")
    except (notices.NoticeError, GlyphError) as exc:
        raise CommandError(str(exc)) from None
    path = out or Path(made.notice.file_name)
    try:
        path.write_bytes(made.notice.pdf)
    except OSError as exc:
        raise CommandError(f"cannot write {path}: {exc.strerror or exc}") from None
    claimed = " and ".join(f"{t.claimed} {t.currency}" for t in made.content.totals)
    ctx.say(f"formal notice for {made.client.name} ({', '.join(made.numbers)}): {path}")
    ctx.say(f"  {len(made.notice.pdf)} bytes, sha256 {made.notice.sha256}; claims {claimed}")
    for line in _warnings(made.content):
        ctx.say(f"  {line}")
    ctx.say(f"  once posted: dunnerd notice sent {number} --lrar TRACKING --date YYYY-MM-DD")
    return EXIT_OK


def _warnings(content: object) -> list[str]:
    from dunnerd.legal.explain import PROVISIONAL
    from dunnerd.legal.notice_model import NoticeContent

    assert isinstance(content, NoticeContent)
    lines = [f"warning: {PROVISIONAL['en']} (some penalties)"] if content.provisional else []
    lines += [f"warning: no rate for {m.period.label('en')} ({m.figure}): those penalties are "
              "not computed; `dunnerd check` shows how to add it" for m in content.missing]
    if content.gaps:
        lines.append(f"to complete in the letter: {', '.join(content.gaps)}")
    return lines


def _sent(ctx: Context, number: str, args: argparse.Namespace) -> int:
    from dunnerd.legal import notices

    invoice = ctx.store.get_invoice(number)
    sent_on = parse_date("--date", args.date) if args.date else \
        ctx.today_for(ctx.store.get_client_by_id(invoice.client_id))
    if sent_on > ctx.today_for(ctx.store.get_client_by_id(invoice.client_id)):
        raise CommandError(f"--date {sent_on} is in the future")
    lrar = "".join(args.lrar.split()).upper()
    if lrar and not lrar.isalnum():
        raise CommandError(f"--lrar {args.lrar!r}: expected a tracking number such as "
                           "1A00000000000")
    try:
        notice = notices.mark_sent(ctx.store, ctx.config, number, sent_on, lrar)
    except notices.NoticeError as exc:
        raise CommandError(str(exc)) from None
    covered = notices.covered_numbers(ctx.store, notice.id or 0)
    ctx.say(f"formal notice of {notice.letter_date} ({', '.join(covered)}) sent on {sent_on}"
            f"{' by registered letter ' + lrar if lrar else ''}; deadline {notice.deadline}: "
            "the hand-off may come after it")
    return EXIT_OK


def _email(ctx: Context, number: str, args: argparse.Namespace) -> int:
    from dunnerd.dunning.render import Renderer
    from dunnerd.legal import notices
    from dunnerd.legal.notice_email import queue_email

    notice = notices.latest_for_invoice(ctx.store, number)
    if notice is None:
        raise CommandError(f"no formal notice covers invoice {number}; make one with "
                           f"`dunnerd notice {number}`")
    try:
        message_id = queue_email(ctx.store, ctx.config, Renderer(ctx.config.templates_dir),
                                 notice.id or 0, actor="cli")
    except notices.NoticeError as exc:
        raise CommandError(str(exc)) from None
    ctx.say(f"the notice of {notice.letter_date} is queued for the client ({message_id}); "
            "the running daemon sends it, with a copy in your Sent folder")
    return EXIT_OK
