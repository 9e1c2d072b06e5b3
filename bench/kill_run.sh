#!/usr/bin/env bash
# The long crash test: 200 reminders, the named kill points and 50 random kills during sending,
# against the real Dovecot and SMTP servers. Prints pytest's verdict and the kill count.
#   bench/kill_run.sh [INVOICES] [RANDOM_KILLS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DUNNERD_KILL_INVOICES="${1:-200}" DUNNERD_KILL_RANDOM="${2:-50}"
exec "${VENV:-.venv}/bin/python" -m pytest -q -p no:cacheprovider tests/daemon/test_kill.py -s
