"""Where bundles wait on this computer: written before they go to the stick, copied from the
stick before they are checked, and kept when refused. Only encrypted bundles are ever there."""
from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from ...atomic import TEMP_PREFIX

BUNDLE_SUFFIX = ".ppt-bundle"
CARD_SUFFIX = ".ppt-card"
STALE_AFTER_S = 3600.0   # a temporary file untouched this long was left by a crash


def sweep_stale(folder: Path, older_than: float = STALE_AFTER_S) -> int:
    """Remove our temporary files (``.ppt-desk-*.tmp``) that a crash or a pulled stick left in
    ``folder``; best effort (a read-only or vanished stick is reported later, by the write).
    Returns how many went."""
    removed = 0
    try:
        found = list(folder.glob(f"{TEMP_PREFIX}*.tmp"))
    except OSError:
        return 0
    for path in found:
        try:
            if time.time() - path.stat().st_mtime > older_than:
                path.unlink()
                removed += 1
        except OSError:
            pass
    return removed


@dataclass(frozen=True)
class SyncFolders:
    outgoing: Path
    incoming: Path
    quarantine: Path

    @classmethod
    def under(cls, data_dir: Path) -> "SyncFolders":
        sync = data_dir / "sync"
        return cls(sync / "outgoing", sync / "incoming", sync / "quarantine")

    @property
    def route(self) -> Path:
        """At the secretariat: transfers between PPTs waiting to be carried on, one folder
        per receiving device (``services/secretariat/routing.py``; encrypted, unread)."""
        return self.outgoing.parent / "route"

    def ensure(self) -> None:
        for folder in (self.outgoing, self.incoming, self.quarantine):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        for folder in (self.outgoing, self.incoming):
            sweep_stale(folder)


def random_name(suffix: str = BUNDLE_SUFFIX) -> str:
    """26 base32 characters: reveals neither the office nor the content."""
    alphabet = "abcdefghijklmnopqrstuvwxyz234567"
    return "".join(secrets.choice(alphabet) for _ in range(26)) + suffix
