"""The first-run wizard's office page driven by the keyboard, as a new caseworker does: typing
into the region pickers, Tab down the form, Enter in a picker's list, and the line that says
why *Lanjut* is still disabled."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from ppt_desk.bootstrap import make_backend
from ppt_desk.gui.runner import SyncRunner
from ppt_desk.gui.setup_wizard import SetupWizard
from ppt_desk.security.kdf import TEST_PARAMS


@pytest.fixture
def wizard(qtbot, tmp_path):
    wizard = SetupWizard(make_backend(tmp_path / "fresh", TEST_PARAMS), SyncRunner())
    qtbot.addWidget(wizard)
    with qtbot.waitActive(wizard):
        wizard.show()
        wizard.activateWindow()
    wizard.next()   # Jenis instalasi: a PPT
    assert wizard.currentPage() is wizard.office_page
    return wizard


def _receiver():
    """Where a real key press goes: the open list of a picker first, else the focus."""
    return QApplication.activePopupWidget() or QApplication.focusWidget()


def _type(qtbot, text: str) -> None:
    for char in text:
        qtbot.keyClick(_receiver(), char)
        qtbot.wait(5)   # the event loop runs between a person's keystrokes


def _fill_all_but_regency(qtbot, office) -> None:
    qtbot.keyClicks(office.name, "UPTD PPA Kota Contoh")
    office.kind.setCurrentIndex(1)
    office.region.combos[0].set_code("53")   # Nusa Tenggara Timur


def test_typing_into_the_region_pickers_keeps_every_letter(qtbot, wizard):
    office = wizard.office_page
    province, regency = office.region.combos
    province.setFocus()
    _type(qtbot, "Nusa")
    assert province.lineEdit().text() == "Nusa"
    province.completer().popup().hide()   # clicked away
    _fill_all_but_regency(qtbot, office)
    regency.setFocus()
    _type(qtbot, "Kupang")
    assert regency.lineEdit().text() == "Kupang"
    assert regency.completer().popup().isVisible()   # the filtered list stays open
    _type(qtbot, "xy")                               # no item left: the list closes
    assert regency.lineEdit().text() == "Kupangxy"   # and the typing goes on


def test_tab_goes_from_office_kind_through_the_region_to_the_prefix(qtbot, wizard):
    office = wizard.office_page
    province, regency = office.region.combos
    office.name.setFocus()
    visited = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [office.kind, province, regency, office.prefix]


def test_enter_in_the_list_picks_the_item_and_stays_on_the_page(qtbot, wizard):
    office = wizard.office_page
    _fill_all_but_regency(qtbot, office)
    regency = office.region.combos[1]
    regency.setFocus()
    _type(qtbot, "Kota Kupa")
    popup = regency.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(_receiver(), Qt.Key.Key_Down)
    qtbot.keyClick(_receiver(), Qt.Key.Key_Return)
    assert office.region.codes() == ["53", "53.71"]
    assert wizard.currentPage() is office        # Enter picked; it did not press Lanjut
    qtbot.waitUntil(wizard.button(QWizard.WizardButton.NextButton).isEnabled)
    assert wizard.currentPage() is office


def test_arrows_walk_the_list_and_enter_picks_the_second_item(qtbot, wizard):
    office = wizard.office_page
    _fill_all_but_regency(qtbot, office)
    regency = office.region.combos[1]
    regency.setFocus()
    _type(qtbot, "Kupang")          # Kabupaten Kupang, Kota Kupang
    popup = regency.completer().popup()
    qtbot.keyClick(_receiver(), Qt.Key.Key_Down)
    assert popup.isVisible()        # the first item completes the page; the list stays open
    qtbot.keyClick(_receiver(), Qt.Key.Key_Down)
    qtbot.keyClick(_receiver(), Qt.Key.Key_Return)
    assert office.region.codes() == ["53", "53.71"]
    assert wizard.currentPage() is office
    qtbot.waitUntil(wizard.button(QWizard.WizardButton.NextButton).isEnabled)


def test_backspace_after_a_pick_edits_the_name(qtbot, wizard):
    office = wizard.office_page
    _fill_all_but_regency(qtbot, office)
    regency = office.region.combos[1]
    regency.set_code("53.71")                # Kota Kupang: the page is complete
    qtbot.waitUntil(wizard.button(QWizard.WizardButton.NextButton).isEnabled)
    regency.setFocus()
    regency.lineEdit().end(False)
    for _ in range(2):
        qtbot.keyClick(_receiver(), Qt.Key.Key_Backspace)
        qtbot.wait(5)
    assert regency.lineEdit().text() == "Kota Kupa"
    assert office.region.codes() == ["53", ""]


def test_a_line_says_what_is_missing_while_next_is_disabled(qtbot, wizard):
    office = wizard.office_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    assert office.missing.isVisible()
    assert "nama kantor" in office.missing.text()
    _fill_all_but_regency(qtbot, office)
    assert not next_button.isEnabled()
    text = office.missing.text()
    assert "kabupaten/kota" in text and "nama kantor" not in text and "provinsi" not in text
    office.region.combos[1].set_code("53.71")
    assert next_button.isEnabled()
    assert not office.missing.isVisible()


def test_typing_the_secretariats_province_keeps_every_letter(qtbot, tmp_path):
    """The same picker on the secretariat's province page (the page re-announced completeness
    on every keystroke, which QWizard answers by hiding and showing the page)."""
    wizard = SetupWizard(make_backend(tmp_path / "sek", TEST_PARAMS), SyncRunner())
    qtbot.addWidget(wizard)
    with qtbot.waitActive(wizard):
        wizard.show()
        wizard.activateWindow()
    wizard.kind_page.secretariat.click()
    wizard.next()
    page = wizard.province_page
    assert wizard.currentPage() is page
    (province,) = page.region.combos
    province.setFocus()
    _type(qtbot, "Nusa Teng")
    assert province.lineEdit().text() == "Nusa Teng"
