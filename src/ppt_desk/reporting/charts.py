"""The chart of a statistics table, drawn once as a reportlab Drawing: placed in the report PDF
as it is, and turned into SVG for the Statistik page (QtSvg; the GUI reaches it through the
stats facade and the ``ChartDrawer`` port, ADR 0020).

Horizontal bars, one per row of the table: ``chart == "bar"`` draws the row totals,
``"stacked"`` one segment per column (laki-laki / perempuan, or the age groups) with a legend,
``"none"`` draws nothing.  The figures stand at the end of each bar.  A suppressed figure
(None) is not drawn: its bar is absent, "x" stands in its place, and a note below the axis
says so.  Long row labels are shortened with an ellipsis; a table with more than
``MAX_BARS`` rows shows its largest rows and says how many are left out.

The drawing is 460 pt wide (the A4 text column) and as tall as its rows need; on screen the
SVG scales (a 1024-pixel-wide view shows it about twice as large).  Text is DejaVu Sans
(:mod:`.fonts`); the SVG names "DejaVu Sans" so that the screen finds it too.
"""
from __future__ import annotations

import math
import re
from xml.sax.saxutils import escape

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics

from ..domain.stats.model import StatTable
from . import fonts as font_registry
from .stats_text import SUPPRESSED, figure

WIDTH = 460.0
MAX_BARS = 30
LABEL_SIZE = 8.5
VALUE_SIZE = 8.0
TICK_SIZE = 7.5
NOTE_SIZE = 7.5
PITCH = 15.0        # one row
BAR = 10.0          # a bar's thickness
GAP = 5.0           # label | bars, bar end | figure
LEGEND_LINE = 13.0

INK = colors.Color(0.15, 0.15, 0.15)
MUTED = colors.Color(0.4, 0.4, 0.4)
GRID = colors.Color(0.85, 0.85, 0.85)
SINGLE = colors.HexColor("#3b6ea8")
BY_CODE = {  # colours a colour-blind reader can tell apart, and that survive grey printing
    "L": colors.HexColor("#3b6ea8"),
    "P": colors.HexColor("#e08a2c"),
    "": colors.HexColor("#a0a0a0"),
}
PALETTE = [colors.HexColor(c) for c in (
    "#3b6ea8", "#e08a2c", "#5aa05a", "#b4508c", "#8c6d3c", "#6fa8c8", "#c8c83c", "#7a7a7a")]

_TEXT = {
    "id": {"hidden": "Angka disamarkan ({mark}) tidak digambar.",
           "more": "{shown} baris terbesar digambar; {left} baris lainnya ada pada tabel."},
    "en": {"hidden": "Suppressed figures ({mark}) are not drawn.",
           "more": "The {shown} largest rows are drawn; {left} more are in the table."},
}


def _t(key: str, language: str, **values: object) -> str:
    return _TEXT["en" if language == "en" else "id"][key].format(**values)


def _width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def shorten(text: str, font: str, size: float, room: float) -> str:
    """``text`` cut at a word (else a letter) with an ellipsis so that it fits ``room``."""
    text = " ".join(text.split())
    if _width(text, font, size) <= room:
        return text
    words = text.split(" ")
    while len(words) > 1:
        words.pop()
        cut = " ".join(words).rstrip(",;:-\u2013/") + "\u2026"
        if _width(cut, font, size) <= room and len(" ".join(words)) >= 8:
            return cut
    cut = text
    while cut and _width(cut + "\u2026", font, size) > room:
        cut = cut[:-1]
    return cut.rstrip() + "\u2026"


def _step(top: int) -> int:
    """A round tick step: at most 5 ticks up to ``top``."""
    if top <= 5:
        return 1
    magnitude = 10 ** int(math.floor(math.log10(top)))
    for factor in (0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10):
        step = factor * magnitude
        if step >= 1 and step == int(step) and top / step <= 5:
            return int(step)
    return magnitude * 10


def _colour(code: str, index: int) -> colors.Color:
    return BY_CODE.get(code, PALETTE[index % len(PALETTE)])


def chart_drawing(table: StatTable, language: str = "id", width: float = WIDTH
                  ) -> Drawing | None:
    """The table's chart; None where the table has none (``chart == "none"``, no rows) or
    where no bar can be drawn (every figure 0 or suppressed)."""
    if table.chart == "none" or not table.rows:
        return None
    f = font_registry.load()
    stacked = table.chart == "stacked" and len(table.columns) > 1
    notes: list[str] = []

    # which rows: all of them, or the largest MAX_BARS in the table's order
    order = list(range(len(table.rows)))
    if len(order) > MAX_BARS:
        def size(r: int) -> int:
            total = table.row_totals[r]
            return total if total is not None else sum(v or 0 for v in table.cells[r])
        keep = set(sorted(order, key=lambda r: (-size(r), r))[:MAX_BARS])
        notes.append(_t("more", language, shown=MAX_BARS, left=len(order) - MAX_BARS))
        order = [r for r in order if r in keep]

    def segments(r: int) -> list[int | None]:
        return list(table.cells[r]) if stacked else [table.row_totals[r]]

    lengths = {r: sum(v or 0 for v in segments(r)) for r in order}
    if any(v is None for r in order for v in segments(r)):
        notes.insert(0, _t("hidden", language, mark=SUPPRESSED))
    top_value = max(lengths.values(), default=0)
    if top_value <= 0:
        return None   # nothing to draw: every figure 0 or suppressed (the table says which)

    legend: list[tuple[float, int]] = []   # per column: x, line
    legend_names: list[str] = []
    if stacked:
        x, line = 0.0, 0
        for column in table.columns:
            name = shorten(column.label(language), f.sans, LABEL_SIZE, 140)
            need = 11 + _width(name, f.sans, LABEL_SIZE) + 12
            if x + need - 12 > width * 0.92 and x > 0:
                x, line = 0.0, line + 1
            legend.append((x, line))
            legend_names.append(name)
            x += need
    legend_h = (LEGEND_LINE * (legend[-1][1] + 1) + 4) if legend else 0.0
    axis_h = 16.0
    notes_h = 11.0 * len(notes)
    height = 6 + legend_h + PITCH * len(order) + axis_h + notes_h + 4
    d = Drawing(width, height, initialFontName=f.sans, initialFontSize=LABEL_SIZE)
    # white under the chart: legible on a dark screen theme too (invisible on paper)
    d.add(Rect(0, 0, width, height, fillColor=colors.white, strokeColor=None))

    # labels on the left, shortened to at most 36 % of the width
    labels = [table.rows[r].label(language) for r in order]
    room = width * 0.36
    labels = [shorten(text, f.sans, LABEL_SIZE, room) for text in labels]
    label_w = max((_width(t, f.sans, LABEL_SIZE) for t in labels), default=0.0)
    x0 = min(label_w, room) + GAP
    end_room = _width("00000", f.sans_bold, VALUE_SIZE) + GAP + 2
    plot_w = max(width - x0 - end_room, 40.0)
    y_top = height - 6 - legend_h      # the first row's top
    y_axis = y_top - PITCH * len(order)

    step = _step(top_value)
    scale_top = step * math.ceil(top_value / step)

    def x_of(value: float) -> float:
        return x0 + plot_w * value / scale_top

    # grid and tick labels
    for tick in range(0, scale_top + 1, step):
        x = x_of(tick)
        d.add(Line(x, y_axis, x, y_top, strokeColor=GRID, strokeWidth=0.5))
        d.add(String(x, y_axis - 10, f"{tick:,}".replace(",", "."), fontName=f.sans,
                     fontSize=TICK_SIZE, fillColor=MUTED, textAnchor="middle"))
    d.add(Line(x0, y_axis, x0, y_top, strokeColor=INK, strokeWidth=0.6))

    # bars
    for i, r in enumerate(order):
        y = y_top - PITCH * (i + 1) + (PITCH - BAR) / 2
        d.add(String(x0 - GAP, y + 2, labels[i], fontName=f.sans, fontSize=LABEL_SIZE,
                     fillColor=INK, textAnchor="end"))
        x = x0
        for c, value in enumerate(segments(r)):
            if not value:
                continue
            w = x_of(value) - x0
            fill = _colour(table.columns[c].code, c) if stacked else SINGLE
            d.add(Rect(x, y, w, BAR, fillColor=fill, strokeColor=colors.white,
                       strokeWidth=0.4))
            x += w
        shown = table.row_totals[r]
        d.add(String(x + 3, y + 2, figure(shown), fontName=f.sans_bold, fontSize=VALUE_SIZE,
                     fillColor=MUTED if shown is None else INK))

    # legend above the bars, in as many lines as it needs; over the bars where it fits
    extent = max((x + 11 + _width(legend_names[c], f.sans, LABEL_SIZE)
                  for c, (x, _line) in enumerate(legend)), default=0.0)
    shift = x0 if x0 + extent <= width else 0.0
    for c, (x, line) in enumerate(legend):
        x += shift
        y = height - 6 - 11 - LEGEND_LINE * line
        column = table.columns[c]
        d.add(Rect(x, y, 8, 8, fillColor=_colour(column.code, c), strokeColor=None))
        d.add(String(x + 11, y + 1, legend_names[c], fontName=f.sans, fontSize=LABEL_SIZE,
                     fillColor=INK))

    # notes below the axis
    y = y_axis - axis_h - 4
    for note in notes:
        d.add(String(0, y, note, fontName=f.sans, fontSize=NOTE_SIZE, fillColor=MUTED))
        y -= 11
    return d


_FAMILY = re.compile(r"font-family: ([^;\"]+);")


def svg_bytes(drawing: Drawing, title: str = "") -> bytes:
    """The drawing as SVG (UTF-8) for the screen, its text in DejaVu Sans."""
    fonts = font_registry.load()

    def family(match: re.Match[str]) -> str:
        name = match.group(1).strip()
        if name == fonts.sans_bold or name.endswith("-Bold"):
            return "font-family: DejaVu Sans; font-weight: bold;"
        return "font-family: DejaVu Sans;"

    svg = renderSVG.drawToString(drawing)
    svg = _FAMILY.sub(family, svg)
    svg = svg.replace("<title>...</title>", f"<title>{escape(title)}</title>", 1)
    svg = svg.replace("<desc>...</desc>", "<desc></desc>", 1)
    return svg.encode("utf-8")


def table_svg(table: StatTable, language: str = "id") -> bytes:
    """The table's chart as SVG; empty bytes where the table has no chart (see
    :func:`chart_drawing`)."""
    drawing = chart_drawing(table, language)
    if drawing is None:
        return b""
    return svg_bytes(drawing, table.title(language))
