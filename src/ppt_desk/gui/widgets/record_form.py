"""A casework form built from its definition (resources/casework/forms.json).

One editor per field type; the seed's checklist activities are grouped under
"Daftar periksa". ``payload()`` gives the record as JSON (ISO dates, ints, bools,
lists; empty fields left out) and ``set_payload`` shows one; ``show_problems``
puts the backend's messages under their fields and focuses the first bad one.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QStyledItemDelegate, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...domain.forms import REGION_LEVELS, FieldDef, FormDef
from ...domain.institutions import Institution
from .. import theme
from ..i18n import current_language
from ..labels import code_items, error_text
from ..theme import Role
from .messages import error_label
from .check_list import CheckList
from .combos import CodeCombo, SearchCombo
from .date_field import DISPLAY_FORMAT, DateField
from .region_picker import RegionPicker

ValueRole = Qt.ItemDataRole.UserRole
_TIME = re.compile(r"^(\d{1,2})[:.]?(\d{2})$")


def option_items(fd: FieldDef, lang: str | None = None) -> list[tuple[str, str]]:
    """(code, label) of a choice field: inline options or its code list."""
    lang = lang or current_language()
    if fd.options:
        return [(o.code, o.label(lang)) for o in fd.options]
    if fd.codelist:
        return code_items(fd.codelist, lang)
    return []


def cite_tip(cite: str | None) -> str:
    """Tooltip naming the seed passage a field or checklist item comes from."""
    if not cite:
        return ""
    return QCoreApplication.translate("RecordForm", "Rujukan pedoman: {cite}").format(cite=cite)


def parse_number(text: str) -> int | None | str:
    """'1.500.000' -> 1500000; '' -> None; anything else is returned as typed."""
    digits = re.sub(r"[.\s,]", "", text)
    if not digits:
        return None
    return int(digits) if digits.isdigit() else text


def _region_path(code: str) -> list[str]:
    """'53.71.02' -> ['53', '53.71', '53.71.02'] (each level's code, for the pickers)."""
    parts = code.split(".") if code else []
    return [".".join(parts[:n]) for n in range(1, len(parts) + 1)]


def normalise_time(text: str) -> str:
    """'2130', '21.30', '9:05' -> 'HH:MM'; other text unchanged (the backend reports it)."""
    text = text.strip()
    match = _TIME.match(text)
    if match:
        return f"{int(match.group(1)):02d}:{match.group(2)}"
    return text


# -- table ---------------------------------------------------------------------------------
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


# -- the form --------------------------------------------------------------------------------
class RecordForm(QWidget):
    """Editors for one FormDef. ``changed`` fires on every edit (not while a payload is set)."""

    changed = Signal()

    def __init__(self, form: FormDef, parent: QWidget | None = None,
                 users: list[tuple[str, str]] | None = None,
                 grants: frozenset[str] | None = None,
                 facts: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.lang = current_language()
        # Fields needing a grant the user lacks get no editor (the backend keeps their values).
        self.withheld = tuple(fd.key for fd in form.fields
                              if fd.access and grants is not None and fd.access not in grants)
        self.facts = dict(facts or {})
        self._institution_values: dict[str, str] = {}
        self._restoring = False
        self._user_values: dict[str, str] = {}
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel | QCheckBox] = {}
        self._getters: dict[str, Callable[[], Any]] = {}
        self._setters: dict[str, Callable[[Any], None]] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self)
        self.summary.setObjectName("formSummary")
        theme.apply(self.summary, Role.ERROR_STRONG)
        self.summary.setWordWrap(True)
        self.summary.hide()
        outer.addWidget(self.summary)
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(self.layout_)
        outer.addStretch(1)
        self.checklist_box: QGroupBox | None = None
        self._checklist: QVBoxLayout | None = None
        self.fields = tuple(fd for fd in form.fields if fd.key not in self.withheld)
        for fd in self.fields:
            self._add_field(fd)
        if self.withheld:
            note = QLabel(self.tr("Beberapa isian terbatas tidak ditampilkan karena Anda tidak "
                                  "memiliki akses khusus; isinya tetap tersimpan."), self)
            note.setObjectName("withheldNote")
            note.setWordWrap(True)
            theme.apply(note, Role.ASIDE)
            self.layout_.addRow(note)
        self.set_users(users or [])
        self._refresh_marks()

    # -- building ------------------------------------------------------------------------
    def _error_label(self, key: str, parent: QWidget) -> QLabel:
        self.errors[key] = error = error_label(parent, f"error_{key}")
        return error

    def _add_field(self, fd: FieldDef) -> None:
        label = fd.label(self.lang)
        tip = cite_tip(fd.cite)
        if fd.type == "bool":
            box = QCheckBox(label, self)
            box.setObjectName(fd.key)
            box.toggled.connect(self._edited)
            self._getters[fd.key] = lambda b=box: b.isChecked() or None
            self._setters[fd.key] = lambda v, b=box: b.setChecked(bool(v))
            self.editors[fd.key] = box
            self.labels[fd.key] = box
            if tip:
                box.setToolTip(tip)
            if fd.checklist:
                self._checklist_layout().addWidget(box)
                self._checklist_layout().addWidget(self._error_label(fd.key, self))
            else:
                self.layout_.addRow("", box)
                self.layout_.addRow("", self._error_label(fd.key, self))
            return
        editor = self._editor(fd)
        editor.setObjectName(fd.key)
        if fd.sensitive:
            editor.setToolTip(self.tr("Data rahasia: tidak ditampilkan di ringkasan dan "
                                      "cetakan."))
        elif tip:
            editor.setToolTip(tip)
        caption = QLabel(label, self)
        caption.setBuddy(editor)
        caption.setWordWrap(True)
        caption.setMinimumWidth(190)
        caption.setMaximumWidth(260)
        if tip:
            caption.setToolTip(tip)
        self.labels[fd.key] = caption
        self.editors[fd.key] = editor
        self.layout_.addRow(caption, editor)
        self.layout_.addRow("", self._error_label(fd.key, self))

    def _checklist_layout(self) -> QVBoxLayout:
        if self._checklist is None:
            self.checklist_box = QGroupBox(self.tr("Daftar periksa"), self)
            self.checklist_box.setObjectName("checklist")
            if self.form.cite:
                self.checklist_box.setToolTip(cite_tip(self.form.cite))
            self._checklist = QVBoxLayout(self.checklist_box)
            self._checklist.setSpacing(2)
            self.layout_.addRow(self.checklist_box)
        return self._checklist

    def _editor(self, fd: FieldDef) -> QWidget:
        t = fd.type
        key = fd.key
        if t == "text":
            edit = QLineEdit(self)
            edit.textChanged.connect(self._edited)
            self._getters[key] = edit.text
            self._setters[key] = lambda v, e=edit: e.setText("" if v is None else str(v))
            return edit
        if t == "textarea":
            text = QPlainTextEdit(self)
            text.setTabChangesFocus(True)
            text.setFixedHeight(64)
            text.textChanged.connect(self._edited)
            self._getters[key] = text.toPlainText
            self._setters[key] = lambda v, e=text: e.setPlainText("" if v is None else str(v))
            return text
        if t == "date":
            date = DateField(self)
            date.setMaximumWidth(170)
            date.value_changed.connect(self._edited)
            self._getters[key] = date.iso
            self._setters[key] = lambda v, e=date: e.set_iso(v)
            return date
        if t == "time":
            edit = QLineEdit(self)
            edit.setMaxLength(5)
            edit.setMaximumWidth(90)
            edit.setPlaceholderText(self.tr("JJ:MM"))
            edit.textChanged.connect(self._edited)
            self._getters[key] = lambda e=edit: normalise_time(e.text())
            self._setters[key] = lambda v, e=edit: e.setText(v or "")
            return edit
        if t in ("int", "money"):
            edit = QLineEdit(self)
            edit.setMaximumWidth(180)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            pattern = r"[0-9]*" if t == "int" else r"[0-9.\s]*"
            edit.setValidator(QRegularExpressionValidator(pattern, edit))
            if t == "money":
                edit.setPlaceholderText("0")
            edit.textChanged.connect(self._edited)
            self._getters[key] = lambda e=edit: parse_number(e.text())
            self._setters[key] = lambda v, e=edit, m=(t == "money"): e.setText(
                "" if v is None else (f"{v:,}".replace(",", ".") if m and isinstance(v, int)
                                      else str(v)))
            return edit
        if t in ("choice", "user"):
            combo = CodeCombo(self)
            combo.set_items(option_items(fd))
            combo.code_changed.connect(self._edited)
            self._getters[key] = combo.code
            self._setters[key] = lambda v, c=combo: c.set_code(v or "")
            return combo
        if t == "multichoice":
            checks = CheckList(self)
            items = option_items(fd)
            checks.set_items(items)
            row = max(checks.sizeHintForRow(0), checks.fontMetrics().height() + 2)
            checks.setFixedHeight(min(len(items), 6) * row + 2 * checks.frameWidth() + 4)
            order: list[str] = []  # in the order they were ticked; a record keeps its order

            def ticked(item, order=order) -> None:
                code = item.data(Qt.ItemDataRole.UserRole)
                if item.checkState() == Qt.CheckState.Checked and code not in order:
                    order.append(code)
                elif item.checkState() != Qt.CheckState.Checked and code in order:
                    order.remove(code)

            checks.itemChanged.connect(ticked)
            checks.changed.connect(self._edited)

            def codes(c=checks, order=order) -> list[str]:
                marked = c.codes()
                return [x for x in order if x in marked] + [x for x in marked if x not in order]

            def set_codes(v, c=checks, order=order) -> None:
                order[:] = list(v or [])
                c.set_codes(order)

            self._getters[key] = codes
            self._setters[key] = set_codes
            return checks
        if t == "institution":
            combo = SearchCombo(self)
            combo.setMinimumContentsLength(30)
            combo.code_changed.connect(self._edited)
            self._getters[key] = combo.code
            self._setters[key] = lambda v, c=combo, k=key: self._set_institution(k, c, v)
            return combo
        if t == "region":
            picker = RegionPicker(REGION_LEVELS[fd.level or "regency"], self)
            picker.changed.connect(self._edited)
            self._getters[key] = lambda p=picker: next((c for c in reversed(p.codes()) if c), "")
            self._setters[key] = lambda v, p=picker: p.set_codes(
                (_region_path(v or "") + [""] * len(p.combos))[:len(p.combos)])
            return picker
        if t == "table":
            table = TableEditor(fd, self)
            table.changed.connect(self._edited)
            self._getters[key] = table.values
            self._setters[key] = lambda v, e=table: e.set_values(list(v or []))
            return table
        raise ValueError(f"no editor for field type {t!r}")  # pragma: no cover

    def set_users(self, users: list[tuple[str, str]]) -> None:
        """(id, name) of the active users, for 'user' fields; a value shown before the
        list arrived is picked again."""
        self._restoring = True
        for fd in self.fields:
            if fd.type == "user":
                combo = self.editors[fd.key]
                wanted = combo.code() or self._user_values.get(fd.key, "")
                combo.set_items(list(users))
                combo.set_code(wanted)
        self._restoring = False

    def set_institutions(self, items: list[Institution]) -> None:
        """The directory entries offered by institution fields (each filtered by the field's
        categories); a value shown before the list arrived is picked again."""
        self._restoring = True
        for fd in self.fields:
            if fd.type == "institution":
                combo = self.editors[fd.key]
                wanted = combo.code() or self._institution_values.get(fd.key, "")
                combo.set_items([(i.id, i.display) for i in items if i.id == wanted or (
                    i.active and (not fd.categories or i.category in fd.categories))])
                combo.set_code(wanted)
        self._restoring = False

    def _set_institution(self, key: str, combo: SearchCombo, value: Any) -> None:
        self._institution_values[key] = value or ""
        combo.set_code(value or "")

    # -- values ------------------------------------------------------------------------------
    def payload(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for fd in self.fields:
            value = self._getters[fd.key]()
            if value is None or value == "" or value == [] or value is False:
                continue
            out[fd.key] = value
        return out

    def set_payload(self, payload: dict[str, Any]) -> None:
        self._user_values = {fd.key: payload.get(fd.key) or "" for fd in self.fields
                             if fd.type == "user"}
        self._restoring = True
        try:
            for fd in self.fields:
                self._setters[fd.key](payload.get(fd.key))
        finally:
            self._restoring = False
        self._refresh_marks()

    def _edited(self, *_args) -> None:
        if self._restoring:
            return
        self._refresh_marks()
        self.changed.emit()

    def _refresh_marks(self) -> None:
        """'*' after the labels of fields required now (required_if follows other fields)."""
        payload = self.payload()
        for fd in self.fields:
            widget = self.labels[fd.key]
            text = fd.label(self.lang) + (" *" if fd.is_required(payload, self.facts) else "")
            if widget.text() != text:
                widget.setText(text)

    # -- problems ---------------------------------------------------------------------------
    def show_problems(self, problems: dict[str, str]) -> None:
        """Messages under their fields; the first bad field (in form order) gets the focus."""
        for label in self.errors.values():
            label.clear()
            label.hide()
        for editor in self.editors.values():
            if isinstance(editor, TableEditor):
                editor.mark_cells({})
        by_field: dict[str, list[str]] = {}
        for key, code in problems.items():
            field, _, rest = key.partition(".")
            if field not in self.errors:
                continue
            if rest and isinstance(self.editors.get(field), TableEditor):
                table: TableEditor = self.editors[field]  # type: ignore[assignment]
                row, _, column = rest.partition(".")
                label = next((c.label(self.lang) for c in table.columns if c.key == column),
                             column)
                by_field.setdefault(field, []).append(self.tr("Baris {row}, {column}: {text}")
                                                      .format(row=int(row) + 1, column=label,
                                                              text=error_text(code)))
            else:
                by_field.setdefault(field, []).insert(0, error_text(code))
        for field, editor in self.editors.items():
            if isinstance(editor, TableEditor):
                editor.mark_cells({(int(k.split(".")[1]), k.split(".")[2]): code
                                   for k, code in problems.items()
                                   if k.startswith(field + ".") and k.count(".") == 2})
        for field, texts in by_field.items():
            self.errors[field].setText("\n".join(texts))
            self.errors[field].show()
        unknown = [k for k in problems if k.partition(".")[0] not in self.errors]
        if problems:
            text = error_text("validation_failed")
            if unknown:
                text += " " + "; ".join(f"{k}: {error_text(problems[k])}" for k in unknown)
            self.summary.setText(text)
        self.summary.setVisible(bool(problems))
        first = next((fd.key for fd in self.fields if fd.key in by_field), None)
        if first is not None:
            widget = self.editors[first]
            if isinstance(widget, TableEditor):
                widget = widget.table
            QTimer.singleShot(0, lambda w=widget: self._focus(w))

    def first_error_field(self) -> str | None:
        return next((fd.key for fd in self.fields if self.errors[fd.key].text()), None)

    def _focus(self, widget: QWidget) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(widget, 40, 60)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
