"""The header of a case an actor may work on: supervisors see every case of the office,
caseworkers the cases assigned to or shared with them. Only the device that owns a case
writes it (issue 10): every use case that changes a case's rows asks ``writable_case``."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from ..domain.age import age_at_intake, is_child
from ..domain.errors import DomainError
from ..domain.sync.transfer import OP_TRANSFER as TRANSFER_OP
from .context import Actor
from .dto import TimelineEntry
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


def owned_here(uow: UnitOfWork, header: CaseHeader) -> bool:
    """Is this device the case's owner, and the case not transferred away from it?"""
    return not header.transferred_to and \
        header.owner_device_id == uow.sync.own_device().device_id


def require_owned(uow: UnitOfWork, header: CaseHeader) -> None:
    """Refuse a change of a case owned by another device (a transferred case's copy left
    here, another office's case received from the province): ``case_transferred`` naming the
    office that holds it now."""
    if owned_here(uow, header):
        return
    office = header.transferred_to
    if not office:
        peer = uow.sync.peer(header.owner_device_id)
        office = peer.office_name if peer is not None else ""
    raise DomainError("case_transferred", to=office)


def writable_case(uow: UnitOfWork, actor: Actor, case_id: str) -> CaseHeader:
    """The case's header for a change: visible to the actor and owned by this device."""
    actor.require_case_writer()
    header = case_header(uow, actor, case_id)
    require_owned(uow, header)
    return header


def ownership(uow: UnitOfWork, header: CaseHeader,
              timeline: Sequence[TimelineEntry]) -> dict[str, Any]:
    """What a case page shows of ownership: read-only here?, and where and when a case
    transferred from here went (its transfer line on the timeline)."""
    moved = [e for e in timeline if e.op == TRANSFER_OP and header.transferred_to
             and e.subject == header.transferred_to]
    return {"read_only": not owned_here(uow, header), "transferred_to": header.transferred_to,
            "transferred_at": moved[-1].at if moved else None}


def child_on(header: CaseHeader, on: date) -> bool | None:
    """Is the victim a child on ``on`` (an estimated age counts from the intake date)?"""
    return is_child(age_at_intake(on, header.birth_date, header.estimated_age, header.intake_date))
