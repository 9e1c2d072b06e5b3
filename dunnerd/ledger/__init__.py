"""The ledger, the single source of truth: the tables, the store (SQLite by default, PostgreSQL
by URL) and its migrations, exact money, and the stable JSON views of rows.

May import: dunnerd.config, dunnerd.clock, dunnerd.states. Never the policy or the renderer
(dunning sits beside it), nor anything that does mail.
"""
