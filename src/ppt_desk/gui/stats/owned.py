"""A callback for ``ops.query``/``ops.change`` that is dropped when its widget was deleted
(the runner's rule for bound methods, for closures too)."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject


class Owned:
    def __init__(self, owner: QObject, fn: Callable[[Any], None]) -> None:
        self.__self__ = owner
        self._fn = fn

    def __call__(self, result: Any) -> None:
        self._fn(result)
