"""``uow.province``: the secretariat's aggregates (``services/secretariat/province_ports.py``).

Read-only and made of aggregate statements that indexes answer: at 50 PPTs and 100,000 cases
the dashboard reads them in well under the 300 ms it may take. ``ix_case_owner`` (owner,
intake date) counts cases per device and ``ix_case_epoch`` finds the moved ones (migration
0012); the event sequence per device is a max over ``received_event``'s primary key, one
short probe per device (a GROUP BY would read every event).
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from ..services.secretariat.province_ports import BundleLine, MovedCase, ReturnedCase
from ..services.sync import ports as p
from .apply import APPLIED, HELD
from .apply_rows import PARKED
from .dialect import NoIndex
from .schema import Case, Office, Person
from .sync_schema import BundleLog, ReceivedEvent, SyncConflict

CASE_ENTITY = Case.__tablename__
OWNERSHIP_FIELD = "ownership_epoch"      # every change of ownership changes the epoch
HANDED_FIELD = "transferred_to"          # set by a move, emptied by a take-back
PSEUDONYM_FIRST, PSEUDONYM_END = "PSN-", "PSN."   # the range of names "PSN-…"


class SqlProvinceRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def bundle_lines(self) -> list[BundleLine]:
        b = BundleLog
        rows = self.session.execute(
            select(b.direction, b.kind, b.status, b.peer_device_id, b.bundle_seq, b.at,
                   b.event_count, b.reason, b.file_name)
            .where(or_(b.direction == p.IN,
                       and_(b.direction == p.OUT, b.kind == "receipt")))
            .order_by(b.id))
        return [BundleLine(*row) for row in rows]

    def applied_upto(self, device_ids: Iterable[str]) -> dict[str, int]:
        r = ReceivedEvent
        out = {}
        for device_id in device_ids:
            # A parked event is received (its origin's sequence went on past it), so the
            # sequence here is the highest applied or parked one; events behind a gap are
            # HELD. ix_received_status (status, origin, seq): one index probe per status.
            out[device_id] = max(self.session.execute(
                select(func.max(r.device_seq))
                .where(r.status == status, r.origin_device_id == device_id)).scalar() or 0
                for status in (APPLIED, PARKED))
        return out

    def held(self) -> dict[str, tuple[int, int]]:
        r = ReceivedEvent
        return {origin: (count, first) for origin, count, first in self.session.execute(
            select(r.origin_device_id, func.count(), func.min(r.device_seq))
            .where(r.status == HELD).group_by(r.origin_device_id))}

    def parked(self) -> dict[str, int]:
        r = ReceivedEvent
        return dict(self.session.execute(
            select(r.origin_device_id, func.count())
            .where(r.status == PARKED).group_by(r.origin_device_id)).all())

    def office_codes(self) -> dict[str, str]:
        return dict(self.session.execute(select(Office.id, Office.case_prefix)).all())

    def case_counts(self) -> dict[str, tuple[int, int]]:
        totals = dict(self.session.execute(
            select(Case.owner_device_id, func.count()).group_by(Case.owner_device_id)).all())
        # ix_person_name gives the pseudonyms' range; ix_case_person their cases.
        named = self.session.execute(
            select(Case.owner_device_id, func.count())
            .join(Person, Person.id == Case.person_id)
            .where(Person.full_name >= PSEUDONYM_FIRST, Person.full_name < PSEUDONYM_END)
            .group_by(Case.owner_device_id)).all()
        pseudonymised = dict(named)
        return {device: (total, pseudonymised.get(device, 0))
                for device, total in totals.items()}

    def data_version(self) -> tuple[int, int]:
        newest = self.session.execute(select(func.max(BundleLog.id))).scalar() or 0
        decided = self.session.execute(
            select(func.count()).select_from(SyncConflict)
            .where(SyncConflict.status != p.OPEN)).scalar_one()
        return newest, decided

    def open_conflicts_by_origin(self) -> dict[str, int]:
        c = SyncConflict
        return dict(self.session.execute(
            select(c.origin_device_id, func.count()).where(c.status == p.OPEN)
            .group_by(c.origin_device_id)).all())

    def moved_not_reported(self) -> list[MovedCase]:
        mine, others = aliased(ReceivedEvent), aliased(ReceivedEvent)
        # The move is the newest base any other device's event of the case stood on; the
        # owner reported back when one of its events stands on that base or a later one.
        # Both probe ix_received_entity (a case's events): "+status" and "+origin" keep
        # SQLite, which has no statistics, off ix_received_status (every applied event).
        move_base = select(func.max(others.base_version)).where(
            others.entity_id == Case.id, others.entity == CASE_ENTITY,
            NoIndex(others.status) == APPLIED,
            NoIndex(others.origin_device_id) != Case.owner_device_id
        ).correlate(Case).scalar_subquery()
        reported = exists().where(
            mine.entity_id == Case.id, mine.entity == CASE_ENTITY,
            NoIndex(mine.status) == APPLIED,
            NoIndex(mine.origin_device_id) == Case.owner_device_id,
            mine.base_version >= func.coalesce(move_base, 0))
        rows = self.session.execute(
            select(Case.id, Case.case_number, Case.owner_device_id, Case.ownership_epoch)
            .where(Case.ownership_epoch > 0, ~reported)).all()
        if not rows:
            return []
        movers = self._movers({row.id: row.owner_device_id for row in rows})
        return [MovedCase(row.id, row.case_number, row.owner_device_id, row.ownership_epoch,
                          *movers.get(row.id, ("", None))) for row in rows]

    def taken_back(self) -> list[ReturnedCase]:
        # A take-back is at least the second epoch (moved at 1, back at 2): ix_case_epoch.
        cases = {row.id: row for row in self.session.execute(
            select(Case.id, Case.case_number, Case.owner_device_id, Case.ownership_epoch)
            .where(Case.ownership_epoch >= 2))}
        newest: dict[str, tuple] = {}
        r, ids = ReceivedEvent, list(cases)
        for start in range(0, len(ids), 500):    # ix_received_entity: each case's events
            for case_id, origin, base, fields, at in self.session.execute(
                    select(r.entity_id, r.origin_device_id, r.base_version, r.fields,
                           r.received_at)
                    .where(r.entity_id.in_(ids[start:start + 500]), r.entity == CASE_ENTITY)):
                if origin != cases[case_id].owner_device_id \
                        or OWNERSHIP_FIELD not in (fields or ()):
                    continue
                key = (base, at)
                if case_id not in newest or key > newest[case_id][0]:
                    newest[case_id] = (key, HANDED_FIELD in fields, at)
        # The owner's newest change of the ownership: taking the case after a transfer to it
        # leaves transferred_to as the snapshot had it (""); taking it back empties it.
        return [ReturnedCase(case_id, cases[case_id].case_number,
                             cases[case_id].owner_device_id, cases[case_id].ownership_epoch,
                             at)
                for case_id, (_, handed, at) in newest.items() if handed]

    def _movers(self, owners: dict[str, str]) -> dict[str, tuple]:
        """Case id -> (device, received at) of the newest event that moved it."""
        r = ReceivedEvent
        ids = list(owners)
        best: dict[str, tuple] = {}
        for start in range(0, len(ids), 500):
            for case_id, origin, base, at in self.session.execute(
                    select(r.entity_id, r.origin_device_id, r.base_version, r.received_at)
                    .where(r.entity_id.in_(ids[start:start + 500]), r.entity == CASE_ENTITY,
                           NoIndex(r.status) == APPLIED)):
                if origin == owners[case_id]:
                    continue
                key = (base, at)
                if case_id not in best or key > best[case_id][0]:
                    best[case_id] = (key, origin, at)
        return {case_id: (origin, at) for case_id, (_, origin, at) in best.items()}

