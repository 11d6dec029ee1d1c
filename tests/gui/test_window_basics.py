"""The PPT main window as a new user meets it (issue 14): it fills a small screen, its title
names the app once, Ctrl+N and Ctrl+F work, the lock screen says it is a lock screen, and
unlocking returns the same user to the page they were on."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ppt_desk.gui.app import AppController, configure_app
from ppt_desk.gui.runner import SyncRunner
from ppt_desk.services.change_set import ChangeSet

from gui_helpers import ADMIN, register, sign_in_through_dialog

CASEWORKER_PASSWORD = "pendamping-rahasia-9"
LOCKED = "Sesi terkunci — masuk lagi untuk melanjutkan"




def _start(qtbot, backend, prefs):
    controller = AppController(backend, SyncRunner(), prefs)
    controller.start()
    return controller, sign_in_through_dialog(qtbot, controller)


def _shown_title(title: str) -> str:
    """The title as Qt's platform windows show it (QPlatformWindow::formatWindowTitle): an
    application display name set explicitly is appended unless the title already ends with it.
    Unset, applicationDisplayName() follows applicationName(): that tells the two apart."""
    app = QApplication.instance()
    name = app.applicationName()
    app.setApplicationName(name + "-probe")
    display = app.applicationDisplayName()
    explicit = display != app.applicationName()
    app.setApplicationName(name)
    if explicit and not title.endswith(display):
        return f"{title} — {display}"
    return title


def test_first_open_fills_a_small_screen(qtbot, locked_backend, prefs):
    controller, window = _start(qtbot, locked_backend, prefs)
    available = window.screen().availableGeometry()
    assert available.width() <= 1440        # the offscreen screen is small, like 1366×768
    assert window.isMaximized()
    controller.quit()


def test_title_names_the_app_once(qtbot, locked_backend, prefs):
    app = QApplication.instance()
    names = app.organizationName(), app.applicationName(), app.applicationDisplayName()
    try:
        configure_app(app)
        controller, window = _start(qtbot, locked_backend, prefs)
        assert window.windowTitle().startswith("ppt-desk")
        window.lock_action.trigger()
        titles = [_shown_title(w.windowTitle()) for w in (window, controller.dialog)]
        assert all(t.count("ppt-desk") == 1 for t in titles), titles
        controller.quit()
    finally:
        app.setOrganizationName(names[0])
        app.setApplicationName(names[1])
        if names[2] != names[1]:
            app.setApplicationDisplayName(names[2])


def test_ctrl_n_opens_intake_and_ctrl_f_the_search_box(qtbot, locked_backend, prefs):
    controller, window = _start(qtbot, locked_backend, prefs)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.stack.currentWidget() is window.today_page
    qtbot.keyClick(window.today_page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.case_list
    assert window.nav.currentItem().text() == "Daftar Kasus"
    qtbot.waitUntil(window.case_list.search.hasFocus)
    qtbot.keyClicks(window.case_list.search, "Nome")
    qtbot.keyClick(window.case_list.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.intake
    assert window.nav.currentItem().text() == "Kasus Baru"
    # back with Ctrl+F: the old search is selected, so typing replaces it
    qtbot.keyClick(window.intake, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.case_list.search.hasFocus)
    assert window.case_list.search.selectedText() == "Nome"
    controller.quit()


def test_lock_screen_says_locked_and_whose_session(qtbot, locked_backend, prefs):
    controller = AppController(locked_backend, SyncRunner(), prefs)
    controller.start()
    sign_in = controller.dialog
    assert sign_in.heading.text() == "Buka data kasus"
    assert sign_in.findChild(object, "lockedBy") is None
    window = sign_in_through_dialog(qtbot, controller)
    name = window.ctx.user.display_name

    window.lock_action.trigger()
    locked = controller.dialog
    assert locked.heading.text() == LOCKED
    assert locked.findChild(object, "lockedBy").text() == \
        f"Yang sedang masuk: {name} ({ADMIN})"
    assert "Terkunci" in locked.windowTitle()
    window = sign_in_through_dialog(qtbot, controller)

    window.switch_action.trigger()        # switching user is a sign-in, not a lock
    assert controller.dialog.heading.text() == "Buka data kasus"
    assert controller.dialog.findChild(object, "lockedBy") is None
    sign_in_through_dialog(qtbot, controller)
    controller.quit()


def test_unlock_returns_to_the_page_and_case_shown(qtbot, locked_backend, prefs):
    controller, window = _start(qtbot, locked_backend, prefs)
    backend = locked_backend
    case_id, number = register(backend, "Theresia Nome")
    backend.users.add("maria.p", "Maria Pendamping", frozenset({"PENDAMPING"}),
                      CASEWORKER_PASSWORD)
    controller.bus.data_changed.emit(ChangeSet(cases=frozenset({case_id})))

    window.show_page(window.case_list)
    window.lock_action.trigger()
    window = sign_in_through_dialog(qtbot, controller)
    assert window.stack.currentWidget() is window.case_list
    assert window.nav.currentItem().text() == "Daftar Kasus"

    window.open_case(case_id)
    assert window.case_page.detail.id == case_id
    window.lock_action.trigger()
    window = sign_in_through_dialog(qtbot, controller)
    assert window.stack.currentWidget() is window.case_page
    assert window.case_page.detail is not None and window.case_page.detail.id == case_id

    # the draft stays the draft: locked while typing a new case, back on it with the text
    window.show_page(window.intake)
    qtbot.keyClicks(window.intake.fields.full_name, "Draf Sebelum Kunci")
    window.lock_action.trigger()
    window = sign_in_through_dialog(qtbot, controller)
    assert window.stack.currentWidget() is window.intake
    assert window.intake.fields.full_name.text() == "Draf Sebelum Kunci"

    # someone else signing in at the lock screen starts on Hari ini
    window.show_page(window.case_list)
    window.lock_action.trigger()
    window = sign_in_through_dialog(qtbot, controller, "maria.p", CASEWORKER_PASSWORD)
    assert window.stack.currentWidget() is window.today_page
    controller.quit()
