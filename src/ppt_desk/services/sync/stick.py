"""Writing to and reading from a USB stick so that a pulled stick or a full one loses nothing.

A file reaches the stick under a temporary name, is flushed to the device, dropped from the
page cache where the system allows it (so the read-back comes from the stick, not from memory),
checked, and only then renamed; the folder is flushed after the rename. Any failure removes the
temporary file if it still can and raises a ``DomainError`` the GUI can explain.
"""
from __future__ import annotations

import errno
import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from ...atomic import TEMP_PREFIX, fsync_dir
from ...domain.errors import DomainError
from .folders import sweep_stale

CHUNK = 1024 * 1024


def free_space(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError as exc:
        raise stick_error(exc) from exc


def stick_error(exc: OSError) -> DomainError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DomainError("stick_full")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return DomainError("stick_read_only")
    return DomainError("stick_removed")


def _drop_cache(fd: int) -> None:
    if hasattr(os, "posix_fadvise"):
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        except OSError:
            pass


def copy_verified(src: Path, final: Path, check: Callable[[Path], bool]) -> None:
    """Copy ``src`` to ``final`` via a temporary name; ``check`` reads the copy back."""
    sweep_stale(final.parent)   # what an earlier crash or pulled stick left there
    temp = final.with_name(f"{TEMP_PREFIX}{os.urandom(8).hex()}.bundle.tmp")
    with _removed_on_failure(temp):
        with open(src, "rb") as source, open(temp, "wb") as out:
            while chunk := source.read(CHUNK):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
            _drop_cache(out.fileno())
        if not check(temp):
            # Gone rather than unreadable: the stick was pulled during the copy or read-back.
            raise DomainError("stick_verify_failed" if temp.exists() else "stick_removed")
        os.replace(temp, final)
        fsync_dir(final.parent)


@contextmanager
def _removed_on_failure(path: Path) -> Iterator[None]:
    """Any failure inside removes ``path`` if it can; OS errors become the stick's refusals."""
    try:
        yield
    except OSError as exc:
        _remove_quietly(path)
        raise stick_error(exc) from exc
    except BaseException:
        _remove_quietly(path)
        raise


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # the stick is gone: nothing of ours is left on this computer


def copy_in(src: Path, folder: Path, limit: int) -> Path:
    """Copy a file from the stick into ``folder`` (local, before it is checked)."""
    try:
        size = src.stat().st_size
    except OSError as exc:
        raise stick_error(exc) from exc
    if size > limit:
        raise DomainError("too_large", size=size, limit=limit)
    local = folder / f"{TEMP_PREFIX}{os.urandom(8).hex()}.incoming.tmp"
    with _removed_on_failure(local), open(src, "rb") as source, open(local, "wb") as out:
        copied = 0
        while chunk := source.read(CHUNK):
            copied += len(chunk)
            if copied > limit:
                raise DomainError("too_large", size=copied, limit=limit)
            out.write(chunk)
    return local
