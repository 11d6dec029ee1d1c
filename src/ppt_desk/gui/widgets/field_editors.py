"""One editor per casework field type (forms.json): the widget, how its value is read as JSON
(ISO dates, ints, bools, lists; None when empty) and how a stored value is shown in it.
The record form (record_form.py) lays them out; the table type has its own module."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from ...domain.forms import REGION_LEVELS, FieldDef
from .check_list import CheckList
from .combos import CodeCombo, SearchCombo
from .date_field import DateField
from .field_values import normalise_time, option_items, parse_number, region_path
from .region_picker import RegionPicker
from .table_editor import TableEditor


@dataclass
class FieldEditor:
    widget: QWidget
    get: Callable[[], Any]
    set: Callable[[Any], None]


def field_editor(fd: FieldDef, label: str, parent: QWidget,
                 edited: Callable[..., None]) -> FieldEditor:
    """The editor of field ``fd``; ``edited`` is called on every change. A bool field is a
    check box carrying its own ``label``; the other types are captioned by the form."""
    t = fd.type
    if t == "bool":
        box = QCheckBox(label, parent)
        box.toggled.connect(edited)
        return FieldEditor(box, lambda: box.isChecked() or None,
                           lambda v: box.setChecked(bool(v)))
    if t == "text":
        edit = QLineEdit(parent)
        edit.textChanged.connect(edited)
        return FieldEditor(edit, edit.text, lambda v: edit.setText("" if v is None else str(v)))
    if t == "textarea":
        text = QPlainTextEdit(parent)
        text.setTabChangesFocus(True)
        text.setFixedHeight(64)
        text.textChanged.connect(edited)
        return FieldEditor(text, text.toPlainText,
                           lambda v: text.setPlainText("" if v is None else str(v)))
    if t == "date":
        date = DateField(parent)
        date.setMaximumWidth(170)
        date.value_changed.connect(edited)
        return FieldEditor(date, date.iso, date.set_iso)
    if t == "time":
        edit = QLineEdit(parent)
        edit.setMaxLength(5)
        edit.setMaximumWidth(90)
        edit.setPlaceholderText(QCoreApplication.translate("FieldEditor", "JJ:MM"))
        edit.textChanged.connect(edited)
        return FieldEditor(edit, lambda: normalise_time(edit.text()),
                           lambda v: edit.setText(v or ""))
    if t in ("int", "money"):
        return _number(t == "money", parent, edited)
    if t in ("choice", "user"):
        combo = CodeCombo(parent)
        combo.set_items(option_items(fd))
        combo.code_changed.connect(edited)
        return FieldEditor(combo, combo.code, lambda v: combo.set_code(v or ""))
    if t == "multichoice":
        return _multichoice(fd, parent, edited)
    if t == "institution":
        search = SearchCombo(parent)
        search.setMinimumContentsLength(30)
        search.code_changed.connect(edited)
        return FieldEditor(search, search.code, lambda v: search.set_code(v or ""))
    if t == "region":
        picker = RegionPicker(REGION_LEVELS[fd.level or "regency"], parent)
        picker.changed.connect(edited)
        return FieldEditor(
            picker, lambda: next((c for c in reversed(picker.codes()) if c), ""),
            lambda v: picker.set_codes(
                (region_path(v or "") + [""] * len(picker.combos))[:len(picker.combos)]))
    if t == "table":
        table = TableEditor(fd, parent)
        table.changed.connect(edited)
        return FieldEditor(table, table.values, lambda v: table.set_values(list(v or [])))
    raise ValueError(f"no editor for field type {t!r}")  # pragma: no cover


def _number(money: bool, parent: QWidget, edited: Callable[..., None]) -> FieldEditor:
    """Digits only, right-aligned; money may be typed with thousands dots (1.500.000)."""
    edit = QLineEdit(parent)
    edit.setMaximumWidth(180)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    pattern = r"[0-9.\s]*" if money else r"[0-9]*"
    edit.setValidator(QRegularExpressionValidator(pattern, edit))
    if money:
        edit.setPlaceholderText("0")
    edit.textChanged.connect(edited)

    def show(v: Any) -> None:
        edit.setText("" if v is None else (f"{v:,}".replace(",", ".")
                                           if money and isinstance(v, int) else str(v)))

    return FieldEditor(edit, lambda: parse_number(edit.text()), show)


def _multichoice(fd: FieldDef, parent: QWidget, edited: Callable[..., None]) -> FieldEditor:
    """Ticks in a list; the codes come back in the order they were ticked (a record keeps its
    order)."""
    checks = CheckList(parent)
    items = option_items(fd)
    checks.set_items(items)
    row = max(checks.sizeHintForRow(0), checks.fontMetrics().height() + 2)
    checks.setFixedHeight(min(len(items), 6) * row + 2 * checks.frameWidth() + 4)
    order: list[str] = []

    def ticked(item) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked and code not in order:
            order.append(code)
        elif item.checkState() != Qt.CheckState.Checked and code in order:
            order.remove(code)

    checks.itemChanged.connect(ticked)
    checks.changed.connect(edited)

    def codes() -> list[str]:
        marked = checks.codes()
        return [x for x in order if x in marked] + [x for x in marked if x not in order]

    def set_codes(v: Any) -> None:
        order[:] = list(v or [])
        checks.set_codes(order)

    return FieldEditor(checks, codes, set_codes)
