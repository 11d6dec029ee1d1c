"""Hari ini: due items follow the (moved) clock; supervisors approve or return stage changes
through the buttons; a caseworker sees only their own list; a row opens its case."""
from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTabWidget

from ppt_desk.gui import theme
from ppt_desk.gui.dialogs.comment_dialog import CommentDialog
from ppt_desk.gui.main_window import MainWindow
from ppt_desk.gui.pages.today_models import CaseIdRole
from ppt_desk.gui.pages.today_page import TodayPage
from ppt_desk.gui.theme import Role
from ppt_desk.services.dto import OfficeDue

from casework_gui_helpers import (
    START, add_caseworker, allowance, new_case, planned_visit, protection_done, sign_in,
    use_clock,
)
from gui_helpers import ADMIN, make_ctx


def _page(qtbot, backend, runner, prefs) -> TodayPage:
    page = TodayPage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.page_shown()
    return page


def _cells(model, row: int, parent=QModelIndex()) -> list[str]:
    return [model.index(row, c, parent).data() or "" for c in range(model.columnCount())]


def _rows(page: TodayPage) -> list[tuple[str, str, str]]:
    """(status, case number, what is due next) of the 'Kasus saya' rows."""
    model = page.mine_model
    return [(cells[0], cells[1], cells[5])
            for cells in (_cells(model, r) for r in range(model.rowCount()))]


def test_moving_the_clock_brings_the_right_due_items(qtbot, backend, runner, prefs):
    clock = use_clock(backend)
    me = backend.session.current_user.id
    stale_id, stale_no = new_case(backend, "Dewi Lestari", START, assigned=me)
    food_id, food_no = new_case(backend, "Maria Seran", START, assigned=me)
    backend.casework.save_record(food_id, "jaminan_hidup", allowance(START))
    visit_id, visit_no = new_case(backend, "Nur Aini", START, assigned=me)
    backend.casework.save_record(visit_id, "kunjungan_rumah", planned_visit(START + timedelta(days=20)))
    new_case(backend, "Kasus Orang Lain", START)  # not assigned to me: not in my list

    page = _page(qtbot, backend, runner, prefs)
    nothing = "Tidak ada yang jatuh tempo"
    assert sorted(_rows(page)) == [("", n, nothing) for n in (stale_no, food_no, visit_no)]
    assert page.mine.isVisibleTo(page) and not page.mine_empty.isVisibleTo(page)
    assert _cells(page.mine_model, 0)[3:5] == ["Perlindungan Sosial", "0"]  # stage, days in it
    assert page.date_label.text()  # the backend's today, in words

    clock.advance(5)  # day 6 of the allowance: phase 1 ends tomorrow
    page.refresh()
    assert _rows(page)[0] == ("Segera", food_no, "Jaminan hidup tahap 1 berakhir 08/05/2025")
    assert sorted(_rows(page)[1:]) == [("", stale_no, nothing), ("", visit_no, nothing)]
    assert _cells(page.mine_model, 0)[4] == "5"

    clock.advance(11)  # 16 days without progress; the allowance is past its last day
    page.refresh()
    rows = _rows(page)
    assert (("● Terlambat", stale_no, "16 hari tanpa kemajuan")
            in rows)
    food = next(w for _s, n, w in rows if n == food_no)
    assert food.endswith("(+1 lainnya)")  # the allowance past its limit and the stale stage
    assert [s for s, _n, _w in rows] == ["● Terlambat"] * 3
    assert ("Tahap Perlindungan Sosial 16 hari tanpa kemajuan"
            in [page.due_text(d) for d in page.view.due])
    first = page.mine_model.index(0, 0)
    assert first.data(Qt.ItemDataRole.ForegroundRole) == theme.color(Role.ERROR_STRONG)
    assert "terlambat" in page.summary.text()

    clock.advance(2)  # the home visit of day 21 comes within the three warning days
    page.refresh()
    rows = _rows(page)
    visit = next(r for r in rows if r[1] == visit_no)
    assert visit[0] == "● Terlambat"  # its stage went stale first: the most urgent shows
    assert "Kunjungan Rumah dijadwalkan 22/05/2025" in [page.due_text(d) for d in page.view.due]
    clock.advance(3)
    page.refresh()
    assert "Kunjungan Rumah terlambat sejak 22/05/2025" in [
        page.due_text(d) for d in page.view.due]

    # The supervisor sections: caseload and incomplete recording with the letters' labels.
    caseload = page.caseload.table
    assert caseload.item(0, 0).text() == backend.session.current_user.display_name
    assert caseload.item(0, 1).text() == "3" and caseload.item(0, 2).text() == "3"
    missing = page.missing.table
    assert missing.rowCount() == 4
    assert "4 kasus aktif" in page.missing_total.text()
    row = page.missing.row_of(stale_id)
    assert "c" in missing.item(row, 3).text().split(", ")
    assert "c — Jenis pemberdayaan / layanan yang diberikan" in missing.item(row, 3).toolTip()
    assert page.tabs.tabText(4) == "Kelengkapan pencatatan (4)"

    page.clear()  # lock: nothing of the cases stays on screen
    assert not page.message.isVisibleTo(page)
    assert page.mine_model.rowCount() == 0 and page.missing.table.rowCount() == 0
    assert page.office.model.rowCount() == 0 and page.office.filter_combo.count() == 0
    assert page.summary.text() == "" and page.caseload.table.rowCount() == 0


def test_supervisor_returns_then_approves_and_caseworker_sees_only_own(qtbot, backend, runner,
                                                                      prefs):
    use_clock(backend)
    rules = backend.office.casework_rules()
    backend.office.save_casework_rules(replace(
        rules, approval={**rules.approval, "PERLINDUNGAN>PENDEKATAN_AWAL": True}))
    maria = add_caseworker(backend, "maria.p", "Maria Pendamping")
    case_id, number = new_case(backend, "Agustina Bere", START, assigned=maria.id)
    new_case(backend, "Kasus Supervisor", START)

    sign_in(backend, "maria.p")
    for kind, payload in protection_done(START).items():
        backend.casework.save_record(case_id, kind, payload)
    _changes, change = backend.casework.request_stage_change(case_id, "PENDEKATAN_AWAL")
    assert change.status == "PENDING"

    sign_in(backend, ADMIN)
    page = _page(qtbot, backend, runner, prefs)
    assert page.tabs.tabText(2) == "Menunggu persetujuan (1)"
    page.tabs.setCurrentIndex(2)
    table = page.approvals.table
    assert [table.item(0, c).text() for c in (0, 1, 3)] == [
        number, "Maria Pendamping", "Perlindungan Sosial → Pendekatan Awal"]
    assert not page.return_button.isEnabled()  # nothing chosen yet
    table.selectRow(0)
    assert page.return_button.isEnabled() and page.approve_button.isEnabled()

    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(CommentDialog, "returnDialog")
    assert dialog.isVisible()
    assert not dialog.ok.isEnabled()  # a comment is required
    qtbot.keyClicks(dialog.comment, "Lengkapi dasar pernyataan bebas kritis")
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert page.approvals.table.isHidden() and page.approvals.empty.isVisibleTo(page)
    assert page.tabs.tabText(2) == "Menunggu persetujuan (0)"
    assert "dikembalikan" in page.message.text()

    sign_in(backend, "maria.p")
    mine = _page(qtbot, backend, runner, prefs)
    assert mine.tabs is None and mine.approvals is None
    assert not mine.findChildren(QTabWidget)
    assert mine.findChild(QTabWidget, "supervisorTabs") is None
    assert _rows(mine) == [("Dikembalikan", number, "Perubahan tahap ke Pendekatan Awal "
                            "dikembalikan: Lengkapi dasar pernyataan bebas kritis")]
    assert "persetujuan" not in mine.summary.text()
    backend.casework.request_stage_change(case_id, "PENDEKATAN_AWAL")

    sign_in(backend, ADMIN)
    page.refresh()
    page.approvals.table.selectRow(0)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert "disetujui" in page.message.text()
    assert page.approvals.table.rowCount() == 0
    assert backend.cases.open(case_id).work.stage == "PENDEKATAN_AWAL"


def test_enter_on_a_row_opens_the_case_from_the_start_page(qtbot, backend, runner, prefs):
    clock = use_clock(backend)
    case_id, number = new_case(backend, "Yuliana Tae", START, assigned=backend.session.current_user.id)
    clock.advance(20)
    window = MainWindow(make_ctx(backend, runner, prefs))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    page = window.today_page
    assert window.nav.item(0).text() == "Hari ini"
    assert window.stack.currentWidget() is page  # the start page
    assert page.mine_model.rowCount() == 1
    page.mine.setFocus()
    page.mine.setCurrentIndex(page.mine_model.index(0, 1))
    with qtbot.waitSignal(page.case_opened) as opened:
        qtbot.keyClick(page.mine, Qt.Key.Key_Return)
    assert opened.args == [case_id]
    assert window.stack.currentWidget() is window.case_page


def test_a_caseworker_with_one_active_case_sees_it(qtbot, backend, runner, prefs):
    clock = use_clock(backend)
    maria = add_caseworker(backend, "maria.p", "Maria Pendamping")
    case_id, number = new_case(backend, "Agustina Bere", START, assigned=maria.id)
    other_id, _other = new_case(backend, "Kasus Orang Lain", START)
    backend.casework.save_record(other_id, "kunjungan_rumah",
                                 planned_visit(START + timedelta(days=5)))  # due in the office
    clock.advance(3)
    assert backend.casework.office_due().total == 1  # as the supervisor sees it
    sign_in(backend, "maria.p")
    page = _page(qtbot, backend, runner, prefs)
    assert page.mine_model.rowCount() == 1
    assert _cells(page.mine_model, 0) == ["", number, "Agustina Bere", "Perlindungan Sosial", "3",
                                          "Tidak ada yang jatuh tempo"]
    assert page.mine.isVisibleTo(page) and not page.mine_empty.isVisibleTo(page)
    assert page.mine_box.title() == "Kasus saya"
    assert page.summary.text().startswith("1 kasus aktif · 0 hal perlu ditindaklanjuti")
    assert page.mine_model.index(0, 0).data(CaseIdRole) == case_id
    assert page.office is None
    assert backend.casework.office_due() == OfficeDue()  # the office's list: supervisors only


def _titles(page: TodayPage) -> list[str]:
    model = page.office.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _office_numbers(page: TodayPage) -> list[str]:
    model = page.office.model
    out = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        out += [model.index(r, 1, group).data() for r in range(model.rowCount(group))]
    return sorted(out)


def test_supervisor_sees_the_office_due_items_in_groups_and_the_filter_narrows(
        qtbot, backend, runner, prefs):
    clock = use_clock(backend)
    maria = add_caseworker(backend, "maria.p", "Maria Pendamping")
    yosef = add_caseworker(backend, "yosef.p", "Yosef Pendamping")
    m1 = new_case(backend, "Agustina Bere", START, assigned=maria.id)[1]
    m2 = new_case(backend, "Dewi Lestari", START, assigned=maria.id)[1]
    y_id, y1 = new_case(backend, "Nur Aini", START, assigned=yosef.id)
    backend.casework.save_record(y_id, "kunjungan_rumah",
                                 planned_visit(START + timedelta(days=30)))
    none = new_case(backend, "Belum Ada Pendamping", START)[1]
    clock.advance(29)  # every stage is stale; Nur Aini's visit is due tomorrow
    page = _page(qtbot, backend, runner, prefs)
    assert page.tabs.tabText(1) == "Jatuh tempo kantor"  # asked for when its tab shows
    assert page.office.due is None
    page.tabs.setCurrentWidget(page.office)
    assert page.tabs.tabText(1) == "Jatuh tempo kantor (5)"
    office = page.office
    assert _titles(page) == ["Tahap tanpa kemajuan — 4 hal, 4 terlambat",
                             "Kunjungan dijadwalkan — 1 hal"]
    assert office.tree.isFirstColumnSpanned(0, QModelIndex())
    assert _office_numbers(page) == sorted([m1, m2, y1, y1, none])

    office.group_combo.setCurrentIndex(office.group_combo.findData("user"))
    assert _titles(page) == ["Belum ditugaskan — 1 hal, 1 terlambat",
                             "Maria Pendamping — 2 hal, 2 terlambat",
                             "Yosef Pendamping — 2 hal, 1 terlambat"]
    combo = office.filter_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Semua (5)", "Pendamping: Maria Pendamping (2)", "Pendamping: Yosef Pendamping (2)",
        "Pendamping: Belum ditugaskan (1)", "Jenis: Kunjungan dijadwalkan (1)",
        "Jenis: Tahap tanpa kemajuan (4)"]
    combo.setCurrentIndex(1)  # Maria's only
    assert _titles(page) == ["Maria Pendamping — 2 hal, 2 terlambat"]
    assert _office_numbers(page) == sorted([m1, m2])
    combo.setCurrentIndex(combo.findData("kind:visit_due"))
    assert _titles(page) == ["Yosef Pendamping — 1 hal"]
    assert _office_numbers(page) == [y1]
    page.refresh()  # a reload keeps the choices
    assert combo.currentData() == "kind:visit_due" and _office_numbers(page) == [y1]

    # Keyboard: Alt+T reaches the filter, Alt+M the grouping; Enter on a group title closes
    # and opens it; on an item opens the case.
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert combo.hasFocus()
    qtbot.keyClick(page, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert office.group_combo.hasFocus()
    combo.setCurrentIndex(0)
    tree = office.tree
    tree.setFocus()
    group = office.model.index(0, 0)
    tree.setCurrentIndex(group)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert not tree.isExpanded(group)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert tree.isExpanded(group)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    item = tree.currentIndex()
    assert item.parent() == group
    with qtbot.waitSignal(page.case_opened) as opened:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened.args == [item.data(CaseIdRole)] and opened.args[0]


# Screenshots: with PPT_DESK_SCREENSHOTS=<folder>; otherwise a scratch folder, so that a test
# run changes no tracked file.
SHOTS = Path(os.environ.get("PPT_DESK_SCREENSHOTS")
             or Path(tempfile.gettempdir()) / "ppt-desk-today-shots")


def test_hari_ini_fits_1366_and_1024_for_caseworker_and_supervisor(qtbot, backend, runner, prefs):
    clock = use_clock(backend)
    me = backend.session.current_user.id
    maria = add_caseworker(backend, "maria.p", "Maria Pendamping")
    yosef = add_caseworker(backend, "yosef.p", "Yosef Pendamping")
    names = ["Agustina Bere", "Dewi Lestari", "Nur Aini", "Yuliana Tae", "Maria Seran",
             "Theresia Kelen", "Fransiska Lake", "Elisabeth Nahak"]
    for i, name in enumerate(names):
        case_id, _n = new_case(backend, name, clock.today(),
                               assigned=(me, maria.id, yosef.id)[i % 3])
        if i % 2:
            backend.casework.save_record(case_id, "kunjungan_rumah",
                                         planned_visit(START + timedelta(days=20 + i)))
        clock.advance(1)
    clock.advance(14)
    SHOTS.mkdir(parents=True, exist_ok=True)
    for who in (ADMIN, "maria.p"):
        sign_in(backend, who)
        window = MainWindow(make_ctx(backend, runner, prefs))
        qtbot.addWidget(window)
        window.show()
        page = window.today_page
        role = "supervisor" if who == ADMIN else "pendamping"
        for width, height in ((1366, 768), (1024, 768)):
            window.resize(width, height)
            tabs = [None] if page.tabs is None else [page.mine_box, page.office]
            for tab in tabs:
                if tab is not None:
                    page.tabs.setCurrentWidget(tab)
                if tab is not None and tab is page.office:
                    page.office.group_combo.setCurrentIndex(1)  # per pendamping
                for _ in range(3):
                    QApplication.processEvents()
                for view in (page.mine, page.office.tree if page.office else None):
                    if view is not None and view.isVisible():
                        assert not view.horizontalScrollBar().isVisible(), (who, width)
                part = "kantor" if tab is not None and tab is page.office else "kasus-saya"
                window.grab().save(str(SHOTS / f"hari-ini-{role}-{part}-{width}x{height}.png"))
