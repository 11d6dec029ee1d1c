"""Red error text under a field or at the foot of a dialog, built the same way everywhere."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from .. import theme
from ..theme import Role


def error_label(parent: QWidget, name: str = "message") -> QLabel:
    """A hidden, word-wrapping red label; ``name`` becomes its object name (tests find it)."""
    label = QLabel(parent)
    label.setObjectName(name)
    theme.apply(label, Role.ERROR)
    label.setWordWrap(True)
    label.hide()
    return label
