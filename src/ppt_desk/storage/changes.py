"""The one mechanism that records every mutation: outbox event + audit chain entry.

``ChangeRecorder.build`` turns a list of ``Change`` into outbox and audit rows,
advancing the device sequence, the hybrid logical clock and the audit head. It
is used by the ORM ``before_flush`` hook (every tracked row a session writes)
and by bulk writers (demo data, later bundle import), so both produce the same
records. Everything happens inside the caller's transaction: a rollback
removes the record change, its event and its audit entry together.
"""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any, Callable

from sqlalchemy import event, inspect, update
from sqlalchemy.orm import Session

from ..domain.ids import Hlc, uuid7
from .schema import AuditEntry, DeviceState, OutboxEvent, Tracked

GENESIS = "0" * 64


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=_jsonable).encode("utf-8")


def audit_hash(prev_hash: str, entry: dict[str, Any]) -> str:
    return hashlib.sha256(bytes.fromhex(prev_hash) + canonical(entry)).hexdigest()


AUDIT_FIELDS = ("seq", "at", "user_id", "device_id", "action", "entity", "entity_id", "fields")


@dataclass
class Change:
    entity: str
    entity_id: str
    op: str                      # create | update | delete
    patch: dict[str, Any]
    base_version: int
    case_id: str | None = None


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
               entity: str, entity_id: str, fields: list[str]) -> dict[str, Any]:
        entry = {"seq": head.audit_seq + 1, "at": now.isoformat(timespec="milliseconds"),
                 "user_id": user_id, "device_id": self.device_id, "action": action,
                 "entity": entity, "entity_id": entity_id, "fields": sorted(fields)}
        prev = head.audit_hash
        digest = audit_hash(prev, entry)
        head.audit_seq, head.audit_hash = entry["seq"], digest
        return {**entry, "prev_hash": prev, "hash": digest}

    def build(self, head: _Head, changes: list[Change], author_id: str | None,
              actions: list[tuple[str, str, str]] = ()) -> tuple[list[dict], list[dict]]:
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
            audit.append(self._audit(head, now, author_id, change.op, change.entity,
                                     change.entity_id, list(change.patch)))
        for action, entity, entity_id in actions:
            audit.append(self._audit(head, now, author_id, action, entity, entity_id, []))
        return outbox, audit

    def write(self, session: Session, changes: list[Change], author_id: str | None,
              actions: list[tuple[str, str, str]] = ()) -> None:
        """Record ``changes`` (and audit-only ``actions``) in the session's transaction."""
        if not changes and not actions:
            return
        head = self._load_head(session)
        outbox, audit = self.build(head, changes, author_id, actions)
        conn = session.connection()
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


def collect_changes(session: Session) -> list[Change]:
    """Field-level changes of tracked rows pending in the session; bumps their versions."""
    changes: list[Change] = []
    for obj in list(session.new):
        if isinstance(obj, Tracked):
            _apply_defaults(obj)
            obj.version = 1
            patch = {k: _jsonable(getattr(obj, k)) for k in _columns(obj) if k != "version"}
            changes.append(Change(obj.__tablename__, str(getattr(obj, "id")), "create", patch, 0,
                                  _case_id(obj)))
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
                                  _case_id(obj)))
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
