"""Which period: Bulan / Triwulan / Semester / Tahun / Rentang tanggal, with the year and the
number (month, quarter, half-year), or two dates for a range. The periods themselves are the
domain's (domain/stats/period.py)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ...domain.stats import period as periods
from ...domain.stats.period import Period
from ..i18n import current_language
from ..widgets.date_field import CalendarDateEdit



def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class PeriodPicker(QWidget):
    """``period()`` is the chosen period; ``changed`` when any part of it changes."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.tr("&Periode:"), self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("periodKind")
        for code, text in (("BULAN", self.tr("Bulan")), ("TRIWULAN", self.tr("Triwulan")),
                           ("SEMESTER", self.tr("Semester")), ("TAHUN", self.tr("Tahun")),
                           ("RENTANG", self.tr("Rentang tanggal"))):
            self.kind.addItem(text, code)
        self.label.setBuddy(self.kind)
        self.number = QComboBox(self)
        self.number.setObjectName("periodNumber")
        self.number.setAccessibleName(self.tr("Bulan, triwulan atau semester"))
        self.year = QComboBox(self)
        self.year.setObjectName("periodYear")
        self.year.setAccessibleName(self.tr("Tahun"))
        self.start = CalendarDateEdit(parent=self)   # Alt+Down opens the calendar
        self.start.setObjectName("periodStart")
        self.end = CalendarDateEdit(parent=self)
        self.end.setObjectName("periodEnd")
        self.until = QLabel(self.tr("s.d."), self)
        for edit, day in ((self.start, date(today.year, 1, 1)), (self.end, today)):
            edit.setDate(_qdate(day))
            edit.dateChanged.connect(lambda _day: self.changed.emit())
        self.start.setAccessibleName(self.tr("Dari tanggal"))
        self.end.setAccessibleName(self.tr("Sampai tanggal"))
        for widget in (self.label, self.kind, self.number, self.year, self.start, self.until,
                       self.end):
            row.addWidget(widget)
        self.set_years([today.year])
        self.kind.setCurrentIndex(self.kind.findData("TAHUN"))
        self._kind_changed()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.number.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.year.currentIndexChanged.connect(lambda _i: self.changed.emit())

    # -- choices -------------------------------------------------------------------------
    def set_years(self, years: list[int]) -> None:
        """The years with cases (newest first) and the current one; keeps the chosen year."""
        chosen = self.year.currentData() or self.today.year
        choices = sorted(set(years) | {self.today.year}, reverse=True)
        self.year.blockSignals(True)
        self.year.clear()
        for number in choices:
            self.year.addItem(str(number), number)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        self.year.blockSignals(False)

    def _numbers(self, kind: str) -> list[tuple[str, int]]:
        if kind == "BULAN":
            locale = QLocale(QLocale.Language.English if current_language() == "en"
                             else QLocale.Language.Indonesian)
            return [(locale.standaloneMonthName(n), n) for n in range(1, 13)]
        if kind == "TRIWULAN":
            return [(self.tr("Triwulan {n}").format(n=roman), n)
                    for n, roman in enumerate(("I", "II", "III", "IV"), start=1)]
        if kind == "SEMESTER":
            return [(self.tr("Semester {n}").format(n=roman), n)
                    for n, roman in enumerate(("I", "II"), start=1)]
        return []

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        numbers = self._numbers(kind)
        self.number.blockSignals(True)
        self.number.clear()
        for text, number in numbers:
            self.number.addItem(text, number)
        if numbers:   # the one holding today, as people report the current one
            current = {"BULAN": self.today.month, "TRIWULAN": (self.today.month - 1) // 3 + 1,
                       "SEMESTER": 1 if self.today.month <= 6 else 2}[kind]
            self.number.setCurrentIndex(self.number.findData(current))
        self.number.blockSignals(False)
        ranged = kind == "RENTANG"
        self.number.setVisible(bool(numbers))
        self.year.setVisible(not ranged)
        for widget in (self.start, self.until, self.end):
            widget.setVisible(ranged)
        self.changed.emit()

    # -- the period ----------------------------------------------------------------------
    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def period(self) -> Period:
        """The chosen period (a range given backwards is read forwards)."""
        kind = self.kind.currentData()
        year = int(self.year.currentData() or self.today.year)
        number = int(self.number.currentData() or 1)
        if kind == "BULAN":
            return periods.month(year, number)
        if kind == "TRIWULAN":
            return periods.quarter(year, number)
        if kind == "SEMESTER":
            return periods.semester(year, number)
        if kind == "RENTANG":
            start, end = sorted((_pydate(self.start.date()), _pydate(self.end.date())))
            return periods.between(start, end)
        return periods.year(year)
