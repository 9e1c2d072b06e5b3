"""Reading one TOML table while collecting every problem: the getters never raise, they record
the problem with its key path and return the default, so a bad file is reported whole in one
pass; keys nobody asked for are reported as unknown."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

_T = TypeVar("_T")


class Invalid(Exception):
    """A value of the right type that fails a check; the message says what is wrong with it."""


class Table:
    """One TOML table being read. The getters never raise: a problem is recorded with its key path
    and the default is returned, so that every problem in the file is found in one pass. Keys that
    no getter asked for are reported as unknown at the end."""

    def __init__(self, data: Mapping[str, Any], path: str, problems: list[str],
                 source: Path | None) -> None:
        self.data, self.prefix, self.problems, self.source = data, path, problems, source
        self._read: set[str] = set()
        self._bad: set[str] = set()
        self._children: list[Table] = []

    def key_path(self, key: str) -> str:
        return f"{self.prefix}.{key}" if self.prefix and key else self.prefix or key

    def problem(self, key: str, message: str) -> None:
        self._bad.add(key)
        self.problems.append(f"{self.key_path(key)}: {message}")

    def is_valid(self, key: str) -> bool:
        """Was `key` given, and did it pass its checks?"""
        return key in self.data and key not in self._bad

    def has_problem(self, key: str) -> bool:
        return key in self._bad

    def get(self, key: str, kind: type[_T], expected: str, default: _T, *,
            required: bool = False, secret: bool = False) -> _T:
        self._read.add(key)
        if key not in self.data:
            if required:
                self.problem(key, f"missing; expected {expected}")
            return default
        value = self.data[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            self.problem(key, f"expected {expected}, got {describe(value, secret)}")
            return default
        return value

    def text(self, key: str, expected: str = "a string", default: str = "", *,
             required: bool = False, secret: bool = False) -> str:
        value = self.get(key, str, expected, default, required=required, secret=secret)
        if required and value == "" and key in self.data and key not in self._bad:
            self.problem(key, f"empty; expected {expected}")
        return value

    def checked(self, key: str, check: Callable[[str], _T], expected: str, default: _T, *,
                required: bool = False) -> _T:
        """A string run through `check`; "" means the default unless the key is required."""
        value = self.text(key, expected, required=required)
        if not self.is_valid(key) or value == "":
            return default
        try:
            return check(value)
        except Invalid as exc:
            self.problem(key, f"{exc}; expected {expected}")
            return default

    def integer(self, key: str, default: int, *, minimum: int = 0, maximum: int | None = None,
                required: bool = False) -> int:
        value = self.get(key, int, "an integer", default, required=required)
        if value < minimum or (maximum is not None and value > maximum):
            span = f"from {minimum} to {maximum}" if maximum is not None else f">= {minimum}"
            self.problem(key, f"{value} is out of range; expected an integer {span}")
            return default
        return value

    def flag(self, key: str, default: bool) -> bool:
        return self.get(key, bool, "true or false", default)

    def choice(self, key: str, choices: Sequence[str], default: str) -> str:
        expected = "one of " + ", ".join(f'"{c}"' for c in choices)
        value = self.get(key, str, expected, default)
        if value not in choices:
            self.problem(key, f"unknown value {quote(value)}; expected {expected}")
            return default
        return value

    def path(self, key: str, expected: str, *, must_be_dir: bool = False,
             must_be_file: bool = False) -> Path | None:
        """A path, relative ones taken from the config file's directory; None when absent or ""."""
        text = self.text(key, expected)
        if not text:
            return None
        path = self.resolve(text)
        if (must_be_dir and not path.is_dir()) or (must_be_file and not path.is_file()):
            self.problem(key, f"{path} does not exist; expected {expected}")
        return path

    def table(self, key: str) -> Table:
        """A sub-table; an empty one when absent (every key takes its default)."""
        value = self.get(key, dict, f"a table [{self.key_path(key)}]", {})
        return self._child(value, self.key_path(key))

    def tables(self, key: str) -> list[Table] | None:
        """An array of tables [[key]]; None when absent."""
        expected = f"an array of tables [[{self.key_path(key)}]]"
        items = self.get(key, list, expected, [])
        if key not in self.data or key in self._bad:
            return None
        tables = []
        for index, item in enumerate(items):
            if isinstance(item, dict):
                tables.append(self._child(item, f"{self.key_path(key)}[{index}]"))
            else:
                self.problem(f"{key}[{index}]", f"expected a table, got {describe(item)}")
        return tables

    def resolve(self, text: str) -> Path:
        """A path from the file: relative ones start at the directory of the file."""
        path = Path(text)
        return self.source.parent / path if self.source and not path.is_absolute() else path

    def was_read(self, key: str) -> None:
        self._read.add(key)

    def is_world_readable(self) -> bool:
        """Can the group or others read the config file? (Then it must not hold a password.)"""
        try:
            return self.source is not None and bool(self.source.stat().st_mode & 0o077)
        except OSError:
            return False

    def report_unknown_keys(self) -> None:
        known = ", ".join(sorted(self._read))
        for key in self.data:
            if key not in self._read:
                self.problem(key, f"unknown key; expected one of {known}" if known
                             else "unknown key; expected no keys here")
        for child in self._children:
            child.report_unknown_keys()

    def _child(self, data: Mapping[str, Any], path: str) -> Table:
        child = Table(data, path, self.problems, self.source)
        self._children.append(child)
        return child


def quote(value: str) -> str:
    """A value for a one-line message: quoted, escaped and cut short."""
    return json.dumps(value if len(value) <= 60 else value[:57] + "...", ensure_ascii=False)


def describe(value: object, secret: bool = False) -> str:
    kinds = {bool: "boolean", int: "integer", float: "float", str: "string", list: "array",
             dict: "table", dt.datetime: "date-time", dt.date: "date", dt.time: "time"}
    kind = kinds.get(type(value), type(value).__name__)
    if secret or isinstance(value, list | dict):
        return kind
    if isinstance(value, bool):
        return f"{kind} {str(value).lower()}"
    return f"{kind} {quote(value) if isinstance(value, str) else value}"


def one_line(value: str) -> str:
    if "\n" in value or "\r" in value:
        raise Invalid("contains a line break")
    return value
