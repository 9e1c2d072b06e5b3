"""The TOML config file: its schema (frozen dataclasses), validation with the key path on every
error, loading, and secrets that never appear in a repr, a log or an error.

May import: the standard library and third-party validators (schwifty, holidays) only; nothing
else of dunnerd's. Everything else imports it.
"""
