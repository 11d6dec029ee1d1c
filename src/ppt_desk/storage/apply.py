"""Applying another device's events to this store (the import engine's last step).

``apply_events`` takes a verified bundle's events (dicts of ``merge.EVENT_KEYS``, exactly as
the origin's outbox exported them) and, per origin device, applies them gap-free
(``domain/sync/merge.py`` decides: apply, replay, fork, gap; fast, merge, conflict). Rows are
written with Core statements, like the bulk writer (ADR 0002): an applied row keeps its
origin, so it is **not** written to this device's outbox, but each one gets an audit entry
here with the digest of the row as written (``changes.row_digest``), so ``verify`` checks it
like any other. Derived data (``case_modus``, ``search_token``, ``case_summary``) is rebuilt
for the cases touched. Everything happens in the caller's transaction: with any fork or
malformed event in the outcome the caller must roll back, and nothing of the bundle stays.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import Date, DateTime, LargeBinary, Table, delete, insert, select, update
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from ..domain.sync import merge
from ..services.sync.ports import WHOLE_ROW, ApplyOutcome, Fork
from .changes import GONE, ChangeRecorder, _jsonable, row_digest, tracked_tables
from .schema import AuditEntry, Case, CaseModus, CaseSummary, DeviceState, OutboxEvent, Person, \
    SearchToken
from .search import NameIndex, tokens_for
from .sync_schema import ReceivedEvent, SyncConflict

APPLIED, HELD = "APPLIED", "HELD"
_BATCH = 2_000
ACTIONS = {"create": "sync_create", "update": "sync_update", "delete": "sync_delete"}
MERGED = "sync_merge"  # an update on an older base merged with changes made here
# Rows that belong to one office's own running: its staff accounts, who else may open a case,
# its letterhead and rules. Events of another office's rows of these tables are received (their
# sequence numbers count) but not written here, and references to its staff are left empty.
OFFICE_LOCAL = frozenset({"app_user", "case_share", "office_setting"})


def outbox_event(row: Any) -> dict[str, Any]:
    """An outbox row as it travels (``merge.EVENT_KEYS``; ``created_at`` ISO 8601)."""
    m = row._mapping if hasattr(row, "_mapping") else row
    event = {key: m[key] for key in merge.EVENT_KEYS}
    if isinstance(event["created_at"], datetime):
        event["created_at"] = event["created_at"].isoformat()
    return event


def _from_json(column: Any, value: Any) -> Any:
    """A patch value (JSON form) as the column stores it."""
    if value is None or not isinstance(value, str):
        return value
    if isinstance(column.type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    if isinstance(column.type, LargeBinary):
        return bytes.fromhex(value)
    return value


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


class Malformed(Exception):
    """An event that cannot be applied (its code goes into ``ApplyOutcome.malformed``)."""


class _Applier:
    def __init__(self, session: Session, recorder: ChangeRecorder, bundle_id: str,
                 index: NameIndex | None, foreign_office: bool = False) -> None:
        self.skip = OFFICE_LOCAL if foreign_office else frozenset()
        self.session = session
        self.conn = session.connection()
        self.recorder = recorder
        self.bundle_id = bundle_id
        self.index = index
        self.tables = tracked_tables()
        self.own = recorder.device_id
        self.upto: dict[str, int] = {}                 # origin -> applied up to
        self.held: dict[str, dict[int, str]] = {}      # origin -> {seq: hash} held here
        self.seen: dict[tuple[str, int], str] = {}     # hashes recorded in this run
        self.pending: list[dict[str, Any]] = []        # received_event rows to insert
        self.audit: list[tuple[str, str, str, list[str], str | None]] = []
        self.token_cases: set[str] = set()
        self.cases: set[str] = set()
        self.counts = dict(applied=0, held=0, replayed=0, merged=0, conflicts=0, released=0)
        self.forks: list[Fork] = []
        self.malformed: list[str] = []
        self.gaps: dict[str, int] = {}
        self.now = datetime.now(timezone.utc).replace(tzinfo=None)

    # -- sequencing --------------------------------------------------------------------------
    def _origin(self, origin: str) -> None:
        if origin in self.upto:
            return
        applied = self.conn.execute(
            select(ReceivedEvent.device_seq).where(
                ReceivedEvent.origin_device_id == origin, ReceivedEvent.status == APPLIED)
            .order_by(ReceivedEvent.device_seq.desc()).limit(1)).scalar()
        self.upto[origin] = applied or 0
        self.held[origin] = dict(self.conn.execute(
            select(ReceivedEvent.device_seq, ReceivedEvent.content_hash).where(
                ReceivedEvent.origin_device_id == origin, ReceivedEvent.status == HELD)).all())

    def _known(self, origin: str, seq: int) -> str | None:
        if (origin, seq) in self.seen:
            return self.seen[(origin, seq)]
        if seq in self.held[origin]:
            return self.held[origin][seq]
        if seq > self.upto[origin]:
            return None
        return self.conn.execute(select(ReceivedEvent.content_hash).where(
            ReceivedEvent.origin_device_id == origin, ReceivedEvent.device_seq == seq)).scalar()

    def _own_known(self, seq: int) -> str | None:
        row = self.conn.execute(select(OutboxEvent).where(
            OutboxEvent.device_id == self.own, OutboxEvent.device_seq == seq)).first()
        return merge.event_hash(outbox_event(row)) if row is not None else None

    def take(self, event: Any) -> None:
        problem = merge.event_problem(event, self.tables)
        if problem is not None:
            self.malformed.append(f"{_event_id(event)}:{problem}")
            return
        origin, seq = event["device_id"], event["device_seq"]
        digest = merge.event_hash(event)
        if origin == self.own:  # our own event coming back: only a replay is acceptable
            known = self._own_known(seq)
            if known == digest:
                self.counts["replayed"] += 1
            else:
                self.forks.append(Fork(origin, seq, known or "", digest))
            return
        self._origin(origin)
        kind = merge.classify(seq, digest, self.upto[origin], self._known(origin, seq))
        if kind == merge.REPLAY:
            self.counts["replayed"] += 1
        elif kind == merge.FORK:
            self.forks.append(Fork(origin, seq, self._known(origin, seq) or "", digest))
        elif kind == merge.GAP:
            self._hold(event, digest)
        elif not self.forks and not self.malformed:  # after either, the bundle is refused
            self._apply_next(event, digest)
            self._release(origin)

    def _hold(self, event: dict[str, Any], digest: str) -> None:
        origin, seq = event["device_id"], event["device_seq"]
        self.pending.append(self._received(event, digest, HELD, event))
        self.seen[(origin, seq)] = digest
        self.held[origin][seq] = digest
        self.counts["held"] += 1
        first_missing = self.upto[origin] + 1
        self.gaps[origin] = first_missing

    def _release(self, origin: str) -> None:
        for seq in merge.releasable(self.upto[origin], self.held[origin]):
            self._flush_received()
            event = self.conn.execute(select(ReceivedEvent.event).where(
                ReceivedEvent.origin_device_id == origin, ReceivedEvent.device_seq == seq,
                ReceivedEvent.status == HELD)).scalar_one()
            self._write(event)
            self.conn.execute(update(ReceivedEvent).where(
                ReceivedEvent.origin_device_id == origin, ReceivedEvent.device_seq == seq)
                .values(status=APPLIED, event=None))
            del self.held[origin][seq]
            self.upto[origin] = seq
            self.counts["released"] += 1
            self.counts["applied"] += 1
        if not self.held[origin]:
            self.gaps.pop(origin, None)
        elif origin in self.gaps:
            self.gaps[origin] = self.upto[origin] + 1

    def _apply_next(self, event: dict[str, Any], digest: str) -> None:
        origin, seq = event["device_id"], event["device_seq"]
        self._write(event)
        self.pending.append(self._received(event, digest, APPLIED, None))
        self.seen[(origin, seq)] = digest
        self.upto[origin] = seq
        self.counts["applied"] += 1
        if len(self.pending) >= _BATCH:
            self._flush_received()

    def _received(self, event: dict[str, Any], digest: str, status: str,
                  kept: dict[str, Any] | None) -> dict[str, Any]:
        return {"origin_device_id": event["device_id"], "device_seq": event["device_seq"],
                "event_id": event["event_id"], "content_hash": digest,
                "bundle_id": self.bundle_id, "status": status, "entity": event["entity"],
                "entity_id": event["entity_id"], "base_version": event["base_version"],
                "fields": sorted(event["patch"]), "event": kept, "received_at": self.now}

    def _flush_received(self) -> None:
        if self.pending:
            self.conn.execute(insert(ReceivedEvent), self.pending)
            self.pending = []

    # -- rows --------------------------------------------------------------------------------
    def _write(self, event: dict[str, Any]) -> None:
        if event["entity"] in self.skip:
            return
        table = self.tables[event["entity"]]
        try:
            row = self.conn.execute(select(table).where(
                table.c.id == event["entity_id"])).first()
            local = dict(row._mapping) if row is not None else None
            if event["op"] == "create":
                self._create(table, event, local)
            elif event["op"] == "update":
                self._update(table, event, local)
            else:
                self._delete(table, event, local)
        except (IntegrityError, StatementError, ValueError, TypeError, KeyError) as exc:
            raise Malformed(f"{event['event_id']}:{type(exc).__name__}") from exc

    def _values(self, table: Table, patch: dict[str, Any]) -> dict[str, Any]:
        unknown = set(patch) - set(table.c.keys()) - {"version"}
        if unknown:
            raise KeyError(f"unknown columns {sorted(unknown)}")
        values = {k: _from_json(table.c[k], v) for k, v in patch.items()}
        for key in values:
            if any(fk.column.table.name in self.skip for fk in table.c[key].foreign_keys):
                values[key] = None   # another office's staff member: not known here
        return values

    def _touched(self, event: dict[str, Any]) -> set[str]:
        """Fields changed here since the event's base: this device's own edits and events
        from other origins applied here, each on that base or later."""
        self._flush_received()
        base = event["base_version"]
        fields: set[str] = set()
        for (patch,) in self.conn.execute(select(OutboxEvent.patch).where(
                OutboxEvent.entity_id == event["entity_id"],
                OutboxEvent.entity == event["entity"], OutboxEvent.device_id == self.own,
                OutboxEvent.base_version >= base)):
            fields |= set(patch or ())
        for (names,) in self.conn.execute(select(ReceivedEvent.fields).where(
                ReceivedEvent.entity_id == event["entity_id"],
                ReceivedEvent.entity == event["entity"], ReceivedEvent.status == APPLIED,
                ReceivedEvent.origin_device_id != event["device_id"],
                ReceivedEvent.base_version >= base)):
            fields |= set(names or ())
        return fields

    def _create(self, table: Table, event: dict[str, Any], local: dict | None) -> None:
        patch = event["patch"]
        if local is not None:
            plan = merge.plan_create(patch, _json_row(local), local["version"])
            self._land(table, event, local, plan)
            return
        values = {**_defaults(table), **self._values(table, patch), "id": event["entity_id"],
                  "version": 1}
        if table.name == Case.__tablename__ and not values.get("owner_device_id"):
            values["owner_device_id"] = event["device_id"]  # made before ownership existed
        self.conn.execute(insert(table), [values])
        self._done(table, event, ACTIONS["create"], sorted(patch), row_digest(table, values))

    def _update(self, table: Table, event: dict[str, Any], local: dict | None) -> None:
        if local is None:  # never here, or deleted here: a supervisor sees it
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
            self.counts["merged"] += 1
        if not plan.apply:
            return
        version = max(local["version"], event["base_version"]) + 1
        values = {**self._values(table, plan.apply), "version": version}
        values.pop("id", None)
        self.conn.execute(update(table).where(table.c.id == event["entity_id"]).values(values))
        action = ACTIONS["update"] if plan.kind == merge.FAST else MERGED
        self._done(table, event, action, sorted(plan.apply), row_digest(table, {**local, **values}))

    def _delete(self, table: Table, event: dict[str, Any], local: dict | None) -> None:
        touched = self._touched(event) if local is not None and \
            local["version"] > event["base_version"] else set()
        kind = merge.plan_delete(local is not None, local["version"] if local else 0,
                                 event["base_version"], touched)
        if kind == merge.NOOP:
            return
        if kind == merge.CONFLICT:
            mine = _json_row(local)
            self._conflict(event, WHOLE_ROW, {k: mine.get(k) for k in sorted(touched)}, None)
            return
        self.conn.execute(delete(table).where(table.c.id == event["entity_id"]))
        self._done(table, event, ACTIONS["delete"], [], GONE)

    def _done(self, table: Table, event: dict[str, Any], action: str, fields: list[str],
              digest: str) -> None:
        self.audit.append((action, table.name, event["entity_id"], fields, digest))
        if event.get("case_id"):
            self.cases.add(event["case_id"])
        if table.name == Case.__tablename__:
            self.token_cases.add(event["entity_id"])
            self.cases.add(event["entity_id"])
        elif table.name == Person.__tablename__:
            ids = set(self.conn.execute(select(Case.id).where(
                Case.person_id == event["entity_id"])).scalars())
            self.token_cases |= ids
            self.cases |= ids

    def _conflict(self, event: dict[str, Any], name: str, mine: Any, theirs: Any) -> None:
        result = self.conn.execute(insert(SyncConflict).values(
            entity=event["entity"], entity_id=event["entity_id"], case_id=event.get("case_id"),
            field=name, local_value=mine, incoming_value=theirs,
            origin_device_id=event["device_id"], event_id=event["event_id"],
            opened_at=self.now, status="OPEN"))
        self.audit.append(("conflict_open", SyncConflict.__tablename__,
                           str(result.inserted_primary_key[0]), [name], None))
        self.counts["conflicts"] += 1
        if event.get("case_id"):
            self.cases.add(event["case_id"])

    # -- after the events --------------------------------------------------------------------
    def finish(self) -> ApplyOutcome:
        self._flush_received()
        if self.cases:
            for chunk in _chunks(sorted(self.cases)):
                self.conn.execute(delete(CaseSummary).where(CaseSummary.case_id.in_(chunk)))
        self._rebuild_derived()
        self._write_audit()
        self.session.expire_all()  # rows written with Core under any loaded object
        return ApplyOutcome(forks=tuple(self.forks), malformed=tuple(self.malformed),
                            gaps=dict(self.gaps), cases=frozenset(self.cases), **self.counts)

    def _rebuild_derived(self) -> None:
        names: set[str] = set()
        for chunk in _chunks(sorted(self.token_cases)):
            self.conn.execute(delete(SearchToken).where(SearchToken.case_id.in_(chunk)))
            self.conn.execute(delete(CaseModus).where(CaseModus.case_id.in_(chunk)))
            tokens: list[dict[str, Any]] = []
            modus: list[dict[str, Any]] = []
            for case_id, number, case_modus, full_name, aliases, nik, documents in \
                    self.conn.execute(
                        select(Case.id, Case.case_number, Case.modus, Person.full_name,
                               Person.aliases, Person.nik, Person.documents)
                        .join(Person, Person.id == Case.person_id).where(Case.id.in_(chunk))):
                keys = tokens_for(full_name, aliases or (), nik or "", number,
                                  [d.get("number", "") for d in documents or ()])
                names |= keys
                tokens += [{"token": t, "case_id": case_id} for t in keys]
                modus += [{"case_id": case_id, "code": c} for c in set(case_modus or ())]
            if tokens:
                self.conn.execute(insert(SearchToken), tokens)
            if modus:
                self.conn.execute(insert(CaseModus), modus)
        if names and self.index is not None:
            self.index.stage(names)

    def _write_audit(self) -> None:
        if not self.audit:
            return
        head = self.recorder._load_head(self.session)
        now = datetime.fromtimestamp(self.recorder.wall_clock(), tz=timezone.utc) \
            .replace(tzinfo=None)
        actor = self.session.info.get("actor_id")
        for chunk in _chunks(self.audit):
            rows = [self.recorder._audit(head, now, actor, action, entity, entity_id, fields,
                                         row=digest)
                    for action, entity, entity_id, fields, digest in chunk]
            self.conn.execute(insert(AuditEntry), rows)
        self.conn.execute(update(DeviceState).where(DeviceState.device_id == self.own).values(
            audit_seq=head.audit_seq, audit_hash=head.audit_hash))


def _chunks(items: list, size: int = 500) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _json_row(row: dict[str, Any]) -> dict[str, Any]:
    """A stored row in the JSON form patches carry (dates as ISO strings, bytes as hex)."""
    return {k: json.loads(json.dumps(_jsonable(v), default=_jsonable)) for k, v in row.items()}


def _event_id(event: Any) -> str:
    if isinstance(event, dict) and isinstance(event.get("event_id"), str):
        return event["event_id"][:36]
    return "?"


def apply_events(session: Session, recorder: ChangeRecorder, events: Iterable[Any],
                 bundle_id: str, index: NameIndex | None = None,
                 foreign_office: bool = False) -> ApplyOutcome:
    """Apply ``events`` in the session's transaction; see the module docstring. With forks or
    malformed events in the outcome, the caller must roll back. From ``foreign_office`` (the
    sender is another office), ``OFFICE_LOCAL`` rows are received but not written."""
    session.flush()
    applier = _Applier(session, recorder, bundle_id, index, foreign_office)
    for event in events:
        try:
            applier.take(event)
        except Malformed as exc:
            applier.malformed.append(str(exc))
    return applier.finish()
