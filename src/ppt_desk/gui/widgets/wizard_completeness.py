"""Telling a wizard that a page's completeness changed, without taking a picker from the user
typing into it."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QComboBox, QWizardPage


class QuietCompleteness(QObject):
    """Emits the page's ``completeChanged`` only when completeness flips and no picker's list is
    open; once a list closes it checks again. QWizard hides and shows its page on every
    ``completeChanged``, which takes the focus from the field being typed in, closes its list
    and snaps its text back to the last picked item (typing "Kupang" left the field empty)."""

    def __init__(self, page: QWizardPage, pickers: Sequence[QComboBox],
                 is_complete: Callable[[], bool]) -> None:
        super().__init__(page)
        self._page, self._pickers, self._is_complete = page, list(pickers), is_complete
        self._complete = False
        for picker in self._pickers:
            picker.completer().popup().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide:   # a picker's list closed: tell the wizard now
            self.refresh()
        return False

    def refresh(self) -> None:
        if any(p.completer().popup().isVisible() for p in self._pickers):
            return
        complete = self._is_complete()
        if complete != self._complete:
            self._complete = complete
            self._page.completeChanged.emit()
