"""Opening the office's PostgreSQL store (secretariat mode; docs/postgresql.md).

psycopg 3 through SQLAlchemy (``postgresql+psycopg``) with a small pool: a secretariat
workstation runs one worker thread, so a few connections are plenty; connections are checked
before use (a server restarted overnight) and recycled every half hour.

The code was written for SQLite's ``BEGIN IMMEDIATE``: one writing transaction at a time, and
a transaction that read the device's counters may write them back. On PostgreSQL several
workstations share one store, so every transaction first takes one transaction-scoped
advisory lock (``pg_advisory_xact_lock``): the same one-at-a-time order across all officers.
Sessions run in UTC, so naive UTC datetimes are stored as they are (as on SQLite).

Connection failures become ``DomainError("database_unreachable")``, a server certificate that
does not check out ``DomainError("database_tls_failed")`` and a refused sign-in
``DomainError("database_login_failed")`` (no server message is shown or logged: it may name
the role or the host).
"""
from __future__ import annotations

import logging

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from ..domain.errors import DomainError
from .dialect import uncast_integers
from .store_config import PgSettings

log = logging.getLogger(__name__)

# Any constant: the lock every ppt-desk transaction on a store takes first (per database).
STORE_LOCK = 0x70707464   # "pptd"
CONNECT_TIMEOUT_S = 10
LOCK_TIMEOUT_MS = 30_000
POOL_SIZE = 3
MAX_OVERFLOW = 2

# SQLSTATE classes and codes: 08 connection exception; 57P01-57P03 the server is shutting down
# or cannot connect now; 28 invalid authorisation (wrong password, no pg_hba.conf entry).
_UNREACHABLE_CLASSES = ("08",)
_UNREACHABLE_CODES = {"57P01", "57P02", "57P03"}
_LOGIN_CODES = {"28000", "28P01"}
_LOCK_TIMEOUT = "55P03"


def connect_args(settings: PgSettings, password: str) -> dict[str, object]:
    args: dict[str, object] = {
        "host": settings.host, "port": settings.port, "dbname": settings.dbname,
        "user": settings.user, "password": password, "sslmode": settings.sslmode,
        "connect_timeout": CONNECT_TIMEOUT_S, "application_name": "ppt-desk",
        "options": f"-c timezone=UTC -c lock_timeout={LOCK_TIMEOUT_MS}",
    }
    if settings.sslrootcert:
        args["sslrootcert"] = settings.sslrootcert
    return args


def _sqlstate(exc: BaseException) -> str:
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlstate", None) or ""


def _login_refused(exc: BaseException) -> bool:
    if _sqlstate(exc) in _LOGIN_CODES:
        return True
    # psycopg reports a refused sign-in before a session exists; the text is libpq's.
    message = str(getattr(exc, "orig", exc))
    return ("password authentication failed" in message or "no pg_hba.conf entry" in message
            or "no password supplied" in message)


def is_unreachable(exc: BaseException) -> bool:
    """True for a PostgreSQL error that means the server (or the way to it) went away."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    orig = getattr(exc, "orig", exc)
    module = type(orig).__module__ or ""
    if not module.startswith("psycopg"):
        return False
    state = _sqlstate(exc)
    if state[:2] in _UNREACHABLE_CLASSES or state in _UNREACHABLE_CODES:
        return True
    import psycopg

    return isinstance(orig, psycopg.OperationalError) and not state


def translate(exc: BaseException) -> DomainError | None:
    """The DomainError a PostgreSQL failure means for the user, or None if it is no such one."""
    orig = getattr(exc, "orig", exc)
    if not (type(orig).__module__ or "").startswith("psycopg"):
        return None
    if _login_refused(exc):
        return DomainError("database_login_failed")
    if _sqlstate(exc) == _LOCK_TIMEOUT:
        return DomainError("database_busy")
    if is_unreachable(exc):
        return DomainError("database_unreachable")
    return None


def _tls_refused(exc: BaseException) -> bool:
    """libpq could not check the server's certificate (wrong CA, another host name, no CA
    file): asked only while connecting (a lost TLS connection later is not this)."""
    message = str(getattr(exc, "orig", exc))
    return any(words in message for words in (
        "certificate", "SSL error", "does not support SSL"))


def open_pg_engine(settings: PgSettings, password: str) -> Engine:
    """An engine on the office's database; connects once now so that a wrong password or an
    unreachable server is reported at unlock, not at the first page."""
    engine = create_engine(
        URL.create("postgresql+psycopg"),
        connect_args=connect_args(settings, password),
        pool_size=POOL_SIZE, max_overflow=MAX_OVERFLOW, pool_pre_ping=True,
        pool_recycle=1800, pool_timeout=CONNECT_TIMEOUT_S, hide_parameters=True,
    )

    uncast_integers(engine.dialect)

    @event.listens_for(engine, "begin")
    def _begin(conn):  # one ppt-desk transaction at a time on this store (as BEGIN IMMEDIATE)
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({STORE_LOCK})")

    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except DBAPIError as exc:
        engine.dispose()
        error = DomainError("database_tls_failed") if _tls_refused(exc) else translate(exc)
        log.warning("PostgreSQL store %s not opened: %s", settings.describe(),
                    error.code if error else type(exc.orig).__name__)
        if error is None:
            raise
        raise error from None
    return engine


# -- which database this is (the data folder's check at unlock) ------------------------------------
# A random id made at setup, kept in the database (``device_setting``, never synced) and sealed
# with the data key in the folder's keyslot file (``KeyslotFile.store_secret``). ``store.json``
# says only where to connect: edited to name another office's database, or pointed at a
# database put back from another office's backup, the role's password may still sign in, and
# that database would be read and signed for with this folder's keys. The two ids must match.
STORE_ID_SECRET = "store_id"
STORE_ID_KEY = "store_identity"


def new_store_id() -> str:
    import secrets

    return secrets.token_hex(16)


def read_store_id(conn) -> str | None:
    """The id the database holds, or None (a store set up before the check)."""
    from .dialect import list_tables
    from .schema import DeviceSetting

    if DeviceSetting.__tablename__ not in list_tables(conn):
        return None
    value = conn.execute(DeviceSetting.__table__.select()
                         .where(DeviceSetting.key == STORE_ID_KEY)).first()
    if value is None:
        return None
    found = value.value.get("id") if isinstance(value.value, dict) else None
    return found if isinstance(found, str) and found else ""


def write_store_id(conn, store_id: str) -> None:
    from .schema import DeviceSetting

    conn.execute(DeviceSetting.__table__.insert().values(key=STORE_ID_KEY,
                                                         value={"id": store_id}))
