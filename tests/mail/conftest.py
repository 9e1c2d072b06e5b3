"""Fixtures of the mail tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dunnerd.mail.imap import ImapSession
from tests.mail.helpers import make_session
from tests.mailservers.dovecot import DovecotServer


@pytest.fixture
def session(clean_mailboxes: DovecotServer) -> Iterator[ImapSession]:
    opened = make_session(clean_mailboxes)
    opened.connect()
    yield opened
    opened.close()
