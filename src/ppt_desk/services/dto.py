"""Frozen data handed from services to the GUI and reports (never ORM rows)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ..domain.intake import CaseIntake
from ..domain.tracks import TrackStatus
from .conference_dto import ActionItemInfo


@dataclass(frozen=True)
class UserInfo:
    id: str
    username: str
    display_name: str
    roles: frozenset[str]
    active: bool = True
    grants: frozenset[str] = frozenset()  # access to restricted data (domain.access)


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
    # The provincial register filtered by PPT: cases owned by these devices (empty: all).
    owner_devices: tuple[str, ...] = ()
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
    owner_device_id: str = ""    # the device that holds the case (the register's PPT column)


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
    # Where it was written when that was another office (history a transferred case brought
    # with it; "" = here), and the reason of a transfer (op "transfer").
    office: str = ""
    note: str = ""


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
    # Ownership (issue 10): a case owned by another device is read-only here; one transferred
    # from here names the office it went to and when.
    read_only: bool = False
    transferred_to: str = ""
    transferred_at: datetime | None = None


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
    hidden: bool = False                 # restricted: only its existence and date are shown
    hidden_fields: tuple[str, ...] = ()  # fields left out for lack of access
    grant: str | None = None             # the access that would show what is hidden


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
    scope: tuple[str, ...] = ()  # consent_scope codes: what may be shared (empty: default)


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
    scope: tuple[str, ...] = ()


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
    assigned_name: str = ""  # the case's caseworker (the office list of a supervisor)


@dataclass(frozen=True)
class MyCaseInfo:
    """One of the actor's active cases on Hari ini: where it stands and what is due next."""

    case_id: str
    case_number: str
    full_name: str
    stage: str
    stage_since: date
    next_due: DueInfo | None  # the most urgent due item; None: nothing due
    due_count: int = 0


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
class GroupSessionInfo:
    """A group session as one participating case sees it: its own participants in full,
    the other cases only as counts (other victims stay private)."""

    id: str
    held_on: date
    kind: str
    topic: str
    facilitator: str
    duration_min: int | None
    setting: str
    notes: str
    own: tuple[tuple[str, str], ...]   # (role, relation) of this case's participants
    other_victims: int
    other_family: int


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
    tracks: tuple[TrackStatus, ...] = ()
    group_sessions: tuple[GroupSessionInfo, ...] = ()


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
    actions: tuple[ActionItemInfo, ...] = ()    # conference action items open, overdue first
    mine: tuple[MyCaseInfo, ...] = ()           # my active cases, overdue first (capped)
    mine_total: int = 0


@dataclass(frozen=True)
class OfficeDue:
    """A supervisor's list of the office's due items (the most urgent first, capped); asked
    for apart from Hari ini because at 100,000 cases it is ~30,000 items to work out."""

    items: tuple[DueInfo, ...] = ()
    total: int = 0


# -- printed documents (filled in by services, drawn by ppt_desk.reporting) -------------
@dataclass(frozen=True)
class Letterhead:
    """The office's letterhead (Pengaturan › Kop surat)."""

    office_name: str                  # e.g. "UPTD PPA Kota Kupang"
    parent_lines: tuple[str, ...] = ()  # lines above the name, e.g. ("PEMERINTAH KOTA KUPANG",
    #                                     "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK")
    address: str = ""
    phone: str = ""
    email: str = ""
    city: str = ""                    # place written before the date, e.g. "Kupang"


@dataclass(frozen=True)
class Signatory:
    caption: str          # e.g. "Kepala UPTD PPA", "PIHAK PERTAMA (yang menyerahkan)"
    name: str = ""        # blank prints a line to sign and write the name by hand
    position: str = ""    # jabatan / relation, e.g. "Pekerja Sosial", "Ayah kandung"
    id_number: str = ""   # NIP or NIK of an official; never the victim's
    institution: str = ""


@dataclass(frozen=True)
class ReferralLetterData:
    """Surat rujukan: only what the consent ledger allows is filled in; ``withheld`` names
    the kinds of data left out so the receiver knows to ask."""

    letterhead: Letterhead
    number: str
    issued_on: date
    to_institution: str
    to_address: str
    subject: str                                  # "Rujukan Layanan Rehabilitasi Kesehatan"
    services: tuple[str, ...]                     # services requested, as labels
    need: str                                     # the need behind the referral
    identity: tuple[tuple[str, str], ...] = ()    # (label, value) rows, empty if not allowed
    case_summary: str = ""
    health: str = ""                              # empty unless consent and access allow
    documents: tuple[str, ...] = ()               # documents sent with the letter
    case_management: str = ""                     # sentence: who keeps case management
    consent_note: str = ""                        # "Persetujuan korban: 20 November 2026, tertulis"
    contact: str = ""                             # caseworker to contact about this referral
    withheld: tuple[str, ...] = ()                # e.g. ("Data kesehatan", "Kontak")
    signatories: tuple[Signatory, ...] = ()
    copies_to: tuple[str, ...] = ()               # tembusan


@dataclass(frozen=True)
class HandoverMinutesData:
    """Berita acara serah terima at the end of a repatriation; ``remains`` for a body
    (jenazah), where the family receives and no victim signs."""

    letterhead: Letterhead
    number: str
    held_on: date
    place: str
    remains: bool
    giver: Signatory                              # PIHAK PERTAMA
    receiver: Signatory                           # PIHAK KEDUA
    subject_rows: tuple[tuple[str, str], ...]     # who / whose remains is handed over
    route: tuple[str, ...] = ()                   # legs, in order
    escort: str = ""
    items: tuple[tuple[str, str], ...] = ()       # documents / belongings and who holds them
    notes: str = ""
    witnesses: tuple[Signatory, ...] = ()
