"""Plain A4 reports (audit export, checkpoint, register, access export) as PDF bytes.

A report is a title, a few key/value facts, and sections of paragraphs and
tables. Every user-supplied string is escaped before it reaches reportlab's
markup, and the embedded Unicode font prints every name exactly. Table columns
are widened where a word would not fit, so cells wrap between words.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from skot_dossier.documents.fonts import FontFamily, printable, register_fonts


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: tuple[str, ...] = ()
    table_header: tuple[str, ...] = ()
    table_rows: tuple[tuple[str, ...], ...] = ()
    column_widths_mm: tuple[float, ...] = ()
    mono_columns: tuple[int, ...] = ()
    """Columns printed in the small fixed-width face (hashes: one line each)."""


@dataclass(frozen=True)
class Report:
    title: str
    facts: tuple[tuple[str, str], ...] = ()
    sections: tuple[Section, ...] = field(default_factory=tuple)
    footer: str = ""  # e.g. "Controlegetal: 1234-…"
    author: str = ""
    mono_facts: tuple[str, ...] = ()
    """Labels of facts whose value is printed in the fixed-width face (a hash)."""


def _text(value: str, fonts: FontFamily) -> str:
    return escape(printable(value, fonts)).replace("\n", "<br/>")


def render_report(report: Report) -> bytes:
    fonts = register_fonts()
    base = ParagraphStyle("base", fontName=fonts.regular, fontSize=9.5, leading=13)
    small = ParagraphStyle("small", parent=base, fontSize=8, leading=10)
    title = ParagraphStyle(
        "title", parent=base, fontName=fonts.bold, fontSize=16, leading=20, spaceAfter=6
    )
    heading = ParagraphStyle(
        "heading",
        parent=base,
        fontName=fonts.bold,
        fontSize=11.5,
        leading=15,
        spaceBefore=10,
        spaceAfter=4,
    )
    mono = ParagraphStyle("mono", parent=base, fontName=fonts.mono, fontSize=7, leading=10)
    story: list[Flowable] = [Paragraph(_text(report.title, fonts), title)]
    if report.facts:
        rows = [
            [
                Paragraph(_text(k, fonts), small),
                Paragraph(_text(v, fonts), mono if k in report.mono_facts else base),
            ]
            for k, v in report.facts
        ]
        facts = Table(rows, colWidths=[45 * mm, 125 * mm])
        facts.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                ]
            )
        )
        story += [facts, Spacer(1, 4 * mm)]
    for section in report.sections:
        story.append(Paragraph(_text(section.heading, fonts), heading))
        story += [Paragraph(_text(p, fonts), base) for p in section.paragraphs]
        if section.table_header or section.table_rows:
            story.append(_table(section, fonts, small, mono))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=report.title,
        author=report.author,
        subject="",
        creator="SKOT Dossier",
        invariant=True,
        initialFontName=fonts.regular,  # no unembedded Helvetica in the file
    )
    doc.build(story, canvasmaker=_numbered(report.footer, fonts))
    return buffer.getvalue()


# Cell padding on each side of a table cell, in points.
_CELL_SIDE = 3.0
# A single word wider than this share of the table (a web address, an id) may still break.
_MAX_WORD_SHARE = 0.4


def _longest_word(cells: Sequence[str], font: str, size: float) -> float:
    return max(
        (stringWidth(word, font, size) for cell in cells for word in cell.split()), default=0.0
    )


def fit_widths(
    widths: Sequence[float],
    columns: Sequence[Sequence[str]],
    fonts: FontFamily,
    size: float,
    header: Sequence[str] = (),
    mono: Sequence[int] = (),
) -> list[float]:
    """Column widths (points) in which every word fits on a line, within the same total.

    A column whose longest word does not fit is widened, taking the room from
    columns that have more than they need; lines then wrap between words only.
    ``header`` (drawn bold) is measured apart from the cells of ``columns``;
    columns in ``mono`` are measured in the monospace font they are drawn in.
    """
    total = sum(widths)
    need = []
    for i, cells in enumerate(columns):
        font = fonts.mono if i in mono else fonts.regular
        word = max(
            _longest_word(cells, font, size),
            _longest_word(header[i : i + 1], fonts.bold, size),
        )
        need.append(min(word + 2 * _CELL_SIDE + 0.5, total * _MAX_WORD_SHARE))
    fitted = [max(w, n) for w, n in zip(widths, need, strict=True)]
    excess = sum(fitted) - total
    slack = [f - n for f, n in zip(fitted, need, strict=True)]
    room = sum(slack)
    if excess > 0 and room > 0:
        share = min(1.0, excess / room)
        fitted = [f - s * share for f, s in zip(fitted, slack, strict=True)]
    scale = min(1.0, total / sum(fitted))  # not enough room anywhere: every column gives
    return [f * scale for f in fitted]


def _table(
    section: Section, fonts: FontFamily, style: ParagraphStyle, mono: ParagraphStyle
) -> Table:
    header = [Paragraph(f"<b>{_text(h, fonts)}</b>", style) for h in section.table_header]
    body = [
        [
            Paragraph(_text(c, fonts), mono if i in section.mono_columns else style)
            for i, c in enumerate(row)
        ]
        for row in section.table_rows
    ]
    widths = None
    if section.column_widths_mm:
        count = len(section.column_widths_mm)
        columns = [[row[i] for row in section.table_rows if i < len(row)] for i in range(count)]
        given = [w * mm for w in section.column_widths_mm]
        widths = fit_widths(
            given, columns, fonts, style.fontSize, section.table_header, section.mono_columns
        )
    table = Table(([header] if header else []) + body, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#9aa5b1")),
                (
                    "BACKGROUND",
                    (0, 0),
                    (-1, 0),
                    colors.HexColor("#e8edf2") if header else colors.white,
                ),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), _CELL_SIDE),
                ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_SIDE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _numbered(footer: str, fonts: FontFamily) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.setFont(fonts.regular, 7.5)
            self.setFillColor(colors.HexColor("#4a5560"))
            width, _ = A4
            self.drawRightString(width - 20 * mm, 10 * mm, f"Pagina {self._pageNumber} van {total}")
            if footer:
                self.drawString(20 * mm, 10 * mm, printable(footer, fonts))

    return NumberedCanvas


def rows(items: Sequence[Sequence[object]]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple("" if v is None else str(v) for v in row) for row in items)
