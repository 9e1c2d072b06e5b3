"""The ledger's errors, worded for the owner. Apart from store.py so that the CLI can catch them
without importing the database layer."""

from __future__ import annotations


class StoreError(Exception):
    """A database problem, worded for the owner."""


class NotFound(StoreError):
    def __init__(self, what: str, key: str) -> None:
        super().__init__(f"no {what} {key!r}")
        self.what = what
        self.key = key
