"""The TOML configuration: one typed, frozen object, completely validated at load.

Loading and validation live below the types. Every problem found is reported with its key path,
what was wrong and what was expected; secrets are wrapped in `Secret` so no repr, log or error can
show them.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from dunnerd.config import sections
from dunnerd.config.errors import ConfigError
from dunnerd.config.handoff import read_handoff
from dunnerd.config.legal import read_legal
from dunnerd.config.schema import (
    CONFIG_ENV_VAR,
    DEFAULT_CONFIG_PATH,
    DEFAULT_STATE_DIR,
    LOG_LEVELS,
    Config,
)
from dunnerd.config.table import Table


def resolve_config_path(cli_path: Path | None, environ: Mapping[str, str]) -> Path:
    """`--config PATH`, else `$DUNNERD_CONFIG`, else /etc/dunnerd/dunnerd.toml."""
    if cli_path is not None:
        return cli_path
    if environ.get(CONFIG_ENV_VAR):
        return Path(environ[CONFIG_ENV_VAR])
    return DEFAULT_CONFIG_PATH


def default_state_dir(environ: Mapping[str, str]) -> Path:
    """systemd's `StateDirectory=` ($STATE_DIRECTORY, the first if several), else
    /var/lib/dunnerd."""
    first = environ.get("STATE_DIRECTORY", "").split(":")[0]
    return Path(first) if first else DEFAULT_STATE_DIR


def load_config(path: Path, environ: Mapping[str, str] | None = None) -> Config:
    """Read and validate the TOML file at `path`. Raises ConfigError: one line naming the file
    when it cannot be read or parsed, else one line per problem found (see `parse_config`)."""
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file; expected a TOML file (set it with --config PATH "
                          f"or ${CONFIG_ENV_VAR}, default {DEFAULT_CONFIG_PATH})") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a directory; expected a TOML file") from None
    except OSError as exc:  # permission denied, I/O error...
        problem = (exc.strerror or type(exc).__name__).lower()
        raise ConfigError(f"{path}: cannot be read ({problem}); expected a readable file") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 (byte {exc.start}); expected UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:  # its message ends "(at line L, column C)"
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    return parse_config(data, path, environ)


def parse_config(data: Mapping[str, Any], source: Path | None,
                 environ: Mapping[str, str] | None = None) -> Config:
    """Validate a parsed TOML document completely and build the Config. Relative paths are taken
    from the directory of `source`. Raises ConfigError listing every problem, not just the first;
    no message ever holds a password."""
    env = os.environ if environ is None else environ
    root = Table(data, "", [], source)
    state_dir = root.path("state_dir", "a directory path") or default_state_dir(env)
    templates_dir = root.path("templates_dir", "an existing directory", must_be_dir=True)
    log_level = root.choice("log_level", LOG_LEVELS, "info")
    owner = sections.read_owner(root.table("owner"))
    database_url = sections.read_database_url(root.table("database"), state_dir)
    policy = sections.read_policy(root.table("policy"))
    imap = sections.read_account(root.table("imap"), "imap") if "imap" in data else None
    smtp = sections.read_account(root.table("smtp"), "smtp") if "smtp" in data else None
    root.was_read("imap")  # optional sections: name them in the unknown-key hint
    root.was_read("smtp")
    trusted = tuple(sections.read_trusted_sender(t) for t in root.tables("trusted_senders") or ())
    inbox = sections.read_inbox(root.table("inbox"))
    alerts = sections.read_alerts(root.table("alerts"))
    daemon = sections.read_daemon(root.table("daemon"))
    legal = read_legal(root.table("legal"), [step.name for step in policy.steps])
    intake = sections.read_intake(root.table("intake"), owner)
    handoff = read_handoff(root.table("handoff"))
    root.report_unknown_keys()
    if root.problems:
        raise ConfigError(root.problems)
    return Config(owner=owner, state_dir=state_dir, database_url=database_url, policy=policy,
                  imap=imap, smtp=smtp, templates_dir=templates_dir, trusted_senders=trusted,
                  source=source, log_level=log_level, inbox=inbox, alerts=alerts,
                  daemon=daemon, legal=legal, intake=intake, handoff=handoff)


