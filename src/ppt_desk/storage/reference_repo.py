"""``uow.reference``: the province's reference data in this store
(``services/sync/reference_ports.ReferenceRepository``). Device-local rows, not tracked: a
replacement is one audit-only action naming the version."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.institutions import Institution
from ..services.sync.reference_ports import INSTITUTIONS
from .reference_schema import ReferenceInstitution, ReferenceState

_FIELDS = ("name", "acronym", "category", "level", "province_code", "regency_code", "address",
           "phone", "email", "website", "contact_person", "note", "active")


def _institution(row: ReferenceInstitution) -> Institution:
    return Institution(id=row.id, services=tuple(row.services or ()),
                       **{f: getattr(row, f) for f in _FIELDS})


class SqlReferenceRepository:
    def __init__(self, session: Session, audit: Callable[[str, str, str], None]) -> None:
        self.session = session
        self._audit = audit

    def institutions(self) -> list[Institution]:
        return [_institution(r) for r in self.session.execute(
            select(ReferenceInstitution).order_by(ReferenceInstitution.name)).scalars()]

    def institution(self, institution_id: str) -> Institution | None:
        row = self.session.get(ReferenceInstitution, institution_id)
        return _institution(row) if row is not None else None

    def version(self, name: str) -> int:
        row = self.session.get(ReferenceState, name)
        return row.version if row is not None else 0

    def replace_institutions(self, items: Iterable[Institution], version: int,
                             sender_device_id: str, at: datetime) -> None:
        self.session.execute(delete(ReferenceInstitution))
        self.session.add_all(
            ReferenceInstitution(id=i.id, services=list(i.services),
                                 **{f: getattr(i, f) for f in _FIELDS}) for i in items)
        state = self.session.get(ReferenceState, INSTITUTIONS)
        if state is None:
            self.session.add(ReferenceState(name=INSTITUTIONS, version=version,
                                            sender_device_id=sender_device_id, applied_at=at))
        else:
            state.version, state.sender_device_id, state.applied_at = \
                version, sender_device_id, at
        self.session.flush()
        self._audit("reference_apply", "reference_state", f"{INSTITUTIONS}:{version}")
