"""The casework configuration read from resources/casework/: the stages and the transitions
between them with their gates, the rules a province may set (allowance limits, thresholds), the
eight recording items, the forms and the service tracks. ``load_config`` reads and checks it;
``domain.casework`` applies it (and re-exports these names).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .forms import FormDef, load_forms
from .tracks import TrackDef, load_tracks

ANY = "*"            # a transition from any stage


# -- configuration -------------------------------------------------------------------
@dataclass(frozen=True)
class StageDef:
    code: str
    label_id: str
    label_en: str
    cite: str
    forms: tuple[str, ...]
    number: int | None = None
    description_id: str = ""  # what the phase is for (shown on the Pemberdayaan tab)
    description_en: str = ""

    def label(self, language: str) -> str:
        return self.label_en if language == "en" else self.label_id

    def description(self, language: str) -> str:
        return self.description_en if language == "en" else self.description_id


@dataclass(frozen=True)
class Requirement:
    kind: str
    fields: tuple[str, ...] = ()
    equals: dict[str, Any] = field(default_factory=dict, hash=False)
    not_equals: dict[str, Any] = field(default_factory=dict, hash=False)
    latest: bool = False


@dataclass(frozen=True)
class Transition:
    source: str
    target: str
    requires: tuple[Requirement, ...]
    cite: str | None = None
    reopen: bool = False

    @property
    def key(self) -> str:
        return f"{self.source}>{self.target}"


@dataclass(frozen=True)
class AllowanceLimits:
    phase1_days: int = 7
    phase2_days: int = 14
    warn_days: int = 2


@dataclass(frozen=True)
class CaseworkRules:
    """Office-adjustable numbers and switches (defaults in rules.json)."""

    allowance: AllowanceLimits = AllowanceLimits()
    stage_max_days: dict[str, int] = field(default_factory=dict, hash=False)
    home_visit_warn_days: int = 3
    approval: dict[str, bool] = field(default_factory=dict, hash=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "allowance": {"phase1_days": self.allowance.phase1_days,
                          "phase2_days": self.allowance.phase2_days,
                          "warn_days": self.allowance.warn_days},
            "stage_max_days": dict(self.stage_max_days),
            "home_visit_warn_days": self.home_visit_warn_days,
            "approval": dict(self.approval),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], base: "CaseworkRules | None" = None) -> "CaseworkRules":
        """Read rules; keys missing from ``data`` keep the value of ``base``."""
        base = base or cls()
        a = data.get("allowance", {})
        allowance = AllowanceLimits(
            int(a.get("phase1_days", base.allowance.phase1_days)),
            int(a.get("phase2_days", base.allowance.phase2_days)),
            int(a.get("warn_days", base.allowance.warn_days)))
        return cls(
            allowance=allowance,
            stage_max_days={**base.stage_max_days,
                            **{k: int(v) for k, v in data.get("stage_max_days", {}).items()}},
            home_visit_warn_days=int(data.get("home_visit_warn_days", base.home_visit_warn_days)),
            approval={**base.approval,
                      **{k: bool(v) for k, v in data.get("approval", {}).items()}},
        )

    def check(self) -> None:
        problems = {}
        a = self.allowance
        if not 1 <= a.phase1_days < a.phase2_days <= 365:
            problems["allowance"] = "allowance_limits_order"
        if not 0 <= a.warn_days < a.phase2_days:
            problems["warn_days"] = "invalid_number"
        if any(not 1 <= v <= 3650 for v in self.stage_max_days.values()):
            problems["stage_max_days"] = "invalid_number"
        if not 0 <= self.home_visit_warn_days <= 60:
            problems["home_visit_warn_days"] = "invalid_number"
        if problems:
            from .errors import ValidationFailed
            raise ValidationFailed(problems)


@dataclass(frozen=True)
class RecordingItem:
    code: str
    label_id: str
    label_en: str
    cite: str
    any_of: tuple[tuple[dict[str, str], ...], ...]

    def label(self, language: str) -> str:
        return self.label_en if language == "en" else self.label_id


@dataclass(frozen=True)
class CaseworkConfig:
    forms: dict[str, FormDef] = field(hash=False)
    stages: tuple[StageDef, ...]
    transitions: tuple[Transition, ...]
    defaults: CaseworkRules
    items: tuple[RecordingItem, ...]
    tracks: tuple[TrackDef, ...] = ()

    @property
    def visit_kinds(self) -> frozenset[str]:
        return frozenset(kind for kind, form in self.forms.items() if form.visit)

    def track(self, code: str) -> TrackDef:
        for track in self.tracks:
            if track.code == code:
                return track
        raise KeyError(code)

    def stage(self, code: str) -> StageDef:
        for stage in self.stages:
            if stage.code == code:
                return stage
        raise KeyError(code)

    def stage_codes(self) -> list[str]:
        return [s.code for s in self.stages]

    def form_stage(self, kind: str) -> str | None:
        for stage in self.stages:
            if kind in stage.forms:
                return stage.code
        return None

    def next_stage(self, code: str) -> StageDef | None:
        """The stage after ``code`` in the guide's order (None after the last)."""
        codes = self.stage_codes()
        index = codes.index(code) if code in codes else -1
        return self.stages[index + 1] if 0 <= index < len(codes) - 1 else None

    def gate_needs(self, kind: str) -> dict[str, tuple[str, ...]]:
        """The fields of a ``kind`` record that a stage's gate reads (fields to fill in and
        fields whose value it checks), each with the stages it opens; an early ending
        ('*' -> TERMINASI) and a reopening are left out: they are no next stage."""
        needs: dict[str, list[str]] = {}
        for t in self.transitions:
            if t.source == ANY or t.reopen:
                continue
            for r in t.requires:
                if r.kind != kind:
                    continue
                for key in (*r.fields, *r.equals):
                    targets = needs.setdefault(key, [])
                    if t.target not in targets:
                        targets.append(t.target)
        return {key: tuple(targets) for key, targets in needs.items()}


def _requirement(raw: dict[str, Any]) -> Requirement:
    return Requirement(raw["kind"], tuple(raw.get("fields", ())), dict(raw.get("equals", {})),
                       dict(raw.get("not_equals", {})), bool(raw.get("latest")))


def load_config(folder: Path) -> CaseworkConfig:
    """Read forms.json (+ service_forms.json), stages.json, rules.json,
    recording_items.json and tracks.json of ``folder``."""
    read = lambda name: json.loads((folder / name).read_text(encoding="utf-8"))  # noqa: E731
    forms = load_forms(folder / "forms.json")
    if (folder / "service_forms.json").exists():
        extra = load_forms(folder / "service_forms.json")
        clash = set(extra) & set(forms)
        if clash:
            raise ValueError(f"forms defined twice: {sorted(clash)}")
        forms.update(extra)
    tracks = load_tracks(folder / "tracks.json", forms)
    raw_stages = read("stages.json")
    stages = tuple(StageDef(s["code"], s["label_id"], s["label_en"], s["cite"], tuple(s["forms"]),
                            s.get("number"), s.get("description_id", ""),
                            s.get("description_en", "")) for s in raw_stages["stages"])
    transitions = tuple(
        Transition(t["from"], t["to"], tuple(_requirement(r) for r in t["requires"]),
                   t.get("cite"), bool(t.get("reopen")))
        for t in raw_stages["transitions"])
    codes = {s.code for s in stages}
    for t in transitions:
        for end in (t.source, t.target):
            if end != ANY and end not in codes:
                raise ValueError(f"transition names unknown stage {end!r}")
        for r in t.requires:
            if r.kind not in forms:
                raise ValueError(f"transition {t.key} requires unknown form {r.kind!r}")
            for key in (*r.fields, *r.equals, *r.not_equals):
                forms[r.kind].field(key)  # KeyError names a bad field
    for s in stages:
        for kind in s.forms:
            if kind not in forms:
                raise ValueError(f"stage {s.code} lists unknown form {kind!r}")
    defaults = CaseworkRules.from_dict(read("rules.json"))
    items = tuple(RecordingItem(i["code"], i["label_id"], i["label_en"], i["cite"],
                                tuple(tuple(group) for group in i["any_of"]))
                  for i in read("recording_items.json")["items"])
    return CaseworkConfig(forms, stages, transitions, defaults, items, tracks)
