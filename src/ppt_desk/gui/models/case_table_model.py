"""The case register as a table of frozen ``CaseRow`` DTOs.

Sorting and filtering happen in SQL (a proxy model over a Python model is far too slow):
``sort()`` only emits ``sort_requested`` and the page asks the backend again. Paging:
``fetchMore`` emits ``more_wanted`` with the next offset; the page appends the rows.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ...services.dto import CasePage, CaseRow
from ..labels import code_label

COL_NUMBER, COL_NAME, COL_SEX, COL_AGE, COL_AGE_BAND, COL_DATE, COL_CHANNEL, COL_STATUS, \
    COL_MODUS, COL_ASSIGNED = range(10)
COLUMN_COUNT = 10

#: CaseQuery.sort key per column (None: not sortable)
SORT_KEYS = {
    COL_NUMBER: "case_number", COL_NAME: "full_name", COL_SEX: "sex", COL_AGE: "age",
    COL_AGE_BAND: "age", COL_DATE: "intake_date", COL_CHANNEL: "intake_channel",
    COL_STATUS: "victim_status", COL_MODUS: None, COL_ASSIGNED: "assigned",
}
CaseIdRole = Qt.ItemDataRole.UserRole + 1
CaseNumberRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)  # sort key, descending
    more_wanted = Signal(int)           # offset of the next page

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CaseRow] = []
        self._total = 0
        self._more = False
        self._fetching = False

    def _headers(self) -> list[str]:
        # Short labels so that every column fits a 1024-pixel window; the full name is the
        # header's tooltip (_header_tips).
        return [self.tr("No. Kasus"), self.tr("Nama"), self.tr("JK"), self.tr("Umur"),
                self.tr("Kel. Umur"), self.tr("Tanggal"), self.tr("Jalur"),
                self.tr("Status"), self.tr("Modus"), self.tr("Pendamping")]

    def _header_tips(self) -> list[str]:
        return [self.tr("Nomor kasus"), self.tr("Nama korban"), self.tr("Jenis kelamin"),
                self.tr("Umur saat pengaduan"), self.tr("Kelompok umur"),
                self.tr("Tanggal pengaduan"), self.tr("Jalur pengaduan"),
                self.tr("Status korban"), self.tr("Modus"), self.tr("Pendamping")]

    # -- data in -----------------------------------------------------------------
    def set_rows(self, page: CasePage) -> None:
        """Replace everything with the first page of a new query."""
        self.beginResetModel()
        self._rows = list(page.rows)
        self._total = page.total
        self._more = page.total_is_lower_bound
        self._fetching = False
        self.endResetModel()

    def append_rows(self, page: CasePage) -> None:
        self._fetching = False
        if page.offset != len(self._rows) or not page.rows:
            return  # a stale page from an earlier query
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self._total = page.total
        self._more = page.total_is_lower_bound
        self.endInsertRows()

    def clear(self) -> None:
        self.set_rows(CasePage((), 0, 0))

    @property
    def total(self) -> int:
        return self._total

    @property
    def total_is_lower_bound(self) -> bool:
        """The query has more matches than ``total`` (counting stopped there)."""
        return self._more

    def row_at(self, row: int) -> CaseRow:
        return self._rows[row]

    # -- Qt model interface ------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers()[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._header_tips()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_AGE and row.age_band:  # the age group, also when its column is hidden
                return code_label("age_band", row.age_band)
            if column in (COL_NAME, COL_MODUS, COL_CHANNEL, COL_STATUS, COL_ASSIGNED):
                return self._display(row, column)  # elided cells: the whole text
        if role == CaseIdRole:
            return row.id
        if role == CaseNumberRole:
            return row.case_number
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: CaseRow, column: int) -> str:
        if column == COL_NUMBER:
            return row.case_number
        if column == COL_NAME:
            return row.full_name
        if column == COL_SEX:
            return row.sex
        if column == COL_AGE:
            return "" if row.age is None else str(row.age)
        if column == COL_AGE_BAND:
            return code_label("age_band", row.age_band)
        if column == COL_DATE:
            return row.intake_date.strftime("%d/%m/%Y")
        if column == COL_CHANNEL:
            return code_label("intake_channel", row.intake_channel)
        if column == COL_STATUS:
            return code_label("victim_status", row.victim_status)
        if column == COL_MODUS:
            return ", ".join(code_label("modus", code) for code in row.modus)
        if column == COL_ASSIGNED:
            return row.assigned_name
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._fetching = True
            self.more_wanted.emit(len(self._rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)
