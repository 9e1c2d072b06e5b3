"""`dunnerd check` on the templates: every email step's template renders in every language for
a sample invoice, or the line says which file is missing or broken and how to fix it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from dunnerd.config.schema import LANGUAGES, Config, StepAction
from dunnerd.daemon.check_steps import CheckResult, steps_in_thread
from dunnerd.dunning.errors import TemplateNotFound, TemplateRenderError
from dunnerd.dunning.render import InvoiceLine, ReminderContext, Renderer


async def check_templates(config: Config, today: dt.date, extra: set[str],
                     limit: float) -> list[CheckResult]:
    """Render each email step's template (and each client override's) in every language for
    sample invoices: one, one partly paid, and two grouped in two currencies."""
    renderer = Renderer(config.templates_dir)
    names: dict[str, int] = {}  # template -> days late of its step, in policy order
    for step in config.policy.steps:
        if step.action is StepAction.EMAIL:
            names.setdefault(step.template, step.days)
    for name in sorted(extra):
        names.setdefault(name, max(names.values(), default=1))

    def render(template: str, days: int) -> Callable[[], CheckResult]:
        def step() -> CheckResult:
            problems: dict[str, str] = {}  # detail -> fix, in order, without repeats
            for language in LANGUAGES:
                for sample in _samples(config, template, language, today, days):
                    try:
                        renderer.render(sample)
                    except TemplateNotFound as exc:
                        problems.setdefault(f"{language}: {exc}", _missing_fix(config, exc))
                    except TemplateRenderError as exc:
                        line = f", line {exc.line}" if exc.line is not None else ""
                        problems.setdefault(
                            f"{language}: {exc}",
                            f"edit {exc.template}{line} (or remove it to use the built-in one)")
                        break  # the other samples would only repeat it
            name = f"template {template}"
            if problems:
                return CheckResult(name, False, "; ".join(problems), "; ".join(
                    dict.fromkeys(problems.values())))
            where = f", owner templates in {config.templates_dir}" if config.templates_dir else ""
            return CheckResult(name, True, f"renders in {', '.join(LANGUAGES)}{where}")
        return step

    results: list[CheckResult] = []
    for template, days in names.items():  # each its own thread: a failure stops no other
        results += await steps_in_thread([(f"template {template}", render(template, days))],
                                          limit, "look for a runaway loop in the template")
    return results


def _samples(config: Config, template: str, language: str, today: dt.date,
             days: int) -> list[ReminderContext]:
    def line(number: str, amount: str, paid: str, currency: str, late: int) -> InvoiceLine:
        due = today - dt.timedelta(days=late)
        return InvoiceLine(number=number, issued=due - dt.timedelta(days=30), due=due,
                           amount=Decimal(amount), paid=Decimal(paid), currency=currency,
                           days_late=late)

    def context(*invoices: InvoiceLine) -> ReminderContext:
        return ReminderContext(step=template, language=language, client_name="Sample Client SA",
                               owner=config.owner, invoices=invoices, today=today,
                               reminders_sent=1)

    return [
        context(line("SAMPLE-001", "1234.50", "0", "EUR", days)),
        context(line("SAMPLE-002", "1234.50", "234.50", "EUR", days)),
        context(line("SAMPLE-003", "99.90", "0", "EUR", days + 14),
                line("SAMPLE-004", "500", "100", "USD", days)),
    ]


def _missing_fix(config: Config, exc: TemplateNotFound) -> str:
    stem = exc.template.removesuffix(".subject.j2")
    where = config.templates_dir or "templates_dir (set it in the config)"
    return (f"add {where}/{stem}.subject.j2, .txt.j2 and .html.j2, or name an existing template "
            "in policy.steps or the client's --step-template")
