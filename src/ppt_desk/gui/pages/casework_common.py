"""Pieces the casework tabs of the case page share: dates, record summaries, and the list
of one form's records with Tambah / Ubah."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...domain.forms import FormDef, condition_holds
from ...services.reference_data import regions
from ...services.dto import RecordInfo
from .. import theme
from ..i18n import current_language
from ..theme import Role
from ..widgets.field_values import option_items

KeyRole = Qt.ItemDataRole.UserRole
SUMMARY_FIELDS = 3
SUMMARY_CHARS = 70


def fmt_date(value: date | str | None) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            return value
    return value.strftime("%d/%m/%Y")


def _t(text: str) -> str:
    return QCoreApplication.translate("casework", text)


def value_text(fd, value: Any, users: dict[str, str] | None = None) -> str:
    """A field value as words (dates dd/mm/yyyy, codes as labels). ``users`` maps the ids
    of users and directory institutions to their names."""
    if value is None or value == "" or value == []:
        return ""
    t = fd.type
    if t == "date":
        return fmt_date(value)
    if t == "bool":
        return _t("ya") if value else _t("tidak")
    if t in ("choice",):
        return dict(option_items(fd)).get(str(value), str(value))
    if t == "multichoice":
        labels = dict(option_items(fd))
        return ", ".join(labels.get(v, v) for v in value)
    if t == "table":
        return _t("{n} baris").format(n=len(value))
    if t in ("user", "institution"):
        return (users or {}).get(str(value), "")
    if t == "region":
        return regions().name(str(value)).replace('"', "'")
    if t == "money":
        return "Rp " + f"{value:,}".replace(",", ".") if isinstance(value, int) else str(value)
    return " ".join(str(value).split())


def record_summary(form: FormDef, payload: dict[str, Any],
                   users: dict[str, str] | None = None,
                   limit: int | None = SUMMARY_CHARS) -> str:
    """A line about a record from its first filled fields; sensitive fields are left out,
    as are the record's own date fields (shown in their own column). ``limit=None`` keeps the
    whole line (the record lists elide it to the column's width, the full line as tooltip)."""
    lang = current_language()
    parts: list[str] = []
    for fd in form.fields:
        if fd.sensitive or fd.key in (form.date_field, form.due_field) or fd.checklist:
            continue
        value = payload.get(fd.key)
        if fd.type == "bool":
            if value:
                parts.append(fd.label(lang))
            continue
        if fd.type == "date" or fd.type == "time":
            continue
        text = value_text(fd, value, users)
        if text and fd.type in ("int", "money"):
            text = f"{fd.label(lang)}: {text}"
        if text:
            parts.append(text)
        if len(parts) >= SUMMARY_FIELDS:
            break
    line = " · ".join(parts)
    return line if limit is None or len(line) <= limit else line[:limit - 1] + "…"


def hidden_text(record: RecordInfo) -> str:
    """What a user without the needed access sees of a restricted record."""
    if record.grant == "PELAKU":
        return _t("Terbatas — hanya untuk pengguna dengan akses data pelaku")
    return _t("Terbatas — hanya untuk pengguna dengan akses data kesehatan")


def record_when(form: FormDef, record: RecordInfo) -> str:
    if record.record_date is not None:
        return fmt_date(record.record_date)
    if record.due_date is not None:
        return _t("dijadwalkan {date}").format(date=fmt_date(record.due_date))
    return ""


def sort_records(records: list[RecordInfo]) -> list[RecordInfo]:
    """Newest first (record date, then when it was written)."""
    return sorted(records, key=lambda r: (r.record_date or r.due_date or date.min, r.created_at),
                  reverse=True)


class _Table(QTableWidget):
    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.activated_row.emit(self.currentRow())
            return
        super().keyPressEvent(event)


class RecordList(QGroupBox):
    """The records of one form kind: date, summary, author; Tambah adds, Ubah (or Enter,
    or a double click) changes the selected one."""

    add_requested = Signal(str)         # kind
    edit_requested = Signal(str, str)   # kind, record id
    print_requested = Signal(str, str)  # kind, record id (forms with a printed document)
    MAX_ROWS = 4

    def __init__(self, form: FormDef, parent: QWidget | None = None,
                 title: str | None = None) -> None:
        super().__init__(title if title is not None else form.label(current_language()), parent)
        self.form = form
        self.setObjectName(f"records_{form.kind}")
        self.records: list[RecordInfo] = []
        layout = QHBoxLayout(self)
        self.table = _Table(0, 3, self)
        self.table.setObjectName(f"recordTable_{form.kind}")
        self.table.setHorizontalHeaderLabels([self.tr("Tanggal"), self.tr("Ringkasan"),
                                              self.tr("Dicatat oleh")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)  # the cell's tooltip: all
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.doubleClicked.connect(lambda index: self._edit_row(index.row()))
        self.table.activated_row.connect(self._edit_row)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("Belum ada catatan."), self)
        self.empty.setObjectName(f"empty_{form.kind}")
        theme.apply(self.empty, Role.PLACEHOLDER)
        self.add_button = QPushButton(self.tr("Tambah…"), self)
        self.add_button.setObjectName(f"add_{form.kind}")
        self.add_button.setAccessibleName(self.tr("Tambah {form}").format(
            form=form.label(current_language())))
        self.add_button.clicked.connect(lambda: self.add_requested.emit(self.form.kind))
        self.edit_button = QPushButton(self.tr("Ubah…"), self)
        self.edit_button.setObjectName(f"edit_{form.kind}")
        self.edit_button.setAccessibleName(self.tr("Ubah {form}").format(
            form=form.label(current_language())))
        self.edit_button.clicked.connect(lambda: self._edit_row(self.table.currentRow()))
        self.print_button = QPushButton(self.tr("Cetak…"), self)
        self.print_button.setObjectName(f"print_{form.kind}")
        self.print_button.setToolTip(self.tr("Simpan dokumen catatan yang dipilih sebagai PDF"))
        self.print_button.clicked.connect(self._print_row)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.table)
        left.addWidget(self.empty)
        left.addStretch(1)
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout.addLayout(left, 1)
        layout.addLayout(buttons)
        self._can_add = self._can_edit = False
        self.clear()

    def show_records(self, records: list[RecordInfo], can_add: bool, can_edit: bool,
                     users: dict[str, str] | None = None) -> None:
        self.records = sort_records([r for r in records if r.kind == self.form.kind])
        self._can_add = can_add and (self.form.multiple or not self.records)
        self._can_edit = can_edit
        self.table.setRowCount(len(self.records))
        for n, record in enumerate(self.records):
            summary = hidden_text(record) if record.hidden else \
                record_summary(self.form, record.payload, users, limit=None)
            cells = (record_when(self.form, record), summary, record.created_by_name)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if record.hidden:
                    theme.paint_item(item, Role.FAINT)
                self.table.setItem(n, column, item)
            self.table.item(n, 0).setData(KeyRole, record.id)
        rows = min(max(len(self.records), 1), self.MAX_ROWS)
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + rows * self.table.verticalHeader().defaultSectionSize()
                                  + 2 * self.table.frameWidth())
        self.table.setVisible(bool(self.records))
        self.empty.setVisible(not self.records)
        self.add_button.setVisible(self.form.multiple or not self.records)
        self._update_buttons()

    def _current(self, row: int | None = None) -> RecordInfo | None:
        if not self.records:
            return None
        row = self.table.currentRow() if row is None else row
        return self.records[row if 0 <= row < len(self.records) else 0]

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self._can_add)
        self.edit_button.setVisible(bool(self.records))
        current = self._current()
        self.edit_button.setEnabled(self._can_edit and current is not None and not current.hidden)
        self.print_button.setVisible(bool(self.form.print) and bool(self.records))
        chosen = self.table.currentRow() >= 0  # print the record the user picked, not a guess
        printable = current is not None and not current.hidden and (
            self.form.print_when is None or condition_holds(self.form.print_when,
                                                            current.payload))
        self.print_button.setEnabled(chosen and printable)

    def _edit_row(self, row: int) -> None:
        record = self._current(row)
        if not self._can_edit or record is None or record.hidden:
            return
        self.edit_requested.emit(self.form.kind, record.id)

    def _print_row(self) -> None:
        record = self._current() if self.table.currentRow() >= 0 else None
        if record is not None and not record.hidden:
            self.print_requested.emit(self.form.kind, record.id)

    def clear(self) -> None:
        self.records = []
        self.table.clearContents()
        self.table.setRowCount(0)
        self.table.hide()
        self.empty.show()
        self._can_add = self._can_edit = False
        self._update_buttons()
