"""Casework: records, stage changes with approval, the consent ledger, handover and sharing,
and what is due today. The rules live in ``domain.casework`` / ``domain.consent``; this
module loads what they need, applies them, and stores the result through the unit of
work (so every change gets its outbox event and audit entry).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from ..domain import access
from ..domain import casework as cw
from ..domain import tracks as tr
from ..domain.age import age_at_intake, is_child
from ..domain.codelists import CodeLists
from ..domain.consent import ConsentDecision, ConsentRecord, consent_decision, validate_consent
from ..domain.errors import DomainError, ValidationFailed
from ..domain.forms import FACT_CHILD, FormDef, as_date, validate_record
from ..domain.institutions import Institution, named
from ..domain.roles import can_see_cases
from .context import Actor
from .dto import (
    AllowanceInfo, CaseloadRow, CaseWork, ChangeSet, ConsentInfo, ConsentInput, DueInfo, GateMissing,
    GroupSessionInfo, RecordInfo, StageChangeInfo, StageOption, TodayView,
)
from .ports import Clock

RULES_SETTING = "casework_rules"
APPLIED, PENDING, RETURNED = "APPLIED", "PENDING", "RETURNED"
CLOSED_STATUS, OPEN_STATUS, FORMER_VICTIM = "SELESAI", "AKTIF", "EKS"
HANDOVER = "serah_terima"
MISSING_LIST_LIMIT = 100
DUE_LIST_LIMIT = 200


# -- helpers ---------------------------------------------------------------------------
def record_codes(config: cw.CaseworkConfig, lists: CodeLists) -> dict[str, frozenset[str]]:
    """The codes of every code list a form field names (for ``validate_record``)."""
    names = {f.codelist for form in config.forms.values() for f in form.fields if f.codelist}
    return {name: frozenset(lists[name].codes()) for name in names}


def consent_vocabulary(lists: CodeLists) -> dict[str, frozenset[str]]:
    """The codes ``record_consent`` checks against."""
    purposes = lists["consent_purpose"]
    return {"consent_purpose": frozenset(purposes.codes()),
            "consent_method": frozenset(lists["consent_method"].codes()),
            "consent_giver": frozenset(lists["consent_giver"].codes()),
            "consent_scope": frozenset(lists["consent_scope"].codes()),
            "agency_purposes": frozenset(c.code for c in purposes.items
                                         if c.extra.get("needs_agency"))}


def case_header(uow: Any, actor: Actor, case_id: str):
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


def child_on(header: Any, on: date) -> bool | None:
    """Is the victim a child on ``on`` (an estimated age counts from the intake date)?"""
    return is_child(age_at_intake(on, header.birth_date, header.estimated_age, header.intake_date))


def rules(uow: Any, config: cw.CaseworkConfig) -> cw.CaseworkRules:
    stored = uow.casework.setting(RULES_SETTING)
    return cw.CaseworkRules.from_dict(stored, config.defaults) if stored else config.defaults


def _summarise(config: cw.CaseworkConfig, header: Any, rows: list[Any]) -> cw.CaseSummary:
    return cw.summarise(config, header.stage, header.since, header.facts, [_rec(r) for r in rows])


def refresh_summary(uow: Any, config: cw.CaseworkConfig, case_id: str) -> cw.CaseSummary:
    summary = _summarise(config, uow.casework.header(case_id), uow.casework.records(case_id))
    uow.casework.save_summary(case_id, summary)
    return summary


def _rec(row: Any) -> cw.Rec:
    return cw.Rec(row.id, row.kind, dict(row.payload), row.record_date, row.created_at,
                  row.due_date, row.updated_on)


def _missing_dto(config: cw.CaseworkConfig, missing: tuple[cw.Missing, ...]) -> tuple[GateMissing, ...]:
    out = []
    for m in missing:
        form = config.forms[m.kind]
        keys = list(m.fields) + [k for k in m.values if k not in m.fields]
        labels = tuple((form.field(k).label_id, form.field(k).label_en) for k in keys)
        out.append(GateMissing(m.kind, (form.label_id, form.label_en), labels, m.no_record))
    return tuple(out)


def _refuse_gate(config: cw.CaseworkConfig, target: str, gate: cw.GateResult) -> DomainError:
    """The refusal naming the forms and fields a stage change still lacks (labels from data)."""
    missing = _missing_dto(config, gate.missing)
    return DomainError("stage_requirements_missing", target=target,
                       missing=[(m.form_label, m.field_labels, m.no_record) for m in missing])


def _case_due(the_rules: cw.CaseworkRules, case_id: str, number: str, name: str,
              summary: cw.CaseSummary, today: date) -> list[DueInfo]:
    return [DueInfo(case_id, number, name, d.kind, d.due, d.overdue, d.params)
            for d in cw.due_items(case_id, summary, today, the_rules)]


def _decided_on(change: Any) -> date:
    """The office calendar day a change was decided (decided_at is a UTC timestamp)."""
    return change.decided_on or (change.decided_at or change.requested_at).date()


# -- reading -------------------------------------------------------------------------------
def case_work(uow: Any, actor: Actor, config: cw.CaseworkConfig, case_id: str,
              today: date) -> CaseWork:
    """The casework side of a case (call inside an open unit of work)."""
    header = case_header(uow, actor, case_id)
    repo = uow.casework
    the_rules = rules(uow, config)
    rows = repo.records(case_id)
    records = [_rec(r) for r in rows]
    options = []
    for target in cw.allowed_targets(config, header.stage):
        gate = cw.check_gate(config, header.stage, target, records)
        options.append(StageOption(target, _missing_dto(config, gate.missing),
                                   cw.needs_approval(the_rules, gate.transition),
                                   gate.transition.reopen))
    child = child_on(header, today)
    consents = []
    for row in repo.consents(case_id):
        decision = consent_decision([_consent(row)], row.purpose, today, bool(child), row.agency)
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
    due = _case_due(the_rules, case_id, header.case_number, header.full_name, summary, today)
    change_rows = repo.stage_changes(case_id)
    changes = [repo.change_info(c, header.case_number) for c in change_rows]
    if changes and changes[-1].status == RETURNED and changes[-1].requested_by == actor.id:
        due.append(DueInfo(case_id, header.case_number, header.full_name, "approval_returned",
                           _decided_on(change_rows[-1]), False,
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


def group_sessions(uow: Any, case_id: str) -> list[GroupSessionInfo]:
    out = []
    for s, people in uow.groups.for_case(case_id):
        own = tuple((p.role, p.relation) for p in people if p.case_id == case_id)
        others = [p for p in people if p.case_id != case_id]
        out.append(GroupSessionInfo(
            s.id, s.held_on, s.kind, s.topic, s.facilitator, s.duration_min, s.setting, s.notes,
            own, sum(1 for p in others if p.role == tr.VICTIM),
            sum(1 for p in others if p.role == tr.FAMILY)))
    return out


def _consent(row: Any) -> ConsentRecord:
    return ConsentRecord(row.id, row.purpose, row.given_by, row.given_on, row.method, row.agency,
                         row.giver_name, row.legal_basis, row.valid_until, row.withdrawn_on,
                         row.note, row.withdrawal_note)


# -- records ---------------------------------------------------------------------------------
def save_record(uow: Any, actor: Actor, config: cw.CaseworkConfig,
                codes: dict[str, frozenset[str]], case_id: str, kind: str,
                payload: dict[str, Any], clock: Clock,
                record_id: str | None = None,
                national: tuple[Institution, ...] = ()) -> tuple[ChangeSet, str]:
    """Add (or, with ``record_id``, change) one casework record.

    Beside the form's own rules: restricted records need the user's access grant
    (domain.access), institution fields must name a directory entry, and a form that
    needs the victim's consent (repatriation, mediation, an outgoing referral) is
    refused unless the consent ledger allows it on the record's date.
    """
    form = config.forms.get(kind)
    if form is None or form.system:
        raise DomainError("unknown_form", kind=kind)
    today = clock.today()
    with uow:
        header = case_header(uow, actor, case_id)
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
        clean = validate_record(form, payload, today, codes, facts)
        record_date = as_date(clean.get(form.date_field)) if form.date_field else None
        due_date = as_date(clean.get(form.due_field)) if form.due_field else None
        lacking = access.may_write(form, old, clean, actor.grants)
        if lacking is not None:
            raise DomainError("needs_grant", grant=lacking)
        places = _institutions(uow, form, clean, national)
        _check_consent(uow, header, form, old, clean, places, record_date or today)
        if kind == cw.ALLOWANCE and record_date is not None:
            others = [_rec(r) for r in existing if r.id != record_id]
            cw.check_allowance_entry(others, record_date, clean, rules(uow, config).allowance)
        if record_id is not None:
            repo.update_record(row, clean, record_date, due_date, today)
        else:
            record_id = repo.add_record(case_id, kind, header.stage, clean, record_date,
                                        due_date, actor.id, today)
        refresh_summary(uow, config, case_id)
        uow.commit()
    return ChangeSet(cases=frozenset({case_id})), record_id


def find_institution(uow: Any, national: tuple[Institution, ...],
                     institution_id: str) -> Institution | None:
    for inst in national:
        if inst.id == institution_id:
            return inst
    return uow.directory.get(institution_id)


def _institutions(uow: Any, form: FormDef, clean: dict[str, Any],
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


def _check_consent(uow: Any, header: Any, form: FormDef, old: dict[str, Any] | None,
                   clean: dict[str, Any], places: dict[str, Institution], on: date) -> None:
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


def consent_for(uow: Any, header: Any, purpose: str, on: date, inst: Institution | None,
                also: dict[str, tuple[str, ...]] | None = None) -> ConsentDecision:
    """The consent ledger's answer for ``purpose`` with ``inst`` (a consent may name it by
    its name, its acronym or both, or be for a purpose in ``also`` that covers the
    institution's category); when none grants, the most telling refusal."""
    consents = [_consent(r) for r in uow.casework.consents(header.id)]
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


# -- stage changes ---------------------------------------------------------------------------
def _apply(uow: Any, header: Any, target: str, today: date, reopen: bool) -> dict[str, Any]:
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


def request_stage_change(uow: Any, actor: Actor, config: cw.CaseworkConfig, case_id: str,
                         target: str, reason: str, clock: Clock) -> tuple[ChangeSet, StageChangeInfo]:
    """Move a case to ``target`` when its gate is open. Changes that need approval wait
    for a supervisor (a supervisor's own request is applied at once)."""
    today = clock.today()
    reason = reason.strip()
    with uow:
        header = case_header(uow, actor, case_id)
        repo = uow.casework
        if any(c.status == PENDING for c in repo.stage_changes(case_id)):
            raise DomainError("stage_change_pending")
        gate = cw.check_gate(config, header.stage, target, [_rec(r) for r in repo.records(case_id)])
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


def review_stage_change(uow: Any, actor: Actor, config: cw.CaseworkConfig, change_id: str,
                        approve: bool, comment: str, clock: Clock) -> ChangeSet:
    """A supervisor approves (the case moves) or returns a pending change with a comment."""
    actor.require_casework()
    if not actor.sees_all_cases:
        raise DomainError("needs_supervisor_role")
    today = clock.today()
    comment = comment.strip()
    with uow:
        repo = uow.casework
        row = repo.stage_change(change_id)
        if row is None or row.status != PENDING:
            raise DomainError("stage_change_not_pending")
        header = case_header(uow, actor, row.case_id)
        if not approve:
            if not comment:
                raise DomainError("return_needs_comment")
            repo.decide(row, RETURNED, actor.id, comment, today)
        else:
            if header.stage != row.from_stage:
                raise DomainError("stage_changed_meanwhile")
            gate = cw.check_gate(config, header.stage, row.to_stage,
                                 [_rec(r) for r in repo.records(row.case_id)])
            if not gate.ok:
                raise _refuse_gate(config, row.to_stage, gate)
            previous = _apply(uow, header, row.to_stage, today, gate.transition.reopen)
            repo.decide(row, APPLIED, actor.id, comment, today, previous)
        refresh_summary(uow, config, row.case_id)
        case_id = row.case_id
        uow.commit()
    return ChangeSet(cases=frozenset({case_id}))


# -- consent -------------------------------------------------------------------------------
def record_consent(uow: Any, actor: Actor, vocab: dict[str, frozenset[str]], case_id: str,
                   c: ConsentInput, clock: Clock) -> tuple[ChangeSet, str]:
    today = clock.today()
    with uow:
        header = case_header(uow, actor, case_id)
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


def withdraw_consent(uow: Any, actor: Actor, consent_id: str, on: date, note: str,
                     clock: Clock) -> ChangeSet:
    with uow:
        row = uow.casework.consent(consent_id)
        if row is None:
            raise DomainError("consent_not_found")
        case_header(uow, actor, row.case_id)
        if row.withdrawn_on is not None:
            raise DomainError("consent_already_withdrawn")
        if on > clock.today():
            raise ValidationFailed({"withdrawn_on": "date_in_future"})
        if on < row.given_on:
            raise DomainError("consent_withdrawn_before_given")
        uow.casework.withdraw(row, on, note.strip())
        case_id = row.case_id
        uow.commit()
    return ChangeSet(cases=frozenset({case_id}))


def consent_allows(uow: Any, actor: Actor, case_id: str, purpose: str, clock: Clock,
                   agency: str = "", on: date | None = None,
                   national: tuple[Institution, ...] = ()) -> ConsentDecision:
    """The question other features ask before acting: is ``purpose`` allowed for the case?
    An agency that names a directory institution (by name, acronym or both) is asked
    about under all its names, as a referral to it would be."""
    on = on or clock.today()
    with uow:
        header = case_header(uow, actor, case_id)
        inst = named((*national, *uow.directory.local()), agency) if agency.strip() else None
        if inst is not None:
            return consent_for(uow, header, purpose, on, inst)
        consents = [_consent(r) for r in uow.casework.consents(case_id)]
    return consent_decision(consents, purpose, on, bool(child_on(header, on)), agency)


# -- handover and sharing ----------------------------------------------------------------------
def hand_over(uow: Any, actor: Actor, config: cw.CaseworkConfig, case_id: str, to_user_id: str,
              note: str, clock: Clock) -> ChangeSet:
    """Give the case to another caseworker, with a handover note kept on the case."""
    today = clock.today()
    if not note.strip():
        raise DomainError("handover_needs_note")
    with uow:
        header = case_header(uow, actor, case_id)
        if not actor.sees_all_cases and header.assigned_user_id != actor.id:
            raise DomainError("handover_not_yours")
        target = uow.users.get(to_user_id)
        if target is None or not target.active:
            raise DomainError("unknown_user")
        if not can_see_cases(target.roles):
            raise DomainError("user_not_caseworker")
        if to_user_id == header.assigned_user_id:
            raise DomainError("handover_same_user")
        payload = {"tanggal": today.isoformat(), "dari": header.assigned_user_id or "",
                   "ke": to_user_id, "catatan": note.strip()}
        uow.casework.add_record(case_id, HANDOVER, header.stage, payload, today, None, actor.id,
                                today)
        uow.casework.update_case(case_id, assigned_user_id=to_user_id)
        uow.casework.unshare(case_id, to_user_id)
        refresh_summary(uow, config, case_id)
        uow.commit()
    return ChangeSet(cases=frozenset({case_id}))


def share_case(uow: Any, actor: Actor, case_id: str, user_id: str, shared: bool) -> ChangeSet:
    with uow:
        header = case_header(uow, actor, case_id)
        if shared:
            target = uow.users.get(user_id)
            if target is None or not target.active:
                raise DomainError("unknown_user")
            if not can_see_cases(target.roles):
                raise DomainError("user_not_caseworker")
            if user_id == header.assigned_user_id:
                raise DomainError("share_with_assigned")
            uow.casework.share(case_id, user_id, actor.id)
        else:
            uow.casework.unshare(case_id, user_id)
        uow.commit()
    return ChangeSet(cases=frozenset({case_id}))


# -- today -----------------------------------------------------------------------------------
def today_view(uow: Any, actor: Actor, config: cw.CaseworkConfig, clock: Clock) -> TodayView:
    actor.require_casework()
    today = clock.today()
    with uow:
        repo = uow.casework
        the_rules = rules(uow, config)
        due: list[DueInfo] = []
        for case_id, number, name, summary in repo.due_candidates(actor.id, today, the_rules):
            due.extend(_case_due(the_rules, case_id, number, name, summary, today))
        for change, number, name in repo.returned_changes(actor.id):
            due.append(DueInfo(change.case_id, number, name, "approval_returned",
                               _decided_on(change), False,
                               {"to_stage": change.to_stage, "comment": change.review_comment}))
        due.sort(key=lambda d: (not d.overdue, d.due, d.case_number))
        due_total = len(due)
        due = due[:DUE_LIST_LIMIT]  # the most urgent first; the page says how many in all
        if not actor.sees_all_cases:
            return TodayView(today, tuple(due), due_total=due_total)
        pending = repo.pending_changes()
        caseload = repo.caseload()
        overdue = repo.overdue_by_caseworker(today, the_rules)
        caseload = [CaseloadRow(c.user_id, c.display_name, c.active_cases,
                                overdue.get(c.user_id, 0)) for c in caseload]
        missing, total = repo.missing_rows(MISSING_LIST_LIMIT)
    return TodayView(today, tuple(due), tuple(pending), tuple(caseload), tuple(missing), total,
                     True, due_total)


# -- rules -------------------------------------------------------------------------------------
def get_rules(uow: Any, config: cw.CaseworkConfig) -> cw.CaseworkRules:
    with uow:
        return rules(uow, config)


def save_rules(uow: Any, actor: Actor, config: cw.CaseworkConfig,
               new: cw.CaseworkRules) -> ChangeSet:
    """Office casework rules (limits, thresholds, approvals): supervisors and admins."""
    if not (actor.sees_all_cases or actor.is_admin):
        raise DomainError("needs_supervisor_role")
    new.check()
    with uow:
        uow.casework.save_setting(RULES_SETTING, new.to_dict())
        uow.record_action("rules", "setting", RULES_SETTING)
        uow.commit()
    return ChangeSet(office=True)


def rebuild_summaries(uow: Any, config: cw.CaseworkConfig, batch: int = 2000) -> int:
    """Give every case an up-to-date summary (after an upgrade or a rules-version change)."""
    done = 0
    while True:
        with uow:
            ids = uow.casework.stale_summaries(batch)
            for header, rows in uow.casework.summary_inputs(ids):
                uow.casework.save_summary(header.id, _summarise(config, header, rows))
            uow.commit()
        done += len(ids)
        if len(ids) < batch:
            return done
