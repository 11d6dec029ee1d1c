"""Case transfer in the store: the snapshot a transfer carries, adopting one, and the history a
case brought with it (``domain/sync/transfer.py`` says what travels and why).

``case_snapshot`` reads every current row of a case in the JSON form events use (dates as ISO
text), with the caseworker reference left empty: staff accounts stay at their office.

``adopt_case`` writes a verified transfer into this store, in the caller's transaction, the
way ``apply.py`` writes received events: Core statements, rows keep the version they had at
the sender (they are the same rows, not new ones), no outbox event (the province has them
from the sender), one audit entry per written row with the digest of the row as written, so
``verify`` checks it like any other. The case's own rows are taken as they come (a case
coming back replaces the old copy, and its rows the snapshot no longer has are removed);
rows it shares with cases that stay (its office, the person, a group session) are inserted
when missing and replaced only by a newer version. Derived data (search keys, modus rows,
the case summary) is rebuilt; the history the case brought replaces any kept before.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from ..domain.errors import DomainError
from ..domain.sync.errors import BundleFormatError
from ..domain.sync.transfer import CASE_ROWS, HistoryItem, Snapshot, SnapshotRow
from ..services.dto import TimelineEntry
from .apply import rebuild_derived, write_audit
from .apply_rows import _from_json
from .changes import (
    GONE, ChangeRecorder, _jsonable, drop_moved_offices, drop_stats, row_digest, tracked_tables,
)
from .history_schema import CaseHistory
from .schema import Case, CaseRecord, CaseSummary, Consent, GroupParticipant, StageChange
from .search import NameIndex

ADOPT, ADOPT_DELETE, HISTORY = "adopt", "adopt_delete", "history_adopt"
_CASE_TABLES = (GroupParticipant, Consent, StageChange, CaseRecord)   # rows with a case_id


class AdoptError(Exception):
    """A transfer row that cannot be written here (an unknown column, a broken reference)."""


def _row(session: Session, table: Any, row_id: str) -> dict[str, Any] | None:
    found = session.connection().execute(select(table).where(table.c.id == row_id)).first()
    return dict(found._mapping) if found is not None else None


def _json(row: dict[str, Any]) -> dict[str, Any]:
    return {key: _jsonable(value) for key, value in row.items()}


def case_snapshot(session: Session, case_id: str) -> list[SnapshotRow]:
    """Every current row of the case, in ``ROW_ORDER``; DomainError when it is not here."""
    session.flush()
    tables = tracked_tables()
    case = _row(session, tables["case_file"], case_id)
    if case is None:
        raise DomainError("case_not_found")
    conn = session.connection()
    out = [SnapshotRow("office", _json(_row(session, tables["office"], case["office_id"]))),
           SnapshotRow("person", _json(_row(session, tables["person"], case["person_id"]))),
           SnapshotRow("case_file", _json({**case, "assigned_user_id": None}))]
    sessions = select(GroupParticipant.session_id).where(GroupParticipant.case_id == case_id)
    group = tables["group_session"]
    out += [SnapshotRow("group_session", _json(dict(r._mapping))) for r in conn.execute(
        select(group).where(group.c.id.in_(sessions)).order_by(group.c.id))]
    for name in ("case_record", "stage_change", "consent", "group_participant"):
        table = tables[name]
        out += [SnapshotRow(name, _json(dict(r._mapping))) for r in conn.execute(
            select(table).where(table.c.case_id == case_id).order_by(table.c.id))]
    return out


def _values(table: Any, row: SnapshotRow) -> dict[str, Any]:
    unknown = set(row.values) - set(table.c.keys())
    if unknown:
        raise AdoptError(f"{row.entity}: unknown columns")
    values = {key: _from_json(table.c[key], value) for key, value in row.values.items()}
    for column in table.columns:   # a column the sender does not have yet: its default
        if column.key not in values:
            default = column.default
            if default is not None and default.is_scalar:
                values[column.key] = default.arg
            elif default is not None and default.is_callable:
                values[column.key] = default.arg(None)
            else:
                values[column.key] = None
    return values


def _write(session: Session, row: SnapshotRow, audit: list) -> bool:
    """Insert or replace one row (shared rows only by a newer version); True if written."""
    table = tracked_tables()[row.entity]
    values = _values(table, row)
    local = _row(session, table, row.id)
    conn = session.connection()
    if local is None:
        conn.execute(insert(table), [values])
    elif row.entity in CASE_ROWS or values["version"] > local["version"]:
        conn.execute(update(table).where(table.c.id == row.id).values(values))
    else:
        return False
    audit.append((ADOPT, row.entity, row.id, sorted(values), row_digest(table, values)))
    return True


def _remove_missing(session: Session, case_id: str, kept: set[tuple[str, str]],
                    audit: list) -> None:
    """Rows of the case held here that the incoming case no longer has."""
    conn = session.connection()
    for model in _CASE_TABLES:
        name = model.__tablename__
        gone = [i for i in conn.execute(select(model.id).where(model.case_id == case_id))
                .scalars() if (name, i) not in kept]
        for row_id in gone:
            conn.execute(delete(model).where(model.id == row_id))
            audit.append((ADOPT_DELETE, name, row_id, [], GONE))


def adopt_case(session: Session, recorder: ChangeRecorder, index: NameIndex | None,
               snapshot: Snapshot) -> frozenset[str]:
    """Write a transferred case here (see the module docstring); returns the ids of the cases
    whose rows changed (the case, and other cases of its person)."""
    session.flush()
    case_id = snapshot.case_row().id
    audit: list = []
    person_written = office_written = False
    try:
        _remove_missing(session, case_id, {(r.entity, r.id) for r in snapshot.rows}, audit)
        for row in snapshot.rows:
            if _write(session, row, audit):
                person_written = person_written or row.entity == "person"
                office_written = office_written or row.entity == "office"
    except (IntegrityError, StatementError, ValueError, TypeError, KeyError) as exc:
        raise AdoptError(type(exc).__name__) from exc
    conn = session.connection()
    cases = {case_id}
    if person_written:
        person_id = snapshot.case_row().values["person_id"]
        cases |= set(conn.execute(select(Case.id).where(Case.person_id == person_id)).scalars())
    conn.execute(delete(CaseSummary).where(CaseSummary.case_id.in_(sorted(cases))))
    drop_stats(conn, cases)
    if office_written:
        drop_moved_offices(conn, [snapshot.case_row().values["office_id"]])
    rebuild_derived(conn, cases, index)
    write_audit(session, recorder, audit)
    replace_history(session, recorder, case_id, snapshot.history)
    session.expire_all()   # rows written with Core under any loaded object
    return frozenset(cases)


def replace_history(session: Session, recorder: ChangeRecorder, case_id: str,
                    items: Iterable[HistoryItem]) -> None:
    """The history a case brought: it replaces what was kept before (it includes it)."""
    session.connection().execute(delete(CaseHistory).where(CaseHistory.case_id == case_id))
    add_history(session, recorder, case_id, items)


def add_history(session: Session, recorder: ChangeRecorder, case_id: str,
                items: Iterable[HistoryItem]) -> None:
    rows = [{"case_id": case_id, "at": datetime.fromisoformat(i.at), "entity": i.entity,
             "op": i.op, "fields": list(i.fields), "author_name": i.author,
             "origin_office": i.office, "subject": i.subject, "note": i.note} for i in items]
    if rows:
        session.connection().execute(insert(CaseHistory), rows)
    session.flush()
    recorder.write(session, [], session.info.get("actor_id"),
                   [(HISTORY, CaseHistory.__tablename__, case_id)])


def history_entries(session: Session, case_id: str) -> list[TimelineEntry]:
    """The lines of ``case_history`` of a case as timeline entries, oldest first."""
    return [TimelineEntry(r.at, r.entity, r.op, tuple(r.fields or ()), r.author_name, r.subject,
                          office=r.origin_office, note=r.note)
            for r in session.execute(select(CaseHistory).where(CaseHistory.case_id == case_id)
                                     .order_by(CaseHistory.at, CaseHistory.id)).scalars()]


def with_history(own: list[TimelineEntry], history: list[TimelineEntry]) -> list[TimelineEntry]:
    """A case's timeline: this device's entries and the history the case brought, by time.
    A case that comes back brings this device's own earlier entries among its history: each
    is shown once."""
    mine = {(e.at.isoformat(), e.entity, e.op, e.fields) for e in own}
    brought = [h for h in history if (h.at.isoformat(), h.entity, h.op, h.fields) not in mine]
    return sorted(brought + own, key=lambda e: e.at)


class SqlTransferRepository:
    """``uow.transfer`` (``services/sync/transfer_ports.TransferRepository``)."""

    def __init__(self, session: Session, recorder: ChangeRecorder,
                 index: NameIndex | None) -> None:
        self.session = session
        self._recorder = recorder
        self._index = index

    def case_snapshot(self, case_id: str) -> list[SnapshotRow]:
        return case_snapshot(self.session, case_id)

    def adopt_case(self, snapshot: Snapshot) -> frozenset[str]:
        try:
            return adopt_case(self.session, self._recorder, self._index, snapshot)
        except AdoptError as exc:
            raise BundleFormatError("malformed", f"transfer row {exc}") from None

    def add_history(self, case_id: str, items: Iterable[HistoryItem]) -> None:
        add_history(self.session, self._recorder, case_id, items)
