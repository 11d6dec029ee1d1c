"""Hari ini, supervisor: the office's due items in collapsible groups (per kind or per
caseworker, counts in the group titles) and a filter (all, one caseworker, one kind)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...services.dto import DueInfo, OfficeDue
from .. import theme
from ..context import AppContext
from ..labels import message_for
from ..theme import Role
from .today_models import (
    CaseIdRole, GroupedDueModel, group_due, list_view, set_widths, span_groups,
)

DATE = "%d/%m/%Y"


class OfficeDueTab(QWidget):
    case_opened = Signal(str)  # case id
    loaded = Signal()

    def __init__(self, ctx: AppContext, status_text: Callable[[DueInfo], str], due_text: Callable[[DueInfo], str],
                 widths: tuple[int, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officeTab")
        self.ctx = ctx
        self._stale = False  # Hari ini was reloaded: ask again when this tab shows
        self._request = 0    # answers to older requests are dropped
        self.status_text = status_text
        self.due_text = due_text
        self.due: OfficeDue | None = None  # None: not loaded (yet)
        box = QVBoxLayout(self)
        bar = QHBoxLayout()
        group_label = QLabel(self.tr("Kelo&mpokkan:"), self)
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("officeGroupBy")
        self.group_combo.addItem(self.tr("per jenis"), "kind")
        self.group_combo.addItem(self.tr("per pendamping"), "user")
        group_label.setBuddy(self.group_combo)
        filter_label = QLabel(self.tr("&Tampilkan:"), self)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("officeFilter")
        self.filter_combo.setMinimumContentsLength(28)
        self.filter_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        filter_label.setBuddy(self.filter_combo)
        bar.addWidget(group_label)
        bar.addWidget(self.group_combo)
        bar.addSpacing(16)
        bar.addWidget(filter_label)
        bar.addWidget(self.filter_combo)
        bar.addStretch(1)
        box.addLayout(bar)
        self.model = GroupedDueModel(
            [self.tr("Status"), self.tr("No. kasus"), self.tr("Nama"), self.tr("Pendamping"),
             self.tr("Tanggal"), self.tr("Yang perlu dilakukan")], self._cell, self)
        self.tree = list_view(self.model, "officeView", self)
        status_width, number_width = widths
        set_widths(self.tree, {0: status_width + self.tree.indentation(), 1: number_width,
                               2: 140, 3: 130,
                               4: self.tree.fontMetrics().horizontalAdvance("00/00/0000") + 14})
        self.tree.activated.connect(self._activated)
        box.addWidget(self.tree, 1)
        self.note = QLabel(self)
        self.note.setObjectName("officeNote")
        self.note.setWordWrap(True)
        theme.apply(self.note, Role.HINT)
        box.addWidget(self.note)
        self.group_combo.currentIndexChanged.connect(self.fill)
        self.filter_combo.currentIndexChanged.connect(self.fill)

    # -- texts ----------------------------------------------------------------------------
    def kind_label(self, kind: str) -> str:
        labels = {
            "stage_stale": self.tr("Tahap tanpa kemajuan"),
            "allowance_phase1_ending": self.tr("Jaminan hidup tahap 1 berakhir"),
            "allowance_phase2_ending": self.tr("Jaminan hidup tahap 2 berakhir"),
            "allowance_over": self.tr("Jaminan hidup melewati batas"),
            "visit_due": self.tr("Kunjungan dijadwalkan"),
            "visit_overdue": self.tr("Kunjungan terlambat"),
            "approval_returned": self.tr("Perubahan tahap dikembalikan"),
        }
        return labels.get(kind, kind)

    def user_label(self, name: str) -> str:
        return name or self.tr("Belum ditugaskan")

    def _title(self, label: str, count: int, overdue: int) -> str:
        if overdue:
            return self.tr("{label} — {count} hal, {overdue} terlambat").format(
                label=label, count=count, overdue=overdue)
        return self.tr("{label} — {count} hal").format(label=label, count=count)

    def _cell(self, d: DueInfo, column: int) -> str:
        if column == 0:
            return self.status_text(d)
        if column == 1:
            return d.case_number
        if column == 2:
            return d.full_name
        if column == 3:
            return self.user_label(d.assigned_name)
        if column == 4:
            return d.due.strftime(DATE)
        return self.due_text(d)

    # -- data -----------------------------------------------------------------------------
    def invalidate(self) -> None:
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._load()

    def _load(self) -> None:
        self._stale = False
        self._request += 1
        request = self._request
        self.note.setText(self.tr("Memuat daftar kantor…"))
        self.ctx.ops.query(self.ctx.backend.casework.office_due,
                           on_done=lambda due: self._loaded(request, due),
                           on_error=lambda exc: self.note.setText(message_for(exc)))

    def _loaded(self, request: int, due: OfficeDue) -> None:
        if request != self._request or not self.ctx.backend.session.is_unlocked:
            return  # stale, or locked meanwhile
        self.show_due(due)
        self.loaded.emit()

    def show_due(self, due: OfficeDue) -> None:
        self.due = due
        self._fill_filter(due.items)
        self.fill()

    def _fill_filter(self, items: tuple[DueInfo, ...]) -> None:
        """Semua, then each caseworker, then each kind, with their counts; keeps the choice."""
        chosen = self.filter_combo.currentData()
        users: dict[str, int] = {}
        kinds: dict[str, int] = {}
        for d in items:
            users[d.assigned_name] = users.get(d.assigned_name, 0) + 1
            kinds[d.kind] = kinds.get(d.kind, 0) + 1
        combo = self.filter_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Semua ({count})").format(count=len(items)), "")
        for name in sorted(users, key=lambda n: (n == "", n.casefold())):
            combo.addItem(self.tr("Pendamping: {name} ({count})").format(
                name=self.user_label(name), count=users[name]), "user:" + name)
        for kind in sorted(kinds, key=self.kind_label):
            combo.addItem(self.tr("Jenis: {kind} ({count})").format(
                kind=self.kind_label(kind), count=kinds[kind]), "kind:" + kind)
        index = combo.findData(chosen) if chosen else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def fill(self) -> None:
        due = self.due
        items = due.items if due is not None else ()
        chosen = self.filter_combo.currentData()
        if chosen:  # "user:<name>" or "kind:<kind>"
            field, value = str(chosen).split(":", 1)
            items = tuple(d for d in items
                          if (d.assigned_name if field == "user" else d.kind) == value)
        by = self.group_combo.currentData()
        label = self.user_label if by == "user" else self.kind_label
        self.model.set_groups(group_due(items, by, label, self._title))
        self.tree.setColumnHidden(3, by == "user")  # the group title names the caseworker
        span_groups(self.tree, self.model)
        if due is None:
            self.note.clear()
        elif not due.items:
            self.note.setText(self.tr("Tidak ada yang jatuh tempo di kantor."))
        elif due.total > len(due.items):
            self.note.setText(self.tr(
                "Ditampilkan {shown} yang paling mendesak dari {total}. Enter pada baris membuka "
                "kasusnya; pada judul kelompok membuka atau menutup kelompok.").format(
                shown=len(due.items), total=due.total))
        else:
            self.note.setText(self.tr(
                "Enter atau klik ganda pada baris membuka kasusnya; pada judul kelompok "
                "membuka atau menutup kelompok."))

    def clear(self) -> None:
        self._request += 1
        self._stale = False
        self.due = None
        self.model.set_groups(())
        self.note.clear()
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.blockSignals(False)

    def _activated(self, index: QModelIndex) -> None:
        case_id = index.data(CaseIdRole)
        if case_id:
            self.case_opened.emit(case_id)
            return
        group = index.siblingAtColumn(0)
        self.tree.setExpanded(group, not self.tree.isExpanded(group))
