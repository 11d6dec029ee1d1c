"""What an operation changed, announced app-wide so that screens refresh only what concerns them
(Anki's ``OpChanges``). Every mutating use case returns one, alone or first in a tuple."""
from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class ChangeSet:
    cases: frozenset[str] = frozenset()   # ids of cases whose file changed (records, consent …)
    users: bool = False         # staff accounts, roles or access grants
    office: bool = False        # the office profile (name, region, case prefix)
    directory: bool = False     # the office's own institution entries
    rules: bool = False         # the office's casework rules
    letterhead: bool = False    # Kop surat and signatory
    settings: bool = False      # other office-wide settings
    bundles: bool = False       # sync bundles written or imported (sync)
    devices: bool = False       # enrolled devices (device cards, revocations)
    conferences: frozenset[str] = frozenset()  # ids of case conferences changed

    def touches_case(self, case_id: str) -> bool:
        return case_id in self.cases

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))

    def __or__(self, other: "ChangeSet") -> "ChangeSet":
        """Both changes at once (for an operation made of several)."""
        return ChangeSet(**{f.name: getattr(self, f.name) | getattr(other, f.name)
                            for f in fields(self)})


def changes_of(result: object) -> ChangeSet | None:
    """The ChangeSet of a use case's result: the result itself or the first item of a tuple."""
    if isinstance(result, ChangeSet):
        return result
    if isinstance(result, tuple) and result and isinstance(result[0], ChangeSet):
        return result[0]
    return None
