"""A list of checkable code-list items (space toggles); used for languages and modus."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

CodeRole = Qt.ItemDataRole.UserRole


class CheckList(QListWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, wrap: bool = False) -> None:
        super().__init__(parent)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        if wrap:  # long labels wrap to the list's width instead of scrolling sideways
            self.setWordWrap(True)
            self.setResizeMode(QListView.ResizeMode.Adjust)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_items(self, items: list[tuple[str, str]], marked: set[str] = frozenset(),
                  mark_tip: str = "") -> None:
        self.blockSignals(True)
        self.clear()
        for code, label in items:
            item = QListWidgetItem(("★ " if code in marked else "") + label, self)
            item.setData(CodeRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(mark_tip if code in marked else label)
        self.blockSignals(False)

    def codes(self) -> list[str]:
        return [self.item(n).data(CodeRole) for n in range(self.count())
                if self.item(n).checkState() == Qt.CheckState.Checked]

    def set_codes(self, codes: list[str]) -> None:
        wanted = set(codes)
        self.blockSignals(True)
        for n in range(self.count()):
            item = self.item(n)
            item.setCheckState(Qt.CheckState.Checked if item.data(CodeRole) in wanted
                               else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.changed.emit()

    def set_checked(self, code: str, checked: bool = True) -> None:
        for n in range(self.count()):
            if self.item(n).data(CodeRole) == code:
                self.item(n).setCheckState(Qt.CheckState.Checked if checked
                                           else Qt.CheckState.Unchecked)
