"""The header of a case an actor may work on: supervisors see every case of the office,
caseworkers the cases assigned to or shared with them."""
from __future__ import annotations

from datetime import date

from ..domain.age import age_at_intake, is_child
from ..domain.errors import DomainError
from .context import Actor
from .ports import CaseHeader, UnitOfWork


def case_header(uow: UnitOfWork, actor: Actor, case_id: str) -> CaseHeader:
    """The case's header, if the actor may see it (supervisors: every case of the office;
    caseworkers: cases assigned to or shared with them)."""
    actor.require_casework()
    header = uow.casework.header(case_id)
    if header is None:
        raise DomainError("case_not_found")
    if not actor.sees_all_cases and header.assigned_user_id != actor.id \
            and not uow.casework.is_shared_with(case_id, actor.id):
        raise DomainError("case_not_visible")
    return header


def child_on(header: CaseHeader, on: date) -> bool | None:
    """Is the victim a child on ``on`` (an estimated age counts from the intake date)?"""
    return is_child(age_at_intake(on, header.birth_date, header.estimated_age, header.intake_date))
