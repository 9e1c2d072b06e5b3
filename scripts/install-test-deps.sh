#!/usr/bin/env bash
# Install what the test suite needs: Dovecot (IMAP + LMTP) and PostgreSQL from Debian's packages
# for the real-server tests, and the Python test and postgresql extras. Idempotent: re-running
# does nothing that is already done. The system dovecot and postgresql services are never left
# enabled or running, and no system cluster is used: the tests start their own instances with a
# private config and data directory (tests/mailservers/dovecot.py, tests/databases/postgres.py).
#
# Env: PYTHON  interpreter to pip-install into (default: python3)
set -euo pipefail

PYTHON="${PYTHON:-python3}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# systemd only for systemd-analyze (the unit's security rating); nothing is started.
DEB_PACKAGES=(dovecot-core dovecot-imapd dovecot-lmtpd openssl ca-certificates systemd postgresql)

say() { printf 'install-test-deps: %s\n' "$*"; }

have_dovecot() {
    command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ]
}

have_postgres() {
    compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null \
        && compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo -n "$@"
    else
        return 1
    fi
}

can_be_root() {
    [ "$(id -u)" -eq 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; }
}

# Stop and disable the system services the packages may have started; our tests run their own.
quiet_system_services() {
    if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
        as_root systemctl disable --now dovecot.service dovecot.socket >/dev/null 2>&1 || true
        as_root systemctl disable --now postgresql.service >/dev/null 2>&1 || true
    fi
    for service in dovecot postgresql; do
        if [ -x "/etc/init.d/$service" ]; then
            as_root "/etc/init.d/$service" stop >/dev/null 2>&1 || true
        fi
        if command -v update-rc.d >/dev/null 2>&1; then
            as_root update-rc.d "$service" disable >/dev/null 2>&1 || true
        fi
    done
}

install_packages() {
    local policy=/usr/sbin/policy-rc.d created_policy=0
    # policy-rc.d exiting 101 stops invoke-rc.d from starting services during the install.
    if [ ! -e "$policy" ]; then
        as_root sh -c "printf '#!/bin/sh\nexit 101\n' > $policy && chmod 755 $policy"
        created_policy=1
    fi
    if [ "$created_policy" -eq 1 ]; then
        trap 'as_root rm -f /usr/sbin/policy-rc.d || true' EXIT
    fi
    # No system cluster: the tests make their own (postgresql-common reads this at install).
    if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
        as_root sh -c "mkdir -p /etc/postgresql-common && \
            echo 'create_main_cluster = false' > /etc/postgresql-common/createcluster.conf"
    fi
    say "apt-get update"
    as_root apt-get update -qq
    say "apt-get install ${DEB_PACKAGES[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${DEB_PACKAGES[@]}" >/dev/null
    if [ "$created_policy" -eq 1 ]; then
        as_root rm -f "$policy"
    fi
    trap - EXIT
    quiet_system_services
}

if have_dovecot && [ -x /usr/lib/dovecot/lmtp ] && [ -x /usr/lib/dovecot/imap ] \
        && command -v systemd-analyze >/dev/null 2>&1 && have_postgres; then
    say "dovecot already installed: $(dovecot --version 2>/dev/null || echo '?'); systemd-analyze and postgresql present"
elif can_be_root; then
    install_packages
    say "installed dovecot $(dovecot --version 2>/dev/null || echo '?') and postgresql; system services stopped and disabled"
else
    say "dovecot or postgresql missing and not root (no passwordless sudo): those tests will skip outside CI"
fi

say "pip install -e '.[test,postgresql]' with $PYTHON"
(cd "$REPO" && "$PYTHON" -m pip install -q -e '.[test,postgresql]')
say "done"
