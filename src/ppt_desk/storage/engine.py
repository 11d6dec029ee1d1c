"""Opening the SQLCipher database: raw-key mode, PRAGMAs set and asserted.

One long-lived connection per unlocked session (``StaticPool``). All database
work runs on one worker thread (the GUI's task runner), so the connection is
never used by two threads at once; ``check_same_thread`` is off only because
that thread is not the one that opened it.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from ..domain.errors import DomainError

log = logging.getLogger(__name__)

# Page cache: a 100k-case register is ~60 MB of pages; scans decrypt every page,
# so keeping them cached is what makes the case list fast (stack-notes: 165 -> 20 ms).
CACHE_KIB = 64 * 1024
# While a bundle is written or applied: its pages are read or written once, not again.
STREAMING_CACHE_KIB = 16 * 1024
# ... except the indexes an import inserts into, at random places: those pages are written
# again and again. An import's cache is a quarter of the store, between the two figures
# (``import_page_cache``).
IMPORT_CACHE_MAX_KIB = 256 * 1024

REQUIRED_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,      # FULL
    "temp_store": 2,       # MEMORY: no plaintext temp files
    "foreign_keys": 1,
}


def _apply_key(conn: sqlcipher3.Connection, key: bytes) -> None:
    if len(key) != 32:
        raise ValueError("data key must be 32 bytes")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")


def configure(conn: sqlcipher3.Connection) -> None:
    """Set and assert the PRAGMAs every connection must have."""
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    got = {
        "journal_mode": mode,
        "synchronous": conn.execute("PRAGMA synchronous").fetchone()[0],
        "temp_store": conn.execute("PRAGMA temp_store").fetchone()[0],
        "foreign_keys": conn.execute("PRAGMA foreign_keys").fetchone()[0],
    }
    if got != REQUIRED_PRAGMAS:
        raise RuntimeError(f"database settings not applied: {got}")


def connect(path: Path, key: bytes) -> sqlcipher3.Connection:
    """Open ``path`` with ``key``; raise DomainError when it cannot be read with it."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        if not conn.execute("PRAGMA cipher_version").fetchone():
            raise RuntimeError("the SQLite library has no SQLCipher codec")
        _apply_key(conn, key)
        # A wrong key is noticed only at the first read.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        configure(conn)
    except sqlcipher3.OperationalError as exc:
        conn.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise DomainError("database_busy") from None
        log.warning("database could not be opened: %s", type(exc).__name__)
        raise DomainError("database_unreadable") from None
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        log.warning("database could not be opened: %s", type(exc).__name__)
        raise DomainError("database_unreadable") from None
    except BaseException:
        conn.close()
        raise
    return conn


def open_engine(path: Path, key: bytes) -> Engine:
    raw = connect(path, key)
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: raw,
        module=sqlcipher3.dbapi2,
        poolclass=StaticPool,
        hide_parameters=True,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn):  # pysqlite's own transaction handling is off: start it here
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


@contextmanager
def streaming_page_cache(conn: Any) -> Iterator[None]:
    """A smaller SQLite page cache while a bundle's events stream out of the store: those
    pages are not read again, and 64 MiB of them is memory the work does not need (``make
    bench``: RSS growth at 10,000 cases 105 -> ~50 MB, time unchanged). Restored after;
    nothing on PostgreSQL."""
    with _page_cache(conn, lambda: STREAMING_CACHE_KIB):
        yield


def import_cache_kib(store_kib: int) -> int:
    """An import's page cache for a store of ``store_kib``: a quarter of it, at least the
    streaming cache and at most ``IMPORT_CACHE_MAX_KIB``. A PPT's store stays near the
    streaming figure; a secretariat's, which grows by a whole province, keeps the pages of the
    indexes every bundle inserts into at random places (without them each insert reads and
    decrypts an index page, then encrypts and writes it back: ``make bench``, secretariat)."""
    return max(STREAMING_CACHE_KIB, min(IMPORT_CACHE_MAX_KIB, store_kib // 4))


@contextmanager
def import_page_cache(conn: Any) -> Iterator[None]:
    """The page cache while a bundle is applied (``import_cache_kib`` of the store's size);
    restored after; nothing on PostgreSQL."""
    def size() -> int:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        page_size = conn.exec_driver_sql("PRAGMA page_size").scalar()
        return import_cache_kib(int(pages) * int(page_size) // 1024)
    with _page_cache(conn, size):
        yield


@contextmanager
def _page_cache(conn: Any, kib: Callable[[], int]) -> Iterator[None]:
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{kib()}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")
