"""Dialogs whose messages appear later (a refusal, a result) grow to show them whole.

A top-level window does not follow the height-for-width of its word-wrapping labels by
itself, so a long message would squeeze the rest of the dialog; ``grow_to_fit`` gives the
window the height its layout needs at its current width (it never shrinks it).
"""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


def grow_to_fit(window: QWidget) -> None:
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = (layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth()
              else layout.totalSizeHint().height())
    if needed > window.height():
        window.resize(window.width(), needed)
