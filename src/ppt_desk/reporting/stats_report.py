"""The statistics report (*Laporan Statistik Penanganan Korban TPPO*) as an A4 PDF: under the
kop surat the title, the period, the scope, the office and the day it was made, the
suppression note, a table of contents with the page of each section, then per table its
figures (rows, the columns — laki-laki / perempuan or the age groups —, "Jumlah", the totals
row) and its chart (:mod:`.charts`, the same drawing the Statistik page shows), the days from
intake to each stage, and the legend of the suppressed mark.

``data`` is ``(report, letterhead, language)``: a ``StatReport`` whose tables the service has
already suppressed (a figure from 1 to 10 is refused here: :func:`.stats_text.check_suppressed`),
the office's ``Letterhead`` and "id" or "en".  A table longer than a page runs on to the next
one with its header row repeated.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    Flowable, KeepTogether, LongTable, Paragraph, Spacer, Table, TableStyle,
)

from ..domain.stats.model import Median, StatReport, StatTable
from ..domain.words import tanggal
from ..services.dto import Letterhead
from .blocks import boxed, fields, letterhead, markup
from .charts import chart_drawing
from .page import FRAME_WIDTH, build
from .stats_text import check_suppressed, duration_row, figure, scope_label, text
from .styles import Styles, styles

TITLE = {"id": "Laporan Statistik Penanganan Korban TPPO",
         "en": "Statistics Report: Handling of Trafficking Victims"}
_WORDS = {
    "id": {"period": "Periode", "dates": "Rentang tanggal", "scope": "Cakupan",
           "office": "Kantor", "made": "Tanggal dibuat", "contents": "Daftar isi",
           "page": "hal.", "source": "Sumber", "legend": "Keterangan"},
    "en": {"period": "Period", "dates": "Dates", "scope": "Scope", "office": "Office",
           "made": "Made on", "contents": "Contents", "page": "p.", "source": "Source",
           "legend": "Legend"},
}
KEEP_WHOLE = 14   # a table of up to this many rows is kept on one page with its heading
GREY = colors.Color(0.9, 0.9, 0.9)
LIGHT = colors.Color(0.96, 0.96, 0.96)


def _w(key: str, language: str) -> str:
    return _WORDS["en" if language == "en" else "id"][key]


def _day(day, language: str) -> str:
    return f"{day:%d %B %Y}" if language == "en" else tanggal(day)


class _Heading(Paragraph):
    """A section heading that records the page it is drawn on (the contents' page numbers).
    The heading itself, not a marker before it: a marker would stay at the foot of a page
    the heading and its table have left."""

    def __init__(self, text_markup: str, style: ParagraphStyle, key: str,
                 pages: dict[str, int]) -> None:
        super().__init__(text_markup, style)
        self.key, self.pages = key, pages

    def draw(self) -> None:
        self.pages.setdefault(self.key, self.canv.getPageNumber())
        super().draw()


class _Cells:
    def __init__(self, st: Styles, size: float) -> None:
        f = st.fonts
        self.label = ParagraphStyle("s-label", fontName=f.sans, fontSize=size,
                                    leading=size * 1.25, alignment=TA_LEFT)
        self.label_bold = ParagraphStyle("s-label-b", parent=self.label, fontName=f.sans_bold)
        self.head = ParagraphStyle("s-head", parent=self.label, fontName=f.sans_bold,
                                   alignment=TA_CENTER)
        self.head_left = ParagraphStyle("s-head-l", parent=self.head, alignment=TA_LEFT)
        self.small = ParagraphStyle("s-small", parent=st.small, fontSize=8.5, leading=11)
        self.section = ParagraphStyle("s-section", parent=st.heading, fontSize=11.5,
                                      leading=15, spaceBefore=10, spaceAfter=5)
        self.toc = ParagraphStyle("s-toc", parent=st.left, fontSize=10, leading=13.5)
        self.toc_page = ParagraphStyle("s-toc-p", parent=self.toc, alignment=TA_RIGHT)


def _grid(data: list[list], widths: Sequence[float], st: Styles, size: float,
          total_row: bool) -> LongTable:
    """A ruled table of figures: the grey header row repeated on every page it runs over,
    figures right-aligned, the totals row in bold."""
    table = LongTable(data, colWidths=list(widths), hAlign="LEFT", repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), st.fonts.sans, size),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.Color(0.3, 0.3, 0.3)),
        ("BACKGROUND", (0, 0), (-1, 0), GREY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (-1, 1), (-1, -1), LIGHT),   # the "Jumlah" column
        # never a page that holds the header and one row, or the totals row alone
        ("NOSPLIT", (0, 0), (-1, min(2, len(data) - 1))),
        ("NOSPLIT", (0, max(0, len(data) - 3)), (-1, -1)),
    ]
    if total_row:
        style += [("FONT", (0, -1), (-1, -1), st.fonts.sans_bold, size),
                  ("BACKGROUND", (0, -1), (-1, -1), GREY),
                  ("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black)]
    table.setStyle(TableStyle(style))
    return table


def figures_table(table: StatTable, st: Styles, language: str) -> LongTable:
    """Rows x (columns, Jumlah), then the totals row."""
    n = len(table.columns) + 1
    size = 9.0 if n <= 5 else 8.0
    c = _Cells(st, size)
    # a column as wide as its longest header word (never cut inside a word), within what
    # the label column leaves; a header whose words still do not fit gets smaller type (the
    # figures keep theirs)
    words = [w for col in table.columns for w in col.label(language).split()]
    words.append(text("total", language))
    pad = 9.5   # LEFTPADDING + RIGHTPADDING, and half a point of room
    word_w = max(pdfmetrics.stringWidth(w, st.fonts.sans_bold, size) for w in words)
    widest = word_w + pad
    label_min = FRAME_WIDTH * 0.38 if n <= 5 else 4.0 * cm
    cap = max(1.35 * cm, (FRAME_WIDTH - label_min) / n)
    number_w = min(max(widest, 1.35 * cm), cap)
    h = c if number_w >= widest else _Cells(st, max(5.5, size * (number_w - pad) / word_w))
    label_w = FRAME_WIDTH - number_w * n
    total_label = text("total" if table.additive_rows else "total_cases", language)
    head = [Paragraph(markup(text("category", language)), h.head_left)]
    head += [Paragraph(markup(col.label(language)), h.head) for col in table.columns]
    head.append(Paragraph(markup(text("total", language)), h.head))
    data: list[list] = [head]
    for r, row in enumerate(table.rows):
        data.append([Paragraph(markup(row.label(language)), c.label)]
                    + [figure(v) for v in table.cells[r]]
                    + [figure(table.row_totals[r] if r < len(table.row_totals) else None)])
    data.append([Paragraph(markup(total_label), c.label_bold)]
                + [figure(v) for v in table.column_totals] + [figure(table.total)])
    return _grid(data, [label_w] + [number_w] * n, st, size, total_row=True)


def durations_table(durations: Sequence[Median], st: Styles, language: str) -> LongTable:
    c = _Cells(st, 9.0)
    head = [Paragraph(markup(text(k, language)), c.head_left if k == "stage" else c.head)
            for k in ("stage", "cases", "median", "p90")]
    data: list[list] = [head]
    for m in durations:
        label = m.label_en if language == "en" else m.label_id
        data.append([Paragraph(markup(label), c.label), *duration_row(m, language)])
    number_w = 2.9 * cm
    return _grid(data, [FRAME_WIDTH - 3 * number_w] + [number_w] * 3, st, 9.0,
                 total_row=False)


def _section(number: int, table: StatTable, st: Styles, c: _Cells, language: str,
             pages: dict[str, int], drawing: Flowable | None) -> list[Flowable]:
    heading = _Heading(f"{number}. {markup(table.title(language))}", c.section, table.key,
                       pages)
    grid = figures_table(table, st, language)
    after: list[Flowable] = []
    note = table.note_en if language == "en" else table.note_id
    if not table.additive_rows and not note.strip():
        note = text("multi", language)
    if note.strip():
        after.append(Paragraph(markup(note), c.small))
    if table.cite.strip():
        after.append(Paragraph(f"{_w('source', language)}: {markup(table.cite)}", c.small))
    chart: list[Flowable] = [Spacer(1, 6), drawing] if drawing is not None else []
    if len(table.rows) <= KEEP_WHOLE:   # heading, table and chart on one page
        story: list[Flowable] = [KeepTogether([heading, grid, *after, *chart])]
    else:
        story = [heading, grid, *after, *chart]
    story.append(Spacer(1, 8))
    return story


def _contents(entries: Sequence[tuple[str, str]], pages: dict[str, int], c: _Cells,
              language: str) -> Table:
    """One line per section: its number and title, and its page once known."""
    rows = [[Paragraph(markup(title), c.toc),
             Paragraph(f"{_w('page', language)} {pages[key]}" if key in pages else "",
                       c.toc_page)]
            for key, title in entries]
    table = Table(rows, colWidths=[FRAME_WIDTH - 1.8 * cm, 1.8 * cm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), c.toc.fontName, c.toc.fontSize),  # never Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.Color(0.8, 0.8, 0.8)),
    ]))
    return table


def _story(report: StatReport, head: Letterhead, language: str, st: Styles,
           pages: dict[str, int], charts: Sequence[Flowable | None]) -> list[Flowable]:
    c = _Cells(st, 9.0)
    title = TITLE["en" if language == "en" else "id"]
    story = letterhead(head, st)
    story.append(Paragraph(f"<u>{markup(title.upper())}</u>", st.title))
    story.append(Spacer(1, 10))
    period = report.period
    dates = f"{period.start:%d/%m/%Y} \u2013 {period.end:%d/%m/%Y}"
    about = fields([(_w("period", language), period.label(language)),
                    (_w("dates", language), dates),
                    (_w("scope", language), scope_label(report, language)),
                    (_w("office", language), report.office_name),
                    (_w("made", language), _day(report.generated_on, language))],
                   st, label_width=4.0 * cm)
    if about is not None:
        story.append(about)
    story += [Spacer(1, 8), boxed(markup(text("note", language)), st), Spacer(1, 4)]

    entries = [(t.key, f"{i}. {t.title(language)}") for i, t in enumerate(report.tables, 1)]
    durations_key = "~durations"
    if report.durations:
        entries.append((durations_key, f"{len(report.tables) + 1}. "
                                        f"{text('durations', language)}"))
    legend_key = "~legend"
    entries.append((legend_key, _w("legend", language)))
    # the contents may run on to the next page rather than leave this one half empty
    story.append(Paragraph(markup(_w("contents", language)),
                           ParagraphStyle("s-contents", parent=c.section, keepWithNext=0)))
    story.append(_contents(entries, pages, c, language))

    for i, (table, drawing) in enumerate(zip(report.tables, charts, strict=True), start=1):
        story += _section(i, table, st, c, language, pages, drawing)

    if report.durations:
        number = len(report.tables) + 1
        story.append(KeepTogether([
            _Heading(f"{number}. {markup(text('durations', language))}", c.section,
                     durations_key, pages),
            durations_table(report.durations, st, language),
            Paragraph(markup(text("durations_hidden", language)), c.small)]))

    story.append(KeepTogether([
        _Heading(markup(_w("legend", language)), c.section, legend_key, pages),
        Paragraph(markup(text("legend", language)), st.note),
        Spacer(1, 4),
        Paragraph(markup(text("note", language)), st.note)]))
    return story


def stats_report(data: Any, path: Path) -> None:
    """Write the report to ``path`` (A4 PDF, atomically).  ``data``: ``(report, letterhead,
    language)``.  Laid out twice: the first pass finds the page of each section for the
    table of contents (the charts only take their room there)."""
    report, head, language = data
    if not isinstance(report, StatReport):
        raise TypeError("stats_report needs a StatReport")
    check_suppressed(report.tables)
    st = styles()
    pages: dict[str, int] = {}
    title = TITLE["en" if language == "en" else "id"]
    charts = [chart_drawing(table, language, FRAME_WIDTH) for table in report.tables]
    # the first pass only finds the pages: the charts' room, not their drawing
    room = [None if d is None else Spacer(d.width, d.height) for d in charts]
    build(Path(path), _story(report, head, language, st, pages, room), title,
          report.office_name)
    build(Path(path), _story(report, head, language, st, dict(pages), charts), title,
          report.office_name)
