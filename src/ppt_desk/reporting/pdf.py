"""The surat rujukan and the berita acara serah terima as A4 PDFs (reportlab platypus).

Layout follows Indonesian official correspondence: a kop surat with a thick and a thin
rule, Nomor / Lampiran / Perihal, "Kepada Yth.", signature blocks with room for a
signature and the office stamp, and a confidentiality footer with page numbers.

Files are written atomically: a temp file (random name, no personal data) in the target
folder, fsync, then ``os.replace``.  A failed write (a full USB stick) removes the temp
file and leaves ``path`` as it was.
"""
from __future__ import annotations

import functools
import os
import re
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ..paths import RESOURCES
from ..services.dto import HandoverMinutesData, Letterhead, ReferralLetterData, Signatory
from ..domain.words import tanggal, tanggal_terbilang

PAGE = A4
LEFT_MARGIN = 2.5 * cm
RIGHT_MARGIN = 2 * cm
TOP_MARGIN = 2 * cm
BOTTOM_MARGIN = 2.2 * cm  # the footer sits inside it
FRAME_PADDING = 6  # SimpleDocTemplate's frame pads its text by 6 pt on every side
FRAME_WIDTH = PAGE[0] - LEFT_MARGIN - RIGHT_MARGIN  # the text column, padding excluded

CONFIDENTIAL = "RAHASIA \u2014 hanya untuk keperluan layanan korban"
BLANK_NAME = "(" + "." * 30 + ")"
BLANK_FIELD = "." * 40
SIGNATURE_SPACE = 2.1 * cm  # room to sign and stamp
SHORT_TABLE = 8  # rows kept on one page with their heading
_ID_KIND = re.compile(r"(NIP|NIK|NRP|NIPPPK)\b", re.IGNORECASE)


# -- fonts ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Fonts:
    regular: str
    bold: str
    italic: str
    bold_italic: str
    sans: str
    sans_bold: str


_FONT_DIRS = (
    RESOURCES / "fonts",  # shipped with the app: the same letters on every laptop
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".local" / "share" / "fonts",
    Path.home() / ".fonts",
    Path("/Library/Fonts"),
    Path.home() / "Library" / "Fonts",
    Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts",
)

# Registered name -> file names to try, best first.  resources/fonts has every face; a system
# copy may lack the serif italic (fonts-dejavu-core), then the condensed italic or, failing
# that, the upright face is used.
_WANTED = {
    "regular": ("PPTDesk-Serif", ("DejaVuSerif.ttf",)),
    "bold": ("PPTDesk-Serif-Bold", ("DejaVuSerif-Bold.ttf",)),
    "italic": ("PPTDesk-Serif-Italic", ("DejaVuSerif-Italic.ttf",
                                        "DejaVuSerifCondensed-Italic.ttf")),
    "bold_italic": ("PPTDesk-Serif-BoldItalic", ("DejaVuSerif-BoldItalic.ttf",
                                                 "DejaVuSerifCondensed-BoldItalic.ttf")),
    "sans": ("PPTDesk-Sans", ("DejaVuSans.ttf",)),
    "sans_bold": ("PPTDesk-Sans-Bold", ("DejaVuSans-Bold.ttf",)),
}
_BUILTIN = _Fonts("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic",
                  "Helvetica", "Helvetica-Bold")


def _font_files(folders: Iterable[Path]) -> dict[str, Path]:
    """DejaVu font files found under ``folders`` (first hit per file name)."""
    found: dict[str, Path] = {}
    for folder in folders:
        try:
            if not folder.is_dir():
                continue
            for root, _dirs, files in os.walk(folder, onerror=lambda _e: None):
                for name in files:
                    if name.startswith("DejaVu") and name.endswith(".ttf"):
                        found.setdefault(name, Path(root) / name)
        except OSError:
            continue
    return found


def _register(name: str, candidates: Sequence[str], files: dict[str, Path]) -> str | None:
    if name in pdfmetrics.getRegisteredFontNames():
        return name
    for candidate in candidates:
        path = files.get(candidate)
        if path is None:
            continue
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
            return name
        except Exception:  # noqa: BLE001 - a broken font file must never stop a print
            continue
    return None


@functools.cache
def _fonts() -> _Fonts:
    """DejaVu Serif/Sans, embedded, so any Unicode in a name prints; else the PDF base-14
    fonts.  Never raises."""
    try:
        files = _font_files(_FONT_DIRS)
        got = {key: _register(name, candidates, files)
               for key, (name, candidates) in _WANTED.items()}
        if got["regular"] is None or got["bold"] is None:
            return _BUILTIN
        fonts = _Fonts(
            regular=got["regular"], bold=got["bold"],
            italic=got["italic"] or got["regular"],
            bold_italic=got["bold_italic"] or got["bold"],
            sans=got["sans"] or _BUILTIN.sans,
            sans_bold=got["sans_bold"] or got["sans"] or _BUILTIN.sans_bold,
        )
        pdfmetrics.registerFontFamily(fonts.regular, normal=fonts.regular, bold=fonts.bold,
                                      italic=fonts.italic, boldItalic=fonts.bold_italic)
        return fonts
    except Exception:  # noqa: BLE001
        return _BUILTIN


# -- styles and small building blocks ------------------------------------------------------
@dataclass(frozen=True)
class _Styles:
    fonts: _Fonts
    body: ParagraphStyle
    left: ParagraphStyle
    right: ParagraphStyle
    center: ParagraphStyle
    heading: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    sign: ParagraphStyle
    title: ParagraphStyle
    kop_parent: ParagraphStyle
    kop_name: ParagraphStyle
    kop_contact: ParagraphStyle


def _styles() -> _Styles:
    f = _fonts()
    body = ParagraphStyle("body", fontName=f.regular, fontSize=11, leading=15.5,
                          alignment=TA_JUSTIFY, spaceAfter=4)
    left = ParagraphStyle("left", parent=body, alignment=TA_LEFT, spaceAfter=0)
    return _Styles(
        fonts=f,
        body=body,
        left=left,
        right=ParagraphStyle("right", parent=left, alignment=TA_RIGHT),
        center=ParagraphStyle("center", parent=left, alignment=TA_CENTER),
        heading=ParagraphStyle("heading", parent=left, fontName=f.bold, spaceBefore=7,
                               spaceAfter=2, keepWithNext=1),
        small=ParagraphStyle("small", parent=left, fontName=f.italic, fontSize=9.5,
                             leading=12.5, spaceBefore=2, spaceAfter=4),
        note=ParagraphStyle("note", parent=left, fontSize=10, leading=13.5),
        cell=ParagraphStyle("cell", parent=left, fontSize=10.5, leading=14),
        cell_bold=ParagraphStyle("cell_bold", parent=left, fontName=f.bold, fontSize=10.5,
                                 leading=14, alignment=TA_CENTER),
        sign=ParagraphStyle("sign", parent=left, alignment=TA_CENTER, leading=14.5),
        title=ParagraphStyle("title", parent=left, fontName=f.bold, fontSize=12.5,
                             leading=16, alignment=TA_CENTER),
        kop_parent=ParagraphStyle("kop_parent", parent=left, fontName=f.bold, fontSize=12.5,
                                  leading=15.5, alignment=TA_CENTER),
        kop_name=ParagraphStyle("kop_name", parent=left, fontName=f.bold, fontSize=15,
                                leading=19, alignment=TA_CENTER),
        kop_contact=ParagraphStyle("kop_contact", parent=left, fontSize=9, leading=11.5,
                                   alignment=TA_CENTER),
    )


def _x(text: str) -> str:
    """User text as paragraph markup: escaped, line breaks kept."""
    return escape(text.strip()).replace("\n", "<br/>")


def _fitted(text: str, style: ParagraphStyle, width: float, smallest: float) -> ParagraphStyle:
    """``style`` shrunk (down to ``smallest`` pt) so that ``text`` fits on one line."""
    size = style.fontSize
    while size > smallest and pdfmetrics.stringWidth(text, style.fontName, size) > width:
        size -= 0.5
    if size == style.fontSize:
        return style
    return ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size,
                          leading=style.leading * size / style.fontSize)


class _DoubleRule(Flowable):
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


def _plain() -> list[tuple]:
    """A borderless layout table; string cells in the body font (not Helvetica)."""
    return [
        ("FONT", (0, 0), (-1, -1), _fonts().regular, 11, 15.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]


def _letterhead(head: Letterhead, st: _Styles) -> list[Flowable]:
    parts: list[Flowable] = []
    for line in head.parent_lines:
        if line.strip():
            text = line.strip().upper()
            parts.append(Paragraph(_x(text), _fitted(text, st.kop_parent, FRAME_WIDTH, 9.5)))
    if head.office_name.strip():
        text = head.office_name.strip().upper()
        parts.append(Paragraph(_x(text), _fitted(text, st.kop_name, FRAME_WIDTH, 11)))
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
        parts.append(Paragraph("<br/>".join(_x(line) for line in lines), st.kop_contact))
    parts += [Spacer(1, 4), _DoubleRule(), Spacer(1, 12)]
    return parts


def _fields(rows: Iterable[tuple[str, str]], st: _Styles, *, indent: float = 0.0,
            label_width: float = 4.2 * cm) -> Table | None:
    """"Label : value" rows, the way identity data is laid out in Indonesian letters."""
    data = [[Paragraph(_x(label), st.left), ":", Paragraph(_x(value) or "-", st.left)]
            for label, value in rows if label.strip() or value.strip()]
    if not data:
        return None
    widths = [label_width, 0.45 * cm, FRAME_WIDTH - indent - label_width - 0.45 * cm]
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(_plain()))
    if indent:
        table = Table([["", table]], colWidths=[indent, FRAME_WIDTH - indent], hAlign="LEFT",
                      style=TableStyle(_plain() + [("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _numbered(items: Iterable[str], st: _Styles, *, indent: float = 0.0,
              style: ParagraphStyle | None = None) -> Table | None:
    style = style or st.left
    data = [[Paragraph(f"{i}.", style), Paragraph(_x(item), style)]
            for i, item in enumerate((it for it in items if it.strip()), start=1)]
    if not data:
        return None
    number = 0.75 * cm
    table = Table(data, colWidths=[indent + number, FRAME_WIDTH - indent - number],
                  hAlign="LEFT")
    table.setStyle(TableStyle(_plain() + [("LEFTPADDING", (0, 0), (0, -1), indent)]))
    return table


def _id_line(id_number: str) -> str:
    """"NIP. 1978..." unless the number already names its kind ("NIK 5371...", "NRP. 8504...")."""
    value = id_number.strip()
    if _ID_KIND.match(value):
        return value
    return f"NIP. {value}"


@dataclass(frozen=True)
class _SignatureBlock:
    """A signature block in two parts, so that names line up across columns even when one
    caption runs to more lines than another."""

    above: list[Flowable]  # header and caption; the room to sign follows
    below: list[Flowable]  # name (or a dotted line), position, NIP


def _signature(sig: Signatory, st: _Styles, header: str = "",
               default_caption: str = "") -> _SignatureBlock:
    """Caption, room to sign and stamp, the name (or a dotted line to write it), position
    and NIP, centred in their column."""
    above: list[Flowable] = []
    if header:
        above.append(Paragraph(f"<b>{_x(header)}</b>", st.sign))
    caption = sig.caption.strip() or default_caption
    if caption:
        above.append(Paragraph(_x(caption), st.sign))
    below: list[Flowable] = []
    if sig.name.strip():
        below.append(Paragraph(f"<b><u>{_x(sig.name)}</u></b>", st.sign))
    else:
        below.append(Paragraph(BLANK_NAME, st.sign))
    shown = caption.lower()
    for extra in (sig.position, sig.institution):
        extra = extra.strip()
        if extra and extra.lower() not in shown:
            below.append(Paragraph(_x(extra), st.sign))
            shown += " " + extra.lower()
    if sig.id_number.strip():
        below.append(Paragraph(_x(_id_line(sig.id_number)), st.sign))
    return _SignatureBlock(above, below)


def _signature_row(blocks: Sequence[_SignatureBlock], *, right_align_single: bool = True
                   ) -> Table:
    """Signature blocks side by side, names on one line; a single block sits in the right
    half.  The row never splits across pages."""
    if len(blocks) == 1 and right_align_single:
        cells = [["", blocks[0].above], ["", blocks[0].below]]
        widths = [FRAME_WIDTH / 2, FRAME_WIDTH / 2]
    else:
        n = max(1, len(blocks))
        cells = [[b.above for b in blocks], [b.below for b in blocks]]
        widths = [FRAME_WIDTH / n] * n
    table = Table(cells, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(_plain() + [
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, 0), SIGNATURE_SPACE),
        ("NOSPLIT", (0, 0), (-1, -1)),
    ]))
    return table


def _signature_rows(blocks: Sequence[_SignatureBlock], per_row: int = 3,
                    right_align_single: bool = True) -> list[Flowable]:
    if not blocks:
        return []
    per_row = 2 if len(blocks) == 4 else per_row
    rows: list[Flowable] = []
    for start in range(0, len(blocks), per_row):
        if rows:
            rows.append(Spacer(1, 10))
        chunk = blocks[start:start + per_row]
        single_right = right_align_single and len(blocks) == 1
        rows.append(_signature_row(chunk, right_align_single=single_right))
    return rows


def _boxed(text_markup: str, st: _Styles) -> Table:
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


# -- page furniture and atomic writing -------------------------------------------------------
def _canvas_maker(fonts: _Fonts) -> type[rl_canvas.Canvas]:
    """A canvas that draws the confidentiality footer and "Halaman X dari Y" once the page
    count is known."""

    class _FooterCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs) -> None:
            kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.regular
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

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
            width = PAGE[0]
            y = 1.15 * cm
            self.saveState()
            self.setStrokeColor(colors.Color(0.35, 0.35, 0.35))
            self.setLineWidth(0.5)
            self.line(LEFT_MARGIN, y + 10, width - RIGHT_MARGIN, y + 10)
            self.setFillColor(colors.Color(0.2, 0.2, 0.2))
            self.setFont(fonts.sans_bold, 7.5)
            self.drawString(LEFT_MARGIN, y, CONFIDENTIAL)
            self.setFont(fonts.sans, 7.5)
            self.drawRightString(width - RIGHT_MARGIN, y,
                                 f"Halaman {self._pageNumber} dari {total}")
            self.restoreState()

    return _FooterCanvas


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # the file itself is complete and in place
    finally:
        os.close(fd)


def _write_atomically(path: Path, render: Callable[[BinaryIO], None]) -> None:
    """Render into a temp file beside ``path`` and move it into place; on any failure the
    temp file is removed and ``path`` is untouched."""
    path = Path(path)
    tmp = path.parent / f".ppt-desk-{secrets.token_hex(8)}.pdf.tmp"
    try:
        with open(tmp, "xb") as handle:
            render(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass  # report the original error, not the clean-up's
        raise
    _fsync_dir(path.parent)


def _build(path: Path, story: list[Flowable], title: str, author: str) -> None:
    st_fonts = _fonts()

    def render(handle: BinaryIO) -> None:
        doc = SimpleDocTemplate(
            handle, pagesize=PAGE, leftMargin=LEFT_MARGIN - FRAME_PADDING,
            rightMargin=RIGHT_MARGIN - FRAME_PADDING, topMargin=TOP_MARGIN - FRAME_PADDING,
            bottomMargin=BOTTOM_MARGIN - FRAME_PADDING, title=title, author=author,
            subject="", creator="ppt-desk", keywords="", pageCompression=1,
            initialFontName=st_fonts.regular)  # no unembedded Helvetica in the file
        doc.build(story, canvasmaker=_canvas_maker(st_fonts))

    _write_atomically(path, render)


# -- surat rujukan ------------------------------------------------------------------------
def _referral_story(data: ReferralLetterData, st: _Styles) -> list[Flowable]:
    story = _letterhead(data.letterhead, st)
    city = data.letterhead.city.strip()
    dated = f"{city}, {tanggal(data.issued_on)}" if city else tanggal(data.issued_on)
    story.append(Paragraph(_x(dated), st.right))
    story.append(Spacer(1, 6))

    attachments = f"{len(data.documents)} berkas" if data.documents else "-"
    head = Table(
        [["Nomor", ":", Paragraph(_x(data.number) or BLANK_FIELD, st.left)],
         ["Lampiran", ":", Paragraph(attachments, st.left)],
         ["Perihal", ":", Paragraph(f"<b>{_x(data.subject)}</b>", st.left)]],
        colWidths=[2.3 * cm, 0.45 * cm, FRAME_WIDTH * 0.62], hAlign="LEFT")
    head.setStyle(TableStyle(_plain()))
    story += [head, Spacer(1, 14)]

    story.append(Paragraph("Kepada Yth.", st.left))
    if data.to_institution.strip():
        story.append(Paragraph(f"<b>{_x(data.to_institution)}</b>", st.left))
    if data.to_address.strip():
        story.append(Paragraph(_x(data.to_address), st.left))
    story.append(Paragraph("di Tempat", st.left))
    story.append(Spacer(1, 14))

    story.append(Paragraph("Dengan hormat,", st.body))
    story.append(Paragraph(
        "Bersama ini kami merujuk korban tindak pidana perdagangan orang (TPPO) yang kami "
        "tangani untuk mendapatkan layanan berikut:", st.body))
    services = _numbered(data.services, st, indent=0.2 * cm)
    if services is not None:
        story.append(services)

    if data.need.strip():
        story.append(Paragraph("Kebutuhan / alasan rujukan:", st.heading))
        story.append(Paragraph(_x(data.need), st.body))
    identity = _fields(data.identity, st, indent=0.2 * cm)
    if identity is not None:
        story.append(Paragraph("Identitas korban:", st.heading))
        story.append(identity)
    if data.case_summary.strip():
        story.append(Paragraph("Ringkasan kasus:", st.heading))
        story.append(Paragraph(_x(data.case_summary), st.body))
    if data.health.strip():
        story.append(Paragraph("Informasi kesehatan:", st.heading))
        story.append(Paragraph(_x(data.health), st.body))
    documents = _numbered(data.documents, st, indent=0.2 * cm)
    if documents is not None:
        story.append(Paragraph("Dokumen yang dilampirkan:", st.heading))
        story.append(documents)

    story.append(Spacer(1, 6))
    if data.case_management.strip():
        story.append(Paragraph(_x(data.case_management), st.body))
    if data.consent_note.strip():
        story.append(Paragraph(_x(data.consent_note), st.small))
    withheld = [w.strip() for w in data.withheld if w.strip()]
    if withheld:
        story.append(Spacer(1, 3))
        story.append(_boxed(
            "<b>Data berikut tidak disertakan karena tidak tercakup persetujuan korban:</b> "
            f"{_x(', '.join(withheld))}. Bila data tersebut diperlukan, mohon menghubungi "
            "narahubung di bawah; data hanya dapat diberikan dengan persetujuan korban.", st))
        story.append(Spacer(1, 5))
    if data.contact.strip():
        story.append(Paragraph(f"Narahubung: {_x(data.contact)}", st.body))

    closing = Paragraph(
        "Demikian surat rujukan ini kami sampaikan. Atas perhatian dan kerja sama "
        "Bapak/Ibu, kami ucapkan terima kasih.", st.body)
    blocks = [_signature(sig, st) for sig in data.signatories]
    tail: list[Flowable] = [Spacer(1, 4), closing, Spacer(1, 12)]
    tail += _signature_rows(blocks)
    story.append(KeepTogether(tail))

    copies = _numbered(data.copies_to, st, style=st.note)
    if copies is not None:
        story.append(Spacer(1, 12))
        story.append(KeepTogether([Paragraph("<u>Tembusan:</u>", st.note), copies]))
    return story


def referral_letter(data: ReferralLetterData, path: Path) -> None:
    """Write the surat rujukan for ``data`` to ``path`` (A4 PDF, atomically)."""
    st = _styles()
    _build(Path(path), _referral_story(data, st), "Surat Rujukan",
           data.letterhead.office_name)


# -- berita acara serah terima ------------------------------------------------------------
def _party(number: int, sig: Signatory, role: str, st: _Styles) -> Table:
    relation = "Jabatan" if sig.institution.strip() or not sig.position.strip() else "Hubungan"
    rows: list[tuple[str, str]] = [("Nama", sig.name.strip() or BLANK_FIELD),
                                   (relation, sig.position.strip() or BLANK_FIELD)]
    if sig.institution.strip():
        rows.append(("Instansi", sig.institution.strip()))
    if sig.id_number.strip():
        kind, _, rest = _id_line(sig.id_number).partition(" ")
        rows.append((kind.rstrip(".:"), rest.lstrip(".: ")))
    data = [[Paragraph(f"{number}." if i == 0 else "", st.left), Paragraph(_x(label), st.left),
             ":", Paragraph(_x(value), st.left)] for i, (label, value) in enumerate(rows)]
    data.append(["", Paragraph(f"selanjutnya disebut <b>{role}</b>.", st.left), "", ""])
    widths = [0.75 * cm, 2.6 * cm, 0.45 * cm, FRAME_WIDTH - 3.8 * cm]
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(_plain() + [
        ("SPAN", (1, len(rows)), (3, len(rows))),
        ("TOPPADDING", (0, len(rows)), (-1, len(rows)), 2),
    ]))
    return table


def _items_table(items: Sequence[tuple[str, str]], st: _Styles) -> Table:
    data: list[list] = [[Paragraph("No", st.cell_bold), Paragraph("Uraian", st.cell_bold),
                         Paragraph("Keterangan", st.cell_bold)]]
    for i, (what, note) in enumerate(items, start=1):
        data.append([Paragraph(f"{i}.", ParagraphStyle("n", parent=st.cell,
                                                       alignment=TA_CENTER)),
                     Paragraph(_x(what), st.cell), Paragraph(_x(note) or "-", st.cell)])
    widths = [1.1 * cm, FRAME_WIDTH * 0.6 - 1.1 * cm, FRAME_WIDTH * 0.4]
    table = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st.fonts.regular, 10.5),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]))
    return table


def _party_signature(sig: Signatory, role: str, default_caption: str,
                     st: _Styles) -> _SignatureBlock:
    """A party's signature block under its role in bold ("PIHAK KEDUA"), with the caption
    ("Yang menerima,") below; a caption that already names the role becomes the header."""
    caption = sig.caption.strip()
    if caption.strip(" ,.:").upper() == role:
        caption = ""
    elif role.lower() in caption.lower():
        return _signature(replace(sig, caption=""), st, caption)
    return _signature(replace(sig, caption=caption), st, role, default_caption)


def _handover_story(data: HandoverMinutesData, st: _Styles) -> list[Flowable]:
    story = _letterhead(data.letterhead, st)
    title = ("BERITA ACARA SERAH TERIMA JENAZAH" if data.remains
             else "BERITA ACARA SERAH TERIMA KORBAN")
    story.append(Paragraph(f"<u>{title}</u>", st.title))
    story.append(Paragraph(f"Nomor: {_x(data.number) or BLANK_FIELD}", st.center))
    story.append(Spacer(1, 14))

    place = data.place.strip() or BLANK_FIELD
    story.append(Paragraph(
        f"Pada hari ini, {tanggal_terbilang(data.held_on)} ({tanggal(data.held_on)}), "
        f"bertempat di {_x(place)}, kami yang bertanda tangan di bawah ini:", st.body))
    story.append(Spacer(1, 2))
    story.append(_party(1, data.giver, "PIHAK PERTAMA", st))
    story.append(Spacer(1, 6))
    story.append(_party(2, data.receiver, "PIHAK KEDUA", st))
    story.append(Spacer(1, 8))

    what = " jenazah:" if data.remains else ":"
    story.append(Paragraph(
        "<b>PIHAK PERTAMA</b> menyerahkan kepada <b>PIHAK KEDUA</b>, dan <b>PIHAK KEDUA</b> "
        f"menerima dari <b>PIHAK PERTAMA</b>{what}", st.body))
    subject = _fields(data.subject_rows, st, indent=0.75 * cm, label_width=5.0 * cm)
    if subject is not None:
        story.append(subject)

    route = _numbered(data.route, st, indent=0.2 * cm)
    if route is not None:
        story.append(Paragraph("Rute pemulangan:", st.heading))
        story.append(route)
    if data.escort.strip():
        story.append(Spacer(1, 5))
        story.append(Paragraph(f"<b>Pendamping:</b> {_x(data.escort)}", st.body))

    heading = Paragraph("Dokumen dan barang yang diserahkan:", st.heading)
    items = [(what_, note) for what_, note in data.items if what_.strip() or note.strip()]
    if not items:
        story += [heading, Paragraph("Tidak ada.", st.body)]
    elif len(items) <= SHORT_TABLE:  # never strand a row or two on the next page
        story.append(KeepTogether([heading, Spacer(1, 2), _items_table(items, st)]))
    else:
        story += [heading, Spacer(1, 2), _items_table(items, st)]

    if data.notes.strip():
        story.append(Spacer(1, 8))
        story.append(Paragraph(_x(data.notes), st.body))

    closing = Paragraph(
        "Demikian berita acara ini dibuat dengan sebenarnya dalam rangkap 2 (dua) untuk "
        "dipergunakan sebagaimana mestinya.", st.body)
    parties = _signature_row([
        _party_signature(data.receiver, "PIHAK KEDUA", "Yang menerima,", st),
        _party_signature(data.giver, "PIHAK PERTAMA", "Yang menyerahkan,", st),
    ], right_align_single=False)
    story.append(KeepTogether([Spacer(1, 6), closing, Spacer(1, 12), parties]))

    witnesses = [_signature(w, st) for w in data.witnesses]
    if witnesses:
        story.append(Spacer(1, 16))
        story.append(KeepTogether([Paragraph("Saksi-saksi:", st.center), Spacer(1, 4)]
                                  + _signature_rows(witnesses, right_align_single=False)))
    return story


def handover_minutes(data: HandoverMinutesData, path: Path) -> None:
    """Write the berita acara serah terima (korban or, with ``remains``, jenazah) to
    ``path`` (A4 PDF, atomically)."""
    st = _styles()
    title = ("Berita Acara Serah Terima Jenazah" if data.remains
             else "Berita Acara Serah Terima Korban")
    _build(Path(path), _handover_story(data, st), title, data.letterhead.office_name)
