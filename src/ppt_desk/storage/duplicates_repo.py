"""``uow.duplicates``: the secretariat's possible duplicates
(``services/secretariat/ports.DuplicatesRepository``). Pairs and blocking keys are
province-local rows, not tracked; an officer's decision is an audit-only action."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from ..domain.duplicates import PersonFacts
from ..domain.ids import uuid7
from ..services.secretariat.ports import CaseSide, FoundPair, StoredPair
from .duplicates_schema import CONFIRMED, DISMISSED, OPEN, DuplicateBlock, DuplicatePair
from .schema import Case, DeviceSetting, Office, Person

VERSION_KEY = "duplicate_block_version"
_ACTIONS = {CONFIRMED: "duplicate_confirm", DISMISSED: "duplicate_dismiss"}   # audit actions
_CHUNK = 500
_BATCH = 5000
T = TypeVar("T")


def _chunks(items: Iterable[T], size: int = _CHUNK) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_FACT_COLUMNS = (Case.id, Case.office_id, Person.full_name, Person.aliases, Person.sex,
                 Person.birth_date, Person.estimated_age, Case.intake_date, Person.nik)


def _facts(row: Any) -> PersonFacts:
    case_id, office_id, name, aliases, sex, birth, age, intake, nik = row
    estimate = intake.year - age if birth is None and age is not None and intake else None
    return PersonFacts(case_id, office_id, (name or "", *(aliases or ())), sex or "", birth,
                       estimate, nik or "")


def _stored(row: DuplicatePair) -> StoredPair:
    return StoredPair(row.id, row.case_a, row.case_b, row.score, tuple(row.reasons or ()),
                      row.status, row.found_at, row.decided_by, row.decided_at, row.note or "")


class SqlDuplicatesRepository:
    def __init__(self, session: Session, audit: Callable[[str, str, str], None]) -> None:
        self.session = session
        self._audit = audit

    # -- what is compared ----------------------------------------------------------------------
    def _fact_query(self) -> Any:
        return select(*_FACT_COLUMNS).join(Person, Person.id == Case.person_id)

    def facts(self, case_ids: Iterable[str]) -> list[PersonFacts]:
        out: list[PersonFacts] = []
        for chunk in _chunks(sorted(set(case_ids))):
            out.extend(_facts(r) for r in self.session.execute(
                self._fact_query().where(Case.id.in_(chunk))))
        return out

    def all_facts(self) -> Iterator[PersonFacts]:
        result = self.session.execute(self._fact_query().execution_options(yield_per=_BATCH))
        for row in result:
            yield _facts(row)

    # -- blocking keys -------------------------------------------------------------------------
    def blocks_version(self) -> str:
        value = self.session.execute(select(DeviceSetting.value)
                                     .where(DeviceSetting.key == VERSION_KEY)).scalar()
        return str(value.get("version", "")) if isinstance(value, dict) else ""

    def rebuild_blocks(self, blocks: Iterable[tuple[str, str]], version: str) -> None:
        conn = self.session.connection()
        conn.execute(delete(DuplicateBlock))
        for batch in _chunks(blocks, _BATCH):
            conn.execute(DuplicateBlock.__table__.insert(),
                         [{"key": key, "case_id": case_id} for key, case_id in batch])
        conn.execute(delete(DeviceSetting).where(DeviceSetting.key == VERSION_KEY))
        conn.execute(DeviceSetting.__table__.insert().values(key=VERSION_KEY,
                                                             value={"version": version}))

    def replace_blocks(self, blocks: Mapping[str, Iterable[str]]) -> None:
        conn = self.session.connection()
        for chunk in _chunks(sorted(blocks)):
            conn.execute(delete(DuplicateBlock).where(DuplicateBlock.case_id.in_(chunk)))
        rows = ({"key": key, "case_id": case_id}
                for case_id, keys in blocks.items() for key in sorted(set(keys)))
        for batch in _chunks(rows, _BATCH):
            conn.execute(DuplicateBlock.__table__.insert(), batch)

    def members(self, keys: Iterable[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        conn = self.session.connection()
        for chunk in _chunks(sorted(set(keys))):
            for key, case_id in conn.execute(select(DuplicateBlock.key, DuplicateBlock.case_id)
                                             .where(DuplicateBlock.key.in_(chunk))):
                out.setdefault(key, []).append(case_id)
        return out

    # -- pairs ---------------------------------------------------------------------------------
    def pairs_of(self, case_ids: Iterable[str]) -> list[StoredPair]:
        found: dict[str, StoredPair] = {}
        for chunk in _chunks(sorted(set(case_ids))):
            for column in (DuplicatePair.case_a, DuplicatePair.case_b):
                for row in self.session.execute(select(DuplicatePair)
                                                .where(column.in_(chunk))).scalars():
                    found[row.id] = _stored(row)
        return list(found.values())

    def pairs(self, status: str | None = None) -> list[StoredPair]:
        query = select(DuplicatePair)
        if status is not None:
            query = query.where(DuplicatePair.status == status)
        return [_stored(r) for r in self.session.execute(query).scalars()]

    def pair(self, pair_id: str) -> StoredPair | None:
        row = self.session.get(DuplicatePair, pair_id)
        return _stored(row) if row is not None else None

    def add(self, found: Iterable[FoundPair], at: datetime) -> int:
        rows = [{"id": uuid7(), "case_a": f.case_a, "case_b": f.case_b, "score": f.score,
                 "reasons": list(f.reasons), "status": OPEN, "found_at": at, "note": ""}
                for f in found]
        conn = self.session.connection()
        for batch in _chunks(rows, _BATCH):
            conn.execute(DuplicatePair.__table__.insert(), batch)
        return len(rows)

    def rescore(self, pair_id: str, score: int, reasons: tuple[str, ...]) -> None:
        self.session.execute(update(DuplicatePair).where(DuplicatePair.id == pair_id)
                             .values(score=score, reasons=list(reasons)))

    def remove_open(self, pair_ids: Iterable[str]) -> None:
        for chunk in _chunks(sorted(set(pair_ids))):
            self.session.execute(delete(DuplicatePair).where(
                DuplicatePair.id.in_(chunk), DuplicatePair.status == OPEN))

    def decide(self, pair_id: str, status: str, by: str, at: datetime, note: str) -> None:
        self.session.execute(update(DuplicatePair).where(DuplicatePair.id == pair_id).values(
            status=status, decided_by=by, decided_at=at, note=note))
        self._audit(_ACTIONS[status], "duplicate_pair", pair_id)

    def sides(self, case_ids: Iterable[str]) -> dict[str, CaseSide]:
        out: dict[str, CaseSide] = {}
        query = (select(Case.id, Case.case_number, Case.office_id, Office.name, Person.full_name,
                        Person.aliases, Person.sex, Person.birth_date, Person.estimated_age,
                        Person.nik, Case.intake_date, Person.regency_code, Case.stage)
                 .join(Person, Person.id == Case.person_id)
                 .outerjoin(Office, Office.id == Case.office_id))
        for chunk in _chunks(sorted(set(case_ids))):
            for r in self.session.execute(query.where(Case.id.in_(chunk))):
                out[r[0]] = CaseSide(r[0], r[1], r[2], r[3] or "", r[4] or "",
                                     tuple(r[5] or ()), r[6] or "", r[7], r[8], r[9] or "",
                                     r[10], r[11] or "", r[12] or "")
        return out
