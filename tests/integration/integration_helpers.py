"""Plain helpers shared by the integration tests (imported by name; fixtures live in conftest)."""
from __future__ import annotations

import hashlib
import itertools
from datetime import date
from pathlib import Path

from sqlalchemy import text

from ppt_desk.domain.intake import CaseIntake, Guardian
from ppt_desk.security.keyslots import KeyslotFile

_counter = itertools.count(1)


def make_intake(full_name: str | None = None, **changes) -> CaseIntake:
    """A valid adult intake; ``changes`` override any field."""
    n = next(_counter)
    fields = dict(
        full_name=full_name or f"Maria Seran {n}", sex="P", intake_date=date(2025, 5, 2),
        intake_channel="HOTLINE", victim_status="DIDUGA", estimated_age=24,
        modus=("KRJ-PRT",), languages=("ind",),
    )
    fields.update(changes)
    return CaseIntake(**fields)


def child_intake(full_name: str, **changes) -> CaseIntake:
    changes.setdefault("guardian", Guardian("Yosefina", "IBU"))
    changes.setdefault("estimated_age", 15)
    return make_intake(full_name, **changes)


def data_key(data_dir: Path, username: str, password: str) -> bytes:
    """The database's data key, read through the user's keyslot."""
    _, key = KeyslotFile(data_dir / "keyslots.json").unlock_password(username, password)
    return bytes(key)


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def scalar(backend, sql: str, **params):
    """Run one read query on the unlocked backend's live connection."""
    with backend.session.db.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def rows(backend, sql: str, **params) -> list:
    with backend.session.db.engine.connect() as conn:
        return conn.execute(text(sql), params).all()
