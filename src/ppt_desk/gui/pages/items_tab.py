"""Kelengkapan & Hambatan: the eight recording items a–h of the seed (complete or missing; the
passage each comes from is in its tooltip, not in the caseworker's text) and the case's
obstacles."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from ...services.dto import CaseWork
from .. import theme
from ..i18n import current_language
from ..labels import casework_config
from ..theme import Role
from ..widgets.field_values import cite_tip
from .casework_common import RecordList

OBSTACLES = "hambatan"


class ItemsTab(QWidget):
    add_requested = Signal(str)
    edit_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        config = casework_config()
        lang = current_language()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        box = QGroupBox(self.tr("Delapan butir pencatatan"), self)
        box_layout = QVBoxLayout(box)
        self.summary = QLabel(box)
        self.summary.setObjectName("itemsSummary")
        box_layout.addWidget(self.summary)
        self.items = config.items
        self.table = QTableWidget(len(self.items), 2, box)
        self.table.setObjectName("recordingItems")
        self.table.setHorizontalHeaderLabels([self.tr("Butir"), self.tr("Status")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        for row, item in enumerate(self.items):
            name = QTableWidgetItem(f"{item.code}. {item.label(lang)}")
            name.setToolTip(cite_tip(item.cite))
            self.table.setItem(row, 0, name)
            status = QTableWidgetItem("")
            status.setToolTip(cite_tip(item.cite))
            self.table.setItem(row, 1, status)
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + len(self.items) * self.table.verticalHeader()
                                  .defaultSectionSize() + 2 * self.table.frameWidth())
        box_layout.addWidget(self.table)
        layout.addWidget(box)
        self.obstacles = RecordList(config.forms[OBSTACLES], self, self.tr("Hambatan"))
        self.obstacles.add_requested.connect(self.add_requested.emit)
        self.obstacles.edit_requested.connect(self.edit_requested.emit)
        self.obstacles.MAX_ROWS = 6
        layout.addWidget(self.obstacles)
        layout.addStretch(1)
        self.clear()

    def show_work(self, work: CaseWork, users: dict[str, str]) -> None:
        missing = set(work.missing_items)
        for row, item in enumerate(self.items):
            done = item.code not in missing
            cell = self.table.item(row, 1)
            cell.setText("✓ " + self.tr("Lengkap") if done else "✗ " + self.tr("Belum"))
            theme.paint_item(cell, Role.DONE if done else Role.ERROR)
            cell.setData(Qt.ItemDataRole.UserRole, done)
        count = len(self.items) - len(missing & {i.code for i in self.items})
        self.summary.setText(self.tr("{done} dari {total} butir lengkap.").format(
            done=count, total=len(self.items)))
        open_case = work.stage != "TERMINASI"
        self.obstacles.show_records(list(work.records), open_case, open_case, users)

    def marks(self) -> dict[str, bool]:
        """code -> complete (for tests and the screenshots tool)."""
        return {item.code: bool(self.table.item(row, 1).data(Qt.ItemDataRole.UserRole))
                for row, item in enumerate(self.items)}

    def clear(self) -> None:
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 1)
            cell.setText("")
            cell.setData(Qt.ItemDataRole.UserRole, None)
        self.summary.clear()
        self.obstacles.clear()
