"""The whole first day: setup wizard → unlock → intake by typing → find by a misspelled
name → case page."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from ppt_desk.bootstrap import make_backend
from ppt_desk.gui.app import AppController
from ppt_desk.gui.main_window import MainWindow
from ppt_desk.gui.models.case_table_model import COL_NAME, COL_NUMBER
from ppt_desk.gui.runner import SyncRunner
from ppt_desk.gui.setup_wizard import SetupWizard
from ppt_desk.gui.unlock_dialog import UnlockDialog
from ppt_desk.security.kdf import TEST_PARAMS

PASSWORD = "rahasia-kantor-01"


def test_setup_unlock_register_find_open(qtbot, tmp_path, prefs):
    backend = make_backend(tmp_path / "fresh", TEST_PARAMS)
    controller = AppController(backend, SyncRunner(), prefs)
    controller.start()
    wizard = controller.dialog
    assert isinstance(wizard, SetupWizard)
    qtbot.addWidget(wizard)
    assert wizard.kind_page.ppt.isChecked()   # Jenis instalasi: a PPT unless chosen otherwise
    wizard.next()

    office = wizard.office_page
    qtbot.keyClicks(office.name, "UPTD PPA Kota Contoh")
    assert office.prefix.text() == "CNT"
    office.kind.setFocus()
    qtbot.keyClicks(office.kind, "UPTD")
    province, regency = office.region.combos
    qtbot.keyClicks(province.lineEdit(), "Nusa Tenggara Timur")
    qtbot.keyClick(province.lineEdit(), Qt.Key.Key_Tab)
    qtbot.keyClicks(regency.lineEdit(), "Kota Kupang")
    qtbot.keyClick(regency.lineEdit(), Qt.Key.Key_Tab)
    assert office.region.codes() == ["53", "53.71"]
    for combo in (province, regency):
        combo.completer().popup().hide()  # the type-to-filter list the user would click away
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()

    admin = wizard.admin_page
    qtbot.keyClicks(admin.username, "rina.admin")
    qtbot.keyClicks(admin.display_name, "Rina Admin")
    qtbot.keyClicks(admin.password, PASSWORD)
    qtbot.keyClicks(admin.repeat, PASSWORD)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.code_page)
    code = wizard.code_page.view.code_label.text()
    assert len(code.split()) == 8
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # the recovery code must be acknowledged first
    wizard.code_page.confirm.setChecked(True)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    unlock = controller.dialog
    assert isinstance(unlock, UnlockDialog)
    qtbot.addWidget(unlock)
    assert unlock.username.currentText() == "rina.admin"
    qtbot.keyClicks(unlock.password, PASSWORD)
    with qtbot.waitSignal(controller.window_opened) as opened:
        qtbot.keyClick(unlock.password, Qt.Key.Key_Return)
    window: MainWindow = opened.args[0]
    qtbot.addWidget(window)
    assert "Rina Admin" in window.user_label.text()
    assert window.office_label.text() == "UPTD PPA Kota Contoh"

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.show_page(window.intake)
    f = window.intake.fields
    qtbot.keyClicks(f.full_name, "Siti Nurhayati")
    f.sex_buttons["P"].setFocus()
    qtbot.keyClick(f.sex_buttons["P"], Qt.Key.Key_Space)
    f.by_estimate.setFocus()
    qtbot.keyClick(f.by_estimate, Qt.Key.Key_Space)
    f.estimated_age.setFocus()
    f.estimated_age.selectAll()
    qtbot.keyClicks(f.estimated_age, "24")
    assert "24 tahun" in f.age_display.text()
    f.intake_channel.setFocus()
    qtbot.keyClicks(f.intake_channel, "Hotline")
    f.victim_status.setFocus()
    qtbot.keyClicks(f.victim_status, "Diduga")
    f.modus.setFocus()
    f.modus.setCurrentRow(0)
    qtbot.keyClick(f.modus, Qt.Key.Key_Space)
    assert f.modus.codes() == ["EBM"]
    qtbot.keyClick(f.modus, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.intake.summary.text() == ""

    page = window.case_page
    assert window.stack.currentWidget() is page
    number = page.findChild(type(page.title), "caseNumber").text()
    assert number.startswith("CNT/")
    assert number in page.notice.text()

    window.show_page(window.case_list)
    cases = window.case_list
    qtbot.keyClicks(cases.search, "sity nurhayaty")
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1, timeout=2000)
    assert cases.model.index(0, COL_NAME).data() == "Siti Nurhayati"
    assert cases.model.index(0, COL_NUMBER).data() == number
    assert cases.count_label.text() == "Menampilkan 1 dari 1 kasus"
    cases.view.setFocus()
    cases.view.setCurrentIndex(cases.model.index(0, 0))
    page.clear()
    qtbot.keyClick(cases.view, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is page
    assert page.findChild(type(page.title), "fullName").text() == "Siti Nurhayati"
    assert page.findChild(type(page.title), "caseNumber").text() == number
    assert page.title.text() == f"{number} — Siti Nurhayati"
    controller.quit()
