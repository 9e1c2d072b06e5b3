"""What an idle daemon does not use, it does not load (issue 10: idle cost). Jinja2 and Babel's
dates wait for the first reminder to render, dkimpy and dnspython for the first payment notice
to verify, flufl.bounce for the first inbound message, and the holidays package (about 12 MB
with one country's calendar) for a send window that skips holidays; rich for a command that
prints, lxml for the Sent intake, reportlab for a legal document. bench/idle_bench.py
measures what is left."""

from __future__ import annotations

import subprocess
import sys

import pytest

LAZY = ("jinja2", "babel.dates", "dkim", "dns", "flufl", "holidays", "rich", "lxml", "reportlab")


def loaded_by(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    return set(out.split())


def test_starting_the_daemon_loads_none_of_them() -> None:
    loaded = loaded_by("import dunnerd.cli.main, dunnerd.cli.run, dunnerd.daemon.service")
    assert "dunnerd.daemon.service" in loaded
    assert {m for m in loaded if any(m == p or m.startswith(p + ".") for p in LAZY)} == set()


@pytest.mark.parametrize(("code", "package"), [
    ("from dunnerd.dunning.policy import holiday_check\n"
     "check = holiday_check('FR')\nassert 'holidays' not in sys.modules\n"
     "import datetime\nassert check(datetime.date(2026, 12, 25))", "holidays"),
    ("from dunnerd.dunning.render import format_date\nimport datetime\n"
     "assert format_date(datetime.date(2026, 12, 1), 'fr') == '1er décembre 2026'",
     "babel.dates"),
])
def test_each_loads_when_first_needed(code: str, package: str) -> None:
    assert package in loaded_by(code)
