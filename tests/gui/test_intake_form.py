"""Intake form: messages next to the right fields, and drafts that survive a power cut."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ppt_desk.gui.main_window import MainWindow
from ppt_desk.gui.pages.intake_form import IntakeFormPage
from ppt_desk.gui.widgets.date_field import DateField
from ppt_desk.services.dto import CaseQuery
from ppt_desk.storage.schema import Person

from gui_helpers import TODAY, make_ctx


def _page(qtbot, backend, runner, prefs) -> IntakeFormPage:
    page = IntakeFormPage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=2000)
    page.page_shown()
    return page


def _shown_error(page, field: str) -> str:
    label = page.fields.errors[field]
    return label.text() if label.isVisible() else ""


def _below(label, widget) -> bool:
    """The message sits directly under its field, in the same group."""
    top = widget.mapTo(page_of(widget), widget.rect().bottomLeft()).y()
    return 0 <= label.mapTo(page_of(widget), label.rect().topLeft()).y() - top < 30


def page_of(widget):
    return widget.window()


def test_validation_messages_next_to_fields(qtbot, backend, runner, prefs):
    page = _page(qtbot, backend, runner, prefs)
    f = page.fields
    qtbot.keyClicks(f.full_name, "Maria Goreti Tefa")
    qtbot.mouseClick(f.sex_buttons["P"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(f.by_estimate, Qt.MouseButton.LeftButton)
    f.estimated_age.selectAll()
    qtbot.keyClicks(f.estimated_age, "14")
    assert f.age_display.text().startswith("14 tahun · kelompok umur Anak · ")
    assert "KORBAN ANAK" in f.age_display.text()
    assert f.guardian_box.isVisible()  # shown because the computed age is under 18
    qtbot.keyClicks(f.nik, "53710101")
    tomorrow = TODAY + timedelta(days=1)
    f.intake_date.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    f.intake_channel.set_code("HOTLINE")
    f.victim_status.set_code("DIDUGA")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert _shown_error(page, "guardian") == "Korban anak: isi nama atau hubungan wali."
    assert _shown_error(page, "nik") == "NIK harus 16 angka."
    assert _shown_error(page, "intake_date") == "Tanggal tidak boleh di masa depan."
    assert _shown_error(page, "full_name") == ""
    assert _shown_error(page, "sex") == ""
    assert page.summary.text() == "Beberapa isian belum benar. Periksa pesan berwarna merah."
    for field, widget in (("nik", f.nik), ("guardian", f.guardian_name),
                          ("intake_date", f.intake_date)):
        assert _below(f.errors[field], widget), field
    qtbot.waitUntil(lambda: QApplication.focusWidget() is f.nik, timeout=1000)  # first bad field
    assert backend.cases.search(CaseQuery()).total == 0  # nothing was stored

    # an adult needs no guardian: the group disappears and the message with it
    f.estimated_age.selectAll()
    qtbot.keyClicks(f.estimated_age, "30")
    assert not f.guardian_box.isVisible()
    f.nik.clear()
    qtbot.keyClicks(f.nik, "5371010101900001")
    f.intake_date.setDate(QDate.currentDate())
    with qtbot.waitSignal(page.case_saved) as saved:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[1].startswith("KPG/")
    assert all(not label.isVisible() for label in f.errors.values())


def test_required_fields_messages(qtbot, backend, runner, prefs):
    page = _page(qtbot, backend, runner, prefs)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    f = page.fields
    assert _shown_error(page, "full_name") == "Nama lengkap wajib diisi (minimal 2 huruf)."
    assert _shown_error(page, "sex") == "Pilih jenis kelamin."
    assert _shown_error(page, "birth_date") == "Isi tanggal lahir atau perkiraan umur."
    assert _shown_error(page, "intake_channel") == "Pilih jalur pengaduan."
    assert _shown_error(page, "victim_status") == "Pilih status korban."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is f.full_name, timeout=1000)


def test_draft_survives_power_cut_and_can_be_discarded(qtbot, backend, runner, prefs):
    page = _page(qtbot, backend, runner, prefs)
    f = page.fields
    qtbot.keyClicks(f.full_name, "Yohana Bria")
    qtbot.keyClicks(f.aliases, "Ana")
    qtbot.mouseClick(f.sex_buttons["P"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(f.nik, "5301010101010002")
    f.region.set_codes(["53", "53.71", "53.71.01"])
    f.modus.set_checked("ESK")
    f.documents.add_row("PASPOR", "C1234567")
    qtbot.keyClicks(f.notes, "Dijemput di pelabuhan")
    # no save, no focus change: only the debounce timer writes the draft
    qtbot.waitUntil(lambda: (backend.cases.load_draft() or {}).get("notes") == "Dijemput di pelabuhan",
                    timeout=2000)
    page.close()
    page.deleteLater()  # power cut: the page is gone without saving
    qtbot.wait(10)

    again = _page(qtbot, backend, runner, prefs)
    g = again.fields
    assert again.notice.isVisible()
    assert g.full_name.text() == "Yohana Bria"
    assert g.aliases.text() == "Ana"
    assert g.sex_buttons["P"].isChecked()
    assert g.nik.text() == "5301010101010002"
    assert g.region.codes() == ["53", "53.71", "53.71.01", ""]
    assert g.modus.codes() == ["ESK"]
    assert g.documents.values() == [["PASPOR", "C1234567"]]
    assert g.notes.toPlainText() == "Dijemput di pelabuhan"

    # Buang draf asks first; Batal (the default) keeps everything
    qtbot.mouseClick(again.discard_button, Qt.MouseButton.LeftButton)
    box = _question(qtbot, again, "confirmDiscard")
    assert box.text().startswith("Buang draf yang dipulihkan?")
    _answer(box, QMessageBox.ButtonRole.RejectRole)
    assert g.full_name.text() == "Yohana Bria"
    assert again.notice.isVisible()
    assert (backend.cases.load_draft() or {}).get("full_name") == "Yohana Bria"
    qtbot.mouseClick(again.discard_button, Qt.MouseButton.LeftButton)
    _answer(_question(qtbot, again, "confirmDiscard"), QMessageBox.ButtonRole.DestructiveRole)
    assert g.full_name.text() == ""
    assert not again.notice.isVisible()
    assert backend.cases.load_draft() is None


def _question(qtbot, page, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: any(b.isVisible() for b in page.findChildren(QMessageBox, name)),
                    timeout=2000)
    (box,) = [b for b in page.findChildren(QMessageBox, name) if b.isVisible()]
    return box


def _answer(box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    (button,) = [b for b in box.buttons() if box.buttonRole(b) == role]
    button.click()


def test_kasus_baru_puts_the_cursor_in_the_first_field(qtbot, backend, runner, prefs):
    window = MainWindow(make_ctx(backend, runner, prefs))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    (row,) = [r for r in range(window.nav.count()) if window.nav.item(r).text() == "Kasus Baru"]
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.intake
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.intake.fields.full_name,
                    timeout=1000)
    qtbot.keyClicks(QApplication.focusWidget(), "Maria Tefa")
    assert window.intake.fields.full_name.text() == "Maria Tefa"

    # walking the menu with the arrow keys is not stopped at Kasus Baru
    window.nav.setCurrentRow(0)
    window.nav.setFocus()
    for _ in range(row):
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.stack.currentWidget() is window.intake
    assert QApplication.focusWidget() is window.nav
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.stack.currentWidget() is not window.intake


def test_required_messages_go_as_soon_as_the_field_is_right(qtbot, backend, runner, prefs):
    page = _page(qtbot, backend, runner, prefs)
    f = page.fields
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert _shown_error(page, "full_name") and _shown_error(page, "sex")
    qtbot.keyClicks(f.full_name, "M")
    assert _shown_error(page, "full_name") == "Nama lengkap wajib diisi (minimal 2 huruf)."
    qtbot.keyClicks(f.full_name, "aria")
    assert _shown_error(page, "full_name") == ""  # gone at once, without Simpan
    assert _shown_error(page, "sex") == "Pilih jenis kelamin."  # the others stay
    assert page.summary.isVisible()
    qtbot.mouseClick(f.sex_buttons["P"], Qt.MouseButton.LeftButton)
    assert _shown_error(page, "sex") == ""
    qtbot.mouseClick(f.by_estimate, Qt.MouseButton.LeftButton)
    f.estimated_age.selectAll()
    qtbot.keyClicks(f.estimated_age, "30")
    assert _shown_error(page, "birth_date") == ""
    f.intake_channel.set_code("HOTLINE")
    assert _shown_error(page, "intake_channel") == ""
    assert _shown_error(page, "victim_status") == "Pilih status korban."
    f.victim_status.set_code("DIDUGA")
    assert all(not label.isVisible() for label in f.errors.values())
    assert not page.summary.isVisible()
    qtbot.keyClicks(f.nik, "123")  # a new mistake waits for Simpan: no message while typing
    assert _shown_error(page, "nik") == ""


def test_clearing_the_form_is_not_the_tab_after_modus_and_asks_first(qtbot, backend, runner,
                                                                      prefs):
    page = _page(qtbot, backend, runner, prefs)
    f = page.fields
    qtbot.keyClicks(f.full_name, "Yohana Bria")
    f.modus.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is f.modus, timeout=1000)
    qtbot.keyClick(f.modus, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.save_button  # not Kosongkan formulir
    qtbot.keyClick(page.save_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.clear_button
    qtbot.keyClick(page.clear_button, Qt.Key.Key_Space)
    box = _question(qtbot, page, "confirmClear")
    assert box.text().startswith("Kosongkan semua isian formulir ini?")
    assert box.defaultButton().text() == "Batal"
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter takes the safe default
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=1000)
    assert f.full_name.text() == "Yohana Bria"
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    _answer(_question(qtbot, page, "confirmClear"), QMessageBox.ButtonRole.DestructiveRole)
    assert f.full_name.text() == ""


def test_citizenship_is_offered_with_indonesia_first_chosen_and_stored(qtbot, backend, runner,
                                                                      prefs):
    page = _page(qtbot, backend, runner, prefs)
    f = page.fields
    assert f.citizenship.code() == "ID"                      # preselected on a new intake
    assert f.citizenship.findData("MY") > 0 and f.citizenship.findData("") == 0
    assert f.citizenship.currentText() == "Indonesia"

    def fill(name: str) -> None:
        qtbot.keyClicks(f.full_name, name)
        qtbot.mouseClick(f.sex_buttons["P"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(f.by_estimate, Qt.MouseButton.LeftButton)
        f.estimated_age.selectAll()
        qtbot.keyClicks(f.estimated_age, "30")
        f.intake_channel.set_code("HOTLINE")
        f.victim_status.set_code("DIDUGA")

    fill("Maria Contoh")
    f.citizenship.setFocus()
    qtbot.keyClicks(f.citizenship, "Malaysia")               # type-ahead in the list
    assert f.citizenship.code() == "MY"
    assert f.payload()["citizenship"] == "MY"                # the draft keeps it
    with qtbot.waitSignal(page.case_saved) as saved:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert backend.cases.open(saved.args[0]).intake.citizenship == "MY"

    # the form is empty again, Indonesia chosen again; the blank item = not recorded
    qtbot.waitUntil(lambda: f.full_name.text() == "", timeout=2000)
    assert f.citizenship.code() == "ID"
    fill("Yohana Contoh")
    f.citizenship.set_code("")
    with qtbot.waitSignal(page.case_saved) as saved:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    detail = backend.cases.open(saved.args[0])
    assert detail.intake.citizenship == ""
    with backend.session.db.uow() as uow:                    # stored as NULL, like old persons
        assert uow.session.get(Person, detail.person_id).citizenship is None

    # a restored draft keeps a blank choice; an old draft without the key gets Indonesia
    f.set_payload({"citizenship": ""})
    assert f.citizenship.code() == ""
    f.set_payload({})
    assert f.citizenship.code() == "ID"


def test_an_arrow_key_chooses_the_option_and_tab_reaches_its_field(qtbot, backend, runner,
                                                                  prefs):
    page = _page(qtbot, backend, runner, prefs)
    f = page.fields
    assert f.age_mode.checkedButton() is None  # a new intake chooses neither
    f.by_birth.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(f.by_birth.hasFocus, timeout=1000)
    qtbot.keyClick(f.by_birth, Qt.Key.Key_Right)
    assert f.by_estimate.hasFocus() and f.by_estimate.isChecked()
    qtbot.keyClick(f.by_estimate, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is f.estimated_age
    f.estimated_age.selectAll()
    qtbot.keyClicks(f.estimated_age, "30")
    assert f.payload()["age_mode"] == "estimate" and f.payload()["estimated_age"] == 30

    f.by_estimate.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.keyClick(f.by_estimate, Qt.Key.Key_Left)
    assert f.by_birth.hasFocus() and f.by_birth.isChecked() and not f.by_estimate.isChecked()
    qtbot.keyClick(f.by_birth, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is f.birth_date

    # the same for Jenis kelamin: the arrow key's option is the one chosen
    first, second = list(f.sex_buttons.values())[:2]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert second.hasFocus() and second.isChecked()
    assert f.payload()["sex"] == next(c for c, b in f.sex_buttons.items() if b is second)


def test_alt_down_on_a_date_opens_the_calendar_and_keeps_the_date(qtbot, backend, runner,
                                                                  prefs):
    page = _page(qtbot, backend, runner, prefs)
    f = page.fields
    day = QDate(2026, 5, 10)
    for edit in (f.intake_date, f.birth_date):
        edit.setDate(day)
        edit.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(edit.hasFocus, timeout=1000)
        edit.setCurrentSection(edit.Section.MonthSection)
        popup = edit.calendarWidget()
        for key, mods in ((Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
                          (Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier),
                          (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier)):
            qtbot.keyClick(edit, key, mods)
            assert edit.date() == day, (edit.objectName(), key)
            qtbot.waitUntil(popup.isVisible, timeout=1000)
            qtbot.keyClick(popup, Qt.Key.Key_Escape)
            qtbot.waitUntil(lambda: not popup.isVisible(), timeout=1000)
            assert edit.date() == day
        # in the calendar the keyboard chooses: one day back, Enter
        qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(popup.isVisible, timeout=1000)
        days = popup.focusProxy() or popup  # the grid of days takes the keys
        qtbot.waitUntil(lambda: QApplication.focusWidget() is days, timeout=1000)
        qtbot.keyClick(days, Qt.Key.Key_Left)
        qtbot.keyClick(days, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not popup.isVisible(), timeout=1000)
        assert edit.date() == day.addDays(-1)
        # Down without Alt still steps the section under the cursor
        edit.setFocus(Qt.FocusReason.TabFocusReason)
        edit.setCurrentSection(edit.Section.MonthSection)
        qtbot.keyClick(edit, Qt.Key.Key_Down)
        assert edit.date() == day.addDays(-1).addMonths(-1)
    assert f.payload()["intake_date"] == "2026-04-09"


def test_alt_down_on_an_empty_date_field_opens_the_calendar_and_keeps_it_empty(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    field = DateField(host)
    host.show()
    host.activateWindow()
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(field.hasFocus, timeout=1000)
    popup = field.calendarWidget()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(popup.isVisible, timeout=1000)
    assert field.iso() is None
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=1000)
    assert field.iso() is None
    field.set_iso("2026-05-10")
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(popup.isVisible, timeout=1000)
    assert field.iso() == "2026-05-10"
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
