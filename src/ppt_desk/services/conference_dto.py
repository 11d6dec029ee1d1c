"""What the case-conference service takes and gives (issue 12; ADR 0019).

A conference (pembahasan kasus at stage 2, sidang kasus at stage 3, gelar kasus with the Gugus
Tugas) is planned for one or more cases, held, and leaves decisions; a decision with something
to do becomes an action item shown on Hari ini and in each case's history until done.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# What the presenter types (ConferenceInput, ParticipantInput, DecisionInput) is defined with
# its validation in the domain and re-exported here.
from ..domain.conference import ConferenceInput, DecisionInput, ParticipantInput  # noqa: F401

# -- what the screens show -----------------------------------------------------------------
@dataclass(frozen=True)
class AgendaItem:
    case_id: str
    heading: str                        # e.g. "Masalah", "Akar masalah", "Kebutuhan menurut aspek"
    text: str
    audience: bool = True               # False: kept off the projector (health track)


@dataclass(frozen=True)
class ConferenceCaseInfo:
    case_id: str
    label: str                          # "Korban A", "Korban B", ... by position
    case_number: str
    display_name: str                   # presenter's view only; never for the audience
    stage: str


@dataclass(frozen=True)
class ParticipantInfo:
    id: str
    name: str
    institution_id: str | None
    institution_name: str               # "" when none or not in the directory
    role: str
    role_label: str
    acknowledged_on: date | None


@dataclass(frozen=True)
class DecisionInfo:
    id: str
    case_id: str
    position: int
    text: str
    action_what: str
    action_who: str                     # "person — institution name", or either, or ""
    action_due: date | None
    done_on: date | None
    action_who_institution_id: str | None = None
    action_who_person: str = ""


@dataclass(frozen=True)
class ConferenceDetail:
    id: str
    kind: str
    kind_label: str
    status: str                         # DIRENCANAKAN | BERLANGSUNG | SELESAI | DIBATALKAN
    planned_on: date
    place: str
    held_on: date | None
    problem_focus: str
    alternatives: str
    notes: str
    cases: tuple[ConferenceCaseInfo, ...]
    participants: tuple[ParticipantInfo, ...]
    agenda: tuple[AgendaItem, ...]
    decisions: tuple[DecisionInfo, ...]


@dataclass(frozen=True)
class ConferenceSummary:
    """One line of a case's conference list (``for_case``)."""

    id: str
    kind: str
    kind_label: str
    status: str
    planned_on: date
    held_on: date | None
    place: str
    case_count: int
    open_actions: int                   # action items of this case not yet done


@dataclass(frozen=True)
class ActionItemInfo:
    decision_id: str
    conference_id: str
    case_id: str
    case_number: str
    what: str
    who: str
    due: date | None
    done_on: date | None
    overdue: bool = False
