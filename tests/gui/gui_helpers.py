"""Small helpers shared by the GUI tests."""
from __future__ import annotations

from datetime import date

from ppt_desk.gui.context import AppBus, AppContext
from ppt_desk.services.dto import UserInfo

TODAY = date.today()


def make_ctx(backend, runner, prefs, user: UserInfo | None = None) -> AppContext:
    user = user or backend.session.current_user
    return AppContext(backend, runner, user, backend.office.profile(), AppBus(), prefs)


def visible_text(label) -> str:
    return label.text() if label.isVisibleTo(label.window()) else ""

# The template database's first admin (tests/conftest.py builds it).
ADMIN = "admin"
PASSWORD = "kata-sandi-uji-1"


def register(backend, full_name: str, sex: str = "P", age: int = 25, status: str = "DIDUGA",
             channel: str = "HOTLINE", modus: tuple[str, ...] = ("EBM",), days_ago: int = 0):
    """Register a synthetic case through the backend; returns (case id, case number)."""
    from datetime import timedelta

    from ppt_desk.domain.intake import CaseIntake, Guardian

    guardian = Guardian("Wali Uji", "IBU") if age < 18 else Guardian()
    intake = CaseIntake(full_name=full_name, sex=sex, intake_date=TODAY - timedelta(days=days_ago),
                        intake_channel=channel, victim_status=status, estimated_age=age,
                        modus=modus, guardian=guardian)
    _changes, case_id, number = backend.cases.register(intake)
    return case_id, number


def sign_in_through_dialog(qtbot, controller, username: str = ADMIN, password: str = PASSWORD):
    """Sign in on the app's unlock dialog as a user does; the main window it opens."""
    from PySide6.QtCore import Qt

    from ppt_desk.gui.unlock_dialog import UnlockDialog

    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    dialog.select_username(username)
    qtbot.keyClicks(dialog.password, password)
    with qtbot.waitSignal(controller.window_opened) as opened:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    window = opened.args[0]
    qtbot.addWidget(window)
    return window
