"""The printed minutes (notulen) of a case conference, as ``reporting.conference_minutes``
draws them. Filled by ``services.conference_minutes`` with only what the victim's consent
and the reader's access allow: a victim without both is named by the conference label and
the case number, never by name."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .dto import Letterhead, Signatory


@dataclass(frozen=True)
class MinutesCase:
    label: str                    # "Korban A"
    case_number: str
    name: str = ""                # the victim's name; "" when it may not be printed
    stage: str = ""               # stage label, e.g. "Tahap 2: Asesmen"


@dataclass(frozen=True)
class MinutesAttendee:
    name: str
    institution: str = ""
    role: str = ""                # role label, e.g. "Pimpinan sidang"
    acknowledged_on: date | None = None  # signed the confidentiality acknowledgement


@dataclass(frozen=True)
class MinutesAgendaItem:
    case: str                     # the case's label ("Korban A")
    heading: str
    text: str


@dataclass(frozen=True)
class MinutesDecision:
    case: str                     # the case's label ("Korban A")
    text: str
    action_what: str = ""         # "": a decision without an action item
    action_who: str = ""
    action_due: date | None = None
    done_on: date | None = None


@dataclass(frozen=True)
class ConferenceMinutesData:
    letterhead: Letterhead
    title: str                    # "Notulen Sidang Kasus"
    kind_label: str               # "Sidang kasus (case conference)"
    held_on: date                 # the day held (the planned day while not yet held)
    place: str
    final: bool                   # the conference is over (SELESAI); else printed as a draft
    cases: tuple[MinutesCase, ...]
    attendees: tuple[MinutesAttendee, ...]
    chair: Signatory              # pimpinan sidang / penyaji
    secretary: Signatory          # notulis
    agenda: tuple[MinutesAgendaItem, ...] = ()
    problem_focus: str = ""
    alternatives: str = ""
    decisions: tuple[MinutesDecision, ...] = ()
    notes: str = ""
    identity_withheld: bool = False  # at least one victim is named by label and number only
    number: str = ""
