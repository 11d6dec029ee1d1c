"""At 1024×768 (a projector, an old laptop) the case page fits: the stage strip stays two
lines high with every button's text whole (the full name in its tooltip), and a long referral
summary is elided to its column with the whole line in the tooltip (issue 14).

The main window is the real one, with a real backend and a case. With
``PPT_DESK_SCREENSHOTS=<folder>`` the two screens are also written there at 1366×768 and
1024×768, to be looked at."""
from __future__ import annotations

import os
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle

from ppt_desk.gui.labels import casework_config
from ppt_desk.gui.main_window import MainWindow
from ppt_desk.services.dto import ConsentInput

from casework_fill import MovableClock, payloads
from casework_gui_helpers import new_case
from gui_helpers import make_ctx

DAY = date(2025, 5, 10)
# The line of the seed's referral: direction · agency · service (about 140 characters).
WHOLE = ("Rujukan keluar (dari PPT) · Lembaga Perlindungan Saksi dan Korban (LPSK) · "
         "Pelayanan pemulihan kesehatan (pemeriksaan dan pengobatan medis)")


@pytest.fixture
def window(qtbot, backend, runner, prefs):
    backend.deps.clock = MovableClock(DAY)
    window = MainWindow(make_ctx(backend, runner, prefs))
    qtbot.addWidget(window)
    window.show()
    return window


def _sized(qtbot, window, width: int, height: int = 768) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width, timeout=2000)
    QApplication.processEvents()


def _shoot(widget, name: str) -> None:
    folder = os.environ.get("PPT_DESK_SCREENSHOTS")
    if folder:
        os.makedirs(folder, exist_ok=True)
        widget.grab().save(os.path.join(folder, name))


def _case_on_tab(qtbot, window, backend, tab_name: str):
    case_id, _number = new_case(backend, "Layar Sempit", DAY)
    window.open_case(case_id)
    page = window.case_page
    tab = getattr(page, tab_name)
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.tabRect(page.tabs.indexOf(tab)).center())
    assert page.tabs.currentWidget() is tab
    return case_id, page, tab


@pytest.mark.parametrize("width", [1366, 1024])
def test_the_stage_strip_stays_two_lines_high_with_every_name_whole(qtbot, backend, window,
                                                                     width):
    _sized(qtbot, window, width)
    _case_id, page, tab = _case_on_tab(qtbot, window, backend, "empowerment")
    strip = tab.strip
    qtbot.waitUntil(strip.isVisible, timeout=2000)
    QApplication.processEvents()
    assert window.width() == width
    _shoot(window, f"stage-strip-{width}.png")

    # Two lines of the strip's own font, plus the buttons' padding and frame.
    line = QFontMetrics(strip.font()).lineSpacing()
    assert strip.height() <= 2 * line + 24, (strip.height(), line)
    labels = {stage.code: stage for stage in casework_config().stages}
    for code, button in strip.buttons.items():
        lines = button.text().split("\n")
        assert len(lines) <= 2, (code, button.text())
        metrics = QFontMetrics(button.font())
        room = button.contentsRect().width() - 6  # the style sheet's padding
        for text in lines:
            assert metrics.horizontalAdvance(text) <= room, (code, text, room)
        assert button.isVisible() and button.visibleRegion().boundingRect().width() == \
            button.width()
        assert labels[code].label("id") in button.toolTip()
    # The first stage: its number stays in sight, its whole name in the tooltip.
    first = strip.buttons["PENDEKATAN_AWAL"]
    assert first.text().startswith("1.")
    assert strip.mapTo(window, strip.rect().topRight()).x() <= window.width()


@pytest.mark.parametrize("width", [1366, 1024])
def test_a_long_referral_summary_is_elided_with_the_whole_line_as_tooltip(qtbot, backend,
                                                                          window, width):
    _sized(qtbot, window, width)
    case_id, _n = new_case(backend, "Rujukan Panjang", DAY)
    backend.consent.record(case_id, ConsentInput("RUJUKAN", "KORBAN", DAY, "TERTULIS",
                                                 agency="LPSK"))
    backend.casework.save_record(case_id, "rujukan", payloads(DAY)["rujukan"])
    window.open_case(case_id)
    page = window.case_page
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.tabRect(page.tabs.indexOf(page.services)).center())
    tab = page.services
    row = [tab.tracks.item(n).data(Qt.ItemDataRole.UserRole)
           for n in range(tab.tracks.count())].index("RUJUKAN")
    item = tab.tracks.item(row)
    qtbot.mouseClick(tab.tracks.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.tracks.visualItemRect(item).center())
    records = tab.panels["RUJUKAN"].lists["rujukan"]
    qtbot.waitUntil(lambda: records.table.rowCount() == 1 and records.table.isVisible(),
                    timeout=3000)
    QApplication.processEvents()
    _shoot(window, f"referral-{width}.png")

    table = records.table
    cell = table.item(0, 1)
    assert cell.text() == WHOLE           # not cut at a fixed count of characters
    assert cell.toolTip() == cell.text()  # the whole line on hover
    assert table.textElideMode() == Qt.TextElideMode.ElideRight
    # What is drawn: the column is narrower than the line, so it ends in "…", not mid-word.
    column = table.columnWidth(1)
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin,
                                            None, table) + 1)
    metrics = QFontMetrics(table.font())
    assert metrics.horizontalAdvance(cell.text()) > column - margin
    drawn = metrics.elidedText(cell.text(), table.textElideMode(), column - margin)
    assert drawn.endswith("…")
    # Nothing of the table lies past the window's right edge (no horizontal scrolling).
    assert table.mapTo(window, table.rect().topRight()).x() <= window.width()
    assert not table.horizontalScrollBar().isVisible()
