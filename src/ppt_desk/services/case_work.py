"""The casework side of an opened case: records as the actor may see them, stage options,
consents, allowance, what is due, track statuses and group sessions."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..domain import access
from ..domain import casework as cw
from ..domain import tracks as tr
from ..domain.consent import consent_decision
from .case_header import case_header, child_on
from .casework_rules import held_records, rules
from .consent import consent_record
from .context import Actor
from .dto import AllowanceInfo, CaseWork, ConsentInfo, DueInfo, RecordInfo, StageOption
from .group_sessions import group_sessions
from .ports import UnitOfWork
from .stage_changes import RETURNED, missing_dto
from .summaries import to_rec
from .today import case_due, decided_on


def case_work(uow: UnitOfWork, actor: Actor, config: cw.CaseworkConfig, case_id: str,
              today: date) -> CaseWork:
    """The casework side of a case (call inside an open unit of work)."""
    header = case_header(uow, actor, case_id)
    repo = uow.casework
    the_rules = rules(uow, config)
    rows = repo.records(case_id)
    records = [to_rec(r) for r in rows]
    gated = held_records(uow, case_id, records)   # held conferences tick stage items
    options = []
    for target in cw.allowed_targets(config, header.stage):
        gate = cw.check_gate(config, header.stage, target, gated)
        options.append(StageOption(target, missing_dto(config, gate.missing),
                                   cw.needs_approval(the_rules, gate.transition),
                                   gate.transition.reopen))
    child = child_on(header, today)
    consents = []
    for row in repo.consents(case_id):
        decision = consent_decision([consent_record(row)], row.purpose, today, bool(child), row.agency)
        consents.append(ConsentInfo(
            row.id, row.purpose, row.given_by, row.given_on, row.method, row.agency,
            row.giver_name, row.legal_basis, row.valid_until, row.withdrawn_on, row.note,
            row.withdrawal_note, repo.user_name(row.recorded_by), decision.allowed,
            tuple(row.scope or ())))
    summary = cw.summarise(config, header.stage, header.since, header.facts, records)
    status = cw.allowance_status(records, header.stage, today, the_rules.allowance)
    allowance = AllowanceInfo(status.started, status.open, status.day, status.phase,
                              status.phase_ends, status.alert, the_rules.allowance.phase1_days,
                              the_rules.allowance.phase2_days)
    due = case_due(the_rules, case_id, header.case_number, header.full_name, summary, today)
    change_rows = repo.stage_changes(case_id)
    changes = [repo.change_info(c, header.case_number) for c in change_rows]
    if changes and changes[-1].status == RETURNED and changes[-1].requested_by == actor.id:
        due.append(DueInfo(case_id, header.case_number, header.full_name, "approval_returned",
                           decided_on(change_rows[-1]), False,
                           {"to_stage": changes[-1].to_stage}))
    shown = [visible_record(config, repo.record_info(r), actor.grants) for r in rows]
    sessions = group_sessions(uow, case_id)
    group_days = [cw.Rec(s.id, tr.GROUP_SESSION, {}, s.held_on) for s in sessions]
    return CaseWork(
        case_id=case_id, stage=header.stage, stage_since=header.since, status=header.status,
        victim_status=header.victim_status, is_child_today=child,
        assigned_user_id=header.assigned_user_id,
        records=tuple(shown), stage_changes=tuple(changes),
        consents=tuple(consents), shared_with=tuple(repo.shared_with(case_id)),
        options=tuple(options), missing_items=summary.missing, allowance=allowance,
        due=tuple(due), can_review=actor.sees_all_cases,
        tracks=tuple(tr.track_status(t, [*shown, *group_days]) for t in config.tracks),
        group_sessions=tuple(sessions))


def visible_record(config: cw.CaseworkConfig, info: RecordInfo, grants: frozenset[str]) -> RecordInfo:
    """The record as a user holding ``grants`` may see it (domain.access)."""
    form = config.forms.get(info.kind)
    if form is None:
        return info
    seen = access.visible(form, info.payload, grants)
    if not seen.hidden and not seen.hidden_fields:
        return info
    return replace(info, payload=seen.payload, hidden=seen.hidden,
                   hidden_fields=seen.hidden_fields, grant=seen.grant)
