"""Alt+Down on every date box opens its calendar and leaves the date alone (issue 14: it
silently stepped the month): the consent dialogs' dates and the Statistik range."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from ppt_desk.gui.dialogs.consent_common import date_edit
from ppt_desk.gui.stats.period_picker import PeriodPicker


def _alt_down_keeps(qtbot, edit) -> None:
    edit.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(edit.hasFocus, timeout=1000)
    edit.setCurrentSection(edit.Section.MonthSection)
    day = edit.date()
    popup = edit.calendarWidget()
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert edit.date() == day
    qtbot.waitUntil(popup.isVisible, timeout=1000)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=1000)
    assert edit.date() == day


def test_a_consent_date_opens_its_calendar_on_alt_down(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    edit = date_edit(host, date(2026, 5, 10))
    host.show()
    _alt_down_keeps(qtbot, edit)
    assert edit.date() == QDate(2026, 5, 10)


def test_the_statistics_range_opens_its_calendar_on_alt_down(qtbot):
    picker = PeriodPicker(date(2026, 6, 15))
    qtbot.addWidget(picker)
    picker.show()
    for edit in (picker.start, picker.end):
        edit.setVisible(True)
        _alt_down_keeps(qtbot, edit)
