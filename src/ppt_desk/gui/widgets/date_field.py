"""A date entry like the intake form's (dd/MM/yyyy, calendar popup) that may be empty.

Empty is shown as "—". Entering an empty field shows today's date in grey as a starting
point: typing, the arrow keys, Enter or a click in the calendar keep a date; leaving with
Tab keeps the field empty. Delete (with the whole date selected) empties it again.

``CalendarDateEdit`` is the plain date entry with the calendar popup: Alt+Down, Alt+Up and
F4 open the calendar (as in a combo box) instead of stepping the day, month or year under
the cursor, so these keys never change a date by themselves.
"""
from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QDateEdit, QStyle, QStyleOptionComboBox, QWidget

from .. import theme
from ..theme import Role

EMPTY = QDate(1900, 1, 1)
DISPLAY_FORMAT = "dd/MM/yyyy"
_PASS_THROUGH = {Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape, Qt.Key.Key_Shift,
                 Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta}


def opens_calendar(event: QKeyEvent) -> bool:
    """Alt+Down / Alt+Up / F4: the combo-box keys for "show the list"."""
    key, mods = event.key(), event.modifiers()
    if key == Qt.Key.Key_F4 and not mods & ~Qt.KeyboardModifier.KeypadModifier:
        return True
    return key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and bool(mods & Qt.KeyboardModifier.AltModifier)


class CalendarDateEdit(QDateEdit):
    """dd/MM/yyyy with a calendar popup that the keyboard opens too."""

    def __init__(self, value: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setCalendarPopup(True)
        if value is not None:
            self.setDate(value)

    def open_calendar(self) -> None:
        """Show the popup the way a click on the arrow does (Qt has no public call for it)."""
        if self.isReadOnly() or not self.isEnabled():
            return
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.frame = self.hasFrame()
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxArrow, self)
        point = QPointF(arrow.center()) if arrow.isValid() else \
            QPointF(self.width() - 4, self.height() / 2)
        press = QMouseEvent(QEvent.Type.MouseButtonPress, point, self.mapToGlobal(point),
                            Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
        QDateEdit.mousePressEvent(self, press)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.calendarPopup() and opens_calendar(event):
            event.accept()
            self.open_calendar()
            return
        super().keyPressEvent(event)


class DateField(CalendarDateEdit):
    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
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
        if opens_calendar(event):
            if self._empty and not self._tentative:
                self._start_tentative()  # the calendar starts at today; only a choice keeps it
            super().keyPressEvent(event)
            return
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
