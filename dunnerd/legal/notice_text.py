"""The formal notice's words: `templates/<lang>/formal_notice.letter.j2` (the owner's
templates_dir first, like the reminders) rendered into a list of blocks for the PDF.

The template writes plain text with a few line marks:
    # Title             ## Heading          > a line set to the right (addresses, date)
    ~ small print       @table NAME         (invoices, reminders, penalties, totals)
Lines in a row make one block (kept as lines); a blank line ends it; **text** is bold.
Variables: notice (a NoticeContent), creditor, debtor, invoices, totals, reminders, and the
filters money, date, iban, percent; `gap("SIREN")` prints "[à compléter : SIREN]".
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from dunnerd.dunning.errors import TemplateNotFound, TemplateRenderError
from dunnerd.dunning.render import (
    builtin_templates_dir,
    format_date,
    format_iban,
    format_money,
)
from dunnerd.legal.explain import METHOD, PROVISIONAL, missing_text, percent
from dunnerd.legal.notice_model import NoticeContent

TEMPLATE = "formal_notice.letter.j2"
TABLES = ("invoices", "reminders", "penalties", "totals")
GAP = {"fr": "[à compléter : {}]", "en": "[to complete: {}]"}
DISCLAIMER = {
    "fr": "Modèle préparé par le logiciel dunnerd, à vérifier par l'expéditeur avant envoi : "
          "ce document n'est pas un conseil juridique.",
    "en": "A model prepared by the dunnerd software, for the sender to check before sending: "
          "this document is not legal advice.",
}


@dataclass(frozen=True)
class Block:
    kind: str  # "title", "heading", "right", "small", "text", "table"
    lines: tuple[str, ...]  # for "table": the table's name


def language_of(content: NoticeContent) -> str:
    return "fr" if content.language.lower().startswith("fr") else "en"


def render_blocks(content: NoticeContent, templates_dir: Path | None) -> list[Block]:
    """The letter's blocks. The "not legal advice" line is added when a template left it out.
    Raises TemplateNotFound or TemplateRenderError (naming the file) like the reminders."""
    language = language_of(content)
    return render_template(
        TEMPLATE, language, templates_dir,
        notice=content, creditor=content.creditor, debtor=content.debtor,
        invoices=content.invoices, totals=content.totals, reminders=content.reminders,
        method=METHOD[content.kind][language], provisional_note=PROVISIONAL[language],
        missing_notes=[missing_text(m, language) for m in content.missing])


def render_template(template: str, language: str, templates_dir: Path | None,
                    **context: object) -> list[Block]:
    """`templates/<language>/<template>` (the owner's templates_dir first) as blocks, with the
    filters money, date, iban and percent, `gap(what)` and `disclaimer`; the "not legal advice"
    line is added when the template left it out. Raises TemplateNotFound or
    TemplateRenderError (naming the file) like the reminders."""
    import jinja2  # when a document is made: an idle daemon never loads it (render.py)

    dirs = [templates_dir] if templates_dir is not None else []
    loader = jinja2.FileSystemLoader([str(d) for d in (*dirs, builtin_templates_dir())])
    env = jinja2.Environment(loader=loader, undefined=jinja2.StrictUndefined, autoescape=False,
                             trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["money"] = lambda amount, currency: format_money(amount, currency, language)
    env.filters["date"] = lambda day: format_date(day, language)
    env.filters["iban"] = format_iban
    env.filters["percent"] = lambda value: percent(Decimal(value), language)
    name = f"{language}/{template}"
    try:
        text = env.get_template(name).render(
            gap=lambda what: GAP[language].format(what), disclaimer=DISCLAIMER[language],
            **context)
    except jinja2.TemplateNotFound as exc:
        raise TemplateNotFound(name, tuple(Path(p) for p in loader.searchpath)) from exc
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateRenderError(exc.filename or name, exc.message or str(exc),
                                  exc.lineno) from exc
    except (jinja2.TemplateError, ArithmeticError, LookupError, TypeError,
            ValueError) as exc:
        raise TemplateRenderError(name, str(exc) or type(exc).__name__) from exc
    blocks = parse_blocks(text)
    if not any(DISCLAIMER[language] in line for block in blocks for line in block.lines):
        blocks.append(Block("small", (DISCLAIMER[language],)))
    return blocks


_MARKS = (("## ", "heading"), ("# ", "title"), ("> ", "right"), ("~ ", "small"))


def parse_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    current: list[str] = []
    kind = "text"

    def close() -> None:
        nonlocal current, kind
        if current:
            blocks.append(Block(kind, tuple(current)))
        current, kind = [], "text"

    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip():
            close()
            continue
        if line.startswith("@table "):
            close()
            blocks.append(Block("table", (line.removeprefix("@table ").strip(),)))
            continue
        mark = next(((m, k) for m, k in _MARKS if line.startswith(m) or line == m.strip()),
                    None)
        line_kind, body = (mark[1], line[len(mark[0]):]) if mark else ("text", line)
        if current and line_kind != kind:
            close()
        kind = line_kind
        current.append(body)
    close()
    return blocks
