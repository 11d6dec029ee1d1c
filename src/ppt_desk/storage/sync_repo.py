"""``uow.sync``: the storage side of USB sync (``services/sync/ports.SyncRepository``).

This device's keys and bundle chain (``device_state``, read and written with plain statements:
the change recorder advances the same row), enrolled peers, the outbox's shipping marks, the
bundle log (which identities left: ``identity_repo.py``), received events (``apply.py``),
peers' checkpoints, conflict items and case ownership. Writes to device-local tables audit themselves
through the unit of work's ``record_action``; ownership and conflict decisions are tracked
changes of the record (outbox event + audit entry, they travel).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from ..domain.errors import DomainError
from ..services.sync import ports as p
from .apply import APPLIED, HELD, apply_events, outbox_event, rebuild_derived
from .apply_rows import PARKED, _from_json
from .changes import ChangeRecorder, tracked_tables
from .engine import streaming_page_cache
from .schema import Base, Case, DeviceState, OutboxEvent, Person
from .search import NameIndex
from .sync_schema import BundleLog, PeerCheckpoint, PeerDevice, \
    ReceivedEvent, SyncConflict

_STREAM = 500  # rows per fetch of a streamed read
ACCEPTED = (p.SENT, p.APPLIED, p.HELD)

Audit = Callable[[str, str, str], None]


def _peer(row: PeerDevice) -> p.PeerDevice:
    return p.PeerDevice(
        row.device_id, row.role, row.office_id, row.office_name, row.province_code,
        row.regency_code, row.device_code, bytes(row.signing_key), tuple(row.age_recipients or ()),
        row.fingerprint, row.enrolled_at, row.enrolled_by, row.revoked_at, row.revoked_by,
        row.revoke_reason or "")


def bundle_entry(row: BundleLog) -> p.BundleEntry:
    return p.BundleEntry(
        row.direction, row.kind, row.status, row.at, row.bundle_id, row.peer_device_id,
        row.bundle_seq, row.bundle_hash, row.prev_bundle_hash, row.first_seq, row.last_seq,
        row.event_count, row.file_name, row.reason, row.by_user, row.id)


def _conflict(row: SyncConflict) -> p.Conflict:
    return p.Conflict(row.id, row.entity, row.entity_id, row.case_id, row.field, row.local_value,
                      row.incoming_value, row.origin_device_id, row.event_id, row.opened_at,
                      row.status, row.decided_by, row.decided_at, row.chosen)


def _tracked_class(entity: str) -> type:
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == entity and entity in tracked_tables():
            return mapper.class_
    raise DomainError("conflict_unknown_entity")


class SqlSyncRepository:
    def __init__(self, session: Session, recorder: ChangeRecorder, index: NameIndex | None,
                 audit: Audit) -> None:
        self.session = session
        self._recorder = recorder
        self._index = index
        self._audit = audit

    # -- this device ---------------------------------------------------------------------------
    def own_device(self) -> p.OwnDevice:
        s = self.session.execute(select(
            DeviceState.device_id, DeviceState.signing_key, DeviceState.age_identity,
            DeviceState.device_code, DeviceState.next_seq, DeviceState.bundle_seq,
            DeviceState.last_bundle_hash, DeviceState.audit_seq, DeviceState.audit_hash)).one()
        return p.OwnDevice(s.device_id, bytes(s.signing_key), s.age_identity, s.device_code,
                           s.next_seq - 1, s.bundle_seq, s.last_bundle_hash, s.audit_seq,
                           s.audit_hash)

    def _device_id(self) -> str:
        return self.session.execute(select(DeviceState.device_id)).scalar_one()

    def set_age_identity(self, identity: str) -> None:
        device_id = self._device_id()
        self.session.execute(update(DeviceState).where(DeviceState.device_id == device_id)
                             .values(age_identity=identity))
        self._audit("age_identity", "device_state", device_id)

    def advance_bundle_chain(self, seq: int, bundle_hash: str) -> None:
        device = self.own_device()
        if seq != device.bundle_seq + 1:
            raise DomainError("bundle_chain_out_of_order")
        self.session.execute(update(DeviceState).where(DeviceState.device_id == device.device_id)
                             .values(bundle_seq=seq, last_bundle_hash=bundle_hash))

    # -- peers ---------------------------------------------------------------------------------
    def add_peer(self, peer: p.PeerDevice) -> None:
        if self.session.get(PeerDevice, peer.device_id) is not None:
            raise DomainError("peer_exists")
        self.session.add(PeerDevice(
            device_id=peer.device_id, role=peer.role, office_id=peer.office_id,
            office_name=peer.office_name, province_code=peer.province_code,
            regency_code=peer.regency_code, device_code=peer.device_code,
            signing_key=bytes(peer.signing_key), age_recipients=list(peer.age_recipients),
            fingerprint=peer.fingerprint, enrolled_at=peer.enrolled_at,
            enrolled_by=peer.enrolled_by, revoked_at=peer.revoked_at, revoked_by=peer.revoked_by,
            revoke_reason=peer.revoke_reason))
        self._audit("peer_enrol", "peer_device", peer.device_id)

    def peer(self, device_id: str) -> p.PeerDevice | None:
        row = self.session.get(PeerDevice, device_id)
        return _peer(row) if row is not None else None

    def peers(self) -> list[p.PeerDevice]:
        rows = self.session.execute(select(PeerDevice).order_by(
            PeerDevice.role, PeerDevice.office_name, PeerDevice.device_code)).scalars()
        return [_peer(row) for row in rows]

    def revoke_peer(self, device_id: str, by: str | None, at: datetime, reason: str) -> None:
        row = self.session.get(PeerDevice, device_id)
        if row is None:
            raise DomainError("peer_not_found")
        if row.revoked_at is not None:
            return
        row.revoked_at, row.revoked_by, row.revoke_reason = at, by, reason
        self._audit("peer_revoke", "peer_device", device_id)

    # -- outbox --------------------------------------------------------------------------------
    def _own_unacked(self) -> list[Any]:
        return [OutboxEvent.device_id == self._device_id(), OutboxEvent.acked_at.is_(None)]

    def unacked_events(self) -> Iterator[dict[str, Any]]:
        table = OutboxEvent.__table__   # Core rows: the ORM's row loading costs a third more
        conn = self.session.connection()
        with streaming_page_cache(conn):
            result = conn.execute(
                select(*(table.c[key] for key in p.EVENT_KEYS))
                .where(table.c.device_id == self._device_id(), table.c.acked_at.is_(None))
                .order_by(table.c.device_seq).execution_options(yield_per=_STREAM))
            try:
                for row in result:
                    yield outbox_event(row)
            finally:
                result.close()

    def count_unacked(self) -> int:
        return self.session.execute(
            select(func.count()).select_from(OutboxEvent).where(*self._own_unacked())).scalar_one()

    def mark_shipped(self, first_seq: int, last_seq: int, at: datetime) -> int:
        return self.session.execute(update(OutboxEvent).where(
            *self._own_unacked(), OutboxEvent.device_seq >= first_seq,
            OutboxEvent.device_seq <= last_seq).values(shipped_at=at)).rowcount

    def mark_acked(self, upto_seq: int, at: datetime) -> int:
        return self.session.execute(update(OutboxEvent).where(
            *self._own_unacked(), OutboxEvent.device_seq <= upto_seq)
            .values(acked_at=at)).rowcount

    # -- bundle log ----------------------------------------------------------------------------
    def record_bundle(self, entry: p.BundleEntry) -> int:
        row = BundleLog(
            bundle_id=entry.bundle_id, direction=entry.direction, kind=entry.kind,
            peer_device_id=entry.peer_device_id, bundle_seq=entry.bundle_seq,
            bundle_hash=entry.bundle_hash, prev_bundle_hash=entry.prev_bundle_hash,
            first_seq=entry.first_seq, last_seq=entry.last_seq, event_count=entry.event_count,
            file_name=entry.file_name, status=entry.status, reason=entry.reason, at=entry.at,
            by_user=entry.by_user)
        self.session.add(row)
        self.session.flush()
        self._audit(f"bundle_{entry.status.lower()}", "bundle_log",
                    entry.bundle_id or f"#{row.id}")
        return row.id

    def bundles(self, direction: str | None = None) -> list[p.BundleEntry]:
        stmt = select(BundleLog).order_by(BundleLog.id.desc())
        if direction is not None:
            stmt = stmt.where(BundleLog.direction == direction)
        return [bundle_entry(row) for row in self.session.execute(stmt).scalars()]

    def last_bundle_from(self, device_id: str) -> tuple[int, str] | None:
        row = self.session.execute(
            select(BundleLog.bundle_seq, BundleLog.bundle_hash).where(
                BundleLog.direction == p.IN, BundleLog.peer_device_id == device_id,
                BundleLog.status.in_((p.APPLIED, p.HELD)))
            .order_by(BundleLog.bundle_seq.desc()).limit(1)).first()
        return (row.bundle_seq, row.bundle_hash) if row is not None else None

    def bundle_by_hash(self, bundle_hash: str) -> p.BundleEntry | None:
        row = self.session.execute(select(BundleLog).where(
            BundleLog.bundle_hash == bundle_hash, BundleLog.status.in_(ACCEPTED))
            .order_by(BundleLog.id).limit(1)).scalar()
        return bundle_entry(row) if row is not None else None

    def bundle_from(self, device_id: str, bundle_seq: int) -> p.BundleEntry | None:
        row = self.session.execute(select(BundleLog).where(
            BundleLog.direction == p.IN, BundleLog.peer_device_id == device_id,
            BundleLog.bundle_seq == bundle_seq,
            BundleLog.status.in_((p.APPLIED, p.HELD, p.REPLAY)))
            .order_by(BundleLog.id).limit(1)).scalar()
        return bundle_entry(row) if row is not None else None

    # -- received events and checkpoints -------------------------------------------------------
    def apply_events(self, events: Iterable[dict[str, Any]], bundle_id: str,
                     foreign_office: bool = False) -> p.ApplyOutcome:
        return apply_events(self.session, self._recorder, events, bundle_id, self._index,
                            foreign_office)

    def received_summary(self) -> list[p.ReceivedSummary]:
        # Parked events are received (kept here, applied once their rows come): they count,
        # so a receipt acknowledges them and the sender stops re-sending them.
        applied = dict(self.session.execute(
            select(ReceivedEvent.origin_device_id, func.max(ReceivedEvent.device_seq))
            .where(ReceivedEvent.status.in_((APPLIED, PARKED)))
            .group_by(ReceivedEvent.origin_device_id)).all())
        held = {origin: (count, first) for origin, count, first in self.session.execute(
            select(ReceivedEvent.origin_device_id, func.count(), func.min(ReceivedEvent.device_seq))
            .where(ReceivedEvent.status == HELD).group_by(ReceivedEvent.origin_device_id))}
        return [p.ReceivedSummary(origin, applied.get(origin, 0), *held.get(origin, (0, 0)))
                for origin in sorted(set(applied) | set(held))]

    def peer_checkpoint(self, device_id: str) -> p.PeerCheckpoint | None:
        row = self.session.get(PeerCheckpoint, device_id)
        if row is None:
            return None
        return p.PeerCheckpoint(row.device_id, row.seq, row.head_hash, bytes(row.signature),
                                row.at)

    def store_peer_checkpoint(self, checkpoint: p.PeerCheckpoint) -> None:
        self.session.merge(PeerCheckpoint(
            device_id=checkpoint.device_id, seq=checkpoint.seq, head_hash=checkpoint.head_hash,
            signature=bytes(checkpoint.signature), at=checkpoint.at))
        self.session.flush()

    # -- conflicts -----------------------------------------------------------------------------
    def open_conflicts(self) -> list[p.Conflict]:
        return [_conflict(row) for row in self.session.execute(
            select(SyncConflict).where(SyncConflict.status == p.OPEN)
            .order_by(SyncConflict.opened_at, SyncConflict.id)).scalars()]

    def conflict(self, conflict_id: int) -> p.Conflict | None:
        row = self.session.get(SyncConflict, conflict_id)
        return _conflict(row) if row is not None else None

    def decide_conflict(self, conflict_id: int, chosen: str, by: str | None,
                        at: datetime) -> str | None:
        row = self.session.get(SyncConflict, conflict_id)
        if row is None:
            raise DomainError("conflict_not_found")
        if row.status != p.OPEN:
            raise DomainError("conflict_already_decided")
        if chosen not in (p.LOCAL, p.INCOMING):
            raise DomainError("conflict_choice")
        klass = _tracked_class(row.entity)
        obj = self.session.get(klass, row.entity_id)
        if chosen == p.INCOMING:
            self._take_incoming(row, klass, obj)
        elif obj is not None:
            # The local value stays; written again as an edit so the decision travels.
            names = list(row.local_value or ()) if row.field == p.WHOLE_ROW else [row.field]
            for name in names:
                flag_modified(obj, name)
        row.status, row.chosen, row.decided_by, row.decided_at = p.DECIDED, chosen, by, at
        self.session.flush()
        if row.entity in (Case.__tablename__, Person.__tablename__):   # names, NIK, modus
            cases = [row.entity_id] if row.entity == Case.__tablename__ else list(
                self.session.execute(select(Case.id).where(Case.person_id == row.entity_id))
                .scalars())
            rebuild_derived(self.session.connection(), cases, self._index)
        self._audit("conflict_decide", "sync_conflict", str(row.id))
        return row.case_id

    def _take_incoming(self, row: SyncConflict, klass: type, obj: Any) -> None:
        table = klass.__table__
        if row.field != p.WHOLE_ROW:
            if obj is None:
                raise DomainError("conflict_row_missing")
            setattr(obj, row.field, _from_json(table.c[row.field], row.incoming_value))
        elif row.incoming_value is None:  # an incoming delete
            if obj is not None:
                self.session.delete(obj)
        else:  # an update of a row that was not here
            if obj is None:
                raise DomainError("conflict_row_missing")
            for name, value in row.incoming_value.items():
                setattr(obj, name, _from_json(table.c[name], value))

    # -- case ownership ------------------------------------------------------------------------
    def owner(self, case_id: str) -> tuple[str, int, str] | None:
        row = self.session.execute(select(
            Case.owner_device_id, Case.ownership_epoch, Case.transferred_to)
            .where(Case.id == case_id)).first()
        return tuple(row) if row is not None else None

    def set_owner(self, case_id: str, device_id: str, epoch: int, transferred_to: str) -> None:
        case = self.session.get(Case, case_id)
        if case is None:
            raise DomainError("case_not_found")
        case.owner_device_id, case.ownership_epoch = device_id, epoch
        case.transferred_to = transferred_to
        self.session.flush()
