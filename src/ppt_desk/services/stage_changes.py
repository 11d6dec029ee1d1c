"""Moving a case between stages: gates, approval by a supervisor, returning with a comment,
closing and reopening."""
from __future__ import annotations

from datetime import date
from typing import Any

from ..domain import casework as cw
from ..domain.errors import DomainError
from .case_header import writable_case
from .casework_rules import held_records, rules
from .context import Actor
from .deps import Deps
from .change_set import ChangeSet
from .dto import GateMissing, StageChangeInfo
from .ports import CaseHeader, UnitOfWork
from .summaries import refresh_summary, to_rec

APPLIED, PENDING, RETURNED = "APPLIED", "PENDING", "RETURNED"
CLOSED_STATUS, OPEN_STATUS, FORMER_VICTIM = "SELESAI", "AKTIF", "EKS"


def missing_dto(config: cw.CaseworkConfig, missing: tuple[cw.Missing, ...]) -> tuple[GateMissing, ...]:
    out = []
    for m in missing:
        form = config.forms[m.kind]
        keys = list(m.fields) + [k for k in m.values if k not in m.fields]
        labels = tuple((form.field(k).label_id, form.field(k).label_en) for k in keys)
        out.append(GateMissing(m.kind, (form.label_id, form.label_en), labels, m.no_record))
    return tuple(out)


def _refuse_gate(config: cw.CaseworkConfig, target: str, gate: cw.GateResult) -> DomainError:
    """The refusal naming the forms and fields a stage change still lacks (labels from data)."""
    missing = missing_dto(config, gate.missing)
    return DomainError("stage_requirements_missing", target=target,
                       missing=[(m.form_label, m.field_labels, m.no_record) for m in missing])


def _apply(uow: UnitOfWork, header: CaseHeader, target: str, today: date,
           reopen: bool) -> dict[str, Any]:
    """Move the case; returns the case fields changed with their old values."""
    values: dict[str, Any] = {"stage": target, "stage_since": today}
    previous: dict[str, Any] = {"stage": header.stage}
    if target == cw.TERMINATED:
        values.update(status=CLOSED_STATUS, victim_status=FORMER_VICTIM)
        previous.update(status=header.status, victim_status=header.victim_status)
    elif reopen:
        before = [c for c in uow.casework.stage_changes(header.id)
                  if c.status == APPLIED and c.to_stage == cw.TERMINATED]
        old = before[-1].previous if before else {}
        values.update(status=old.get("status", OPEN_STATUS),
                      victim_status=old.get("victim_status", header.victim_status))
        previous.update(status=header.status, victim_status=header.victim_status)
    uow.casework.update_case(header.id, **values)
    return previous


def request_stage_change(uow: UnitOfWork, actor: Actor, deps: Deps, case_id: str, target: str,
                         reason: str = "") -> tuple[ChangeSet, StageChangeInfo]:
    """Move a case to ``target`` when its gate is open. Changes that need approval wait
    for a supervisor (a supervisor's own request is applied at once)."""
    config = deps.config
    today = deps.clock.today()
    reason = reason.strip()
    with uow:
        header = writable_case(uow, actor, case_id)
        repo = uow.casework
        if any(c.status == PENDING for c in repo.stage_changes(case_id)):
            raise DomainError("stage_change_pending")
        gate = cw.check_gate(config, header.stage, target, held_records(
            uow, case_id, [to_rec(r) for r in repo.records(case_id)]))
        if gate.transition.reopen and not reason:
            raise DomainError("reopen_needs_reason")
        if not gate.ok:
            raise _refuse_gate(config, target, gate)
        approval = cw.needs_approval(rules(uow, config), gate.transition) and not actor.sees_all_cases
        record_id = gate.justification.id if gate.justification else None
        if approval:
            row = repo.add_stage_change(case_id, header.stage, target, record_id, reason, PENDING,
                                        actor.id, {}, today)
        else:
            previous = _apply(uow, header, target, today, gate.transition.reopen)
            row = repo.add_stage_change(case_id, header.stage, target, record_id, reason, APPLIED,
                                        actor.id, previous, today)
        refresh_summary(uow, config, case_id)
        info = repo.change_info(row, header.case_number)
        uow.commit()
    return ChangeSet(cases=frozenset({case_id})), info


def review_stage_change(uow: UnitOfWork, actor: Actor, deps: Deps, change_id: str, approve: bool,
                        comment: str = "") -> ChangeSet:
    """A supervisor approves (the case moves) or returns a pending change with a comment."""
    actor.require_casework()
    if not actor.sees_all_cases:
        raise DomainError("needs_supervisor_role")
    config = deps.config
    today = deps.clock.today()
    comment = comment.strip()
    with uow:
        repo = uow.casework
        row = repo.stage_change(change_id)
        if row is None or row.status != PENDING:
            raise DomainError("stage_change_not_pending")
        header = writable_case(uow, actor, row.case_id)
        if not approve:
            if not comment:
                raise DomainError("return_needs_comment")
            repo.decide(row, RETURNED, actor.id, comment, today)
        else:
            if header.stage != row.from_stage:
                raise DomainError("stage_changed_meanwhile")
            gate = cw.check_gate(config, header.stage, row.to_stage, held_records(
                uow, row.case_id, [to_rec(r) for r in repo.records(row.case_id)]))
            if not gate.ok:
                raise _refuse_gate(config, row.to_stage, gate)
            previous = _apply(uow, header, row.to_stage, today, gate.transition.reopen)
            repo.decide(row, APPLIED, actor.id, comment, today, previous)
        refresh_summary(uow, config, row.case_id)
        case_id = row.case_id
        uow.commit()
    return ChangeSet(cases=frozenset({case_id}))
