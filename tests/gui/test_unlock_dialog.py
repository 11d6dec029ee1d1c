"""Sign-in dialog: wrong password with the growing delay, empty password, recovery code."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ppt_desk.gui.unlock_dialog import UnlockDialog

from gui_helpers import ADMIN, PASSWORD


def _dialog(qtbot, backend, runner) -> UnlockDialog:
    dialog = UnlockDialog(backend, runner, ADMIN)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _attempt(qtbot, dialog, password: str) -> None:
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)


def test_wrong_password_shows_message_then_delay_countdown(qtbot, locked_backend, runner):
    dialog = _dialog(qtbot, locked_backend, runner)
    _attempt(qtbot, dialog, "salah-sekali-1")
    assert dialog.message.text() == "Nama pengguna atau kata sandi salah."
    assert dialog.open_button.isEnabled()
    _attempt(qtbot, dialog, "salah-sekali-2")
    _attempt(qtbot, dialog, "salah-sekali-3")  # third failure: 2 s delay
    assert dialog.message.text() == ("Nama pengguna atau kata sandi salah. "
                                     "Coba lagi dalam 2 detik.")
    assert not dialog.open_button.isEnabled()
    assert dialog.countdown.text() == "Tombol Buka aktif lagi dalam 2 detik."
    qtbot.waitUntil(lambda: dialog.countdown.text() == "Tombol Buka aktif lagi dalam 1 detik.",
                    timeout=1500)
    qtbot.waitUntil(dialog.open_button.isEnabled, timeout=2000)
    assert dialog.countdown.text() == ""
    assert not locked_backend.session.is_unlocked
    with qtbot.waitSignal(dialog.unlocked) as unlocked:
        _attempt(qtbot, dialog, PASSWORD)
    assert unlocked.args[0].username == ADMIN
    assert locked_backend.session.is_unlocked


def test_empty_password_is_explained_and_not_counted(qtbot, locked_backend, runner):
    dialog = _dialog(qtbot, locked_backend, runner)
    for _ in range(4):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Kata sandi belum diisi."
    assert dialog.open_button.isEnabled()
    assert locked_backend.session.folder.throttle.failures(ADMIN) == 0


def test_recovery_code_resets_password_and_new_password_works(qtbot, locked_backend, runner,
                                                               recovery_code):
    dialog = _dialog(qtbot, locked_backend, runner)
    recovery = dialog.open_recovery()
    # a typo in the third group is reported for that group
    groups = recovery_code.split("-")
    typo = groups[:2] + [groups[2][:4] + ("0" if groups[2][4] != "0" else "1")] + groups[3:]
    qtbot.keyClicks(recovery.code, " ".join(typo).lower())
    qtbot.mouseClick(recovery.next_button, Qt.MouseButton.LeftButton)
    assert "Kelompok ke-3" in recovery.message.text()
    recovery.code.clear()
    qtbot.keyClicks(recovery.code, recovery_code.lower().replace("-", " "))
    qtbot.mouseClick(recovery.next_button, Qt.MouseButton.LeftButton)
    assert recovery.stack.currentIndex() == 1
    assert recovery.user.currentText() == f"Admin Satu ({ADMIN})"
    new = "kata-sandi-baru-22"
    qtbot.keyClicks(recovery.new_password, new)
    qtbot.keyClicks(recovery.repeat, "tidak-sama-123")
    qtbot.mouseClick(recovery.next_button, Qt.MouseButton.LeftButton)
    assert recovery.message.text() == "Kedua kata sandi tidak sama."
    recovery.repeat.clear()
    qtbot.keyClicks(recovery.repeat, new)
    qtbot.mouseClick(recovery.next_button, Qt.MouseButton.LeftButton)
    assert not recovery.isVisible()
    assert not locked_backend.session.is_unlocked
    assert "Kata sandi sudah diganti" in dialog.countdown.text()
    _attempt(qtbot, dialog, PASSWORD)
    assert dialog.message.text() == "Nama pengguna atau kata sandi salah."
    with qtbot.waitSignal(dialog.unlocked):
        _attempt(qtbot, dialog, new)
    assert locked_backend.session.current_user.username == ADMIN
