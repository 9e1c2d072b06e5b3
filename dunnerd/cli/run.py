"""`dunnerd run` (the daemon, in the foreground) and `dunnerd proof` (is every sent reminder of
an invoice in the Sent folder, byte-identical?)."""

from __future__ import annotations

import argparse

from dunnerd.cli.context import EXIT_FAILURE, EXIT_OK, CommandError, Context, Subcommands


def register(commands: Subcommands) -> None:
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


def cmd_run(ctx: Context, args: argparse.Namespace) -> int:
    import asyncio
    import logging
    import os
    import signal
    import sys

    from dunnerd.config.errors import ConfigError
    from dunnerd.daemon.lock import AlreadyRunning, StateDirError
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
    except (AlreadyRunning, ServiceError, StateDirError) as exc:
        raise CommandError(str(exc)) from None
    except ConfigError as exc:  # a password that cannot be loaded, at start
        raise CommandError("; ".join(exc.problems)) from None
    return EXIT_OK


def cmd_proof(ctx: Context, args: argparse.Namespace) -> int:
    import hashlib

    from dunnerd.config.secrets import load_secret
    from dunnerd.mail.imap import ImapSession, MailboxError
    from dunnerd.states import ReminderState

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
            ctx.say(f"{reminder.step} {reminder.message_id} sha256 "
                    f"{(reminder.sha256 or '')[:16]}: {verdict}")
    except MailboxError as exc:
        raise CommandError(str(exc)) from None
    finally:
        session.close()
    return EXIT_FAILURE if problems else EXIT_OK
