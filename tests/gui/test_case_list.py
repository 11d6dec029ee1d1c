"""Case table model (qtmodeltester) and the case list page: SQL sorting by header click,
paging, filters, stale search results."""
from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QPoint, Qt

from ppt_desk.gui.models.case_table_model import (
    COL_AGE, COL_AGE_BAND, COL_MODUS, COL_NAME, COL_NUMBER, COL_STATUS, CaseIdRole,
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
    assert page.count_label.text() == "Menampilkan 3 dari lebih dari 4 kasus"
    assert page.model.canFetchMore()
    page.model.fetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == 7 and not page.model.canFetchMore()
    assert page.count_label.text() == "Menampilkan 7 dari 7 kasus"
