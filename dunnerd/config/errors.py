"""The one error a config can raise: `ConfigError`, one line per problem, each naming its key
path, what was wrong and what was expected."""

from __future__ import annotations

from collections.abc import Sequence


class ConfigError(Exception):
    """A configuration that cannot be used. `problems` has one line per problem, in the form
    "<key path>: <what was wrong>; expected <what>"; str() is those lines."""

    def __init__(self, problems: str | Sequence[str]) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))
