"""The office's casework rules (allowance days, days without progress, approvals): the
shipped defaults unless the office changed them; and the records the stage gates read, with
what held case conferences fill in (ADR 0019)."""
from __future__ import annotations

from datetime import date

from ..domain import casework as cw
from ..domain import conference as cf
from ..domain.errors import DomainError
from .context import Actor
from .deps import Deps
from .change_set import ChangeSet
from .ports import UnitOfWork

RULES_SETTING = "casework_rules"


def rules(uow: UnitOfWork, config: cw.CaseworkConfig) -> cw.CaseworkRules:
    stored = uow.settings.office_setting(RULES_SETTING)
    return cw.CaseworkRules.from_dict(stored, config.defaults) if stored else config.defaults


def get_rules(uow: UnitOfWork, deps: Deps) -> cw.CaseworkRules:
    with uow:
        return rules(uow, deps.config)


def save_rules(uow: UnitOfWork, actor: Actor, new: cw.CaseworkRules) -> ChangeSet:
    """Office casework rules (limits, thresholds, approvals): supervisors and admins."""
    if not (actor.sees_all_cases or actor.is_admin):
        raise DomainError("needs_supervisor_role")
    new.check()
    with uow:
        # Tracked rows: an outbox event and an audit entry per changed rule (ADR 0011).
        uow.settings.save_office_setting(RULES_SETTING, new.to_dict())
        uow.commit()
    return ChangeSet(rules=True)


def held_records(uow: UnitOfWork, case_id: str, records: list[cw.Rec]) -> list[cw.Rec]:
    """The case's records with what its held conferences fill in: the checkbox and day of
    ``pembahasan_kasus`` (stage 2) and ``sidang_kasus`` (stage 3) on the newest record of the
    form, which the stage gates then read (ADR 0019). A form not yet filled in stays missing:
    the gate also needs its other fields."""
    held = [cf.HeldConference(kind, day) for kind, day in uow.conferences.held_for_case(case_id)]
    fill = cf.satisfied_fields(held)
    if not fill:
        return records
    newest: dict[str, cw.Rec] = {}
    for r in records:
        if r.kind in fill:
            key = (r.record_date or date.min, r.created_at)
            best = newest.get(r.kind)
            if best is None or key >= (best.record_date or date.min, best.created_at):
                newest[r.kind] = r
    return [cw.Rec(r.id, r.kind, cf.overlay(r.payload, fill[r.kind]), r.record_date,
                   r.created_at, r.due_date, r.touched_on)
            if newest.get(r.kind) is r else r for r in records]
