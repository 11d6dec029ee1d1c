"""The editor of a table field of a casework form (e.g. a budget's lines): one row per entry,
a date entry or a combo in date and choice cells, and the backend's problems marked on their
cells."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QStyledItemDelegate, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...domain.forms import FieldDef
from .. import theme
from ..i18n import current_language
from ..labels import error_text
from ..theme import Role
from .combos import CodeCombo
from .date_field import DISPLAY_FORMAT, DateField
from .field_values import option_items, parse_number

ValueRole = Qt.ItemDataRole.UserRole


class _CellDelegate(QStyledItemDelegate):
    """Date and choice columns get a date entry and a combo; others plain text."""

    def __init__(self, columns: tuple[FieldDef, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.columns = columns

    def createEditor(self, parent, option, index):
        column = self.columns[index.column()]
        if column.type == "date":
            editor = DateField(parent)
            editor.setCalendarPopup(False)
            return editor
        if column.type in ("choice", "user"):
            combo = CodeCombo(parent)
            combo.set_items(option_items(column))
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):
        value = index.data(ValueRole)
        if isinstance(editor, DateField):
            editor.set_iso(value or QDate.currentDate().toString(Qt.DateFormat.ISODate))
        elif isinstance(editor, CodeCombo):
            editor.set_code(value or "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        column = self.columns[index.column()]
        if isinstance(editor, DateField):
            _set_cell(model, index, column, editor.iso())
        elif isinstance(editor, CodeCombo):
            _set_cell(model, index, column, editor.code())
        else:
            super().setModelData(editor, model, index)


def _cell_text(column: FieldDef, value: Any) -> str:
    if value in (None, ""):
        return ""
    if column.type == "date":
        date = QDate.fromString(str(value), Qt.DateFormat.ISODate)
        return date.toString(DISPLAY_FORMAT) if date.isValid() else str(value)
    if column.type in ("choice", "user"):
        return dict(option_items(column)).get(str(value), str(value))
    return str(value)


def _set_cell(model, index, column: FieldDef, value: Any) -> None:
    model.setData(index, value, ValueRole)
    model.setData(index, _cell_text(column, value), Qt.ItemDataRole.DisplayRole)


class TableEditor(QWidget):
    """Rows of a table field, with add / remove buttons."""

    changed = Signal()

    def __init__(self, fd: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fd = fd
        self.columns = fd.columns
        lang = current_language()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(self.columns), self)
        self.table.setObjectName(f"table_{fd.key}")
        self.table.setHorizontalHeaderLabels(
            [c.label(lang) + (" *" if c.required else "") for c in self.columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setItemDelegate(_CellDelegate(self.columns, self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.itemChanged.connect(lambda _i: self.changed.emit())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("+ Tambah baris"), self)
        self.add_button.setObjectName(f"addRow_{fd.key}")
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self.remove_button = QPushButton(self.tr("− Hapus baris"), self)
        self.remove_button.setObjectName(f"removeRow_{fd.key}")
        self.remove_button.clicked.connect(self.remove_current)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._fit()

    def _fit(self) -> None:
        rows = max(self.table.rowCount(), 2)
        height = (self.table.horizontalHeader().sizeHint().height()
                  + rows * self.table.verticalHeader().defaultSectionSize()
                  + 2 * self.table.frameWidth() + 4)
        self.table.setFixedHeight(min(height, 260))
        self.remove_button.setEnabled(self.table.rowCount() > 0)

    def add_row(self, values: dict[str, Any] | None = None, focus: bool = False) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for n, column in enumerate(self.columns):
            item = QTableWidgetItem()
            value = (values or {}).get(column.key)
            item.setData(ValueRole, value)
            item.setData(Qt.ItemDataRole.DisplayRole, _cell_text(column, value))
            self.table.setItem(row, n, item)
        self.table.blockSignals(False)
        self._fit()
        if focus:
            self.table.setFocus()
            self.table.setCurrentCell(row, 0)
        self.changed.emit()
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self._fit()
            self.changed.emit()

    def set_cell(self, row: int, key: str, value: Any) -> None:
        """Put a value into a cell (as the cell editors do)."""
        n = next(i for i, c in enumerate(self.columns) if c.key == key)
        item = self.table.item(row, n)
        _set_cell(self.table.model(), self.table.indexFromItem(item), self.columns[n], value)

    def _value(self, row: int, n: int) -> Any:
        column = self.columns[n]
        item = self.table.item(row, n)
        if item is None:
            return None
        value = item.data(ValueRole)
        if column.type in ("date", "choice", "user"):
            return value or None
        text = item.data(Qt.ItemDataRole.DisplayRole) or ""
        if column.type in ("int", "money"):
            return parse_number(str(text))
        if column.type == "bool":
            return bool(value) or None
        return str(text) or None

    def values(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.table.rowCount()):
            cells = {c.key: self._value(row, n) for n, c in enumerate(self.columns)}
            cells = {k: v for k, v in cells.items() if v not in (None, "")}
            if cells:
                out.append(cells)
        return out

    def set_values(self, rows: list[dict[str, Any]]) -> None:
        self.table.setRowCount(0)
        for row in rows or ():
            self.add_row(row)
        self._fit()
        self.mark_cells({})

    def mark_cells(self, bad: dict[tuple[int, str], str]) -> None:
        for row in range(self.table.rowCount()):
            for n, column in enumerate(self.columns):
                item = self.table.item(row, n)
                if item is None:
                    continue
                code = bad.get((row, column.key))
                item.setBackground(theme.brush(Role.BOX_ERROR) if code else QBrush())
                item.setToolTip(error_text(code) if code else "")
