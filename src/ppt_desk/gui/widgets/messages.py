"""Red error text under a field or at the foot of a dialog, built the same way everywhere."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #b00020;"


def error_label(parent: QWidget, name: str = "message") -> QLabel:
    """A hidden, word-wrapping red label; ``name`` becomes its object name (tests find it)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label
