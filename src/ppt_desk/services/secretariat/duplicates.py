"""Possible duplicates at the secretariat: the same victim registered by two PPTs.

After an import, ``find_for_cases`` compares only the cases the import touched with the cases
that share a blocking key with them (``domain.duplicates.block_keys``: the NIK, or a name word
with the year of birth), never every pair; ``rescan`` rebuilds every key and pair. Pairs at or
above ``THRESHOLD`` are proposed (OPEN); an officer confirms ("the same person") or dismisses
them. A dismissed pair is never proposed again, a confirmed one is shown on both cases, and
nothing is ever merged: both records stay as their PPTs wrote them.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timezone

from ...domain.duplicates import (
    BIRTH_YEAR, BLOCK_VERSION, THRESHOLD, PersonFacts, Score, block_keys, is_candidate,
    may_reach, namesake_keys, same_name, score,
)
from ...domain.errors import DomainError
from ...domain.names import NAME_KEY_VERSION
from ...domain.roles import Role, can_see_cases
from ..change_set import ChangeSet
from ..context import Actor
from ..ports import UnitOfWork
from .duplicates_dto import DuplicateLink, DuplicateSide, DuplicateView, ScanResult
from .ports import CONFIRMED, DISMISSED, OPEN, CaseSide, FoundPair, StoredPair

# A key shared by more cases than this (a common name word in one year) proposes a pair only
# with a second shared key; the NIK always does.
SMALL_BLOCK = 40
# A year-only match of the same name counts as a rare name when no one else here has that
# whole name within a year either side of either record (domain.duplicates.NAME_RARE).
RARE_NAMESAKES = 2
MAX_NOTE = 1000
DECIDERS = frozenset({"PETUGAS_SEKRETARIAT", Role.ADMIN.value})   # Role.SECRETARIAT_OFFICER
_VERSION = f"{NAME_KEY_VERSION}.{BLOCK_VERSION}"
Lookup = Callable[[set[str]], Mapping[str, list[str]]]


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


# -- the search ----------------------------------------------------------------------------
def _candidates(case_id: str, keys: Iterable[str], members: Mapping[str, list[str]]) -> set[str]:
    """The cases to compare with ``case_id``: every case under one of its NIK keys or small
    name blocks, and those under two or more of its large ones."""
    sure: set[str] = set()
    shared: Counter[str] = Counter()
    for key in keys:
        cases = members.get(key, ())
        if "|" not in key or len(cases) <= SMALL_BLOCK:   # a NIK key, or a small block
            sure.update(cases)
        else:
            shared.update(cases)
    sure.update(c for c, n in shared.items() if n >= 2)
    sure.discard(case_id)
    return sure


def _rare(a: PersonFacts, b: PersonFacts, members: Mapping[str, list[str]]) -> bool:
    namesakes: set[str] = set()
    for key in namesake_keys(a) | namesake_keys(b):
        namesakes.update(members.get(key, ()))
        if len(namesakes) > RARE_NAMESAKES:
            return False
    return True


def _ordered(a: PersonFacts, b: PersonFacts) -> tuple[str, str]:
    return (a.case_id, b.case_id) if a.case_id < b.case_id else (b.case_id, a.case_id)


def _scored(pairs: Iterable[tuple[PersonFacts, PersonFacts]], lookup: Lookup
            ) -> tuple[dict[tuple[str, str], Score], int]:
    """The proposed pairs among ``pairs`` and how many were compared. A pair just below the
    threshold on the same name and year is looked at again with the name's namesakes."""
    found: dict[tuple[str, str], Score] = {}
    borderline: list[tuple[PersonFacts, PersonFacts]] = []
    compared = 0
    for a, b in pairs:
        if not is_candidate(a, b):
            continue
        compared += 1
        if not may_reach(a, b):
            continue
        result = score(a, b, floor=THRESHOLD)
        if result.proposed:
            found[_ordered(a, b)] = result
        elif BIRTH_YEAR in result.reasons and same_name(a.names, b.names):
            borderline.append((a, b))    # proposed only if the name is rare (NAME_RARE)
    if borderline:
        members = lookup({k for a, b in borderline for k in namesake_keys(a) | namesake_keys(b)})
        for a, b in borderline:
            if _rare(a, b, members):
                result = score(a, b, rare_name=True)
                if result.proposed:
                    found[_ordered(a, b)] = result
    return found, compared


def _reconcile(uow: UnitOfWork, found: dict[tuple[str, str], Score],
               existing: Iterable[StoredPair], cases: int, compared: int) -> ScanResult:
    repo = uow.duplicates
    known = {(p.case_a, p.case_b): p for p in existing}
    new: list[FoundPair] = []
    rescored = 0
    for (a, b), s in sorted(found.items()):
        stored = known.get((a, b))
        if stored is None:
            new.append(FoundPair(a, b, s.value, s.reasons))
        elif stored.status == OPEN and (stored.score, stored.reasons) != (s.value, s.reasons):
            repo.rescore(stored.id, s.value, s.reasons)
            rescored += 1
    stale = [p.id for key, p in known.items() if p.status == OPEN and key not in found]
    repo.remove_open(stale)
    repo.add(new, utc_now())
    return ScanResult(cases, compared, len(new), rescored, len(stale))


def scan_cases(uow: UnitOfWork, case_ids: Iterable[str]) -> ScanResult:
    """``find_for_cases`` inside a unit of work the caller has open (and commits)."""
    repo = uow.duplicates
    if repo.blocks_version() != _VERSION:
        return rescan_all(uow)     # keys never built here, or made under older rules
    touched = {f.case_id: f for f in repo.facts(case_ids)}
    keys = {case_id: block_keys(f) for case_id, f in touched.items()}
    repo.replace_blocks(keys)
    members = repo.members(set().union(*keys.values()) if keys else ())
    wanted = {t: _candidates(t, k, members) for t, k in keys.items()}
    facts = dict(touched)
    missing = set().union(*wanted.values()) - facts.keys() if wanted else set()
    facts.update((f.case_id, f) for f in repo.facts(missing))
    pairs = ((touched[t], facts[other]) for t, others in wanted.items() for other in others
             # gone meanwhile; or a pair of two touched cases, scored once
             if other in facts and not (other in touched and other < t))
    found, compared = _scored(pairs, repo.members)
    return _reconcile(uow, found, repo.pairs_of(touched), len(touched), compared)


def rescan_all(uow: UnitOfWork) -> ScanResult:
    """``rescan`` inside a unit of work the caller has open (and commits)."""
    repo = uow.duplicates
    facts = {f.case_id: f for f in repo.all_facts()}
    keys = {case_id: block_keys(f) for case_id, f in facts.items()}
    members: dict[str, list[str]] = {}
    for case_id, ks in keys.items():
        for key in ks:
            members.setdefault(key, []).append(case_id)
    repo.rebuild_blocks(((k, c) for k, cases in members.items() for c in cases), _VERSION)
    pairs = ((facts[case_id], facts[other]) for case_id, ks in keys.items()
             for other in _candidates(case_id, ks, members)
             if other > case_id)      # the relation is symmetric: each pair once
    found, compared = _scored(pairs, lambda _keys: members)
    return _reconcile(uow, found, repo.pairs(), len(facts), compared)


def find_for_cases(uow: UnitOfWork, case_ids: Iterable[str]) -> tuple[ChangeSet, ScanResult]:
    """Compare the cases an import touched (``ImportResult``'s ChangeSet ``cases``) with
    every case sharing a blocking key with them, in a transaction of its own. Meant for a
    secretariat's store: the caller decides that (a PPT has no duplicate screen)."""
    ids = frozenset(case_ids)
    with uow:
        result = scan_cases(uow, ids)
        uow.commit()
    return ChangeSet(cases=ids if result.proposed or result.withdrawn else frozenset()), result


def rescan(uow: UnitOfWork) -> tuple[ChangeSet, ScanResult]:
    """Every blocking key and pair afresh (decided pairs keep their decision)."""
    with uow:
        result = rescan_all(uow)
        uow.commit()
    return ChangeSet(), result


# -- what an officer sees and decides ------------------------------------------------------
def require_decider(actor: Actor) -> None:
    if not actor.user.roles & DECIDERS:
        raise DomainError("needs_secretariat_role")


def _side(side: CaseSide | None, case_id: str, identity: bool) -> DuplicateSide:
    if side is None:
        return DuplicateSide(case_id, "", "", True, "")
    pseudonymised = side.full_name.startswith("PSN-")
    if pseudonymised or not identity:
        return DuplicateSide(case_id, side.case_number, side.office_name, pseudonymised,
                             side.full_name if pseudonymised else side.case_number,
                             sex=side.sex, intake_date=side.intake_date,
                             regency_code=side.regency_code, stage=side.stage)
    return DuplicateSide(case_id, side.case_number, side.office_name, False, side.full_name,
                         side.full_name, side.aliases, side.sex, side.birth_date,
                         side.estimated_age, side.nik, side.intake_date, side.regency_code,
                         side.stage)


_ORDER = {OPEN: 0, CONFIRMED: 1, DISMISSED: 2}


def list_pairs(uow: UnitOfWork, actor: Actor, status: str | None = None) -> list[DuplicateView]:
    """Open pairs first (highest score first), then the decided ones, newest decision first."""
    require_decider(actor)
    identity = can_see_cases(actor.user.roles)
    with uow:
        pairs = uow.duplicates.pairs(status)
        sides = uow.duplicates.sides({c for p in pairs for c in (p.case_a, p.case_b)})
        names = {u.id: u.display_name for u in uow.users.list()}
    pairs.sort(key=lambda p: (_ORDER.get(p.status, 3), -p.score,
                              -(p.decided_at.timestamp() if p.decided_at else 0), p.id))
    return [DuplicateView(p.id, p.score, p.reasons, p.status,
                          _side(sides.get(p.case_a), p.case_a, identity),
                          _side(sides.get(p.case_b), p.case_b, identity), p.found_at,
                          names.get(p.decided_by or "", ""), p.decided_at, p.note)
            for p in pairs]


def _decide(uow: UnitOfWork, actor: Actor, pair_id: str, status: str, note: str) -> ChangeSet:
    require_decider(actor)
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise DomainError("note_too_long")
    with uow:
        pair = uow.duplicates.pair(pair_id)
        if pair is None:
            raise DomainError("not_found")
        if pair.status != OPEN:
            raise DomainError("duplicate_already_decided")
        uow.duplicates.decide(pair_id, status, actor.id, utc_now(), note)
        uow.commit()
    return ChangeSet(cases=frozenset({pair.case_a, pair.case_b}))


def confirm(uow: UnitOfWork, actor: Actor, pair_id: str, note: str = "") -> ChangeSet:
    """"The same person": shown on both cases from now on. Nothing is merged."""
    return _decide(uow, actor, pair_id, CONFIRMED, note)


def dismiss(uow: UnitOfWork, actor: Actor, pair_id: str, note: str = "") -> ChangeSet:
    """"Not the same person": the pair is never proposed again."""
    return _decide(uow, actor, pair_id, DISMISSED, note)


def links(uow: UnitOfWork, actor: Actor, case_id: str) -> list[DuplicateLink]:
    """The open and confirmed pairs of a case, for the case view ("kemungkinan orang yang sama
    dengan kasus X di PPT Y"); dismissed pairs are not shown."""
    if not (actor.user.roles & DECIDERS or can_see_cases(actor.user.roles)):
        raise DomainError("needs_casework_role")
    with uow:
        pairs = [p for p in uow.duplicates.pairs_of([case_id]) if p.status != DISMISSED]
        others = {p.case_b if p.case_a == case_id else p.case_a for p in pairs}
        sides = uow.duplicates.sides(others)
    out = []
    for p in sorted(pairs, key=lambda p: (p.status != CONFIRMED, -p.score, p.id)):
        other = p.case_b if p.case_a == case_id else p.case_a
        side = sides.get(other)
        out.append(DuplicateLink(p.id, p.status, p.score, other,
                                 side.case_number if side else "",
                                 side.office_name if side else ""))
    return out
