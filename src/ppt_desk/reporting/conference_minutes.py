"""The notulen of a case conference (pertemuan pembahasan kasus, sidang kasus, gelar kasus):
under the kop surat, when and where, the cases discussed (by label and case number; the
victim's name only where the service filled it in), the attendance list with each
participant's confidentiality acknowledgement and a place to sign, the agenda, the problem
focus, the alternatives, the decisions with their action items (what, who, by when), and the
signatures of the chair and the secretary.  A conference not yet over prints as a draft."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..domain.words import hari, tanggal
from ..services.conference_minutes_dto import (
    ConferenceMinutesData, MinutesAgendaItem, MinutesAttendee, MinutesCase, MinutesDecision,
)
from .blocks import BLANK_FIELD, boxed, fields, letterhead, markup
from .page import FRAME_WIDTH, build
from .signatures import signature, signature_row
from .styles import Styles, styles

CONFIDENTIALITY = (
    "Dengan menandatangani daftar hadir ini, peserta menyatakan menjaga kerahasiaan identitas "
    "korban dan segala keterangan yang dibahas dalam pertemuan ini (UU No. 21 Tahun 2007 "
    "Pasal 44; untuk korban anak, UU No. 11 Tahun 2012 Pasal 19).")
WITHHELD = (
    "Nama korban tidak dicantumkan bila persetujuan korban atau hak akses pembaca tidak "
    "mencakup identitas; korban disebut dengan label pertemuan dan nomor kasus.")
DRAFT = ("<b>DRAF</b> — pertemuan belum dinyatakan selesai; notulen ini belum final dan "
         "belum dapat ditandatangani sebagai notulen resmi.")
SIGN_ROW = 0.95 * cm  # room to sign on the attendance list


def _short(day: date) -> str:
    """A date in a narrow table column: 03-12-2026."""
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def _grid(widths: Sequence[float], data: list[list], st: Styles, **kwargs) -> Table:
    """A ruled table with a grey header row repeated on every page; a tall row may split
    across pages rather than overflow one."""
    table = Table(data, colWidths=list(widths), hAlign="LEFT", repeatRows=1, splitInRow=1,
                  **kwargs)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st.fonts.regular, 10),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]))
    return table


class _Cells:
    """The paragraph styles of table cells (slightly smaller than the body)."""

    def __init__(self, st: Styles) -> None:
        self.st = st
        self.text = ParagraphStyle("m-cell", parent=st.cell, fontSize=10, leading=13)
        self.head = ParagraphStyle("m-head", parent=st.cell_bold, fontSize=9.5, leading=12)
        self.number = ParagraphStyle("m-no", parent=self.text, alignment=TA_CENTER)
        self.sign_left = ParagraphStyle("m-sl", parent=self.text, fontSize=9, alignment=TA_LEFT)
        self.sign_right = ParagraphStyle("m-sr", parent=self.sign_left, alignment=TA_RIGHT)

    def p(self, text_markup: str) -> Paragraph:
        return Paragraph(text_markup or "-", self.text)

    def header(self, *titles: str) -> list[Paragraph]:
        return [Paragraph(t, self.head) for t in titles]


def _cases(cases: Sequence[MinutesCase], c: _Cells) -> Table:
    data: list[list] = [c.header("No", "Korban", "Nomor kasus", "Tahap penanganan")]
    for i, case in enumerate(cases, start=1):
        who = f"<b>{markup(case.label)}</b>"
        if case.name.strip():
            who += f"<br/>{markup(case.name)}"
        data.append([Paragraph(f"{i}.", c.number), c.p(who), c.p(markup(case.case_number)),
                     c.p(markup(case.stage))])
    return _grid([1.0 * cm, 5.2 * cm, 4.3 * cm, FRAME_WIDTH - 10.5 * cm], data, c.st)


def _attendance(attendees: Sequence[MinutesAttendee], c: _Cells, st: Styles) -> Table:
    data: list[list] = [c.header("No", "Nama", "Instansi", "Peran", "Pernyataan kerahasiaan",
                                 "Tanda tangan")]
    for i, a in enumerate(attendees, start=1):
        agreed = f"Sudah,<br/>{_short(a.acknowledged_on)}" if a.acknowledged_on else "Belum"
        # the Indonesian daftar hadir: numbers to sign by, alternately left and right
        sign = Paragraph(f"{i}. ....................", c.sign_left if i % 2 else c.sign_right)
        data.append([Paragraph(f"{i}.", c.number), c.p(markup(a.name) or BLANK_FIELD),
                     c.p(markup(a.institution)), c.p(markup(a.role)), c.p(agreed), sign])
    if not attendees:  # a list to fill in by hand
        for i in range(1, 6):
            sign = Paragraph(f"{i}. ....................", c.sign_left if i % 2 else
                             c.sign_right)
            data.append([Paragraph(f"{i}.", c.number), "", "", "", "", sign])
    widths = [0.9 * cm, 3.8 * cm, 3.5 * cm, 2.5 * cm, 2.8 * cm]
    widths.append(FRAME_WIDTH - sum(widths))
    return _grid(widths, data, st, minRowHeights=[0] + [SIGN_ROW] * (len(data) - 1))


def _point(number: int, text_markup: str, st: Styles, indent: float) -> Paragraph:
    """A numbered point that may run over pages (a paragraph, not a table row)."""
    style = ParagraphStyle(f"m-point-{indent}", parent=st.body, alignment=TA_LEFT,
                           leftIndent=indent + 0.75 * cm, bulletIndent=indent, spaceAfter=2,
                           bulletFontName=st.body.fontName, bulletFontSize=st.body.fontSize)
    return Paragraph(text_markup, style, bulletText=f"{number}.")


def _agenda(items: Sequence[MinutesAgendaItem], st: Styles) -> list[Flowable]:
    """The agenda by case: the case's label, then its numbered points."""
    story: list[Flowable] = []
    order: list[str] = []
    for item in items:
        if item.case not in order:
            order.append(item.case)
    for case in order:
        points = [f"{markup(it.heading)} \u2014 {markup(it.text)}" if it.heading.strip()
                  else markup(it.text) for it in items if it.case == case and
                  (it.heading.strip() or it.text.strip())]
        if not points:
            continue
        if case.strip():
            story.append(Paragraph(f"<i>{markup(case)}</i>", ParagraphStyle(
                "m-case", parent=st.left, leftIndent=0.2 * cm, spaceBefore=2, keepWithNext=1)))
        group = [it for it in items if it.case == case]
        if len(group) == 1 and not group[0].heading.strip():  # a note, not a list
            story.append(Paragraph(f"<i>{points[0]}</i>", ParagraphStyle(
                "m-note", parent=st.left, leftIndent=0.5 * cm, spaceAfter=2)))
            continue
        story += [_point(i, text, st, 0.5 * cm) for i, text in enumerate(points, start=1)]
    return story


def _decisions(decisions: Sequence[MinutesDecision], st: Styles) -> list[Flowable]:
    """Each decision as a numbered paragraph across the text column (a long one runs on to
    the next page), its action item below it: what, who, by when."""
    story: list[Flowable] = []
    for i, d in enumerate(decisions, start=1):
        text = (f"<b>{markup(d.case)}:</b> " if d.case.strip() else "") + markup(d.text)
        story.append(_point(i, text, st, 0.0))
        if not d.action_what.strip():
            story.append(Spacer(1, 3))
            continue
        due = tanggal(d.action_due) if d.action_due else "-"
        if d.done_on:
            due += f" (selesai {tanggal(d.done_on)})"
        action = fields([("Tindak lanjut", d.action_what), ("Penanggung jawab", d.action_who),
                         ("Batas waktu", due)], st, indent=0.75 * cm, label_width=4.1 * cm)
        if action is not None:
            story += [action, Spacer(1, 5)]
    return story


def _section(title: str, st: Styles) -> Paragraph:
    return Paragraph(markup(title), st.heading)


def _story(data: ConferenceMinutesData, st: Styles) -> list[Flowable]:
    c = _Cells(st)
    story = letterhead(data.letterhead, st)
    story.append(Paragraph(f"<u>{markup(data.title.upper())}</u>", st.title))
    if data.number.strip():
        story.append(Paragraph(f"Nomor: {markup(data.number)}", st.center))
    story.append(Spacer(1, 10))
    if not data.final:
        story += [boxed(DRAFT, st), Spacer(1, 8)]

    when = f"{hari(data.held_on)}, {tanggal(data.held_on)}"
    head = fields([("Hari/tanggal", when),
                   ("Tempat", data.place.strip() or BLANK_FIELD),
                   ("Jenis pertemuan", data.kind_label),
                   ("Pimpinan sidang", data.chair.name.strip() or BLANK_FIELD),
                   ("Notulis", data.secretary.name.strip() or BLANK_FIELD),
                   ("Jumlah peserta", f"{len(data.attendees)} orang" if data.attendees
                    else BLANK_FIELD)], st, label_width=3.9 * cm)
    if head is not None:
        story.append(head)

    story.append(_section("I. Kasus yang dibahas", st))
    if data.cases:
        story.append(_cases(data.cases, c))
    else:
        story.append(Paragraph("-", st.body))
    if data.identity_withheld:
        story.append(Paragraph(markup(WITHHELD), st.small))

    story.append(_section("II. Daftar hadir", st))
    story.append(Paragraph(markup(CONFIDENTIALITY), st.note))
    story.append(Spacer(1, 4))
    story.append(_attendance(data.attendees, c, st))

    story.append(_section("III. Acara dan pokok bahasan", st))
    agenda = _agenda(data.agenda, st)
    story += agenda or [Paragraph("Tidak ada pokok bahasan yang dicatat.", st.body)]

    story.append(_section("IV. Fokus masalah", st))
    story.append(Paragraph(markup(data.problem_focus) or "Belum dicatat.", st.body))
    story.append(_section("V. Alternatif pemecahan yang dibahas", st))
    story.append(Paragraph(markup(data.alternatives) or "Belum dicatat.", st.body))

    story.append(_section("VI. Keputusan dan rencana tindak lanjut", st))
    if data.decisions:
        story += _decisions(data.decisions, st)
    else:
        story.append(Paragraph("Belum ada keputusan yang dicatat.", st.body))

    if data.notes.strip():
        story.append(_section("VII. Catatan", st))
        story.append(Paragraph(markup(data.notes), st.body))

    city = data.letterhead.city.strip()
    dated = f"{city}, {tanggal(data.held_on)}" if city else tanggal(data.held_on)
    closing = Paragraph(
        "Demikian notulen ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana "
        "mestinya.", st.body)
    signs = signature_row([signature(data.chair, st, default_caption="Pimpinan Sidang,"),
                           signature(data.secretary, st, default_caption="Notulis,")],
                          right_align_single=False)
    story.append(KeepTogether([Spacer(1, 8), closing, Spacer(1, 4),
                               Paragraph(markup(dated), st.right), Spacer(1, 8), signs]))
    return story


def conference_minutes(data: ConferenceMinutesData, path: Path) -> None:
    """Write the notulen of a case conference to ``path`` (A4 PDF, atomically)."""
    build(Path(path), _story(data, styles()), data.title, data.letterhead.office_name)
