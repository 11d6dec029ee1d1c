"""Where the shipped data folders are: next to ``src/`` in a checkout, or in the frozen bundle."""
from __future__ import annotations

import sys
from pathlib import Path


def _root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


ROOT = _root()
RESOURCES = ROOT / "resources"
MIGRATIONS = ROOT / "migrations"
CASEWORK = RESOURCES / "casework"
CODELISTS = RESOURCES / "codelists"
REGIONS = RESOURCES / "regions"
INSTITUTIONS = RESOURCES / "institutions" / "national.json"
TRANSLATIONS = RESOURCES / "translations"
