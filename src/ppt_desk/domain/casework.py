"""The casework rules: stages and their gates, the living allowance, the eight recording
items and what is due. All of it is read from data files (resources/casework/, loaded by
``casework_config``) and applied by pure functions, so a province can adjust stages, gates,
limits and thresholds without code.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Iterable

from .casework_config import (  # noqa: F401  (re-exported: the configuration the rules apply)
    ANY, AllowanceLimits, CaseworkConfig, CaseworkRules, RecordingItem, Requirement, StageDef,
    Transition, load_config,
)
from .errors import DomainError
from .forms import filled

PROTECTION = "PERLINDUNGAN"
TERMINATED = "TERMINASI"
GOALS_MET = "TUJUAN_TERCAPAI"


# -- records -------------------------------------------------------------------------
@dataclass(frozen=True)
class Rec:
    """One casework record as the rules see it."""

    id: str
    kind: str
    payload: dict[str, Any]
    record_date: date | None = None
    created_at: datetime = datetime(1970, 1, 1)
    due_date: date | None = None
    touched_on: date | None = None  # last saved (office calendar day)


# -- stage changes -------------------------------------------------------------------
@dataclass(frozen=True)
class Missing:
    """What a gate lacks: a record of ``kind``, or these fields / values in it."""

    kind: str
    fields: tuple[str, ...] = ()
    values: dict[str, Any] = field(default_factory=dict, hash=False)
    no_record: bool = False


@dataclass(frozen=True)
class GateResult:
    transition: Transition
    missing: tuple[Missing, ...]
    justification: Rec | None

    @property
    def ok(self) -> bool:
        return not self.missing


def find_transitions(config: CaseworkConfig, current: str, target: str) -> list[Transition]:
    """The transitions that lead from ``current`` to ``target``, the specific ones first.

    A '*' transition applies to every stage but TERMINASI, including one that also has a
    specific transition to the same target (BANTUAN_LANJUT may end early, too)."""
    specific = [t for t in config.transitions if t.source == current and t.target == target]
    general = [t for t in config.transitions
               if (t.reopen and t.source == current and target != current)
               or (t.source == ANY and t.target == target and current not in (TERMINATED, target))]
    return specific + [t for t in general if t not in specific]


def find_transition(config: CaseworkConfig, current: str, target: str) -> Transition | None:
    found = find_transitions(config, current, target)
    return found[0] if found else None


def allowed_targets(config: CaseworkConfig, current: str) -> list[str]:
    out: list[str] = []
    for code in config.stage_codes():
        if code != current and find_transition(config, current, code) is not None:
            out.append(code)
    return out


def _check_requirement(req: Requirement, records: list[Rec]) -> tuple[Missing | None, Rec | None]:
    candidates = [r for r in records if r.kind == req.kind]
    if req.latest and candidates:
        candidates = [max(candidates, key=lambda r: (r.record_date or date.min, r.created_at))]
    if not candidates:
        return Missing(req.kind, req.fields, dict(req.equals), no_record=True), None
    best: tuple[int, Missing | None, Rec | None] | None = None
    for rec in sorted(candidates, key=lambda r: (r.record_date or date.min, r.created_at),
                      reverse=True):
        lacking = tuple(k for k in req.fields if not filled(rec.payload.get(k)))
        wrong = {k: v for k, v in req.equals.items() if rec.payload.get(k) != v}
        wrong.update({k: f"!{v}" for k, v in req.not_equals.items() if rec.payload.get(k) == v})
        if not lacking and not wrong:
            return None, rec
        score = len(lacking) + len(wrong)
        if best is None or score < best[0]:
            best = (score, Missing(req.kind, lacking, wrong), rec)
    assert best is not None
    return best[1], None


def check_gate(config: CaseworkConfig, current: str, target: str,
               records: Iterable[Rec]) -> GateResult:
    """Check a stage change; raises ``stage_same`` / ``stage_not_allowed`` for a change the
    rules do not know (skipping a stage), else returns what the gate still lacks."""
    if target == current:
        raise DomainError("stage_same", stage=current)
    if target not in config.stage_codes():
        raise DomainError("unknown_stage", stage=target)
    transitions = find_transitions(config, current, target)
    if not transitions:
        raise DomainError("stage_not_allowed", current=current, target=target,
                          allowed=allowed_targets(config, current))
    records = list(records)
    results = [_gate(t, records) for t in transitions]
    # The first open gate wins; when none is open, report what the first one lacks.
    return next((r for r in results if r.ok), results[0])


def _gate(transition: Transition, records: list[Rec]) -> GateResult:
    missing: list[Missing] = []
    justification: Rec | None = None
    for req in transition.requires:
        lack, rec = _check_requirement(req, records)
        if lack is not None:
            missing.append(lack)
        elif justification is None or (req.latest and rec is not None):
            justification = rec
    return GateResult(transition, tuple(missing), justification)


def needs_approval(rules: CaseworkRules, transition: Transition) -> bool:
    return bool(rules.approval.get(transition.key, False))


# -- living allowance ----------------------------------------------------------------
ALLOWANCE = "jaminan_hidup"


@dataclass(frozen=True)
class AllowanceStatus:
    started: date | None = None
    open: bool = False
    day: int = 0                 # day of the allowance today, 1 = the first day
    phase: int = 0               # 1, 2, or 0 when not running / past the last limit
    phase_ends: date | None = None
    alert: str | None = None     # allowance_phase1_ending | allowance_phase2_ending | allowance_over


def allowance_start(records: Iterable[Rec]) -> date | None:
    dates = [r.record_date for r in records if r.kind == ALLOWANCE and r.record_date]
    return min(dates) if dates else None


def allowance_status(records: Iterable[Rec], stage: str, today: date,
                     limits: AllowanceLimits) -> AllowanceStatus:
    """The seed's two phases: days 1..phase1 and then up to day phase2 [002:752-764].

    The allowance runs from its first entry until an entry ends it or the case leaves
    the protection phase. An alert is raised ``warn_days`` before a phase ends and
    once the last limit has passed.
    """
    records = list(records)
    start = allowance_start(records)
    if start is None:
        return AllowanceStatus()
    ended = any(r.kind == ALLOWANCE and r.payload.get("selesai") for r in records)
    is_open = not ended and stage == PROTECTION
    day = (today - start).days + 1
    end1 = start + timedelta(days=limits.phase1_days - 1)
    end2 = start + timedelta(days=limits.phase2_days - 1)
    if day <= limits.phase1_days:
        phase, ends = 1, end1
    elif day <= limits.phase2_days:
        phase, ends = 2, end2
    else:
        phase, ends = 0, end2
    alert = None
    if is_open:
        if phase == 0:
            alert = "allowance_over"
        elif (ends - today).days < limits.warn_days:
            alert = "allowance_phase1_ending" if phase == 1 else "allowance_phase2_ending"
    return AllowanceStatus(start, is_open, max(day, 0), phase, ends, alert)


def check_allowance_entry(records: Iterable[Rec], entry_date: date, payload: dict[str, Any],
                          limits: AllowanceLimits) -> None:
    """An entry after the last limit needs a written reason (the limit is the seed's)."""
    start = allowance_start(records)
    start = min(start, entry_date) if start else entry_date
    last_day = start + timedelta(days=limits.phase2_days - 1)
    if entry_date > last_day and not filled(payload.get("alasan_lewat_batas")):
        raise DomainError("allowance_over_limit", limit=limits.phase2_days,
                          last_day=last_day.isoformat())


# -- the eight recording items -------------------------------------------------------
def case_facts(full_name: str, sex: str, age: int | None, province_code: str,
               modus: list[str] | tuple[str, ...], age_band: str | None) -> dict[str, Any]:
    """The case fields that ``recording_items.json`` conditions name (``{"case": ...}``)."""
    return {"full_name": full_name, "sex": sex, "age": age, "province_code": province_code,
            "modus": modus, "age_band": age_band}


def missing_items(config: CaseworkConfig, facts: dict[str, Any], records: Iterable[Rec]) -> list[str]:
    """Codes of the recording items (a-h, 002:1375-1398) not yet complete."""
    records = list(records)

    def holds(cond: dict[str, str]) -> bool:
        if "case" in cond:
            return filled(facts.get(cond["case"]))
        matching = [r for r in records if r.kind == cond["record"]]
        if "field" not in cond:
            return bool(matching)
        return any(filled(r.payload.get(cond["field"])) for r in matching)

    return [item.code for item in config.items
            if not any(all(holds(c) for c in group) for group in item.any_of)]


# -- summary and due items -----------------------------------------------------------


@dataclass(frozen=True)
class CaseSummary:
    """Derived facts about one case, kept in a table so that lists and the today page
    can ask SQL instead of reading every record."""

    stage: str
    stage_since: date
    last_progress: date
    missing: tuple[str, ...] = ()
    allowance_start: date | None = None
    allowance_open: bool = False
    next_visit: date | None = None
    closed: bool = False
    next_visit_kind: str = ""


def summarise(config: CaseworkConfig, stage: str, stage_since: date, facts: dict[str, Any],
              records: Iterable[Rec]) -> CaseSummary:
    records = list(records)
    touched = [r.touched_on for r in records if r.touched_on]
    last = max([stage_since, *touched])
    visits = config.visit_kinds
    planned = sorted((r.due_date, r.kind) for r in records
                     if r.kind in visits and r.due_date
                     and not filled(r.payload.get(config.forms[r.kind].date_field)))
    return CaseSummary(
        stage=stage, stage_since=stage_since, last_progress=last,
        missing=tuple(missing_items(config, facts, records)),
        allowance_start=allowance_start(records),
        allowance_open=not any(
            r.kind == ALLOWANCE and r.payload.get("selesai") for r in records),
        next_visit=planned[0][0] if planned else None,
        closed=stage == TERMINATED,
        next_visit_kind=planned[0][1] if planned else "",
    )


@dataclass(frozen=True)
class DueItem:
    case_id: str
    kind: str          # stage_stale | allowance_* | visit_due | visit_overdue | approval_returned
    due: date
    overdue: bool
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


def due_items(case_id: str, summary: CaseSummary, today: date, rules: CaseworkRules) -> list[DueItem]:
    """What the caseworker should act on for one case, from its summary and today's date."""
    if summary.closed:
        return []
    out: list[DueItem] = []
    limit = rules.stage_max_days.get(summary.stage)
    if limit:
        due = summary.last_progress + timedelta(days=limit)
        if today >= due:
            out.append(DueItem(case_id, "stage_stale", due, today > due,
                               {"stage": summary.stage,
                                "days": (today - summary.last_progress).days}))
    if summary.allowance_start and summary.allowance_open and summary.stage == PROTECTION:
        fake = [Rec("", ALLOWANCE, {}, summary.allowance_start)]
        status = allowance_status(fake, summary.stage, today, rules.allowance)
        if status.alert:
            out.append(DueItem(case_id, status.alert, status.phase_ends or today,
                               status.alert == "allowance_over",
                               {"day": status.day, "phase": status.phase}))
    if summary.next_visit is not None:
        warn = summary.next_visit - timedelta(days=rules.home_visit_warn_days)
        if today >= warn:
            overdue = today > summary.next_visit
            out.append(DueItem(case_id, "visit_overdue" if overdue else "visit_due",
                               summary.next_visit, overdue,
                               {"visit_kind": summary.next_visit_kind}))
    return out
