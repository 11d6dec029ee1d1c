"""Canonical JSON, and the digest of a tracked row that binds its contents into the audit chain.

``row_digest`` is the SHA-256 of the canonical JSON of a full row (every column, ``version``
too) in the form SQLite stores it: datetimes as SQLAlchemy writes them
(``2026-01-02 03:04:05.000000``, no zone), dates as ``2026-01-02``, booleans as 0/1, numbers
given for text as text, JSON as its parsed value. The writer digests the values it writes
(``row_digest``); ``verify`` digests the raw values it reads (``stored_row_digest``), without
parsing dates, so what the database holds is compared as it is, and a value that cannot be
parsed is a difference rather than a crash. NULL columns (and JSON ``null``) are left out, so a
column added later as NULL leaves the digests of older rows as they were.
"""
from __future__ import annotations

import hashlib
import json
import weakref
from datetime import date, datetime
from typing import Any, Callable, Mapping, Sequence

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, String, Table

from .schema import Base, Tracked

GONE = "gone"  # the row_digest of a delete entry: the row no longer exists


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=_jsonable).encode("utf-8")


def _datetime(value: Any) -> Any:
    if isinstance(value, datetime):  # the zone is dropped, as SQLAlchemy's SQLite DATETIME does
        return (f"{value.year:04d}-{value.month:02d}-{value.day:02d} {value.hour:02d}:"
                f"{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}")
    if isinstance(value, date):
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d} 00:00:00.000000"
    return value


def _date(value: Any) -> Any:
    if isinstance(value, date):  # a datetime too: SQLite's DATE keeps the day
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    return value


def _integer(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str):  # integer affinity stores "90" as 90
        try:
            return int(value)
        except ValueError:
            return value
    return value


def _text(value: Any) -> Any:
    if isinstance(value, bool):  # text affinity stores True (1) as "1"
        return str(int(value))
    return str(value) if isinstance(value, (int, float)) else value


def _stored_json(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:  # not JSON (written with SQL): differs from any digest the app made
        return {"not_json": value}


def _identity(value: Any) -> Any:
    return value


def _normaliser(column_type: Any, stored: bool) -> Callable[[Any], Any]:
    for kind, fn in ((DateTime, _datetime), (Date, _date), (Boolean, _integer),
                     (Integer, _integer), (String, _text)):
        if isinstance(column_type, kind):
            return fn
    if isinstance(column_type, JSON):
        return _stored_json if stored else _identity
    return _jsonable  # bytes as hex


_Normalisers = tuple[tuple[str, Callable[[Any], Any]], ...]
# Per table and form (reflected tables of migrations too, hence weak keys).
_CACHE: "weakref.WeakKeyDictionary[Table, dict[bool, _Normalisers]]" = (
    weakref.WeakKeyDictionary())


def _normalisers(table: Table, stored: bool) -> _Normalisers:
    forms = _CACHE.setdefault(table, {})
    if stored not in forms:
        forms[stored] = tuple((c.key, _normaliser(c.type, stored)) for c in table.columns)
    return forms[stored]


def tracked_tables() -> dict[str, Table]:
    """Every table whose rows are tracked (their class derives from ``Tracked``), by name."""
    return {m.local_table.name: m.local_table for m in Base.registry.mappers
            if issubclass(m.class_, Tracked)}


def _digest(pairs: Any) -> str:
    body = {}
    for key, value in pairs:
        if value is not None:
            body[key] = value
    return hashlib.sha256(canonical(body)).hexdigest()


def row_digest(table: Table | str, row: Mapping[str, Any]) -> str:
    """The digest of a full row as the app writes it: ``row`` maps every column key of
    ``table`` (a table or a tracked table's name) to the value given to the INSERT or
    UPDATE, ``version`` included. A missing column is a ``KeyError``."""
    if isinstance(table, str):
        table = tracked_tables()[table]
    return _digest((key, None if row[key] is None else fn(row[key]))
                   for key, fn in _normalisers(table, False))


def stored_row_digest(table: Table, values: Sequence[Any]) -> str:
    """The digest of a row as SQLite holds it: ``values`` are the raw column values in the
    order of ``table.columns`` (no type processing)."""
    return _digest((key, None if value is None else fn(value))
                   for (key, fn), value in zip(_normalisers(table, True), values, strict=True))
