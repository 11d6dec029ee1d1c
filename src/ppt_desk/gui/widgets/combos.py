"""Combo boxes whose items carry codes: plain ones for short code lists, searchable ones
(type to filter) for long lists such as regions."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ..labels import code_items


class CodeCombo(QComboBox):
    """A combo of (code, label) items; ``code()`` is '' for the blank item."""

    code_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, blank: str | None = "—") -> None:
        super().__init__(parent)
        self._blank = blank
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.currentIndexChanged.connect(lambda _i: self.code_changed.emit(self.code()))

    def set_items(self, items: list[tuple[str, str]], keep: bool = True) -> None:
        previous = self.code() if keep else ""
        self.blockSignals(True)
        self.clear()
        if self._blank is not None:
            self.addItem(self._blank, "")
        for code, label in items:
            self.addItem(label, code)
            self.setItemData(self.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        self.set_code(previous)
        self.blockSignals(False)
        self.code_changed.emit(self.code())

    def set_codelist(self, list_name: str) -> None:
        self.set_items(code_items(list_name))

    def code(self) -> str:
        data = self.currentData()
        return str(data) if data else ""

    def set_code(self, code: str) -> None:
        index = self.findData(code) if code else -1
        if index < 0:
            index = 0 if self.count() else -1
        self.setCurrentIndex(index)


class SearchCombo(CodeCombo):
    """Editable combo: typing filters the list (contains, case-insensitive)."""

    def __init__(self, parent: QWidget | None = None, blank: str | None = "") -> None:
        super().__init__(parent, blank)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().editingFinished.connect(self._snap_to_item)
        self.lineEdit().textEdited.connect(self._match_typed)

    def _match_typed(self, text: str) -> None:
        """A fully typed name selects its item at once, so dependent pickers follow."""
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)

    def _snap_to_item(self) -> None:
        """Typed text that names no item goes back to the current item's label."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            if index != self.currentIndex():
                self.setCurrentIndex(index)
        else:
            self.setEditText(self.itemText(self.currentIndex()) if self.currentIndex() >= 0 else "")

    def code(self) -> str:
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return ""
        data = self.itemData(index)
        return str(data) if data else ""
