"""An import's INSERTs on a second thread while the import goes on (``apply.py``).

An import spends about a quarter of its time inside the driver's ``executemany``, which runs
without the GIL; the rest is Python work on the next events. ``WriteBehind`` hands each batch
of INSERTs to one worker thread on the same DB-API connection and returns at once. Every other
statement on the connection (SQLAlchemy's ``before_cursor_execute``) first waits until the
queued INSERTs are done, so a read sees every row written before it and two statements never
run at once. The caller must ``close()`` it (also on failure) before the transaction ends.

On PostgreSQL the rows go in with ``COPY … FROM STDIN`` rather than an ``executemany`` of
INSERTs: the same rows and constraints (deferred foreign keys are still checked at commit), a
fraction of the client's and the server's work per row (``make bench``, secretariat import).

While the worker runs, the interpreter hands the GIL over every 0.1 ms instead of every 5 ms
(``sys.setswitchinterval``; restored by ``close``): the driver takes the GIL back for each
row it binds, and with the default interval the worker got it only every few milliseconds
while the import thread ran Python, so the INSERTs trailed and the import waited for them at
its next read (``make bench``, secretariat import: 4 bundles 18.7 s -> 10.1 s at the same
CPU time).

An INSERT that breaks a constraint makes the bundle malformed: it is kept as ``failed``
("table:IntegrityError") and the INSERTs after it are dropped (the caller rolls back). Any
other database error (a full disk, a server gone) is raised, as SQLAlchemy raises it, by the
next statement or ``wait()``.
"""
from __future__ import annotations

import queue
import sys
import threading
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import DBAPIError

from .dialect import is_postgres

_QUEUED = 8   # batches waiting at most: bounds the memory they hold
SWITCH_INTERVAL_S = 0.0001   # while a worker runs (module doc)
_switch_lock = threading.Lock()
_workers = 0
_saved_interval = 0.0


def _worker_started() -> None:
    global _workers, _saved_interval
    with _switch_lock:
        if _workers == 0:
            _saved_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(_saved_interval, SWITCH_INTERVAL_S))
        _workers += 1


def _worker_stopped() -> None:
    global _workers
    with _switch_lock:
        _workers -= 1
        if _workers == 0:
            sys.setswitchinterval(_saved_interval)


class WriteBehind:
    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self._raw = conn.connection.dbapi_connection
        self._dbapi = conn.dialect.loaded_dbapi
        self._postgres = is_postgres(conn)
        self._jobs: queue.Queue[tuple[str, str, list] | None] = queue.Queue(maxsize=_QUEUED)
        self.failed: str | None = None
        self._error: BaseException | None = None
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="import-inserts", daemon=True)
        _worker_started()
        self._thread.start()
        event.listen(conn, "before_cursor_execute", self._before)

    def submit(self, label: str, sql: str, rows: list) -> None:
        """Queue ``executemany(sql, rows)``; ``label`` names the table in ``failed``."""
        if self._stopped:
            raise RuntimeError("write-behind closed")
        if self.failed is None and self._error is None:
            self._jobs.put((label, sql, rows))

    def wait(self) -> None:
        """Block until every queued INSERT ran; raise a database error one of them met."""
        self._jobs.join()
        error, self._error = self._error, None
        if error is not None:
            self.failed = self.failed or "database_error"   # nothing more is written
            raise error

    def close(self) -> None:
        """Stop the worker (after the queued INSERTs) and detach from the connection."""
        if self._stopped:
            return
        self._stopped = True
        self._jobs.put(None)
        self._thread.join()
        _worker_stopped()
        event.remove(self.conn, "before_cursor_execute", self._before)

    # -- the worker ----------------------------------------------------------------------------
    def _before(self, *_args: Any) -> None:
        self.wait()

    def _run(self) -> None:
        cursor = self._raw.cursor()
        try:
            while True:
                job = self._jobs.get()
                try:
                    if job is None:
                        return
                    if self.failed is None and self._error is None:
                        self._execute(cursor, *job)
                finally:
                    self._jobs.task_done()
        finally:
            cursor.close()

    def _execute(self, cursor: Any, label: str, sql: str, rows: list) -> None:
        # On PostgreSQL a failed statement aborts the whole transaction: a savepoint keeps it
        # usable for the statements that follow (the caller still rolls back at the end).
        savepoint = self._postgres
        try:
            if savepoint:
                cursor.execute("SAVEPOINT write_behind")
                with cursor.copy(copy_statement(sql)) as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                cursor.executemany(sql, rows)
            if savepoint:
                cursor.execute("RELEASE SAVEPOINT write_behind")
        except self._dbapi.IntegrityError as exc:
            self.failed = f"{label}:{type(exc).__name__}"
            if savepoint:
                cursor.execute("ROLLBACK TO SAVEPOINT write_behind")
        except self._dbapi.Error as exc:
            self._error = DBAPIError.instance(sql, None, exc, self._dbapi.Error,
                                              hide_parameters=True)
        except BaseException as exc:  # noqa: BLE001 - handed to the importing thread
            self._error = exc


def copy_statement(insert_sql: str) -> str:
    """``COPY "t" ("a", "b") FROM STDIN`` for ``fast_insert``'s
    ``INSERT INTO "t" ("a", "b") VALUES (%s, %s)``."""
    head, sep, _ = insert_sql.partition(" VALUES ")
    if not sep or not head.startswith("INSERT INTO "):
        raise ValueError("not an INSERT of fast_insert's form")
    return "COPY " + head[len("INSERT INTO "):] + " FROM STDIN"
