"""Statistik (issue 13) through the real widgets over the real backend: the page counts the
registered cases, the period picker changes the period, Enter or a double-click on a figure
lists the cases behind it (and opens one on the case page), the exports write files (the PDF
read back), a pulled stick leaves a clear message and no half-written file, the progress bar
shows only for work that takes longer than half a second. Screenshots at 1366x768 and
1024x768 go to $PPT_DESK_SCREENSHOTS/statistik-*.png when that is set."""
from __future__ import annotations

import csv
import os
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import pytest

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from ppt_desk.domain.errors import DomainError
from ppt_desk.gui.main_window import MainWindow
from ppt_desk.gui.runner import TaskRunner
from ppt_desk.gui.stats.cases_dialog import CasesDialog
from ppt_desk.gui.stats.stats_page import StatsPage
from ppt_desk.gui.stats.table_model import StatTableModel

from casework_gui_helpers import add_caseworker, sign_in
from gui_helpers import TODAY, make_ctx, register
from pdf_tools import flat, needs_poppler, text_of

# Screenshots for the user guide: with PPT_DESK_SCREENSHOTS=<folder> (docs/screenshots holds
# the ones in the guide); otherwise a scratch folder, so that a test run changes no tracked file.
SHOTS = Path(os.environ.get("PPT_DESK_SCREENSHOTS")
             or Path(tempfile.gettempdir()) / "ppt-desk-statistik-shots")
AGE_SEX = "korban_umur_jk"      # victims by age group x sex (tables.py)


def _cases(backend) -> dict[str, tuple[str, str]]:
    """Three cases this month (a boy of 15; two women, one with two modus) and one from
    40 days ago; name -> (id, number)."""
    return {
        "Yohanes Uji": register(backend, "Yohanes Uji", sex="L", age=15),
        "Maria Uji": register(backend, "Maria Uji", sex="P", age=25, modus=("EBM", "KRJ-PRT")),
        "Dewi Uji": register(backend, "Dewi Uji", sex="P", age=35),
        "Lama Uji": register(backend, "Lama Uji", sex="P", age=40, days_ago=40),
    }


def _page(qtbot, backend, runner, prefs) -> StatsPage:
    page = StatsPage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(page)
    page.resize(1196, 700)
    page.show()
    page.page_shown()
    return page


def _figures(page: StatsPage) -> dict[tuple[str, str], str]:
    """(row label, column label) -> the text the table view shows."""
    model = page.view.model()
    return {(model.headerData(r, Qt.Orientation.Vertical),
             model.headerData(c, Qt.Orientation.Horizontal)): model.index(r, c).data()
            for r in range(model.rowCount()) for c in range(model.columnCount())}


def _index(page: StatsPage, row: str, column: str) -> QModelIndex:
    model = page.view.model()
    (r,) = [r for r in range(model.rowCount())
            if model.headerData(r, Qt.Orientation.Vertical) == row]
    (c,) = [c for c in range(model.columnCount())
            if model.headerData(c, Qt.Orientation.Horizontal) == column]
    return model.index(r, c)


def _double_click(qtbot, page: StatsPage, index: QModelIndex) -> None:
    page.view.scrollTo(index)
    rect = page.view.visualRect(index)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _dialog(page: StatsPage) -> CasesDialog:
    (dialog,) = [d for d in page.findChildren(CasesDialog) if d.isVisible()]
    return dialog


def test_the_page_counts_the_registered_cases(qtbot, backend, runner, prefs):
    _cases(backend)
    page = _page(qtbot, backend, runner, prefs)
    # the default: this year, every case of this PPT, exact figures for a supervisor
    assert page.picker.period().label_id == f"Tahun {TODAY.year}"
    assert page.scope.currentText() == "Semua kasus PPT ini"
    assert page.banner.text().startswith("Angka pasti — hanya untuk penggunaan di dalam aplikasi")
    assert page.current_entry() == AGE_SEX
    assert isinstance(page.view.model(), StatTableModel)
    figures = _figures(page)
    assert figures[("Anak", "Laki-laki")] == "1"
    assert figures[("Dewasa", "Perempuan")] == "3"
    assert figures[("Dewasa", "Laki-laki")] == "0"
    assert figures[("Jumlah", "Jumlah")] == "4"
    assert figures[("Anak", "Jumlah")] == "1"
    assert figures[("Jumlah", "Perempuan")] == "3"
    # the list groups the tables by what they count; the chart is drawn
    assert "Modus" in page.entry_titles()      # the breakdown under its section's heading
    sections = {page.contents.topLevelItem(g).text(0): [
        page.contents.topLevelItem(g).child(i).text(0)
        for i in range(page.contents.topLevelItem(g).childCount())]
        for g in range(page.contents.topLevelItemCount())}
    assert page.contents.topLevelItem(0).text(0) == "Korban"
    assert "Modus" in sections["Modus dan eksploitasi"]
    assert sections["Pemulangan"] == ["Pemulangan"]
    assert page.chart.has_chart and page.chart.isVisible()
    assert not page.no_chart.isVisible()
    # modus: a case in two rows, counted once in the total
    page.select_entry("modus")
    figures = _figures(page)
    assert figures[("Eksploitasi buruh migran", "Jumlah")] == "4"
    assert figures[("Dipekerjakan sebagai Pekerja Rumah Tangga (PRT)", "Perempuan")] == "1"
    assert figures[("Jumlah", "Jumlah")] == "4"
    assert page.table("modus").note_id in page.table_note.text()
    # keyboard: Down in the list shows the next table
    page.contents.setFocus()
    before = page.current_entry()
    qtbot.keyClick(page.contents, Qt.Key.Key_Down)
    assert page.current_entry() != before
    assert page.table_title.text() == page.table(page.current_entry()).title_id


def test_a_caseworker_sees_small_cells_hidden(qtbot, backend, runner, prefs):
    _cases(backend)
    add_caseworker(backend, "pendamping1", "Pendamping Satu")
    sign_in(backend, "pendamping1")
    page = _page(qtbot, backend, runner, prefs)
    assert page.banner.text() == "Sel kecil (1–10) disamarkan"
    figures = _figures(page)
    assert figures[("Dewasa", "Perempuan")] == "x"
    assert "x" not in {figures[("Dewasa", "Laki-laki")]}   # 0 is not a small cell
    assert not page.chart.isVisible()                  # nothing left to draw: says so
    assert page.no_chart.isVisible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.resize(1196, 700)
    QApplication.processEvents()
    page.grab().save(str(SHOTS / "statistik-disamarkan.png"))


def test_the_period_picker_changes_the_period(qtbot, backend, runner, prefs):
    _cases(backend)
    page = _page(qtbot, backend, runner, prefs)
    picker = page.picker
    earlier = TODAY - timedelta(days=40)
    # Bulan: the month of the older case, chosen with the keyboard; Enter runs the report
    picker.kind.setFocus()
    while picker.kind.currentData() != "BULAN":
        qtbot.keyClick(picker.kind, Qt.Key.Key_Up)
    assert picker.number.isVisible() and not picker.start.isVisible()
    picker.number.setCurrentIndex(picker.number.findData(earlier.month))
    picker.year.setCurrentIndex(picker.year.findData(earlier.year))
    qtbot.keyClick(picker.year, Qt.Key.Key_Return)
    assert page.report.period.start == earlier.replace(day=1)
    assert page.report.period.kind == "BULAN"
    assert _figures(page)[("Jumlah", "Jumlah")] == "1"
    assert page.caption.text().startswith(page.report.period.label_id)
    # Rentang tanggal: today only -> the three new cases
    picker.set_kind("RENTANG")
    assert picker.start.isVisible() and picker.end.isVisible() and not picker.year.isVisible()
    picker.start.setDate(TODAY)
    picker.end.setDate(TODAY)
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert (page.report.period.start, page.report.period.end) == (TODAY, TODAY)
    assert _figures(page)[("Jumlah", "Jumlah")] == "3"
    # Triwulan holding today
    picker.set_kind("TRIWULAN")
    roman = ("I", "II", "III", "IV")[(TODAY.month - 1) // 3]
    assert picker.number.currentText() == f"Triwulan {roman}"
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert page.report.period.kind == "TRIWULAN"
    assert page.report.period.contains(TODAY)


def test_a_figure_opens_its_cases_and_a_case_opens_on_the_case_page(qtbot, backend, runner,
                                                                      prefs):
    cases = _cases(backend)
    window = MainWindow(make_ctx(backend, runner, prefs))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    (row,) = [r for r in range(window.nav.count()) if window.nav.item(r).text() == "Statistik"]
    window.nav.setCurrentRow(row)
    page = window.stats_page
    assert window.stack.currentWidget() is page
    assert _figures(page)[("Dewasa", "Perempuan")] == "3"
    _double_click(qtbot, page, _index(page, "Dewasa", "Perempuan"))
    dialog = _dialog(page)
    numbers = sorted(dialog.list.table.item(r, 0).text()
                     for r in range(dialog.list.table.rowCount()))
    assert numbers == sorted(cases[n][1] for n in ("Maria Uji", "Dewi Uji", "Lama Uji"))
    assert not dialog.hidden.isVisibleTo(dialog)
    assert "Dewasa — Perempuan: 3" in dialog.findChild(type(dialog.hidden), "casesFigure").text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "statistik-kasus-di-balik-angka.png"))
    # Enter on a row opens the case on the case page
    row = dialog.list.row_of(cases["Dewi Uji"][0])
    dialog.list.table.selectRow(row)
    qtbot.keyClick(dialog.list.table, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.stack.currentWidget() is window.case_page
    assert window.case_page.detail.id == cases["Dewi Uji"][0]
    _shot(window, page)


def test_cases_a_caseworker_may_not_see_are_counted_not_listed(qtbot, backend, runner, prefs):
    cases = _cases(backend)
    me = add_caseworker(backend, "pendamping1", "Pendamping Satu")
    backend.casework.share(cases["Maria Uji"][0], me.id)
    sign_in(backend, "pendamping1")
    page = _page(qtbot, backend, runner, prefs)
    page.view.setFocus()
    page.view.setCurrentIndex(_index(page, "Jumlah", "Jumlah"))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    dialog = _dialog(page)
    assert dialog.case_ids() == [cases["Maria Uji"][0]]
    assert not dialog.more.isVisibleTo(dialog)
    assert dialog.hidden.isVisibleTo(dialog)
    assert dialog.hidden.text() == "3 kasus lain tidak dapat Anda lihat."


def _save_as(monkeypatch, target: Path, asked: list) -> None:
    def save_as(dialog):   # the real dialog, set up; the user picks ``target``
        asked.append({"name": Path(dialog.selectedFiles()[0]).name,
                      "title": dialog.windowTitle(), "filters": dialog.nameFilters(),
                      "accept": dialog.labelText(QFileDialog.DialogLabel.Accept)})
        dialog.selectFile(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "exec", save_as)


@needs_poppler
def test_exports_write_their_files(qtbot, monkeypatch, tmp_path, backend, runner, prefs):
    _cases(backend)
    page = _page(qtbot, backend, runner, prefs)
    out = tmp_path / "stick"
    out.mkdir()
    asked: list = []
    _save_as(monkeypatch, out / "laporan.pdf", asked)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    pdf = out / "laporan.pdf"
    assert page.notice.text() == f"Laporan PDF disimpan: {pdf}"
    text = flat(text_of(pdf))
    assert "P2TP2A Kota Kupang" in text
    assert f"Tahun {TODAY.year}" in text
    assert asked[-1]["name"] == f"laporan-statistik-{TODAY.year}0101-{TODAY.year}1231.pdf"
    assert asked[-1]["accept"] == "&Simpan"
    assert "Berkas PDF tidak terenkripsi" in asked[-1]["title"]

    _save_as(monkeypatch, out / "statistik.xlsx", asked)
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    assert asked[-1]["filters"] == ["Lembar kerja Excel (*.xlsx)"]
    assert "Berkas tidak terenkripsi" in asked[-1]["title"]
    from openpyxl import load_workbook
    book = load_workbook(out / "statistik.xlsx")
    assert len(book.sheetnames) >= len(page.report.tables)
    assert page.notice.text() == f"Spreadsheet disimpan: {out / 'statistik.xlsx'}"

    _save_as(monkeypatch, out / "simfoni.xlsx", asked)
    qtbot.mouseClick(page.simfoni_button, Qt.MouseButton.LeftButton)
    assert load_workbook(out / "simfoni.xlsx").sheetnames
    assert page.notice.text().startswith("Agregat SIMFONI-PPA disimpan")

    _save_as(monkeypatch, out / "htcds.csv", asked)
    qtbot.mouseClick(page.htcds_button, Qt.MouseButton.LeftButton)
    assert asked[-1]["filters"] == ["Berkas CSV (*.csv)"]
    with open(out / "htcds.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "prs_Gender"     # HTCDS field names; rows only where k = 11 holds
    assert page.notice.text().startswith(
        f"HTCDS disimpan: {out / 'htcds.csv'} ({len(rows) - 1} baris;")
    assert not page.error.isVisibleTo(page)
    assert sorted(p.name for p in out.iterdir()) == ["htcds.csv", "laporan.pdf", "simfoni.xlsx",
                                                     "statistik.xlsx"]   # no temp files left


def test_a_pulled_stick_says_so_and_leaves_nothing_half_written(qtbot, monkeypatch, tmp_path,
                                                                backend, runner, prefs):
    _cases(backend)
    page = _page(qtbot, backend, runner, prefs)
    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / "laporan.pdf"

    def pulled(dialog):   # chosen, then the stick is pulled before the file is written
        dialog.selectFile(str(target))
        stick.rmdir()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "exec", pulled)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert page.error.isVisibleTo(page)
    assert page.error.text().startswith(f"Berkas belum tersimpan: {stick} tidak dapat dijangkau")
    assert "Data di aplikasi tidak berubah" in page.error.text()
    assert not page.notice.isVisibleTo(page)
    assert not stick.exists()
    # the stick back, an earlier export of the same name; a failing write leaves it whole
    stick.mkdir()
    target.write_bytes(b"earlier export")
    monkeypatch.setattr(type(backend.stats), "write_report_pdf", _half_then_fail)
    _save_as(monkeypatch, target, [])
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert "penuh" in page.error.text()
    assert target.read_bytes() == b"earlier export"
    assert [p.name for p in stick.iterdir()] == ["laporan.pdf"]


def _half_then_fail(self, report, path, language):
    """A stick that fills up half-way through the file."""
    import errno

    Path(path).write_bytes(b"%PDF-1.4 half")
    raise OSError(errno.ENOSPC, "No space left on device")


def test_the_progress_bar_shows_only_after_half_a_second(qtbot, backend, prefs, monkeypatch):
    _cases(backend)
    runner = TaskRunner()
    real = type(backend.stats).report
    seen = []

    def slow(self, period, scope, progress=None):   # the real report, after a slow rebuild
        progress(1, 4)
        time.sleep(1.2)
        progress(3, 4)
        time.sleep(0.6)
        return real(self, period, scope, progress)

    monkeypatch.setattr(type(backend.stats), "report", slow)
    page = StatsPage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(page)
    page.show()
    page.page_shown()
    qtbot.waitUntil(lambda: page._choices_loaded, timeout=5000)
    assert not page.progress.isVisible()            # not at once
    assert not page.show_button.isEnabled()
    qtbot.waitUntil(lambda: page.progress.isVisible(), timeout=2000)
    seen.append(page.progress_label.text())
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    assert not page.progress.isVisible()
    assert page.show_button.isEnabled()
    assert seen[0] in ("Menyiapkan data kasus… 1/4", "Menyiapkan data kasus… 3/4")
    runner.wait_idle()


def _shot(window, page: StatsPage) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.show_page(page)
    page.select_entry("modus")
    for width, height in ((1366, 768), (1024, 768)):
        window.resize(width, height)
        for _ in range(3):
            QApplication.processEvents()
        page.tabs.setCurrentIndex(0)
        QApplication.processEvents()
        window.grab().save(str(SHOTS / f"statistik-{width}x{height}.png"))
        page.tabs.setCurrentWidget(page.rad)
        manual = next(line for line in page.rad.sheet.lines if line.manual)
        page.rad.list.table.selectRow(page.rad.list.row_of(manual.indicator))
        for _ in range(3):
            QApplication.processEvents()
        window.grab().save(str(SHOTS / f"statistik-rad-{width}x{height}.png"))
        page.tabs.setCurrentIndex(0)


def _rad_rows(tab) -> dict[str, list[str]]:
    t = tab.list.table
    return {tab.list.key_at(r): [t.item(r, c).text() for c in range(t.columnCount())]
            for r in range(t.rowCount())}


def test_rad_sheet_takes_a_manual_figure_and_keeps_computed_lines_read_only(
        qtbot, backend, runner, prefs):
    _cases(backend)
    page = _page(qtbot, backend, runner, prefs)
    tab = page.rad
    page.tabs.setCurrentWidget(tab)
    assert tab.plan.currentData() == "NTT-2020-2023"      # the province's own plan first
    assert tab.year.currentData() in tab.current_plan().years
    sheet = tab.sheet
    manual = next(line for line in sheet.lines if line.manual)
    computed = next(line for line in sheet.lines if not line.manual)
    rows = _rad_rows(tab)
    assert rows[computed.indicator][-1] == "otomatis"
    assert rows[manual.indicator][-1] == "✎ manual"
    # a computed line: nothing to type in
    tab.list.table.selectRow(tab.list.row_of(computed.indicator))
    assert not tab.save_button.isEnabled() and not tab.value.isEnabled()
    # a manual line: Enter on it goes to the value; semester II = 7 with a note
    tab.list.table.selectRow(tab.list.row_of(manual.indicator))
    assert tab.save_button.isEnabled()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    tab.list.table.setFocus()
    qtbot.keyClick(tab.list.table, Qt.Key.Key_Return)
    assert tab.value.hasFocus()
    tab.semester.setCurrentIndex(tab.semester.findData(2))
    tab.value.setValue(7)
    tab.note.setText("Kampanye di dua desa")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert not page.error.isVisibleTo(page), page.error.text()
    assert page.notice.text().startswith(f"Isian RAD disimpan: {manual.number}, semester II")
    line = next(x for x in tab.sheet.lines if x.indicator == manual.indicator)
    assert line.semester2 == 7 and line.note == "Kampanye di dua desa"
    assert _rad_rows(tab)[manual.indicator][5] == "7"
    # the year's sheet read again from the store shows it too
    again = backend.stats.rad_sheet("NTT-2020-2023", sheet.year, sheet.scope)
    assert next(x for x in again.lines if x.indicator == manual.indicator).semester2 == 7


def test_a_caseworker_may_not_type_rad_figures(qtbot, backend, runner, prefs):
    add_caseworker(backend, "pendamping1", "Pendamping Satu")
    sign_in(backend, "pendamping1")
    page = _page(qtbot, backend, runner, prefs)
    page.tabs.setCurrentWidget(page.rad)
    tab = page.rad
    manual = next(line for line in tab.sheet.lines if line.manual)
    tab.list.table.selectRow(tab.list.row_of(manual.indicator))
    # the entry box stays closed and says who may type
    assert not tab.save_button.isEnabled() and not tab.value.isEnabled()
    assert tab.entry_line.full_text == ("Isian manual hanya dapat diubah oleh supervisor, "
                                        "admin atau petugas sekretariat.")
    # and the store refuses anyway
    with pytest.raises(DomainError) as caught:
        backend.stats.save_rad_entry("NTT-2020-2023", manual.indicator, tab.sheet.year, 1, 3, "")
    assert caught.value.code == "needs_supervisor_role"


def test_a_province_loads_its_own_rad_file(qtbot, monkeypatch, tmp_path, backend, runner,
                                          prefs):
    import json

    source = Path(__file__).resolve().parents[2] / "resources" / "rad" / "ntt.json"
    plan = json.loads(source.read_text(encoding="utf-8"))
    plan.update(code="NTT-UJI-2025", title_id="RAD Uji NTT 2025", title_en="Test RAD")
    own = tmp_path / "rad-uji.json"
    own.write_text(json.dumps(plan), encoding="utf-8")
    page = _page(qtbot, backend, runner, prefs)
    page.tabs.setCurrentWidget(page.rad)

    def choose(dialog):
        assert dialog.windowTitle() == "Muat RAD provinsi"
        dialog.selectFile(str(own))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "exec", choose)
    qtbot.mouseClick(page.rad.load_button, Qt.MouseButton.LeftButton)
    assert page.notice.text() == "RAD dimuat: RAD Uji NTT 2025"
    assert page.rad.plan.currentData() == "NTT-UJI-2025"
    assert page.rad.sheet is not None and page.rad.sheet.plan.code == "NTT-UJI-2025"


def test_the_secretariat_counts_the_province(qtbot, tmp_path, prefs):
    from PySide6.QtWidgets import QWizard

    from ppt_desk.bootstrap import make_backend
    from ppt_desk.gui.app import AppController
    from ppt_desk.gui.runner import SyncRunner
    from ppt_desk.security.kdf import TEST_PARAMS

    from gui_helpers import PASSWORD
    from test_secretariat_window import _through_wizard

    sek = make_backend(tmp_path / "sekretariat", TEST_PARAMS)
    controller = AppController(sek, SyncRunner(), prefs)
    controller.start()
    wizard = _through_wizard(qtbot, controller, tmp_path)
    wizard.keys_page.code_confirm.setChecked(True)
    wizard.keys_page.key_confirm.setChecked(True)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    unlock = controller.dialog
    qtbot.addWidget(unlock)
    qtbot.keyClicks(unlock.password, PASSWORD)
    with qtbot.waitSignal(controller.window_opened) as opened:
        qtbot.keyClick(unlock.password, Qt.Key.Key_Return)
    window = opened.args[0]
    qtbot.addWidget(window)
    page = window.by_title["Statistik"]
    window.show_page(page)
    assert [page.scope.itemText(i) for i in range(page.scope.count())] == [
        scope.label_id for scope in sek.stats.scopes()]
    assert page.report is not None and page.report.scope == sek.stats.scopes()[0]
    assert _figures(page)[("Jumlah", "Jumlah")] == "0"
    assert page.table_note.text().startswith("Tidak ada kasus untuk tabel ini")
    # a case behind a figure opens in the provincial register's case view
    register_page = window.by_title["Register provinsi"]
    page.case_opened.emit("no-such-case")
    assert window.stack.currentWidget() is register_page
    assert register_page.stack.currentWidget() is register_page.case_page
    controller.lock()


def test_a_change_to_the_cases_is_counted_when_the_page_is_shown_again(qtbot, backend, runner,
                                                                        prefs):
    from ppt_desk.services.change_set import ChangeSet

    _cases(backend)
    page = _page(qtbot, backend, runner, prefs)
    assert _figures(page)[("Jumlah", "Jumlah")] == "4"
    case_id, _number = register(backend, "Baru Uji", sex="L", age=30)
    page.ctx.bus.data_changed.emit(ChangeSet(cases=frozenset({case_id})))
    assert page.notice.text().startswith("Data kasus berubah sejak angka ini dihitung")
    assert _figures(page)[("Jumlah", "Jumlah")] == "4"       # not counted behind the user's back
    page.page_shown()
    assert _figures(page)[("Jumlah", "Jumlah")] == "5"


def test_the_lock_forgets_the_figures(qtbot, backend, runner, prefs):
    _cases(backend)
    page = _page(qtbot, backend, runner, prefs)
    page.tabs.setCurrentWidget(page.rad)
    assert page.report is not None and page.rad.sheet is not None
    page.clear()
    assert page.report is None and page.entries() == [] and page.view.model() is None
    assert not page.banner.isVisibleTo(page) and page.caption.text() == ""
    assert not any(button.isEnabled() for button in page.export_buttons)
    assert page.rad.sheet is None and page.rad.list.table.rowCount() == 0


def test_a_long_list_of_cases_is_cut_and_says_so(qtbot, monkeypatch, backend, runner, prefs):
    from ppt_desk.gui.stats import cases_dialog

    monkeypatch.setattr(cases_dialog, "MAX_SHOWN", 2)
    _cases(backend)
    page = _page(qtbot, backend, runner, prefs)
    page.view.setCurrentIndex(_index(page, "Jumlah", "Jumlah"))
    page.open_cases_at(page.view.currentIndex())
    dialog = _dialog(page)
    assert len(dialog.case_ids()) == 2
    assert dialog.more.isVisibleTo(dialog)
    assert dialog.more.text() == "Ditampilkan 2 kasus pertama dari 4."


def test_days_to_a_stage_are_their_own_entry(qtbot, backend, runner, prefs):
    from casework_gui_helpers import protection_done

    from ppt_desk.gui.stats.stats_page import DURATIONS
    from ppt_desk.gui.stats.table_model import DurationsModel

    cases = _cases(backend)
    case_id = cases["Dewi Uji"][0]
    for kind, payload in protection_done(TODAY).items():
        backend.casework.save_record(case_id, kind, payload)
    backend.casework.request_stage_change(case_id, "PENDEKATAN_AWAL")   # a supervisor: applied
    page = _page(qtbot, backend, runner, prefs)
    assert page.entries()[-1] == DURATIONS
    assert page.contents.topLevelItem(page.contents.topLevelItemCount() - 1).text(0) == \
        "Lama penanganan"
    page.select_entry(DURATIONS)
    model = page.view.model()
    assert isinstance(model, DurationsModel)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Tahap", "Kasus", "Median (hari)", "Persentil ke-90 (hari)"]
    rows = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    assert rows and "1" in rows.values()
    assert not page.chart.isVisible()
    page.open_cases_at(model.index(0, 1))       # no cases behind a median: nothing opens
    assert not [d for d in page.findChildren(CasesDialog) if d.isVisible()]
