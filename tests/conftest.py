from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from dunnerd.clock import FixedClock
from dunnerd.config.load import load_config
from dunnerd.config.schema import Config
from dunnerd.ledger.store import Store

pytest_plugins = ["tests.mailservers.fixtures", "tests.databases.fixtures"]

# Monday 23 November 2026, 10:00 in Paris: every test that needs "now" starts here.
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)

MINIMAL_CONFIG = """\
state_dir = "{state_dir}"

[owner]
name = "Camille Martin"
company = "Martin Conseil"
email = "camille@martin-conseil.example"
phone = "+33 6 12 34 56 78"
iban = "FR76 3000 6000 0112 3456 7890 189"
bic = "AGRIFRPP"
language = "fr"
timezone = "Europe/Paris"

[policy]
holiday_country = "FR"
"""


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def store(database_url: str, clock: FixedClock) -> Iterator[Store]:
    """The ledger, once on SQLite and once on PostgreSQL (tests/databases/fixtures.py)."""
    opened = Store(database_url, clock)
    yield opened
    opened.close()


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "dunnerd.toml"
    path.write_text(MINIMAL_CONFIG.format(state_dir=tmp_path / "state"))
    path.chmod(0o600)
    return path


@pytest.fixture
def config(config_file: Path) -> Config:
    return load_config(config_file)


@pytest.fixture(scope="session")
def samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The e-invoice samples (tests/intake/samples.py), made once per session with factur-x."""
    from tests.intake.samples import make_all

    return make_all(tmp_path_factory.mktemp("einvoices"))
