"""The `dunnerd` command: parse arguments, call the domain, print. `main(argv)` returns the exit
status (0 ok, 1 a runtime problem such as an unknown invoice, 2 bad config or usage).

Each noun's module registers its subcommands and imports what a command runs only when that
command runs: the parser itself needs none of the ledger, the mail or the daemon."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dunnerd.cli import clients, court, dossiers, invoices, notices, payments, plan, run, status
from dunnerd.cli.context import (
    EXIT_FAILURE,
    EXIT_USAGE,
    CommandError,
    Context,
    clock_from,
    lazy_console,
)
from dunnerd.dunning.errors import RenderError
from dunnerd.ledger.errors import StoreError

if TYPE_CHECKING:
    from rich.console import Console

SUMMARY = "The `dunnerd` command: parse arguments, call the domain, print."


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dunnerd", description=SUMMARY)
    parser.add_argument("--config", type=Path, help="config file (default $DUNNERD_CONFIG, "
                        "then /etc/dunnerd/dunnerd.toml)")
    parser.add_argument("--now", help="pretend it is this instant (ISO 8601 with offset); "
                        "for forecasts and tests")
    commands = parser.add_subparsers(dest="command", required=True)
    clients.register(commands)
    invoices.register(commands)
    payments.register(commands)
    notices.register(commands)
    dossiers.register(commands)
    court.register(commands)
    plan.register(commands)
    run.register(commands)
    p = commands.add_parser("demo", help="try dunnerd on a throw-away sample ledger")
    p.set_defaults(handler=None)
    status.register(commands)
    return parser


def main(argv: Sequence[str] | None = None, *, out: Console | None = None,
         err: Console | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    from dunnerd.config.errors import ConfigError
    from dunnerd.config.load import load_config, resolve_config_path

    out = out or lazy_console(soft_wrap=True)
    err = err or lazy_console(stderr=True, soft_wrap=True)
    path = None
    try:
        clock = clock_from(args.now)
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
    except (CommandError, StoreError, RenderError) as exc:
        err.print(f"dunnerd: {exc}", markup=False, highlight=False)
        return EXIT_FAILURE
    finally:
        ctx.close()


def entrypoint() -> None:
    sys.exit(main())
