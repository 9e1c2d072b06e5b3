#!/usr/bin/env bash
# Install what the test suite needs: Dovecot (IMAP + LMTP) from Debian's packages for the
# real-mail-server tests, and the Python test extra. Idempotent: re-running does nothing that
# is already done. The system dovecot service is never left enabled or running: the tests start
# their own instance with a private config (tests/mailservers/dovecot.py).
#
# Env: PYTHON  interpreter to pip-install into (default: python3)
set -euo pipefail

PYTHON="${PYTHON:-python3}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# systemd only for systemd-analyze (the unit's security rating); nothing is started.
DEB_PACKAGES=(dovecot-core dovecot-imapd dovecot-lmtpd openssl ca-certificates systemd)

say() { printf 'install-test-deps: %s\n' "$*"; }

have_dovecot() {
    command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ]
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

# Stop and disable the system service the package may have started; our tests run their own.
quiet_system_dovecot() {
    if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
        as_root systemctl disable --now dovecot.service dovecot.socket >/dev/null 2>&1 || true
    fi
    if [ -x /etc/init.d/dovecot ]; then
        as_root /etc/init.d/dovecot stop >/dev/null 2>&1 || true
    fi
    if command -v update-rc.d >/dev/null 2>&1; then
        as_root update-rc.d dovecot disable >/dev/null 2>&1 || true
    fi
}

install_dovecot() {
    local policy=/usr/sbin/policy-rc.d created_policy=0
    # policy-rc.d exiting 101 stops invoke-rc.d from starting services during the install.
    if [ ! -e "$policy" ]; then
        as_root sh -c "printf '#!/bin/sh\nexit 101\n' > $policy && chmod 755 $policy"
        created_policy=1
    fi
    if [ "$created_policy" -eq 1 ]; then
        trap 'as_root rm -f /usr/sbin/policy-rc.d || true' EXIT
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
    quiet_system_dovecot
}

if have_dovecot && [ -x /usr/lib/dovecot/lmtp ] && [ -x /usr/lib/dovecot/imap ] \
        && command -v systemd-analyze >/dev/null 2>&1; then
    say "dovecot already installed: $(dovecot --version 2>/dev/null || echo '?'); systemd-analyze present"
elif can_be_root; then
    install_dovecot
    say "installed dovecot $(dovecot --version 2>/dev/null || echo '?'); system service stopped and disabled"
else
    say "dovecot missing and not root (no passwordless sudo): mail-server tests will skip outside CI"
fi

say "pip install -e '.[test]' with $PYTHON"
(cd "$REPO" && "$PYTHON" -m pip install -q -e '.[test]')
say "done"
