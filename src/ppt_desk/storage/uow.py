"""Unit of work over one SQLAlchemy session per ``with`` block."""
from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ..domain.errors import DomainError
from .adopt import SqlTransferRepository
from .casework_repo import SqlCaseworkRepository
from .changes import ChangeRecorder, install
from .conference_repo import SqlConferenceRepository
from .postgres import translate
from .rad_repo import SqlRadRepository
from .duplicates_repo import SqlDuplicatesRepository
from .repositories import (
    SqlCaseRepository, SqlDraftRepository, SqlOfficeRepository, SqlUserRepository,
)
from .identity_repo import SqlIdentityRepository
from .province_repo import SqlProvinceRepository
from .reference_repo import SqlReferenceRepository
from .search import NameIndex
from .settings_repo import SqlSettingsRepository
from .stats_repo import SqlStatsRepository
from .sync_repo import SqlSyncRepository
from .tracks_repo import SqlDirectoryRepository, SqlGroupRepository

SQLITE_FULL = 13
PG_DISK_FULL = "53100"   # PostgreSQL disk_full (53200 out_of_memory is not the disk)


def _is_disk_full(exc: object) -> bool:
    """SQLITE_FULL or PostgreSQL's disk_full: no room for the write."""
    if not isinstance(exc, DBAPIError):
        return False
    if getattr(exc.orig, "sqlstate", None) == PG_DISK_FULL:
        return True
    code = getattr(exc.orig, "sqlite_errorcode", None)
    return code == SQLITE_FULL or "database or disk is full" in str(exc.orig)


class SqlUnitOfWork:
    """``with uow:`` begins a transaction; leaving without ``commit()`` rolls it back."""

    def __init__(self, engine: Engine, recorder: ChangeRecorder, index: NameIndex,
                 actor_id: str | None = None) -> None:
        self._factory = sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)
        self._recorder = recorder
        self._index = index
        self.actor_id = actor_id
        self.session: Session | None = None

    def __enter__(self) -> "SqlUnitOfWork":
        if self.session is not None:
            raise RuntimeError("unit of work already open")
        self.session = self._factory()
        self.session.info["actor_id"] = self.actor_id
        install(self.session, self._recorder)
        self.cases = SqlCaseRepository(self.session, self._index)
        self.users = SqlUserRepository(self.session)
        self.office = SqlOfficeRepository(self.session)
        self.drafts = SqlDraftRepository(self.session)
        self.casework = SqlCaseworkRepository(self.session)
        self.directory = SqlDirectoryRepository(self.session)
        self.groups = SqlGroupRepository(self.session)
        self.settings = SqlSettingsRepository(self.session)
        self.sync = SqlSyncRepository(self.session, self._recorder, self._index, self.record_action)
        self.identities = SqlIdentityRepository(self.session, self._recorder.device_id)
        self.transfer = SqlTransferRepository(self.session, self._recorder, self._index)
        self.reference = SqlReferenceRepository(self.session, self.record_action)
        self.duplicates = SqlDuplicatesRepository(self.session, self.record_action)
        self.province = SqlProvinceRepository(self.session)
        self.conferences = SqlConferenceRepository(self.session, self._recorder)
        self.stats = SqlStatsRepository(self.session)
        self.rad = SqlRadRepository(self.session)
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.session is not None
        # PostgreSQL: the server went away or refused us; nothing was committed.
        lost = translate(exc[1]) if isinstance(exc[1], DBAPIError) else None
        try:
            self.session.rollback()
        except DBAPIError:
            if lost is None:
                raise
        finally:
            self.session.close()
            self.session = None
            if exc[0] is not None:
                self._index.invalidate()
        if _is_disk_full(exc[1]):
            # Rolled back above; the GUI can tell the user the disk is full.
            raise DomainError("disk_full") from exc[1]
        if lost is not None:
            raise lost from exc[1]

    def commit(self) -> None:
        assert self.session is not None
        self.session.commit()
        self._index.after_commit()

    def record_action(self, action: str, entity: str, entity_id: str) -> None:
        assert self.session is not None
        self.session.flush()  # pending record changes come first in the chain
        self._recorder.write(self.session, [], self.actor_id, [(action, entity, entity_id)])
