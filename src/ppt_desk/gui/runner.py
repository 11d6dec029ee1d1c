"""Runs Backend calls off the GUI thread, one at a time, and hands results back on the GUI thread.

Threading rules (Picard habit): database and crypto work runs only on the runner's single
worker thread, in the order it was asked for (so ``save_draft`` then ``lock`` never race);
widgets are touched only on the GUI thread, where ``on_done``/``on_error`` are called.
A callback whose widget was already deleted is dropped.
"""
from __future__ import annotations

import itertools
import logging
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ..domain.errors import DomainError

log = logging.getLogger(__name__)

Callback = Callable[[Any], None] | None


def owner_alive(callback: Callable | None) -> bool:
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject):
        return shiboken6.isValid(owner)
    return True


def _report_unexpected(exc: BaseException) -> None:
    """Not a DomainError and nobody asked: let the global excepthook show the generic dialog."""
    import sys

    sys.excepthook(type(exc), exc, exc.__traceback__)


class _Task(QRunnable):
    def __init__(self, runner: "TaskRunner", task_id: int, fn: Callable, args: tuple) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._runner, self._id, self._fn, self._args = runner, task_id, fn, args

    def run(self) -> None:  # worker thread: no widgets here
        try:
            result = self._fn(*self._args)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self._runner._finished.emit(self._id, None, exc)
        else:
            self._runner._finished.emit(self._id, result, None)


class TaskRunner(QObject):
    """``run(fn, *args, on_done=..., on_error=...)`` on one worker thread."""

    busy_changed = Signal(bool)
    _finished = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # one long-lived worker: the connection stays on it
        self._pending: dict[int, tuple[Callback, Callback]] = {}
        self._ids = itertools.count(1)
        self._finished.connect(self._deliver)

    def run(self, fn: Callable, *args: Any, on_done: Callback = None,
            on_error: Callback = None) -> int:
        task_id = next(self._ids)
        self._pending[task_id] = (on_done, on_error)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Task(self, task_id, fn, args))
        return task_id

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait_idle(self, msecs: int = -1) -> bool:
        """Block until queued work is done (shutdown and tests); callbacks still need the loop."""
        return self._pool.waitForDone(msecs)

    @Slot(int, object, object)
    def _deliver(self, task_id: int, result: Any, error: BaseException | None) -> None:
        on_done, on_error = self._pending.pop(task_id, (None, None))
        if not self._pending:
            self.busy_changed.emit(False)
        _dispatch(result, error, on_done, on_error)


def _dispatch(result: Any, error: BaseException | None, on_done: Callback,
              on_error: Callback) -> None:
    if error is None:
        if on_done is not None and owner_alive(on_done):
            on_done(result)
        return
    if on_error is not None and owner_alive(on_error) and isinstance(error, DomainError):
        on_error(error)
        return
    if isinstance(error, DomainError):
        log.info("unhandled domain error %s", error.code)
        return
    if on_error is not None and owner_alive(on_error):
        log.error("background task failed: %s", type(error).__name__)
        on_error(error)
        return
    _report_unexpected(error)


class SyncRunner(QObject):
    """Same interface, runs immediately on the calling thread (tests)."""

    busy_changed = Signal(bool)

    def run(self, fn: Callable, *args: Any, on_done: Callback = None,
            on_error: Callback = None) -> int:
        try:
            result = fn(*args)
        except BaseException as exc:  # noqa: BLE001
            _dispatch(None, exc, on_done, on_error)
        else:
            _dispatch(result, None, on_done, on_error)
        return 0

    @property
    def busy(self) -> bool:
        return False

    def wait_idle(self, msecs: int = -1) -> bool:
        return True
