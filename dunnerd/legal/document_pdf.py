"""The dossier's PDFs (the court request, the timeline) with the formal notice's machinery: the
same embedded Vera fonts, the same glyph check before anything is drawn (notice_pdf.for_font),
the same reproducible bytes. A document is a list of blocks (notice_text's markup) whose
"@table NAME" lines are filled from `tables`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from dunnerd.legal.notice_pdf import BOLD, FONT, for_font
from dunnerd.legal.notice_text import Block


@dataclass(frozen=True)
class TableData:
    rows: Sequence[Sequence[str]]  # the first row is the header
    widths_mm: Sequence[float]


def inline(text: str) -> str:
    """Escaped for reportlab's paragraph markup, with **bold**; GlyphError for a character
    the font lacks."""
    parts = escape(for_font(text)).split("**")
    return "".join(f"<b>{part}</b>" if i % 2 else part for i, part in enumerate(parts))


def render_document(blocks: Sequence[Block], tables: Mapping[str, TableData], *, title: str,
                    author: str = "", subject: str = "", landscape: bool = False,
                    side_margin_mm: float = 16, lang: str = "fr-FR") -> bytes:
    """The PDF bytes (A4). Raises GlyphError before drawing; ValueError for a template that
    names a table that does not exist."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as turned
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    for_font("")  # registers the fonts
    body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12, spaceAfter=5)
    styles = {
        "text": body,
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=14, leading=18,
                                spaceBefore=6, spaceAfter=8),
        "heading": ParagraphStyle("heading", parent=body, fontName=BOLD, spaceBefore=4),
        "right": ParagraphStyle("right", parent=body, leftIndent=95 * mm),
        "small": ParagraphStyle("small", parent=body, fontSize=7, leading=9,
                                textColor=colors.HexColor("#444444"), spaceAfter=2),
    }

    def table(data: TableData) -> Table:
        rows = [[Paragraph(inline(cell), styles["small"]) for cell in row] for row in data.rows]
        made = Table(rows, colWidths=[w * mm for w in data.widths_mm], repeatRows=1)
        made.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 7),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
            ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return made

    flow: list[Any] = []
    for block in blocks:
        if block.kind == "table":
            name = block.lines[0]
            if name not in tables:
                raise ValueError(f"unknown table {name!r} in the template; expected one of "
                                 f"{', '.join(tables)}")
            if len(tables[name].rows) > 1:
                flow += [table(tables[name]), Spacer(1, 6)]
            continue
        flow.append(Paragraph("<br/>".join(inline(line) for line in block.lines),
                              styles[block.kind]))
    out = BytesIO()
    rl_config.invariant = 1  # no creation date or random id: the same content, the same bytes
    doc = SimpleDocTemplate(out, pagesize=turned(A4) if landscape else A4,
                            leftMargin=side_margin_mm * mm, rightMargin=side_margin_mm * mm,
                            topMargin=16 * mm,
                            bottomMargin=16 * mm, title=for_font(title),
                            author=for_font(author), creator="dunnerd",
                            subject=for_font(subject), lang=lang, initialFontName=FONT)
    doc.build(flow)
    return out.getvalue()
