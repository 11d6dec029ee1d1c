"""Hand-over of a case to another caseworker, and sharing it with colleagues."""
from __future__ import annotations

from ..domain.errors import DomainError
from ..domain.roles import can_see_cases
from .case_header import writable_case
from .context import Actor
from .deps import Deps
from .change_set import ChangeSet
from .ports import UnitOfWork
from .summaries import refresh_summary

HANDOVER = "serah_terima"


def hand_over(uow: UnitOfWork, actor: Actor, deps: Deps, case_id: str, to_user_id: str,
              note: str) -> ChangeSet:
    """Give the case to another caseworker, with a handover note kept on the case."""
    today = deps.clock.today()
    if not note.strip():
        raise DomainError("handover_needs_note")
    with uow:
        header = writable_case(uow, actor, case_id)
        if not actor.sees_all_cases and header.assigned_user_id != actor.id:
            raise DomainError("handover_not_yours")
        _require_caseworker(uow, to_user_id)
        if to_user_id == header.assigned_user_id:
            raise DomainError("handover_same_user")
        payload = {"tanggal": today.isoformat(), "dari": header.assigned_user_id or "",
                   "ke": to_user_id, "catatan": note.strip()}
        uow.casework.add_record(case_id, HANDOVER, header.stage, payload, today, None, actor.id,
                                today)
        uow.casework.update_case(case_id, assigned_user_id=to_user_id)
        uow.casework.unshare(case_id, to_user_id)
        refresh_summary(uow, deps.config, case_id)
        uow.commit()
    return ChangeSet(cases=frozenset({case_id}))


def share_case(uow: UnitOfWork, actor: Actor, case_id: str, user_id: str,
               shared: bool) -> ChangeSet:
    with uow:
        header = writable_case(uow, actor, case_id)
        if shared:
            _require_caseworker(uow, user_id)
            if user_id == header.assigned_user_id:
                raise DomainError("share_with_assigned")
            uow.casework.share(case_id, user_id, actor.id)
        else:
            uow.casework.unshare(case_id, user_id)
        uow.commit()
    return ChangeSet(cases=frozenset({case_id}))


def _require_caseworker(uow: UnitOfWork, user_id: str) -> None:
    """A case goes to or is shared with an active user who does casework, nobody else."""
    target = uow.users.get(user_id)
    if target is None or not target.active:
        raise DomainError("unknown_user")
    if not can_see_cases(target.roles):
        raise DomainError("user_not_caseworker")
