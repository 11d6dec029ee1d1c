"""Open action items of case conferences, overdue first: for Hari ini, a case's page and the
conference screens (kept apart from ``conferences`` so that ``today`` can use it)."""
from __future__ import annotations

from datetime import date

from ..domain import conference as cf
from .case_header import case_header
from .conference_dto import ActionItemInfo
from .context import Actor
from .deps import Deps
from .directory import find_institution
from .ports import UnitOfWork


def who(uow: UnitOfWork, deps: Deps, institution_id: str | None, person: str) -> str:
    name = ""
    if institution_id:
        inst = find_institution(uow, deps.national, institution_id)
        name = inst.name if inst is not None else ""
    return " — ".join(p for p in (person, name) if p)


def action_items(uow: UnitOfWork, actor: Actor, deps: Deps,
                 case_id: str | None) -> list[ActionItemInfo]:
    """Open action items, overdue first then by due day (call inside an open unit of work):
    of one case the actor may see, or of the cases the actor works on (assigned or shared,
    as on Hari ini)."""
    if case_id is not None:
        case_header(uow, actor, case_id)
    today = deps.clock.today()
    out = [ActionItemInfo(d.id, d.conference_id, d.case_id, number, d.action_what,
                          who(uow, deps, d.action_who_institution_id, d.action_who_person),
                          d.action_due, d.done_on,
                          cf.action_overdue(d.action_due, d.done_on, today))
           for d, number in uow.conferences.open_actions(case_id, actor.id)]
    out.sort(key=lambda a: (not a.overdue, a.due or date.max, a.case_number))
    return out


