"""Bulk writing of new cases (demo data, later bundle import) through the one recording mechanism.

The ORM path (``SqlCaseRepository.add``) costs ~1 ms per case; this writer takes
prepared ``person`` and ``case_file`` column dicts and writes them with Core
``executemany``, together with their derived rows (``case_modus``, ``search_token``),
one outbox event and one audit chain entry per row (built by the same
``ChangeRecorder.build`` the ORM hook uses, with the digest of each full row as
inserted) and the new device head, all in one transaction per batch. A failed
batch leaves nothing behind.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Iterator

from sqlalchemy import Engine, Table, insert, select, update

from ..domain.ids import Hlc
from .changes import Change, ChangeRecorder, _Head, _jsonable, row_digest
from .schema import (
    AuditEntry, Case, CaseModus, CaseSummary, DeviceState, OutboxEvent, Person, SearchToken,
)
from .search import NameIndex, tokens_for

# Changes per ``ChangeRecorder.build`` call. Each call reads the wall clock once and the
# hybrid clock counts up within one millisecond; the encoded counter has 5 digits, so
# keep it far below 100,000 however fast a machine builds the rows.
_RECORD_CHUNK = 2_000


def _table(row_class: type) -> Table:
    return row_class.__table__  # type: ignore[attr-defined]


@lru_cache(maxsize=None)
def _tracked_columns(row_class: type) -> tuple[str, ...]:
    return tuple(c.key for c in _table(row_class).columns if c.key != "version")


@lru_cache(maxsize=None)
def _scalar_defaults(row_class: type) -> dict[str, Any]:
    """Column defaults of ``row_class`` (plain values; callables such as ``list`` called)."""
    out: dict[str, Any] = {}
    for column in _table(row_class).columns:
        default = column.default
        if default is None or column.key == "version":
            continue
        value = default.arg
        out[column.key] = value(None) if callable(value) else value
    return out


@dataclass(frozen=True)
class NewCase:
    """One case to write: complete column values except ``version``.

    ``person`` and ``case`` are what ``repositories.person_fields``/``case_fields``
    return plus ids, numbers and derived values; missing columns take the column
    default (as an ORM insert would).
    """

    person: dict[str, Any]
    case: dict[str, Any]
    # Further tracked rows of the case (CaseRecord, StageChange), written after it.
    extra: tuple[tuple[type, dict[str, Any]], ...] = ()
    # The derived CaseSummary row (untracked), when the caller computed it.
    summary: dict[str, Any] | None = None


class BulkCaseWriter:
    """Writes many new cases; every person and case row gets its outbox event and audit entry."""

    def __init__(self, engine: Engine, recorder: ChangeRecorder, author_id: str | None,
                 index: NameIndex | None = None) -> None:
        self.engine = engine
        self.recorder = recorder
        self.author_id = author_id
        self.index = index
        self._person_cols = _tracked_columns(Person)
        self._case_cols = _tracked_columns(Case)
        self._person_defaults = _scalar_defaults(Person)
        self._case_defaults = _scalar_defaults(Case)

    def _complete(self, row: dict[str, Any], columns: tuple[str, ...],
                  defaults: dict[str, Any]) -> dict[str, Any]:
        full = {}
        for key in columns:
            if key in row:
                full[key] = row[key]
            elif key in defaults:
                value = defaults[key]
                full[key] = list(value) if isinstance(value, list) else value
            else:
                full[key] = None
        unknown = set(row) - set(columns) - {"version"}
        if unknown:
            raise ValueError(f"unknown columns: {sorted(unknown)}")
        return full

    def write(self, cases: Iterable[NewCase], batch_size: int = 5_000) -> int:
        """Write ``cases`` in transactions of ``batch_size`` cases; returns how many."""
        total = 0
        for batch in _batches(cases, batch_size):
            self._write_batch(batch)
            total += len(batch)
        return total

    def _write_batch(self, batch: list[NewCase]) -> None:
        persons: list[dict[str, Any]] = []
        case_rows: list[dict[str, Any]] = []
        modus_rows: list[dict[str, Any]] = []
        token_rows: list[dict[str, Any]] = []
        changes: list[Change] = []
        extra_rows: dict[type, list[dict[str, Any]]] = {}
        summaries: list[dict[str, Any]] = []
        names: set[str] = set()
        for item in batch:
            person = self._complete(item.person, self._person_cols, self._person_defaults)
            case = self._complete({"owner_device_id": self.recorder.device_id, **item.case},
                                  self._case_cols, self._case_defaults)
            if case["person_id"] != person["id"]:
                raise ValueError("case.person_id must be the person's id")
            persons.append({**person, "version": 1})
            case_rows.append({**case, "version": 1})
            # Same shape as changes.collect_changes: all columns but version, base version 0,
            # and the digest of the full row as inserted.
            changes.append(Change("person", str(person["id"]), "create",
                                  {k: _jsonable(v) for k, v in person.items()}, 0, None,
                                  row_digest(_table(Person), persons[-1])))
            changes.append(Change("case_file", str(case["id"]), "create",
                                  {k: _jsonable(v) for k, v in case.items()}, 0, str(case["id"]),
                                  row_digest(_table(Case), case_rows[-1])))
            modus_rows.extend({"case_id": case["id"], "code": code} for code in set(case["modus"] or ()))
            tokens = tokens_for(person["full_name"], person["aliases"] or (), person["nik"] or "",
                                case["case_number"],
                                [doc["number"] for doc in person["documents"] or ()])
            token_rows.extend({"token": t, "case_id": case["id"]} for t in tokens)
            names |= tokens
            for row_class, values in item.extra:
                row = self._complete(values, _tracked_columns(row_class),
                                     _scalar_defaults(row_class))
                full = {**row, "version": 1}
                changes.append(Change(_table(row_class).name, str(row["id"]), "create",
                                      {k: _jsonable(v) for k, v in row.items()}, 0,
                                      str(case["id"]), row_digest(_table(row_class), full)))
                extra_rows.setdefault(row_class, []).append(full)
            if item.summary is not None:
                summaries.append({"case_id": case["id"], **item.summary})
        with self.engine.begin() as conn:
            state = conn.execute(select(DeviceState).where(
                DeviceState.device_id == self.recorder.device_id)).one()
            head = _Head(state.next_seq, Hlc(state.hlc_wall_ms, state.hlc_counter),
                         state.audit_seq, state.audit_hash)
            outbox: list[dict[str, Any]] = []
            audit: list[dict[str, Any]] = []
            for start in range(0, len(changes), _RECORD_CHUNK):
                ob, au = self.recorder.build(head, changes[start:start + _RECORD_CHUNK],
                                             self.author_id)
                outbox += ob
                audit += au
            conn.execute(insert(_table(Person)), persons)
            conn.execute(insert(_table(Case)), case_rows)
            if modus_rows:
                conn.execute(insert(_table(CaseModus)), modus_rows)
            if token_rows:
                conn.execute(insert(_table(SearchToken)), token_rows)
            for row_class, rows in extra_rows.items():
                conn.execute(insert(_table(row_class)), rows)
            if summaries:
                conn.execute(insert(_table(CaseSummary)), summaries)
            conn.execute(insert(_table(OutboxEvent)), outbox)
            conn.execute(insert(_table(AuditEntry)), audit)
            conn.execute(update(DeviceState).where(
                DeviceState.device_id == self.recorder.device_id).values(
                next_seq=head.next_seq, hlc_wall_ms=head.hlc.wall_ms, hlc_counter=head.hlc.counter,
                audit_seq=head.audit_seq, audit_hash=head.audit_hash))
        if self.index is not None:
            self.index.stage(names)
            self.index.after_commit()


def _batches(items: Iterable[NewCase], size: int) -> Iterator[list[NewCase]]:
    batch: list[NewCase] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
