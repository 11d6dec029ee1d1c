"""Service tracks (resources/casework/tracks.json): health and social rehabilitation,
repatriation, reintegration, legal aid, referrals and the journey. They run beside the
empowerment stages [001:565-571]; each has a status derived from its records.

A track's status is the state whose condition the most recent matching record meets
(ties go to the state listed later): when the victim declines the legal path and later
reports to the police, the status follows the later record.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterable

from .errors import ValidationFailed
from .forms import FormDef, filled


@dataclass(frozen=True)
class StateDef:
    code: str
    label_id: str
    label_en: str
    when: dict[str, Any] | None = None

    def label(self, language: str) -> str:
        return self.label_en if language == "en" else self.label_id

    def matches(self, kind: str, payload: dict[str, Any]) -> bool:
        w = self.when
        if w is None or w["kind"] != kind:
            return False
        if "field" not in w:
            return True
        value = payload.get(w["field"])
        if "equals" in w:
            return value == w["equals"]
        if "in" in w:
            return value in w["in"]
        return filled(value)


@dataclass(frozen=True)
class TrackDef:
    code: str
    label_id: str
    label_en: str
    forms: tuple[str, ...]
    states: tuple[StateDef, ...]
    cite: str | None = None

    def label(self, language: str) -> str:
        return self.label_en if language == "en" else self.label_id

    def state(self, code: str) -> StateDef:
        return next(s for s in self.states if s.code == code)


@dataclass(frozen=True)
class TrackStatus:
    track: str
    state: str
    since: date | None
    records: int


def parse_tracks(data: dict[str, Any], forms: dict[str, FormDef]) -> tuple[TrackDef, ...]:
    tracks = []
    seen: dict[str, str] = {}
    for raw in data["tracks"]:
        states = tuple(StateDef(s["code"], s["label_id"], s["label_en"], s.get("when"))
                       for s in raw["states"])
        track = TrackDef(raw["code"], raw["label_id"], raw["label_en"], tuple(raw["forms"]),
                         states, raw.get("cite"))
        if not states or states[0].when is not None:
            raise ValueError(f"track {track.code}: the first state is the default (no 'when')")
        for kind in track.forms:
            if kind not in forms:
                raise ValueError(f"track {track.code} lists unknown form {kind!r}")
            if kind in seen:
                raise ValueError(f"form {kind!r} is in tracks {seen[kind]} and {track.code}")
            seen[kind] = track.code
        for s in states[1:]:
            if s.when is None or s.when["kind"] not in (*track.forms, GROUP_SESSION):
                raise ValueError(f"track {track.code} state {s.code}: 'when' names no form "
                                 "of the track")
            if "field" in s.when and s.when["kind"] != GROUP_SESSION:
                forms[s.when["kind"]].field(s.when["field"])  # KeyError names a bad field
        tracks.append(track)
    return tuple(tracks)


def load_tracks(path: Path, forms: dict[str, FormDef]) -> tuple[TrackDef, ...]:
    if not path.exists():
        return ()
    return parse_tracks(json.loads(path.read_text(encoding="utf-8")), forms)


def track_status(track: TrackDef, records: Iterable[Any]) -> TrackStatus:
    """``records`` have ``kind``, ``payload`` and ``record_date`` (hidden records count
    with the payload the caller may see, so a status never reveals what is hidden)."""
    mine = [r for r in records if r.kind in track.forms]
    best: tuple[date, int] | None = None
    for r in mine:
        for index, s in enumerate(track.states):
            if s.matches(r.kind, r.payload):
                key = (r.record_date or date.min, index)
                if best is None or key > best:
                    best = key
    if best is None:
        return TrackStatus(track.code, track.states[0].code, None, len(mine))
    day, index = best
    return TrackStatus(track.code, track.states[index].code,
                       None if day == date.min else day, len(mine))


# -- group sessions [002:1233-1236] --------------------------------------------------------
VICTIM, FAMILY = "KORBAN", "KELUARGA"
GROUP_SESSION = "sesi_kelompok"  # a track state may name it as if it were a form
SETTINGS = ("DI_DALAM_PANTI", "DI_LUAR_PANTI")


@dataclass(frozen=True)
class GroupParticipantInput:
    case_id: str
    role: str = VICTIM     # KORBAN | KELUARGA (a family member of the case's victim)
    relation: str = ""     # guardian_relation code for a family member; no names
    attended: bool = True


@dataclass(frozen=True)
class GroupSessionInput:
    held_on: date
    kind: str
    topic: str
    facilitator: str = ""
    duration_min: int | None = None
    setting: str = ""
    notes: str = ""
    participants: tuple[GroupParticipantInput, ...] = field(default=())


def validate_group_session(s: GroupSessionInput, kinds: frozenset[str],
                           relations: frozenset[str], today: date) -> GroupSessionInput:
    """A group session has a topic, a kind, a day not in the future and at least two
    participants, at least one of them a victim; a family member is named by relation."""
    problems: dict[str, str] = {}
    if not s.topic.strip():
        problems["topic"] = "required"
    if s.kind not in kinds:
        problems["kind"] = "required" if not s.kind else "unknown_code"
    if s.held_on > today:
        problems["held_on"] = "date_in_future"
    if s.setting and s.setting not in SETTINGS:
        problems["setting"] = "unknown_code"
    if s.duration_min is not None and not 0 < s.duration_min <= 24 * 60:
        problems["duration_min"] = "invalid_number"
    seen = set()
    for index, p in enumerate(s.participants):
        key = (p.case_id, p.role, p.relation)
        if p.role not in (VICTIM, FAMILY):
            problems[f"participants.{index}.role"] = "unknown_code"
        elif p.role == FAMILY and p.relation not in relations:
            problems[f"participants.{index}.relation"] = "required" if not p.relation \
                else "unknown_code"
        if key in seen:
            problems[f"participants.{index}"] = "duplicate"
        seen.add(key)
    if len(s.participants) < 2:
        problems["participants"] = "group_needs_two"
    elif not any(p.role == VICTIM for p in s.participants):
        problems["participants"] = "group_needs_victim"
    if problems:
        raise ValidationFailed(problems)
    return GroupSessionInput(s.held_on, s.kind, " ".join(s.topic.split()),
                             s.facilitator.strip(), s.duration_min, s.setting, s.notes.strip(),
                             tuple(s.participants))
