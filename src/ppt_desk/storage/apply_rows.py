"""Writing applied events' rows (``apply.py`` decides which events apply, in what order).

Events are written in batches: the batch's rows are read in one query per table, new rows are
inserted with one ``executemany`` per table and column set, and updates and deletes run one by
one (they are few; an update of a row still waiting to be inserted inserts the waiting rows
first). Foreign keys are checked at the end (deferred for the rest of the transaction, then
checked per table written: ``dialect.py``), so a batch may insert a case before its person.
How an update lands (fast, merge, conflict) is ``domain/sync/merge.py``'s.

An event made on rows this store has not reached yet (``merge.must_wait``: an update on a
version not here yet, or of a row never here; a create for a case not here) is *parked*: its
``received_event`` row keeps status PARKED and the event, its origin's sequence goes on, and
its origin's later events about the same case (or row) park behind it, in order. After each
batch the parked events whose rows have caught up are written (ADR 0014, update).
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, LargeBinary, Table, delete, insert, select, update
from sqlalchemy.exc import IntegrityError, StatementError

from ..domain.sync import merge
from ..services.sync.ports import WHOLE_ROW
from .changes import GONE, _jsonable, row_digest, tracked_tables
from .dialect import defer_foreign_keys, foreign_key_problems, statement_savepoint
from .schema import Case, OutboxEvent, Person
from .sync_schema import ReceivedEvent, SyncConflict

BATCH = 2_000
ACTIONS = {"create": "sync_create", "update": "sync_update", "delete": "sync_delete"}
MERGED = "sync_merge"  # an update on an older base merged with changes made here
APPLIED, PARKED = "APPLIED", "PARKED"
# An audit entry of a row written with Core: (action, entity, entity_id, fields, row digest).
AuditRow = tuple[str, str, str, list[str], "str | None"]


class Malformed(Exception):
    """An event that cannot be applied (its code goes into ``ApplyOutcome.malformed``)."""


def _chunks(items: list, size: int = 500) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


Run = Callable[[str, str, list], None]   # (table name, SQL, parameter rows)


def fast_insert(conn: Any, table: Table, rows: list[dict[str, Any]],
                run: Run | None = None) -> None:
    """``INSERT`` many rows with the columns' own bind processors (stored exactly as an ORM or
    Core insert stores them) but without Core's per-row parameter handling, which costs more
    than the insert itself. Rows may differ in their keys (one statement per key set).
    ``run`` executes the statement (``WriteBehind.submit``); by default, here and now."""
    if not rows:
        return
    if run is None:
        def run(_label: str, sql: str, params: list) -> None:
            conn.exec_driver_sql(sql, params)
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[tuple(row)].append(row)
    dialect = conn.dialect
    for keys, group in groups.items():
        names = ", ".join(f'"{table.c[k].name}"' for k in keys)
        marks = ", ".join(_MARK[dialect.paramstyle] for _ in keys)
        columns = list(zip(*(row.values() for row in group)))  # a group shares its key order
        for i, key in enumerate(keys):   # only the columns that have a bind processor
            proc = table.c[key].type._cached_bind_processor(dialect)
            if proc is None:
                continue
            if isinstance(table.c[key].type, JSON):
                proc = _text_lists_once(proc)
            columns[i] = [None if v is None else proc(v) for v in columns[i]]
        run(table.name, f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})',
            list(zip(*columns)))


_MARK = {"qmark": "?", "format": "%s", "pyformat": "%s"}   # positional parameters


_TEXT = frozenset({str})


def _text_lists_once(proc: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A JSON column's bind processor that encodes each distinct list of text once (field
    lists repeat); other values (where ``1 == True == 1.0`` could share a key) as they come."""
    done: dict[tuple[str, ...], Any] = {}

    def encode(value: Any) -> Any:
        if type(value) is list and set(map(type, value)) <= _TEXT:
            key = tuple(value)
            out = done.get(key)
            if out is None:
                out = done[key] = proc(value)
            return out
        return proc(value)
    return encode


def _converter(column: Any) -> Callable[[Any], Any] | None:
    if isinstance(column.type, DateTime):
        return datetime.fromisoformat
    if isinstance(column.type, Date):
        return date.fromisoformat
    if isinstance(column.type, LargeBinary):
        return bytes.fromhex
    return None


def _from_json(column: Any, value: Any) -> Any:
    """A patch value (JSON form) as the column stores it."""
    convert = _converter(column)
    if value is None or not isinstance(value, str) or convert is None:
        return value
    return convert(value)


def _defaults(table: Table) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        if default is None:
            continue
        if default.is_scalar:
            out[column.key] = default.arg
        elif default.is_callable:
            out[column.key] = default.arg(None)
    return out


def _json_row(row: dict[str, Any]) -> dict[str, Any]:
    """A stored row in the JSON form patches carry (dates as ISO strings, bytes as hex)."""
    return {k: json.loads(json.dumps(_jsonable(v), default=_jsonable)) for k, v in row.items()}


class RowWriter:
    """Writes the rows of the events ``add``-ed to it, in their order, in batches."""

    def __init__(self, conn: Any, own: str, skip: frozenset[str], now: datetime,
                 flush_received: Callable[[], None],
                 write_audit: Callable[[list[AuditRow]], None], run: Run | None = None) -> None:
        self.conn = conn
        self.run = run                    # executes the INSERTs (``fast_insert``)
        self.write_audit = write_audit    # called after each batch: memory stays flat
        self.own = own
        self.skip = skip                  # entities received but not written (another office's)
        self.now = now
        self.flush_received = flush_received
        self.tables = tracked_tables()
        self.audit: list[AuditRow] = []
        self.cases: set[str] = set()
        self.token_cases: set[str] = set()
        self.persons: set[str] = set()    # persons updated: their cases' search keys
        self.merged = self.conflicts = 0
        self.malformed: list[str] = []
        self.written: dict[str, set[str]] = defaultdict(set)   # table -> ids created/updated
        self.queue: list[dict[str, Any]] = []
        self.unwritten: set[tuple[str, int]] = set()
        self.local: dict[tuple[str, str], dict[str, Any] | None] = {}
        self.inserts: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = defaultdict(list)
        self.waiting: set[tuple[str, str]] = set()
        self.cases_here: set[str] = set()
        # Parked events (origin, seq, event) in order, and the (origin, case or row) they hold.
        self.parked: list[tuple[str, int, dict[str, Any]]] = [
            (o, q, e) for o, q, e in conn.execute(
                select(ReceivedEvent.origin_device_id, ReceivedEvent.device_seq,
                       ReceivedEvent.event).where(ReceivedEvent.status == PARKED)
                .order_by(ReceivedEvent.origin_device_id, ReceivedEvent.device_seq))]
        self.parked_keys = {(o, _wait_key(e)) for o, _, e in self.parked}
        self.newly_parked = 0
        self._convert = {name: {c.key: _converter(c) for c in t.columns}
                         for name, t in self.tables.items()}
        self._defaults = {name: _defaults(t) for name, t in self.tables.items()}
        self._nulled = {name: {c.key for c in t.columns
                               if any(fk.column.table.name in skip for fk in c.foreign_keys)}
                        for name, t in self.tables.items()}
        # Rows of other tables that point at a row of this table (a delete must not orphan).
        self._children = {name: [(t, c) for t in self.tables.values() for c in t.columns
                                 for fk in c.foreign_keys if fk.column.table.name == name]
                          for name in self.tables}
        defer_foreign_keys(conn)

    def add(self, event: dict[str, Any]) -> None:
        self.queue.append(event)
        self.unwritten.add((event["device_id"], event["device_seq"]))
        if len(self.queue) >= BATCH:
            self.drain()

    # -- batches -----------------------------------------------------------------------------
    def drain(self) -> None:
        if not self.queue:
            return
        self.flush_received()
        batch, self.queue = self.queue, []
        wanted: dict[str, set[str]] = defaultdict(set)
        cases: set[str] = set()
        for event in batch:
            if event["entity"] not in self.skip:
                wanted[event["entity"]].add(event["entity_id"])
                if event["op"] == "create" and event.get("case_id"):
                    cases.add(event["case_id"])   # a create waits for its case
        self.local = {}
        for name, ids in wanted.items():
            table = self.tables[name]
            for chunk in _chunks(sorted(ids)):
                for row in self.conn.execute(select(table).where(table.c.id.in_(chunk))):
                    self.local[(name, row.id)] = dict(row._mapping)
        self.cases_here = set()   # cases of the batch's creates that are here (ids only)
        for chunk in _chunks(sorted(cases - wanted[Case.__tablename__])):
            self.cases_here |= set(self.conn.execute(select(Case.id).where(Case.id.in_(chunk)))
                                   .scalars())
        for event in batch:
            self.unwritten.discard((event["device_id"], event["device_seq"]))
            try:
                self._write(event)
            except Malformed as exc:
                self.malformed.append(str(exc))
        try:
            self._insert_waiting()
            self._unpark()
        except Malformed as exc:
            self.malformed.append(str(exc))
        self.write_audit(self.audit)
        self.audit = []

    def _insert_waiting(self) -> None:
        inserts, self.inserts = self.inserts, defaultdict(list)
        self.waiting = set()
        for (name, _keys), rows in inserts.items():
            try:
                fast_insert(self.conn, self.tables[name], rows, self.run)
            except (IntegrityError, StatementError) as exc:
                raise Malformed(f"{name}:{type(exc).__name__}") from exc

    def finish(self) -> None:
        """Write what is queued; search keys of updated persons' cases; foreign keys."""
        self.drain()
        if self.parked and not self.written:   # parked before, and nothing came through drain
            try:
                self._unpark()
            except Malformed as exc:
                self.malformed.append(str(exc))
            self.write_audit(self.audit)
            self.audit = []
        persons = sorted(self.persons)
        for chunk in _chunks(persons):
            ids = set(self.conn.execute(select(Case.id).where(Case.person_id.in_(chunk)))
                      .scalars())
            self.token_cases |= ids
            self.cases |= ids
        for name, ids in sorted(self.written.items()):   # the rows written, not whole tables
            if ids and foreign_key_problems(self.conn, name, ids):
                self.malformed.append(f"{name}:foreign_key")

    # -- parked events ------------------------------------------------------------------------
    def _must_wait(self, event: dict[str, Any], local: dict | None) -> bool:
        if (event["device_id"], _wait_key(event)) in self.parked_keys:
            return True   # behind an earlier event of its origin about the same case or row
        case_id = event.get("case_id")
        if event["op"] == "create":
            return bool(case_id) and event["entity"] != Case.__tablename__ and \
                self.local.get((Case.__tablename__, case_id)) is None and \
                ((Case.__tablename__, case_id) in self.local or case_id not in self.cases_here)
        if local is None and event["base_version"] > 0:
            return merge.must_wait(event["op"], None, event["base_version"],
                                   self._was_here(event))
        return merge.must_wait(event["op"], local["version"] if local else None,
                               event["base_version"], True)

    def _was_here(self, event: dict[str, Any]) -> bool:
        """Whether the row was here once (then deleted here: a conflict, not a wait): an
        event about it written here before this one, received or made here."""
        for origin, seq in self.conn.execute(select(
                ReceivedEvent.origin_device_id, ReceivedEvent.device_seq).where(
                ReceivedEvent.entity_id == event["entity_id"],
                ReceivedEvent.entity == event["entity"], ReceivedEvent.status == APPLIED)):
            if (origin, seq) not in self.unwritten and \
                    (origin, seq) != (event["device_id"], event["device_seq"]):
                return True
        return self.conn.execute(select(OutboxEvent.entity_id).where(
            OutboxEvent.entity_id == event["entity_id"], OutboxEvent.entity == event["entity"],
            OutboxEvent.device_id == self.own).limit(1)).first() is not None

    def _park(self, event: dict[str, Any]) -> None:
        origin, seq = event["device_id"], event["device_seq"]
        self.conn.execute(update(ReceivedEvent).where(
            ReceivedEvent.origin_device_id == origin, ReceivedEvent.device_seq == seq)
            .values(status=PARKED, event=dict(event)))
        self.parked.append((origin, seq, event))
        self.parked.sort(key=lambda p: (p[0], p[1]))
        self.parked_keys.add((origin, _wait_key(event)))
        self.newly_parked += 1

    def _unpark(self) -> None:
        """Write the parked events whose rows have caught up, each behind the earlier parked
        events of its origin about the same case or row; again while any was written."""
        progress = True
        while progress and self.parked:
            progress = False
            blocked: set[tuple[str, str]] = set()
            for item in list(self.parked):
                origin, seq, event = item
                key = (origin, _wait_key(event))
                if key in blocked:
                    continue
                self._insert_waiting()
                self._refresh(event)
                self.parked_keys.discard(key)   # _must_wait: not behind itself
                if self._must_wait(event, self.local.get((event["entity"],
                                                          event["entity_id"]))):
                    self.parked_keys.add(key)
                    blocked.add(key)
                    continue
                self.parked.remove(item)
                if any((o, _wait_key(e)) == key for o, _, e in self.parked):
                    self.parked_keys.add(key)
                self.conn.execute(update(ReceivedEvent).where(
                    ReceivedEvent.origin_device_id == origin, ReceivedEvent.device_seq == seq)
                    .values(status=APPLIED, event=None))
                self._write(event, released=True)
                progress = True
        self._insert_waiting()

    def _refresh(self, event: dict[str, Any]) -> None:
        """The rows a parked event is checked against, as they are now."""
        wanted = [(event["entity"], event["entity_id"])]
        if event.get("case_id"):
            wanted.append((Case.__tablename__, event["case_id"]))
        for name, row_id in wanted:
            table = self.tables[name]
            row = self.conn.execute(select(table).where(table.c.id == row_id)).first()
            self.local[(name, row_id)] = dict(row._mapping) if row is not None else None

    # -- one event ---------------------------------------------------------------------------
    def _write(self, event: dict[str, Any], released: bool = False) -> None:
        name = event["entity"]
        if name in self.skip:
            return
        table = self.tables[name]
        key = (name, event["entity_id"])
        try:
            if key in self.waiting and event["op"] != "create":
                self._insert_waiting()
            local = self.local.get(key)
            if not released and self._must_wait(event, local):
                self._park(event)
                return
            if event["op"] == "create":
                self._create(table, event, local)
            elif event["op"] == "update":
                self._update(table, event, local)
            else:
                self._delete(table, event, local)
        except (IntegrityError, StatementError, ValueError, TypeError, KeyError) as exc:
            raise Malformed(f"{event['event_id']}:{type(exc).__name__}") from exc

    def _values(self, table: Table, patch: dict[str, Any]) -> dict[str, Any]:
        convert = self._convert[table.name]
        values = {}
        for k, v in patch.items():
            fn = convert[k]   # a column this table does not have: KeyError, malformed
            values[k] = fn(v) if fn is not None and isinstance(v, str) else v
        for k in self._nulled[table.name] & set(values):
            values[k] = None   # another office's staff member: not known here
        return values

    def _touched(self, event: dict[str, Any]) -> set[str]:
        """Fields changed here since the event's base: this device's own edits and events
        from other origins applied here (not those still waiting), each on that base or
        later. (Received rows are flushed when a batch starts.)"""
        base = event["base_version"]
        fields: set[str] = set()
        for (patch,) in self.conn.execute(select(OutboxEvent.patch).where(
                OutboxEvent.entity_id == event["entity_id"],
                OutboxEvent.entity == event["entity"], OutboxEvent.device_id == self.own,
                OutboxEvent.base_version >= base)):
            fields |= set(patch or ())
        for origin, seq, names in self.conn.execute(select(
                ReceivedEvent.origin_device_id, ReceivedEvent.device_seq, ReceivedEvent.fields)
                .where(ReceivedEvent.entity_id == event["entity_id"],
                       ReceivedEvent.entity == event["entity"], ReceivedEvent.status == APPLIED,
                       ReceivedEvent.origin_device_id != event["device_id"],
                       ReceivedEvent.base_version >= base)):
            if (origin, seq) not in self.unwritten:
                fields |= set(names or ())
        return fields

    def _create(self, table: Table, event: dict[str, Any], local: dict | None) -> None:
        patch = event["patch"]
        if local is not None:
            if (table.name, event["entity_id"]) in self.waiting:
                self._insert_waiting()
            plan = merge.plan_create(patch, _json_row(local), local["version"])
            self._land(table, event, local, plan)
            return
        values = {**self._defaults[table.name], **self._values(table, patch),
                  "id": event["entity_id"], "version": 1}
        if table.name == Case.__tablename__ and not values.get("owner_device_id"):
            values["owner_device_id"] = event["device_id"]  # made before ownership existed
        key = (table.name, event["entity_id"])
        self.inserts[(table.name, tuple(sorted(values)))].append(values)
        self.waiting.add(key)
        self.local[key] = values
        self._done(table, event, ACTIONS["create"], sorted(patch), row_digest(table, values))

    def _update(self, table: Table, event: dict[str, Any], local: dict | None) -> None:
        if local is None:  # deleted here (or an update on base 0): a supervisor sees it
            self._conflict(event, WHOLE_ROW, None, event["patch"])
            return
        touched = self._touched(event) if local["version"] > event["base_version"] else set()
        plan = merge.plan_update(event["patch"], _json_row(local), local["version"],
                                 event["base_version"], touched)
        self._land(table, event, local, plan)

    def _land(self, table: Table, event: dict[str, Any], local: dict[str, Any],
              plan: merge.MergePlan) -> None:
        for name, (mine, theirs) in sorted(plan.conflicts.items()):
            self._conflict(event, name, mine, theirs)
        if plan.kind == merge.MERGE:
            self.merged += 1
        if not plan.apply:
            return
        version = max(local["version"], event["base_version"]) + 1
        values = {**self._values(table, plan.apply), "version": version}
        values.pop("id", None)
        with statement_savepoint(self.conn):   # a refused UPDATE leaves PostgreSQL usable
            self.conn.execute(update(table).where(table.c.id == event["entity_id"])
                              .values(values))
        local.update(values)
        action = ACTIONS["update"] if plan.kind == merge.FAST else MERGED
        self._done(table, event, action, sorted(plan.apply), row_digest(table, local))

    def _delete(self, table: Table, event: dict[str, Any], local: dict | None) -> None:
        touched = self._touched(event) if local is not None and \
            local["version"] > event["base_version"] else set()
        kind = merge.plan_delete(local is not None, local["version"] if local else 0,
                                 event["base_version"], touched)
        if kind == merge.NOOP:
            return
        if kind == merge.DELETE and self._still_used(table, event["entity_id"]):
            kind = merge.CONFLICT   # rows here the deleting device never had still use it
            touched = set(local) - {"id", "version"}
        if kind == merge.CONFLICT:
            mine = _json_row(local)
            self._conflict(event, WHOLE_ROW, {k: mine.get(k) for k in sorted(touched)}, None)
            return
        with statement_savepoint(self.conn):
            self.conn.execute(delete(table).where(table.c.id == event["entity_id"]))
        self.local[(table.name, event["entity_id"])] = None
        self._done(table, event, ACTIONS["delete"], [], GONE)

    def _still_used(self, table: Table, row_id: str) -> bool:
        """Whether a row here (of a table this store writes) points at the row: a group
        session one PPT deletes whose other participants came from another PPT."""
        if self.inserts:
            self._insert_waiting()
        for child, column in self._children[table.name]:
            if child.name in self.skip:
                continue
            if self.conn.execute(select(child.c.id).where(column == row_id).limit(1)).first():
                return True
        return False

    def _done(self, table: Table, event: dict[str, Any], action: str, fields: list[str],
              digest: str) -> None:
        self.audit.append((action, table.name, event["entity_id"], fields, digest))
        ids = self.written[table.name]   # written to, by a delete too (its ids need no check)
        if digest != GONE:
            ids.add(event["entity_id"])
        if event.get("case_id"):
            self.cases.add(event["case_id"])
        if table.name == Case.__tablename__:
            self.token_cases.add(event["entity_id"])
            self.cases.add(event["entity_id"])
        elif table.name == Person.__tablename__ and event["op"] != "create":
            self.persons.add(event["entity_id"])

    def _conflict(self, event: dict[str, Any], name: str, mine: Any, theirs: Any) -> None:
        result = self.conn.execute(insert(SyncConflict).values(
            entity=event["entity"], entity_id=event["entity_id"], case_id=event.get("case_id"),
            field=name, local_value=mine, incoming_value=theirs,
            origin_device_id=event["device_id"], event_id=event["event_id"],
            opened_at=self.now, status="OPEN"))
        self.audit.append(("conflict_open", SyncConflict.__tablename__,
                           str(result.inserted_primary_key[0]), [name], None))
        self.conflicts += 1
        if event.get("case_id"):
            self.cases.add(event["case_id"])


def _wait_key(event: dict[str, Any]) -> str:
    """What an event is about for waiting: its case, or its row when it has no case."""
    return event.get("case_id") or event["entity_id"]
