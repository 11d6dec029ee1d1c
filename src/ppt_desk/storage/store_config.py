"""Where a data folder's store lives: ``store.json`` (absent = the embedded SQLCipher file).

A secretariat office with several officers keeps its store on PostgreSQL. ``store.json``
names the server and database: host, port, database, role, and how TLS is checked. It holds
no secret: the role's password is wrapped with the data key in ``keyslots.json``
(``KeyslotFile.store_secret``), so it opens only with a user's password or the recovery code.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..atomic import atomic_write
from ..domain.errors import DomainError

STORE_FILE = "store.json"
FORMAT = "ppt-desk-store"
VERSION = 1
ENGINE = "postgresql"
# verify-full: TLS, the server's certificate signed by ``sslrootcert`` and naming ``host``.
# require: TLS without checking the certificate. disable: no TLS (a server on this computer).
SSLMODES = ("verify-full", "require", "disable")
# Secret name of the PostgreSQL role's password in the keyslot file.
PASSWORD_SECRET = "postgresql_password"
_FIELDS = ("host", "port", "dbname", "user", "sslmode", "sslrootcert")


@dataclass(frozen=True)
class PgSettings:
    """How to reach the office's PostgreSQL database (never the password)."""

    host: str
    port: int = 5432
    dbname: str = ""
    user: str = ""
    sslmode: str = "verify-full"
    sslrootcert: str = ""   # CA certificate file for verify-full ("" = the system's store)

    def __post_init__(self) -> None:
        text_ok = all(isinstance(v, str) and "\x00" not in v and len(v) <= 255
                      for v in (self.host, self.dbname, self.user, self.sslrootcert))
        if (not text_ok or not self.host.strip() or not self.dbname.strip()
                or not self.user.strip()):
            raise DomainError("store_settings_invalid")
        if not isinstance(self.port, int) or isinstance(self.port, bool) \
                or not 1 <= self.port <= 65535:
            raise DomainError("store_settings_invalid")
        if self.sslmode not in SSLMODES:
            raise DomainError("store_settings_invalid")

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "engine": ENGINE, **asdict(self)}

    @staticmethod
    def from_json(data: Any) -> "PgSettings":
        """Strict: exactly the keys ``to_json`` writes; else DomainError('store_config_damaged')."""
        keys = {"format", "version", "engine", *_FIELDS}
        if not isinstance(data, dict) or set(data) != keys or data["format"] != FORMAT:
            raise DomainError("store_config_damaged")
        if data["version"] != VERSION or data["engine"] != ENGINE:
            raise DomainError("store_config_newer")
        try:
            return PgSettings(**{k: data[k] for k in _FIELDS})
        except DomainError:
            raise DomainError("store_config_damaged") from None

    def describe(self) -> str:
        """For logs and screens: where, not who with what."""
        return f"{self.host}:{self.port}/{self.dbname}"


def store_file(folder: Path) -> Path:
    return folder / STORE_FILE


def read_store_config(folder: Path) -> PgSettings | None:
    """The folder's PostgreSQL settings, or None for the embedded SQLCipher store."""
    path = store_file(folder)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        raise DomainError("store_config_damaged") from None
    try:
        data = json.loads(raw)
    except ValueError:
        raise DomainError("store_config_damaged") from None
    return PgSettings.from_json(data)


def write_store_config(folder: Path, settings: PgSettings) -> None:
    atomic_write(store_file(folder), json.dumps(settings.to_json(), indent=1,
                                                sort_keys=True).encode())
