"""Writing an export where the user chose: first to a hidden file beside it, renamed over the
target only once complete, so a full or pulled stick leaves no half-written file and never
spoils an earlier export of the same name; the failure in words a user can act on."""
from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication

from ...domain.errors import DomainError
from ..labels import message_for

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def write_whole(write: Callable[[Path], Any], path: Path) -> Any:
    """``write(temp)``, then the temp file replaces ``path`` (on the worker thread)."""
    temp = path.with_name(f".{path.stem}.part{path.suffix}")
    try:
        result = write(temp)
        os.replace(temp, path)
    except BaseException:
        try:
            temp.unlink(missing_ok=True)
        except OSError:
            pass   # the stick is gone: nothing to clean on it
        raise
    return result


def export_error_text(exc: BaseException, path: Path) -> str:
    folder = str(path.parent)
    if isinstance(exc, DomainError):
        return message_for(exc)
    if isinstance(exc, OSError):
        if exc.errno in _FULL:
            return QCoreApplication.translate(
                "StatsExport", "Berkas belum tersimpan: {folder} penuh. Kosongkan ruang atau "
                "pakai flashdisk lain, lalu simpan lagi. Data di aplikasi tidak berubah."
            ).format(folder=folder)
        if exc.errno in _READ_ONLY:
            return QCoreApplication.translate(
                "StatsExport", "Berkas belum tersimpan: {folder} tidak dapat ditulis "
                "(terkunci, hanya-baca, atau tanpa izin). Data di aplikasi tidak berubah."
            ).format(folder=folder)
        return QCoreApplication.translate(
            "StatsExport", "Berkas belum tersimpan: {folder} tidak dapat dijangkau — flashdisk "
            "mungkin tercabut. Colokkan lagi lalu simpan ulang. Data di aplikasi tidak berubah."
        ).format(folder=folder)
    return message_for(exc)
