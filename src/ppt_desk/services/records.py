"""Casework records (filled-in forms of resources/casework): validation against the form,
access grants, directory entries, and the consent a form needs."""
from __future__ import annotations

from datetime import date
from typing import Any

from ..domain import access
from ..domain import casework as cw
from ..domain.errors import DomainError, ValidationFailed
from ..domain.forms import FACT_CHILD, FormDef, as_date, validate_record
from ..domain.institutions import Institution
from .case_header import child_on, writable_case
from .casework_rules import rules
from .consent import consent_for
from .context import Actor
from .deps import Deps
from .directory import find_institution
from .change_set import ChangeSet
from .ports import CaseHeader, UnitOfWork
from .summaries import refresh_summary, to_rec


def save_record(uow: UnitOfWork, actor: Actor, deps: Deps, case_id: str, kind: str,
                payload: dict[str, Any], record_id: str | None = None) -> tuple[ChangeSet, str]:
    """Add (or, with ``record_id``, change) one casework record.

    Beside the form's own rules: restricted records need the user's access grant
    (domain.access), institution fields must name a directory entry, and a form that
    needs the victim's consent (repatriation, mediation, an outgoing referral) is
    refused unless the consent ledger allows it on the record's date.
    """
    config = deps.config
    form = config.forms.get(kind)
    if form is None or form.system:
        raise DomainError("unknown_form", kind=kind)
    today = deps.clock.today()
    with uow:
        header = writable_case(uow, actor, case_id)
        if header.stage == cw.TERMINATED and kind != "terminasi":
            raise DomainError("case_closed")
        repo = uow.casework
        existing = repo.records(case_id)
        old: dict[str, Any] | None = None
        if record_id is not None:
            row = repo.record(record_id)
            if row is None or row.case_id != case_id or row.kind != kind:
                raise DomainError("record_not_found")
            old = dict(row.payload)
            payload = access.merge_hidden(form, old, payload, actor.grants)
        elif not form.multiple and any(r.kind == kind for r in existing):
            raise DomainError("record_exists", kind=kind)
        on = as_date(payload.get(form.date_field)) if form.date_field else None
        facts = {FACT_CHILD: bool(child_on(header, on if on and on <= today else today))}
        clean = validate_record(form, payload, today, deps.record_codes, facts)
        record_date = as_date(clean.get(form.date_field)) if form.date_field else None
        due_date = as_date(clean.get(form.due_field)) if form.due_field else None
        lacking = access.may_write(form, old, clean, actor.grants)
        if lacking is not None:
            raise DomainError("needs_grant", grant=lacking)
        places = _institutions(uow, form, clean, deps.national)
        _check_consent(uow, header, form, old, clean, places, record_date or today)
        if kind == cw.ALLOWANCE and record_date is not None:
            others = [to_rec(r) for r in existing if r.id != record_id]
            cw.check_allowance_entry(others, record_date, clean, rules(uow, config).allowance)
        if record_id is not None:
            repo.update_record(row, clean, record_date, due_date, today)
        else:
            record_id = repo.add_record(case_id, kind, header.stage, clean, record_date,
                                        due_date, actor.id, today)
        refresh_summary(uow, config, case_id)
        uow.commit()
    return ChangeSet(cases=frozenset({case_id})), record_id


def _institutions(uow: UnitOfWork, form: FormDef, clean: dict[str, Any],
                  national: tuple[Institution, ...]) -> dict[str, Institution]:
    """The directory entries the record's institution fields name (unknown ids refused)."""
    found: dict[str, Institution] = {}
    problems: dict[str, str] = {}
    for fd in form.fields:
        value = clean.get(fd.key)
        if fd.type != "institution" or not value:
            continue
        inst = find_institution(uow, national, value)
        if inst is None:
            problems[fd.key] = "unknown_institution"
        else:
            found[fd.key] = inst
    if problems:
        raise ValidationFailed(problems)
    return found


def _check_consent(uow: UnitOfWork, header: CaseHeader, form: FormDef,
                   old: dict[str, Any] | None, clean: dict[str, Any],
                   places: dict[str, Institution], on: date) -> None:
    """Refuse a record whose form needs the victim's consent when the ledger does not
    allow it. Checked when the record is made, when it starts to need consent (an
    incoming referral turned outgoing) or when the agency changes; later edits (the
    referral was accepted) do not re-ask."""
    rule = form.consent
    if rule is None or not rule.applies(clean):
        return
    agency_field = rule.agency_field
    if old is not None and rule.applies(old) and \
            (agency_field is None or old.get(agency_field) == clean.get(agency_field)):
        return
    inst = places.get(agency_field) if agency_field else None
    decision = consent_for(uow, header, rule.purpose, on, inst, rule.also)
    if not decision.allowed:
        raise DomainError("consent_missing", purpose=rule.purpose, reason=decision.reason,
                          agency=inst.display if inst is not None else "", on=on)
