"""Setting up a secretariat (ADR 0015): the office row for a province (kind SEKRETARIAT, no
regency), its first administrator, and the offline backup key.

The backup key is an age X25519 identity made here through the ``BackupKeys`` port (services do
not import ``security``). The identity is returned once to the caller, who prints or exports it
for a safe place off any computer; only its public recipient is stored, and the secretariat's
device card carries it beside the operational key, so every PPT bundle can also be opened with
the backup key if this computer is lost.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from ...domain.errors import DomainError
from ...domain.regions import Regions
from ...domain.roles import Role
from ...domain.secretariat import OFFICE_KIND, is_secretariat, suggested_name
from ...domain.sync.card import ROLE_PPT
from ..dto import OfficeProfile, UserInfo
from ..ports import OpenStore
from .backup_key import store_recipient, stored_recipient

# The first administrator also imports and decides (a one-person secretariat works at once).
FIRST_ADMIN_ROLES = frozenset({Role.ADMIN.value, Role.SECRETARIAT_OFFICER.value})


class BackupKeys(Protocol):
    """age identities and key fingerprints (``bootstrap.bundles.BundleCodecImpl`` is one)."""

    def new_identity(self) -> str: ...

    def recipient_of(self, identity: str) -> str: ...

    def fingerprint(self, material: bytes) -> str: ...


class FolderSession(Protocol):
    """The data folder's session (``bootstrap.session.LocalSession``)."""

    def setup(self, office: OfficeProfile, username: str, display_name: str, password: str,
              repeat: str, roles: frozenset[str] | None = None, store: Any = None,
              store_password: str = "") -> Any: ...

    def unlock(self, username: str, password: str) -> UserInfo: ...

    def lock(self) -> None: ...

    def open_store(self) -> OpenStore: ...


@dataclass(frozen=True)
class SecretariatSetup:
    """What setup hands back once. ``backup_identity`` is the secret: show it, let the user
    save it, forget it."""

    recovery_code: str
    admin: UserInfo
    device_id: str
    office: OfficeProfile
    backup_identity: str          # "AGE-SECRET-KEY-1…"; stored nowhere
    backup_recipient: str         # "age1…"; stored, and on the card
    backup_fingerprint: str

    def __repr__(self) -> str:    # never the secret in a log or a traceback
        return (f"SecretariatSetup(admin={self.admin.username!r}, "
                f"province={self.office.province_code!r}, backup={self.backup_recipient!r})")


@dataclass(frozen=True)
class SecretariatStatus:
    is_secretariat: bool
    office_name: str
    province_code: str
    province_name: str
    backup_recipient: str         # '' when none is stored
    backup_fingerprint: str
    ppt_devices: int              # enrolled PPT devices, not revoked
    revoked_devices: int


def secretariat_office(regions: Regions, province_code: str, name: str = "") -> OfficeProfile:
    """The office row of a secretariat of ``province_code`` (an official province code)."""
    code = province_code.strip()
    if code not in dict(regions.provinces()):
        raise DomainError("province_unknown", province=code)
    office_name = " ".join(name.split()) or suggested_name(regions.name(code))
    if len(office_name) < 3:
        raise DomainError("office_name_required")
    return OfficeProfile(office_name, OFFICE_KIND, code, "", "")


def backup_fingerprint(keys: BackupKeys, recipient: str) -> str:
    return keys.fingerprint(recipient.encode("ascii")) if recipient else ""


def set_up(session: FolderSession, keys: BackupKeys, regions: Regions, province_code: str,
           username: str, display_name: str, password: str, repeat: str,
           office_name: str = "", store: Any = None,
           store_password: str = "") -> SecretariatSetup:
    """First run of a secretariat folder; the folder is left locked. ``store``: the store's
    PostgreSQL settings (made by the composition root) with its role's ``store_password``;
    None keeps the store in the encrypted file in the folder."""
    office = secretariat_office(regions, province_code, office_name)
    identity = keys.new_identity()
    recipient = keys.recipient_of(identity)
    on_server = {} if store is None else {"store": store, "store_password": store_password}
    result = session.setup(office, username, display_name, password, repeat,
                           FIRST_ADMIN_ROLES, **on_server)
    session.unlock(result.admin.username, password)
    try:
        store_recipient(session.open_store().uow(), recipient)
        saved = _office(session.open_store())
    finally:
        session.lock()
    return SecretariatSetup(result.recovery_code, result.admin, result.device_id, saved,
                            identity, recipient, backup_fingerprint(keys, recipient))


def _office(store: OpenStore) -> OfficeProfile:
    uow = store.uow()
    with uow:
        office = uow.office.get()
    if office is None:
        raise DomainError("office_missing")
    return office


def status(store: OpenStore, keys: BackupKeys, regions: Regions) -> SecretariatStatus:
    uow = store.uow()
    with uow:
        office = uow.office.get()
        if office is None:
            raise DomainError("office_missing")
        recipient = stored_recipient(uow)
        peers = uow.sync.peers()
    ppts = [p for p in peers if p.role == ROLE_PPT]
    return SecretariatStatus(
        is_secretariat(office.kind), office.name, office.province_code,
        regions.name(office.province_code), recipient, backup_fingerprint(keys, recipient),
        sum(1 for p in ppts if not p.revoked), sum(1 for p in ppts if p.revoked))
