"""A case's conferences in its history (Riwayat): which outbox events of the conferences the
case is in belong to the case's timeline, and what each conference row is about.

``conference_case`` and ``conference_decision`` name their case and are in its timeline
already; the ``conference`` row belongs to no single case, so its changes (started, held,
the problem focus recorded, cancelled) are added for each case it discusses, a change of
its status carrying the new status as the entry's note. Its creation is
left out: the case's own ``conference_case`` row says when the case was put on a conference.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from .conference_schema import Conference, ConferenceCase, ConferenceDecision
from .schema import OutboxEvent

CONFERENCE = "conference"


def conference_events(case_id: str) -> Any:
    """The condition on outbox events: the changes of the conferences the case is in."""
    return and_(OutboxEvent.entity == CONFERENCE, OutboxEvent.op != "create",
                OutboxEvent.entity_id.in_(select(ConferenceCase.conference_id)
                                          .where(ConferenceCase.case_id == case_id)))


def conference_step(entity: str, patch: dict[str, Any] | None) -> str:
    """The status a conference change moved it to (BERLANGSUNG, SELESAI, DIBATALKAN), as the
    timeline entry's note; "" for anything else."""
    if entity != CONFERENCE or not patch:
        return ""
    status = patch.get("status")
    return status if isinstance(status, str) else ""


def conference_subjects(session: Session, case_id: str) -> dict[str, str]:
    """Row id -> what it is about: a conference and the case's place in it -> the kind's
    code; a decision -> its action item ("what"), else its text."""
    out: dict[str, str] = {}
    for row_id, conference_id, kind in session.execute(
            select(ConferenceCase.id, Conference.id, Conference.kind)
            .join(Conference, Conference.id == ConferenceCase.conference_id)
            .where(ConferenceCase.case_id == case_id)):
        out[row_id] = out[conference_id] = kind
    for row_id, text, what in session.execute(
            select(ConferenceDecision.id, ConferenceDecision.text, ConferenceDecision.action_what)
            .where(ConferenceDecision.case_id == case_id)):
        out[row_id] = what.strip() or text.strip()
    return out
