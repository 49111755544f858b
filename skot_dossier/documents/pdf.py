"""A4 Dutch business-letter layout with reportlab Platypus, rendered in memory.

Page 1: letterhead top right, the recipient in the window-envelope position (left,
50 mm from the top) with "Aangetekend" above it for registered post, then place
and date, kenmerk, subject and the letter itself. Every page: "Pagina n van m"
and the audit head ("Controlegetal") in the footer; later pages repeat the
kenmerk at the top. Every piece of text is escaped here, so text a person typed
can never become reportlab markup.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepInFrame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from skot_dossier.documents.dates import dutch_date
from skot_dossier.documents.errors import LetterError
from skot_dossier.documents.fonts import FontFamily, printable, register_fonts
from skot_dossier.documents.model import LetterRequest, LetterText

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm
RIGHT = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT
LETTERHEAD_X = 122 * mm
LETTERHEAD_TOP = 14 * mm
LETTERHEAD_HEIGHT = 74 * mm
LOGO_BOX = (50 * mm, 18 * mm)
WINDOW_TOP = 50 * mm
"""Top of the address window, from the top edge (window envelope, address left)."""
WINDOW_SIZE = (85 * mm, 38 * mm)
BODY_TOP_FIRST = 97 * mm
BODY_TOP_LATER = 24 * mm
BODY_BOTTOM = 22 * mm
FOOTER_Y = 12 * mm
GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#999999")


class _Styles:
    def __init__(self, fonts: FontFamily) -> None:
        def style(name: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
            kw.setdefault("fontName", fonts.regular)
            return ParagraphStyle(name, fontSize=size, leading=leading, **kw)

        self.body = style(
            "body", 9.5, 13.5, spaceAfter=6.5, allowWidows=0, allowOrphans=0, splitLongWords=1
        )
        self.heading = style("heading", 9.5, 13.5, fontName=fonts.bold, spaceBefore=3, spaceAfter=1)
        self.plain = style("plain", 9.5, 13.5)
        self.signer = style("signer", 9.5, 12.5)
        self.meta_label = style("meta_label", 9.5, 13.5, textColor=GREY)
        self.meta_value = style("meta_value", 9.5, 13.5)
        self.subject = style("subject", 9.5, 13.5, fontName=fonts.bold)
        self.address = style("address", 10, 13.5)
        self.return_address = style("return_address", 6.5, 8, textColor=GREY, spaceAfter=2)
        self.registered = style("registered", 9, 11, fontName=fonts.bold, spaceAfter=3)
        self.head_name = style("head_name", 10, 12.5, fontName=fonts.bold)
        self.head_line = style("head_line", 8.5, 11, textColor=GREY)
        self.small = style("small", 9, 12)
        self.note = style("note", 8.5, 11.5, leftIndent=3 * mm)


def markup(text: str, fonts: FontFamily) -> str:
    """Paragraph markup for plain text: escaped, printable, line breaks kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    lines = [escape(printable(line, fonts)).strip() for line in text.split("\n")]
    return "<br/>".join(lines)


def build_pdf(letter: LetterText, request: LetterRequest, *, draft: bool = False) -> bytes:
    fonts = register_fonts()
    styles = _Styles(fonts)
    logo = _logo(request.letterhead.logo_png)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=letter.title,
        author=request.letterhead.foundation_name,
        subject=letter.title,
        creator="SKOT Dossier",
        keywords=[],
        lang="nl-NL",
        invariant=1,
        initialFontName=fonts.regular,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=BODY_TOP_LATER,
        bottomMargin=BODY_BOTTOM,
    )
    first = Frame(
        LEFT,
        BODY_BOTTOM,
        TEXT_WIDTH,
        PAGE_HEIGHT - BODY_TOP_FIRST - BODY_BOTTOM,
        id="first",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    later = Frame(
        LEFT,
        BODY_BOTTOM,
        TEXT_WIDTH,
        PAGE_HEIGHT - BODY_TOP_LATER - BODY_BOTTOM,
        id="later",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def first_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if draft:
            _watermark(canvas, fonts)
        _letterhead(canvas, request, styles, fonts, logo)
        _address_block(canvas, letter, request, styles, fonts)

    def later_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if draft:
            _watermark(canvas, fonts)
        _running_head(canvas, request, fonts)

    doc.addPageTemplates(
        [
            PageTemplate("first", [first], onPage=first_page, autoNextPageTemplate="later"),
            PageTemplate("later", [later], onPage=later_page),
        ]
    )
    story = _story(letter, request, styles, fonts, draft=draft)
    doc.build(story, canvasmaker=_numbered_canvas(request.audit_anchor, fonts))
    return buffer.getvalue()


def _story(
    letter: LetterText,
    request: LetterRequest,
    styles: _Styles,
    fonts: FontFamily,
    *,
    draft: bool,
) -> list[Flowable]:
    def para(text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(markup(text, fonts), style)

    story: list[Flowable] = [
        para(
            ", ".join(filter(None, (request.letterhead.place, dutch_date(request.date)))),
            styles.plain,
        ),
        Spacer(1, 5 * mm),
        _meta_table(letter, request, styles, fonts),
        Spacer(1, 8 * mm),
    ]
    # Units are kept together on one page: the salutation with the first paragraph,
    # the clause heading with the clause's first paragraph, and the last unit with
    # the signature, enclosures and copies, so none of them stands alone on a page.
    units: list[list[Flowable]] = [[para(letter.salutation, styles.body)]]
    units += [[para(p, styles.body)] for p in letter.paragraphs if p.strip()]
    clause = [para(p, styles.body) for p in letter.clause if p.strip()]
    if clause:
        if letter.clause_heading.strip():
            units.append([Spacer(1, 1 * mm), para(letter.clause_heading, styles.heading)])
        units += [[p] for p in clause]
    units = _join_leaders(units)
    ending = [*units.pop(), *_signature(letter, request, styles, fonts)]
    ending += _listing("Bijlage", "Bijlagen", letter.enclosures, styles, fonts)
    ending += _listing("Afschrift aan", "Afschrift aan", letter.cc, styles, fonts)
    story += [unit[0] if len(unit) == 1 else KeepTogether(unit) for unit in units]
    story.append(KeepTogether(ending))
    if draft and letter.to_verify:
        story.append(_verify_box(letter.to_verify, styles, fonts))
    return story


def _join_leaders(units: list[list[Flowable]]) -> list[list[Flowable]]:
    """Merge the salutation and each heading into the unit that follows it."""
    joined: list[list[Flowable]] = []
    carry: list[Flowable] = []
    for index, unit in enumerate(units):
        leader = index == 0 or (len(unit) == 2 and isinstance(unit[0], Spacer))
        if leader and index < len(units) - 1:
            carry += unit
            continue
        joined.append([*carry, *unit])
        carry = []
    return joined


def _meta_table(
    letter: LetterText, request: LetterRequest, styles: _Styles, fonts: FontFamily
) -> Table:
    rows = [
        [
            Paragraph("Ons kenmerk:", styles.meta_label),
            Paragraph(markup(request.reference, fonts), styles.meta_value),
        ],
        [
            Paragraph("Betreft:", styles.meta_label),
            Paragraph(markup(letter.subject, fonts), styles.subject),
        ],
    ]
    table = Table(rows, colWidths=[28 * mm, TEXT_WIDTH - 28 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _signature(
    letter: LetterText, request: LetterRequest, styles: _Styles, fonts: FontFamily
) -> list[Flowable]:
    signer = request.signer
    lines: list[Flowable] = [
        Spacer(1, 2 * mm),
        Paragraph(markup(letter.closing, fonts), styles.plain),
        Spacer(1, 16 * mm),
        Paragraph(markup(signer.name, fonts), styles.signer),
    ]
    for extra in (signer.role, signer.mandate):
        if extra.strip():
            lines.append(Paragraph(markup(extra, fonts), styles.signer))
    return lines


def _listing(
    singular: str,
    plural: str,
    items: Sequence[str],
    styles: _Styles,
    fonts: FontFamily,
) -> list[Flowable]:
    items = [i for i in items if i.strip()]
    if not items:
        return []
    if len(items) == 1:
        text = f"{escape(singular)}: {markup(items[0], fonts)}"
    else:
        entries = "<br/>".join(f"–&nbsp;{markup(i, fonts)}" for i in items)
        text = f"{escape(plural)}:<br/>{entries}"
    return [Spacer(1, 6 * mm), Paragraph(text, styles.small)]


def _verify_box(notes: Sequence[str], styles: _Styles, fonts: FontFamily) -> Flowable:
    items = [n.removeprefix("Te verifiëren:").strip() for n in notes]
    text = "<b>Concept – te verifiëren vóór verzending:</b><br/>" + "<br/>".join(
        f"–&nbsp;{markup(n, fonts)}" for n in items
    )
    box = Table([[Paragraph(text, styles.note)]], colWidths=[TEXT_WIDTH])
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#B00020")),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF4F4")),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return KeepTogether([Spacer(1, 8 * mm), box])


def _logo(data: bytes | None) -> Image | None:
    if not data:
        return None
    try:
        image = Image(io.BytesIO(data))
        width, height = image.imageWidth, image.imageHeight
    except Exception as exc:  # PIL and reportlab raise many types for bad images
        raise LetterError("letter_logo_unreadable") from exc
    if width <= 0 or height <= 0:
        raise LetterError("letter_logo_empty")
    scale = min(LOGO_BOX[0] / width, LOGO_BOX[1] / height)
    image.drawWidth, image.drawHeight = width * scale, height * scale
    image.hAlign = "LEFT"
    return image


def _letterhead(
    canvas: Canvas,
    request: LetterRequest,
    styles: _Styles,
    fonts: FontFamily,
    logo: Image | None,
) -> None:
    head = request.letterhead
    content: list[Flowable] = []
    if logo is not None:
        content += [logo, Spacer(1, 4 * mm)]

    def block(name: str, lines: Sequence[str]) -> None:
        if name.strip():
            content.append(Paragraph(markup(name, fonts), styles.head_name))
        content.extend(Paragraph(markup(line, fonts), styles.head_line) for line in lines)

    block(head.foundation_name, head.foundation_address_lines)
    content.append(Spacer(1, 3 * mm))
    block(head.school_name, head.school_address_lines)
    contact = [
        f"{label} {value}"
        for label, value in (("T", head.phone), ("E", head.email), ("W", head.website))
        if value.strip()
    ]
    if contact:
        content.append(Spacer(1, 2 * mm))
        content.extend(Paragraph(markup(line, fonts), styles.head_line) for line in contact)
    width = PAGE_WIDTH - RIGHT - LETTERHEAD_X
    _draw_box(canvas, content, LETTERHEAD_X, LETTERHEAD_TOP, width, LETTERHEAD_HEIGHT)


def _address_block(
    canvas: Canvas,
    letter: LetterText,
    request: LetterRequest,
    styles: _Styles,
    fonts: FontFamily,
) -> None:
    head = request.letterhead
    content: list[Flowable] = []
    if head.foundation_address_lines:
        sender = "Retouradres: " + ", ".join(head.foundation_address_lines)
        content.append(Paragraph(markup(sender, fonts), styles.return_address))
    if letter.registered_post:
        content.append(Paragraph("Aangetekend", styles.registered))
    lines = [request.recipient.name, *request.recipient.address_lines]
    content.append(Paragraph(markup("\n".join(lines), fonts), styles.address))
    width, height = WINDOW_SIZE
    _draw_box(canvas, content, LEFT, WINDOW_TOP - 8 * mm, width, height + 8 * mm)


def _draw_box(
    canvas: Canvas, content: list[Flowable], x: float, top: float, width: float, height: float
) -> None:
    """Draw flowables into a fixed box (from the top edge), shrinking them if they overflow."""
    frame = Frame(
        x,
        PAGE_HEIGHT - top - height,
        width,
        height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    frame.addFromList([KeepInFrame(width, height, content, mode="shrink")], canvas)


def _running_head(canvas: Canvas, request: LetterRequest, fonts: FontFamily) -> None:
    canvas.saveState()
    canvas.setFont(fonts.regular, 8)
    canvas.setFillColor(GREY)
    text = printable(
        f"{request.letterhead.foundation_name} · Ons kenmerk: {request.reference}", fonts
    )
    canvas.drawString(LEFT, PAGE_HEIGHT - 14 * mm, text)
    canvas.restoreState()


def _watermark(canvas: Canvas, fonts: FontFamily) -> None:
    canvas.saveState()
    canvas.setFont(fonts.bold, 96)
    canvas.setFillColor(colors.Color(0.9, 0.9, 0.9))
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(50)
    canvas.drawCentredString(0, -30, "CONCEPT")
    canvas.restoreState()


def _numbered_canvas(anchor: str, fonts: FontFamily) -> Callable[..., Canvas]:
    """A canvas that holds pages back until the end so each footer knows the page count."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            self.saveState()
            self.setStrokeColor(LIGHT)
            self.setLineWidth(0.4)
            self.line(LEFT, FOOTER_Y + 5 * mm, PAGE_WIDTH - RIGHT, FOOTER_Y + 5 * mm)
            self.setFillColor(GREY)
            if anchor.strip():
                text = printable(f"Controlegetal: {anchor}", fonts)
                size = 6.5  # shrink an unusually long anchor rather than overprint the page number
                while (
                    size > 4 and self.stringWidth(text, fonts.regular, size) > TEXT_WIDTH - 35 * mm
                ):
                    size -= 0.5
                self.setFont(fonts.regular, size)
                self.drawString(LEFT, FOOTER_Y, text)
            self.setFont(fonts.regular, 8)
            self.drawRightString(PAGE_WIDTH - RIGHT, FOOTER_Y, f"Pagina {number} van {total}")
            self.restoreState()

    return NumberedCanvas
