"""Composition root: the only module that wires storage and security to the services for the GUI.

The GUI receives a ``Backend`` and never touches storage itself. Every method
here may do database or crypto work, so the GUI calls them through its task
runner (off the GUI thread), except the cheap ``is_set_up``.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from datetime import date

from .domain.casework import CaseworkConfig, CaseworkRules, load_config
from .domain.codelists import CodeLists
from .domain.consent import ConsentDecision
from .domain.errors import DomainError
from .domain.intake import CaseIntake
from .domain.institutions import Institution, load_national
from .domain.regions import regions
from .domain.tracks import GroupSessionInput
from .paths import CASEWORK, CODELISTS, INSTITUTIONS
from .security.kdf import KdfParams, calibrate
from .services import casework, cases, tracks, users
from .services.context import Actor, SystemClock, intake_vocabulary
from .services.dto import (
    CaseDetail, CasePage, CaseQuery, ChangeSet, ConsentInput, OfficeProfile, StageChangeInfo,
    TodayView, UserInfo,
)
from .storage.database import (
    DataFolder, InstanceLock, SetupResult, UnlockedDatabase, create_database,
    unlock_with_password, unlock_with_recovery, verify_files,
)
from .storage.verify import VerifyReport, verify

log = logging.getLogger(__name__)


@dataclass
class Backend:
    """Everything the GUI may ask for, for one data folder."""

    folder: DataFolder
    codelists: CodeLists
    config: CaseworkConfig
    kdf_params: KdfParams | None = None  # None: calibrate at setup
    clock: SystemClock = SystemClock()
    national: tuple[Institution, ...] = ()  # the starter directory shipped as data
    _db: UnlockedDatabase | None = None
    _instance_lock: InstanceLock | None = None

    # -- folder and session --------------------------------------------------
    def is_set_up(self) -> bool:
        return self.folder.is_set_up()

    def usernames(self) -> list[str]:
        return sorted(slot.username for slot in self.folder.keyslots.user_slots())

    def setup(self, office: OfficeProfile, username: str, display_name: str, password: str,
              repeat: str, roles: frozenset[str] | None = None) -> SetupResult:
        """First run; ``roles`` default to admin + supervisor."""
        users.check_password(password, repeat)
        users.check_username(username)
        params = self.kdf_params or calibrate()
        if roles is None:
            return create_database(self.folder, office, username, display_name, password, params)
        return create_database(self.folder, office, username, display_name, password, params,
                               admin_roles=frozenset(roles))

    def acquire_instance_lock(self) -> InstanceLock:
        """Raise DomainError('already_running') when another ppt-desk uses this folder.

        The lock is kept on the backend until ``release_instance_lock`` (or process exit).
        """
        if self._instance_lock is None:
            self._instance_lock = InstanceLock(self.folder).acquire()
        return self._instance_lock

    def release_instance_lock(self) -> None:
        if self._instance_lock is not None:
            self._instance_lock.release()
            self._instance_lock = None

    def unlock(self, username: str, password: str) -> UserInfo:
        self.lock()
        self._db = unlock_with_password(self.folder, username, password)
        if self._db.upgraded_from_backup is not None:
            log.info("database upgraded; backup kept in the backups folder")
        try:
            rebuilt = self._db.maintain(lambda uow: casework.rebuild_summaries(uow, self.config))
        except BaseException:
            self.lock()
            raise
        if rebuilt:
            log.info("case summaries rebuilt for %d cases", rebuilt)
        return self._db.user

    def unlock_recovery(self, code: str) -> list[UserInfo]:
        """Open with the recovery code; returns the users whose password may be reset."""
        self.lock()
        self._db = unlock_with_recovery(self.folder, code)
        return [u for u in users.list_users(self._db.uow()) if u.active]

    def recovery_reset(self, user_id: str, password: str, repeat: str) -> None:
        users.check_password(password, repeat)
        db = self._require_db()
        users.reset_password_by_recovery(db.uow(), db, user_id, password)
        self.lock()

    def lock(self) -> None:
        """Close the connection and forget the key and every cached name."""
        if self._db is not None:
            self._db.close()
            self._db = None

    @property
    def is_unlocked(self) -> bool:
        return self._db is not None

    def _require_db(self) -> UnlockedDatabase:
        if self._db is None:
            raise DomainError("locked")
        return self._db

    def _actor(self) -> tuple[UnlockedDatabase, Actor]:
        db = self._require_db()
        if not db.user.id:
            raise DomainError("locked")
        return db, Actor(db.user)

    @property
    def current_user(self) -> UserInfo | None:
        return self._db.user if self._db and self._db.user.id else None

    # -- cases -----------------------------------------------------------------
    def register_case(self, intake: CaseIntake) -> tuple[ChangeSet, str, str]:
        db, actor = self._actor()
        return cases.register_case(db.uow(), actor, intake, intake_vocabulary(self.codelists),
                                   self.clock, self.config)

    def search_cases(self, query: CaseQuery) -> CasePage:
        db, actor = self._actor()
        return cases.search_cases(db.uow(), actor, query)

    def open_case(self, case_id: str) -> CaseDetail:
        db, actor = self._actor()
        return cases.open_case(db.uow(), actor, case_id, self.config, self.clock)

    # -- casework --------------------------------------------------------------------------
    def save_record(self, case_id: str, kind: str, payload: dict[str, Any],
                    record_id: str | None = None) -> tuple[ChangeSet, str]:
        """Add or change a casework record (a filled-in form of resources/casework/forms.json)."""
        db, actor = self._actor()
        return casework.save_record(db.uow(), actor, self.config,
                                    casework.record_codes(self.config, self.codelists), case_id,
                                    kind, payload, self.clock, record_id, self.national)

    def request_stage_change(self, case_id: str, target: str,
                             reason: str = "") -> tuple[ChangeSet, StageChangeInfo]:
        db, actor = self._actor()
        return casework.request_stage_change(db.uow(), actor, self.config, case_id, target,
                                             reason, self.clock)

    def review_stage_change(self, change_id: str, approve: bool, comment: str = "") -> ChangeSet:
        db, actor = self._actor()
        return casework.review_stage_change(db.uow(), actor, self.config, change_id, approve,
                                            comment, self.clock)

    def record_consent(self, case_id: str, consent: ConsentInput) -> tuple[ChangeSet, str]:
        db, actor = self._actor()
        return casework.record_consent(db.uow(), actor,
                                       casework.consent_vocabulary(self.codelists), case_id,
                                       consent, self.clock)

    def withdraw_consent(self, consent_id: str, on: date, note: str = "") -> ChangeSet:
        db, actor = self._actor()
        return casework.withdraw_consent(db.uow(), actor, consent_id, on, note, self.clock)

    def consent_allows(self, case_id: str, purpose: str, agency: str = "",
                       on: date | None = None) -> ConsentDecision:
        """Is ``purpose`` (for ``agency``) allowed for the case on ``on`` (default today)?"""
        db, actor = self._actor()
        return casework.consent_allows(db.uow(), actor, case_id, purpose, self.clock, agency, on,
                                       self.national)

    def hand_over(self, case_id: str, to_user_id: str, note: str) -> ChangeSet:
        db, actor = self._actor()
        return casework.hand_over(db.uow(), actor, self.config, case_id, to_user_id, note,
                                  self.clock)

    def share_case(self, case_id: str, user_id: str, shared: bool = True) -> ChangeSet:
        db, actor = self._actor()
        return casework.share_case(db.uow(), actor, case_id, user_id, shared)

    def today(self) -> TodayView:
        db, actor = self._actor()
        return casework.today_view(db.uow(), actor, self.config, self.clock)

    def casework_rules(self) -> CaseworkRules:
        return casework.get_rules(self._require_db().uow(), self.config)

    def save_casework_rules(self, new: CaseworkRules) -> ChangeSet:
        db, actor = self._actor()
        return casework.save_rules(db.uow(), actor, self.config, new)

    # -- service tracks ----------------------------------------------------------
    def directory(self, text: str = "", category: str = "",
                  include_inactive: bool = False) -> list[Institution]:
        """The institution directory: national entries (data) and the office's own."""
        return tracks.directory(self._require_db().uow(), self.national, text, category,
                                include_inactive)

    def institution(self, institution_id: str) -> Institution | None:
        return tracks.institution(self._require_db().uow(), self.national, institution_id)

    def save_institution(self, inst: Institution) -> tuple[ChangeSet, Institution]:
        db, actor = self._actor()
        return tracks.save_institution(db.uow(), actor, self.codelists, inst)

    def add_group_session(self, session: GroupSessionInput) -> tuple[ChangeSet, str]:
        db, actor = self._actor()
        return tracks.add_group_session(db.uow(), actor, self.codelists, self.config, session,
                                        self.clock)

    def group_session(self, session_id: str) -> tuple[GroupSessionInput, dict[str, str]]:
        db, actor = self._actor()
        return tracks.group_session(db.uow(), actor, session_id)

    def update_group_session(self, session_id: str,
                             session: GroupSessionInput) -> tuple[ChangeSet, str]:
        db, actor = self._actor()
        return tracks.update_group_session(db.uow(), actor, self.codelists, session_id,
                                           session, self.clock)

    def delete_group_session(self, session_id: str) -> ChangeSet:
        db, actor = self._actor()
        return tracks.delete_group_session(db.uow(), actor, session_id)

    def letterhead(self) -> dict[str, Any]:
        return tracks.letterhead_values(self._require_db().uow())

    def save_letterhead(self, values: dict[str, Any]) -> ChangeSet:
        db, actor = self._actor()
        return tracks.save_letterhead(db.uow(), actor, values)

    def print_referral_letter(self, case_id: str, record_id: str, path: Path) -> ChangeSet:
        """Write the surat rujukan of an outgoing referral as a PDF at ``path``."""
        db, actor = self._actor()
        changes, data = tracks.referral_letter(db.uow(), actor, self.config, self.codelists,
                                               self.national, case_id, record_id, self.clock)
        _write_document("referral_letter", data, path)
        return changes

    def print_handover_minutes(self, case_id: str, record_id: str, path: Path) -> ChangeSet:
        """Write the berita acara serah terima of a repatriation handover as a PDF."""
        db, actor = self._actor()
        changes, data = tracks.handover_minutes(db.uow(), actor, self.config, self.codelists,
                                                regions().name, case_id, record_id, self.clock)
        _write_document("handover_minutes", data, path)
        return changes

    def save_draft(self, payload: dict[str, Any]) -> None:
        db, actor = self._actor()
        cases.save_intake_draft(db.uow(), actor, payload)

    def load_draft(self) -> dict[str, Any] | None:
        db, actor = self._actor()
        return cases.load_intake_draft(db.uow(), actor)

    def discard_draft(self) -> None:
        db, actor = self._actor()
        cases.discard_intake_draft(db.uow(), actor)

    # -- office and users ------------------------------------------------------
    def office(self) -> OfficeProfile | None:
        return users.get_office(self._require_db().uow())

    def list_users(self) -> list[UserInfo]:
        return users.list_users(self._require_db().uow())

    def add_user(self, username: str, display_name: str, roles: frozenset[str],
                 password: str, grants: frozenset[str] = frozenset()) -> tuple[ChangeSet, UserInfo]:
        db, actor = self._actor()
        return users.add_user(db.uow(), db, actor, username, display_name, roles, password,
                              grants)

    def update_user(self, user_id: str, display_name: str, roles: frozenset[str],
                    active: bool, grants: frozenset[str] | None = None) -> ChangeSet:
        db, actor = self._actor()
        return users.update_user(db.uow(), db, actor, user_id, display_name, roles, active,
                                 grants)

    def reset_password(self, user_id: str, password: str) -> None:
        db, actor = self._actor()
        users.reset_password(db.uow(), db, actor, user_id, password)

    def new_recovery_code(self) -> str:
        db, actor = self._actor()
        return users.replace_recovery_code(db.uow(), db, actor)

    def verify(self) -> VerifyReport:
        return verify(self._require_db().engine)

    def verify_files(self, username: str, password: str) -> VerifyReport:
        """``ppt-desk verify``: check a possibly damaged database without unlocking it for use."""
        return verify_files(self.folder, username, password)


def make_backend(data_dir: Path, kdf_params: KdfParams | None = None) -> Backend:
    return Backend(DataFolder(data_dir), CodeLists(CODELISTS), load_config(CASEWORK), kdf_params,
                   national=load_national(INSTITUTIONS))


def _write_document(document: str, data: Any, path: Path) -> None:
    """Draw a document; a full or pulled USB stick becomes a message, not a crash.
    (reportlab is imported on first print: it is not needed to start the app.)"""
    from .reporting import pdf
    try:
        getattr(pdf, document)(data, path)
    except OSError as exc:
        log.warning("document not written: %s", type(exc).__name__)
        raise DomainError("document_not_written", errno=exc.errno or 0) from exc


def acquire_instance_lock(data_dir: Path) -> InstanceLock:
    """Raise DomainError('already_running') when another ppt-desk uses this folder."""
    return InstanceLock(DataFolder(data_dir)).acquire()
