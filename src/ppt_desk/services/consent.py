"""The consent ledger of a case: recording and withdrawing consents, and the question other
features ask before acting ("is purpose P allowed for this case, with this agency, today?")."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..domain.consent import ConsentDecision, ConsentRecord, consent_decision, validate_consent
from ..domain.errors import DomainError, ValidationFailed
from ..domain.forms import as_date
from ..domain.institutions import Institution, named
from .case_header import case_header, child_on, writable_case
from .context import Actor
from .deps import Deps
from .directory import find_institution
from .change_set import ChangeSet
from .dto import ConsentInput
from .ports import CaseHeader, ConsentRow, UnitOfWork


def consent_record(row: ConsentRow) -> ConsentRecord:
    return ConsentRecord(row.id, row.purpose, row.given_by, row.given_on, row.method, row.agency,
                         row.giver_name, row.legal_basis, row.valid_until, row.withdrawn_on,
                         row.note, row.withdrawal_note)


def consent_for(uow: UnitOfWork, header: CaseHeader, purpose: str, on: date,
                inst: Institution | None,
                also: dict[str, tuple[str, ...]] | None = None) -> ConsentDecision:
    """The consent ledger's answer for ``purpose`` with ``inst`` (a consent may name it by
    its name, its acronym or both, or be for a purpose in ``also`` that covers the
    institution's category); when none grants, the most telling refusal."""
    consents = [consent_record(r) for r in uow.casework.consents(header.id)]
    child = bool(child_on(header, on))
    names = inst.names() if inst is not None else ("",)
    decisions = [consent_decision(consents, purpose, on, child, name) for name in names]
    if inst is not None:
        decisions += [consent_decision(consents, other, on, child)
                      for other, categories in (also or {}).items()
                      if inst.category in categories]
    return next((d for d in decisions if d.allowed), None) or next(
        (d for d in decisions if d.reason not in ("agency_not_covered", "no_consent")),
        decisions[0])


def record_consent(uow: UnitOfWork, actor: Actor, deps: Deps, case_id: str,
                   c: ConsentInput) -> tuple[ChangeSet, str]:
    today = deps.clock.today()
    vocab = deps.consent_vocabulary
    with uow:
        header = writable_case(uow, actor, case_id)
        child = bool(child_on(header, c.given_on))
        validate_consent(
            ConsentRecord("", c.purpose, c.given_by, c.given_on, c.method, c.agency, c.giver_name,
                          c.legal_basis, c.valid_until),
            child, vocab["consent_purpose"], vocab["consent_method"], vocab["consent_giver"],
            vocab["agency_purposes"], today)
        if any(s not in vocab["consent_scope"] for s in c.scope):
            raise ValidationFailed({"scope": "unknown_code"})
        consent_id = uow.casework.add_consent(case_id, c, actor.id)
        uow.commit()
    return ChangeSet(cases=frozenset({case_id})), consent_id


def withdraw_consent(uow: UnitOfWork, actor: Actor, deps: Deps, consent_id: str, on: date,
                     note: str = "") -> ChangeSet:
    with uow:
        row = uow.casework.consent(consent_id)
        if row is None:
            raise DomainError("consent_not_found")
        writable_case(uow, actor, row.case_id)
        if row.withdrawn_on is not None:
            raise DomainError("consent_already_withdrawn")
        if on > deps.clock.today():
            raise ValidationFailed({"withdrawn_on": "date_in_future"})
        if on < row.given_on:
            raise DomainError("consent_withdrawn_before_given")
        uow.casework.withdraw(row, on, note.strip())
        case_id = row.case_id
        uow.commit()
    return ChangeSet(cases=frozenset({case_id}))


def consent_allows(uow: UnitOfWork, actor: Actor, deps: Deps, case_id: str, purpose: str,
                   agency: str = "", on: date | None = None) -> ConsentDecision:
    """The question other features ask before acting: is ``purpose`` allowed for the case?
    An agency that names a directory institution (by name, acronym or both) is asked
    about under all its names, as a referral to it would be."""
    on = on or deps.clock.today()
    with uow:
        header = case_header(uow, actor, case_id)
        inst = named((*deps.national, *uow.reference.institutions(), *uow.directory.local()),
                     agency) if agency.strip() else None
        if inst is not None:
            return consent_for(uow, header, purpose, on, inst)
        consents = [consent_record(r) for r in uow.casework.consents(case_id)]
    return consent_decision(consents, purpose, on, bool(child_on(header, on)), agency)


@dataclass(frozen=True)
class ConsentNeed:
    """What a form being filled in needs from the consent ledger: the ledger's ``decision``
    (with its reason), and what a "Catat persetujuan" form can be prefilled with: the
    agency's name, whether the victim is a child on that day and the guardian known from the
    intake."""

    decision: ConsentDecision
    agency: str = ""
    is_child: bool = False
    guardian_name: str = ""


def consent_needed(uow: UnitOfWork, actor: Actor, deps: Deps, case_id: str, kind: str,
                   payload: dict[str, Any], record_id: str | None = None) -> ConsentNeed | None:
    """Would saving ``payload`` as a ``kind`` record need a consent the ledger lacks? None when
    the form (as filled in) needs no consent; else the ledger's answer on the record's date
    (today when it has none), asked as ``records.save_record`` asks it: the form's consent
    rule, the institution its agency field names (under all its names and the rule's "also"
    purposes), and a changed record is asked again only when it starts to need consent or
    names another agency."""
    form = deps.config.forms.get(kind)
    rule = form.consent if form is not None else None
    if rule is None or not rule.applies(payload):
        return None
    today = deps.clock.today()
    on = (as_date(payload.get(form.date_field)) if form.date_field else None) or today
    with uow:
        header = case_header(uow, actor, case_id)
        if record_id is not None:
            row = uow.casework.record(record_id)
            if row is not None and row.case_id == case_id and rule.applies(row.payload) and (
                    rule.agency_field is None
                    or row.payload.get(rule.agency_field) == payload.get(rule.agency_field)):
                return None
        value = payload.get(rule.agency_field) if rule.agency_field else None
        inst = find_institution(uow, deps.national, value) if value else None
        decision = consent_for(uow, header, rule.purpose, on, inst, rule.also)
        detail = uow.cases.get(case_id)
    guardian = detail.intake.guardian.name if detail is not None else ""
    return ConsentNeed(decision, inst.display if inst is not None else "",
                       bool(child_on(header, on)), guardian)
