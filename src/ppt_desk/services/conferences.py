"""Case conferences (issue 12; ADR 0019): plan one for one or more cases, hold it, record
the problem focus, the alternatives and the decisions (an action item each when there is
something to do), finish or cancel it, follow the action items up.

Access as for group sessions: the actor must be allowed to see every case of the
conference to read it, and to write every case (this device owns it) to change it.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from ..domain import conference as cf
from ..domain.audience import AudienceCase, audience_case
from ..domain.errors import DomainError, ValidationFailed
from . import records
from .case_header import case_header, writable_case
from .change_set import ChangeSet
from .conference_actions import action_items, who as _who
from .conference_agenda import case_agenda
from .conference_audience import audience_source
from .conference_dto import (
    ActionItemInfo, AgendaItem, ConferenceCaseInfo, ConferenceDetail, ConferenceInput,
    ConferenceSummary, DecisionInfo, DecisionInput, ParticipantInfo,
)
from .conference_ports import ConferenceDecisionRow, ConferenceRows
from .context import Actor
from .deps import Deps
from .directory import find_institution
from .ports import CaseHeader, UnitOfWork

KIND_LIST, ROLE_LIST = "conference_kind", "conference_role"


# -- reading ----------------------------------------------------------------------------------
def _found(uow: UnitOfWork, conference_id: str) -> ConferenceRows:
    found = uow.conferences.get(conference_id)
    if found is None:
        raise DomainError("conference_not_found")
    return found


def _headers(uow: UnitOfWork, actor: Actor, case_ids: list[str],
             write: bool = False) -> dict[str, CaseHeader]:
    """Each case's header; refused unless the actor may see (``write``: change) every one."""
    check = writable_case if write else case_header
    return {case_id: check(uow, actor, case_id) for case_id in case_ids}


def _label(deps: Deps, codelist: str, code: str) -> str:
    item = deps.codelists[codelist].get(code)
    return item.label_id if item is not None else code


def _decision(uow: UnitOfWork, deps: Deps, d: ConferenceDecisionRow) -> DecisionInfo:
    return DecisionInfo(d.id, d.case_id, d.position, d.text, d.action_what,
                        _who(uow, deps, d.action_who_institution_id, d.action_who_person),
                        d.action_due, d.done_on, d.action_who_institution_id,
                        d.action_who_person)


def _detail(uow: UnitOfWork, actor: Actor, deps: Deps, found: ConferenceRows) -> ConferenceDetail:
    row = found.conference
    headers = _headers(uow, actor, [c.case_id for c in found.cases])
    today = deps.clock.today()
    cases, agenda = [], []
    for c in found.cases:
        h = headers[c.case_id]
        cases.append(ConferenceCaseInfo(c.case_id, cf.case_label(c.position), h.case_number,
                                        h.full_name, h.stage))
        agenda.extend(case_agenda(uow, actor, deps, h, today))
    people = []
    for p in found.participants:
        inst = find_institution(uow, deps.national, p.institution_id) \
            if p.institution_id else None
        people.append(ParticipantInfo(p.id, p.name, p.institution_id,
                                      inst.name if inst is not None else "", p.role,
                                      _label(deps, ROLE_LIST, p.role), p.acknowledged_on))
    return ConferenceDetail(
        row.id, row.kind, _label(deps, KIND_LIST, row.kind), row.status, row.planned_on,
        row.place, row.held_on, row.problem_focus, row.alternatives, row.notes, tuple(cases),
        tuple(people), tuple(agenda), tuple(_decision(uow, deps, d) for d in found.decisions))


def get(uow: UnitOfWork, actor: Actor, deps: Deps, conference_id: str) -> ConferenceDetail:
    with uow:
        return _detail(uow, actor, deps, _found(uow, conference_id))


def for_case(uow: UnitOfWork, actor: Actor, deps: Deps, case_id: str) -> list[ConferenceSummary]:
    with uow:
        case_header(uow, actor, case_id)
        return [ConferenceSummary(r.id, r.kind, _label(deps, KIND_LIST, r.kind), r.status,
                                  r.planned_on, r.held_on, r.place, cases, open_)
                for r, cases, open_ in uow.conferences.for_case(case_id)]


def agenda_for(uow: UnitOfWork, actor: Actor, deps: Deps,
               case_ids: tuple[str, ...]) -> list[AgendaItem]:
    """The agenda these cases would get (the plan dialog shows it before saving)."""
    today = deps.clock.today()
    with uow:
        out: list[AgendaItem] = []
        for header in _headers(uow, actor, list(dict.fromkeys(case_ids))).values():
            out.extend(case_agenda(uow, actor, deps, header, today))
        return out


# -- planning -----------------------------------------------------------------------------------
def _known_institutions(uow: UnitOfWork, deps: Deps, ids: dict[str, str | None]) -> None:
    """Each institution named (field -> id) must be in the directory."""
    problems = {key: "unknown_institution" for key, inst in ids.items()
                if inst and find_institution(uow, deps.national, inst) is None}
    if problems:
        raise ValidationFailed(problems)


def _validated(uow: UnitOfWork, deps: Deps, c: ConferenceInput,
               headers: dict[str, CaseHeader]) -> ConferenceInput:
    clean = cf.validate_conference(
        c, deps.codes(KIND_LIST), deps.codes(ROLE_LIST),
        {case_id: headers[case_id].stage for case_id in c.case_ids if case_id in headers},
        deps.clock.today())
    _known_institutions(uow, deps, {f"participants.{i}.institution_id": p.institution_id
                                    for i, p in enumerate(clean.participants)})
    return clean


def _changes(case_ids: Any, conference_id: str) -> ChangeSet:
    return ChangeSet(cases=frozenset(case_ids), conferences=frozenset({conference_id}))


def plan(uow: UnitOfWork, actor: Actor, deps: Deps,
         conference: ConferenceInput) -> tuple[ChangeSet, str]:
    """Plan a conference for one or more cases (each visible to the actor, owned here, open,
    and in the stage the kind belongs to)."""
    with uow:
        headers = _headers(uow, actor, list(dict.fromkeys(conference.case_ids)), write=True)
        clean = _validated(uow, deps, conference, headers)
        conference_id = uow.conferences.add(clean, cf.PLANNED, actor.id)
        uow.commit()
    return _changes(clean.case_ids, conference_id), conference_id


def update(uow: UnitOfWork, actor: Actor, deps: Deps, conference_id: str,
           conference: ConferenceInput) -> ChangeSet:
    with uow:
        found = _found(uow, conference_id)
        cf.require_step(found.conference.status, "update")
        before = [c.case_id for c in found.cases]
        wanted = list(dict.fromkeys(conference.case_ids))
        headers = _headers(uow, actor, list(dict.fromkeys(before + wanted)), write=True)
        clean = _validated(uow, deps, conference, headers)
        decided = {d.case_id for d in found.decisions} - set(clean.case_ids)
        if decided:   # its decisions would belong to no case of the conference
            raise DomainError("conference_case_has_decisions", case_id=sorted(decided)[0])
        uow.conferences.update(conference_id, clean)
        uow.commit()
    return _changes(set(before) | set(clean.case_ids), conference_id)


def _step(uow: UnitOfWork, actor: Actor, conference_id: str, step: str) -> ConferenceRows:
    """The conference, for a change: the step allowed in its status, every case writable."""
    found = _found(uow, conference_id)
    cf.require_step(found.conference.status, step)
    _headers(uow, actor, [c.case_id for c in found.cases], write=True)
    return found


def _set(uow: UnitOfWork, actor: Actor, conference_id: str, step: str,
         **values: Any) -> ChangeSet:
    with uow:
        found = _step(uow, actor, conference_id, step)
        uow.conferences.set(conference_id, **values)
        uow.commit()
    return _changes((c.case_id for c in found.cases), conference_id)


def start(uow: UnitOfWork, actor: Actor, deps: Deps, conference_id: str) -> ChangeSet:
    return _set(uow, actor, conference_id, "start", status=cf.RUNNING)


def record(uow: UnitOfWork, actor: Actor, deps: Deps, conference_id: str, problem_focus: str,
           alternatives: str) -> ChangeSet:
    """The problem focus and the alternatives discussed [002:1133-1137]."""
    return _set(uow, actor, conference_id, "record", problem_focus=problem_focus.strip(),
                alternatives=alternatives.strip())


def finish(uow: UnitOfWork, actor: Actor, deps: Deps, conference_id: str,
           held_on: date) -> ChangeSet:
    """The conference was held on ``held_on``: from now on it satisfies the stage item its
    kind stands for (ADR 0019)."""
    cf.check_held_on(held_on, deps.clock.today())
    return _set(uow, actor, conference_id, "finish", status=cf.HELD, held_on=held_on)


def cancel(uow: UnitOfWork, actor: Actor, deps: Deps, conference_id: str) -> ChangeSet:
    return _set(uow, actor, conference_id, "cancel", status=cf.CANCELLED)


# -- decisions and action items --------------------------------------------------------------
def _clean_decision(uow: UnitOfWork, deps: Deps, found: ConferenceRows,
                    decision: DecisionInput) -> DecisionInput:
    row = found.conference
    clean = cf.validate_decision(decision, [c.case_id for c in found.cases],
                                 row.held_on or row.planned_on)
    _known_institutions(uow, deps, {"action_who": clean.action_who_institution_id})
    return clean


def add_decision(uow: UnitOfWork, actor: Actor, deps: Deps, conference_id: str,
                 decision: DecisionInput) -> tuple[ChangeSet, str]:
    with uow:
        found = _step(uow, actor, conference_id, "decide")
        decision_id = uow.conferences.add_decision(conference_id,
                                                   _clean_decision(uow, deps, found, decision))
        uow.commit()
    return _changes({decision.case_id}, conference_id), decision_id


def _decision_step(uow: UnitOfWork, actor: Actor, decision_id: str,
                   step: str) -> tuple[ConferenceDecisionRow, ConferenceRows]:
    row = uow.conferences.decision(decision_id)
    if row is None:
        raise DomainError("conference_decision_not_found")
    return row, _step(uow, actor, row.conference_id, step)


def update_decision(uow: UnitOfWork, actor: Actor, deps: Deps, decision_id: str,
                    decision: DecisionInput) -> ChangeSet:
    with uow:
        row, found = _decision_step(uow, actor, decision_id, "decide")
        before = row.case_id
        uow.conferences.update_decision(decision_id, _clean_decision(uow, deps, found, decision))
        conference_id = found.conference.id
        uow.commit()
    return _changes({before, decision.case_id}, conference_id)


def remove_decision(uow: UnitOfWork, actor: Actor, deps: Deps, decision_id: str) -> ChangeSet:
    with uow:
        row, found = _decision_step(uow, actor, decision_id, "decide")
        case_id, conference_id = row.case_id, found.conference.id
        uow.conferences.delete_decision(decision_id)
        uow.commit()
    return _changes({case_id}, conference_id)


def action_done(uow: UnitOfWork, actor: Actor, deps: Deps, decision_id: str,
                done_on: date | None) -> ChangeSet:
    """Mark an action item done on ``done_on`` (not in the future, not before the
    conference), or not done (None). Only the item's own case must be writable: it is on the
    Hari ini of whoever works on that case, who may not see the conference's other cases."""
    with uow:
        row = uow.conferences.decision(decision_id)
        if row is None:
            raise DomainError("conference_decision_not_found")
        found = _found(uow, row.conference_id)
        cf.require_step(found.conference.status, "action_done")
        writable_case(uow, actor, row.case_id)
        if not row.action_what:
            raise DomainError("not_an_action_item")
        if done_on is not None:
            conference = found.conference
            if done_on > deps.clock.today():
                raise ValidationFailed({"done_on": "date_in_future"})
            if done_on < (conference.held_on or conference.planned_on):
                raise ValidationFailed({"done_on": "date_before_conference"})
        uow.conferences.set_done(decision_id, done_on)
        case_id, conference_id = row.case_id, found.conference.id
        uow.commit()
    return _changes({case_id}, conference_id)


def open_actions(uow: UnitOfWork, actor: Actor, deps: Deps,
                 case_id: str | None = None) -> list[ActionItemInfo]:
    actor.require_casework()
    with uow:
        return action_items(uow, actor, deps, case_id)


# -- after the conference: the stage-3 plan ----------------------------------------------------
PLAN_FORM = "tahap_3"


def start_plan(uow: UnitOfWork, actor: Actor, deps: Deps, conference_id: str,
               case_id: str) -> tuple[ChangeSet, str | None, dict[str, Any]]:
    """The case's stage-3 plan started from a held conference, filling only what is still
    empty: the priority problems from the problem focus, the strategy from the case's
    decisions, the goals from its action items still ahead, and for a sidang kasus the
    checkbox and its day. Saved (through ``records.save_record``, validated as any record)
    when the plan so filled is complete; otherwise nothing is saved and the record id is
    None: the caller opens the form with the payload for the caseworker to complete."""
    with uow:
        found = _found(uow, conference_id)
        cf.require_step(found.conference.status, "start_plan")
        if case_id not in {c.case_id for c in found.cases}:
            raise DomainError("conference_case_not_found")
        _headers(uow, actor, [c.case_id for c in found.cases])
        writable_case(uow, actor, case_id)
        plans = [r for r in uow.casework.records(case_id) if r.kind == PLAN_FORM]
        existing = plans[-1] if plans else None
        payload = dict(existing.payload) if existing is not None else {}
        existing_id = existing.id if existing is not None else None
        payload = cf.overlay(payload, _plan_fill(uow, deps, found, case_id))
    try:
        changes, record_id = records.save_record(uow, actor, deps, case_id, PLAN_FORM, payload,
                                                 existing_id)
    except ValidationFailed:
        return ChangeSet(), None, payload
    return changes | ChangeSet(conferences=frozenset({conference_id})), record_id, payload


def _plan_fill(uow: UnitOfWork, deps: Deps, found: ConferenceRows,
               case_id: str) -> dict[str, Any]:
    row = found.conference
    mine = [d for d in found.decisions if d.case_id == case_id]
    today = deps.clock.today()
    fill: dict[str, Any] = {"tanggal": today.isoformat()}
    if row.problem_focus:
        fill["masalah_prioritas"] = row.problem_focus
    if mine:
        fill["strategi"] = "\n".join(f"- {d.text}" for d in mine)
    goals = [{"tujuan": d.action_what, "target": d.action_due.isoformat(),
              "penanggung_jawab": _who(uow, deps, d.action_who_institution_id,
                                       d.action_who_person)}
             for d in mine if d.action_what and d.action_due and d.action_due > today]
    if goals:
        fill["tujuan"] = goals
    if row.kind == cf.SIDANG and row.held_on is not None:
        fill.update(sidang_kasus=True, tanggal_sidang=row.held_on.isoformat())
    return fill


# -- the projector ------------------------------------------------------------------------------
# The fields a presenter may reveal, one at a time (the intake's names), with their labels.
REVEAL_LABELS = {"full_name": "Nama", "aliases": "Nama lain", "birth_date": "Tanggal lahir",
                 "estimated_age": "Perkiraan umur", "languages": "Bahasa"}
REVEALABLE = tuple(REVEAL_LABELS)


def _case_in(found: ConferenceRows, case_id: str) -> int:
    for c in found.cases:
        if c.case_id == case_id:
            return c.position
    raise DomainError("conference_case_not_found")


def _field_value(uow: UnitOfWork, case_id: str, field: str) -> str:
    if field not in REVEALABLE:
        raise DomainError("conference_field_unknown", field=field)
    detail = uow.cases.get(case_id)
    if detail is None:
        raise DomainError("case_not_found")
    value = getattr(detail.intake, field, None)
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value)


def reveal(uow: UnitOfWork, actor: Actor, deps: Deps, conference_id: str, case_id: str,
           field: str) -> str:
    """One field of a case, for the projector, on the presenter's deliberate choice: the audit
    chain keeps who showed which field of which case (never the value)."""
    with uow:
        found = _found(uow, conference_id)
        _case_in(found, case_id)
        _headers(uow, actor, [c.case_id for c in found.cases])
        cf.require_step(found.conference.status, "reveal")
        value = _field_value(uow, case_id, field)
        uow.conferences.audit_reveal(case_id, field)
        uow.commit()
    return value


def audience(uow: UnitOfWork, actor: Actor, deps: Deps, conference_id: str, case_id: str,
             revealed: tuple[str, ...] = ()) -> AudienceCase:
    """The audience (projector) version of one case of the conference, made by the pure
    ``domain.audience.audience_case`` from what ``conference_audience`` reads: the agenda
    lines meant for the room, the case's decisions as typed, and the fields revealed: each
    must have been revealed by this user through ``reveal`` (its audit entry), else
    ``conference_reveal_not_audited``."""
    with uow:
        found = _found(uow, conference_id)
        position = _case_in(found, case_id)
        headers = _headers(uow, actor, [c.case_id for c in found.cases])
        agenda = tuple((a.heading, a.text)
                       for a in case_agenda(uow, actor, deps, headers[case_id],
                                            deps.clock.today()) if a.audience)
        decisions = tuple(_audience_decision(d) for d in found.decisions if d.case_id == case_id)
        wanted = tuple(dict.fromkeys(revealed))
        if set(wanted) - uow.conferences.revealed_fields(case_id, actor.id):
            raise DomainError("conference_reveal_not_audited")   # reveal() first
        pairs = tuple((REVEAL_LABELS[field], _field_value(uow, case_id, field))
                      for field in wanted)
    source = audience_source(uow, actor, deps, case_id)   # opens its own unit of work
    shown = {text.strip() for _heading, text in source.findings}
    agenda = tuple(item for item in agenda if item[1].strip() not in shown)  # not twice
    return audience_case(source, cf.case_label(position), agenda, decisions, pairs)


def _audience_decision(d: ConferenceDecisionRow) -> str:
    if not d.action_what:
        return d.text
    due = f", batas {d.action_due.strftime('%d-%m-%Y')}" if d.action_due else ""
    return f"{d.text} — tindak lanjut: {d.action_what}{due}"

