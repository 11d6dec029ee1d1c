"""``storage.apply_rows.fast_insert``: rows stored as the columns' own bind processors store
them, with repeated lists of text encoded once."""
from __future__ import annotations

from datetime import datetime

import pytest

from sqlalchemy import JSON, Column, DateTime, Integer, MetaData, String, Table, create_engine, \
    select

from ppt_desk.storage.apply_rows import fast_insert

meta = MetaData()
THING = Table("thing", meta, Column("id", Integer, primary_key=True), Column("name", String),
              Column("fields", JSON), Column("at", DateTime))


def test_rows_are_stored_as_an_ordinary_insert_stores_them():
    engine = create_engine("sqlite://")
    meta.create_all(engine)
    at = datetime(2026, 12, 3, 4, 5, 6, 7)
    rows = [{"id": 1, "name": "a", "fields": ["x", "y"], "at": at},
            {"id": 2, "name": "b", "fields": ["x", "y"], "at": None},
            {"id": 3, "name": "c", "fields": [1], "at": at},
            {"id": 4, "name": "d", "fields": [True], "at": at},     # equal to [1] as a key
            {"id": 5, "name": "e", "fields": [1.0], "at": at},
            {"id": 6, "name": "f", "fields": {"k": ["x"]}, "at": at},
            {"id": 7, "name": None, "fields": None}]                 # another key set
    with engine.begin() as conn:
        fast_insert(conn, THING, rows)
        raw = conn.exec_driver_sql("SELECT id, name, fields, at FROM thing ORDER BY id").all()
        read = conn.execute(select(THING).order_by(THING.c.id)).all()
    assert [r[2] for r in raw] == ['["x", "y"]', '["x", "y"]', "[1]", "[true]", "[1.0]",
                                   '{"k": ["x"]}', None]
    assert raw[0][3] == "2026-12-03 04:05:06.000007" and raw[1][3] is None
    assert [tuple(r) for r in read] == [
        (1, "a", ["x", "y"], at), (2, "b", ["x", "y"], None), (3, "c", [1], at),
        (4, "d", [True], at), (5, "e", [1.0], at), (6, "f", {"k": ["x"]}, at),
        (7, None, None, None)]


def test_postgresql_takes_fast_inserts_rows_through_copy_with_the_same_columns():
    from ppt_desk.storage.write_behind import copy_statement

    assert copy_statement('INSERT INTO "audit_entry" ("seq", "hash") VALUES (%s, %s)') == \
        'COPY "audit_entry" ("seq", "hash") FROM STDIN'
    with pytest.raises(ValueError):
        copy_statement('UPDATE "audit_entry" SET "hash" = %s')
