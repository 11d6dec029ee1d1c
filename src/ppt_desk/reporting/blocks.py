"""Building blocks shared by the documents, laid out the way Indonesian official letters
are: the kop surat closed by a thick and a thin rule, "Label : value" rows, numbered lists
and a boxed note.  User text always goes through :func:`markup` (escaped)."""
from __future__ import annotations

from collections.abc import Iterable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ..services.dto import Letterhead
from .page import FRAME_WIDTH
from .styles import Styles, plain

BLANK_FIELD = "." * 40  # a value to be written in by hand


def markup(text: str) -> str:
    """User text as paragraph markup: escaped, line breaks kept."""
    return escape(text.strip()).replace("\n", "<br/>")


def fitted(text: str, style: ParagraphStyle, width: float, smallest: float) -> ParagraphStyle:
    """``style`` shrunk (down to ``smallest`` pt) so that ``text`` fits on one line."""
    size = style.fontSize
    while size > smallest and pdfmetrics.stringWidth(text, style.fontName, size) > width:
        size -= 0.5
    if size == style.fontSize:
        return style
    return ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size,
                          leading=style.leading * size / style.fontSize)


class DoubleRule(Flowable):
    """The kop surat's closing rule: a thick line over a thin one."""

    def __init__(self, thick: float = 2.4, thin: float = 0.75, gap: float = 1.5) -> None:
        super().__init__()
        self.thick, self.thin, self.gap = thick, thin, gap
        self.width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.thick + self.gap + self.thin

    def draw(self) -> None:
        c = self.canv
        top = self.thick + self.gap + self.thin
        c.setStrokeColor(colors.black)
        c.setLineWidth(self.thick)
        c.line(0, top - self.thick / 2, self.width, top - self.thick / 2)
        c.setLineWidth(self.thin)
        c.line(0, self.thin / 2, self.width, self.thin / 2)


def letterhead(head: Letterhead, st: Styles) -> list[Flowable]:
    """The kop surat: parent bodies, the office, its address and contacts, the double rule."""
    parts: list[Flowable] = []
    for line in head.parent_lines:
        if line.strip():
            text = line.strip().upper()
            parts.append(Paragraph(markup(text), fitted(text, st.kop_parent, FRAME_WIDTH, 9.5)))
    if head.office_name.strip():
        text = head.office_name.strip().upper()
        parts.append(Paragraph(markup(text), fitted(text, st.kop_name, FRAME_WIDTH, 11)))
    reach = []
    if head.phone.strip():
        reach.append(f"Telp. {head.phone.strip()}")
    if head.email.strip():
        reach.append(f"Email: {head.email.strip()}")
    lines = [", ".join(part for part in (head.address.strip(), ", ".join(reach)) if part)]
    if lines[0] and pdfmetrics.stringWidth(lines[0], st.kop_contact.fontName,
                                           st.kop_contact.fontSize) > FRAME_WIDTH:
        lines = [head.address.strip(), ", ".join(reach)]
    lines = [line for line in lines if line]
    if lines:
        parts.append(Spacer(1, 1.5))
        parts.append(Paragraph("<br/>".join(markup(line) for line in lines), st.kop_contact))
    parts += [Spacer(1, 4), DoubleRule(), Spacer(1, 12)]
    return parts


def fields(rows: Iterable[tuple[str, str]], st: Styles, *, indent: float = 0.0,
           label_width: float = 4.2 * cm) -> Table | None:
    """"Label : value" rows, the way identity data is laid out in Indonesian letters."""
    data = [[Paragraph(markup(label), st.left), ":", Paragraph(markup(value) or "-", st.left)]
            for label, value in rows if label.strip() or value.strip()]
    if not data:
        return None
    widths = [label_width, 0.45 * cm, FRAME_WIDTH - indent - label_width - 0.45 * cm]
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(plain()))
    if indent:
        table = Table([["", table]], colWidths=[indent, FRAME_WIDTH - indent], hAlign="LEFT",
                      style=TableStyle(plain() + [("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def numbered(items: Iterable[str], st: Styles, *, indent: float = 0.0,
             style: ParagraphStyle | None = None) -> Table | None:
    """A numbered list of the non-blank ``items``; None when there are none."""
    style = style or st.left
    data = [[Paragraph(f"{i}.", style), Paragraph(markup(item), style)]
            for i, item in enumerate((it for it in items if it.strip()), start=1)]
    if not data:
        return None
    number = 0.75 * cm
    table = Table(data, colWidths=[indent + number, FRAME_WIDTH - indent - number],
                  hAlign="LEFT")
    table.setStyle(TableStyle(plain() + [("LEFTPADDING", (0, 0), (0, -1), indent)]))
    return table


def boxed(text_markup: str, st: Styles) -> Table:
    """A note in a grey box across the text column."""
    table = Table([[Paragraph(text_markup, st.note)]], colWidths=[FRAME_WIDTH], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st.fonts.regular, 10.5),
        ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
        ("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.94, 0.94, 0.94)),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table
