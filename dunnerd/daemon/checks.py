"""Health: `dunnerd check`, can dunnerd do its job with this config?

`run_checks` tries everything `dunnerd run` will need, in the way it will use it, and says per
check `ok` or the exact problem and its fix: the database opens and is migrated; each password
loads; IMAP logs in (TLS, certificate verified), opens the inbox and finds the Sent folder; SMTP
connects, speaks TLS, EHLO and AUTH (no message is sent); every email step's template renders in
every language for a sample invoice. Each check is bounded by a timeout, so a server that accepts
the connection and never speaks gives a line, not a hang. No result ever holds a password.

The servers' checks are in check_servers.py, the templates' in check_templates.py, and how a
chain of blocking steps runs in check_steps.py; `dunnerd status` reads the daemon's state with
probe.py.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Mapping

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import col, select

from dunnerd.config.schema import Config, Secret, SecretRef, SecretSource
from dunnerd.config.secrets import SecretError, load_secret
from dunnerd.daemon.check_legal import check_legal
from dunnerd.daemon.check_servers import check_imap, check_smtp
from dunnerd.daemon.check_steps import CheckResult, steps_in_thread
from dunnerd.daemon.check_templates import check_templates
from dunnerd.ledger.errors import StoreError
from dunnerd.ledger.migrations import SCHEMA_VERSION, migrate
from dunnerd.ledger.models import Client
from dunnerd.ledger.store import make_engine

DEFAULT_TIMEOUT = 15.0  # seconds per check


async def run_checks(config: Config, today: dt.date, *, limit: float = DEFAULT_TIMEOUT,
                     environ: Mapping[str, str] | None = None) -> list[CheckResult]:
    """Every check, in a fixed order. `today` dates the sample invoice. Never raises for a
    problem in the installation: that is a failed CheckResult."""
    source = str(config.source) if config.source else "(built-in)"
    results = [CheckResult("config", True, f"{source} is valid")]
    database, override_templates = await _database(config, limit)
    results.append(database)
    passwords: dict[str, Secret | None] = {}
    for kind, account in (("imap", config.imap), ("smtp", config.smtp)):
        if account is None:
            results.append(CheckResult(
                kind, False, f"no [{kind}] section",
                f"add an [{kind}] section (see config.example.toml): dunnerd run needs it"))
            continue
        result, passwords[kind] = await _password(kind, account.password, limit, environ)
        results.append(result)
    legal = await check_legal(config, today, limit) if database.ok else []
    imap, smtp, templates = await asyncio.gather(
        check_imap(config.imap, passwords.get("imap"), limit),
        check_smtp(config.smtp, passwords.get("smtp"), limit),
        check_templates(config, today, override_templates, limit),
    )
    return [*results, *imap, *smtp, *templates, *legal]


# --- running blocking steps -------------------------------------------------------------------


# --- database ---------------------------------------------------------------------------------

async def _database(config: Config, limit: float) -> tuple[CheckResult, set[str]]:
    """Open and migrate the database (as `dunnerd run` would), check its integrity, and collect
    the templates the clients' step overrides name."""
    url = make_url(config.database_url).render_as_string(hide_password=True)
    templates: set[str] = set()

    def open_it() -> CheckResult:
        try:
            engine = make_engine(config.database_url)
        except OSError as exc:
            return CheckResult("database", False, f"{url}: {exc.strerror or exc}",
                               f"check that this user can create and write {config.state_dir}")
        try:
            before = migrate(engine)
            with engine.connect() as conn:
                version = conn.execute(
                    text("SELECT version FROM schema_version WHERE id = 1")).scalar_one()
                healthy = (engine.url.get_backend_name() != "sqlite"
                           or conn.execute(text("PRAGMA quick_check")).scalar_one() == "ok")
                for (overrides,) in conn.execute(select(col(Client.step_overrides))):
                    templates.update(str(o["template"]) for o in (overrides or {}).values()
                                     if isinstance(o, dict) and o.get("template"))
        except StoreError as exc:
            return CheckResult("database", False, f"{url}: {exc}",
                               "upgrade dunnerd" if "newer" in str(exc) else "check database.url")
        except SQLAlchemyError as exc:
            cause = getattr(exc, "orig", None) or exc
            return CheckResult("database", False, f"{url}: cannot open: {cause}",
                               f"check database.url, and that this user can write "
                               f"{config.state_dir} (systemd: StateDirectory=dunnerd)")
        finally:
            engine.dispose()
        if not healthy:
            return CheckResult("database", False, f"{url}: SQLite integrity check failed",
                               "stop dunnerd and restore the database from a backup")
        migrated = f", migrated from version {before}" if 0 < before < version else ""
        return CheckResult("database", True, f"{url}: schema version {version} (this dunnerd: "
                                             f"{SCHEMA_VERSION}){migrated}")

    [result] = await steps_in_thread(
        [("database", open_it)], limit,
        "is another process holding a write lock on the database, or its disk stuck?")
    return result, templates


# --- secrets ----------------------------------------------------------------------------------

async def _password(kind: str, ref: SecretRef, limit: float,
                    environ: Mapping[str, str] | None) -> tuple[CheckResult, Secret | None]:
    name = f"{kind} password"
    loaded: list[Secret] = []

    def load() -> CheckResult:
        try:
            loaded.append(load_secret(ref, environ))
        except SecretError as exc:
            return CheckResult(name, False, str(exc), _secret_fix(ref))
        where = {SecretSource.INLINE: "inline in the config file",
                 SecretSource.FILE: f"from the file {ref.locator}",
                 SecretSource.COMMAND: "from the output of password_command",
                 SecretSource.CREDENTIAL: f"from the systemd credential {ref.locator}"}
        return CheckResult(name, True, f"{ref.key_path}: loaded {where[ref.source]}")

    [result] = await steps_in_thread([(name, load)], limit, _secret_fix(ref))
    return result, loaded[0] if result.ok and loaded else None


def _secret_fix(ref: SecretRef) -> str:
    if ref.source is SecretSource.FILE:
        return (f"put the password alone in {ref.locator} (chmod 600, readable by this user), "
                f"or point {ref.key_path} at the right file")
    if ref.source is SecretSource.COMMAND:
        return ("run the command by hand as this user: it must print the password on its first "
                "line and exit with status 0, without asking anything")
    if ref.source is SecretSource.CREDENTIAL:
        return (f"run dunnerd under systemd with LoadCredential={ref.locator}:/path/to/secret "
                "(see systemd/dunnerd.service)")
    return f"set {ref.key_path}, or use password_file instead"


# --- IMAP -------------------------------------------------------------------------------------


# --- SMTP -------------------------------------------------------------------------------------


# --- what a network failure means -------------------------------------------------------------


# --- templates --------------------------------------------------------------------------------


# --- status: the daemon's state -------------------------------------------------------------


