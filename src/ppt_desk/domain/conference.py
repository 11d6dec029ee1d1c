"""Case conferences [002:1133-1137, 1175-1177; 001:2617-2618]: kinds and the stage each fits,
the life of a conference (planned, running, held or cancelled), what a plan and a decision
must hold, the audience label of each case by position, and the agenda generated from what
the case holds. Pure functions over plain values (ADR 0019)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Iterable, Mapping

from .errors import DomainError, ValidationFailed
from .forms import filled

# -- kinds and the stage each fits ----------------------------------------------------------
PEMBAHASAN = "PEMBAHASAN_KASUS"   # stage 2 item 9 [002:1133-1137]
SIDANG = "SIDANG_KASUS"           # stage 3 item 1 [002:1175-1177]
GELAR = "GELAR_KASUS"             # with the Gugus Tugas [001:2617-2618]
KIND_STAGE = {PEMBAHASAN: "PENELUSURAN", SIDANG: "RENCANA", GELAR: None}   # None: any stage
CLOSED_STAGE = "TERMINASI"

# What a held conference satisfies: (form kind, checkbox field, date field) [stages.json].
SATISFIES = {PEMBAHASAN: ("tahap_2", "pembahasan_kasus", "tanggal_pembahasan"),
             SIDANG: ("tahap_3", "sidang_kasus", "tanggal_sidang")}

# -- status ---------------------------------------------------------------------------------
PLANNED, RUNNING, HELD, CANCELLED = "DIRENCANAKAN", "BERLANGSUNG", "SELESAI", "DIBATALKAN"
# The statuses in which each step may be taken.
STEPS: dict[str, frozenset[str]] = {
    "update": frozenset({PLANNED, RUNNING}),
    "start": frozenset({PLANNED}),
    "record": frozenset({RUNNING, HELD}),
    "decide": frozenset({RUNNING, HELD}),    # add / change / remove a decision
    "finish": frozenset({RUNNING}),
    "cancel": frozenset({PLANNED, RUNNING}),
    "action_done": frozenset({RUNNING, HELD}),
    "start_plan": frozenset({HELD}),
    "reveal": frozenset({RUNNING, HELD}),     # the projector is on in conference mode
}
PLAN_AHEAD_DAYS = 366          # a planned day further ahead is a typing mistake
TEXT_MAX = 4000


def require_step(status: str, step: str) -> None:
    if status not in STEPS[step]:
        raise DomainError("conference_state", status=status, step=step)


# -- input ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ParticipantInput:
    name: str
    institution_id: str | None
    role: str                           # code of the conference_role list
    acknowledged_on: date | None = None  # signed the confidentiality acknowledgement


@dataclass(frozen=True)
class ConferenceInput:
    kind: str
    planned_on: date
    place: str
    case_ids: tuple[str, ...]           # in order: the first is "Korban A" on the projector
    participants: tuple[ParticipantInput, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class DecisionInput:
    case_id: str
    text: str
    action_what: str = ""               # non-empty: the decision is an action item
    action_who_institution_id: str | None = None
    action_who_person: str = ""
    action_due: date | None = None

    @property
    def is_action(self) -> bool:
        return bool(self.action_what.strip())


def _clean(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def validate_conference(c: ConferenceInput, kinds: frozenset[str], roles: frozenset[str],
                        stages: Mapping[str, str], today: date) -> ConferenceInput:
    """A conference has a known kind, a place, a planned day not more than a year ahead, at
    least one case, each once and open, each in the stage the kind belongs to, and
    participants with a name and a known role, none twice, none acknowledging in the future.
    ``stages``: the stage of each case (the caller has checked the actor may see it)."""
    problems: dict[str, str] = {}
    if c.kind not in kinds:
        problems["kind"] = "required" if not c.kind else "unknown_code"
    if not c.place.strip():
        problems["place"] = "required"
    if c.planned_on > today + timedelta(days=PLAN_AHEAD_DAYS):
        problems["planned_on"] = "date_too_far"
    if not c.case_ids:
        problems["case_ids"] = "conference_no_cases"
    elif len(set(c.case_ids)) != len(c.case_ids):
        problems["case_ids"] = "duplicate"
    if len(c.notes) > TEXT_MAX:
        problems["notes"] = "too_long"
    seen: set[tuple[str, str | None]] = set()
    for index, p in enumerate(c.participants):
        key = (" ".join(p.name.split()).casefold(), p.institution_id)
        if not key[0]:
            problems[f"participants.{index}.name"] = "required"
        if p.role not in roles:
            problems[f"participants.{index}.role"] = "required" if not p.role else "unknown_code"
        if p.acknowledged_on is not None and p.acknowledged_on > today:
            problems[f"participants.{index}.acknowledged_on"] = "date_in_future"
        if key[0] and key in seen:
            problems[f"participants.{index}"] = "duplicate"
        seen.add(key)
    if problems:
        raise ValidationFailed(problems)
    want = KIND_STAGE.get(c.kind)
    for case_id in c.case_ids:
        stage = stages[case_id]
        if stage == CLOSED_STAGE:
            raise DomainError("case_closed", case_id=case_id)
        if want is not None and stage != want:
            raise DomainError("conference_kind_stage", kind=c.kind, stage=stage, needs=want,
                              case_id=case_id)
    return ConferenceInput(
        c.kind, c.planned_on, " ".join(c.place.split()), tuple(c.case_ids),
        tuple(ParticipantInput(" ".join(p.name.split()), p.institution_id or None, p.role,
                               p.acknowledged_on) for p in c.participants),
        _clean(c.notes))


def validate_decision(d: DecisionInput, case_ids: Iterable[str], held_or_planned: date,
                      ) -> DecisionInput:
    """A decision has a text and concerns a case of the conference; an action item (``what``
    filled in) names who does it (an institution or a person) and a due day not before the
    conference."""
    problems: dict[str, str] = {}
    if not d.text.strip():
        problems["text"] = "required"
    elif len(d.text) > TEXT_MAX:
        problems["text"] = "too_long"
    if d.case_id not in set(case_ids):
        problems["case_id"] = "decision_case_not_in_conference"
    if d.is_action:
        if not (d.action_who_institution_id or d.action_who_person.strip()):
            problems["action_who"] = "required"
        if d.action_due is None:
            problems["action_due"] = "required"
        elif d.action_due < held_or_planned:
            problems["action_due"] = "date_before_conference"
    if problems:
        raise ValidationFailed(problems)
    if not d.is_action:
        return DecisionInput(d.case_id, _clean(d.text))
    return DecisionInput(d.case_id, _clean(d.text), " ".join(d.action_what.split()),
                         d.action_who_institution_id or None,
                         " ".join(d.action_who_person.split()), d.action_due)


def check_held_on(held_on: date, today: date) -> None:
    if held_on > today:
        raise ValidationFailed({"held_on": "date_in_future"})


# -- labels on the projector --------------------------------------------------------------
def case_label(position: int) -> str:
    """"Korban A" for the first case (position 0), ... "Korban Z", then "Korban AA"."""
    if position < 0:
        raise ValueError(position)
    letters = ""
    n = position + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"Korban {letters}"


# -- what a held conference satisfies ---------------------------------------------------------
@dataclass(frozen=True)
class HeldConference:
    kind: str
    held_on: date


def satisfied_fields(held: Iterable[HeldConference]) -> dict[str, dict[str, Any]]:
    """By form kind, the checklist fields held conferences fill in: the checkbox and the day
    of the latest conference of each kind (e.g. ``{"tahap_2": {"pembahasan_kasus": True,
    "tanggal_pembahasan": day}}``)."""
    out: dict[str, dict[str, Any]] = {}
    latest: dict[str, date] = {}
    for h in held:
        if h.kind in SATISFIES and (h.kind not in latest or h.held_on > latest[h.kind]):
            latest[h.kind] = h.held_on
    for kind, day in latest.items():
        form, flag, day_field = SATISFIES[kind]
        out.setdefault(form, {}).update({flag: True, day_field: day})
    return out


def overlay(payload: Mapping[str, Any], fields: Mapping[str, Any]) -> dict[str, Any]:
    """A record's payload with the fields a held conference fills in, where the record has
    not filled them itself (a date typed by the caseworker stays)."""
    out = dict(payload)
    for key, value in fields.items():
        if not filled(out.get(key)):
            out[key] = value
    return out


# -- the agenda --------------------------------------------------------------------------------
@dataclass(frozen=True)
class AgendaLine:
    heading: str
    text: str
    audience: bool = True    # False: kept off the projector (health)


@dataclass(frozen=True)
class TrackLine:
    label: str
    state_label: str
    open: bool
    health: bool = False


@dataclass(frozen=True)
class AgendaFacts:
    """What the agenda is made of, for one case, as the presenter may see it: the newest
    record of each form kind (payloads), the needs' labels, track lines, obstacles
    (category label, text) newest first, and overdue items already put in words."""

    records: Mapping[str, Mapping[str, Any]]
    need_labels: tuple[str, ...] = ()
    tracks: tuple[TrackLine, ...] = ()
    obstacles: tuple[tuple[str, str], ...] = ()
    overdue: tuple[str, ...] = ()


# (form kind, field, heading) in the order the meeting goes through them [002:1106-1139].
FINDINGS = (
    ("tahap_2", "pengalaman", "Masalah"),
    ("asesmen", "masalah_kebutuhan", "Masalah dan kebutuhan (asesmen)"),
    ("tahap_2", "keberfungsian", "Pengaruh terhadap keberfungsian"),
    ("tahap_2", "akar_masalah", "Akar masalah"),
    ("asesmen", "akar_masalah", "Akar masalah (asesmen)"),
    ("tahap_2", "lingkungan", "Kesempatan dan hambatan lingkungan"),
    ("tahap_2", "sumber_korban", "Sumber dan potensi korban"),
    ("tahap_2", "motivasi", "Motivasi korban"),
    ("tahap_1", "kebutuhan_layanan", "Kebutuhan layanan"),
    ("asesmen", "prioritas", "Prioritas (asesmen)"),
)
OBSTACLES_SHOWN = 5


def agenda(facts: AgendaFacts) -> list[AgendaLine]:
    """The agenda of one case: the stage-2 findings (problems, root causes, needs by
    aspect), the service tracks still open, the obstacles met and what is overdue."""
    out: list[AgendaLine] = []
    for kind, key, heading in FINDINGS:
        value = facts.records.get(kind, {}).get(key)
        if isinstance(value, str) and value.strip():
            out.append(AgendaLine(heading, value.strip()))
    plan = facts.records.get("tahap_3", {})
    if facts.need_labels:
        text = ", ".join(facts.need_labels)
        detail = plan.get("uraian_kebutuhan")
        if isinstance(detail, str) and detail.strip():
            text += "\n" + detail.strip()
        out.append(AgendaLine("Kebutuhan menurut aspek", text))
    for track in facts.tracks:
        if track.open:
            out.append(AgendaLine("Layanan berjalan", f"{track.label}: {track.state_label}",
                                  audience=not track.health))
    for category, text in facts.obstacles[:OBSTACLES_SHOWN]:
        out.append(AgendaLine("Hambatan", f"{category}: {text}" if text else category))
    for text in facts.overdue:
        out.append(AgendaLine("Terlambat", text))
    return out


def action_overdue(due: date | None, done_on: date | None, today: date) -> bool:
    return due is not None and done_on is None and due < today
