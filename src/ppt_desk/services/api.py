"""The contract between the GUI (or the command line) and the application: one Protocol per
capability, and ``Backend`` that bundles them. The GUI depends on these Protocols only; the
implementations are ``services.facades`` (and the session in ``ppt_desk.bootstrap``).

Every method may do database or crypto work: the GUI calls them through ``gui.operations``
(off the GUI thread). A method that changes data returns a ``ChangeSet``, alone or first in a
tuple; a method that only reads returns none.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Callable, Protocol

from ..domain.audience import AudienceCase
from ..domain.casework import CaseworkRules
from ..domain.consent import ConsentDecision
from ..domain.institutions import Institution
from ..domain.intake import CaseIntake
from ..domain.stats.model import CellRef, Scope, StatReport, StatTable
from ..domain.stats.period import Period
from ..domain.stats.rad_model import RadPlanInfo, RadSheet
from ..domain.tracks import GroupSessionInput
from .change_set import ChangeSet
from .conference_dto import (
    ActionItemInfo, AgendaItem, ConferenceDetail, ConferenceInput, ConferenceSummary,
    DecisionInput,
)
from .consent import ConsentNeed
from .deps import Deps
from .secretariat.duplicates_dto import DuplicateLink, DuplicateView, ScanResult
from .secretariat.province_dto import Dashboard, OfficeChoice, RegisterPage, Transfers
from .secretariat.return_trip import ReturnPlan, ReturnTrip
from .secretariat.routing import RoutedFile
from .secretariat.setup import SecretariatSetup, SecretariatStatus
from .sync.import_folder import FileResult
from .sync.transfer import TransferTarget
from .sync.dto import (
    BundleCaseView, BundleLogView, BundlePeek, BundleSummary, CardView, CaseBundleView, ConflictView,
    ExportPlan, ExportResult, ImportResult, PeerView,
)
from .dto import (
    CaseDetail, CasePage, CaseRow, CaseQuery, ConsentInput, OfficeDue, OfficeProfile,
    StageChangeInfo, TodayView, UserInfo,
)


class SessionApi(Protocol):
    """The data folder: first-run setup, sign-in and lock, integrity checks."""

    def is_set_up(self) -> bool: ...

    def usernames(self) -> list[str]: ...

    def setup(self, office: OfficeProfile, username: str, display_name: str, password: str,
              repeat: str, roles: frozenset[str] | None = None) -> Any: ...

    def acquire_instance_lock(self) -> Any: ...

    def release_instance_lock(self) -> None: ...

    def unlock(self, username: str, password: str) -> UserInfo: ...

    def unlock_recovery(self, code: str) -> list[UserInfo]: ...

    def recovery_reset(self, user_id: str, password: str, repeat: str) -> None: ...

    def lock(self) -> None: ...

    @property
    def is_unlocked(self) -> bool: ...

    @property
    def current_user(self) -> UserInfo | None: ...

    def verify(self) -> Any: ...

    def verify_files(self, username: str, password: str) -> Any: ...


class CasesApi(Protocol):
    def register(self, intake: CaseIntake) -> tuple[ChangeSet, str, str]: ...

    def search(self, query: CaseQuery) -> CasePage: ...

    def open(self, case_id: str) -> CaseDetail: ...

    def save_draft(self, payload: dict[str, Any]) -> None: ...

    def load_draft(self) -> dict[str, Any] | None: ...

    def discard_draft(self) -> None: ...


class CaseworkApi(Protocol):
    def save_record(self, case_id: str, kind: str, payload: dict[str, Any],
                    record_id: str | None = None) -> tuple[ChangeSet, str]: ...

    def request_stage_change(self, case_id: str, target: str,
                             reason: str = "") -> tuple[ChangeSet, StageChangeInfo]: ...

    def review_stage_change(self, change_id: str, approve: bool,
                            comment: str = "") -> ChangeSet: ...

    def hand_over(self, case_id: str, to_user_id: str, note: str) -> ChangeSet: ...

    def share(self, case_id: str, user_id: str, shared: bool = True) -> ChangeSet: ...

    def today(self) -> TodayView: ...

    def office_due(self) -> OfficeDue: ...


class ConsentApi(Protocol):
    def record(self, case_id: str, given: ConsentInput) -> tuple[ChangeSet, str]: ...

    def withdraw(self, consent_id: str, on: date, note: str = "") -> ChangeSet: ...

    def allows(self, case_id: str, purpose: str, agency: str = "",
               on: date | None = None) -> ConsentDecision: ...

    def needed_for(self, case_id: str, kind: str, payload: dict[str, Any],
                   record_id: str | None = None) -> ConsentNeed | None: ...


class DirectoryApi(Protocol):
    def search(self, text: str = "", category: str = "",
               include_inactive: bool = False) -> list[Institution]: ...

    def get(self, institution_id: str) -> Institution | None: ...

    def save(self, inst: Institution) -> tuple[ChangeSet, Institution]: ...


class GroupSessionsApi(Protocol):
    def add(self, session: GroupSessionInput) -> tuple[ChangeSet, str]: ...

    def get(self, session_id: str) -> tuple[GroupSessionInput, dict[str, str]]: ...

    def update(self, session_id: str, session: GroupSessionInput) -> tuple[ChangeSet, str]: ...

    def delete(self, session_id: str) -> ChangeSet: ...


class ConferenceApi(Protocol):
    """Case conferences (pembahasan kasus, sidang kasus, gelar kasus; ADR 0019)."""

    def plan(self, conference: ConferenceInput) -> tuple[ChangeSet, str]: ...

    def update(self, conference_id: str, conference: ConferenceInput) -> ChangeSet: ...

    def get(self, conference_id: str) -> ConferenceDetail: ...

    def for_case(self, case_id: str) -> list[ConferenceSummary]: ...

    def agenda(self, case_ids: tuple[str, ...]) -> list[AgendaItem]: ...

    def start(self, conference_id: str) -> ChangeSet: ...

    def record(self, conference_id: str, problem_focus: str, alternatives: str) -> ChangeSet: ...

    def add_decision(self, conference_id: str,
                     decision: DecisionInput) -> tuple[ChangeSet, str]: ...

    def update_decision(self, decision_id: str, decision: DecisionInput) -> ChangeSet: ...

    def remove_decision(self, decision_id: str) -> ChangeSet: ...

    def finish(self, conference_id: str, held_on: date) -> ChangeSet: ...

    def cancel(self, conference_id: str) -> ChangeSet: ...

    def action_done(self, decision_id: str, done_on: date | None) -> ChangeSet: ...

    def open_actions(self, case_id: str | None = None) -> list[ActionItemInfo]: ...

    def start_plan(self, conference_id: str,
                   case_id: str) -> tuple[ChangeSet, str | None, dict[str, Any]]: ...

    def reveal(self, conference_id: str, case_id: str, field: str) -> str: ...

    def audience(self, conference_id: str, case_id: str,
                 revealed: tuple[str, ...] = ()) -> AudienceCase: ...


class DocumentsApi(Protocol):
    def print_referral_letter(self, case_id: str, record_id: str, path: Path) -> ChangeSet: ...

    def print_handover_minutes(self, case_id: str, record_id: str, path: Path) -> ChangeSet: ...

    def print_conference_minutes(self, conference_id: str, path: Path) -> ChangeSet: ...

    def print_case_summary(self, case_id: str, path: Path, purpose: str = "") -> None:
        """The ringkasan kasus (issue 13): one PDF of the whole case file as the reader may see
        it (grants) and within the consent's scope, for hand-over and the court file (a read:
        only the audit notes it)."""


class OfficeApi(Protocol):
    def profile(self) -> OfficeProfile | None: ...

    def letterhead(self) -> dict[str, Any]: ...

    def save_letterhead(self, values: dict[str, Any]) -> ChangeSet: ...

    def casework_rules(self) -> CaseworkRules: ...

    def save_casework_rules(self, new: CaseworkRules) -> ChangeSet: ...


class UsersApi(Protocol):
    def list(self) -> list[UserInfo]: ...

    def add(self, username: str, display_name: str, roles: frozenset[str], password: str,
            grants: frozenset[str] = frozenset()) -> tuple[ChangeSet, UserInfo]: ...

    def update(self, user_id: str, display_name: str, roles: frozenset[str], active: bool,
               grants: frozenset[str] | None = None) -> ChangeSet: ...

    def reset_password(self, user_id: str, password: str) -> None: ...

    def new_recovery_code(self) -> str: ...


class SyncApi(Protocol):
    """Device cards and enrolment, bundles over the USB stick, the bundle log."""

    def own_card(self, backup_recipient: str = "") -> CardView: ...

    def write_own_card(self, folder: Path, backup_recipient: str = "") -> Path: ...

    def read_card(self, path: Path) -> CardView: ...

    def enrol(self, path: Path, typed_fingerprint: str) -> tuple[ChangeSet, PeerView]: ...

    def devices(self) -> list[PeerView]: ...

    def revoke(self, device_id: str, reason: str) -> ChangeSet: ...

    def export_plan(self) -> ExportPlan: ...

    def export(self, dest: Path, progress: Callable[[int, int], None] | None = None
               ) -> tuple[ChangeSet, ExportResult]: ...

    def import_bundle(self, path: Path) -> tuple[ChangeSet, ImportResult]: ...

    def import_many(self, paths: list[Path],
                    progress: Callable[[int, int, Path], None] | None = None
                    ) -> tuple[ChangeSet, list[FileResult]]: ...

    def peek(self, path: Path) -> BundlePeek: ...

    def inspect(self, path: Path) -> BundleSummary: ...

    def write_receipt(self, device_id: str, dest: Path) -> tuple[ChangeSet, str]: ...

    def write_reference(self, device_id: str, items_path: Path, version: int,
                        dest: Path) -> tuple[ChangeSet, str]: ...

    def transfer_targets(self, case_id: str) -> list[TransferTarget]: ...

    def transfer_case(self, case_id: str, to_device_id: str, reason: str,
                      dest: Path, via_secretariat: bool = False) -> tuple[ChangeSet, str]: ...

    def take_back(self, case_id: str, reason: str) -> ChangeSet: ...

    def bundles(self) -> list[BundleLogView]: ...

    def bundle_cases(self, bundle_id: str) -> list[BundleCaseView]: ...

    def case_bundles(self, case_id: str) -> list[CaseBundleView]: ...

    def conflicts(self, lang: str = "id") -> list[ConflictView]: ...

    def open_conflicts(self) -> int: ...

    def decide_conflict(self, conflict_id: int, chosen: str) -> ChangeSet: ...


class SecretariatApi(Protocol):
    """A Gugus Tugas secretariat folder: its first-run setup and status (ADR 0015)."""

    def setup(self, province_code: str, username: str, display_name: str, password: str,
              repeat: str, office_name: str = "", store: dict[str, Any] | None = None,
              store_password: str = "") -> SecretariatSetup: ...

    def save_backup_key(self, result: SecretariatSetup, path: Path) -> Path: ...

    def status(self) -> SecretariatStatus: ...

    def import_plan(self, paths: list[Path]) -> list[Path]: ...


class DuplicatesApi(Protocol):
    """Possible duplicates at a secretariat: two PPTs' cases that may be one victim, confirmed
    or dismissed by an officer, never merged."""

    def pairs(self, status: str | None = None) -> list[DuplicateView]: ...

    def confirm(self, pair_id: str, note: str = "") -> ChangeSet: ...

    def dismiss(self, pair_id: str, note: str = "") -> ChangeSet: ...

    def links(self, case_id: str) -> list[DuplicateLink]: ...

    def rescan(self) -> tuple[ChangeSet, ScanResult]: ...

    def find_for_cases(self, case_ids: frozenset[str]) -> tuple[ChangeSet, ScanResult]: ...


class ProvinceApi(Protocol):
    """The secretariat's screens: device dashboard, cases in flight, provincial register
    (read-only)."""

    def dashboard(self) -> Dashboard: ...

    def transfers(self) -> Transfers: ...

    def offices(self) -> list[OfficeChoice]: ...

    def register(self, query: CaseQuery, office_id: str | None = None) -> RegisterPage: ...


class ReturnTripApi(Protocol):
    """The secretariat routes transfers between PPTs and prepares each PPT's return trip."""

    def collect_routed(self, stick: Path) -> tuple[ChangeSet, list[RoutedFile]]: ...

    def plan(self) -> list[ReturnPlan]: ...

    def prepare(self, device_id: str, stick: Path) -> tuple[ChangeSet, ReturnTrip]: ...

    def prepare_all(self, stick: Path) -> tuple[ChangeSet, list[ReturnTrip]]: ...


class StatsApi(Protocol):
    """Statistics and reports for the Task Force (issue 13, ADR 0020)."""

    def scopes(self) -> list[Scope]:
        """What the user may count: the whole store first ("Semua kasus PPT ini" / "Seluruh
        provinsi"), then each regency and each PPT that registered cases (secretariat)."""

    def years(self) -> list[int]:
        """Years with cases (intake or events), newest first; the current year when none."""

    def report(self, period: Period, scope: Scope,
               progress: Callable[[int, int], None] | None = None) -> StatReport:
        """Every table of the Statistik page. Exact figures (``exact``) for a user allowed to
        see all the cases; otherwise small cells suppressed. ``progress(done, total)`` while
        the facts of changed cases are rebuilt first."""

    def cases_behind(self, period: Period, scope: Scope, ref: CellRef) -> tuple[list[CaseRow], int]:
        """The cases a figure counts that the user may see, and how many others it counts."""

    def chart_svg(self, table: StatTable, language: str) -> bytes:
        """The table's chart as SVG (the same drawing the PDF report prints)."""

    def write_report_pdf(self, report: StatReport, path: Path, language: str) -> None:
        """The report PDF (letterhead, period, tables, charts, the suppression note); small
        cells always suppressed, whatever ``report.exact``."""

    def write_spreadsheet(self, report: StatReport, path: Path, language: str) -> None:
        """The tables as .xlsx, one sheet per table; small cells always suppressed."""

    def write_simfoni(self, period: Period, scope: Scope, path: Path) -> None:
        """The SIMFONI-PPA aggregate (.xlsx) in SIMFONI's categories; suppressed."""

    def write_htcds(self, period: Period, scope: Scope, path: Path) -> tuple[int, int]:
        """The HTCDS de-identified case-level CSV, k-anonymous (k = 11): (rows written,
        values withheld)."""

    def rad_plans(self) -> list[RadPlanInfo]:
        """The RAD matrices shipped and loaded, the province's own first."""

    def rad_sheet(self, plan: str, year: int, scope: Scope) -> RadSheet:
        """The 6-monthly monitoring sheet of one year of a plan."""

    def save_rad_entry(self, plan: str, indicator: str, year: int, semester: int, value: int,
                       note: str) -> ChangeSet:
        """Type in a figure for a manual indicator (semester 1 or 2)."""

    def load_rad_plan(self, path: Path) -> RadPlanInfo:
        """Check a province's own RAD file and keep it beside the shipped ones."""


class Backend(Protocol):
    """Everything the GUI may ask for, for one data folder, by capability."""

    deps: Deps
    session: SessionApi
    cases: CasesApi
    casework: CaseworkApi
    consent: ConsentApi
    directory: DirectoryApi
    groups: GroupSessionsApi
    conferences: ConferenceApi
    documents: DocumentsApi
    office: OfficeApi
    users: UsersApi
    sync: SyncApi
    duplicates: DuplicatesApi
    secretariat: SecretariatApi
    return_trip: ReturnTripApi
    province: ProvinceApi
    stats: StatsApi
