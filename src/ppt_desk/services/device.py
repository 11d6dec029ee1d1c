"""This laptop within its office: the device code printed in its letter numbers (ADR 0011)."""
from __future__ import annotations

from ..domain.letter_numbers import check_device_code
from .change_set import ChangeSet
from .context import Actor
from .ports import UnitOfWork


def device_code(uow: UnitOfWork) -> str:
    with uow:
        return uow.settings.device_code()


def set_device_code(uow: UnitOfWork, actor: Actor, code: str) -> ChangeSet:
    """Admins only. The device's own value: audited, never synced; numbers already given stay."""
    actor.require_admin()
    clean = check_device_code(code)
    with uow:
        device_id = uow.settings.set_device_code(clean)
        uow.record_action("device_code", "device_state", device_id)
        uow.commit()
    return ChangeSet(settings=True)
