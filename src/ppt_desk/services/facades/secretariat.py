"""The secretariat: first-run setup of a secretariat folder, its status, and which bundles of a
stick to import in which order (each then imported by ``SyncApi.import_bundle``; ADR 0015)."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from ...domain.errors import DomainError
from ..deps import Deps
from ..secretariat import intake, key_file, setup
from ..secretariat.setup import BackupKeys, FolderSession, SecretariatSetup, SecretariatStatus
from ..sync.dto import BundlePeek
from .base import Facade


class SecretariatFacade(Facade):
    def __init__(self, session: FolderSession, deps: Deps, keys: BackupKeys,
                 peek: Callable[[Path], BundlePeek],
                 store_settings: Callable[..., Any]) -> None:
        super().__init__(session, deps)
        self._session = session
        self._keys = keys
        self._peek = peek     # SyncFacade.peek: a bundle's sender and number, to order by
        self._store_settings = store_settings   # storage's PgSettings (validates the fields)

    def setup(self, province_code: str, username: str, display_name: str, password: str,
              repeat: str, office_name: str = "", store: dict[str, Any] | None = None,
              store_password: str = "") -> SecretariatSetup:
        """Set up this (empty) folder as the secretariat of ``province_code``. The result's
        ``backup_identity`` is shown once and stored nowhere. ``store``: the office's
        PostgreSQL server (host, port, dbname, user, sslmode, sslrootcert) and its role's
        ``store_password``; None keeps the store in the folder's encrypted file."""
        try:
            settings = None if store is None else self._store_settings(**store)
        except TypeError:   # a field it does not know, or one missing
            raise DomainError("store_settings_invalid") from None
        return setup.set_up(self._session, self._keys, self.deps.regions, province_code,
                            username, display_name, password, repeat, office_name, settings,
                            store_password)

    def save_backup_key(self, result: SecretariatSetup, path: Path) -> Path:
        """Write the backup key of ``result`` to a new file (0600; never over another)."""
        return key_file.write_key_file(result, path)

    def status(self) -> SecretariatStatus:
        return setup.status(self._store(), self._keys, self.deps.regions)

    def import_plan(self, paths: list[Path]) -> list[Path]:
        """The bundle files of ``paths`` (folders and files), in the order to import them."""
        self._signed_in()
        return intake.import_order(intake.bundle_files(paths), self._peek)
