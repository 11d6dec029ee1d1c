"""Work around PySide6/shiboken6 6.12.0 on CPython < 3.12 (see docs/decisions/0007).

Its wrappers return ``None`` from every void method, and ``True`` from every signal
``emit()``, without taking a new reference. From Python 3.12 on these singletons are
immortal and nothing happens; on 3.11 each call lowers their reference count by one, and
after a few thousand Qt calls the interpreter aborts ("none_dealloc: deallocating None").
Until the project moves to Python 3.12+ or a fixed PySide6, the three singletons get a
reference count so large that it can never reach zero — the same thing 3.12 does.
"""
from __future__ import annotations

import ctypes
import sys

_DONE: list[bool] = []
_EXTRA = 1 << 40


def keep_singletons_alive() -> None:
    if _DONE or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object
        ctypes.c_ssize_t.from_address(id(obj)).value += _EXTRA
    _DONE.append(True)
