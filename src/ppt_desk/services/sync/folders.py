"""Where bundles wait on this computer: written before they go to the stick, copied from the
stick before they are checked, and kept when refused. Only encrypted bundles are ever there."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

BUNDLE_SUFFIX = ".ppt-bundle"
CARD_SUFFIX = ".ppt-card"


@dataclass(frozen=True)
class SyncFolders:
    outgoing: Path
    incoming: Path
    quarantine: Path

    @classmethod
    def under(cls, data_dir: Path) -> "SyncFolders":
        sync = data_dir / "sync"
        return cls(sync / "outgoing", sync / "incoming", sync / "quarantine")

    def ensure(self) -> None:
        for folder in (self.outgoing, self.incoming, self.quarantine):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)


def random_name(suffix: str = BUNDLE_SUFFIX) -> str:
    """26 base32 characters: reveals neither the office nor the content."""
    alphabet = "abcdefghijklmnopqrstuvwxyz234567"
    return "".join(secrets.choice(alphabet) for _ in range(26)) + suffix
