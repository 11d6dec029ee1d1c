"""Composition root: the only place that wires storage, security and reporting to the services.

``make_backend`` builds the shared ``Deps`` once, the session of the data folder, and one
facade per capability; the GUI receives the result typed as ``services.api.Backend``.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..security.kdf import KdfParams
from ..services.deps import Deps, shipped_deps
from ..services.facades.cases import CasesFacade
from ..services.facades.casework import CaseworkFacade
from ..services.facades.conference import ConferenceFacade
from ..services.facades.consent import ConsentFacade
from ..services.facades.directory import DirectoryFacade
from ..services.facades.documents import DocumentsFacade
from ..services.facades.duplicates import DuplicatesFacade
from ..services.facades.group_sessions import GroupSessionsFacade
from ..services.facades.office import OfficeFacade
from ..services.facades.province import ProvinceFacade
from ..services.facades.return_trip import ReturnTripFacade
from ..services.facades.secretariat import SecretariatFacade
from ..services.facades.stats import StatsFacade
from ..services.facades.sync import SyncFacade
from ..services.facades.users import UsersFacade
from ..services.sync.folders import SyncFolders
from ..storage.database import DataFolder, InstanceLock
from ..storage.store_config import PgSettings
from .bundles import BundleCodecImpl
from .documents import PdfDocumentWriter, ReportlabCharts
from .session import LocalSession


@dataclass(eq=False)
class LocalBackend:
    """``services.api.Backend`` for one data folder on this machine."""

    deps: Deps
    session: LocalSession
    cases: CasesFacade
    casework: CaseworkFacade
    consent: ConsentFacade
    directory: DirectoryFacade
    groups: GroupSessionsFacade
    conferences: ConferenceFacade
    documents: DocumentsFacade
    office: OfficeFacade
    users: UsersFacade
    sync: SyncFacade
    duplicates: DuplicatesFacade
    secretariat: SecretariatFacade
    return_trip: ReturnTripFacade
    province: ProvinceFacade
    stats: StatsFacade


def make_backend(data_dir: Path, kdf_params: KdfParams | None = None,
                 deps: Deps | None = None) -> LocalBackend:
    deps = deps or shipped_deps()
    session = LocalSession(DataFolder(data_dir), deps, kdf_params)
    codec = BundleCodecImpl()
    sync = SyncFacade(session, deps, codec, SyncFolders.under(data_dir))
    return LocalBackend(
        deps=deps, session=session,
        cases=CasesFacade(session, deps), casework=CaseworkFacade(session, deps),
        consent=ConsentFacade(session, deps), directory=DirectoryFacade(session, deps),
        groups=GroupSessionsFacade(session, deps), conferences=ConferenceFacade(session, deps),
        documents=DocumentsFacade(session, deps, PdfDocumentWriter()),
        office=OfficeFacade(session, deps), users=UsersFacade(session, deps),
        duplicates=DuplicatesFacade(session, deps),
        province=ProvinceFacade(session, deps, sync.folders),
        sync=sync, secretariat=SecretariatFacade(session, deps, codec, sync.peek, PgSettings),
        return_trip=ReturnTripFacade(session, deps, codec, sync.folders),
        stats=StatsFacade(session, deps, PdfDocumentWriter(), ReportlabCharts(),
                          data_dir / "rad"),
    )


def acquire_instance_lock(data_dir: Path) -> InstanceLock:
    """Raise DomainError('already_running') when another ppt-desk uses this folder."""
    return InstanceLock(DataFolder(data_dir)).acquire()
