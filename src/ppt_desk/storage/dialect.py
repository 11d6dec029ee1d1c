"""The few places where SQLite (SQLCipher) and PostgreSQL need different SQL.

Core code that must run on both stores calls these instead of writing a PRAGMA:

- ``defer_foreign_keys(conn)``: foreign keys are checked at commit for the rest of the
  transaction (SQLite ``PRAGMA defer_foreign_keys``; PostgreSQL ``SET CONSTRAINTS ALL DEFERRED``,
  which needs every foreign key DEFERRABLE: ``make_foreign_keys_deferrable`` runs after each
  migration on PostgreSQL, so the shared migrations need no PostgreSQL-only step).
- ``foreign_key_problems(conn, table)``: does a table hold a row whose foreign key points
  nowhere (SQLite ``PRAGMA foreign_key_check``; PostgreSQL one NOT EXISTS query per key).
- ``statement_savepoint(conn)``: a failing statement aborts a PostgreSQL transaction, not a
  SQLite one; code that catches an IntegrityError and goes on wraps the statement in this.
- ``list_tables(conn)``, ``is_postgres(bind)``.
"""
from __future__ import annotations

import contextlib
from typing import Iterable, Iterator

from sqlalchemy import (
    JSON, Boolean, Connection, Date, DateTime, Engine, Integer, String, Text, text,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal

from .schema import Base

POSTGRESQL = "postgresql"


def is_postgres(bind: Connection | Engine) -> bool:
    return bind.dialect.name == POSTGRESQL


def defer_foreign_keys(conn: Connection) -> None:
    """Check foreign keys at commit for the rest of this transaction."""
    if is_postgres(conn):
        conn.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
    else:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")


def foreign_key_problems(conn: Connection, table_name: str,
                         ids: Iterable[str] | None = None) -> bool:
    """True when a row of ``table_name`` references a row that does not exist; with ``ids``,
    only those rows are looked at (an import: the rows it wrote, by their primary key index,
    rather than the whole table, which grows with the store)."""
    if ids is None and not is_postgres(conn):
        quoted = table_name.replace('"', '""')
        return conn.execute(text(f'PRAGMA foreign_key_check("{quoted}")')).first() is not None
    table = Base.metadata.tables[table_name]
    quote = conn.dialect.identifier_preparer.quote
    chunks = [None] if ids is None else _chunked(sorted(ids), 500)
    for fk in table.foreign_key_constraints:
        local = [quote(c.name) for c in fk.columns]
        remote = [quote(e.column.name) for e in fk.elements]
        target = quote(fk.elements[0].column.table.name)
        present = " AND ".join(f"t.{c} IS NOT NULL" for c in local)
        joined = " AND ".join(f"r.{r} = t.{c}" for c, r in zip(local, remote))
        for chunk in chunks:
            only = ""
            if chunk is not None:
                marks = ", ".join(_MARKS[conn.dialect.paramstyle] for _ in chunk)
                only = f"t.{quote('id')} IN ({marks}) AND "
            sql = (f"SELECT 1 FROM {quote(table_name)} t WHERE {only}{present} AND NOT EXISTS "
                   f"(SELECT 1 FROM {target} r WHERE {joined}) LIMIT 1")
            found = conn.exec_driver_sql(sql, tuple(chunk)) if chunk is not None else \
                conn.exec_driver_sql(sql)
            if found.first() is not None:
                return True
    return False


_MARKS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def _chunked(items: list[str], size: int) -> list[list[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


@contextlib.contextmanager
def statement_savepoint(conn: Connection) -> Iterator[None]:
    """On PostgreSQL a SAVEPOINT around the block, so that its failure leaves the
    transaction usable (as a failed statement does on SQLite); nothing on SQLite."""
    if is_postgres(conn):
        with conn.begin_nested():
            yield
    else:
        yield


# PostgreSQL: a column read in the form SQLite stores it (what ``digests.stored_row_digest``
# expects): datetimes as SQLAlchemy writes them on SQLite, dates, booleans as 0/1, JSON as text.
_STORED_FORMS = ((DateTime, "to_char({}, 'YYYY-MM-DD HH24:MI:SS.US')"),
                 (Date, "to_char({}, 'YYYY-MM-DD')"), (Boolean, "{}::int"), (JSON, "{}::text"))


def stored_form(conn: Connection, column, prefix: str = "") -> str:
    """SQL selecting ``column`` (of a declared or reflected table) as SQLite holds it."""
    name = prefix + conn.dialect.identifier_preparer.quote(column.name)
    if is_postgres(conn):
        for kind, form in _STORED_FORMS:
            if isinstance(column.type, kind):
                return form.format(name)
    return name


def list_tables(conn: Connection) -> list[str]:
    """The store's tables (not SQLite's own), sorted."""
    if is_postgres(conn):
        sql = ("SELECT table_name FROM information_schema.tables"
               " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")
    else:
        sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    return sorted(conn.exec_driver_sql(sql).scalars())


def make_foreign_keys_deferrable(conn: Connection) -> int:
    """PostgreSQL: mark every foreign key of the store DEFERRABLE INITIALLY IMMEDIATE (checked
    per statement unless a transaction defers them). Idempotent; returns how many changed."""
    if not is_postgres(conn):
        return 0
    rows = conn.exec_driver_sql(
        "SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c"
        " JOIN pg_namespace n ON n.oid = c.connamespace"
        " WHERE c.contype = 'f' AND NOT c.condeferrable AND n.nspname = current_schema()"
        " ORDER BY 1, 2").all()
    quote = conn.dialect.identifier_preparer.quote
    for table, name in rows:
        conn.exec_driver_sql(f"ALTER TABLE {table} ALTER CONSTRAINT {quote(name)}"
                             " DEFERRABLE INITIALLY IMMEDIATE")
    return len(rows)


# -- column types on PostgreSQL ------------------------------------------------------------------
# The store must behave the same on both engines; SQLite's types are what the code was written
# and tested against. So on PostgreSQL an ``Integer`` is 64-bit (SQLite's INTEGER is: the hybrid
# clock's wall milliseconds need it), and text compares and sorts by code point (SQLite's BINARY
# collation; ``COLLATE "C"``), whatever the server's locale. Declared string lengths are not
# enforced, as SQLite does not enforce them: a province on PostgreSQL must take every row a PPT's
# SQLite store holds (a bundle refused for one long guardian's name would hold back the rest).
@compiles(Integer, POSTGRESQL)
def _integer_as_bigint(element, compiler, **kw):
    if kw.get("type_expression") is not None:   # a column in CREATE TABLE / ADD COLUMN
        return "BIGINT"
    return compiler.visit_integer(element, **kw)


class _UncastInteger(Integer):
    """An integer parameter sent without ``::INTEGER`` (psycopg types it by its size): a
    BIGINT column's value beyond 32 bits must not pass through a 32-bit cast."""

    render_bind_cast = False


def uncast_integers(dialect) -> None:
    """Used by ``postgres.open_pg_engine`` on its engine's dialect (see ``_UncastInteger``)."""
    dialect.colspecs = {**dialect.colspecs, Integer: _UncastInteger}


def _column_text(visit: str):
    def render(element, compiler, **kw):
        if getattr(element, "collation", None) or kw.get("type_expression") is None:
            return getattr(compiler, visit)(element, **kw)   # a CAST, or a collation declared
        return f'{"TEXT" if visit == "visit_text" else "VARCHAR"} COLLATE "C"'   # no length
    return render


compiles(String, POSTGRESQL)(_column_text("visit_string"))
compiles(Text, POSTGRESQL)(_column_text("visit_text"))


# -- planner hints -------------------------------------------------------------------------------
class NoIndex(ColumnElement):
    """``+column`` on SQLite (its planner then does not use the column's index: the query
    walks the index the code chose); the column itself elsewhere (PostgreSQL plans by cost)."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column) -> None:
        self.column = column
        self.type = column.type


@compiles(NoIndex)
def _no_index_default(element, compiler, **kw):
    return compiler.process(element.column, **kw)


@compiles(NoIndex, "sqlite")
def _no_index_sqlite(element, compiler, **kw):
    return "+" + compiler.process(element.column, **kw)


class SortTerm(ColumnElement):
    """``column ASC|DESC`` with NULLs where SQLite puts them: first when ascending, last when
    descending (PostgreSQL's default is the other way round; there it is said explicitly)."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement),
                           ("descending", InternalTraversal.dp_boolean)]

    def __init__(self, column, descending: bool) -> None:
        self.column = column
        self.descending = descending
        self.type = column.type


@compiles(SortTerm)
def _sort_term_default(element, compiler, **kw):
    way = "DESC NULLS LAST" if element.descending else "ASC NULLS FIRST"
    return f"{compiler.process(element.column, **kw)} {way}"


@compiles(SortTerm, "sqlite")
def _sort_term_sqlite(element, compiler, **kw):
    return f"{compiler.process(element.column, **kw)} {'DESC' if element.descending else 'ASC'}"
