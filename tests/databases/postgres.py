"""A private PostgreSQL server on loopback for tests, from Debian's binaries.

Nothing on the system is touched: `initdb` makes a data directory in the work directory given
to `PostgresServer.start`, and `postgres` runs in the foreground as a child of the test process,
listening on 127.0.0.1 on a free port and on a unix socket in the work directory. PostgreSQL
refuses to run as root, so a root test run (CI) starts it as the `postgres` user the Debian
package creates (or `nobody`). The system's own postgresql service is never used.

Each test gets a database of its own (`create_database`), dropped at the end.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

HOST = "127.0.0.1"
START_TIMEOUT = 30.0
SUPERUSER = "dunnerd_test"


class PostgresError(RuntimeError):
    """PostgreSQL is missing, or could not start; the message says why."""


def find_bindir() -> Path | None:
    """The newest /usr/lib/postgresql/N/bin holding initdb and postgres."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name)
                   if Path(p).parent.parent.name.isdigit() else 0)
    for initdb in reversed(found):
        bindir = Path(initdb).parent
        if (bindir / "postgres").exists():
            return bindir
    return None


def _run_as() -> pwd.struct_passwd | None:
    """The user to run PostgreSQL as: None (ourselves) unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise PostgresError("running as root and there is no postgres or nobody user to run as")


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    workdir: Path
    port: int
    process: subprocess.Popen[bytes]
    log_path: Path
    password: str

    @classmethod
    def start(cls, workdir: Path) -> PostgresServer:
        bindir = find_bindir()
        if bindir is None:
            raise PostgresError("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin)")
        user = _run_as()
        workdir.mkdir(parents=True, exist_ok=True)
        data, sockets = workdir / "data", workdir / "run"
        data.mkdir()
        sockets.mkdir()
        password = secrets.token_hex(12)
        pwfile = workdir / "pw"
        pwfile.write_text(password + "\n")
        if user is not None:
            for path in (workdir, data, sockets, pwfile):
                os.chown(path, user.pw_uid, user.pw_gid)
        workdir.chmod(0o755)
        data.chmod(0o700)
        pwfile.chmod(0o600)
        as_user = {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []} \
            if user is not None else {}
        log_path = workdir / "postgres.log"
        env = {"PATH": os.environ.get("PATH", ""), "LC_ALL": "C.UTF-8", "TZ": "UTC"}
        initdb = subprocess.run(
            [str(bindir / "initdb"), "-D", str(data), "-U", SUPERUSER, "--pwfile", str(pwfile),
             "-A", "scram-sha-256", "-E", "UTF8", "--no-sync"],
            capture_output=True, timeout=120, env=env, cwd=workdir, **as_user)  # type: ignore[call-overload]
        pwfile.unlink()
        if initdb.returncode != 0:
            raise PostgresError(f"initdb failed: {initdb.stderr.decode(errors='replace')[-800:]}")
        for _attempt in range(3):
            port = _free_port()
            log = log_path.open("ab")
            process = subprocess.Popen(
                [str(bindir / "postgres"), "-D", str(data), "-h", HOST, "-p", str(port),
                 "-k", str(sockets), "-c", "fsync=off", "-c", "full_page_writes=off",
                 "-c", "synchronous_commit=off", "-c", "max_connections=100"],
                stdout=log, stderr=log, env=env, cwd=workdir, **as_user)  # type: ignore[call-overload]
            log.close()
            server = cls(workdir, port, process, log_path, password)
            if server._wait_ready():
                return server
            server.stop()
        raise PostgresError(f"postgres did not start: {log_path.read_text()[-800:]}")

    def url(self, database: str = "postgres") -> str:
        return (f"postgresql+psycopg://{SUPERUSER}:{self.password}@{HOST}:{self.port}/"
                f"{database}")

    def create_database(self, prefix: str = "t") -> str:
        """A new empty database; its URL."""
        name = f"{prefix}_{secrets.token_hex(6)}"
        self._admin(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()  # smart shutdown
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def _admin(self, sql: str) -> None:
        import psycopg

        dsn = f"postgresql://{SUPERUSER}:{self.password}@{HOST}:{self.port}/postgres"
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def _wait_ready(self) -> bool:
        import psycopg

        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            try:
                self._admin("SELECT 1")
                return True
            except psycopg.OperationalError:
                time.sleep(0.1)
        return False


def remove(workdir: Path) -> None:
    shutil.rmtree(workdir, ignore_errors=True)
