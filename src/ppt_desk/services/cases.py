"""Registering, finding and reading cases; intake drafts."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..domain.age import age_band, is_child
from ..domain.errors import DomainError
from ..domain.intake import CaseIntake, validate_intake
from .case_header import ownership
from .case_work import case_work
from .context import Actor
from .deps import Deps
from .change_set import ChangeSet
from .dto import CaseDetail, CasePage, CaseQuery
from .ports import UnitOfWork
from .summaries import refresh_summary

INTAKE_DRAFT = "intake"


def register_case(uow: UnitOfWork, actor: Actor, deps: Deps,
                  intake: CaseIntake) -> tuple[ChangeSet, str, str]:
    """Validate and store a new case; returns (changes, case id, case number)."""
    actor.require_case_writer()
    validate_intake(intake, deps.intake_vocabulary, deps.clock.today())
    with uow:
        office = uow.office.get()
        if office is None:
            raise DomainError("office_missing")
        if intake.assigned_user_id and uow.users.get(intake.assigned_user_id) is None:
            raise DomainError("unknown_user")
        age = intake.age
        band = age_band(age)
        derived = {"age_at_intake": age, "age_band": band.value if band else None,
                   "is_child": is_child(age)}
        derived["stage_since"] = intake.intake_date
        case_id, number = uow.cases.add(intake, office, derived)
        if not actor.sees_all_cases and intake.assigned_user_id != actor.id:
            # A caseworker registering a case for a colleague keeps access to it.
            uow.casework.share(case_id, actor.id, actor.id)
        refresh_summary(uow, deps.config, case_id)
        uow.drafts.discard(actor.id, INTAKE_DRAFT)
        uow.commit()
    return ChangeSet(cases=frozenset({case_id})), case_id, number


def search_cases(uow: UnitOfWork, actor: Actor, query: CaseQuery) -> CasePage:
    actor.require_casework()
    if not actor.sees_all_cases:
        query = replace(query, visible_to=actor.id)
    with uow:
        return uow.cases.search(query)


def open_case(uow: UnitOfWork, actor: Actor, deps: Deps, case_id: str) -> CaseDetail:
    """Read a case for display with its casework; the view is recorded in the audit chain.
    Caseworkers open only cases assigned to or shared with them."""
    actor.require_casework()
    with uow:
        work = case_work(uow, actor, deps.config, case_id, deps.clock.today())
        detail = uow.cases.get(case_id)
        if detail is None:
            raise DomainError("case_not_found")
        header = uow.casework.header(case_id)
        detail = replace(detail, work=work, **ownership(uow, header, detail.timeline))
        uow.record_action("view", "case_file", case_id)
        uow.commit()
    return detail


def save_intake_draft(uow: UnitOfWork, actor: Actor, payload: dict[str, Any]) -> None:
    with uow:
        uow.drafts.save(actor.id, INTAKE_DRAFT, payload)
        uow.commit()


def load_intake_draft(uow: UnitOfWork, actor: Actor) -> dict[str, Any] | None:
    with uow:
        return uow.drafts.load(actor.id, INTAKE_DRAFT)


def discard_intake_draft(uow: UnitOfWork, actor: Actor) -> None:
    with uow:
        uow.drafts.discard(actor.id, INTAKE_DRAFT)
        uow.commit()
