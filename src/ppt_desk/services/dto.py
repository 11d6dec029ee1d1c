"""Frozen data handed from services to the GUI and reports (never ORM rows)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ..domain.intake import CaseIntake


@dataclass(frozen=True)
class ChangeSet:
    """What an operation changed, so screens refresh only what concerns them."""

    cases: frozenset[str] = frozenset()
    users: bool = False
    office: bool = False

    def touches_case(self, case_id: str) -> bool:
        return case_id in self.cases


@dataclass(frozen=True)
class UserInfo:
    id: str
    username: str
    display_name: str
    roles: frozenset[str]
    active: bool = True


@dataclass(frozen=True)
class OfficeProfile:
    name: str
    kind: str
    province_code: str
    regency_code: str
    case_prefix: str
    device_id: str = ""
    id: str = ""


@dataclass(frozen=True)
class CaseQuery:
    text: str = ""
    victim_status: str | None = None
    assigned_user_id: str | None = None
    modus: str | None = None
    age_band: str | None = None
    sort: str = "intake_date"
    descending: bool = True
    offset: int = 0
    limit: int = 200


@dataclass(frozen=True)
class CaseRow:
    id: str
    case_number: str
    full_name: str
    sex: str
    age: int | None
    age_band: str | None
    intake_date: date
    intake_channel: str
    victim_status: str
    modus: tuple[str, ...]
    assigned_name: str


@dataclass(frozen=True)
class CasePage:
    rows: tuple[CaseRow, ...]
    total: int
    offset: int
    # True when counting stopped at ``total``: there are more matches than that.
    total_is_lower_bound: bool = False


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    entity: str
    op: str
    fields: tuple[str, ...]
    author_name: str


@dataclass(frozen=True)
class CaseDetail:
    id: str
    case_number: str
    person_id: str
    intake: CaseIntake
    age: int | None
    age_band: str | None
    is_child: bool | None
    status: str
    assigned_name: str
    created_at: datetime
    timeline: tuple[TimelineEntry, ...] = field(default=())
