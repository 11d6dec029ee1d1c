"""Watching for a projector: Qt's screen-added and screen-removed signals, and which screen the
audience window belongs on (any screen but the primary one, where the presenter works)."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen


class ScreenWatch(QObject):
    screen_added = Signal(QScreen)
    screen_removed = Signal(QScreen)
    second_screen_changed = Signal(bool)   # a second screen is (now) there / gone

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QGuiApplication.instance()
        self._had_second = self.audience_screen() is not None
        app.screenAdded.connect(self._added)
        app.screenRemoved.connect(self._removed)
        app.primaryScreenChanged.connect(self._primary_changed)

    @staticmethod
    def audience_screen(leaving: QScreen | None = None) -> QScreen | None:
        """A screen other than the primary one (the first such, by Qt's order), else None;
        never ``leaving`` (a screen being removed)."""
        primary = QGuiApplication.primaryScreen()
        return next((s for s in QGuiApplication.screens()
                     if s is not primary and s is not leaving), None)

    def _added(self, screen: QScreen) -> None:
        self.screen_added.emit(screen)
        self._check()

    def _removed(self, screen: QScreen) -> None:
        self.screen_removed.emit(screen)
        self._check(leaving=screen)

    def _primary_changed(self, _screen: QScreen) -> None:
        self._check()

    def _check(self, leaving: QScreen | None = None) -> None:
        has = self.audience_screen(leaving) is not None
        if has != self._had_second:
            self._had_second = has
            self.second_screen_changed.emit(has)
