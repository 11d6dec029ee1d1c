"""The offline backup key as a file the user keeps: an age identity file (``age -d -i FILE``
opens a PPT bundle with it), written once, readable only by its owner, never over another file.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from ...domain.errors import DomainError
from .setup import SecretariatSetup


def key_file_text(setup: SecretariatSetup, created: datetime | None = None) -> str:
    at = (created or datetime.now(timezone.utc)).isoformat(timespec="seconds")
    return (f"# Kunci cadangan offline: {setup.office.name}\n"
            f"# created: {at}\n"
            f"# public key: {setup.backup_recipient}\n"
            f"# sidik jari: {setup.backup_fingerprint}\n"
            f"{setup.backup_identity}\n")


def reserve(path: Path) -> int:
    """A new, empty file only the owner can read (0600); ``key_file_exists`` when the name is
    taken: a key file never replaces another file."""
    try:
        return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise DomainError("key_file_exists") from None


def fill(fd: int, setup: SecretariatSetup) -> None:
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(key_file_text(setup))
        out.flush()
        os.fsync(out.fileno())


def write_key_file(setup: SecretariatSetup, path: Path) -> Path:
    fd = reserve(path)
    try:
        fill(fd, setup)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path
