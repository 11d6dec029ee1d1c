"""Hari ini: due items follow the (moved) clock; supervisors approve or return stage changes
through the buttons; a caseworker sees only their own list; a row opens its case."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

from ppt_desk.gui import theme
from ppt_desk.gui.dialogs.comment_dialog import CommentDialog
from ppt_desk.gui.main_window import MainWindow
from ppt_desk.gui.pages.today_page import TodayPage
from ppt_desk.gui.theme import Role

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


def _rows(page: TodayPage) -> list[tuple[str, str, str]]:
    """(status, case number, what) of the 'Kasus saya' rows."""
    t = page.due.table
    return [(t.item(r, 0).text(), t.item(r, 1).text(), t.item(r, 4).text())
            for r in range(t.rowCount())]


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
    assert _rows(page) == []
    assert page.due.empty.isVisibleTo(page)
    assert page.date_label.text()  # the backend's today, in words

    clock.advance(5)  # day 6 of the allowance: phase 1 ends tomorrow
    page.refresh()
    assert _rows(page) == [("Segera", food_no, "Jaminan hidup tahap 1 berakhir 08/05/2025")]
    assert not page.due.empty.isVisibleTo(page)

    clock.advance(11)  # 16 days without progress; the allowance is past its last day
    page.refresh()
    rows = _rows(page)
    assert (("● Terlambat", stale_no, "Tahap Perlindungan Sosial 16 hari tanpa kemajuan")
            in rows)
    assert any(n == food_no and w.startswith("Jaminan hidup melewati batas: hari ke-17")
               for _s, n, w in rows)
    assert all(s == "● Terlambat" for s, _n, _w in rows)
    assert page.due.table.item(0, 0).foreground().color() == theme.color(Role.ERROR_STRONG)
    assert "terlambat" in page.summary.text()

    clock.advance(2)  # the home visit of day 21 comes within the three warning days
    page.refresh()
    rows = _rows(page)
    assert ("Segera", visit_no, "Kunjungan Rumah dijadwalkan 22/05/2025") in rows
    assert rows[-1][0] == "Segera"  # overdue first
    clock.advance(3)
    page.refresh()
    assert ("● Terlambat", visit_no, "Kunjungan Rumah terlambat sejak 22/05/2025") in _rows(page)

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
    assert page.tabs.tabText(2) == "Kelengkapan pencatatan (4)"

    page.clear()  # lock: nothing of the cases stays on screen
    assert not page.message.isVisibleTo(page)
    assert page.due.table.rowCount() == 0 and page.missing.table.rowCount() == 0
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
    assert page.tabs.tabText(0) == "Menunggu persetujuan (1)"
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
    assert page.tabs.tabText(0) == "Menunggu persetujuan (0)"
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
    assert page.due.table.rowCount() == 1
    page.due.table.setFocus()
    page.due.table.selectRow(0)
    with qtbot.waitSignal(page.case_opened) as opened:
        qtbot.keyClick(page.due.table, Qt.Key.Key_Return)
    assert opened.args == [case_id]
    assert window.stack.currentWidget() is window.case_page
