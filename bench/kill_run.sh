#!/usr/bin/env bash
# The long crash test: 200 reminders, the named kill points and 50 random kills during sending,
# against the real Dovecot and SMTP servers, with the ledger on SQLite (the default) or on a
# private PostgreSQL (--postgresql). Prints pytest's verdict and the kill count.
#   bench/kill_run.sh [--postgresql] [INVOICES] [RANDOM_KILLS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
backend=sqlite
if [ "${1:-}" = "--postgresql" ]; then
    backend=postgresql
    shift
fi
export DUNNERD_KILL_INVOICES="${1:-200}" DUNNERD_KILL_RANDOM="${2:-50}"
exec "${VENV:-.venv}/bin/python" -m pytest -q -p no:cacheprovider \
    "tests/daemon/test_kill.py::test_kills_lose_nothing_and_send_nothing_twice[$backend]" -s
