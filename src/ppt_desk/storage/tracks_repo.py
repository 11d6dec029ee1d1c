"""Rows of the service tracks: the office's own institution directory entries and group
sessions with their participants (case records of the tracks live in ``case_record``)."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.ids import uuid7
from ..domain.institutions import Institution
from ..domain.tracks import GroupSessionInput
from .schema import GroupParticipant, GroupSession, Institution as InstitutionRow

_FIELDS = ("name", "acronym", "category", "level", "province_code", "regency_code", "address",
           "phone", "email", "contact_person", "note", "active")


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _institution(row: InstitutionRow) -> Institution:
    return Institution(id=row.id, services=tuple(row.services or ()), version=row.version,
                       **{f: getattr(row, f) for f in _FIELDS})


class SqlDirectoryRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def local(self) -> list[Institution]:
        return [_institution(r) for r in self.session.execute(
            select(InstitutionRow).order_by(InstitutionRow.name)).scalars()]

    def get(self, institution_id: str) -> Institution | None:
        row = self.session.get(InstitutionRow, institution_id)
        return _institution(row) if row is not None else None

    def save(self, inst: Institution) -> Institution:
        """Insert (empty id) or update a local entry; returns it with its id."""
        values = {f: getattr(inst, f) for f in _FIELDS}
        values["services"] = list(inst.services)
        if not inst.id:
            row = InstitutionRow(id=uuid7(), created_at=_now(), updated_at=_now(), **values)
            self.session.add(row)
        else:
            row = self.session.get(InstitutionRow, inst.id)
            if row is None:
                raise KeyError(inst.id)
            for key, value in values.items():
                if getattr(row, key) != value:
                    setattr(row, key, value)
            if self.session.is_modified(row):
                row.updated_at = _now()
        self.session.flush()
        return _institution(row)


class SqlGroupRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, s: GroupSessionInput, author: str | None) -> str:
        session_id = uuid7()
        self.session.add(GroupSession(
            id=session_id, held_on=s.held_on, kind=s.kind, topic=s.topic,
            facilitator=s.facilitator, duration_min=s.duration_min, setting=s.setting,
            notes=s.notes, created_by=author, created_at=_now()))
        self.session.flush()  # the session row first: participants refer to it
        for p in s.participants:
            self.session.add(GroupParticipant(id=uuid7(), session_id=session_id,
                                              case_id=p.case_id, role=p.role,
                                              relation=p.relation, attended=p.attended))
        self.session.flush()
        return session_id

    def get(self, session_id: str) -> tuple[GroupSession, list[GroupParticipant]] | None:
        row = self.session.get(GroupSession, session_id)
        if row is None:
            return None
        return row, list(self.session.execute(select(GroupParticipant).where(
            GroupParticipant.session_id == session_id)).scalars())

    def update(self, session_id: str, s: GroupSessionInput) -> None:
        """Change the session's fields; participants no longer listed are removed (their
        rows deleted, so each case's history shows it), new ones added."""
        row, people = self.get(session_id)  # type: ignore[misc]
        for key in ("held_on", "kind", "topic", "facilitator", "duration_min", "setting",
                    "notes"):
            if getattr(row, key) != getattr(s, key):
                setattr(row, key, getattr(s, key))
        wanted = {(p.case_id, p.role, p.relation): p for p in s.participants}
        for person in people:
            new = wanted.pop((person.case_id, person.role, person.relation), None)
            if new is None:
                self.session.delete(person)
            elif person.attended != new.attended:
                person.attended = new.attended
        for p in wanted.values():
            self.session.add(GroupParticipant(id=uuid7(), session_id=session_id,
                                              case_id=p.case_id, role=p.role,
                                              relation=p.relation, attended=p.attended))
        self.session.flush()

    def delete(self, session_id: str) -> None:
        row, people = self.get(session_id)  # type: ignore[misc]
        for person in people:
            self.session.delete(person)
        self.session.flush()  # participants first: they refer to the session
        self.session.delete(row)
        self.session.flush()

    def for_case(self, case_id: str) -> list[tuple[GroupSession, list[GroupParticipant]]]:
        """The sessions a case took part in, newest first, each with all its participants."""
        ids = select(GroupParticipant.session_id).where(GroupParticipant.case_id == case_id)
        sessions = list(self.session.execute(
            select(GroupSession).where(GroupSession.id.in_(ids))
            .order_by(GroupSession.held_on.desc(), GroupSession.id)).scalars())
        if not sessions:
            return []
        people = list(self.session.execute(
            select(GroupParticipant).where(
                GroupParticipant.session_id.in_([s.id for s in sessions]))).scalars())
        return [(s, [p for p in people if p.session_id == s.id]) for s in sessions]
