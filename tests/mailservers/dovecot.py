"""A private Dovecot 2.3 instance on loopback for tests: IMAP (STARTTLS and implicit TLS) + LMTP.

Nothing on the system is touched: the config, base_dir, state_dir, log, TLS material and the
Maildirs all live in the work directory given to `DovecotServer.start`, and the instance runs in
the foreground (`dovecot -F -c FILE`) as a child of the test process, so `stop()` can always reap
it. The system's own dovecot service is never used.

Facts that shape the config:
- Run as root, Dovecot drops privileges: login processes run as `dovenull`, internal services as
  `dovecot`, and mail processes as the uid/gid in the userdb. We give every test user the
  `dovecot` uid/gid (the package creates that user) and chown the homes to it; mail processes
  must never run as root. Run as another user, everything runs as that user.
- Those users must be able to traverse to the work directory, so it must not sit under a 0700
  directory such as pytest's /tmp/pytest-of-root. Unix socket paths are limited to 107 bytes, so
  keep the work directory short.
- The auth penalty (anvil) and `auth_failure_delay` would make one test's wrong password slow
  down the next test's login: both are off.
- Dovecot waits about 0.5 s before telling an IDLE client about new mail.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import shutil
import signal
import smtplib
import socket
import ssl
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import trustme
from imapclient import IMAPClient

HOST = "127.0.0.1"
DOMAIN = "example.test"
USERS: dict[str, str] = {
    "owner": "owner-test-password",
    "client": "client-test-password",
    "other": "other-test-password",
}
SPECIAL_FOLDERS: dict[str, str] = {
    "Sent": "\\Sent",
    "Drafts": "\\Drafts",
    "Trash": "\\Trash",
    "Junk": "\\Junk",
}
START_TIMEOUT = 15.0
STOP_TIMEOUT = 10.0


class DovecotError(RuntimeError):
    """Dovecot is missing, or could not start or stop; the message says why."""


def find_binary(name: str = "dovecot") -> str | None:
    """Path of a Dovecot binary, also where /usr/sbin is not on PATH."""
    return shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/local/sbin:/sbin")


def free_ports(count: int) -> list[int]:
    """Ports that were free on HOST a moment ago (the caller retries if one gets taken)."""
    socks = []
    try:
        for _ in range(count):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind((HOST, 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


@dataclass(frozen=True)
class TlsFiles:
    """A throw-away CA and a server certificate for 127.0.0.1, localhost and mail.example.test."""

    ca_cert_path: Path
    cert_chain_path: Path
    key_path: Path

    @classmethod
    def create(cls, directory: Path) -> TlsFiles:
        directory.mkdir(parents=True, exist_ok=True)
        ca = trustme.CA(organization_name="dunnerd test CA")
        cert = ca.issue_cert(HOST, "localhost", f"mail.{DOMAIN}")
        files = cls(directory / "ca.pem", directory / "server-chain.pem", directory / "server.key")
        ca.cert_pem.write_to_path(str(files.ca_cert_path))
        files.cert_chain_path.write_bytes(b"".join(b.bytes() for b in cert.cert_chain_pems))
        cert.private_key_pem.write_to_path(str(files.key_path))
        files.key_path.chmod(0o600)
        return files

    def client_context(self) -> ssl.SSLContext:
        """A client context that trusts only the throw-away CA (hostname checked)."""
        return ssl.create_default_context(cafile=str(self.ca_cert_path))

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(str(self.cert_chain_path), str(self.key_path))
        return ctx


@dataclass
class DovecotServer:
    """A running private Dovecot. Create with `DovecotServer.start(workdir)`."""

    workdir: Path
    tls: TlsFiles
    imap_port: int
    imaps_port: int
    lmtp_port: int
    process: subprocess.Popen[bytes]
    config_path: Path
    log_path: Path
    host: str = HOST
    domain: str = DOMAIN
    users: dict[str, str] = field(default_factory=lambda: dict(USERS))

    # -- addresses and credentials -------------------------------------------------------

    @property
    def ca_cert_path(self) -> Path:
        return self.tls.ca_cert_path

    @property
    def lmtp_address(self) -> tuple[str, int]:
        return (self.host, self.lmtp_port)

    @property
    def lmtp_socket_path(self) -> Path:
        return self.workdir / "run" / "lmtp"

    @property
    def passwords(self) -> dict[str, str]:
        return self.users

    def address(self, user: str, detail: str | None = None) -> str:
        """`user@example.test`, or `user+detail@example.test`."""
        return f"{user}+{detail}@{self.domain}" if detail else f"{user}@{self.domain}"

    def ssl_context(self) -> ssl.SSLContext:
        return self.tls.client_context()

    # -- lifecycle ------------------------------------------------------------------------

    @classmethod
    def start(cls, workdir: Path, *, attempts: int = 3) -> DovecotServer:
        """Write a private config into `workdir`, start Dovecot and wait until it answers.

        Raises DovecotError (with the log's tail) if Dovecot is missing or does not come up.
        """
        binary = find_binary()
        if binary is None:
            raise DovecotError(
                "dovecot is not installed (run scripts/install-test-deps.sh as root)"
            )
        workdir = Path(workdir).resolve()
        workdir.mkdir(parents=True, exist_ok=True)
        _check_traversable(workdir)
        tls = TlsFiles.create(workdir / "tls")
        owner = _mail_owner()
        _write_users(workdir, owner)
        last_error: DovecotError | None = None
        for _ in range(attempts):
            imap_port, imaps_port, lmtp_port = free_ports(3)
            config = _render_config(workdir, tls, owner, imap_port, imaps_port, lmtp_port)
            config_path = workdir / "dovecot.conf"
            config_path.write_text(config)
            log_path = workdir / "dovecot.log"
            log_path.touch()
            stderr_path = workdir / "dovecot.stderr"
            with stderr_path.open("ab") as stderr:
                process = subprocess.Popen(
                    [binary, "-F", "-c", str(config_path)],
                    stdin=subprocess.DEVNULL,
                    stdout=stderr,
                    stderr=stderr,
                    start_new_session=True,  # own process group: stop() can reap strays
                )
            server = cls(
                workdir=workdir,
                tls=tls,
                imap_port=imap_port,
                imaps_port=imaps_port,
                lmtp_port=lmtp_port,
                process=process,
                config_path=config_path,
                log_path=log_path,
            )
            try:
                server._wait_ready(START_TIMEOUT)
                return server
            except DovecotError as exc:
                last_error = exc
                server.stop()
                if "in use" not in str(exc):  # only a lost port race is worth a retry
                    break
        assert last_error is not None
        raise last_error

    def stop(self) -> None:
        """SIGTERM the master, wait for it, then make sure no process of its group is left."""
        proc = self.process
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(STOP_TIMEOUT)
        # Children that outlived the master (they share its process group) are killed.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)

    def is_running(self) -> bool:
        return self.process.poll() is None

    def log_tail(self, lines: int = 30) -> str:
        parts = []
        for path in (self.workdir / "dovecot.stderr", self.log_path):
            with contextlib.suppress(OSError):
                parts.extend(path.read_text(errors="replace").splitlines()[-lines:])
        return "\n".join(parts)

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        pending = {self.imap_port: b"* OK", self.lmtp_port: b"220"}
        while pending:
            if self.process.poll() is not None:
                raise DovecotError(
                    f"dovecot exited with status {self.process.returncode}:\n{self.log_tail()}"
                )
            if time.monotonic() > deadline:
                raise DovecotError(f"dovecot did not answer within {timeout} s:\n{self.log_tail()}")
            for port, greeting in list(pending.items()):
                if _greets(self.host, port, greeting):
                    del pending[port]
            if pending:
                time.sleep(0.05)
        # imaps shares the imap-login process; one TLS handshake proves the certificate.
        with self.imap_client("owner"):
            pass

    # -- helpers for tests ----------------------------------------------------------------

    def imap_client(self, user: str, *, starttls: bool = False, timeout: float = 10) -> IMAPClient:
        """An IMAPClient logged in as `user` over TLS verified with the test CA.

        Implicit TLS (imaps) by default; `starttls=True` upgrades a plain connection instead.
        Use it as a context manager (or call logout()) so the socket is closed.
        """
        ctx = self.ssl_context()
        if starttls:
            client = IMAPClient(self.host, port=self.imap_port, ssl=False, timeout=timeout)
        else:
            client = IMAPClient(
                self.host, port=self.imaps_port, ssl=True, ssl_context=ctx, timeout=timeout
            )
        try:
            if starttls:
                client.starttls(ctx)
            client.login(user, self.users[user])
        except BaseException:
            client.shutdown()
            raise
        return client

    def deliver(
        self, user: str, raw: bytes, *, mail_from: str = "", detail: str | None = None
    ) -> None:
        """Deliver raw message bytes to `user` (or `user+detail`) through Dovecot's LMTP."""
        self.deliver_to(self.address(user, detail), raw, mail_from)

    def deliver_to(self, rcpt: str, raw: bytes, mail_from: str = "") -> None:
        """LMTP delivery to an address; Dovecot strips "+detail" and the domain itself."""
        raw = re.sub(rb"\r?\n", b"\r\n", raw)  # bare LF would reach the Maildir as is
        with smtplib.LMTP(self.host, self.lmtp_port, timeout=10) as lmtp:
            lmtp.sendmail(mail_from or f"sender@{self.domain}", [rcpt], raw)

    def wait_for_messages(
        self,
        user: str,
        folder: str = "INBOX",
        count: int = 1,
        timeout: float = 5.0,
        criteria: list[str] | str = "ALL",
    ) -> dict[int, bytes]:
        """Poll `folder` of `user` until `count` messages match; return {uid: raw bytes}.

        Raises AssertionError after `timeout` seconds. Fetches with BODY.PEEK[] (no \\Seen).
        """
        deadline = time.monotonic() + timeout
        with self.imap_client(user) as client:
            client.select_folder(folder, readonly=True)
            while True:
                uids = client.search(criteria)
                if len(uids) >= count:
                    fetched = client.fetch(uids, ["BODY.PEEK[]"])
                    return {uid: data[b"BODY[]"] for uid, data in fetched.items()}
                if time.monotonic() > deadline:
                    raise AssertionError(
                        f"{len(uids)} of {count} messages in {user}/{folder} after {timeout} s"
                    )
                time.sleep(0.05)
                client.noop()

    def message_count(self, user: str, folder: str = "INBOX") -> int:
        with self.imap_client(user) as client:
            return int(client.folder_status(folder, [b"MESSAGES"])[b"MESSAGES"])

    def empty_mailboxes(self) -> None:
        """Delete every message of every test user and every folder that is not standard."""
        keep = {"INBOX", *SPECIAL_FOLDERS}
        for user in self.users:
            with self.imap_client(user) as client:
                # Longest names first, so children go before their parents; a parent that
                # exists only as a path (flagged NonExistent or Noselect) vanishes with them.
                folders = sorted(client.list_folders(), key=lambda f: len(f[2]), reverse=True)
                for flags, _delim, name in folders:
                    if {b"\\NonExistent", b"\\Noselect"} & set(flags):
                        continue
                    if name not in keep:
                        client.delete_folder(name)
                        continue
                    if not client.folder_status(name, [b"MESSAGES"])[b"MESSAGES"]:
                        continue
                    client.select_folder(name)
                    client.delete_messages(client.search("ALL"))
                    client.expunge()
                    client.unselect_folder()


def _greets(host: str, port: int, greeting: bytes) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1) as sock:
            sock.settimeout(2)
            return sock.recv(64).startswith(greeting)
    except OSError:
        return False


@dataclass(frozen=True)
class _MailOwner:
    """Who Dovecot's unprivileged processes and the Maildirs run as."""

    uid: int
    gid: int
    internal_user: str
    login_user: str
    as_root: bool


def _mail_owner() -> _MailOwner:
    if os.geteuid() != 0:
        me = pwd.getpwuid(os.geteuid()).pw_name
        return _MailOwner(os.geteuid(), os.getegid(), me, me, as_root=False)
    try:
        internal = pwd.getpwnam("dovecot")
        pwd.getpwnam("dovenull")
    except KeyError as exc:
        raise DovecotError("no dovecot/dovenull users: is the dovecot package installed?") from exc
    return _MailOwner(internal.pw_uid, internal.pw_gid, "dovecot", "dovenull", as_root=True)


def _check_traversable(workdir: Path) -> None:
    if os.geteuid() != 0:
        return
    for parent in [workdir, *workdir.parents]:
        if parent == workdir:
            workdir.chmod(0o755)
        elif not parent.stat().st_mode & 0o001:
            raise DovecotError(
                f"{parent} is not traversable by other users, so Dovecot's unprivileged "
                f"processes cannot reach {workdir}: use a work directory such as /tmp/xyz"
            )
    if len(str(workdir)) > 60:
        raise DovecotError(f"work directory path too long for unix sockets: {workdir}")


def _write_users(workdir: Path, owner: _MailOwner) -> None:
    home_root = workdir / "home"
    home_root.mkdir(exist_ok=True)
    passdb, userdb = [], []
    for user, password in USERS.items():
        home = home_root / user
        home.mkdir(exist_ok=True)
        if owner.as_root:
            os.chown(home, owner.uid, owner.gid)
        passdb.append(f"{user}:{{PLAIN}}{password}\n")
        userdb.append(f"{user}::{owner.uid}:{owner.gid}::{home}::\n")
    for name, lines in (("passwd", passdb), ("users", userdb)):
        path = workdir / name
        path.write_text("".join(lines))
        path.chmod(0o600)
        if owner.as_root:
            os.chown(path, owner.uid, owner.gid)  # read by the auth process (internal user)


def _render_config(
    workdir: Path,
    tls: TlsFiles,
    owner: _MailOwner,
    imap_port: int,
    imaps_port: int,
    lmtp_port: int,
) -> str:
    mailboxes = "\n".join(
        f"  mailbox {name} {{\n    special_use = {flag}\n    auto = subscribe\n  }}"
        for name, flag in SPECIAL_FOLDERS.items()
    )
    dh = "/usr/share/dovecot/dh.pem"
    ssl_dh = f"ssl_dh = <{dh}" if Path(dh).exists() else ""
    # Not root: no chroot for the login process (chroot needs root).
    login_chroot = "" if owner.as_root else "  chroot =\n"
    return f"""\
# Private test instance written by tests/mailservers/dovecot.py. Do not edit.
instance_name = dunnerd-test-{imap_port}
base_dir = {workdir}/run
state_dir = {workdir}/state
log_path = {workdir}/dovecot.log
info_log_path = {workdir}/dovecot.log
log_timestamp = "%Y-%m-%d %H:%M:%S.%{{usecs}} "
protocols = imap lmtp
listen = {HOST}
default_internal_user = {owner.internal_user}
default_login_user = {owner.login_user}
first_valid_uid = {owner.uid}
last_valid_uid = 0
first_valid_gid = {owner.gid}
last_valid_gid = 0

ssl = yes
ssl_cert = <{tls.cert_chain_path}
ssl_key = <{tls.key_path}
ssl_min_protocol = TLSv1.2
{ssl_dh}

# Loopback only, test passwords: plaintext auth is fine (Dovecot treats loopback as secure).
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_verbose = yes
# No delay and no anvil penalty after a wrong password: tests must not slow each other down.
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%n {workdir}/passwd
  result_failure = continue-fail
}}
# Reached only after a wrong password or an unknown user: fail again, but with nodelay, as
# Dovecot's auth process otherwise holds every failure back to a batch sent each 0.5 s.
passdb {{
  driver = static
  args = nopassword=y nodelay=y
  result_success = return-fail
  result_failure = return-fail
}}
userdb {{
  driver = passwd-file
  args = username_format=%n {workdir}/users
}}

mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
{mailboxes}
}}
recipient_delimiter = +
lmtp_save_to_detail_mailbox = no
mail_max_userip_connections = 100
# IDLE learns of new mail through inotify; when a loaded machine runs out of inotify instances
# Dovecot falls back to polling, every 30 s by default. Poll each second instead, so that a
# busy CI machine gives the same IDLE behaviour as a quiet one.
mailbox_idle_check_interval = 1 secs

service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
{login_chroot}  inet_listener imap {{
    address = {HOST}
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = {HOST}
    port = {imaps_port}
    ssl = yes
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    address = {HOST}
    port = {lmtp_port}
  }}
  unix_listener lmtp {{
    mode = 0666
  }}
}}
service imap-urlauth-login {{
  inet_listener imap-urlauth {{
    port = 0
  }}
}}
protocol lmtp {{
  postmaster_address = postmaster@{DOMAIN}
}}
"""
