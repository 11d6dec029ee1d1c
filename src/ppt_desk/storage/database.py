"""The data folder: creating, unlocking and locking the encrypted database.

Files in a data folder (none of them holds a name, NIK or address in clear):
``ppt-desk.db`` (SQLCipher), ``keyslots.json`` and its ``.bak`` copy,
``unlock-throttle.json``, ``checkpoint.json`` (the signed audit head: ``checkpoint.py``),
``ppt-desk.lock`` (one running instance), ``backups/``
(encrypted copies made before upgrades) and ``logs/``.

A secretariat's data folder may keep its store on PostgreSQL instead (docs/postgresql.md):
then ``store.json`` (``store_config.py``: server, database, role; no secret) takes the place
of ``ppt-desk.db``, and the role's password is sealed with the data key in ``keyslots.json``.
Unlocking is the same: a user's keyslot gives the data key, the data key the role's password;
then the database must name itself as this folder's (``check_store_identity``).
"""
from __future__ import annotations

import logging
import os
import secrets
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from filelock import FileLock, Timeout
from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError

from ..domain.errors import DomainError
from ..domain.ids import uuid7
from ..domain.names import NAME_KEY_VERSION
from ..domain.roles import Role
from ..atomic import fsync_dir
from ..security.kdf import KdfParams
from ..security.keyslots import KeyslotFile
from ..security.recovery_code import new_code, parse_code
from ..security.throttle import UnlockThrottle
from ..services.dto import OfficeProfile, UserInfo
from ..services.users import check_password, check_username, initialise_office
from .changes import ChangeRecorder
from .checkpoint import CHECKPOINT_FILE, write_checkpoint
from .dialect import is_postgres, list_tables
from .engine import open_engine
from .migrator import current_revision, is_empty, migrate
from .postgres import (
    STORE_ID_SECRET, new_store_id, open_pg_engine, read_store_id, translate, write_store_id,
)
from .store_config import PASSWORD_SECRET, PgSettings, read_store_config, store_file, write_store_config
from .schema import DeviceState
from .search import NameIndex, rebuild_tokens_if_stale
from .uow import SqlUnitOfWork
from .verify import VerifyReport, verify

T = TypeVar("T")

log = logging.getLogger(__name__)

DB_NAME = "ppt-desk.db"


@dataclass(frozen=True)
class DataFolder:
    path: Path

    @property
    def db(self) -> Path:
        return self.path / DB_NAME

    @property
    def store(self) -> PgSettings | None:
        """The PostgreSQL store's settings, or None: the SQLCipher file ``db``."""
        return read_store_config(self.path)

    @property
    def keyslots(self) -> KeyslotFile:
        return KeyslotFile(self.path / "keyslots.json")

    @property
    def throttle(self) -> UnlockThrottle:
        return UnlockThrottle(self.path / "unlock-throttle.json")

    @property
    def backups(self) -> Path:
        return self.path / "backups"

    @property
    def logs(self) -> Path:
        return self.path / "logs"

    def is_set_up(self) -> bool:
        return (self.db.exists() or store_file(self.path).exists()) and self.keyslots.exists()

    def ensure(self) -> None:
        self.path.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(self.path, 0o700)


class InstanceLock:
    """Only one running ppt-desk may write to a data folder."""

    def __init__(self, folder: DataFolder) -> None:
        folder.ensure()
        self._lock = FileLock(str(folder.path / "ppt-desk.lock"))

    def acquire(self) -> "InstanceLock":
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise DomainError("already_running") from None
        return self

    def release(self) -> None:
        self._lock.release()


@dataclass
class UnlockedDatabase:
    """An open database for one logged-in user; ``close()`` on lock or exit."""

    folder: DataFolder
    engine: Engine
    device_id: str
    user: UserInfo
    key: bytearray
    index: NameIndex = field(default_factory=NameIndex)
    upgraded_from_backup: Path | None = None

    def uow(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.engine, ChangeRecorder(self.device_id), self.index, self.user.id)

    def keep_checkpoint(self) -> None:
        """``OpenStore`` port: sign the audit head into the checkpoint file beside the
        database (after a commit; never backwards, see ``checkpoint.py``)."""
        write_checkpoint(self.engine, self.folder.path)

    def maintain(self, task: Callable[[SqlUnitOfWork], T]) -> T:
        """Run an unlock-time task (rebuilding derived data); a damaged page it meets is
        reported as ``database_unreadable`` like one met while opening."""
        try:
            return task(self.uow())
        except DatabaseError as exc:
            error = translate(exc)
            if error is not None:
                raise error from None
            if type(exc) is not DatabaseError:
                raise
            log.warning("database damaged: %s", type(exc.orig).__name__)
            raise DomainError("database_unreadable") from None

    def set_password(self, user_id: str, username: str, password: str) -> None:
        """``KeyVault`` port: add or replace a user's keyslot."""
        slots = self.folder.keyslots
        params = _slot_params(slots)
        slots.set_user_password(bytes(self.key), user_id, username, password, params)

    def remove_user(self, user_id: str) -> None:
        self.folder.keyslots.remove_user(user_id)

    def new_recovery_code(self) -> str:
        secret, code = new_code()
        self.folder.keyslots.replace_recovery(bytes(self.key), secret)
        return code

    def close(self) -> None:
        try:
            # Keep the planner's statistics current (cheap; only re-analyses what changed).
            # PostgreSQL's autovacuum keeps its own.
            if not is_postgres(self.engine):
                with self.engine.begin() as conn:
                    conn.exec_driver_sql("PRAGMA optimize")
        except Exception:  # noqa: BLE001 - locking must never fail
            log.warning("PRAGMA optimize failed on lock", exc_info=True)
        try:
            self.engine.dispose()
        finally:
            self.index.clear()
            _wipe(self.key)


def _slot_params(slots: KeyslotFile) -> KdfParams:
    for slot in slots.load()["slots"]:
        if slot["kind"] == "user":
            return KdfParams.from_json(slot["kdf"])
    raise DomainError("keyslots_damaged")


@dataclass(frozen=True)
class SetupResult:
    recovery_code: str
    admin: UserInfo
    device_id: str


def _first_rows(engine, device_id: str, office: OfficeProfile, admin: UserInfo) -> None:
    """The device state, the office and the first admin, in the caller's engine or connection."""
    signing = Ed25519PrivateKey.generate().private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    with engine.begin() if isinstance(engine, Engine) else nullcontext(engine) as c:
        c.execute(DeviceState.__table__.insert().values(
            device_id=device_id, signing_key=signing, next_seq=1, hlc_wall_ms=0, hlc_counter=0,
            audit_seq=0, audit_hash="0" * 64))
        rebuild_tokens_if_stale(c)  # records the name-key version of this new database
    uow = SqlUnitOfWork(engine, ChangeRecorder(device_id), NameIndex(), admin.id)
    office = OfficeProfile(office.name, office.kind, office.province_code, office.regency_code,
                           office.case_prefix, device_id, uuid7())
    initialise_office(uow, office, admin)


def _claim_postgres(engine: Engine) -> None:
    """Make the (empty) PostgreSQL database a ppt-desk store at head, or refuse it.

    Accepted: a database without tables, or one holding exactly a ppt-desk schema at a known
    revision and no device yet (migrated by the office's administrator, or a setup that
    failed before its one transaction of first rows). Anything else is someone's data."""
    with engine.connect() as conn:
        tables = set(list_tables(conn))
    if tables:
        ours = "alembic_version" in tables and "device_state" in tables
        if ours:  # a revision this program does not know: migrate() says database_newer
            ours = current_revision(engine) is not None
        if ours:
            with engine.connect() as conn:
                ours = conn.execute(DeviceState.__table__.select()).first() is None
        if not ours:
            raise DomainError("store_not_empty")
    migrate(engine, None, b"", Path())


def _create_on_postgres(folder: DataFolder, office: OfficeProfile, username: str,
                        display_name: str, password: str, params: KdfParams,
                        admin_roles: frozenset[str], store: PgSettings, store_password: str,
                        ) -> SetupResult:
    """Setup on the office's PostgreSQL database: migrate it, write the first rows in one
    transaction (a failure leaves the schema only, and setup runs again), then the keyslots
    with the role's password sealed in them, and ``store.json`` last."""
    if not store_password:
        raise DomainError("store_password_required")
    key = secrets.token_bytes(32)
    database_id, device_id, store_id = uuid7(), uuid7(), new_store_id()
    admin = UserInfo(uuid7(), username, display_name.strip() or username, admin_roles)
    engine = open_pg_engine(store, store_password)
    try:
        _claim_postgres(engine)
        with engine.begin() as conn:
            _first_rows(conn, device_id, office, admin)
            write_store_id(conn, store_id)
    except DatabaseError as exc:
        error = translate(exc)
        if error is None:
            raise
        raise error from None
    finally:
        engine.dispose()
    secret, code = new_code()
    folder.keyslots.create(database_id, key, admin.id, admin.username, password, params, secret,
                           secrets={PASSWORD_SECRET: store_password.encode(),
                                    STORE_ID_SECRET: store_id.encode()})
    write_store_config(folder.path, store)
    fsync_dir(folder.path)
    return SetupResult(code, admin, device_id)


def create_database(folder: DataFolder, office: OfficeProfile, admin_username: str,
                    admin_display_name: str, password: str, params: KdfParams,
                    admin_roles: frozenset[str] = frozenset({Role.ADMIN.value, Role.SUPERVISOR.value}),
                    store: PgSettings | None = None, store_password: str = "",
                    ) -> SetupResult:
    """First run: a new encrypted database, its keyslots, the office and the first admin.

    The database is built under a temporary name and renamed into place last, so a
    crash during setup leaves no half-made database (setup simply runs again).
    With ``store``, the store is that PostgreSQL database instead (``_create_on_postgres``).
    """
    folder.ensure()
    if folder.is_set_up():
        raise DomainError("already_set_up")
    if folder.db.exists() or folder.keyslots.exists() or store_file(folder.path).exists():
        # Half a data folder (a database without its keyslots, or the reverse): setting up
        # anew would destroy what is left. An admin restores the missing files from a backup.
        raise DomainError("data_folder_incomplete")
    username = check_username(admin_username)
    check_password(password)
    if store is not None:
        return _create_on_postgres(folder, office, username, admin_display_name, password, params,
                                   admin_roles, store, store_password)
    key = secrets.token_bytes(32)
    database_id, device_id = uuid7(), uuid7()
    staging = folder.path / (DB_NAME + ".setup")
    for stale in (staging, staging.with_name(staging.name + "-wal"),
                  staging.with_name(staging.name + "-shm")):
        stale.unlink(missing_ok=True)
    engine = open_engine(staging, key)
    admin = UserInfo(uuid7(), username, admin_display_name.strip() or username, admin_roles)
    try:
        migrate(engine, staging, key, folder.backups)
        _first_rows(engine, device_id, office, admin)
    finally:
        engine.dispose()
    secret, code = new_code()
    folder.keyslots.create(database_id, key, admin.id, admin.username, password, params, secret)
    os.replace(staging, folder.db)
    fsync_dir(folder.path)
    return SetupResult(code, admin, device_id)


def _open_store(folder: DataFolder, key: bytearray) -> Engine:
    """An engine on the folder's store: the SQLCipher file, or the PostgreSQL database whose
    role's password the data key unseals."""
    store = folder.store
    if store is not None:
        password = folder.keyslots.open_secret(bytes(key), PASSWORD_SECRET)
        if password is None:
            raise DomainError("store_password_missing")
        return open_pg_engine(store, password.decode())
    if not folder.db.exists():
        raise DomainError("database_missing")
    # An empty file opens under any key as a new database (and setting WAL writes a header
    # into it): refuse it rather than let the migrator build a fresh schema in its place.
    if folder.db.stat().st_size == 0:
        raise DomainError("database_unreadable")
    return open_engine(folder.db, bytes(key))


def check_store_identity(folder: DataFolder, engine: Engine, key: bytearray,
                         adopt: bool) -> None:
    """PostgreSQL: the database must be the one this data folder was set up with (its id,
    sealed in the keyslot file, equals the one the database holds), else
    ``store_database_other`` before anything is read or migrated. A folder set up before the
    check holds no id: with ``adopt`` it takes the database's (another officer's copy of the
    folder made it), or makes one (trust on first use, once per folder)."""
    if not is_postgres(engine):
        return                  # SQLCipher: only this folder's key opens the file at all
    sealed = folder.keyslots.open_secret(bytes(key), STORE_ID_SECRET)
    if sealed is not None:
        with engine.connect() as conn:
            held = read_store_id(conn)
        if held != sealed.decode():
            log.warning("PostgreSQL store %s is not this data folder's database",
                        folder.store.describe() if folder.store else "?")
            raise DomainError("store_database_other")
        return
    if not adopt:
        return
    with engine.begin() as conn:    # the store's lock: two officers adopting agree on one id
        held = read_store_id(conn)
        if held is None:
            held = new_store_id()
            write_store_id(conn, held)
    if not held:
        raise DomainError("store_database_other")
    folder.keyslots.store_secret(bytes(key), STORE_ID_SECRET, held.encode())
    log.info("PostgreSQL store identity recorded in the data folder")


def _open(folder: DataFolder, key: bytearray, user_id: str | None) -> UnlockedDatabase:
    engine = _open_store(folder, key)
    pg = is_postgres(engine)
    try:
        if is_empty(engine):
            # PostgreSQL: the database was emptied or store.json names another one.
            raise DomainError("store_database_empty" if pg else "database_unreadable")
        check_store_identity(folder, engine, key, adopt=True)
        backup = migrate(engine, None if pg else folder.db, bytes(key), folder.backups)
        with engine.begin() as conn:
            if rebuild_tokens_if_stale(conn):
                log.info("search keys rebuilt for name-key rules version %s", NAME_KEY_VERSION)
        with engine.connect() as conn:
            device_id = conn.execute(DeviceState.__table__.select()).first().device_id
        index = NameIndex()
        uow = SqlUnitOfWork(engine, ChangeRecorder(device_id), index, user_id)
        with uow:
            user = uow.users.get(user_id) if user_id else None
        if user_id is not None and (user is None or not user.active):
            raise DomainError("user_inactive")
    except DatabaseError as exc:
        engine.dispose()
        error = translate(exc)
        if error is not None:  # PostgreSQL: the server went away, or the sign-in was refused
            raise error from None
        if type(exc) is not DatabaseError:  # locked, busy, full, constraint: not damage
            raise
        # A page the unlock needs fails its HMAC or is malformed: the file is damaged.
        log.warning("database damaged: %s", type(exc.orig).__name__)
        raise DomainError("database_unreadable") from None
    except BaseException:
        engine.dispose()
        raise
    placeholder = user or UserInfo("", "", "", frozenset())
    return UnlockedDatabase(folder, engine, device_id, placeholder, key, index, backup)


def _unwrap_with_password(folder: DataFolder, username: str, password: str) -> tuple[str, bytearray]:
    """The data key from ``username``'s slot; failed attempts make the next one wait longer."""
    throttle = folder.throttle
    wait = throttle.wait_seconds(username)
    if wait > 0:
        raise DomainError("unlock_wait", seconds=int(wait + 0.999))
    if not password:
        raise DomainError("password_empty")
    try:
        user_id, key = folder.keyslots.unlock_password(username, password)
    except DomainError as exc:
        if exc.code in ("wrong_password", "unknown_user"):
            delay = throttle.record_failure(username)
            # One message for both, so a guesser learns nothing about which usernames exist.
            raise DomainError("wrong_password", seconds=int(delay)) from None
        raise
    throttle.record_success(username)
    return user_id, key


def unlock_with_password(folder: DataFolder, username: str, password: str) -> UnlockedDatabase:
    """Unlock for ``username``: open, migrate if needed, and load the user."""
    user_id, key = _unwrap_with_password(folder, username, password)
    return _open_or_wipe(folder, key, user_id)


def _wipe(key: bytearray) -> None:
    for i in range(len(key)):
        key[i] = 0


def _open_or_wipe(folder: DataFolder, key: bytearray, user_id: str | None) -> UnlockedDatabase:
    try:
        return _open(folder, key, user_id)
    except BaseException:
        _wipe(key)
        raise


def verify_files(folder: DataFolder, username: str, password: str) -> VerifyReport:
    """Check the files without unlocking for use: no migration, no user lookup.

    A damaged page that an unlock would trip over is then reported by the page checks
    instead of preventing the check altogether.
    """
    _, key = _unwrap_with_password(folder, username, password)
    try:
        engine = _open_store(folder, key)
    except BaseException:
        _wipe(key)
        raise
    try:
        check_store_identity(folder, engine, key, adopt=False)
        return verify(engine, folder.path / CHECKPOINT_FILE)
    finally:
        engine.dispose()
        _wipe(key)


def unlock_with_recovery(folder: DataFolder, code: str) -> UnlockedDatabase:
    """Open with the recovery code (to reset a password); no user is logged in."""
    throttle = folder.throttle
    wait = throttle.wait_seconds("#recovery")
    if wait > 0:
        raise DomainError("unlock_wait", seconds=int(wait + 0.999))
    secret = parse_code(code)
    try:
        key = folder.keyslots.unlock_recovery(secret)
    except DomainError:
        throttle.record_failure("#recovery")
        raise
    throttle.record_success("#recovery")
    return _open_or_wipe(folder, key, None)
