"""The session of one data folder: first-run setup, sign-in (password or recovery code), lock,
one running instance per folder, and the integrity checks. It owns the open database and hands
it to the facades through the ``StoreGate`` port."""
from __future__ import annotations

import logging

from ..domain.errors import DomainError
from ..security.kdf import KdfParams, calibrate
from ..services import summaries, users
from ..services.deps import Deps
from ..services.dto import OfficeProfile, UserInfo
from ..storage.database import (
    DataFolder, InstanceLock, SetupResult, UnlockedDatabase, create_database,
    unlock_with_password, unlock_with_recovery, verify_files,
)
from ..storage.checkpoint import CHECKPOINT_FILE
from ..storage.store_config import PgSettings
from ..storage.verify import VerifyReport, verify

log = logging.getLogger(__name__)


class LocalSession:
    """``SessionApi`` and ``StoreGate`` over an encrypted data folder on this machine."""

    def __init__(self, folder: DataFolder, deps: Deps,
                 kdf_params: KdfParams | None = None) -> None:
        self.folder = folder
        self.deps = deps
        self.kdf_params = kdf_params  # None: calibrate at setup
        self.db: UnlockedDatabase | None = None
        self._instance_lock: InstanceLock | None = None

    # -- StoreGate ----------------------------------------------------------------------------
    def open_store(self) -> UnlockedDatabase:
        if self.db is None:
            raise DomainError("locked")
        return self.db

    # -- the folder -----------------------------------------------------------------------------
    def is_set_up(self) -> bool:
        return self.folder.is_set_up()

    def usernames(self) -> list[str]:
        return sorted(slot.username for slot in self.folder.keyslots.user_slots())

    def setup(self, office: OfficeProfile, username: str, display_name: str, password: str,
              repeat: str, roles: frozenset[str] | None = None, store: PgSettings | None = None,
              store_password: str = "") -> SetupResult:
        """First run; ``roles`` default to admin + supervisor. ``store``: keep the store in
        that PostgreSQL database (secretariat mode; its role signs in with ``store_password``,
        which is kept sealed in the keyslot file) instead of the encrypted file."""
        users.check_password(password, repeat)
        users.check_username(username)
        params = self.kdf_params or calibrate()
        extra: dict = {} if store is None else {"store": store, "store_password": store_password}
        if roles is None:
            return create_database(self.folder, office, username, display_name, password, params,
                                   **extra)
        return create_database(self.folder, office, username, display_name, password, params,
                               admin_roles=frozenset(roles), **extra)

    def acquire_instance_lock(self) -> InstanceLock:
        """Raise DomainError('already_running') when another ppt-desk uses this folder.

        The lock is kept until ``release_instance_lock`` (or process exit)."""
        if self._instance_lock is None:
            self._instance_lock = InstanceLock(self.folder).acquire()
        return self._instance_lock

    def release_instance_lock(self) -> None:
        if self._instance_lock is not None:
            self._instance_lock.release()
            self._instance_lock = None

    # -- sign-in and lock -------------------------------------------------------------------------
    def unlock(self, username: str, password: str) -> UserInfo:
        self.lock()
        self.db = unlock_with_password(self.folder, username, password)
        if self.db.upgraded_from_backup is not None:
            log.info("database upgraded; backup kept in the backups folder")
        try:
            rebuilt = self.db.maintain(
                lambda uow: summaries.rebuild_summaries(uow, self.deps.config))
        except BaseException:
            self.lock()
            raise
        if rebuilt:
            log.info("case summaries rebuilt for %d cases", rebuilt)
        return self.db.user

    def unlock_recovery(self, code: str) -> list[UserInfo]:
        """Open with the recovery code; returns the users whose password may be reset."""
        self.lock()
        self.db = unlock_with_recovery(self.folder, code)
        return [u for u in users.list_users(self.db.uow()) if u.active]

    def recovery_reset(self, user_id: str, password: str, repeat: str) -> None:
        users.check_password(password, repeat)
        db = self.open_store()
        users.reset_password_by_recovery(db.uow(), db, user_id, password)
        self.lock()

    def lock(self) -> None:
        """Keep the signed audit checkpoint outside the database (also at exit, which locks),
        then close the connection and forget the key and every cached name."""
        if self.db is not None:
            try:
                self.db.keep_checkpoint()
            except Exception as exc:  # noqa: BLE001 - locking must never fail
                log.warning("checkpoint not written: %s", type(exc).__name__)
            self.db.close()
            self.db = None

    @property
    def is_unlocked(self) -> bool:
        return self.db is not None

    @property
    def current_user(self) -> UserInfo | None:
        return self.db.user if self.db and self.db.user.id else None

    # -- integrity --------------------------------------------------------------------------------
    def verify(self) -> VerifyReport:
        return verify(self.open_store().engine, self.folder.path / CHECKPOINT_FILE)

    def verify_files(self, username: str, password: str) -> VerifyReport:
        """``ppt-desk verify``: check a possibly damaged database without unlocking it for use."""
        return verify_files(self.folder, username, password)
