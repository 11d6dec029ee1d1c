"""The institution directory: national bodies shipped as data and the province's entries
(reference bundles, ``uow.reference``), both read-only, and the office's own local partners."""
from __future__ import annotations

from ..domain.errors import DomainError
from ..domain.institutions import (
    PROVINCIAL_PREFIX, Institution, search, validate_institution,
)
from .context import Actor
from .deps import Deps
from .change_set import ChangeSet
from .ports import UnitOfWork


def directory(uow: UnitOfWork, deps: Deps, text: str = "", category: str = "",
              include_inactive: bool = False) -> list[Institution]:
    with uow:
        local = uow.directory.local()
        provincial = uow.reference.institutions()
    return search([*deps.national, *provincial, *local], text, category, include_inactive)


def institution(uow: UnitOfWork, deps: Deps, institution_id: str) -> Institution | None:
    with uow:
        return find_institution(uow, deps.national, institution_id)


def find_institution(uow: UnitOfWork, national: tuple[Institution, ...],
                     institution_id: str) -> Institution | None:
    for inst in national:
        if inst.id == institution_id:
            return inst
    if institution_id.startswith(PROVINCIAL_PREFIX):
        return uow.reference.institution(institution_id)
    return uow.directory.get(institution_id)


def save_institution(uow: UnitOfWork, actor: Actor, deps: Deps, inst: Institution) -> tuple[
        ChangeSet, Institution]:
    """Add or change one of the office's own directory entries (national and provincial ones
    are read-only)."""
    actor.require_casework()
    if inst.read_only:
        raise DomainError("institution_read_only")
    clean = validate_institution(
        inst, deps.codes("institution_category"), deps.codes("institution_level"),
        deps.codes("service_type"))
    with uow:
        if clean.id and uow.directory.get(clean.id) is None:
            raise DomainError("institution_not_found")
        saved = uow.directory.save(clean)
        uow.commit()
    return ChangeSet(directory=True), saved
