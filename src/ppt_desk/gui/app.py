"""Starts the GUI and owns the session flow: setup → unlock → main window → lock → unlock …"""
from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QRect, QSize, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..domain.errors import DomainError
from ..domain.secretariat import is_secretariat
from . import settings, theme
from .context import AppBus, AppContext
from .i18n import install_translator
from .labels import error_text, message_for
from .main_window import MainWindow
from .pages.case_page import CasePage
from .operations import Operations
from .runner import TaskRunner
from .secretariat.main_window import SecretariatWindow
from .settings import Preferences
from .setup_wizard import SetupWizard
from .unlock_dialog import UnlockDialog

log = logging.getLogger(__name__)

# A screen up to this size gets the window maximized when it opens the first time.
SMALL_SCREEN = QSize(1440, 900)

_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                 QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.Shortcut}


class IdleWatcher(QObject):
    """Fires ``idle`` when no keyboard or mouse input reached the app for ``timeout_ms``."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, timeout_ms))
        self._timer.timeout.connect(self.idle.emit)
        self._installed = False

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(max(1, timeout_ms))
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False


class AppController(QObject):
    """Runs the flow between the setup wizard, the unlock dialog and the main window."""

    window_opened = Signal(object)   # MainWindow or SecretariatWindow
    locked = Signal()
    finished = Signal(int)

    def __init__(self, backend, runner=None, prefs: Preferences | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.runner = runner or TaskRunner(self)
        self.ops = Operations(self.runner)  # before sign-in: nothing to announce yet
        self.prefs = prefs or Preferences()
        self.bus = AppBus(self)
        self.window: MainWindow | SecretariatWindow | None = None
        # (username, window class, page class, case id) of the page shown when the session
        # was locked: the same user comes back to it after unlocking.
        self._resume: tuple[str, type, type, str | None] | None = None
        self.dialog: QWidget | None = None
        self.idle = IdleWatcher(self.prefs.get(settings.IDLE_MINUTES) * 60_000, self)
        self.idle.idle.connect(self.lock)

    def start(self) -> None:
        if not self.backend.session.is_set_up():
            wizard = SetupWizard(self.backend, self.runner)
            wizard.setup_done.connect(lambda: self.show_unlock(self._setup_username(wizard)))
            wizard.rejected.connect(lambda: self.finished.emit(0))
            self.dialog = wizard
            wizard.show()
        else:
            self.show_unlock()

    @staticmethod
    def _setup_username(wizard: SetupWizard) -> str:
        return wizard.result.admin.username if wizard.result is not None else ""

    def show_unlock(self, username: str = "", locked_by: str = "") -> UnlockDialog:
        dialog = UnlockDialog(self.backend, self.runner, username, locked_by=locked_by)
        dialog.unlocked.connect(self._unlocked)
        dialog.rejected.connect(self._unlock_cancelled)
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _unlock_cancelled(self) -> None:
        self.ops.act(self.backend.session.lock, on_done=lambda _r: self.finished.emit(0))

    def _unlocked(self, user) -> None:
        self.dialog = None

        def opened(office) -> None:
            self._open_window(user, office)

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(None, "ppt-desk", message_for(exc))
            self._open_window(user, None)

        self.ops.query(self.backend.office.profile, on_done=opened, on_error=failed)

    def _open_window(self, user, office) -> None:
        if self.window is not None:
            self.window.dispose()
            self.window.deleteLater()
        ctx = AppContext(self.backend, self.runner, user, office, self.bus, self.prefs)
        # A data folder is a PPT or a secretariat by its office row (ADR 0015).
        shell = SecretariatWindow if office and is_secretariat(office.kind) else MainWindow
        window = shell(ctx)
        window.lock_requested.connect(self.lock)
        window.switch_user_requested.connect(lambda: self.lock(switch_user=True))
        window.quit_requested.connect(self.quit)
        if window.settings_page is not None:
            window.settings_page.idle_minutes_changed.connect(
                lambda minutes: self.idle.set_timeout_ms(minutes * 60_000))
        self.window = window
        self._resume_page(window, user.username)
        show_fitting(window, self.prefs)
        self.idle.start()
        self.window_opened.emit(window)

    def lock(self, switch_user: bool = False) -> None:
        """Clear every page, close the database, and ask for a password again."""
        window = self.window
        if window is None:
            return
        self.idle.stop()
        username = "" if switch_user else window.ctx.user.username
        self._resume = None if switch_user else self._place(window)
        window.clear()          # queues the intake draft before the lock below
        window.save_geometry()
        window.hide()
        self.ops.act(self.backend.session.lock)
        self.locked.emit()
        self.show_unlock(username, "" if switch_user else window.ctx.user.display_name)

    @staticmethod
    def _place(window: MainWindow | SecretariatWindow) -> tuple[str, type, type, str | None]:
        page = window.stack.currentWidget()
        detail = getattr(page, "detail", None) if isinstance(page, CasePage) else None
        return (window.ctx.user.username, type(window), type(page),
                detail.id if detail is not None else None)

    def _resume_page(self, window: MainWindow | SecretariatWindow, username: str) -> None:
        """After an unlock by the same user, show the page they were on (the case reread)."""
        resume, self._resume = self._resume, None
        if resume is None or resume[0] != username or resume[1] is not type(window):
            return
        _user, _shell, page_class, case_id = resume
        page = next((p for p in window.pages if type(p) is page_class), None)
        if isinstance(page, CasePage):
            if case_id is not None and isinstance(window, MainWindow):
                window.open_case(case_id)
        elif page is not None:
            window.show_page(page)

    def quit(self) -> None:
        self.idle.stop()
        if self.window is not None:
            self.window.clear()
        self.ops.act(self.backend.session.lock, on_done=lambda _r: self.finished.emit(0))


def show_fitting(window: QWidget, prefs: Preferences) -> None:
    """Show the window where it was last time; the first time, fill a small screen."""
    if prefs.get(settings.WINDOW_GEOMETRY):
        window.show()
        return
    screen = window.screen()
    available = screen.availableGeometry() if screen is not None else QRect()
    if available.isEmpty() or (available.width() <= SMALL_SCREEN.width()
                               or available.height() <= SMALL_SCREEN.height()):
        window.showMaximized()
        return
    size = available.size() * 0.8
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    window.setGeometry(rect)
    window.show()


def configure_app(app: QApplication) -> None:
    """Names for the settings store. No application display name: Qt would append it to every
    window title, which already begins with "ppt-desk" ("ppt-desk — … — ppt-desk")."""
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)


def install_excepthook() -> None:
    """Log unexpected errors without their message (it may quote data) and say so politely."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        frames = "".join(f"  {f.filename}:{f.lineno} in {f.name}\n"
                         for f in traceback.extract_tb(tb))
        code = exc.code if isinstance(exc, DomainError) else ""
        log.error("unexpected %s %s\n%s", exc_type.__name__, code, frames)
        if QApplication.instance() is not None:
            QMessageBox.critical(None, "ppt-desk", error_text("unexpected"))

    sys.excepthook = hook


def run_gui(backend, lang: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    configure_app(app)
    app.setQuitOnLastWindowClosed(False)
    app.setFont(theme.base_font(app.font()))
    prefs = Preferences()
    install_translator(lang or prefs.get(settings.LANGUAGE))
    install_excepthook()
    try:
        backend.session.acquire_instance_lock()
    except DomainError as exc:
        QMessageBox.critical(None, "ppt-desk", error_text(exc.code))
        return 1
    runner = TaskRunner()
    controller = AppController(backend, runner, prefs)
    controller.finished.connect(app.exit)
    controller.start()
    code = app.exec()
    runner.wait_idle()
    backend.session.lock()
    backend.session.release_instance_lock()
    return code
