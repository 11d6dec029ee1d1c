"""Base class of the main window's pages (Vorta habit: signals are disconnected on destroy)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QMetaObject, QObject, SignalInstance
from PySide6.QtWidgets import QWidget

from ..context import AppContext


def _disconnect_all(connections: list[QMetaObject.Connection]) -> None:
    for connection in connections:
        QObject.disconnect(connection)
    connections.clear()


class BasePage(QWidget):
    """A page listens to app-wide signals only through ``listen`` so that a destroyed page
    never receives them, and drops every piece of case data in ``clear``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._connections: list[QMetaObject.Connection] = []
        connections = self._connections  # the closure must not hold self
        self.destroyed.connect(lambda *_: _disconnect_all(connections))

    def listen(self, signal: SignalInstance, slot: Callable) -> None:
        self._connections.append(signal.connect(slot))

    def dispose(self) -> None:
        _disconnect_all(self._connections)

    def page_shown(self) -> None:
        """Called when the page becomes the current one."""

    def clear(self) -> None:
        """Forget every piece of case data (lock)."""
