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
from .dto import CaseloadRow, DueInfo, TodayView
from .ports import StageChangeRow, UnitOfWork

MISSING_LIST_LIMIT = 100
DUE_LIST_LIMIT = 200


def case_due(the_rules: cw.CaseworkRules, case_id: str, number: str, name: str,
              summary: cw.CaseSummary, today: date) -> list[DueInfo]:
    return [DueInfo(case_id, number, name, d.kind, d.due, d.overdue, d.params)
            for d in cw.due_items(case_id, summary, today, the_rules)]


def decided_on(change: StageChangeRow) -> date:
    """The office calendar day a change was decided (decided_at is a UTC timestamp)."""
    return change.decided_on or (change.decided_at or change.requested_at).date()


def today_view(uow: UnitOfWork, actor: Actor, deps: Deps) -> TodayView:
    actor.require_casework()
    today = deps.clock.today()
    with uow:
        repo = uow.casework
        the_rules = rules(uow, deps.config)
        due: list[DueInfo] = []
        for case_id, number, name, summary in repo.due_candidates(actor.id, today, the_rules):
            due.extend(case_due(the_rules, case_id, number, name, summary, today))
        for change, number, name in repo.returned_changes(actor.id):
            due.append(DueInfo(change.case_id, number, name, "approval_returned",
                               decided_on(change), False,
                               {"to_stage": change.to_stage, "comment": change.review_comment}))
        due.sort(key=lambda d: (not d.overdue, d.due, d.case_number))
        due_total = len(due)
        due = due[:DUE_LIST_LIMIT]  # the most urgent first; the page says how many in all
        actions = tuple(action_items(uow, actor, deps, None))
        if not actor.sees_all_cases:
            return TodayView(today, tuple(due), due_total=due_total, actions=actions)
        pending = repo.pending_changes()
        caseload = repo.caseload()
        overdue = repo.overdue_by_caseworker(today, the_rules)
        caseload = [CaseloadRow(c.user_id, c.display_name, c.active_cases,
                                overdue.get(c.user_id, 0)) for c in caseload]
        missing, total = repo.missing_rows(MISSING_LIST_LIMIT)
    return TodayView(today, tuple(due), tuple(pending), tuple(caseload), tuple(missing), total,
                     True, due_total, actions)
