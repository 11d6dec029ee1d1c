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

from ..domain.casework import CaseworkRules
from ..domain.consent import ConsentDecision
from ..domain.institutions import Institution
from ..domain.intake import CaseIntake
from ..domain.tracks import GroupSessionInput
from .change_set import ChangeSet
from .deps import Deps
from .secretariat.duplicates_dto import DuplicateLink, DuplicateView, ScanResult
from .secretariat.province_dto import Dashboard, OfficeChoice, RegisterPage, Transfers
from .secretariat.return_trip import ReturnPlan, ReturnTrip
from .secretariat.routing import RoutedFile
from .secretariat.setup import SecretariatSetup, SecretariatStatus
from .sync.import_folder import FileResult
from .sync.transfer import TransferTarget
from .sync.dto import (
    BundleCaseView, BundleLogView, BundleSummary, CardView, CaseBundleView, ConflictView,
    ExportPlan, ExportResult, ImportResult, PeerView,
)
from .dto import (
    CaseDetail, CasePage, CaseQuery, ConsentInput, OfficeProfile, StageChangeInfo, TodayView,
    UserInfo,
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


class ConsentApi(Protocol):
    def record(self, case_id: str, given: ConsentInput) -> tuple[ChangeSet, str]: ...

    def withdraw(self, consent_id: str, on: date, note: str = "") -> ChangeSet: ...

    def allows(self, case_id: str, purpose: str, agency: str = "",
               on: date | None = None) -> ConsentDecision: ...


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


class DocumentsApi(Protocol):
    def print_referral_letter(self, case_id: str, record_id: str, path: Path) -> ChangeSet: ...

    def print_handover_minutes(self, case_id: str, record_id: str, path: Path) -> ChangeSet: ...


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

    def inspect(self, path: Path) -> BundleSummary: ...

    def write_receipt(self, device_id: str, dest: Path) -> tuple[ChangeSet, str]: ...

    def write_reference(self, device_id: str, items_path: Path, version: int,
                        dest: Path) -> tuple[ChangeSet, str]: ...

    def transfer_targets(self, case_id: str) -> list[TransferTarget]: ...

    def transfer_case(self, case_id: str, to_device_id: str, reason: str,
                      dest: Path, via_secretariat: bool = False) -> tuple[ChangeSet, str]: ...

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


class Backend(Protocol):
    """Everything the GUI may ask for, for one data folder, by capability."""

    deps: Deps
    session: SessionApi
    cases: CasesApi
    casework: CaseworkApi
    consent: ConsentApi
    directory: DirectoryApi
    groups: GroupSessionsApi
    documents: DocumentsApi
    office: OfficeApi
    users: UsersApi
    sync: SyncApi
    duplicates: DuplicatesApi
    secretariat: SecretariatApi
    return_trip: ReturnTripApi
    province: ProvinceApi
