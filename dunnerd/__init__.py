"""dunnerd chases unpaid invoices by email, unattended.

One package per domain; imports point down this list (an import-linter contract in
pyproject.toml): cli, demo, daemon, then inbox | legal | intake, then mail, then
ledger | dunning, then config | clock | states | headers. See docs/architecture.md.
"""
