"""The notulen of a case conference, assembled from the conference record
(``services.conferences.get``) under the office letterhead, holding only what the victims'
consent and the reader's access allow.

A victim is named in the minutes only when both hold:

- the reader (the user printing) may see the case (``case_header``: supervisors every case
  of the office, caseworkers their own and shared cases), and
- the consent ledger allows the case to be discussed in a case conference today (purpose
  SIDANG_KASUS) with identity in the consent's scope (a consent naming no scope allows
  identity, as for the surat rujukan).

Even then the minutes carry the name, not the rest: identity in a consent is name, sex and
age (consent_scope IDENTITAS), so NIK, document numbers, addresses, the village, phone
numbers and the safe house are taken out of the texts ("[…]"), and so are the names held in
records the reader's grants do not open (a perpetrator's record without the PELAKU grant,
domain.access).

Otherwise the victim is "Korban A" with the case number, and the case's identity is taken
out of every free text of the minutes (agenda, problem focus, alternatives, decisions,
notes) by the projector's scrubber (``domain.audience.Scrubber``: the victim's names become
the label; other people's names, numbers, addresses and places become "[…]").

Without a SIDANG_KASUS consent the case's agenda (its findings) is left out too: only the
decisions taken remain, since the action items are the meeting's outcome. The agenda's
health lines (a health service track, kept off the projector) are printed only when the
consent's scope names health data (KESEHATAN), as on the surat rujukan.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date

from ..domain.access import visible
from ..domain.audience import AudienceSource, Scrubber
from ..domain.duplicates import PSEUDONYM_PREFIX
from ..domain.errors import DomainError
from ..domain.intake import CaseIntake
from . import conferences
from .case_header import case_header
from .change_set import ChangeSet
from .conference_dto import ConferenceCaseInfo, ConferenceDetail, ParticipantInfo
from .conference_minutes_dto import (
    ConferenceMinutesData, MinutesAgendaItem, MinutesAttendee, MinutesCase, MinutesDecision,
)
from .conference_audience import NAME_FIELDS, audience_source
from .consent import consent_for
from .context import Actor
from .deps import Deps
from .dto import Letterhead, Signatory
from .letterhead import printed_letterhead
from .ports import UnitOfWork

TITLES = {"PEMBAHASAN_KASUS": "Notulen Pertemuan Pembahasan Kasus",
          "SIDANG_KASUS": "Notulen Sidang Kasus",
          "GELAR_KASUS": "Notulen Gelar Kasus"}
CHAIR, SECRETARY = "KETUA", "NOTULIS"            # codes of conference_role
CANCELLED, DONE = "DIBATALKAN", "SELESAI"
PURPOSE = "SIDANG_KASUS"                         # consent to discuss the case in a conference
IDENTITY = "IDENTITAS"                           # consent scope: the victim's identity
HEALTH = "KESEHATAN"                             # consent scope: health data
DEFAULT_SCOPE = (IDENTITY, "RINGKASAN_KASUS")    # a consent that names no scope
NO_CONSENT = ("Rincian kasus tidak dicantumkan: belum ada persetujuan korban untuk dibahas "
              "dalam sidang kasus.")


@dataclass(frozen=True)
class CaseReading:
    """What the minutes may say of one case."""

    name: str                   # the printable name, "" when it may not be printed
    details: bool               # a SIDANG_KASUS consent holds: the case's agenda is printed
    scrub: Callable[[str], str] | None = None  # takes the case's identity out of a text
    health: bool = False        # the consent's scope names health data (KESEHATAN)


def case_reading(uow: UnitOfWork, actor: Actor, deps: Deps, case_id: str,
                 label: str) -> CaseReading:
    """How the minutes printed today by ``actor`` may speak of the case shown as ``label``."""
    today = deps.clock.today()
    with uow:
        header = uow.casework.header(case_id)
        if header is None:
            return CaseReading("", False)
        try:
            case_header(uow, actor, case_id)
            sees = True
        except DomainError:  # not the reader's case: she may not see who the victim is
            sees = False
        granted = consent_for(uow, header, PURPOSE, today, None)
        row = uow.casework.consent(granted.consent_id) if granted.allowed else None
        scope = set((row.scope if row is not None else ()) or DEFAULT_SCOPE)
        name = header.full_name.strip()
        health = granted.allowed and HEALTH in scope
        named = sees and granted.allowed and IDENTITY in scope and bool(name) \
            and not name.startswith(PSEUDONYM_PREFIX)
        unseen = _unseen_names(uow, actor, deps, case_id)
        if not sees:
            case = uow.cases.get(case_id)
            source = _identity_only(case_id, today, case.intake if case is not None else None,
                                    name)
    if sees:  # every identity value of the file: names, numbers, addresses, perpetrators
        source = audience_source(uow, actor, deps, case_id)
    if named:  # the victim by name, but no number, address or place, and nobody the
        #        reader's grants do not show
        return CaseReading(name, True, Scrubber(replace(source, names=(), other_names=unseen),
                                                label), health)
    return CaseReading("", granted.allowed, Scrubber(source, label), health)


def _unseen_names(uow: UnitOfWork, actor: Actor, deps: Deps, case_id: str) -> tuple[str, ...]:
    """Names held in the case's records that the reader's grants do not open (a
    perpetrator's record without the PELAKU grant): kept out of the minutes."""
    names: list[str] = []
    for r in uow.casework.records(case_id):
        form = deps.config.forms.get(r.kind)
        if form is None:
            continue
        payload = r.payload or {}
        seen = visible(form, payload, actor.grants)
        closed = set(payload) if seen.hidden else set(seen.hidden_fields)
        names += [str(payload[k]) for k in NAME_FIELDS.get(r.kind, ())
                  if k in closed and payload.get(k)]
    return tuple(names)


def _identity_only(case_id: str, on: date, intake: CaseIntake | None,
                   name: str) -> AudienceSource:
    """The identity values of a case the reader may not open: the person's own."""
    blank = dict(case_id=case_id, on=on, sex="", birth_date=None, estimated_age=None,
                 estimated_on=None, province="", regency="", stage="")
    if intake is None:
        return AudienceSource(**blank, names=(name,))
    return AudienceSource(
        **blank, names=tuple(v for v in (name, *intake.aliases) if v.strip()),
        other_names=tuple(v for v in (intake.guardian.name,) if v.strip()),
        identifiers=tuple(v for v in (intake.nik, intake.origin.text, intake.guardian.contact,
                                      *(d.number for d in intake.documents)) if v.strip()))


def scrubbed(text: str, readings: Iterable[CaseReading]) -> str:
    """``text`` without the identity of any case whose name may not be printed."""
    for reading in readings:
        if reading.scrub is not None:
            text = reading.scrub(text)
    return text


def _signatory(people: list[ParticipantInfo], caption: str) -> Signatory:
    if not people:
        return Signatory(caption)
    p = people[0]  # the caption says the role
    return Signatory(caption, p.name, "", "", p.institution_name)


def minutes_data(detail: ConferenceDetail, readings: dict[str, CaseReading],
                 letterhead: Letterhead, deps: Deps | None = None) -> ConferenceMinutesData:
    """The minutes of ``detail`` with each case as ``readings`` allow."""
    labels = {c.case_id: c.label for c in detail.cases}

    def clean(text: str) -> str:
        return scrubbed(text, readings.values())

    def label(case_id: str) -> str:
        return labels.get(case_id, "")

    cases = tuple(_case(c, readings[c.case_id], deps) for c in detail.cases)
    agenda: list[MinutesAgendaItem] = []
    for c in detail.cases:
        heading = f"{c.label} \u2014 {c.case_number}" if c.case_number else c.label
        if not readings[c.case_id].details:
            agenda.append(MinutesAgendaItem(heading, "", NO_CONSENT))
            continue
        agenda += [MinutesAgendaItem(heading, clean(a.heading), clean(a.text))
                   for a in detail.agenda if a.case_id == c.case_id
                   and (a.audience or readings[c.case_id].health)]
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


def _case(c: ConferenceCaseInfo, reading: CaseReading, deps: Deps | None) -> MinutesCase:
    return MinutesCase(c.label, c.case_number, reading.name, stage_label(deps, c.stage))


def stage_label(deps: Deps | None, code: str) -> str:
    """"Tahap 2: Asesmen" for a stage code (the code itself when unknown)."""
    try:
        stage = deps.config.stage(code) if deps is not None else None
    except KeyError:
        return code
    if stage is None:
        return code
    return f"Tahap {stage.number}: {stage.label_id}" if stage.number else stage.label_id


def conference_minutes(uow: UnitOfWork, actor: Actor, deps: Deps, conference_id: str
                       ) -> tuple[ChangeSet, ConferenceMinutesData]:
    """The notulen of a conference for the reader ``actor``. A cancelled conference has
    none (``conference_state``); one not yet over prints as a draft."""
    detail = conferences.get(uow, actor, deps, conference_id)
    if detail.status == CANCELLED:
        raise DomainError("conference_state")
    readings = {c.case_id: case_reading(uow, actor, deps, c.case_id, c.label)
                for c in detail.cases}
    with uow:
        letterhead, _values, _office = printed_letterhead(uow)
    return ChangeSet(), minutes_data(detail, readings, letterhead, deps)
