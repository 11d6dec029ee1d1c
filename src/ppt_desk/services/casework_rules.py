"""The office's casework rules (allowance days, days without progress, approvals): the
shipped defaults unless the office changed them."""
from __future__ import annotations

from ..domain import casework as cw
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
