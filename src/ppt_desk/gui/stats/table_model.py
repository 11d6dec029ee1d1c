"""One statistics table in a QTableView: its rows, its columns (sex, age group, unknown), the
row totals ("Jumlah") and a totals row. A suppressed figure (None) shows as "x". Each figure
knows which cases it counts (``ref_at``), for the list of cases behind it."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont

from ...domain.stats.model import CellRef, Median, StatTable

# A hidden figure: a small one (1-10) or a complementary one hidden to protect it. Not "<11":
# that would tell a reader every hidden figure is small, which the suppression does not promise.
SUPPRESSED = "x"


def figure_text(value: int | None) -> str:
    return SUPPRESSED if value is None else QLocale().toString(int(value))


class StatTableModel(QAbstractTableModel):
    def __init__(self, table: StatTable, language: str, total_font: QFont | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.total_font = total_font   # theme.font(view, Role.STRONG): totals stand out
        self.table = table
        self.language = language

    # -- shape -----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.rows) + 1

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.columns) + 1

    def is_total_row(self, row: int) -> bool:
        return row == len(self.table.rows)

    def is_total_column(self, column: int) -> bool:
        return column == len(self.table.columns)

    # -- figures -----------------------------------------------------------------------------
    def value(self, row: int, column: int) -> int | None:
        t = self.table
        if self.is_total_row(row):
            return t.total if self.is_total_column(column) else t.column_totals[column]
        if self.is_total_column(column):
            return t.row_totals[row]
        return t.cells[row][column]

    def ref_at(self, index: QModelIndex) -> CellRef | None:
        """Which cases the figure at ``index`` counts (None: the table names none)."""
        if not index.isValid():
            return None
        t, row, column = self.table, index.row(), index.column()
        try:
            if self.is_total_row(row):
                return t.total_ref if self.is_total_column(column) else t.column_refs[column]
            if self.is_total_column(column):
                return t.row_refs[row]
            return t.refs[row][column]
        except IndexError:
            return None

    def row_label(self, row: int) -> str:
        if self.is_total_row(row):
            return QCoreApplication.translate("StatTableModel", "Jumlah")
        return self.table.rows[row].label(self.language)

    def column_label(self, column: int) -> str:
        if self.is_total_column(column):
            return QCoreApplication.translate("StatTableModel", "Jumlah")
        return self.table.columns[column].label(self.language)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return figure_text(self.value(row, column))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (self.is_total_row(row)
                                                 or self.is_total_column(column)):
            return self.total_font
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"{self.row_label(row)} — {self.column_label(column)}"
            if self.value(row, column) is None:
                return QCoreApplication.translate(
                    "StatTableModel", "{cell}: disamarkan (angka 1–10, atau sel pelengkap yang melindunginya)").format(cell=text)
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.row_label(row)}, {self.column_label(column)}: " \
                   f"{figure_text(self.value(row, column))}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.column_label(section)
        return self.row_label(section)


class DurationsModel(QAbstractTableModel):
    """Days from intake to each stage: cases, median and 90th percentile."""

    def __init__(self, durations: tuple[Median, ...], language: str, parent=None) -> None:
        super().__init__(parent)
        self.durations = durations
        self.language = language
        self.headers = [QCoreApplication.translate("StatTableModel", "Tahap"),
                        QCoreApplication.translate("StatTableModel", "Kasus"),
                        QCoreApplication.translate("StatTableModel", "Median (hari)"),
                        QCoreApplication.translate("StatTableModel", "Persentil ke-90 (hari)")]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.durations)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def ref_at(self, index: QModelIndex) -> CellRef | None:
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self.durations[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return m.label_en if self.language == "en" else m.label_id
            if index.column() == 1:
                return SUPPRESSED if m.cases is None else QLocale().toString(m.cases)
            days = m.median_days if index.column() == 2 else m.p90_days
            return "—" if days is None else QLocale().toString(float(days), "f", 1)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None
