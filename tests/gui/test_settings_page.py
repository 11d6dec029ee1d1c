"""Pengaturan: idle minutes and language are remembered; admins can make a new recovery code."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ppt_desk.gui import settings
from ppt_desk.gui.pages.settings_page import SettingsPage

from gui_helpers import make_ctx


def test_settings_are_stored_and_new_recovery_code_is_shown_once(qtbot, backend, runner, prefs,
                                                                 monkeypatch, recovery_code):
    page = SettingsPage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.idle_minutes_changed) as changed:
        page.idle.setValue(12)
    assert changed.args == [12] and prefs.get(settings.IDLE_MINUTES) == 12
    page.language.setCurrentIndex(page.language.findData("en"))
    assert prefs.get(settings.LANGUAGE) == "en"
    assert page.language_note.isVisibleTo(page)

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    shown = []
    monkeypatch.setattr(page, "show_code", shown.append)
    page.new_recovery_code()
    assert len(shown) == 1 and len(shown[0].split("-")) == 8 and shown[0] != recovery_code
