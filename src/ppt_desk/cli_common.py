"""What the command-line modules share (``cli_sync``, ``cli_secretariat``): a data folder opened
for one command (one running instance, signed in, locked again at the end) and a failure line
with its exit status."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

from .domain.errors import DomainError

NOT_SET_UP = "no ppt-desk database in this folder"
CANNOT_OPEN = "cannot open the database: {code}"


def fail(message: str, status: int) -> int:
    print(message, file=sys.stderr)
    return status


@contextmanager
def opened(data_dir: Path, username: str | None, password: Callable[[], str],
           not_set_up: str = NOT_SET_UP, cannot_open: str = CANNOT_OPEN) -> Iterator[Any]:
    """The backend of ``data_dir``, unlocked as ``username`` (default: the first user); exits
    with status 2 when the folder is not set up or cannot be opened."""
    from .bootstrap import make_backend

    backend = make_backend(data_dir)
    if not backend.session.is_set_up():
        raise SystemExit(fail(not_set_up, 2))
    backend.session.acquire_instance_lock()
    try:
        name = username or (backend.session.usernames() or [""])[0]
        try:
            backend.session.unlock(name, password())
        except DomainError as exc:
            raise SystemExit(fail(cannot_open.format(code=exc.code), 2)) from None
        try:
            yield backend
        finally:
            backend.session.lock()
    finally:
        backend.session.release_instance_lock()
