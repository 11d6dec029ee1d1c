"""Intake form: messages next to the right fields, and drafts that survive a power cut."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from ppt_desk.gui.pages.intake_form import IntakeFormPage
from ppt_desk.services.dto import CaseQuery

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

    qtbot.mouseClick(again.discard_button, Qt.MouseButton.LeftButton)
    assert g.full_name.text() == ""
    assert not again.notice.isVisible()
    assert backend.cases.load_draft() is None
