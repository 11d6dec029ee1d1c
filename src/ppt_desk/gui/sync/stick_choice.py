"""The choice of a stick (or a folder chosen by hand) that a bundle goes to: one combo box for
the export dialog, the transfer dialog and the secretariat's return trip."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from ..sizes import size_text
from .drives import Drive

PATH_ROLE = Qt.ItemDataRole.UserRole


class StickChoice(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumContentsLength(24)

    def load_drives(self, drives: list[Drive]) -> None:
        """The sticks found, by label and free space; a folder chosen by hand stays chosen."""
        chosen = self.destination()
        self.clear()
        for drive in drives:
            self.addItem(self.tr("{label} — {free} bebas").format(
                label=drive.label, free=size_text(drive.free)), str(drive.path))
        if chosen is not None and self.findData(str(chosen)) < 0:
            self.addItem(str(chosen), str(chosen))
        if chosen is not None:
            self.setCurrentIndex(self.findData(str(chosen)))

    def set_destination(self, folder: Path) -> None:
        index = self.findData(str(folder))
        if index < 0:
            self.addItem(str(folder), str(folder))
            index = self.count() - 1
        self.setCurrentIndex(index)

    def destination(self) -> Path | None:
        data = self.currentData(PATH_ROLE) if self.count() else None
        return Path(data) if data else None
