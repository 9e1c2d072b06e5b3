"""`dunnerd run` and what keeps it unattended: the service lifecycle, wake-ups (APScheduler
date triggers), sd_notify, the state lock, owner alerts and the daily digest, `dunnerd check`.

May import: dunnerd.inbox, dunnerd.legal, dunnerd.intake and everything below them. Never the
demo or the CLI.
"""
