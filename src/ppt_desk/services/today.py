"""Hari ini: what is due for the actor (with the open action items of case conferences on
the actor's cases, overdue first), and for a supervisor the approvals, caseloads and missing
recording items of the office."""
from __future__ import annotations

from datetime import date
from ..domain import casework as cw
from .casework_rules import rules
from .conference_actions import action_items
from .context import Actor
from .deps import Deps
from .dto import CaseloadRow, DueInfo, MyCaseInfo, OfficeDue, TodayView
from .ports import StageChangeRow, UnitOfWork

MISSING_LIST_LIMIT = 100
DUE_LIST_LIMIT = 200
MINE_LIST_LIMIT = 1000    # my active cases shown (the most urgent first)
OFFICE_DUE_LIMIT = 1000   # a supervisor's office list (the most urgent first)


def case_due(the_rules: cw.CaseworkRules, case_id: str, number: str, name: str,
             summary: cw.CaseSummary, today: date, assigned_name: str = "") -> list[DueInfo]:
    return [DueInfo(case_id, number, name, d.kind, d.due, d.overdue, d.params, assigned_name)
            for d in cw.due_items(case_id, summary, today, the_rules)]


def decided_on(change: StageChangeRow) -> date:
    """The office calendar day a change was decided (decided_at is a UTC timestamp)."""
    return change.decided_on or (change.decided_at or change.requested_at).date()


def urgency(d: DueInfo) -> tuple:
    return (not d.overdue, d.due, d.case_number)


def my_case(case_id: str, number: str, name: str, summary: cw.CaseSummary,
            items: list[DueInfo]) -> MyCaseInfo:
    items = sorted(items, key=urgency)
    return MyCaseInfo(case_id, number, name, summary.stage, summary.stage_since,
                      items[0] if items else None, len(items))


def mine_order(c: MyCaseInfo) -> tuple:
    """Overdue first, then what is due soonest, then the longest in their stage."""
    d = c.next_due
    if d is None:
        return (2, c.stage_since, c.case_number)
    return (0 if d.overdue else 1, d.due, c.case_number)


def today_view(uow: UnitOfWork, actor: Actor, deps: Deps) -> TodayView:
    actor.require_casework()
    today = deps.clock.today()
    with uow:
        repo = uow.casework
        the_rules = rules(uow, deps.config)
        returned: dict[str, list[DueInfo]] = {}
        for change, number, name in repo.returned_changes(actor.id):
            returned.setdefault(change.case_id, []).append(DueInfo(
                change.case_id, number, name, "approval_returned", decided_on(change), False,
                {"to_stage": change.to_stage, "comment": change.review_comment}))
        due: list[DueInfo] = [d for items in returned.values() for d in items]
        mine: list[MyCaseInfo] = []
        for case_id, number, name, _user, summary in repo.open_cases(actor.id, today,
                                                                     the_rules, False):
            items = case_due(the_rules, case_id, number, name, summary, today)
            due.extend(items)
            mine.append(my_case(case_id, number, name, summary,
                                items + returned.get(case_id, [])))
        due.sort(key=urgency)
        due_total = len(due)
        due = due[:DUE_LIST_LIMIT]  # the most urgent first; the page says how many in all
        mine.sort(key=mine_order)
        mine_total = len(mine)
        mine = mine[:MINE_LIST_LIMIT]
        actions = tuple(action_items(uow, actor, deps, None))
        if not actor.sees_all_cases:
            return TodayView(today, tuple(due), due_total=due_total, actions=actions,
                             mine=tuple(mine), mine_total=mine_total)
        pending = repo.pending_changes()
        caseload = repo.caseload()
        overdue = repo.overdue_by_caseworker(today, the_rules)
        caseload = [CaseloadRow(c.user_id, c.display_name, c.active_cases,
                                overdue.get(c.user_id, 0)) for c in caseload]
        missing, total = repo.missing_rows(MISSING_LIST_LIMIT)
    return TodayView(today, tuple(due), tuple(pending), tuple(caseload), tuple(missing), total,
                     True, due_total, actions, tuple(mine), mine_total)


def office_due(uow: UnitOfWork, actor: Actor, deps: Deps) -> OfficeDue:
    """Every open case's due items with its caseworker's name, for who sees every case."""
    actor.require_casework()
    if not actor.sees_all_cases:
        return OfficeDue()
    today = deps.clock.today()
    with uow:
        repo = uow.casework
        the_rules = rules(uow, deps.config)
        office: list[DueInfo] = []
        for case_id, number, name, user_id, summary in repo.open_cases(None, today,
                                                                       the_rules, True):
            office.extend(case_due(the_rules, case_id, number, name, summary, today,
                                   repo.user_name(user_id)))
    office.sort(key=urgency)
    return OfficeDue(tuple(office[:OFFICE_DUE_LIMIT]), len(office))
