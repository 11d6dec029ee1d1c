"""What the secretariat's duplicate screens show (``services/secretariat/duplicates.py``)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class DuplicateSide:
    """One case of a pair. ``name`` (and the other identity fields) are empty when the case
    came pseudonymised or the officer's role may not see identity; ``label`` is then the
    pseudonym or the case number."""

    case_id: str
    case_number: str
    office_name: str
    pseudonymised: bool
    label: str
    name: str = ""
    aliases: tuple[str, ...] = ()
    sex: str = ""
    birth_date: date | None = None
    estimated_age: int | None = None
    nik: str = ""
    intake_date: date | None = None
    regency_code: str = ""
    stage: str = ""


@dataclass(frozen=True)
class DuplicateView:
    id: str
    score: int
    reasons: tuple[str, ...]      # codes of domain.duplicates (never a name)
    status: str                   # OPEN | CONFIRMED | DISMISSED
    a: DuplicateSide
    b: DuplicateSide
    found_at: datetime
    decided_by: str = ""          # the officer's display name
    decided_at: datetime | None = None
    note: str = ""


@dataclass(frozen=True)
class DuplicateLink:
    """On a case: another PPT's case that may be (or was confirmed as) the same person."""

    pair_id: str
    status: str
    score: int
    other_case_id: str
    other_case_number: str
    other_office: str


@dataclass(frozen=True)
class ScanResult:
    cases: int            # cases looked at (touched, or every case on a rescan)
    compared: int         # candidate pairs scored
    proposed: int         # new pairs proposed
    rescored: int         # open pairs whose score or reasons changed
    withdrawn: int        # open pairs no longer proposed (a record changed)
