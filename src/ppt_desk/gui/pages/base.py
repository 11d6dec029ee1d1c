"""Base class of the main window's pages (Vorta habit: signals are disconnected on destroy)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from ..context import AppContext


def _disconnect_all(connections: list[tuple[SignalInstance, Callable]]) -> None:
    for signal, slot in connections:
        try:
            signal.disconnect(slot)
        except (RuntimeError, TypeError):
            pass  # already gone with its sender
    connections.clear()


class BasePage(QWidget):
    """A page listens to app-wide signals only through ``listen`` so that a destroyed page
    never receives them, and drops every piece of case data in ``clear``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._connections: list[tuple[SignalInstance, Callable]] = []
        connections = self._connections  # the closure must not hold self
        self.destroyed.connect(lambda *_: _disconnect_all(connections))

    def listen(self, signal: SignalInstance, slot: Callable) -> None:
        signal.connect(slot)
        self._connections.append((signal, slot))

    def dispose(self) -> None:
        _disconnect_all(self._connections)

    def page_shown(self) -> None:
        """Called when the page becomes the current one."""

    def clear(self) -> None:
        """Forget every piece of case data (lock)."""
