"""The formal notice as a PDF (A4), with reportlab and the Bitstream Vera fonts its wheel ships,
embedded as subsets so the text can be read back and printed anywhere.

Two traps of reportlab are closed here: it writes a NUL for a character its font has no glyph
for, without a word, so every text is checked first (`GlyphError` names the character); and it
leaves a non-embedded Helvetica in the file unless every style, table and the document start on
Vera. Babel's French amounts hold U+202F (narrow no-break space), which Vera lacks: it becomes
U+00A0. The bytes are reproducible: the same content gives the same file.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from dunnerd.dunning.render import format_date, format_money
from dunnerd.legal.explain import basis_text
from dunnerd.legal.notice_model import NoticeContent
from dunnerd.legal.notice_text import Block, language_of

FONT, BOLD = "DunnerdVera", "DunnerdVera-Bold"
_FONT_FILES = {FONT: "Vera.ttf", BOLD: "VeraBd.ttf", "DunnerdVera-Italic": "VeraIt.ttf",
               "DunnerdVera-BoldItalic": "VeraBI.ttf"}
_REPLACEMENTS = {"\u202f": "\u00a0", "\u2009": " ", "\u2011": "-"}

HEADERS = {
    "fr": {
        "invoices": ("Facture", "Date", "Échéance", "Montant TTC", "Réglé", "Reste dû",
                     "Retard"),
        "reminders": ("Date", "Relance", "Factures"),
        "penalties": ("Facture", "Période", "Jours", "Base", "Taux et fondement", "Montant"),
        "totals": ("Devise", "Principal", "Pénalités", "Indemnités", "Somme réclamée"),
        "days": "{} j", "not_computed": "non calculé",
    },
    "en": {
        "invoices": ("Invoice", "Date", "Due", "Amount incl. VAT", "Paid", "Balance",
                     "Late"),
        "reminders": ("Date", "Reminder", "Invoices"),
        "penalties": ("Invoice", "Period", "Days", "Balance", "Rate and basis", "Amount"),
        "totals": ("Currency", "Principal", "Penalties", "Indemnities", "Amount claimed"),
        "days": "{} d", "not_computed": "not computed",
    },
}
STEP_NAMES = {"fr": {"friendly": "rappel amiable", "firm": "relance", "final":
                     "dernière relance avant mise en demeure"},
              "en": {"friendly": "friendly reminder", "firm": "firm reminder", "final":
                     "final demand"}}


class GlyphError(ValueError):
    """A character the embedded font cannot draw: rendering it would print a blank."""


@cache
def _register_fonts() -> frozenset[int]:
    """Register the Vera TTFs from reportlab's own fonts folder; the code points they cover."""
    import reportlab
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = Path(reportlab.__file__).parent / "fonts"
    covered: frozenset[int] | None = None
    for name, file in _FONT_FILES.items():
        font = TTFont(name, str(folder / file))
        pdfmetrics.registerFont(font)
        chars = frozenset(font.face.charToGlyph)
        covered = chars if covered is None else covered & chars
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, BOLD)
    addMapping(FONT, 0, 1, "DunnerdVera-Italic")
    addMapping(FONT, 1, 1, "DunnerdVera-BoldItalic")
    return covered or frozenset()


def for_font(text: str) -> str:
    """`text` with what the font lacks mapped to what it has; GlyphError for the rest."""
    covered = _register_fonts()
    mapped = "".join(_REPLACEMENTS.get(c, c) for c in text)
    missing = sorted({c for c in mapped if ord(c) not in covered and c not in "\n\t"})
    if missing:
        shown = ", ".join(f"U+{ord(c):04X} {c!r}" for c in missing[:5])
        raise GlyphError(f"the notice's font cannot print {shown} (in {text[:60]!r}); "
                         "change that text (a name or an address) or the template")
    return mapped


def _tables(content: NoticeContent, language: str) -> dict[str, list[list[str]]]:
    def money(amount: Any, currency: str) -> str:
        return format_money(amount, currency, language)

    h = HEADERS[language]
    tables: dict[str, list[list[str]]] = {
        "invoices": [list(h["invoices"])] + [
            [i.number, format_date(i.issued, language), format_date(i.due, language),
             money(i.amount, i.currency), money(i.paid, i.currency),
             money(i.balance, i.currency), str(h["days"]).format(i.days_late)]
            for i in content.invoices],
        "reminders": [list(h["reminders"])] + [
            [format_date(r.on, language), STEP_NAMES[language].get(r.step, r.step),
             ", ".join(r.numbers)] for r in content.reminders],
        "totals": [list(h["totals"])] + [
            [t.currency, money(t.principal, t.currency), money(t.interest, t.currency),
             money(t.indemnity, t.currency), money(t.claimed, t.currency)]
            for t in content.totals],
    }
    rows = [list(h["penalties"])]
    for inv in content.invoices:
        for s in inv.breakdown.segments:
            amount = inv.money(s.amount_cents)
            rows.append([inv.number, f"{format_date(s.start, language)} – "
                         f"{format_date(s.end, language)}", str(s.days),
                         money(inv.money(s.balance_cents), inv.currency),
                         basis_text(s, language, note_provisional=False)
                         + (" *" if s.provisional else ""),
                         money(amount, inv.currency) if amount is not None
                         else str(h["not_computed"])])
        if inv.breakdown.indemnity_cents:
            label = ("indemnité forfaitaire (art. D441-5)" if language == "fr"
                     else "fixed indemnity (art. D441-5)")
            rows.append([inv.number, "", "", "", label,
                         money(inv.money(inv.breakdown.indemnity_cents), inv.currency)])
    tables["penalties"] = rows
    return tables


WIDTHS_MM = {"invoices": (22, 24, 24, 28, 24, 28, 16), "reminders": (34, 70, 62),
             "penalties": (20, 44, 11, 24, 50, 23), "totals": (18, 38, 36, 36, 38)}


def render_pdf(content: NoticeContent, blocks: Sequence[Block], *, author: str = "") -> bytes:
    """The PDF bytes of the letter. Raises GlyphError before anything is drawn."""
    # Here: document_pdf builds on this module's fonts, so it cannot be imported at the top.
    from dunnerd.legal.document_pdf import TableData, render_document

    language = language_of(content)
    tables = {name: TableData(rows, WIDTHS_MM[name])
              for name, rows in _tables(content, language).items()}
    return render_document(
        blocks, tables, author=author, side_margin_mm=18,
        title="Mise en demeure de payer" if language == "fr" else "Formal notice to pay",
        subject=", ".join(i.number for i in content.invoices),
        lang="fr-FR" if language == "fr" else "en")
