"""``uow.rad`` (services/rad_ports.py): typed-in RAD figures, ``rad_entry`` rows.

The rows are tracked (``stats_schema.RadEntry``): written through the session, so the
``before_flush`` hook of the change recorder gives each insert or change an outbox event and an
audit entry, and the row travels to the secretariat in the office's bundles. One row per
(office, plan, indicator, year, semester) (``uq_rad_entry``); its id is derived from that key
(UUID 5), so two laptops of one office typing the same figure write the same entity and meet
as one row in sync (a conflict to decide, never a second row that breaks the unique key).
"""
from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.stats.model import Scope
from ..domain.stats.rad import ManualEntry
from .schema import Office
from .stats_schema import RadEntry

_NAMESPACE = uuid.UUID("6f1d7c52-3b0e-5a8e-9d4e-2c1b7a90e5f3")   # ppt-desk rad_entry ids


def rad_entry_id(office_id: str, plan: str, indicator: str, year: int, semester: int) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{office_id}|{plan}|{indicator}|{year}|{semester}"))


class SqlRadRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def entries(self, plan: str, year: int, scope: Scope) -> list[ManualEntry]:
        q = select(RadEntry).where(RadEntry.plan == plan, RadEntry.year == year)
        if scope.kind == "PPT":
            q = q.where(RadEntry.office_id == scope.code)
        elif scope.kind == "KABUPATEN":
            q = q.where(RadEntry.office_id.in_(
                select(Office.id).where(Office.regency_code == scope.code)))
        rows = self.session.execute(q.order_by(RadEntry.indicator, RadEntry.office_id,
                                               RadEntry.semester)).scalars()
        return [ManualEntry(r.indicator, r.semester, r.value, r.office_id, r.note or "")
                for r in rows]

    def save(self, office_id: str, plan: str, indicator: str, year: int, semester: int,
             value: int, note: str, entered_by: str | None, entered_at: datetime) -> bool:
        entry_id = rad_entry_id(office_id, plan, indicator, year, semester)
        row = self.session.get(RadEntry, entry_id)   # the id is derived from the unique key
        if row is None:
            self.session.add(RadEntry(
                id=entry_id,
                office_id=office_id, plan=plan, indicator=indicator, year=year,
                semester=semester, value=value, note=note, entered_by=entered_by,
                entered_at=entered_at))
        elif row.value == value and (row.note or "") == note:
            return False
        else:
            row.value = value
            row.note = note
            row.entered_by = entered_by
            row.entered_at = entered_at
        self.session.flush()
        return True
