"""The A4 page every document is printed on: margins, the text column, the confidentiality
footer with "Halaman X dari Y", and writing the finished PDF.

The PDF is written atomically (:func:`ppt_desk.atomic.atomic_file`): a failed write (a full
USB stick) leaves ``path`` as it was and no temp file behind.  The PDF's metadata holds the
document's kind and the office, never a person's name.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from ..atomic import atomic_file
from . import fonts as font_registry
from .fonts import Fonts

PAGE = A4
LEFT_MARGIN = 2.5 * cm
RIGHT_MARGIN = 2 * cm
TOP_MARGIN = 2 * cm
BOTTOM_MARGIN = 2.2 * cm  # the footer sits inside it
FRAME_PADDING = 6  # SimpleDocTemplate's frame pads its text by 6 pt on every side
FRAME_WIDTH = PAGE[0] - LEFT_MARGIN - RIGHT_MARGIN  # the text column, padding excluded

CONFIDENTIAL = "RAHASIA \u2014 hanya untuk keperluan layanan korban"


def _canvas_maker(fonts: Fonts) -> type[rl_canvas.Canvas]:
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


def build(path: Path, story: list[Flowable], title: str, author: str) -> None:
    """Lay ``story`` out on A4 pages and write the PDF to ``path`` atomically."""
    fonts = font_registry.load()
    with atomic_file(Path(path)) as handle:
        doc = SimpleDocTemplate(
            handle, pagesize=PAGE, leftMargin=LEFT_MARGIN - FRAME_PADDING,
            rightMargin=RIGHT_MARGIN - FRAME_PADDING, topMargin=TOP_MARGIN - FRAME_PADDING,
            bottomMargin=BOTTOM_MARGIN - FRAME_PADDING, title=title, author=author,
            subject="", creator="ppt-desk", keywords="", pageCompression=1,
            initialFontName=fonts.regular)  # no unembedded Helvetica in the file
        doc.build(story, canvasmaker=_canvas_maker(fonts))
