"""Identity documents of a person: rows of (type, number) that can be added and removed."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLineEdit, QPushButton, QToolButton, QVBoxLayout, QWidget,
)

from .combos import CodeCombo


class _DocumentRow(QWidget):
    def __init__(self, editor: "DocumentsEditor") -> None:
        super().__init__(editor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.doc_type = CodeCombo(self)
        self.doc_type.set_codelist("identity_doc_type")
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("Nomor dokumen"))
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setToolTip(self.tr("Hapus dokumen ini"))
        layout.addWidget(self.doc_type, 2)
        layout.addWidget(self.number, 3)
        layout.addWidget(self.remove)
        self.doc_type.code_changed.connect(lambda _c: editor.changed.emit())
        self.number.textChanged.connect(lambda _t: editor.changed.emit())
        self.remove.clicked.connect(lambda: editor.remove_row(self))


class DocumentsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.rows: list[_DocumentRow] = []
        self.add_button = QPushButton(self.tr("+ Tambah dokumen"), self)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self._layout.addLayout(buttons)

    def add_row(self, doc_type: str = "", number: str = "", focus: bool = False) -> _DocumentRow:
        row = _DocumentRow(self)
        row.doc_type.set_code(doc_type)
        row.number.setText(number)
        self._layout.insertWidget(len(self.rows), row)
        self.rows.append(row)
        self._fix_tab_order()
        if focus:
            row.doc_type.setFocus()
        self.changed.emit()
        return row

    def remove_row(self, row: _DocumentRow) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self._fix_tab_order()
        self.add_button.setFocus()
        self.changed.emit()

    def _fix_tab_order(self) -> None:
        widgets = [w for row in self.rows for w in (row.doc_type, row.number, row.remove)]
        widgets.append(self.add_button)
        for first, second in zip(widgets, widgets[1:]):
            QWidget.setTabOrder(first, second)

    def values(self) -> list[list[str]]:
        return [[row.doc_type.code(), row.number.text().strip()] for row in self.rows]

    def set_values(self, values: list[list[str]]) -> None:
        for row in list(self.rows):
            self.rows.remove(row)
            row.hide()
            row.deleteLater()
        for doc_type, number in values:
            self.add_row(doc_type, number)
