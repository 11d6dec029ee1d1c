"""The one mechanism that records every mutation: outbox event + audit chain entry.

``ChangeRecorder.build`` turns a list of ``Change`` into outbox and audit rows,
advancing the device sequence, the hybrid logical clock and the audit head. It
is used by the ORM ``before_flush`` hook (every tracked row a session writes)
and by bulk writers (demo data, later bundle import), so both produce the same
records. Everything happens inside the caller's transaction: a rollback
removes the record change, its event and its audit entry together.

Each audit entry of a tracked row also binds the row's contents into the chain:
``row_digest`` is the SHA-256 of the row as written (``row_digest()``), or ``GONE``
for a delete, so ``verify`` can tell a row changed with SQL from one the app wrote.
Entries made before digests existed have none and hash exactly as before.
"""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any, Callable, Iterable, Sequence

from sqlalchemy import Connection, MetaData, Table, delete, event, inspect, select, update
from sqlalchemy.orm import Session

from ..domain.ids import Hlc, uuid7
# canonical and _jsonable are imported from here by other modules too.
from .digests import (  # noqa: F401
    GONE, _jsonable, canonical, row_digest, stored_row_digest, tracked_tables,
)
from .dialect import _chunked, is_postgres, stored_form
from .schema import AuditEntry, Case, DeviceState, Office, OutboxEvent, Tracked
from .stats_schema import StatCase, StatFact, StatMonthStale

GENESIS = "0" * 64


def audit_hash(prev_hash: str, entry: dict[str, Any]) -> str:
    return hashlib.sha256(bytes.fromhex(prev_hash) + canonical(entry)).hexdigest()


AUDIT_FIELDS = ("seq", "at", "user_id", "device_id", "action", "entity", "entity_id", "fields")


def hashed_entry(fields: dict[str, Any], digest: str | None) -> dict[str, Any]:
    """What an entry's hash covers: ``AUDIT_FIELDS``, plus ``row_digest`` only when the
    entry has one (so entries written before row digests keep their hashes)."""
    return {**fields, "row_digest": digest} if digest is not None else dict(fields)


# An audit-only action: (action, entity, entity_id), or with a row digest as a fourth item
# for rows another writer changed (bundle import, a migration's ``bind_rows``).
Action = tuple[str, str, str] | tuple[str, str, str, str | None]


@dataclass
class Change:
    entity: str
    entity_id: str
    op: str                      # create | update | delete
    patch: dict[str, Any]
    base_version: int
    case_id: str | None = None
    # ``row_digest()`` of the full row after the change (create, update); a delete is ``GONE``
    # whatever is given. None only where no row can be digested (migrations before 0007).
    digest: str | None = None


@dataclass
class _Head:
    next_seq: int
    hlc: Hlc
    audit_seq: int
    audit_hash: str


@dataclass
class ChangeRecorder:
    device_id: str
    wall_clock: Callable[[], float] = time.time

    def _load_head(self, session: Session) -> _Head:
        with session.no_autoflush:
            state = session.get(DeviceState, self.device_id)
        if state is None:
            raise RuntimeError("device state missing")
        return _Head(state.next_seq, Hlc(state.hlc_wall_ms, state.hlc_counter),
                     state.audit_seq, state.audit_hash)

    def _audit(self, head: _Head, now: datetime, user_id: str | None, action: str,
               entity: str, entity_id: str, fields: list[str],
               row: str | None = None) -> dict[str, Any]:
        entry = {"seq": head.audit_seq + 1, "at": now.isoformat(timespec="milliseconds"),
                 "user_id": user_id, "device_id": self.device_id, "action": action,
                 "entity": entity, "entity_id": entity_id, "fields": sorted(fields)}
        prev = head.audit_hash
        digest = audit_hash(prev, hashed_entry(entry, row))
        head.audit_seq, head.audit_hash = entry["seq"], digest
        return {**entry, "row_digest": row, "prev_hash": prev, "hash": digest}

    def build(self, head: _Head, changes: list[Change], author_id: str | None,
              actions: Sequence[Action] = ()) -> tuple[list[dict], list[dict]]:
        """Rows for the outbox and the audit chain; advances ``head`` in place."""
        outbox: list[dict] = []
        audit: list[dict] = []
        now_s = self.wall_clock()
        now = datetime.fromtimestamp(now_s, tz=timezone.utc).replace(tzinfo=None)
        for change in changes:
            head.hlc = head.hlc.tick(int(now_s * 1000))
            outbox.append({
                "event_id": uuid7(int(now_s * 1000)), "device_id": self.device_id,
                "device_seq": head.next_seq, "hlc": head.hlc.encode(self.device_id),
                "entity": change.entity, "entity_id": change.entity_id, "case_id": change.case_id,
                "op": change.op, "base_version": change.base_version,
                "patch": json.loads(canonical(change.patch)), "author_id": author_id,
                "created_at": now, "shipped_at": None, "acked_at": None,
            })
            head.next_seq += 1
            row = GONE if change.op == "delete" else change.digest
            audit.append(self._audit(head, now, author_id, change.op, change.entity,
                                     change.entity_id, list(change.patch), row))
        for action, entity, entity_id, *digest in actions:
            audit.append(self._audit(head, now, author_id, action, entity, entity_id, [],
                                     digest[0] if digest else None))
        return outbox, audit

    def write(self, session: Session, changes: list[Change], author_id: str | None,
              actions: Sequence[Action] = ()) -> None:
        """Record ``changes`` (and audit-only ``actions``) in the session's transaction."""
        if not changes and not actions:
            return
        head = self._load_head(session)
        outbox, audit = self.build(head, changes, author_id, actions)
        conn = session.connection()
        if changes:
            drop_stats(conn, stats_touched(changes))
        if outbox:
            conn.execute(OutboxEvent.__table__.insert(), outbox)
        conn.execute(AuditEntry.__table__.insert(), audit)
        conn.execute(
            update(DeviceState).where(DeviceState.device_id == self.device_id).values(
                next_seq=head.next_seq, hlc_wall_ms=head.hlc.wall_ms, hlc_counter=head.hlc.counter,
                audit_seq=head.audit_seq, audit_hash=head.audit_hash)
        )
        state = session.identity_map.get(inspect(DeviceState).identity_key_from_primary_key(
            (self.device_id,)))
        if state is not None:
            session.expire(state)


# Rows with a case id that no statistic reads (who else may open a case).
_NO_STATS = frozenset({"case_share"})
_STATS_CHUNK = 500
_SIBLING_FIELDS = frozenset({"intake_date", "person_id"})


def stats_touched(changes: Iterable[Change]) -> "StatsTouched":
    """Which cases' statistics ``changes`` make stale: the case of every row that belongs to
    a case, the cases of a changed person, the other cases of the person of a case created,
    deleted, moved to another day or person (their "registered before"), the cases of an
    office whose regency changed and of a local directory entry whose level changed
    (ADR 0020)."""
    touched = StatsTouched()
    for change in changes:
        if change.entity == Case.__tablename__ and (
                change.op != "update" or _SIBLING_FIELDS & set(change.patch)):
            # the other cases of its person count it as an earlier case (or no longer):
            # those of the person it had (read before the flush) and of the one it has now
            touched.siblings.add(change.entity_id)
            if change.patch.get("person_id"):
                touched.persons.add(change.patch["person_id"])
        if change.case_id and change.entity not in _NO_STATS:
            touched.cases.add(change.case_id)
        elif change.op == "create":
            continue
        elif change.entity == "person":
            touched.persons.add(change.entity_id)
        elif change.entity == "office" and "regency_code" in change.patch:
            touched.offices.add(change.entity_id)
        elif change.entity == "institution" and change.op == "delete" or \
                change.entity == "institution" and "level" in change.patch:
            touched.institutions.add(change.entity_id)
    return touched


@dataclass
class StatsTouched:
    cases: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)
    offices: set[str] = field(default_factory=set)
    institutions: set[str] = field(default_factory=set)
    siblings: set[str] = field(default_factory=set)   # cases whose persons' cases all go


def drop_stats(conn: Connection, touched: "StatsTouched | Iterable[str]") -> None:
    """Delete the derived statistics rows (``stat_case``; its ``stat_fact`` rows go with it)
    of the touched cases, in the caller's transaction: the next statistics query rebuilds
    them. One ``DELETE ... IN`` per 500 cases; persons, offices and directory entries are
    first resolved to their cases through indexes."""
    if not isinstance(touched, StatsTouched):
        touched = StatsTouched(cases=set(touched))
    cases = set(touched.cases)
    for chunk in _chunked(sorted(touched.siblings), _STATS_CHUNK):
        cases |= set(conn.execute(select(Case.id).where(Case.person_id.in_(
            select(Case.person_id).where(Case.id.in_(chunk))))).scalars())
    for chunk in _chunked(sorted(touched.persons), _STATS_CHUNK):
        cases |= set(conn.execute(select(Case.id).where(Case.person_id.in_(chunk))).scalars())
    for chunk in _chunked(sorted(touched.offices), _STATS_CHUNK):
        cases |= set(conn.execute(select(Case.id).where(Case.office_id.in_(chunk))).scalars())
    for chunk in _chunked(sorted(touched.institutions), _STATS_CHUNK):
        cases |= set(conn.execute(select(StatFact.case_id).where(
            StatFact.dim == "rujukan_lembaga", StatFact.code.in_(chunk))).scalars())
    for chunk in _chunked(sorted(cases), _STATS_CHUNK):
        held = conn.execute(select(StatCase.case_id, StatCase.intake_date).where(
            StatCase.case_id.in_(chunk))).all()
        if not held:      # new cases (an import's): one read, nothing to delete
            continue
        # the months the cases' intake-dated facts were counted in (stat_month)
        mark_months(conn, {day for _case, day in held})
        ids = [case_id for case_id, _day in held]
        # stat_fact rows first: not left to ON DELETE CASCADE (a connection without
        # SQLite's foreign_keys pragma would keep them)
        conn.execute(delete(StatFact).where(StatFact.case_id.in_(ids)))
        conn.execute(delete(StatCase).where(StatCase.case_id.in_(ids)))


def mark_months(conn: Connection, days: Iterable[date]) -> None:
    """Mark the months of ``days`` stale in ``stat_month_stale`` (insert if absent, on both
    stores: two writers may mark the same month)."""
    months = sorted({d.replace(day=1) for d in days if d is not None})
    if not months:
        return
    rows = [{"month": m} for m in months]
    if is_postgres(conn):
        from sqlalchemy.dialects.postgresql import insert as pg_insert
        conn.execute(pg_insert(StatMonthStale).on_conflict_do_nothing(), rows)
    else:
        from sqlalchemy.dialects.sqlite import insert as lite_insert
        conn.execute(lite_insert(StatMonthStale).on_conflict_do_nothing(), rows)


def drop_moved_offices(conn: Connection, office_ids: Iterable[str]) -> None:
    """After rows were written with Core (an import, an adopted case): the statistics of an
    office whose regency is no longer the one its facts carry are dropped (the facts carry
    the office's regency, ADR 0020). ``office_ids`` None: every office."""
    moved = moved_offices(conn, office_ids)
    if moved:
        drop_stats(conn, StatsTouched(offices=set(moved)))


def moved_offices(conn: Connection, office_ids: Iterable[str] | None = None) -> list[str]:
    """Offices whose regency is not the one their cases' facts carry, in one query: one
    case's facts tell (a moved office loses all its rows at once, and rows rebuilt since
    carry the new regency)."""
    carried = (select(StatCase.regency_code).join(Case, Case.id == StatCase.case_id)
               .where(Case.office_id == Office.id).limit(1).scalar_subquery())
    query = select(Office.id, Office.regency_code, carried)
    if office_ids is not None:
        query = query.where(Office.id.in_(sorted(set(office_ids))))
    return [office_id for office_id, regency, facts in conn.execute(query)
            if facts is not None and facts != regency]


BIND = "bind"  # the audit action of ``bind_rows``
_BIND_CHUNK = 2_000


def bind_rows(conn: Connection, tables: Iterable[str]) -> int:
    """Bind the current contents of every row of ``tables`` into the audit chain.

    For migrations (0007 binds the rows written before digests existed; a later migration
    that gives old rows new values, such as a new column filled in, binds the tables it
    changed): one audit-only ``bind`` entry per row with its digest, no outbox event (the
    rows' values are not new). Tables are reflected from the database, so this works
    whatever later versions add to the schema. Returns the number of entries written.
    """
    meta = MetaData()
    state_t = Table("device_state", meta, autoload_with=conn)
    audit_t = Table("audit_entry", meta, autoload_with=conn)
    state = conn.execute(select(state_t)).first()
    if state is None:  # a database being set up: it has no rows yet
        return 0
    recorder = ChangeRecorder(state.device_id)
    head = _Head(state.next_seq, Hlc(state.hlc_wall_ms, state.hlc_counter), state.audit_seq,
                 state.audit_hash)
    count = 0
    quote = conn.dialect.identifier_preparer.quote
    for name in tables:
        table = Table(name, meta, autoload_with=conn)
        columns = ", ".join(stored_form(conn, c) for c in table.columns)  # as SQLite holds them
        at_id = [c.name for c in table.columns].index("id")
        actions = [(BIND, name, str(row[at_id]), stored_row_digest(table, row))
                   for row in conn.exec_driver_sql(f"SELECT {columns} FROM {quote(name)}"
                                                   " ORDER BY id")]
        for start in range(0, len(actions), _BIND_CHUNK):
            _, audit = recorder.build(head, [], None, actions[start:start + _BIND_CHUNK])
            conn.execute(audit_t.insert(), audit)
        count += len(actions)
    conn.execute(state_t.update().where(state_t.c.device_id == state.device_id).values(
        audit_seq=head.audit_seq, audit_hash=head.audit_hash))
    return count


def _case_id(obj: Tracked) -> str | None:
    attr = getattr(obj, "_case_attr", None)
    return getattr(obj, attr) if attr else None


def _columns(obj: Any) -> list[str]:
    return [attr.key for attr in inspect(obj).mapper.column_attrs]


def _apply_defaults(obj: Any) -> None:
    """Fill unset Python-side column defaults now, so the create event carries what is stored.

    The ORM applies them only at INSERT, after ``before_flush`` has built the patch.
    """
    for attr in inspect(obj).mapper.column_attrs:
        default = attr.columns[0].default
        if default is None or getattr(obj, attr.key) is not None:
            continue
        if default.is_scalar:
            setattr(obj, attr.key, default.arg)
        elif default.is_callable:
            setattr(obj, attr.key, default.arg(None))


def _digest(obj: Any) -> str:
    """``row_digest`` of the row ``obj`` will write: defaults applied, version bumped."""
    mapper = inspect(obj).mapper
    return row_digest(mapper.local_table,
                      {attr.columns[0].key: getattr(obj, attr.key) for attr in mapper.column_attrs})


def collect_changes(session: Session) -> list[Change]:
    """Field-level changes of tracked rows pending in the session; bumps their versions."""
    with session.no_autoflush:  # reading an expired column must not flush from inside a flush
        return _collect(session)


def _collect(session: Session) -> list[Change]:
    changes: list[Change] = []
    for obj in list(session.new):
        if isinstance(obj, Tracked):
            _apply_defaults(obj)
            obj.version = 1
            patch = {k: _jsonable(getattr(obj, k)) for k in _columns(obj) if k != "version"}
            changes.append(Change(obj.__tablename__, str(getattr(obj, "id")), "create", patch, 0,
                                  _case_id(obj), _digest(obj)))
    for obj in list(session.dirty):
        if isinstance(obj, Tracked) and session.is_modified(obj, include_collections=False):
            state = inspect(obj)
            patch = {}
            for key in _columns(obj):
                if key == "version":
                    continue
                hist = state.attrs[key].history
                if hist.has_changes():
                    patch[key] = _jsonable(getattr(obj, key))
            if not patch:
                continue
            base = obj.version
            obj.version = base + 1
            changes.append(Change(obj.__tablename__, str(obj.id), "update", patch, base,
                                  _case_id(obj), _digest(obj)))
    for obj in list(session.deleted):
        if isinstance(obj, Tracked):
            changes.append(Change(obj.__tablename__, str(obj.id), "delete", {}, obj.version,
                                  _case_id(obj)))
    return changes


def install(session: Session, recorder: ChangeRecorder) -> None:
    """Record every tracked mutation flushed by ``session``."""

    @event.listens_for(session, "before_flush")
    def _before_flush(sess: Session, _ctx: Any, _instances: Any) -> None:
        changes = collect_changes(sess)
        if changes:
            recorder.write(sess, changes, sess.info.get("actor_id"))
