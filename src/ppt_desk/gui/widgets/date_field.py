"""A date entry like the intake form's (dd/MM/yyyy, calendar popup) that may be empty.

Empty is shown as "—". Entering an empty field shows today's date in grey as a starting
point: typing, the arrow keys, Enter or a click in the calendar keep a date; leaving with
Tab keeps the field empty. Delete (with the whole date selected) empties it again.
"""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from .. import theme
from ..theme import Role

EMPTY = QDate(1900, 1, 1)
DISPLAY_FORMAT = "dd/MM/yyyy"
_PASS_THROUGH = {Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape, Qt.Key.Key_Shift,
                 Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta}


class DateField(QDateEdit):
    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDate(EMPTY)
        self.setSpecialValueText("—")
        self._empty = True
        self._tentative = False
        self.setDate(EMPTY)
        self.dateChanged.connect(self._changed)
        self.calendarWidget().clicked.connect(self._confirm)
        self.calendarWidget().activated.connect(self._confirm)

    # -- values ------------------------------------------------------------------------
    def is_empty(self) -> bool:
        return self._empty or self._tentative

    def iso(self) -> str | None:
        return None if self.is_empty() else self.date().toString(Qt.DateFormat.ISODate)

    def set_iso(self, value: str | None) -> None:
        date = QDate.fromString(value, Qt.DateFormat.ISODate) if value else QDate()
        self._tentative = False
        self.blockSignals(True)
        if date.isValid() and date > EMPTY:
            self._empty = False
            self.setDate(date)
        else:
            self._empty = True
            self.setDate(EMPTY)
        self.blockSignals(False)
        self._style()
        self.value_changed.emit()

    def clear_date(self) -> None:
        self.set_iso(None)

    # -- states ----------------------------------------------------------------------------
    def _changed(self, date: QDate) -> None:
        if self._tentative:
            return
        self._empty = date <= EMPTY
        self._style()
        self.value_changed.emit()

    def _confirm(self, *_args) -> None:
        if self._tentative:
            self._tentative = False
            self._empty = self.date() <= EMPTY
            self._style()
            self.value_changed.emit()

    def _style(self) -> None:
        theme.apply(self, Role.TENTATIVE if self._tentative else Role.TEXT)

    def _start_tentative(self) -> None:
        self._tentative = True
        self.blockSignals(True)
        self.setDate(QDate.currentDate())
        self.blockSignals(False)
        self._style()

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Focus given by the program (the first field with a problem) keeps showing "—";
        # the user's Tab, click or shortcut shows today's date to start from.
        user = event.reason() != Qt.FocusReason.OtherFocusReason
        if self._empty and not self._tentative and user:
            self._start_tentative()
        super().focusInEvent(event)
        if self._tentative:
            self.setSelectedSection(QDateEdit.Section.DaySection)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._tentative and event.reason() != Qt.FocusReason.PopupFocusReason \
                and not self.calendarWidget().isVisible():
            self._tentative = False
            self.blockSignals(True)
            self.setDate(EMPTY)
            self.blockSignals(False)
            self._empty = True
            self._style()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not self._tentative \
                and not self._empty and self.lineEdit().selectedText() == self.text():
            self.clear_date()
            return
        if self._empty and not self._tentative and key not in _PASS_THROUGH:
            self._start_tentative()
            self.setSelectedSection(QDateEdit.Section.DaySection)
        if self._tentative and key not in _PASS_THROUGH:
            self._confirm()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next_: bool) -> bool:
        """Tab on a still-empty field leaves it (instead of walking its day/month/year)."""
        if self._tentative or self._empty:
            return QWidget.focusNextPrevChild(self, next_)
        return super().focusNextPrevChild(next_)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.hasFocus():
            event.ignore()  # scrolling the page must not change dates
            return
        self._confirm()
        super().wheelEvent(event)
