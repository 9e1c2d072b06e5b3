"""Fixtures of the intake tests: a config whose owner is the seller of the e-invoice samples
(the `samples` fixture is in tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dunnerd.config.load import load_config
from dunnerd.config.schema import Config
from tests.conftest import MINIMAL_CONFIG
from tests.intake.samples import OWNER_SIREN


def owner_config_text(state_dir: Path, identifiers: str = f'siren = "{OWNER_SIREN}"') -> str:
    return MINIMAL_CONFIG.format(state_dir=state_dir).replace(
        'timezone = "Europe/Paris"\n', f'timezone = "Europe/Paris"\n{identifiers}\n', 1)


@pytest.fixture
def owner_config_file(tmp_path: Path) -> Path:
    path = tmp_path / "owner.toml"
    path.write_text(owner_config_text(tmp_path / "state"))
    path.chmod(0o600)
    return path


@pytest.fixture
def owner_config(owner_config_file: Path) -> Config:
    return load_config(owner_config_file)
