"""The one way screens call the backend (Anki's ``CollectionOp`` / ``QueryOp``).

``change`` runs a mutating call on the task runner and, when it succeeds, announces the
``ChangeSet`` it returned on the app bus *before* the caller's ``on_done`` sees the result, so no
screen can forget to tell the others. ``query`` runs a read and announces nothing; ``act`` runs a
step that changes nothing another screen shows (sign-in, lock, a draft, a password). Each checks that the call is of its kind: a change that
returned no ChangeSet, or a read that returned one, is a programming error caught in tests.

These are the only places in ``gui`` that call ``runner.run`` or emit ``data_changed``
(tests/gui/test_operations.py holds every other module to that).
"""
from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import QObject

from ..services.change_set import ChangeSet, changes_of
from .runner import owner_alive

log = logging.getLogger(__name__)

Callback = Callable[[Any], None] | None


class OperationKindError(TypeError):
    """A read returned a ChangeSet (it changed something), or a change returned none."""


class Operations:
    """Bound to one task runner and (once signed in) the app bus."""

    def __init__(self, runner: Any, bus: QObject | None = None) -> None:
        self.runner = runner
        self.bus = bus

    def query(self, fn: Callable[..., Any], *args: Any, on_done: Callback = None,
              on_error: Callback = None) -> None:
        """Run a read off the GUI thread; ``on_done(result)`` on the GUI thread."""

        def done(result: Any) -> None:
            if changes_of(result) is not None:
                raise OperationKindError(f"{_name(fn)} changed data: call it with change()")
            if on_done is not None:
                on_done(result)

        self.runner.run(fn, *args, on_done=_bound(done, on_done), on_error=on_error)

    def act(self, fn: Callable[..., Any], *args: Any, on_done: Callback = None,
            on_error: Callback = None) -> None:
        """A step that changes nothing another screen shows (sign-in, lock, an intake draft, a
        password): run like a read, and like a read it may return no ChangeSet."""
        self.query(fn, *args, on_done=on_done, on_error=on_error)

    def change(self, fn: Callable[..., Any], *args: Any, on_done: Callback = None,
               on_error: Callback = None) -> None:
        """Run a mutation off the GUI thread; announce its ChangeSet, then ``on_done(result)``."""

        def done(result: Any) -> None:
            changes = changes_of(result)
            if changes is None:
                raise OperationKindError(f"{_name(fn)} returned no ChangeSet: call it with query()")
            self.announce(changes)  # also when the screen that asked is gone: it was committed
            if on_done is not None and owner_alive(on_done):
                on_done(result)

        self.runner.run(fn, *args, on_done=done, on_error=on_error)

    def announce(self, changes: ChangeSet) -> None:
        if self.bus is not None and not changes.is_empty:
            self.bus.data_changed.emit(changes)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def wait_idle(self, msecs: int = -1) -> bool:
        return self.runner.wait_idle(msecs)


def _name(fn: Callable[..., Any]) -> str:
    return getattr(fn, "__qualname__", repr(fn))


def _bound(wrapper: Callable[[Any], None], on_done: Callback) -> Callable[[Any], None]:
    """Keep the runner's rule that a callback whose widget was deleted is dropped: the wrapper
    carries ``on_done``'s owner as its ``__self__``."""
    owner = getattr(on_done, "__self__", None)
    if isinstance(owner, QObject):
        return Owned(owner, wrapper)
    return wrapper


class Owned:
    """A callback the runner drops when ``owner`` was deleted (its rule for bound methods,
    for closures too): ``on_done=Owned(self, lambda result: ...)``."""

    def __init__(self, owner: QObject, fn: Callable[[Any], None]) -> None:
        self.__self__ = owner
        self._fn = fn

    def __call__(self, result: Any) -> None:
        self._fn(result)
