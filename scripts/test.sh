#!/usr/bin/env bash
# The test command: installs what the tests need (Dovecot from Debian's packages when root, the
# Python test extra in a virtualenv) and runs the linters and the whole suite.
# Extra arguments go to pytest, e.g. `scripts/test.sh -k policy`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

VENV="${VENV:-.venv}"
if [ ! -x "$VENV/bin/python" ]; then
    "${PYTHON:-python3}" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
fi
PYTHON="$VENV/bin/python" bash scripts/install-test-deps.sh

echo "== ruff"
"$VENV/bin/ruff" check dunnerd tests bench
echo "== mypy (strict)"
"$VENV/bin/mypy"
echo "== import-linter (layers point one way)"
"$VENV/bin/lint-imports" --no-cache
echo "== pytest"
"$VENV/bin/python" -m pytest -q "$@"
