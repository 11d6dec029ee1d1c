"""The labels of the statistics' codes (``domain.stats.tables.Labels``) over the app's reference
data: code lists, casework stages, service tracks, forms, official region names and the
institution directory (national entries shipped as data, the province's and the office's own).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..domain.institutions import Institution
from ..domain.stats.dimensions import FORMS, INSTITUTIONS, REGIONS, STAGES, TRACKS
from .deps import Deps


class StatLabels:
    """``of(source, code) -> (label_id, label_en)``; a code nobody knows is its own label."""

    def __init__(self, deps: Deps, institutions: Iterable[Institution] = ()) -> None:
        self.deps = deps
        self._institutions = {i.id: i for i in (*deps.national, *institutions)}
        self._cache: dict[tuple[str, str], tuple[str, str]] = {}

    def of(self, source: str, code: str) -> tuple[str, str]:
        key = (source, code)
        if key not in self._cache:
            self._cache[key] = self._label(source, code)
        return self._cache[key]

    def _label(self, source: str, code: str) -> tuple[str, str]:
        config = self.deps.config
        if source == STAGES:
            stage = next((s for s in config.stages if s.code == code), None)
            return (stage.label_id, stage.label_en) if stage else (code, code)
        if source == TRACKS:
            track = next((t for t in config.tracks if t.code == code), None)
            return (track.label_id, track.label_en) if track else (code, code)
        if source == FORMS:
            form = config.forms.get(code)
            return (form.label_id, form.label_en) if form else (code, code)
        if source == REGIONS:
            name = self.deps.regions.name(code) if code else ""
            return (name, name) if name else (code, code)
        if source == INSTITUTIONS:
            inst = self._institutions.get(code)
            if inst is None:
                return code, code
            name = f"{inst.name} ({inst.acronym})" if inst.acronym else inst.name
            return name, name
        try:
            item = self.deps.codelists[source].get(code)
        except (FileNotFoundError, KeyError):
            return code, code
        return (item.label_id, item.label_en) if item else (code, code)

    def order(self, source: str) -> Sequence[str]:
        """The codes of an ordered source, in its order (stages, tracks, code lists)."""
        config = self.deps.config
        if source == STAGES:
            return [s.code for s in config.stages]
        if source == TRACKS:
            return [t.code for t in config.tracks]
        if source.startswith("@"):
            return []
        try:
            return self.deps.codelists[source].codes()
        except (FileNotFoundError, KeyError):
            return []
