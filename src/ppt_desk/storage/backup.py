"""Encrypted copies of the open database, made by SQLCipher itself and verified."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from ..domain.errors import DomainError
from .engine import connect


def export_encrypted(engine: Engine, target: Path, key: bytes) -> None:
    """Write an encrypted copy with ``sqlcipher_export`` and check it by reopening it."""
    if target.exists():
        raise FileExistsError(target)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{key.hex()}'\"", (str(tmp),))
        try:
            cursor.execute("SELECT sqlcipher_export('backup')")
        finally:
            cursor.execute("DETACH DATABASE backup")
    finally:
        raw.close()
    check = connect(tmp, key)
    try:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok" or check.execute(
            "PRAGMA cipher_integrity_check"
        ).fetchall():
            raise DomainError("backup_failed_verification")
        check.execute("PRAGMA journal_mode = DELETE")
    finally:
        check.close()
    tmp.replace(target)
