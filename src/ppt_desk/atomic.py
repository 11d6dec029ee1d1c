"""Crash-safe file replacement for every layer: temp file -> fsync -> rename -> fsync folder.

A crash, a pulled USB stick or a full disk leaves ``path`` either as it was or complete with
the new content, never half written.  The temp file sits beside ``path`` (``os.replace`` is
atomic only within one file system) and is named ``.ppt-desk-<random hex>.<suffix>.tmp``:
the name reveals nothing about the content or the person it concerns.  A failed write
removes it; only a hard crash between creating and renaming it can leave one behind.

Standard library only, so that security, storage, reporting and sync can all use it.
"""
from __future__ import annotations

import errno
import logging
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)

TEMP_PREFIX = ".ppt-desk-"  # every temp file this module creates starts so and ends in .tmp
_MODES = {"wb": "xb", "w": "x"}  # x: never open a file that already exists


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable.  Best effort: the file itself is complete
    and in place by now, and some file systems (and Windows) cannot sync a folder."""
    if os.name != "posix":  # Windows cannot open a directory for fsync
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError as exc:
        log.warning("folder not synced: %s", _reason(exc))
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        log.warning("folder not synced: %s", _reason(exc))
    finally:
        os.close(fd)


@contextmanager
def atomic_file(path: Path, mode: str = "wb") -> Iterator[IO[Any]]:
    """Yield a handle to a temp file beside ``path``; on a normal exit it is flushed,
    fsynced and moved onto ``path``.  On any exception the temp file is removed, ``path``
    is left as it was, and the exception propagates.  ``mode``: "wb" or "w" (UTF-8)."""
    if mode not in _MODES:
        raise ValueError(f"atomic_file writes only, in mode 'wb' or 'w', not {mode!r}")
    path = Path(path)
    suffix = path.suffix.lstrip(".")
    tmp = path.with_name(f"{TEMP_PREFIX}{secrets.token_hex(8)}"
                         f"{'.' + suffix if suffix else ''}.tmp")
    try:
        if mode == "wb":
            handle = open(tmp, _MODES[mode])  # noqa: SIM115 - closed below
        else:
            handle = open(tmp, _MODES[mode], encoding="utf-8")  # noqa: SIM115
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass  # report the original error, not the clean-up's
        raise
    fsync_dir(path.parent)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file."""
    with atomic_file(path) as handle:
        handle.write(data)


def _reason(exc: OSError) -> str:
    """An error's kind without its file name (paths may name a person)."""
    return errno.errorcode.get(exc.errno or 0, type(exc).__name__)
