"""What a test needs from the machine (Dovecot, PostgreSQL, systemd-analyze, root): skipped
with the reason on a developer's machine, a failure in CI (CI=true), where a missing part must
never quietly drop the tests that prove dunnerd works with the real thing."""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def unavailable(what: str, reason: str) -> NoReturn:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} must run in CI, but {reason}", pytrace=False)
    pytest.skip(reason)
