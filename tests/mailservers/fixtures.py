"""pytest fixtures for the real mail servers; enable with
`pytest_plugins = ["tests.mailservers.fixtures"]` in tests/conftest.py.

- `dovecot` (session): a private Dovecot on loopback (`DovecotServer`).
- `clean_mailboxes` (function): empties every test user's folders first; returns `dovecot`.
- `smtp_server` (function): a fresh aiosmtpd submission server (`SmtpServer`) delivering into
  `dovecot`, with an empty fault queue and clean mailboxes.

Without Dovecot these tests skip with the reason, except in CI (CI=true), where they fail:
CI must run them (scripts/install-test-deps.sh installs Dovecot).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

from tests.unavailable import unavailable

from .dovecot import DovecotError, DovecotServer, find_binary
from .smtp import SmtpServer


def _unavailable(reason: str) -> NoReturn:
    unavailable("mail-server tests", reason)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    if find_binary() is None:
        _unavailable("Dovecot is not installed (run scripts/install-test-deps.sh as root)")
    # Not pytest's tmp_path: /tmp/pytest-of-root is 0700, which Dovecot's unprivileged
    # processes cannot traverse, and its long paths break unix sockets.
    workdir = Path(tempfile.mkdtemp(prefix="dunnerd-dovecot-"))
    try:
        server = DovecotServer.start(workdir)
    except DovecotError as exc:
        shutil.rmtree(workdir, ignore_errors=True)
        _unavailable(f"Dovecot did not start: {exc}")
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def clean_mailboxes(dovecot: DovecotServer) -> DovecotServer:
    dovecot.empty_mailboxes()
    return dovecot


@pytest.fixture
def smtp_server(clean_mailboxes: DovecotServer) -> Iterator[SmtpServer]:
    server = SmtpServer.start(
        clean_mailboxes.tls, clean_mailboxes.users, deliver=clean_mailboxes.deliver_to
    )
    try:
        yield server
    finally:
        server.stop()
