"""A table's chart: the SVG the stats facade draws (the same drawing the PDF prints), scaled to
the space it has with its aspect ratio kept."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QSizePolicy, QWidget

EMPTY = b'<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'


class ChartView(QSvgWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statChart")
        self.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)
        self.has_chart = False

    def show_svg(self, svg: bytes) -> None:
        self.load(QByteArray(svg))
        self.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.has_chart = self.renderer().isValid()
        self.update()

    def clear(self) -> None:
        self.load(QByteArray(EMPTY))
        self.has_chart = False
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 240)
