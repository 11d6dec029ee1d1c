"""Applying another device's events to this store (the import engine's last step).

``apply_events`` takes a verified bundle's events (dicts of ``merge.EVENT_KEYS``, exactly as
the origin's outbox exported them) and, per origin device, applies them gap-free
(``domain/sync/merge.py`` decides: apply, replay, fork, gap; fast, merge, conflict; an event
made on rows not here yet is parked until they come, counted as held: ``apply_rows.py``). Rows are
written with Core statements in batches (``apply_rows.py``), like the bulk writer (ADR 0002):
an applied row keeps its origin, so it is **not** written to this device's outbox, but each
one gets an audit entry here with the digest of the row as written (``changes.row_digest``),
so ``verify`` checks it like any other. Derived data (``case_modus``, ``search_token``,
``case_summary``) is rebuilt for the cases touched. Everything happens in the caller's
transaction: with any fork or malformed event in the outcome the caller must roll back, and
nothing of the bundle stays.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import delete, inspect, select, update
from sqlalchemy.orm import Session

from ..domain.sync import merge
from ..services.sync.ports import ApplyOutcome, Fork
from .apply_rows import PARKED, AuditRow, RowWriter, Run, _chunks, fast_insert
from .changes import ChangeRecorder, drop_moved_offices, drop_stats, tracked_tables
from .engine import import_page_cache
from .schema import AuditEntry, Case, CaseModus, CaseSummary, DeviceState, Office, OutboxEvent, \
    Person, SearchToken
from .search import NameIndex, tokens_for
from .sync_schema import ReceivedEvent
from .write_behind import WriteBehind

APPLIED, HELD = "APPLIED", "HELD"
_BATCH = 2_000
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


class _Applier:
    def __init__(self, session: Session, recorder: ChangeRecorder, bundle_id: str,
                 index: NameIndex | None, foreign_office: bool = False) -> None:
        self.session = session
        self.conn = session.connection()
        self.recorder = recorder
        self.bundle_id = bundle_id
        self.index = index
        self.entities = frozenset(tracked_tables())
        self.own = recorder.device_id
        self.upto: dict[str, int] = {}                 # origin -> applied up to
        self.held: dict[str, dict[int, str]] = {}      # origin -> {seq: hash} held here
        self.window: dict[str, dict[int, str]] = {}    # origin -> {seq: hash} read ahead
        self.pending: list[dict[str, Any]] = []        # received_event rows to insert
        self.counts = dict(applied=0, held=0, replayed=0, released=0)
        self.forks: list[Fork] = []
        self.malformed: list[str] = []
        self.gaps: dict[str, int] = {}
        self.now = datetime.now(timezone.utc).replace(tzinfo=None)
        self.behind = WriteBehind(self.conn)   # closed by apply_events
        self.audit = AuditWriter(session, recorder, self.behind.submit)
        self.rows = RowWriter(self.conn, self.own, OFFICE_LOCAL if foreign_office else
                              frozenset(), self.now, self._flush_received, self.audit.write,
                              self.behind.submit)

    # -- sequencing --------------------------------------------------------------------------
    def _origin(self, origin: str) -> None:
        if origin in self.upto:
            return
        applied = self.conn.execute(   # parked events are received: their sequence counts
            select(ReceivedEvent.device_seq).where(
                ReceivedEvent.origin_device_id == origin,
                ReceivedEvent.status.in_((APPLIED, PARKED)))
            .order_by(ReceivedEvent.device_seq.desc()).limit(1)).scalar()
        self.upto[origin] = applied or 0
        self.held[origin] = dict(self.conn.execute(
            select(ReceivedEvent.device_seq, ReceivedEvent.content_hash).where(
                ReceivedEvent.origin_device_id == origin, ReceivedEvent.status == HELD)).all())

    def _known(self, origin: str, seq: int) -> str | None:
        if seq in self.held[origin]:
            return self.held[origin][seq]
        if seq > self.upto[origin]:
            return None
        window = self.window.get(origin)
        if window is None or seq not in window:  # a re-import reads its hashes in windows
            self._flush_received()
            window = self.window[origin] = dict(self.conn.execute(
                select(ReceivedEvent.device_seq, ReceivedEvent.content_hash).where(
                    ReceivedEvent.origin_device_id == origin, ReceivedEvent.device_seq >= seq,
                    ReceivedEvent.device_seq < seq + _BATCH)).all())
        return window.get(seq)

    def _own_known(self, seq: int) -> str | None:
        row = self.conn.execute(select(OutboxEvent).where(
            OutboxEvent.device_id == self.own, OutboxEvent.device_seq == seq)).first()
        return merge.event_hash(outbox_event(row)) if row is not None else None

    def take(self, event: Any) -> None:
        problem = merge.event_problem(event, self.entities)
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
        self.held[origin][seq] = digest
        self.counts["held"] += 1
        self.gaps[origin] = self.upto[origin] + 1   # the first missing one

    def _release(self, origin: str) -> None:
        for seq in merge.releasable(self.upto[origin], self.held[origin]):
            self._flush_received()
            event = self.conn.execute(select(ReceivedEvent.event).where(
                ReceivedEvent.origin_device_id == origin, ReceivedEvent.device_seq == seq,
                ReceivedEvent.status == HELD)).scalar_one()
            self.rows.add(event)
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
        self.rows.add(event)
        self.pending.append(self._received(event, digest, APPLIED, None))
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
            fast_insert(self.conn, ReceivedEvent.__table__, self.pending, self.behind.submit)
            self.pending = []

    # -- after the events --------------------------------------------------------------------
    def finish(self) -> ApplyOutcome:
        rows = self.rows
        if not self.forks and not self.malformed:
            rows.finish()
        self._flush_received()
        for chunk in _chunks(sorted(rows.cases)):
            self.conn.execute(delete(CaseSummary).where(CaseSummary.case_id.in_(chunk)))
        drop_stats(self.conn, rows.cases)   # statistics: rebuilt before they next count
        if rows.written.get(Office.__tablename__):
            drop_moved_offices(self.conn, rows.written[Office.__tablename__])
        rebuild_derived(self.conn, rows.token_cases, self.index, self.behind.submit)
        self.audit.write(rows.audit)
        self.behind.wait()
        self.audit.close()
        failed = [self.behind.failed] if self.behind.failed else []
        self.session.expire_all()  # rows written with Core under any loaded object
        self.counts["held"] += rows.newly_parked   # waiting for another origin's events
        self.counts["applied"] -= rows.newly_parked
        return ApplyOutcome(
            forks=tuple(self.forks), malformed=tuple(self.malformed + rows.malformed + failed),
            gaps=dict(self.gaps), cases=frozenset(rows.cases), merged=rows.merged,
            conflicts=rows.conflicts, **self.counts)


def rebuild_derived(conn: Any, case_ids: Iterable[str], index: NameIndex | None,
                    run: Run | None = None) -> None:
    """Search keys and modus rows of ``case_ids`` from their case and person rows (also for
    ``adopt.py``); the name index learns the new keys."""
    names: set[str] = set()
    for chunk in _chunks(sorted(case_ids)):
        conn.execute(delete(SearchToken).where(SearchToken.case_id.in_(chunk)))
        conn.execute(delete(CaseModus).where(CaseModus.case_id.in_(chunk)))
        tokens: list[dict[str, Any]] = []
        modus: list[dict[str, Any]] = []
        for case_id, number, case_modus, full_name, aliases, nik, documents in conn.execute(
                select(Case.id, Case.case_number, Case.modus, Person.full_name,
                       Person.aliases, Person.nik, Person.documents)
                .join(Person, Person.id == Case.person_id).where(Case.id.in_(chunk))):
            keys = tokens_for(full_name, aliases or (), nik or "", number,
                              [d.get("number", "") for d in documents or ()])
            names |= keys
            tokens += [{"token": t, "case_id": case_id} for t in keys]
            modus += [{"case_id": case_id, "code": c} for c in set(case_modus or ())]
        fast_insert(conn, SearchToken.__table__, tokens, run)
        fast_insert(conn, CaseModus.__table__, modus, run)
    if names and index is not None:
        index.stage(names)


def write_audit(session: Session, recorder: ChangeRecorder, entries: list[AuditRow]) -> None:
    """Audit entries for rows written with Core statements (``adopt.py``)."""
    writer = AuditWriter(session, recorder)
    writer.write(entries)
    writer.close()


class AuditWriter:
    """Audit entries for rows written with Core statements, chained on from the head read at
    the first ``write``; ``close()`` stores the new head in ``device_state``."""

    def __init__(self, session: Session, recorder: ChangeRecorder,
                 run: Run | None = None) -> None:
        self.session, self.recorder, self.run = session, recorder, run
        self.head: Any = None

    def write(self, entries: list[AuditRow]) -> None:
        if not entries:
            return
        recorder, conn = self.recorder, self.session.connection()
        if self.head is None:
            self.head = recorder._load_head(self.session)
            self.now = datetime.fromtimestamp(recorder.wall_clock(), tz=timezone.utc).replace(
                tzinfo=None)
            self.actor = self.session.info.get("actor_id")
        for chunk in _chunks(entries):
            rows = [recorder._audit(self.head, self.now, self.actor, action, entity, entity_id,
                                    fields, row=digest)
                    for action, entity, entity_id, fields, digest in chunk]
            fast_insert(conn, AuditEntry.__table__, rows, self.run)

    def close(self) -> None:
        if self.head is None:
            return
        session, device_id = self.session, self.recorder.device_id
        session.connection().execute(update(DeviceState).where(
            DeviceState.device_id == device_id).values(
            audit_seq=self.head.audit_seq, audit_hash=self.head.audit_hash))
        state = session.identity_map.get(inspect(DeviceState).identity_key_from_primary_key(
            (device_id,)))
        if state is not None:  # the next head is read from the row, not from a stale object
            session.expire(state)


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
    with import_page_cache(session.connection()):
        applier = _Applier(session, recorder, bundle_id, index, foreign_office)
        try:
            for event in events:
                applier.take(event)
            return applier.finish()
        finally:
            applier.behind.close()   # before the caller commits or rolls back
