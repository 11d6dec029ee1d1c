"""A casework form built from its definition (resources/casework/forms.json): the editors
(field_editors.py) laid out with their captions, required marks and error labels.

The seed's checklist activities are grouped under "Daftar periksa". ``payload()`` gives the
record as JSON (ISO dates, ints, bools, lists; empty fields left out) and ``set_payload`` shows
one; ``show_problems`` puts the backend's messages under their fields and focuses the first bad
one.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget,
)

from ...domain.forms import FieldDef, FormDef
from ...domain.institutions import Institution
from .. import theme
from ..i18n import current_language
from ..labels import error_text
from ..theme import Role
from .field_editors import field_editor
from .field_values import cite_tip
from .messages import error_label
from .table_editor import TableEditor


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
        field = field_editor(fd, label, self, self._edited)
        editor = field.widget
        editor.setObjectName(fd.key)
        self._getters[fd.key] = field.get
        self._setters[fd.key] = field.set
        self.editors[fd.key] = editor
        if fd.type == "bool":  # a check box carries its own label
            self.labels[fd.key] = editor
            if tip:
                editor.setToolTip(tip)
            if fd.checklist:
                self._checklist_layout().addWidget(editor)
                self._checklist_layout().addWidget(self._error_label(fd.key, self))
            else:
                self.layout_.addRow("", editor)
                self.layout_.addRow("", self._error_label(fd.key, self))
            return
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
        # Shown again when the user list / the directory arrives after the record.
        self._user_values = {fd.key: payload.get(fd.key) or "" for fd in self.fields
                             if fd.type == "user"}
        self._institution_values = {fd.key: payload.get(fd.key) or "" for fd in self.fields
                                    if fd.type == "institution"}
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
