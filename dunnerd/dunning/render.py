"""Reminder texts: subject, plain text and HTML, rendered with Jinja2 from templates/<lang>/.

A step's templates are `<lang>/<step>.subject.j2`, `<step>.txt.j2` and `<step>.html.j2`. The
owner's templates directory, when configured, is searched first, file by file, then the built-in
templates shipped as the package `dunnerd.templates`. Undefined variables are errors
(StrictUndefined); HTML templates autoescape, so ledger text (client names, invoice numbers)
cannot inject markup. The subject is cleaned by `safe_header_text` before anyone sees it.

Templates get the `money(amount, currency)`, `date` and `iban` filters, bound to the reminder's
language, and these variables: step, language, client_name, owner, account_holder, invoices,
totals, grouped, any_paid, max_days_late, today, reminders_sent, pay_within_days, pay_by,
penalties (a PenaltyMention or None) and (in the text and HTML bodies) subject.
"""

from __future__ import annotations

import importlib.resources
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from dunnerd.config.schema import Owner
from dunnerd.dunning.errors import TemplateNotFound, TemplateRenderError
from dunnerd.headers import safe_header_text

# Jinja2 and Babel are imported by the functions that use them: a daemon with nothing to send
# never loads them (about 2.5 MB of its resident memory).
if TYPE_CHECKING:
    import jinja2

DEFAULT_LANGUAGE = "en"
SUBJECT_MAX_LENGTH = 200
PARTS = ("subject", "txt", "html")

# A step name becomes part of a template path: letters, digits, "_" and "-", and a leading "_"
# is kept for partials (macros, base layouts) that are not steps.
_STEP_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
_LANGUAGE_NAME = re.compile(r"[a-z]{2,3}")


@dataclass(frozen=True)
class InvoiceLine:
    number: str
    issued: date
    due: date
    amount: Decimal
    paid: Decimal
    currency: str
    days_late: int

    @property
    def balance(self) -> Decimal:
        """What is still owed: the amount less what was paid."""
        return self.amount - self.paid


@dataclass(frozen=True)
class Total:
    currency: str
    amount: Decimal


@dataclass(frozen=True)
class PenaltyMention:
    """The late-payment penalties a reminder names (legal.claim_penalties_from): accrued
    amounts per currency, on which basis, in the reminder's language."""

    amounts: tuple[Total, ...]
    basis: str
    provisional: bool = False


@dataclass(frozen=True)
class ReminderContext:
    step: str  # template name: "friendly" | "firm" | "final" | owner-defined
    language: str  # "en" | "fr"; anything without templates falls back to "en"
    client_name: str
    owner: Owner
    invoices: tuple[InvoiceLine, ...]  # one, or several when a client's invoices are grouped
    today: date
    reminders_sent: int  # reminders this client already received about these invoices
    pay_within_days: int = 10
    penalties: PenaltyMention | None = None

    def __post_init__(self) -> None:
        if not self.invoices:
            raise ValueError("a reminder needs at least one invoice")


@dataclass(frozen=True)
class RenderedReminder:
    subject: str
    text: str
    html: str


def normalise_language(language: str) -> str:
    """'fr_FR', 'FR', 'fr-CA' -> 'fr'; anything that is not a language code -> 'en'."""
    primary = re.split(r"[-_.@]", language.strip().lower(), maxsplit=1)[0]
    return primary if _LANGUAGE_NAME.fullmatch(primary) else DEFAULT_LANGUAGE


def format_money(amount: Decimal, currency: str, language: str) -> str:
    """The amount as written in `language`, by Babel: fr '1 234,56 €' (U+202F between
    thousands, U+00A0 before the symbol), en '€1,234.56'. Unknown languages format as en."""
    from babel.core import UnknownLocaleError
    from babel.numbers import format_currency as _babel_format_currency

    try:
        return str(_babel_format_currency(amount, currency, locale=normalise_language(language)))
    except UnknownLocaleError:
        return str(_babel_format_currency(amount, currency, locale=DEFAULT_LANGUAGE))


def format_date(d: date, language: str) -> str:
    """The date in Babel's long format: fr '3 décembre 2026' (and '1er décembre 2026'),
    en 'December 3, 2026'. Unknown languages format as en."""
    from babel.core import UnknownLocaleError
    from babel.dates import format_date as _babel_format_date

    lang = normalise_language(language)
    try:
        text = str(_babel_format_date(d, format="long", locale=lang))
    except UnknownLocaleError:
        return str(_babel_format_date(d, format="long", locale=DEFAULT_LANGUAGE))
    if lang == "fr" and d.day == 1 and text.startswith("1 "):
        # French writes the first of the month as an ordinal: "1er mars", never "1 mars".
        text = "1er" + text[1:]
    return text


def format_iban(iban: str) -> str:
    """The IBAN in groups of four, as printed on invoices and bank statements."""
    compact = "".join(iban.split()).upper()
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def balance_totals(invoices: Iterable[InvoiceLine]) -> tuple[Total, ...]:
    """The remaining balance per currency, in order of first appearance."""
    sums: dict[str, Decimal] = {}
    for invoice in invoices:
        sums[invoice.currency] = sums.get(invoice.currency, Decimal(0)) + invoice.balance
    return tuple(Total(currency, amount) for currency, amount in sums.items())


def builtin_templates_dir() -> Path:
    """The built-in templates: the package `dunnerd.templates` (the top-level templates/ in the
    source tree, mapped by pyproject), or templates/ next to the package if that import fails."""
    try:
        root = importlib.resources.files("dunnerd.templates")
    except ModuleNotFoundError:
        root = None
    if isinstance(root, Path) and root.is_dir():
        return root
    return Path(__file__).resolve().parents[2] / "templates"


class Renderer:
    """Renders reminders from the owner's templates first, then the built-in ones.

    Safe to share: one Jinja2 environment per language, created on first use and cached, so the
    `money` and `date` filters are bound to the language without per-render state. Each template
    is read from disk once per Renderer; to see edited templates, make a new one.
    """

    def __init__(self, templates_dir: Path | None = None) -> None:
        dirs = [templates_dir.resolve()] if templates_dir is not None else []
        self.search_path: tuple[Path, ...] = (*dirs, builtin_templates_dir())
        self._choice_loader: jinja2.BaseLoader | None = None  # made on first use
        self._environments: dict[str, jinja2.Environment] = {}
        self._found: dict[str, bool] = {}

    def render(self, ctx: ReminderContext) -> RenderedReminder:
        """Subject (one clean line), text and HTML for `ctx`.

        Raises TemplateNotFound when no language has templates for the step and
        TemplateRenderError when a template is broken (undefined variable, syntax error)."""
        language = self._language_for(ctx.step, ctx.language)
        env = self._environment(language)
        variables = _variables(ctx, language)
        raw_subject = self._render_part(env, f"{language}/{ctx.step}.subject.j2", variables)
        subject = safe_header_text(raw_subject, SUBJECT_MAX_LENGTH)
        if not subject:
            raise TemplateRenderError(
                self._filename(f"{language}/{ctx.step}.subject.j2"), "the subject is empty"
            )
        variables["subject"] = subject
        text = _tidy_text(self._render_part(env, f"{language}/{ctx.step}.txt.j2", variables))
        html = self._render_part(env, f"{language}/{ctx.step}.html.j2", variables)
        return RenderedReminder(subject=subject, text=text, html=html)

    def available_steps(self, language: str) -> list[str]:
        """The steps `render` can find for `language`: those with all three templates in that
        language or in the English fallback, sorted."""
        names = set(self._loader.list_templates())
        steps: set[str] = set()
        for lang in {normalise_language(language), DEFAULT_LANGUAGE}:
            prefix, suffix = f"{lang}/", ".subject.j2"
            for name in names:
                step = name[len(prefix) : -len(suffix)]
                if (
                    name.startswith(prefix)
                    and name.endswith(suffix)
                    and _STEP_NAME.fullmatch(step)
                    and all(f"{lang}/{step}.{part}.j2" in names for part in PARTS)
                ):
                    steps.add(step)
        return sorted(steps)

    def _language_for(self, step: str, language: str) -> str:
        """`language` when it has the step's subject template, else English."""
        lang = normalise_language(language)
        if not _STEP_NAME.fullmatch(step):
            raise TemplateNotFound(f"{lang}/{step}.subject.j2", self.search_path)
        for candidate in (lang, DEFAULT_LANGUAGE):
            if self._exists(f"{candidate}/{step}.subject.j2"):
                return candidate
        raise TemplateNotFound(f"{lang}/{step}.subject.j2", self.search_path)

    @property
    def _loader(self) -> jinja2.BaseLoader:
        if self._choice_loader is None:
            import jinja2

            self._choice_loader = jinja2.ChoiceLoader(
                [jinja2.FileSystemLoader(str(path)) for path in self.search_path]
            )
        return self._choice_loader

    def _exists(self, name: str) -> bool:
        import jinja2

        found = self._found.get(name)
        if found is None:
            try:
                self._loader.get_source(self._environment(DEFAULT_LANGUAGE), name)
                found = True
            except jinja2.TemplateNotFound:
                found = False
            self._found[name] = found
        return found

    def _filename(self, name: str) -> str:
        for path in self.search_path:
            if (path / name).is_file():
                return str(path / name)
        return name

    def _environment(self, language: str) -> jinja2.Environment:
        import jinja2

        env = self._environments.get(language)
        if env is None:
            env = jinja2.Environment(
                loader=self._loader,
                undefined=jinja2.StrictUndefined,
                # ".html.j2" only: subjects and plain text must not turn "&" into "&amp;".
                autoescape=jinja2.select_autoescape(
                    enabled_extensions=("html.j2",),
                    disabled_extensions=(),
                    default_for_string=False,
                    default=False,
                ),
                trim_blocks=True,
                lstrip_blocks=True,
                keep_trailing_newline=True,
                # Templates are read once per Renderer: the daemon makes a new one on SIGHUP,
                # so an edit takes effect at a reload, never halfway through a batch.
                auto_reload=False,
            )
            env.filters["money"] = _bind_money(language)
            env.filters["date"] = _bind_date(language)
            env.filters["iban"] = format_iban
            self._environments[language] = env
        return env

    def _render_part(self, env: jinja2.Environment, name: str, variables: dict[str, Any]) -> str:
        import jinja2

        try:
            template = env.get_template(name)
        except jinja2.TemplateNotFound as exc:
            if exc.name == name:
                raise TemplateNotFound(name, self.search_path) from None
            # The template exists but imports or includes one that does not.
            raise TemplateRenderError(
                self._filename(name), f"missing template {exc.name!r}"
            ) from exc
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateRenderError(
                exc.filename or self._filename(name), exc.message or str(exc), exc.lineno
            ) from exc
        try:
            return template.render(variables)
        except jinja2.TemplateSyntaxError as exc:  # in an imported or included template
            raise TemplateRenderError(
                exc.filename or exc.name or name, exc.message or str(exc), exc.lineno
            ) from exc
        except jinja2.TemplateNotFound as exc:
            raise TemplateRenderError(
                template.filename or name, f"missing template {exc.name!r}"
            ) from exc
        # An owner's template is input like any other: its bugs (undefined names, 1/0, a filter
        # given a string) must name the file rather than crash whoever asked for a reminder.
        except (jinja2.TemplateError, ArithmeticError, LookupError, TypeError, ValueError) as exc:
            filename, line = _template_frame(exc.__traceback__, template.filename or name)
            raise TemplateRenderError(filename, str(exc) or type(exc).__name__, line) from exc


def _bind_money(language: str) -> Callable[[Decimal, str], str]:
    def money(amount: Decimal, currency: str) -> str:
        return format_money(amount, currency, language)

    return money


def _bind_date(language: str) -> Callable[[date], str]:
    def date_filter(d: date) -> str:
        return format_date(d, language)

    return date_filter


def _variables(ctx: ReminderContext, language: str) -> dict[str, Any]:
    invoices = tuple(ctx.invoices)
    return {
        "step": ctx.step,
        "language": language,
        "client_name": ctx.client_name,
        "owner": ctx.owner,
        "account_holder": ctx.owner.company or ctx.owner.name,
        "invoices": invoices,
        "totals": balance_totals(invoices),
        "grouped": len(invoices) > 1,
        "any_paid": any(invoice.paid for invoice in invoices),
        "max_days_late": max(invoice.days_late for invoice in invoices),
        "today": ctx.today,
        "reminders_sent": ctx.reminders_sent,
        "pay_within_days": ctx.pay_within_days,
        "pay_by": ctx.today + timedelta(days=ctx.pay_within_days),
        "penalties": ctx.penalties,
    }


def _tidy_text(text: str) -> str:
    """Trailing spaces off every line, at most one blank line in a row, one final newline: so
    templates can be laid out for reading without counting newlines around macro calls."""
    lines = [line.rstrip() for line in text.splitlines()]
    tidy = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", tidy).strip("\n") + "\n"


def _template_frame(tb: TracebackType | None, default: str) -> tuple[str, int | None]:
    """The innermost template file and line in a traceback (Jinja2 rewrites its frames to point
    at the template source), or `default` and no line."""
    filename, line = default, None
    while tb is not None:
        code_file = tb.tb_frame.f_code.co_filename
        if code_file.endswith(".j2"):
            filename, line = code_file, tb.tb_lineno
        tb = tb.tb_next
    return filename, line
