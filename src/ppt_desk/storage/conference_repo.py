"""Case conferences in the store (``uow.conferences``): the conference with its cases in
order, participants and decisions; open action items; the audit entry of a reveal."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any, Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.conference import HELD, RUNNING, ConferenceInput, DecisionInput
from ..domain.ids import uuid7
from .apply import write_audit
from .casework_repo import HELD_HERE, _visible_to
from .changes import ChangeRecorder
from .conference_schema import (
    Conference, ConferenceCase, ConferenceDecision, ConferenceParticipant,
)
from .schema import AuditEntry, Case

REVEAL = "conference_reveal"   # audit action: one field shown on the projector


@dataclass(frozen=True)
class ConferenceRows:
    conference: Conference
    cases: list[ConferenceCase]
    participants: list[ConferenceParticipant]
    decisions: list[ConferenceDecision]


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class SqlConferenceRepository:
    def __init__(self, session: Session, recorder: ChangeRecorder) -> None:
        self.session = session
        self._recorder = recorder

    # -- the conference ---------------------------------------------------------------------
    def add(self, c: ConferenceInput, status: str, author: str | None) -> str:
        conference_id = uuid7()
        self.session.add(Conference(
            id=conference_id, kind=c.kind, status=status, planned_on=c.planned_on,
            place=c.place, held_on=None, problem_focus="", alternatives="", notes=c.notes,
            created_by=author, created_at=_now()))
        self.session.flush()  # the conference first: its rows refer to it
        self._add_cases(conference_id, c.case_ids, 0)
        self._add_participants(conference_id, c, 0)
        self.session.flush()
        return conference_id

    def _add_cases(self, conference_id: str, case_ids: Iterable[str], start: int) -> None:
        for position, case_id in enumerate(case_ids, start):
            self.session.add(ConferenceCase(id=uuid7(), conference_id=conference_id,
                                            case_id=case_id, position=position))

    def _add_participants(self, conference_id: str, c: ConferenceInput, start: int) -> None:
        for position, p in enumerate(c.participants, start):
            self.session.add(ConferenceParticipant(
                id=uuid7(), conference_id=conference_id, position=position, name=p.name,
                institution_id=p.institution_id, role=p.role, acknowledged_on=p.acknowledged_on))

    def get(self, conference_id: str) -> ConferenceRows | None:
        row = self.session.get(Conference, conference_id)
        if row is None:
            return None
        where = lambda cls: select(cls).where(  # noqa: E731
            cls.conference_id == conference_id).order_by(cls.position, cls.id)
        return ConferenceRows(
            row, list(self.session.execute(where(ConferenceCase)).scalars()),
            list(self.session.execute(where(ConferenceParticipant)).scalars()),
            list(self.session.execute(where(ConferenceDecision)).scalars()))

    def update(self, conference_id: str, c: ConferenceInput) -> None:
        """Change the plan: kind, day, place, notes, the cases (kept rows keep their ids; a
        case no longer listed is removed, so its history shows it) and the participants."""
        found = self.get(conference_id)
        assert found is not None
        row = found.conference
        for key in ("kind", "planned_on", "place", "notes"):
            if getattr(row, key) != getattr(c, key):
                setattr(row, key, getattr(c, key))
        kept = {r.case_id: r for r in found.cases}
        for r in found.cases:
            if r.case_id not in c.case_ids:
                self.session.delete(r)
        for position, case_id in enumerate(c.case_ids):
            if case_id in kept:
                if kept[case_id].position != position:
                    kept[case_id].position = position
            else:
                self._add_cases(conference_id, [case_id], position)
        old = [(p.name, p.institution_id, p.role, p.acknowledged_on) for p in found.participants]
        new = [(p.name, p.institution_id, p.role, p.acknowledged_on) for p in c.participants]
        if old != new:
            for p in found.participants:
                self.session.delete(p)
            self.session.flush()
            self._add_participants(conference_id, c, 0)
        self.session.flush()

    def set(self, conference_id: str, **values: Any) -> None:
        """Change fields of the conference row (status, held_on, problem focus, ...)."""
        row = self.session.get(Conference, conference_id)
        assert row is not None
        for key, value in values.items():
            if getattr(row, key) != value:
                setattr(row, key, value)
        self.session.flush()

    def for_case(self, case_id: str) -> list[tuple[Conference, int, int]]:
        """The case's conferences, newest first, with the number of cases of each and the
        case's action items not yet done (none in a conference called off)."""
        ids = select(ConferenceCase.conference_id).where(ConferenceCase.case_id == case_id)
        rows = list(self.session.execute(
            select(Conference).where(Conference.id.in_(ids))
            .order_by(Conference.planned_on.desc(), Conference.id.desc())).scalars())
        if not rows:
            return []
        keys = [r.id for r in rows]
        counts = dict(self.session.execute(
            select(ConferenceCase.conference_id, func.count())
            .where(ConferenceCase.conference_id.in_(keys))
            .group_by(ConferenceCase.conference_id)).all())
        open_ = dict(self.session.execute(
            select(ConferenceDecision.conference_id, func.count())
            .where(ConferenceDecision.conference_id.in_(keys),
                   ConferenceDecision.case_id == case_id, ConferenceDecision.action_what != "",
                   ConferenceDecision.done_on.is_(None))
            .group_by(ConferenceDecision.conference_id)).all())
        return [(r, counts.get(r.id, 0), open_.get(r.id, 0) if r.status in (RUNNING, HELD) else 0)
                for r in rows]

    def held_for_case(self, case_id: str) -> list[tuple[str, date]]:
        """(kind, day held) of the case's held conferences."""
        return [(k, d) for k, d in self.session.execute(
            select(Conference.kind, Conference.held_on)
            .join(ConferenceCase, ConferenceCase.conference_id == Conference.id)
            .where(ConferenceCase.case_id == case_id, Conference.status == HELD,
                   Conference.held_on.is_not(None)))]

    # -- decisions ----------------------------------------------------------------------------
    def add_decision(self, conference_id: str, d: DecisionInput) -> str:
        last = self.session.execute(select(func.max(ConferenceDecision.position)).where(
            ConferenceDecision.conference_id == conference_id)).scalar()
        decision_id = uuid7()
        self.session.add(ConferenceDecision(
            id=decision_id, conference_id=conference_id, case_id=d.case_id,
            position=0 if last is None else last + 1, text=d.text, action_what=d.action_what,
            action_who_institution_id=d.action_who_institution_id,
            action_who_person=d.action_who_person, action_due=d.action_due, done_on=None))
        self.session.flush()
        return decision_id

    def decision(self, decision_id: str) -> ConferenceDecision | None:
        return self.session.get(ConferenceDecision, decision_id)

    def update_decision(self, decision_id: str, d: DecisionInput) -> None:
        row = self.session.get(ConferenceDecision, decision_id)
        assert row is not None
        for key in ("case_id", "text", "action_what", "action_who_institution_id",
                    "action_who_person", "action_due"):
            if getattr(row, key) != getattr(d, key):
                setattr(row, key, getattr(d, key))
        if not d.action_what and row.done_on is not None:
            row.done_on = None
        self.session.flush()

    def set_done(self, decision_id: str, done_on: date | None) -> None:
        row = self.session.get(ConferenceDecision, decision_id)
        assert row is not None
        if row.done_on != done_on:
            row.done_on = done_on
        self.session.flush()

    def delete_decision(self, decision_id: str) -> None:
        row = self.session.get(ConferenceDecision, decision_id)
        assert row is not None
        self.session.delete(row)
        self.session.flush()

    def open_actions(self, case_id: str | None, visible_to: str | None
                     ) -> list[tuple[ConferenceDecision, str]]:
        """Action items not yet done of running or held conferences, with the case number:
        of one case, or of the cases held here that ``visible_to`` works on (None: all)."""
        stmt = (select(ConferenceDecision, Case.case_number)
                .join(Conference, Conference.id == ConferenceDecision.conference_id)
                .join(Case, Case.id == ConferenceDecision.case_id)
                .where(ConferenceDecision.action_what != "",
                       ConferenceDecision.done_on.is_(None),
                       Conference.status.in_((RUNNING, HELD))))
        if case_id is not None:
            stmt = stmt.where(ConferenceDecision.case_id == case_id)
        else:
            stmt = stmt.where(HELD_HERE)
            if visible_to is not None:
                stmt = stmt.where(_visible_to(visible_to))
        return [(d, number) for d, number in self.session.execute(
            stmt.order_by(ConferenceDecision.action_due, Case.case_number,
                          ConferenceDecision.position))]

    # -- the audit of a reveal ------------------------------------------------------------------
    def audit_reveal(self, case_id: str, field: str) -> None:
        """An audit-only entry: which field of which case was shown on the projector, by
        whom and when (the value is never written)."""
        self.session.flush()  # pending record changes come first in the chain
        write_audit(self.session, self._recorder, [(REVEAL, "case_file", case_id, [field], None)])

    def revealed_fields(self, case_id: str, user_id: str | None) -> set[str]:
        """The fields of the case this user revealed (their audit entries)."""
        out: set[str] = set()
        for fields in self.session.execute(
                select(AuditEntry.fields).where(AuditEntry.entity == "case_file",
                                                AuditEntry.entity_id == case_id,
                                                AuditEntry.action == REVEAL,
                                                AuditEntry.user_id == user_id)).scalars():
            out.update(fields or ())
        return out
