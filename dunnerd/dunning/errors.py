"""What rendering a reminder can refuse: a template that does not exist, or one that exists but
cannot be rendered. Apart from render.py so that the CLI can catch them without Jinja2."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


class RenderError(Exception):
    """Base of the errors `Renderer.render` raises."""


class TemplateNotFound(RenderError):
    """No template for a step: names the template and the directories searched."""

    def __init__(self, template: str, searched: Iterable[Path]) -> None:
        self.template = template
        self.searched = tuple(searched)
        where = ", ".join(str(path) for path in self.searched)
        super().__init__(f"template {template!r} not found; searched: {where}")


class TemplateRenderError(RenderError):
    """A template exists but cannot be rendered: names its file, the line when known, and the
    problem (undefined variable, syntax error, missing include...)."""

    def __init__(self, template: str, problem: str, line: int | None = None) -> None:
        self.template = template
        self.problem = problem
        self.line = line
        at = f", line {line}" if line is not None else ""
        super().__init__(f"cannot render template {template}{at}: {problem}")
