"""Throw-away IMAP and SMTP servers on loopback, so `dunnerd demo` runs the real daemon with no
mail server installed.

`DemoMailServers` is an async context manager. On entry it makes a private CA and a certificate
for 127.0.0.1/localhost signed by it (ca.pem, cert.pem, key.pem in `workdir`), then starts:

- IMAP with implicit TLS (`demo_imap.ImapServer`, in memory, its own thread);
- SMTP submission with STARTTLS and AUTH PLAIN/LOGIN required (an aiosmtpd Controller, its own
  thread), delivering each message to the INBOX of the account whose address matches the
  recipient, "+tag" ignored; other recipients get 550.

Clients verify the certificates against `ca_file` as they would any server's. On exit both
threads are joined and every socket is closed; the files stay in `workdir`, which the caller
owns and removes.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import logging
import ssl
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from dunnerd.demo.imap_server import ImapServer
from dunnerd.demo.mailstore import MailStore, UnknownMailbox

log = logging.getLogger(__name__)

HOST = "127.0.0.1"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    address: str


class DemoMailServers:
    """An IMAP and an SMTP server for `accounts`, on 127.0.0.1, while the context is open."""

    host = HOST

    def __init__(self, workdir: Path, accounts: Sequence[DemoAccount]) -> None:
        self.imap_port = 0
        self.smtp_port = 0
        self.ca_file = workdir / "ca.pem"
        self._workdir = workdir
        self._store = MailStore({a.username: a.password for a in accounts})
        self._owners = {_mailbox_of(a.address): a.username for a in accounts}
        self._stack = ExitStack()

    async def __aenter__(self) -> DemoMailServers:
        # Starting blocks for a few milliseconds while each server thread binds its socket.
        # That is deliberate: asyncio.to_thread would leave an executor thread behind.
        context = _make_certificates(self._workdir)
        with ExitStack() as stack:
            imap = ImapServer(self._store, context, HOST)
            self.imap_port = imap.start()
            stack.callback(imap.stop)
            smtp = _SmtpController(_Delivery(self._store, self._owners), context)
            smtp.start()
            stack.callback(smtp.stop)
            self.smtp_port = smtp.port
            self._stack = stack.pop_all()
        log.info("demo mail servers up imap=%s:%d smtp=%s:%d",
                 HOST, self.imap_port, HOST, self.smtp_port)
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None,
                        exc: BaseException | None, tb: TracebackType | None) -> None:
        self._stack.close()

    def deliver(self, username: str, raw: bytes) -> None:
        """Put `raw` in `username`'s INBOX, as mail from outside would arrive. Thread-safe."""
        self._store.append(username, "INBOX", raw)

    def file_sent(self, username: str, raw: bytes, when: dt.datetime) -> None:
        """Put `raw` in `username`'s Sent folder, as their mail program filed it then."""
        self._store.append(username, "Sent", raw, frozenset({"\\Seen"}), when)

    def folder_messages(self, username: str, folder: str) -> list[bytes]:
        """The exact bytes of every message in the folder, oldest first."""
        return [m.raw for m in self._store.folder(username, folder).messages]


def _mailbox_of(address: str) -> str:
    """The mailbox an address delivers to: lower-cased, "+tag" dropped."""
    local, _, domain = address.strip().strip("<>").rpartition("@")
    return f"{local.partition('+')[0]}@{domain}".lower()


class _Delivery:
    """aiosmtpd handler: accepts recipients with a demo account, delivers to their INBOX."""

    def __init__(self, store: MailStore, owners: dict[str, str]) -> None:
        self._store, self._owners = store, owners

    def authenticate(self, server: SMTP, session: Session, envelope: Envelope, mechanism: str,
                     auth_data: Any) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login = auth_data.login.decode("utf-8", "replace")
        password = auth_data.password.decode("utf-8", "replace")
        # handled=False: aiosmtpd then answers 535 itself on failure.
        return AuthResult(success=self._store.check_password(login, password), handled=False,
                          auth_data=auth_data)

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, rcpt_options: list[str]) -> str:
        if _mailbox_of(address) not in self._owners:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        for user in dict.fromkeys(self._owners[_mailbox_of(r)] for r in envelope.rcpt_tos):
            try:
                self._store.append(user, "INBOX", raw)
            except UnknownMailbox:  # an account without a mailbox: cannot happen, but be clear
                return "451 4.3.0 Mailbox unavailable"
        return "250 2.0.0 Message accepted for delivery"


class _SmtpController(Controller):
    """A Controller on a free port: binds port 0 and reads back the port it got."""

    def __init__(self, handler: _Delivery, context: ssl.SSLContext) -> None:
        super().__init__(handler, hostname=HOST, port=0, server_hostname="localhost",
                         tls_context=context, require_starttls=True, auth_required=True,
                         auth_require_tls=True, authenticator=handler.authenticate)

    def _trigger_server(self) -> None:
        # Controller.start() connects once to self.port to check the server answers.
        assert isinstance(self.server, asyncio.Server)
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()  # type: ignore[no-untyped-call]


def _make_certificates(workdir: Path) -> ssl.SSLContext:
    """Write ca.pem, cert.pem and key.pem into `workdir`; a server context presenting them."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "dunnerd demo CA")])
    ca_cert = (
        _certificate(ca_name, ca_name, ca_key.public_key(), ca_key, now)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False,
                                     key_encipherment=False, data_encipherment=False,
                                     key_agreement=False, key_cert_sign=True, crl_sign=True,
                                     encipher_only=False, decipher_only=False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address(HOST))]
    cert = (
        _certificate(name, ca_name, key.public_key(), ca_key, now)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    (workdir / "ca.pem").write_bytes(ca_cert.public_bytes(pem))
    (workdir / "cert.pem").write_bytes(cert.public_bytes(pem))
    key_file = workdir / "key.pem"
    key_file.touch(mode=0o600)
    key_file.chmod(0o600)
    key_file.write_bytes(key.private_bytes(pem, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(workdir / "cert.pem", key_file)
    return context


def _certificate(subject: x509.Name, issuer: x509.Name, public_key: ec.EllipticCurvePublicKey,
                 issuer_key: ec.EllipticCurvePrivateKey,
                 now: dt.datetime) -> x509.CertificateBuilder:
    # Key identifiers on both sides: Python 3.13's default VERIFY_X509_STRICT requires them.
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
            issuer_key.public_key()), critical=False)
    )
