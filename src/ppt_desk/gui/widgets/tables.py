"""Small read-only tables for short lists (today page, consents): whole rows selected, no
editing, Enter or double-click activates a row, and a line of text when the list is empty."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from .. import theme
from ..theme import Role

KeyRole = Qt.ItemDataRole.UserRole  # the row's id (case id, change id, consent id…) on column 0


class ListTable(QWidget):
    """A QTableWidget (``table``) plus an ``empty`` label shown instead of an empty table."""

    def __init__(self, headers: list[str], empty_text: str, name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(headers), self)
        if name:
            self.table.setObjectName(name)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (keyboard users)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.empty = QLabel(empty_text, self)
        self.empty.setObjectName(f"{name}Empty" if name else "empty")
        self.empty.setWordWrap(True)
        theme.apply(self.empty, Role.TABLE_EMPTY)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.empty.hide()

    def set_widths(self, widths: dict[int, int]) -> None:
        for column, width in widths.items():
            self.table.horizontalHeader().resizeSection(column, width)

    def set_modes(self, stretch: tuple[int, ...] = (), fit: tuple[int, ...] = ()) -> None:
        """Columns that share the free width, and columns as wide as their contents."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in fit:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def wrap_text(self) -> None:
        """Long texts wrap; rows grow to fit them (and follow column resizes)."""
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)

    def set_rows(self, rows: list[tuple[str, list[QTableWidgetItem | str]]]) -> None:
        """``rows``: (key, cells); a cell is text or a prepared item. Keeps the selected key."""
        previous = self.current_key()
        table = self.table
        table.setSortingEnabled(False)
        table.clearContents()
        table.setRowCount(len(rows))
        selected = -1
        for r, (key, cells) in enumerate(rows):
            for c, cell in enumerate(cells):
                item = cell if isinstance(cell, QTableWidgetItem) else QTableWidgetItem(cell)
                if not item.toolTip() and item.text():
                    item.setToolTip(item.text())
                table.setItem(r, c, item)
            first = table.item(r, 0)
            if first is not None:
                first.setData(KeyRole, key)
            if key == previous:
                selected = r
        if selected >= 0:
            table.selectRow(selected)
        table.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def current_key(self) -> str:
        row = self.table.currentRow()
        if row < 0 or not self.table.selectionModel().isRowSelected(row):
            return ""
        item = self.table.item(row, 0)
        return str(item.data(KeyRole) or "") if item is not None else ""

    def key_at(self, row: int) -> str:
        item = self.table.item(row, 0)
        return str(item.data(KeyRole) or "") if item is not None else ""

    def keys(self) -> list[str]:
        return [self.key_at(r) for r in range(self.table.rowCount())]

    def row_of(self, key: str) -> int:
        return next((r for r in range(self.table.rowCount()) if self.key_at(r) == key), -1)

    def clear_rows(self) -> None:
        self.table.clearContents()
        self.table.setRowCount(0)
        self.table.show()
        self.empty.hide()


def alert_item(text: str, alert: bool) -> QTableWidgetItem:
    """A cell in red bold when ``alert`` (overdue and the like)."""
    item = QTableWidgetItem(text)
    if alert:
        theme.paint_item(item, Role.ERROR_STRONG)
    return item


def number_item(value: int, alert: bool = False) -> QTableWidgetItem:
    item = alert_item(str(value), alert)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
