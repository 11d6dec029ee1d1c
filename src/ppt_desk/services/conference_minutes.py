"""The notulen of a case conference, assembled from the conference record
(``services.conferences.get``) under the office letterhead, holding only what the victims'
consent and the reader's access allow.

A victim is named in the minutes only when both hold:

- the reader (the user printing) may see the case (``case_header``: supervisors every case
  of the office, caseworkers their own and shared cases), and
- the consent ledger allows the case to be discussed in a case conference today (purpose
  SIDANG_KASUS) with identity in the consent's scope (a consent naming no scope allows
  identity, as for the surat rujukan).

Otherwise the victim is "Korban A" with the case number, and the victim's name, aliases and
guardian's name are taken out of every free text of the minutes (agenda, problem focus,
alternatives, decisions, notes).  Without a SIDANG_KASUS consent the case's agenda (its
findings) is left out too: only the decisions taken remain, since the action items are the
meeting's outcome.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..domain.duplicates import PSEUDONYM_PREFIX
from ..domain.errors import DomainError
from . import conferences
from .case_header import case_header
from .change_set import ChangeSet
from .conference_dto import ConferenceCaseInfo, ConferenceDetail, ParticipantInfo
from .conference_minutes_dto import (
    ConferenceMinutesData, MinutesAgendaItem, MinutesAttendee, MinutesCase, MinutesDecision,
)
from .consent import consent_for
from .context import Actor
from .deps import Deps
from .dto import Signatory
from .letterhead import printed_letterhead
from .ports import UnitOfWork

TITLES = {"PEMBAHASAN_KASUS": "Notulen Pertemuan Pembahasan Kasus",
          "SIDANG_KASUS": "Notulen Sidang Kasus",
          "GELAR_KASUS": "Notulen Gelar Kasus"}
CHAIR, SECRETARY = "KETUA", "NOTULIS"            # codes of conference_role
CANCELLED, DONE = "DIBATALKAN", "SELESAI"
PURPOSE = "SIDANG_KASUS"                         # consent to discuss the case in a conference
IDENTITY = "IDENTITAS"                           # consent scope: the victim's identity
DEFAULT_SCOPE = (IDENTITY, "RINGKASAN_KASUS")    # a consent that names no scope
NO_CONSENT = ("Rincian kasus tidak dicantumkan: belum ada persetujuan korban untuk dibahas "
              "dalam sidang kasus.")
MIN_WORD = 3  # name words shorter than this are not taken out of free text


@dataclass(frozen=True)
class CaseReading:
    """What the minutes may say of one case."""

    name: str                   # the printable name, "" when it may not be printed
    details: bool               # a SIDANG_KASUS consent holds: the case's agenda is printed
    secrets: tuple[str, ...]    # identity values to take out of free text ("" name only)


def case_reading(uow: UnitOfWork, actor: Actor, deps: Deps, case_id: str) -> CaseReading:
    """The reading of one case of the conference for ``actor`` today (inside ``uow``)."""
    today = deps.clock.today()
    header = uow.casework.header(case_id)
    if header is None:
        return CaseReading("", False, ())
    case = uow.cases.get(case_id)
    intake = case.intake if case is not None else None
    secrets = tuple(v for v in (
        header.full_name, *(intake.aliases if intake else ()),
        intake.guardian.name if intake else "", intake.nik if intake else "") if v.strip())
    try:
        case_header(uow, actor, case_id)
        sees = True
    except DomainError:  # not the reader's case: she may not see who the victim is
        sees = False
    granted = consent_for(uow, header, PURPOSE, today, None)
    if not granted.allowed:
        return CaseReading("", False, secrets)
    row = uow.casework.consent(granted.consent_id)
    scope = set((row.scope if row is not None else ()) or DEFAULT_SCOPE)
    name = header.full_name.strip()
    if sees and IDENTITY in scope and name and not name.startswith(PSEUDONYM_PREFIX):
        return CaseReading(name, True, ())
    return CaseReading("", True, secrets)


def _pattern(secrets: Iterable[str]) -> re.Pattern[str] | None:
    """Whole values first, then each longer word of a name (a first name typed alone)."""
    values = {s.strip() for s in secrets if s.strip()}
    values |= {w for s in list(values) for w in re.split(r"\W+", s) if len(w) >= MIN_WORD}
    if not values:
        return None
    alternatives = "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def scrubbed(text: str, readings: dict[str, CaseReading],
             labels: dict[str, str]) -> str:
    """``text`` with the identity values of every case whose name may not be printed
    replaced by that case's label ("Korban A")."""
    for case_id, reading in readings.items():
        pattern = _pattern(reading.secrets)
        if pattern is not None:
            text = pattern.sub(labels[case_id], text)
    return text


def _signatory(people: list[ParticipantInfo], caption: str) -> Signatory:
    if not people:
        return Signatory(caption)
    p = people[0]
    return Signatory(caption, p.name, p.role_label if p.role_label.lower() not in
                     caption.lower() else "", "", p.institution_name)


def minutes_data(detail: ConferenceDetail, readings: dict[str, CaseReading],
                 letterhead) -> ConferenceMinutesData:
    """The minutes of ``detail`` with each case as ``readings`` allow."""
    labels = {c.case_id: c.label for c in detail.cases}

    def clean(text: str) -> str:
        return scrubbed(text, readings, labels)

    def label(case_id: str) -> str:
        return labels.get(case_id, "")

    cases = tuple(_case(c, readings[c.case_id]) for c in detail.cases)
    agenda: list[MinutesAgendaItem] = []
    for c in detail.cases:
        heading = f"{c.label} \u2014 {c.case_number}" if c.case_number else c.label
        if not readings[c.case_id].details:
            agenda.append(MinutesAgendaItem(heading, "", NO_CONSENT))
            continue
        agenda += [MinutesAgendaItem(heading, clean(a.heading), clean(a.text))
                   for a in detail.agenda if a.case_id == c.case_id]
    decisions = tuple(MinutesDecision(label(d.case_id), clean(d.text), clean(d.action_what),
                                      clean(d.action_who), d.action_due, d.done_on)
                      for d in sorted(detail.decisions, key=lambda d: d.position))
    attendees = tuple(MinutesAttendee(p.name, p.institution_name, p.role_label,
                                      p.acknowledged_on) for p in detail.participants)
    chair = _signatory([p for p in detail.participants if p.role == CHAIR],
                       "Pimpinan Sidang,")
    secretary = _signatory([p for p in detail.participants if p.role == SECRETARY], "Notulis,")
    return ConferenceMinutesData(
        letterhead=letterhead, title=TITLES.get(detail.kind, "Notulen Pertemuan"),
        kind_label=detail.kind_label, held_on=detail.held_on or detail.planned_on,
        place=detail.place, final=detail.status == DONE, cases=cases, attendees=attendees,
        chair=chair, secretary=secretary, agenda=tuple(agenda),
        problem_focus=clean(detail.problem_focus), alternatives=clean(detail.alternatives),
        decisions=decisions, notes=clean(detail.notes),
        identity_withheld=any(not c.name for c in cases))


def _case(c: ConferenceCaseInfo, reading: CaseReading) -> MinutesCase:
    return MinutesCase(c.label, c.case_number, reading.name, c.stage)


def conference_minutes(uow: UnitOfWork, actor: Actor, deps: Deps, conference_id: str
                       ) -> tuple[ChangeSet, ConferenceMinutesData]:
    """The notulen of a conference for the reader ``actor``. A cancelled conference has
    none (``conference_state``); one not yet over prints as a draft."""
    detail = conferences.get(uow, actor, deps, conference_id)
    if detail.status == CANCELLED:
        raise DomainError("conference_state")
    with uow:
        readings = {c.case_id: case_reading(uow, actor, deps, c.case_id) for c in detail.cases}
        letterhead, _values, _office = printed_letterhead(uow)
    return ChangeSet(), minutes_data(detail, readings, letterhead)
