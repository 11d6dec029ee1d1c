"""Cascading province → regency → district → village pickers (type to filter)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QWidget

from ...services.reference_data import regions
from .combos import SearchCombo


class RegionPicker(QWidget):
    """``levels`` 2 (province, regency) or 4 (down to village). With ``form`` the pickers
    become rows of that form (aligned with its other rows) instead of a layout of their own."""

    changed = Signal()

    def __init__(self, levels: int = 4, parent: QWidget | None = None,
                 form: QFormLayout | None = None) -> None:
        super().__init__(parent)
        if form is None:
            layout = QFormLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            owner: QWidget = self
        else:
            layout, owner = form, parent
            self.hide()
        labels = [self.tr("Provinsi"), self.tr("Kabupaten/Kota"), self.tr("Kecamatan"),
                  self.tr("Desa/Kelurahan")][:levels]
        self.combos: list[SearchCombo] = []
        for n, label in enumerate(labels):
            combo = SearchCombo(owner)
            combo.setObjectName(("province", "regency", "district", "village")[n])
            combo.setMinimumContentsLength(22)
            layout.addRow(label, combo)
            self.combos.append(combo)
        loaders = (regions().regencies, regions().districts, regions().villages)
        for parent_combo, child, loader in zip(self.combos, self.combos[1:], loaders):
            parent_combo.code_changed.connect(
                lambda code, child=child, loader=loader: child.set_items(loader(code), keep=False))
        for combo in self.combos:
            combo.code_changed.connect(lambda _c: self.changed.emit())
            # typed text is matched to an item only on editing; the code can change then too
            combo.lineEdit().textChanged.connect(lambda _t: self.changed.emit())
        self.combos[0].set_items(regions().provinces())

    def codes(self) -> list[str]:
        return [combo.code() for combo in self.combos]

    def set_codes(self, codes: list[str]) -> None:
        for combo, code in zip(self.combos, codes):
            combo.set_code(code)  # each change reloads the next level first
