"""The storage side of reference data as the use cases see it (``uow.reference``;
``storage/reference_repo.py`` implements it): the province's directory entries and the
version applied here."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Protocol

from ...domain.institutions import Institution

INSTITUTIONS = "institution"     # the name of the reference set of directory entries


class ReferenceRepository(Protocol):
    def institutions(self) -> list[Institution]:
        """The provincial directory entries held here (ids ``prov-…``), by name."""

    def institution(self, institution_id: str) -> Institution | None: ...

    def version(self, name: str) -> int:
        """The version of reference set ``name`` applied here; 0 when none was."""

    def replace_institutions(self, items: Iterable[Institution], version: int,
                             sender_device_id: str, at: datetime) -> None:
        """Replace the whole provincial set and record its version (audited)."""
