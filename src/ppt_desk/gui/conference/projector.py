"""The presenter's hold on the audience window: open it on the second screen (full screen) or,
without one, as a window the presenter moves to the projector and makes full screen; follow
a screen plugged in meanwhile; blank it at once; close it.

Only ``AudienceCase`` values reach the window (``show_case``): the presenter's side never
hands it text of its own."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QScreen

from ...domain.audience import AudienceCase
from .audience_window import AudienceWindow
from .screen_watch import ScreenWatch

WINDOWED_SIZE = (1024, 768)


class Projector(QObject):
    state_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window: AudienceWindow | None = None
        self.screen_name = ""  # the second screen the window is on, "" when windowed
        self.watch = ScreenWatch(self)
        self.watch.screen_added.connect(self._screen_added)

    @property
    def is_on(self) -> bool:
        return self.window is not None

    @property
    def blanked(self) -> bool:
        return self.window is not None and self.window.blanked

    def start(self, title: str, attached: QScreen | None = None) -> AudienceWindow:
        """The audience window, full screen on the second screen (or on ``attached``, a
        screen just plugged in), else windowed."""
        if self.window is None:
            self.window = AudienceWindow()
            self.window.installEventFilter(self)  # its own B key blanks it too
        self.window.set_conference_title(title)
        self.blank(False)
        self._place(self.watch.audience_screen() or attached)
        return self.window

    def _place(self, screen: QScreen | None) -> None:
        window = self.window
        if window is None:
            return
        if screen is not None:
            window.setScreen(screen)
            window.setGeometry(screen.geometry())
            window.showFullScreen()
            self.screen_name = screen.name()
        else:
            window.resize(*WINDOWED_SIZE)
            window.showNormal()
            self.screen_name = ""
        self.state_changed.emit()

    def _screen_added(self, screen: QScreen) -> None:
        """A projector plugged in during conference mode: the audience view moves there."""
        if self.window is not None:
            self._place(self.watch.audience_screen() or screen)

    def toggle_full_screen(self) -> None:
        if self.window is None:
            return
        if self.window.isFullScreen():
            self.window.showNormal()
        else:
            self.window.showFullScreen()
        self.state_changed.emit()

    def show_case(self, case: AudienceCase) -> None:
        if self.window is not None:
            self.window.show_case(case)

    def page(self, step: int) -> None:
        """Scroll the audience view by ``step`` screens (a long agenda)."""
        if self.window is not None:
            self.window.page(step)

    def set_title(self, title: str) -> None:
        if self.window is not None:
            self.window.set_conference_title(title)

    def blank(self, on: bool) -> None:
        """At once, without asking the backend anything."""
        if self.window is not None:
            self.window.blank(on)
        self.state_changed.emit()

    def state_text(self) -> str:
        """Where the audience view is, for the presenter."""
        if self.window is None:
            return self.tr("Layar proyektor: tidak aktif.")
        if self.screen_name:
            text = self.tr("Layar proyektor: layar kedua ({screen}), layar penuh.").format(
                screen=self.screen_name)
        else:
            text = self.tr("Layar proyektor: jendela terpisah (tidak ada layar kedua). Geser "
                           "jendela itu ke proyektor, lalu tekan Layar penuh proyektor.")
        text += " " + self.tr("Ctrl+PgDn / Ctrl+PgUp menggulir layar proyektor.")
        if self.blanked:
            text += " " + self.tr("Sedang dikosongkan.")
        return text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.KeyPress:
            QTimer.singleShot(0, self, self.state_changed.emit)  # after the window handled it
        return False

    def stop(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            window.blank(True)
            window.close()
            window.removeEventFilter(self)
            window.deleteLater()
        self.screen_name = ""
        self.state_changed.emit()
