"""The provincial register: every case the PPTs sent, read-only, searched as on a PPT
(``services/cases.search_cases``: the same spelling-tolerant search and page shapes) with the
PPT that holds each case and a filter by PPT.

A case is held by the device that owns it (``case_file.owner_device_id``; a transfer moves
it), so a PPT's cases are those its devices own. Names are what the store holds: a pseudonym
(``PSN-…``) where the victim's consent did not allow her identity to leave the PPT. Reading
needs a role that sees cases (a secretariat officer sees all of them); writing is refused by
every use case that changes a case (``case_header.writable_case``: an officer is no case
writer, and the cases belong to other devices)."""
from __future__ import annotations

from dataclasses import replace

from ...domain.duplicates import PSEUDONYM_PREFIX
from ..cases import search_cases
from ..context import Actor
from ..dto import CaseQuery
from ..ports import UnitOfWork
from ..sync.ports import PPT
from .province_dto import OfficeChoice, RegisterPage, RegisterRow


def offices(uow: UnitOfWork, actor: Actor) -> list[OfficeChoice]:
    """The PPTs enrolled here (revoked devices too: their cases stay), by name."""
    actor.require_casework()
    with uow:
        peers = [peer for peer in uow.sync.peers() if peer.role == PPT]
    by_office: dict[str, OfficeChoice] = {}
    for peer in peers:
        known = by_office.get(peer.office_id)
        devices = (known.device_ids if known else ()) + (peer.device_id,)
        by_office[peer.office_id] = OfficeChoice(peer.office_id, peer.office_name, devices)
    return sorted(by_office.values(), key=lambda o: o.name.casefold())


def search(uow: UnitOfWork, actor: Actor, query: CaseQuery,
           office_id: str | None = None) -> RegisterPage:
    """One page of the register; ``office_id``: only the cases that PPT holds now."""
    actor.require_casework()
    with uow:
        peers = uow.sync.peers()
    names = {peer.device_id: peer.office_name for peer in peers}
    if office_id:
        devices = tuple(peer.device_id for peer in peers if peer.office_id == office_id)
        if not devices:
            return RegisterPage((), 0, query.offset)
        query = replace(query, owner_devices=devices)
    else:
        query = replace(query, owner_devices=())
    page = search_cases(uow, actor, query)
    own = _own_office(uow)
    rows = tuple(RegisterRow(row, names.get(row.owner_device_id, own),
                             row.full_name.startswith(PSEUDONYM_PREFIX)) for row in page.rows)
    return RegisterPage(rows, page.total, page.offset, page.total_is_lower_bound)


def _own_office(uow: UnitOfWork) -> str:
    """A case no enrolled device holds is this office's own (a PPT's register)."""
    with uow:
        office = uow.office.get()
    return office.name if office is not None else ""
