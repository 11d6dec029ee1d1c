"""Idle lock: the database closes, case data leaves the screen, the unlock dialog returns,
and the next user gets a window built for their roles."""
from __future__ import annotations

from ppt_desk.gui.app import AppController
from ppt_desk.gui.runner import SyncRunner
from ppt_desk.gui.unlock_dialog import UnlockDialog
from ppt_desk.services.change_set import ChangeSet

from gui_helpers import ADMIN, PASSWORD, register, sign_in_through_dialog

CASEWORKER_PASSWORD = "pendamping-rahasia-9"




def test_idle_lock_clears_everything_and_rebuilds_for_next_user(qtbot, locked_backend, prefs):
    backend = locked_backend
    controller = AppController(backend, SyncRunner(), prefs)
    controller.start()
    window = sign_in_through_dialog(qtbot, controller, ADMIN, PASSWORD)
    case_id, _number = register(backend, "Theresia Nome")
    controller.bus.data_changed.emit(ChangeSet(cases=frozenset({case_id})))  # pages refresh
    backend.users.add("maria.p", "Maria Pendamping", frozenset({"PENDAMPING"}), CASEWORKER_PASSWORD)
    window.show_page(window.case_list)
    assert window.case_list.model.rowCount() == 1
    window.show_page(window.intake)
    qtbot.keyClicks(window.intake.fields.full_name, "Draf Sebelum Kunci")  # debounce pending

    controller.idle.set_timeout_ms(50)
    with qtbot.waitSignal(controller.locked, timeout=2000):
        pass
    assert not backend.session.is_unlocked
    assert window.case_list.model.rowCount() == 0
    assert window.case_list.search.text() == ""
    assert window.intake.fields.full_name.text() == ""
    assert not window.isVisible()
    assert isinstance(controller.dialog, UnlockDialog) and controller.dialog.isVisible()
    assert controller.dialog.username.currentText() == ADMIN

    caseworker_window = sign_in_through_dialog(qtbot, controller, "maria.p", CASEWORKER_PASSWORD)
    assert caseworker_window is not window
    nav = [caseworker_window.nav.item(r).text() for r in range(caseworker_window.nav.count())]
    assert nav == ["Hari ini", "Daftar Kasus", "Kasus Baru", "Lembaga", "Statistik", "Sinkronisasi",
                   "Konflik data", "Pengaturan"]  # no Pengguna page
    assert caseworker_window.users_page is None
    assert "Maria Pendamping" in caseworker_window.user_label.text()

    # Ctrl+L locks at once; the admin's unsaved typing was kept as the admin's draft
    caseworker_window.lock_action.trigger()
    assert not backend.session.is_unlocked
    sign_in_through_dialog(qtbot, controller, ADMIN, PASSWORD)
    assert backend.cases.load_draft()["full_name"] == "Draf Sebelum Kunci"
    controller.quit()
