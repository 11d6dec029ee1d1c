"""Case table model (qtmodeltester) and the case list page: SQL sorting by header click,
paging, filters, stale search results."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from ppt_desk.gui.models.case_table_model import (
    COL_AGE, COL_AGE_BAND, COL_DATE, COL_MODUS, COL_NAME, COL_NUMBER, COL_STATUS, CaseIdRole,
    CaseTableModel,
)
from ppt_desk.gui.pages.case_list import CaseListPage
from ppt_desk.services.dto import CaseQuery

from gui_helpers import make_ctx, register

NAMES = [("Dewi Lestari", 31), ("Agustina Bere", 16), ("Nur Aini", 45), ("Maria Seran", 22),
         ("Fransiska Nahak", 61), ("Yuliana Tae", 19), ("Kornelia Lake", 27)]


def _fill(backend):
    return [register(backend, name, age=age, days_ago=n,
                     status="KORBAN" if n % 2 else "DIDUGA",
                     modus=("ESK",) if n == 1 else ("EBM", "KP"))
            for n, (name, age) in enumerate(NAMES)]


@contextmanager
def qtbot_signal_list(signal):
    seen: list = []
    signal.connect(seen.append)
    try:
        yield seen
    finally:
        signal.disconnect(seen.append)


def test_case_table_model_passes_qtmodeltester(qtmodeltester, backend):
    _fill(backend)
    model = CaseTableModel()
    model.set_rows(backend.cases.search(CaseQuery(limit=4)))
    assert model.rowCount() == 4 and model.total == len(NAMES)
    assert model.canFetchMore()
    with qtbot_signal_list(model.more_wanted) as asked:
        qtmodeltester.check(model)
    assert asked == [4]  # the tester's fetchMore asks for the next page, once
    assert not model.canFetchMore()  # until that page arrives
    model.append_rows(backend.cases.search(CaseQuery(limit=4, offset=4)))
    assert model.rowCount() == 7
    qtmodeltester.check(model)
    assert model.index(0, COL_NAME).data() == "Dewi Lestari"  # newest intake first
    assert model.index(0, COL_AGE_BAND).data() == "Dewasa"
    assert model.index(0, COL_STATUS).data() == "Diduga korban"
    assert model.index(0, COL_MODUS).data() == "Eksploitasi buruh migran, Kerja paksa"
    assert model.index(0, 0).data(CaseIdRole)
    model.clear()
    qtmodeltester.check(model)


def _page(qtbot, backend, runner, prefs, page_size=200) -> CaseListPage:
    page = CaseListPage(make_ctx(backend, runner, prefs), page_size=page_size)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    page.page_shown()
    return page


def _click_header(qtbot, page, column: int) -> None:
    header = page.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def _names(page) -> list[str]:
    return [page.model.index(r, COL_NAME).data() for r in range(page.model.rowCount())]


def test_header_click_sorts_in_sql(qtbot, backend, runner, prefs):
    _fill(backend)
    page = _page(qtbot, backend, runner, prefs)
    assert page._query.sort == "intake_date" and page._query.descending
    assert _names(page)[0] == "Dewi Lestari"
    _click_header(qtbot, page, COL_NAME)
    assert (page._query.sort, page._query.descending) == ("full_name", False)
    assert _names(page) == sorted(n for n, _a in NAMES)
    _click_header(qtbot, page, COL_NAME)
    assert (page._query.sort, page._query.descending) == ("full_name", True)
    assert _names(page) == sorted((n for n, _a in NAMES), reverse=True)
    _click_header(qtbot, page, COL_AGE)
    ages = [int(page.model.index(r, COL_AGE).data()) for r in range(page.model.rowCount())]
    assert page._query.sort == "age" and ages == sorted(ages)
    _click_header(qtbot, page, COL_MODUS)  # not sortable: the query stays as it was
    assert page._query.sort == "age"
    assert page.view.horizontalHeader().sortIndicatorSection() == COL_AGE
    _click_header(qtbot, page, COL_NUMBER)
    numbers = [page.model.index(r, COL_NUMBER).data() for r in range(page.model.rowCount())]
    assert numbers == sorted(numbers)


def test_paging_filters_and_count(qtbot, backend, runner, prefs):
    _fill(backend)
    page = _page(qtbot, backend, runner, prefs, page_size=3)
    assert page.model.rowCount() == 3
    assert page.count_label.text() == "Menampilkan 3 dari 7 kasus"
    page.model.fetchMore()
    assert page.count_label.text() == "Menampilkan 6 dari 7 kasus"
    page.model.fetchMore()
    assert page.model.rowCount() == 7 and not page.model.canFetchMore()
    page.status.set_code("KORBAN")
    assert page.count_label.text() == "Menampilkan 3 dari 3 kasus"
    page.modus.set_code("ESK")
    assert _names(page) == ["Agustina Bere"]
    page.modus.set_code("")
    page.status.set_code("")
    page.age_band.set_code("ANAK")
    assert _names(page) == ["Agustina Bere"]


def test_stale_search_results_are_dropped(qtbot, backend, runner, prefs):
    _fill(backend)
    page = _page(qtbot, backend, runner, prefs)
    first = page._request
    old = backend.cases.search(CaseQuery(text="dewi"))
    qtbot.keyClicks(page.search, "maria")
    qtbot.waitUntil(lambda: _names(page) == ["Maria Seran"], timeout=1000)
    page._show_page(first, old)  # an answer to an earlier request arrives late
    assert _names(page) == ["Maria Seran"]


def test_a_capped_count_says_more_than_and_paging_goes_on(qtbot, backend, runner, prefs,
                                                           monkeypatch):
    import ppt_desk.storage.repositories as repositories

    monkeypatch.setattr(repositories, "COUNT_CAP", 4)
    _fill(backend)
    page = _page(qtbot, backend, runner, prefs, page_size=3)
    # the whole register is counted exactly (one index count), whatever the cap
    assert page.count_label.text() == "Menampilkan 3 dari 7 kasus"
    page.modus.set_code("EBM")  # 6 cases: counting stops at the cap
    assert page.count_label.text() == "Lebih dari 4 kasus cocok; 3 yang pertama ditampilkan"
    assert page.model.canFetchMore()
    page.model.fetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == 6 and not page.model.canFetchMore()
    assert page.count_label.text() == "Menampilkan 6 dari 6 kasus"


def test_a_search_without_match_says_so_and_how_many_are_registered(qtbot, backend, runner,
                                                                     prefs):
    register(backend, "Theresia Kelen", age=30)
    page = _page(qtbot, backend, runner, prefs)
    assert page.count_label.text() == "Menampilkan 1 dari 1 kasus"
    qtbot.keyClicks(page.search, "Zakharia")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    assert page.count_label.text() == ("Tidak ada kasus yang cocok dengan pencarian ini "
                                       "(1 kasus terdaftar).")
    # a filter chosen before the page was first shown: the register's size is asked for
    other = CaseListPage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(other)
    other.modus.set_code("ESK")
    other.show()
    other.page_shown()
    assert other.model.rowCount() == 0
    assert other.count_label.text() == ("Tidak ada kasus yang cocok dengan pencarian ini "
                                        "(1 kasus terdaftar).")


def test_down_or_enter_in_the_search_box_goes_to_the_first_result(qtbot, backend, runner,
                                                                   prefs):
    ids = dict(zip((n for n, _a in NAMES), (i for i, _n in _fill(backend))))
    page = _page(qtbot, backend, runner, prefs)
    opened: list[str] = []
    page.case_opened.connect(opened.append)
    page.activateWindow()
    page.search.setFocus()
    qtbot.waitUntil(page.search.hasFocus)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.view.hasFocus() and page.view.currentIndex().row() == 0
    qtbot.keyClick(page.view, Qt.Key.Key_Up)  # from the first row back to the search box
    assert page.search.hasFocus()
    # typed and Enter at once: the search runs and focus goes to its first result
    qtbot.keyClicks(page.search, "maria")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(page.view.hasFocus, timeout=2000)
    assert _names(page) == ["Maria Seran"] and page.view.currentIndex().row() == 0
    qtbot.keyClick(page.view, Qt.Key.Key_Return)  # Enter on the row opens the case
    assert opened == [ids["Maria Seran"]]
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert page.view.hasFocus()


def _main_window(qtbot, backend, runner, prefs):
    from ppt_desk.gui.main_window import MainWindow

    window = MainWindow(make_ctx(backend, runner, prefs))
    qtbot.addWidget(window)
    window.show()
    window.show_page(window.case_list)
    return window


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _header_problems(view) -> list[str]:
    """Headers of shown columns whose label is wider than its section, and columns that
    reach past the right edge of the view."""
    header = view.horizontalHeader()
    problems = []
    for column in range(view.model().columnCount()):
        if view.isColumnHidden(column):
            continue
        text = view.model().headerData(column, Qt.Orientation.Horizontal)
        if header.fontMetrics().horizontalAdvance(text) > header.sectionSize(column):
            problems.append(f"clipped: {text}")
        if header.sectionViewportPosition(column) + header.sectionSize(column) \
                > view.viewport().width():
            problems.append(f"off-screen: {text}")
    return problems


def test_columns_fit_1366_and_1024_without_clipped_headers_or_scrolling(qtbot, backend, runner,
                                                                         prefs):
    _fill(backend)
    register(backend, "Maria Goreti Fransiska Bunga Lamaholot Seran Nahak", age=33,
             modus=("EBM", "KP", "ESK"))
    for n in range(30):  # enough rows for a vertical scroll bar (it narrows the viewport)
        register(backend, f"Uji Baris {n}", age=20 + n, days_ago=10 + n)
    window = _main_window(qtbot, backend, runner, prefs)
    view = window.case_list.view
    for width, height in ((1366, 768), (1024, 768), (1366, 768)):
        window.case_list.status.set_code("KORBAN")  # a few rows: no vertical scroll bar
        window.resize(width, height)
        _settle()
        assert window.width() == width  # the window can be that narrow
        assert not view.verticalScrollBar().isVisible()
        assert _header_problems(view) == []
        window.case_list.status.set_code("")  # many: the vertical scroll bar narrows the view
        _settle()
        assert view.verticalScrollBar().isVisible()
        assert _header_problems(view) == []
        assert not view.horizontalScrollBar().isVisible()
        assert view.horizontalScrollBar().maximum() == 0
        shown = [c for c in range(10) if not view.isColumnHidden(c)]
        if width == 1366:
            assert shown == list(range(10))
        else:  # only the age group goes (the Umur cell's tooltip and the filter keep it)
            assert shown == [c for c in range(10) if c != COL_AGE_BAND]
        long_name = next(r for r in range(window.case_list.model.rowCount())
                         if window.case_list.model.index(r, COL_NAME).data().startswith("Maria G"))
        assert window.case_list.model.index(long_name, COL_NAME).data(
            Qt.ItemDataRole.ToolTipRole).endswith("Nahak")
    assert window.case_list.model.index(0, COL_AGE).data(Qt.ItemDataRole.ToolTipRole) == "Dewasa"
    header = view.horizontalHeader()
    assert window.case_list.model.headerData(
        COL_DATE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Tanggal pengaduan"
    assert header.sectionSize(COL_NAME) >= 150
    _shots(window)


# Screenshots: with PPT_DESK_SCREENSHOTS=<folder>; otherwise a scratch folder, so that a test
# run changes no tracked file.
SHOTS = Path(os.environ.get("PPT_DESK_SCREENSHOTS")
             or Path(tempfile.gettempdir()) / "ppt-desk-daftar-kasus-shots")


def _shots(window) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in ((1366, 768), (1024, 768)):
        window.resize(width, height)
        _settle()
        window.grab().save(str(SHOTS / f"daftar-kasus-{width}x{height}.png"))
