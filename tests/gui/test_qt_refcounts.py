"""Guards against the PySide6 6.12.0 wrapper bug on CPython 3.11 (docs/decisions/0007)."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit


class _Emitter(QObject):
    fired = Signal(int)


def test_void_calls_and_emits_keep_singleton_refcounts(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(3000):
        edit.setEnabled(True)
        edit.setMaxLength(100 + i % 5)
        emitter.fired.emit(i)
    # Other code may take references meanwhile; a leak would be about -3000 (or -6000).
    assert sys.getrefcount(None) - none_before > -100
    assert sys.getrefcount(True) - true_before > -100
