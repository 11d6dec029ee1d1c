"""Group sessions across cases (family meetings, support groups): recorded once with one
participant row per case; each case sees its own part and counts of the others."""
from __future__ import annotations

from ..domain import casework as cw
from ..domain import tracks as tr
from ..domain.errors import DomainError
from ..domain.tracks import GroupParticipantInput, GroupSessionInput, validate_group_session
from .case_header import case_header, writable_case
from .context import Actor
from .deps import Deps
from .change_set import ChangeSet
from .dto import GroupSessionInfo
from .ports import UnitOfWork


def group_sessions(uow: UnitOfWork, case_id: str) -> list[GroupSessionInfo]:
    out = []
    for s, people in uow.groups.for_case(case_id):
        own = tuple((p.role, p.relation) for p in people if p.case_id == case_id)
        others = [p for p in people if p.case_id != case_id]
        out.append(GroupSessionInfo(
            s.id, s.held_on, s.kind, s.topic, s.facilitator, s.duration_min, s.setting, s.notes,
            own, sum(1 for p in others if p.role == tr.VICTIM),
            sum(1 for p in others if p.role == tr.FAMILY)))
    return out


def add_group_session(uow: UnitOfWork, actor: Actor, deps: Deps,
                      session: GroupSessionInput) -> tuple[ChangeSet, str]:
    """Record one group session; the actor must be allowed to see every participating case.
    (It shows in each case's Layanan tab and history; it does not reset the stage's
    days-without-progress count, which follows the stage's own records.)"""
    clean = _validated(deps, session)
    case_ids = {p.case_id for p in clean.participants}
    with uow:
        _session_cases(uow, actor, case_ids, case_ids)
        session_id = uow.groups.add(clean, actor.id)
        uow.commit()
    return ChangeSet(cases=frozenset(case_ids)), session_id


def _validated(deps: Deps, session: GroupSessionInput) -> GroupSessionInput:
    return validate_group_session(session, deps.codes("group_session_kind"),
                                  deps.codes("guardian_relation"), deps.clock.today())


def _session_cases(uow: UnitOfWork, actor: Actor, case_ids: set[str], new: set[str]) -> None:
    """The actor must see every case of a session, and this device own it (a session with a
    case transferred to another PPT is kept as it is); a case joining it must be open."""
    for case_id in sorted(case_ids):
        header = writable_case(uow, actor, case_id)
        if case_id in new and header.stage == cw.TERMINATED:
            raise DomainError("case_closed")


def group_session(uow: UnitOfWork, actor: Actor, session_id: str) -> tuple[
        GroupSessionInput, dict[str, str]]:
    """A session in full, for changing it, with "case number — name" of each case: only for
    a user who may open every participating case."""
    with uow:
        found = uow.groups.get(session_id)
        if found is None:
            raise DomainError("group_session_not_found")
        row, people = found
        labels = {}
        for case_id in sorted({p.case_id for p in people}):
            header = case_header(uow, actor, case_id)
            labels[case_id] = f"{header.case_number} — {header.full_name}"
        return GroupSessionInput(
            row.held_on, row.kind, row.topic, row.facilitator, row.duration_min, row.setting,
            row.notes, tuple(GroupParticipantInput(p.case_id, p.role, p.relation, p.attended)
                             for p in people)), labels


def update_group_session(uow: UnitOfWork, actor: Actor, deps: Deps, session_id: str,
                         session: GroupSessionInput) -> tuple[ChangeSet, str]:
    clean = _validated(deps, session)
    with uow:
        found = uow.groups.get(session_id)
        if found is None:
            raise DomainError("group_session_not_found")
        before = {p.case_id for p in found[1]}
        after = {p.case_id for p in clean.participants}
        _session_cases(uow, actor, before | after, after - before)
        uow.groups.update(session_id, clean)
        uow.commit()
    return ChangeSet(cases=frozenset(before | after)), session_id


def delete_group_session(uow: UnitOfWork, actor: Actor, session_id: str) -> ChangeSet:
    """Remove a session recorded by mistake (each case's history keeps that it was removed)."""
    with uow:
        found = uow.groups.get(session_id)
        if found is None:
            raise DomainError("group_session_not_found")
        cases = {p.case_id for p in found[1]}
        _session_cases(uow, actor, cases, set())
        uow.groups.delete(session_id)
        uow.commit()
    return ChangeSet(cases=frozenset(cases))
