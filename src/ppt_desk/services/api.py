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
from .sync.dto import (
    BundleCaseView, BundleLogView, BundleSummary, CardView, ExportPlan, ExportResult,
    ImportResult, PeerView,
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

    def inspect(self, path: Path) -> BundleSummary: ...

    def write_receipt(self, device_id: str, dest: Path) -> tuple[ChangeSet, str]: ...

    def bundles(self) -> list[BundleLogView]: ...

    def bundle_cases(self, bundle_id: str) -> list[BundleCaseView]: ...


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
