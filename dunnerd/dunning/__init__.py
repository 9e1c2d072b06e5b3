"""Pure dunning decisions and words: the escalation policy (steps, business days, holidays,
send windows, catch-up, grouping) and the reminder texts (Jinja2 templates, Babel formats).

May import: dunnerd.config, dunnerd.clock, dunnerd.states, dunnerd.headers. Never the ledger
(it reads the snapshots in dunnerd.states instead) and never I/O beyond reading templates.
"""
