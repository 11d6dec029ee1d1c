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
    stage: str | None = None
    # Set by the service for a caseworker: only cases assigned to or shared with this user.
    visible_to: str | None = None
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
    # What the entry is about: a record's form kind, a stage change's "FROM>TO STATUS",
    # a consent's purpose; "" for identity and case rows.
    subject: str = ""


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
    work: "CaseWork | None" = None


# -- casework (issue 3) -----------------------------------------------------------------
@dataclass(frozen=True)
class RecordInfo:
    """One filled-in casework form."""

    id: str
    kind: str
    stage: str
    record_date: date | None
    due_date: date | None
    payload: dict
    created_by_name: str
    created_at: datetime
    updated_at: datetime
    version: int


@dataclass(frozen=True)
class StageChangeInfo:
    id: str
    case_id: str
    from_stage: str
    to_stage: str
    status: str                 # APPLIED | PENDING | RETURNED | CANCELLED
    reason: str
    record_id: str | None
    record_kind: str | None
    requested_by: str | None
    requested_by_name: str
    requested_at: datetime
    decided_by_name: str = ""
    decided_at: datetime | None = None
    review_comment: str = ""
    case_number: str = ""


@dataclass(frozen=True)
class ConsentInput:
    purpose: str
    given_by: str
    given_on: date
    method: str
    agency: str = ""
    giver_name: str = ""
    legal_basis: str = ""
    valid_until: date | None = None
    note: str = ""


@dataclass(frozen=True)
class ConsentInfo:
    id: str
    purpose: str
    given_by: str
    given_on: date
    method: str
    agency: str
    giver_name: str
    legal_basis: str
    valid_until: date | None
    withdrawn_on: date | None
    note: str
    withdrawal_note: str
    recorded_by_name: str
    active_today: bool


@dataclass(frozen=True)
class GateMissing:
    """What a stage change still lacks, with labels from the form data (id / en)."""

    kind: str
    form_label: tuple[str, str]
    field_labels: tuple[tuple[str, str], ...]
    no_record: bool


@dataclass(frozen=True)
class StageOption:
    """A stage the case may move to now, and whether its gate is open."""

    target: str
    missing: tuple[GateMissing, ...]
    needs_approval: bool
    reopen: bool = False

    @property
    def ready(self) -> bool:
        return not self.missing


@dataclass(frozen=True)
class DueInfo:
    case_id: str
    case_number: str
    full_name: str
    kind: str               # stage_stale | allowance_* | visit_due | visit_overdue | approval_returned
    due: date
    overdue: bool
    params: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class AllowanceInfo:
    started: date | None
    open: bool
    day: int
    phase: int
    phase_ends: date | None
    alert: str | None
    phase1_days: int
    phase2_days: int


@dataclass(frozen=True)
class CaseWork:
    """Everything the casework tabs of a case page show."""

    case_id: str
    stage: str
    stage_since: date | None
    status: str
    victim_status: str
    is_child_today: bool | None
    assigned_user_id: str | None
    records: tuple[RecordInfo, ...]
    stage_changes: tuple[StageChangeInfo, ...]
    consents: tuple[ConsentInfo, ...]
    shared_with: tuple[UserInfo, ...]
    options: tuple[StageOption, ...]
    missing_items: tuple[str, ...]
    allowance: AllowanceInfo
    due: tuple[DueInfo, ...]
    can_review: bool = False


@dataclass(frozen=True)
class CaseloadRow:
    user_id: str
    display_name: str
    active_cases: int
    overdue: int


@dataclass(frozen=True)
class MissingRow:
    case_id: str
    case_number: str
    full_name: str
    assigned_name: str
    missing: tuple[str, ...]


@dataclass(frozen=True)
class TodayView:
    today: date
    due: tuple[DueInfo, ...]                    # my cases (assigned or shared)
    pending_approvals: tuple[StageChangeInfo, ...] = ()
    caseload: tuple[CaseloadRow, ...] = ()
    missing: tuple[MissingRow, ...] = ()
    missing_total: int = 0
    is_supervisor: bool = False
    due_total: int = 0                          # due items in all (``due`` is capped)
