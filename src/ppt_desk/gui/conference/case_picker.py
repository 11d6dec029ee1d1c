"""The cases of a conference in the planning dialog: the case it was planned from first, more
added by searching among the cases the user may open. The order is the order of the
pseudonyms on the projector (the first is "Korban A")."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
    QWidget,
)

from ...domain.conference import case_label
from ...services.dto import CaseQuery
from .. import theme
from ..context import AppContext
from ..theme import Role
from ..widgets.tables import ListTable

IdRole = Qt.ItemDataRole.UserRole
SEARCH_DEBOUNCE_MS = 250


class CasePicker(QWidget):
    changed = Signal()
    failed = Signal(object)  # the exception, for message_for

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cases: list[tuple[str, str]] = []  # (case id, "number — name")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = ListTable([self.tr("Di layar"), self.tr("Kasus")],
                               self.tr("Belum ada kasus."), "conferenceCases", self)
        self.table.set_widths({0: 90})
        self.table.table.setFixedHeight(84)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(self.tr("Cari kasus lain (nama atau nomor kasus)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.add_button = QPushButton(self.tr("+ Tambah kasus"), self)
        self.add_button.setObjectName("addCase")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_selected)
        self.remove_button = QPushButton(self.tr("− Keluarkan kasus"), self)
        self.remove_button.setObjectName("removeCase")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.search, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.results = QListWidget(self)
        self.results.setObjectName("caseResults")
        self.results.setFixedHeight(58)
        self.results.itemDoubleClicked.connect(lambda _i: self.add_selected())
        self.results.hide()
        layout.addWidget(self.results)
        hint = QLabel(self.tr("Di layar proyektor kasus hanya disebut menurut urutannya "
                              "(Korban A, Korban B, …), tidak pernah dengan nama."), self)
        hint.setWordWrap(True)
        hint.setObjectName("casesHint")
        theme.apply(hint, Role.HINT)
        layout.addWidget(hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self._run_search)

    def set_cases(self, cases: list[tuple[str, str]]) -> None:
        self.cases = list(cases)
        self._show()

    def case_ids(self) -> tuple[str, ...]:
        return tuple(case_id for case_id, _ in self.cases)

    def _show(self) -> None:
        self.table.set_rows([(case_id, [case_label(n), label])
                             for n, (case_id, label) in enumerate(self.cases)])
        self.changed.emit()

    def _run_search(self) -> None:
        text = self.search.text().strip()
        if len(text) < 2:
            self.results.clear()
            self.results.hide()
            return
        self.ctx.ops.query(self.ctx.backend.cases.search, CaseQuery(text=text, limit=20),
                           on_done=self._show_results, on_error=self.failed.emit)

    def _show_results(self, page) -> None:
        self.results.clear()
        taken = set(self.case_ids())
        for row in page.rows:
            if row.id in taken:
                continue
            item = QListWidgetItem(f"{row.case_number} — {row.full_name}", self.results)
            item.setData(IdRole, row.id)
        self.results.setVisible(self.results.count() > 0)
        if self.results.count():
            self.results.setCurrentRow(0)

    def add_selected(self) -> None:
        item = self.results.currentItem()
        if item is None or item.data(IdRole) in self.case_ids():
            return
        self.cases.append((item.data(IdRole), item.text()))
        self.results.takeItem(self.results.row(item))
        self.results.setVisible(self.results.count() > 0)
        self._show()

    def remove_selected(self) -> None:
        key = self.table.current_key()
        if key and len(self.cases) > 1:
            self.cases = [c for c in self.cases if c[0] != key]
            self._show()

    def clear(self) -> None:
        self.cases = []
        self.search.clear()
        self.results.clear()
        self.table.clear_rows()
