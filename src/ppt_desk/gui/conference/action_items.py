"""Tindak lanjut sidang kasus on Hari ini: the open action items of conferences on my cases
(overdue first, as the service orders them); Enter opens the case, Tandai selesai marks the
chosen one done today."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...services.conference_dto import ActionItemInfo
from .. import theme
from ..context import AppContext
from ..labels import message_for
from ..theme import Role
from ..widgets.messages import error_label
from ..widgets.tables import ListTable, alert_item

DATE = "%d/%m/%Y"


class ActionItemsBox(QGroupBox):
    case_opened = Signal(str)  # case id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Tindak lanjut sidang kasus"))
        self.setObjectName("actionItemsBox")
        self.items: dict[str, ActionItemInfo] = {}
        layout = QVBoxLayout(self)
        self.table = ListTable([self.tr("Batas waktu"), self.tr("No. kasus"),
                                self.tr("Tindak lanjut"), self.tr("Oleh")],
                               self.tr("Tidak ada tindak lanjut sidang kasus yang terbuka."),
                               "actionItemsTable", self)
        self.table.set_widths({0: 120, 1: 135, 2: 330})
        self.table.wrap_text()
        self.table.table.activated.connect(lambda _index: self.open_selected())
        self.table.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        hint = QLabel(self.tr("Enter membuka kasusnya."), self)
        theme.apply(hint, Role.HINT)
        self.open_button = QPushButton(self.tr("Buka kasus"), self)
        self.open_button.setObjectName("openActionCase")
        self.open_button.clicked.connect(self.open_selected)
        self.done_button = QPushButton(self.tr("Tandai &selesai"), self)
        self.done_button.setObjectName("actionDone")
        self.done_button.setToolTip(self.tr("Tindak lanjut yang dipilih selesai hari ini"))
        self.done_button.clicked.connect(self.mark_done)
        row.addWidget(hint, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.done_button)
        layout.addLayout(row)
        self.error = error_label(self, "actionItemsError")
        layout.addWidget(self.error)
        self._update_buttons()

    def show_items(self, items: tuple[ActionItemInfo, ...], today: date) -> None:
        self.items = {a.decision_id: a for a in items}
        rows = []
        for a in items:
            due = a.due.strftime(DATE) if a.due else "—"
            status = alert_item(("● " + self.tr("{date} terlambat").format(date=due))
                                if a.overdue else due, a.overdue)
            rows.append((a.decision_id, [status, a.case_number, a.what, a.who or "—"]))
        self.table.set_rows(rows)
        self.setTitle(self.tr("Tindak lanjut sidang kasus ({count})").format(count=len(items)))
        self._update_buttons()

    def selected(self) -> ActionItemInfo | None:
        return self.items.get(self.table.current_key())

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.done_button.setEnabled(chosen)

    def open_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.case_opened.emit(item.case_id)

    def mark_done(self) -> None:
        item = self.selected()
        if item is None:
            return
        self.error.hide()
        self.ctx.ops.change(self.ctx.backend.conferences.action_done, item.decision_id,
                            self.ctx.backend.deps.clock.today(), on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(message_for(exc))
        self.error.show()

    def clear(self) -> None:
        self.items = {}
        self.table.clear_rows()
        self.error.hide()
        self.setTitle(self.tr("Tindak lanjut sidang kasus"))
        self._update_buttons()
