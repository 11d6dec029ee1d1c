"""What every use case may need besides its unit of work and actor, handed over as one object:
the casework configuration, code lists, clock, national directory and region names.

Built once by the composition root (``ppt_desk.bootstrap``); tests replace ``clock``.
The vocabularies derived from the code lists are computed on first use and kept.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..domain.casework import CaseworkConfig
from ..domain.codelists import CodeLists
from ..domain.institutions import Institution
from ..domain.intake import IntakeVocabulary
from ..domain.regions import Regions
from .context import SystemClock, intake_vocabulary
from .ports import Clock


@dataclass(eq=False)
class Deps:
    config: CaseworkConfig
    codelists: CodeLists
    regions: Regions
    national: tuple[Institution, ...] = ()   # the starter directory shipped as data
    clock: Clock = field(default_factory=SystemClock)

    @cached_property
    def intake_vocabulary(self) -> IntakeVocabulary:
        return intake_vocabulary(self.codelists)

    @cached_property
    def record_codes(self) -> dict[str, frozenset[str]]:
        """The codes of every code list a form field names (for ``validate_record``)."""
        lists = self.codelists
        names = {f.codelist for form in self.config.forms.values() for f in form.fields
                 if f.codelist}
        return {name: frozenset(lists[name].codes()) for name in names}

    @cached_property
    def consent_vocabulary(self) -> dict[str, frozenset[str]]:
        """The codes ``record_consent`` checks against."""
        lists = self.codelists
        purposes = lists["consent_purpose"]
        return {"consent_purpose": frozenset(purposes.codes()),
                "consent_method": frozenset(lists["consent_method"].codes()),
                "consent_giver": frozenset(lists["consent_giver"].codes()),
                "consent_scope": frozenset(lists["consent_scope"].codes()),
                "agency_purposes": frozenset(c.code for c in purposes.items
                                             if c.extra.get("needs_agency"))}

    def codes(self, name: str) -> frozenset[str]:
        """The codes of one code list."""
        return frozenset(self.codelists[name].codes())


def shipped_deps(clock: Clock | None = None) -> Deps:
    """Deps over the reference data shipped in resources/."""
    from . import reference_data as ref

    return Deps(ref.casework_config(), ref.codelists(), ref.regions(), ref.national_directory(),
                clock or SystemClock())
