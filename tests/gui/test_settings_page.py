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


def test_user_dialog_gives_and_takes_access_grants(qtbot, backend, runner, prefs):
    from PySide6.QtCore import Qt

    from ppt_desk.gui.pages.users_page import UsersPage
    from ppt_desk.gui.user_dialog import UserDialog

    page = UsersPage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(page)
    page.show()
    page.page_shown()
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert headers[3] == "Akses khusus"

    dialog = page.add_user()
    assert isinstance(dialog, UserDialog) and not dialog.active.isVisibleTo(dialog)
    assert [b.text() for b in dialog.grants.values()] == [
        "Akses data kesehatan (HIV/IMS, kesehatan reproduksi)", "Akses data pelaku"]
    assert not any(b.isChecked() for b in dialog.grants.values())
    qtbot.keyClicks(dialog.username, "yuliana.b")
    qtbot.keyClicks(dialog.display_name, "Yuliana Bria")
    qtbot.keyClicks(dialog.password, "kata-sandi-uji-2")
    qtbot.keyClicks(dialog.repeat, "kata-sandi-uji-2")
    qtbot.mouseClick(dialog.grants["KESEHATAN"], Qt.MouseButton.LeftButton)
    dialog.submit()
    assert not dialog.isVisible(), dialog.message.text()
    user = next(u for u in backend.users.list() if u.username == "yuliana.b")
    assert user.grants == frozenset({"KESEHATAN"})
    row = next(r for r in range(page.table.rowCount())
               if page.table.item(r, 0).text() == "yuliana.b")
    assert page.table.item(row, 3).text() == "Kesehatan"
    assert page.table.item(row, 4).text() == "Ya"

    page.table.selectRow(row)
    edit = page.edit_user()
    assert edit.grants["KESEHATAN"].isChecked() and not edit.grants["PELAKU"].isChecked()
    assert not edit.password.isVisibleTo(edit)
    edit.grants["KESEHATAN"].setChecked(False)
    edit.grants["PELAKU"].setChecked(True)
    edit.submit()
    assert not edit.isVisible(), edit.message.text()
    user = next(u for u in backend.users.list() if u.username == "yuliana.b")
    assert user.grants == frozenset({"PELAKU"})
    row = next(r for r in range(page.table.rowCount())
               if page.table.item(r, 0).text() == "yuliana.b")
    assert page.table.item(row, 3).text() == "Pelaku"
    admin = next(r for r in range(page.table.rowCount())
                 if page.table.item(r, 0).text() == "admin")
    assert page.table.item(admin, 3).text() == "—"
