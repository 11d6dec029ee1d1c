"""Canonical JSON, and the digest of a tracked row that binds its contents into the audit chain.

``row_digest`` is the SHA-256 of the canonical JSON of a full row (every column, ``version``
too) in the form SQLite stores it: datetimes as SQLAlchemy writes them
(``2026-01-02 03:04:05.000000``, no zone), dates as ``2026-01-02``, booleans as 0/1, numbers
given for text as text (column affinity), JSON as its parsed value. The writer converts the
values it writes (``row_digest``); ``verify`` takes the raw values it reads as they are and
parses only JSON (``stored_row_digest``): what the database holds is compared as it is, fast,
and a value that could not be parsed is a difference rather than a crash. NULL columns (and
JSON ``null``) are left out, so a column added later as NULL leaves older digests as they were.
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


_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                              default=_jsonable)   # made once: json.dumps makes one per call


def canonical(obj: Any) -> bytes:
    return _CANONICAL.encode(obj).encode("utf-8")


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


def _normaliser(column_type: Any) -> Callable[[Any], Any]:
    """Python value as written -> the value SQLite stores (JSON: the value itself)."""
    for kind, fn in ((DateTime, _datetime), (Date, _date), (Boolean, _integer),
                     (Integer, _integer), (String, _text)):
        if isinstance(column_type, kind):
            return fn
    return _identity  # JSON; bytes (canonical() writes them as hex)


# Per table (reflected tables of migrations too, hence weak keys): (column keys, normalisers,
# keys of the JSON columns).
_CACHE: "weakref.WeakKeyDictionary[Table, tuple[tuple[str, ...], tuple[Any, ...], tuple[str, ...]]]" = (
    weakref.WeakKeyDictionary())


def _shape(table: Table) -> tuple[tuple[str, ...], tuple[Any, ...], tuple[str, ...]]:
    shape = _CACHE.get(table)
    if shape is None:
        shape = (tuple(c.key for c in table.columns),
                 tuple(_normaliser(c.type) for c in table.columns),
                 tuple(c.key for c in table.columns if isinstance(c.type, JSON)))
        _CACHE[table] = shape
    return shape


def tracked_tables() -> dict[str, Table]:
    """Every table whose rows are tracked (their class derives from ``Tracked``), by name."""
    return {m.local_table.name: m.local_table for m in Base.registry.mappers
            if issubclass(m.class_, Tracked)}


def row_digest(table: Table | str, row: Mapping[str, Any]) -> str:
    """The digest of a full row as the app writes it: ``row`` maps every column key of
    ``table`` (a table or a tracked table's name) to the value given to the INSERT or
    UPDATE, ``version`` included. A missing column is a ``KeyError``."""
    if isinstance(table, str):
        table = tracked_tables()[table]
    keys, normalisers, _ = _shape(table)
    body = {}
    for key, normal in zip(keys, normalisers):
        value = row[key]
        if value is None:
            continue
        # text stays text, except where integer affinity makes a number of it
        body[key] = value if type(value) is str and normal is not _integer else normal(value)
    return hashlib.sha256(canonical(body)).hexdigest()


def stored_row_digest(table: Table, values: Sequence[Any]) -> str:
    """The digest of a row as SQLite holds it: ``values`` are the raw column values in the
    order of ``table.columns`` (no type processing: only JSON text is parsed)."""
    keys, _, json_keys = _shape(table)
    if len(values) != len(keys):
        raise ValueError("one value per column")
    body = {key: value for key, value in zip(keys, values) if value is not None}
    for key in json_keys:
        if key in body:
            value = _stored_json(body[key])
            if value is None:  # JSON null: as NULL
                del body[key]
            else:
                body[key] = value
    return hashlib.sha256(canonical(body)).hexdigest()
