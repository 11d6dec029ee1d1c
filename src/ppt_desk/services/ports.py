"""The ports the services need; storage and security implement them.

Every repository a service reaches through its unit of work (``uow.<repository>.<method>``)
is declared here with exactly the methods the services call; ``tests/unit/test_ports.py``
holds the services to these declarations and ``tests/integration/test_ports_storage.py``
holds the storage implementations to them.

Where storage hands back its own rows (a casework record, a consent, a stage change, a
group session), the services see them through the small read-only ``...Row`` protocols
below: the attributes they read, nothing else. A row goes back to its repository unchanged
when it is to be changed (``update_record``, ``withdraw``, ``decide``).
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

from ..domain import casework as cw
from ..domain.institutions import Institution
from ..domain.intake import CaseIntake
from ..domain.tracks import GroupSessionInput
from .conference_ports import ConferenceRepository
from .rad_ports import RadRepository
from .stats_ports import StatsRepository
from .sync.ports import IdentityRepository, SyncRepository
from .secretariat.ports import DuplicatesRepository
from .secretariat.province_ports import ProvinceRepository
from .sync.reference_ports import ReferenceRepository
from .sync.transfer_ports import TransferRepository
from .dto import (
    CaseDetail, CaseloadRow, CasePage, CaseQuery, ConsentInput, MissingRow, OfficeProfile,
    RecordInfo, StageChangeInfo, UserInfo,
)


# -- rows storage hands to the services (read-only views) ------------------------------------
class CaseHeader(Protocol):
    """The case fields casework rules and access checks need."""

    @property
    def id(self) -> str: ...
    @property
    def case_number(self) -> str: ...
    @property
    def full_name(self) -> str: ...
    @property
    def stage(self) -> str: ...
    @property
    def since(self) -> date:
        """The day the case entered its stage (the intake date when never moved)."""
    @property
    def status(self) -> str: ...
    @property
    def victim_status(self) -> str: ...
    @property
    def assigned_user_id(self) -> str | None: ...
    @property
    def intake_date(self) -> date: ...
    @property
    def birth_date(self) -> date | None: ...
    @property
    def estimated_age(self) -> int | None: ...
    @property
    def facts(self) -> dict[str, Any]: ...
    @property
    def owner_device_id(self) -> str:
        """The device that owns the case: only it edits the case (issue 10)."""
    @property
    def ownership_epoch(self) -> int: ...
    @property
    def transferred_to(self) -> str:
        """The office the case was transferred to ("" = not transferred from here)."""


class RecordRow(Protocol):
    """A stored casework record (a filled-in form)."""

    @property
    def id(self) -> str: ...
    @property
    def case_id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def payload(self) -> dict[str, Any]: ...
    @property
    def record_date(self) -> date | None: ...
    @property
    def due_date(self) -> date | None: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def updated_on(self) -> date: ...


class ConsentRow(Protocol):
    """One entry of a case's consent ledger."""

    @property
    def id(self) -> str: ...
    @property
    def case_id(self) -> str: ...
    @property
    def purpose(self) -> str: ...
    @property
    def agency(self) -> str: ...
    @property
    def given_by(self) -> str: ...
    @property
    def giver_name(self) -> str: ...
    @property
    def legal_basis(self) -> str: ...
    @property
    def given_on(self) -> date: ...
    @property
    def method(self) -> str: ...
    @property
    def note(self) -> str: ...
    @property
    def valid_until(self) -> date | None: ...
    @property
    def withdrawn_on(self) -> date | None: ...
    @property
    def withdrawal_note(self) -> str: ...
    @property
    def scope(self) -> Sequence[str] | None: ...
    @property
    def recorded_by(self) -> str | None: ...


class StageChangeRow(Protocol):
    """A requested, applied or returned move of a case between stages."""

    @property
    def case_id(self) -> str: ...
    @property
    def from_stage(self) -> str: ...
    @property
    def to_stage(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def requested_at(self) -> datetime: ...
    @property
    def decided_at(self) -> datetime | None: ...
    @property
    def decided_on(self) -> date | None: ...
    @property
    def review_comment(self) -> str: ...
    @property
    def previous(self) -> dict[str, Any]:
        """The case fields the change overwrote, with their old values."""


class GroupSessionRow(Protocol):
    """A group session (family meeting, support group) across cases."""

    @property
    def id(self) -> str: ...
    @property
    def held_on(self) -> date: ...
    @property
    def kind(self) -> str: ...
    @property
    def topic(self) -> str: ...
    @property
    def facilitator(self) -> str: ...
    @property
    def duration_min(self) -> int | None: ...
    @property
    def setting(self) -> str: ...
    @property
    def notes(self) -> str: ...


class ParticipantRow(Protocol):
    """One case's participant (the victim or a family member) in a group session."""

    @property
    def case_id(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def relation(self) -> str: ...
    @property
    def attended(self) -> bool: ...


GroupSessionRows = tuple[GroupSessionRow, Sequence[ParticipantRow]]


# -- repositories ------------------------------------------------------------------------


class CaseRepository(Protocol):
    def add(self, intake: CaseIntake, office: OfficeProfile, derived: dict[str, Any]) -> tuple[str, str]:
        """Store a new person and case; return (case id, case number)."""

    def get(self, case_id: str) -> CaseDetail | None: ...

    def intake(self, case_id: str) -> CaseIntake | None:
        """The intake alone (no timeline): the audience view reads identity values to scrub."""

    def search(self, query: CaseQuery) -> CasePage: ...


class UserRepository(Protocol):
    def add(self, user: UserInfo) -> None: ...

    def get(self, user_id: str) -> UserInfo | None: ...

    def list(self) -> list[UserInfo]: ...

    def update(self, user: UserInfo) -> None: ...


class OfficeRepository(Protocol):
    def get(self) -> OfficeProfile | None: ...

    def save(self, office: OfficeProfile) -> None: ...


class DraftRepository(Protocol):
    def save(self, user_id: str, kind: str, payload: dict[str, Any]) -> None: ...

    def load(self, user_id: str, kind: str) -> dict[str, Any] | None: ...

    def discard(self, user_id: str, kind: str) -> None: ...


class CaseworkRepository(Protocol):
    """Casework on cases: headers, records, stage changes, consents, shares, summaries and
    the office-wide reads of Hari ini."""

    # case
    def header(self, case_id: str) -> CaseHeader | None: ...

    def update_case(self, case_id: str, **values: Any) -> None: ...

    def user_name(self, user_id: str | None) -> str:
        """A user's display name ("" for none or unknown)."""

    # records
    def records(self, case_id: str) -> Sequence[RecordRow]:
        """The case's records, oldest first."""

    def record(self, record_id: str) -> RecordRow | None: ...

    def add_record(self, case_id: str, kind: str, stage: str, payload: dict[str, Any],
                   record_date: date | None, due_date: date | None, author: str | None,
                   today: date) -> str:
        """Store a new record; returns its id."""

    def update_record(self, row: RecordRow, payload: dict[str, Any], record_date: date | None,
                      due_date: date | None, today: date) -> None: ...

    def record_info(self, row: RecordRow) -> RecordInfo: ...

    # stage changes
    def add_stage_change(self, case_id: str, source: str, target: str, record_id: str | None,
                         reason: str, status: str, author: str | None,
                         previous: dict[str, Any], today: date) -> StageChangeRow: ...

    def stage_change(self, change_id: str) -> StageChangeRow | None: ...

    def stage_changes(self, case_id: str) -> Sequence[StageChangeRow]:
        """The case's stage changes, oldest first."""

    def decide(self, row: StageChangeRow, status: str, reviewer: str | None, comment: str,
               today: date, previous: dict[str, Any] | None = None) -> None: ...

    def change_info(self, row: StageChangeRow, case_number: str = "") -> StageChangeInfo: ...

    def pending_changes(self, case_ids: list[str] | None = None) -> list[StageChangeInfo]: ...

    def returned_changes(self, user_id: str) -> Sequence[tuple[StageChangeRow, str, str]]:
        """(change, case number, name) of the user's returned changes not asked for again."""

    # consents
    def consents(self, case_id: str) -> Sequence[ConsentRow]:
        """The case's consent ledger, by the day each was given."""

    def consent(self, consent_id: str) -> ConsentRow | None: ...

    def add_consent(self, case_id: str, c: ConsentInput, author: str | None) -> str: ...

    def withdraw(self, row: ConsentRow, on: date, note: str) -> None: ...

    # shares
    def is_shared_with(self, case_id: str, user_id: str) -> bool: ...

    def shared_with(self, case_id: str) -> list[UserInfo]: ...

    def share(self, case_id: str, user_id: str, author: str | None) -> None: ...

    def unshare(self, case_id: str, user_id: str) -> None: ...

    # summaries and Hari ini
    def save_summary(self, case_id: str, s: cw.CaseSummary) -> None: ...

    def stale_summaries(self, limit: int) -> list[str]:
        """Ids of cases without an up-to-date summary."""

    def summary_inputs(self, case_ids: list[str]) -> Sequence[
            tuple[CaseHeader, Sequence[RecordRow]]]: ...

    def open_cases(self, visible_to: str | None, today: date, rules: cw.CaseworkRules,
                   only_due: bool) -> list[tuple[str, str, str, str, cw.CaseSummary]]:
        """(case id, number, name, assigned user id, summary) of open cases held here; with
        ``only_due`` only those that may have something due (SQL narrows, the domain decides)."""

    def overdue_by_caseworker(self, today: date, rules: cw.CaseworkRules) -> dict[str, int]: ...

    def caseload(self) -> list[CaseloadRow]: ...

    def missing_rows(self, limit: int) -> tuple[list[MissingRow], int]: ...


class DirectoryRepository(Protocol):
    """The office's own (local) institution directory entries."""

    def local(self) -> list[Institution]: ...

    def get(self, institution_id: str) -> Institution | None: ...

    def save(self, inst: Institution) -> Institution:
        """Insert (empty id) or update a local entry; returns it with its id."""


class GroupRepository(Protocol):
    """Group sessions with one participant row per case."""

    def add(self, s: GroupSessionInput, author: str | None) -> str: ...

    def get(self, session_id: str) -> GroupSessionRows | None: ...

    def update(self, session_id: str, s: GroupSessionInput) -> None: ...

    def delete(self, session_id: str) -> None: ...

    def for_case(self, case_id: str) -> Sequence[GroupSessionRows]:
        """The sessions a case took part in, newest first, each with all its participants."""


class SettingsRepository(Protocol):
    """Office-wide settings (tracked, they travel) and this device's own (ADR 0011)."""

    def office_setting(self, key: str) -> dict[str, Any] | None:
        """The setting's fields, or None when the office never saved it."""

    def save_office_setting(self, key: str, value: dict[str, Any]) -> None: ...

    def device_code(self) -> str: ...

    def set_device_code(self, code: str) -> str:
        """Store this laptop's code; returns the device id, for the audit."""

    def next_letter_number(self, document: str, year: int) -> int: ...


class UnitOfWork(Protocol):
    """``with uow:`` opens a transaction that rolls back unless ``commit()`` is called."""

    cases: CaseRepository
    users: UserRepository
    office: OfficeRepository
    drafts: DraftRepository
    casework: CaseworkRepository
    directory: DirectoryRepository
    groups: GroupRepository
    settings: SettingsRepository
    sync: SyncRepository
    identities: IdentityRepository
    transfer: TransferRepository
    reference: ReferenceRepository
    duplicates: DuplicatesRepository
    province: ProvinceRepository
    conferences: ConferenceRepository
    stats: StatsRepository
    rad: RadRepository
    actor_id: str | None

    def __enter__(self) -> "UnitOfWork": ...

    def __exit__(self, *exc: object) -> None: ...

    def commit(self) -> None: ...

    def record_action(self, action: str, entity: str, entity_id: str) -> None:
        """Audit an action that changes no record, e.g. viewing a case (no outbox event)."""


class Clock(Protocol):
    def today(self) -> date: ...


class KeyVault(Protocol):
    """Key slots of the open database (implemented in ``storage`` over ``security``)."""

    def set_password(self, user_id: str, username: str, password: str) -> None: ...

    def remove_user(self, user_id: str) -> None: ...

    def new_recovery_code(self) -> str: ...


class OpenStore(KeyVault, Protocol):
    """The unlocked data store of one session: who signed in, and units of work over it."""

    @property
    def user(self) -> UserInfo: ...

    def uow(self) -> UnitOfWork: ...

    def keep_checkpoint(self) -> None:
        """Sign the audit head into the checkpoint kept outside the database."""


class StoreGate(Protocol):
    """Hands the facades the open store; raises ``DomainError('locked')`` when there is none."""

    def open_store(self) -> OpenStore: ...


class DocumentWriter(Protocol):
    """Draws a printed document from its data (``ppt_desk.reporting``) into a file."""

    def write(self, document: str, data: Any, path: Path) -> None: ...
