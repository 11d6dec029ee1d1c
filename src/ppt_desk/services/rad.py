"""RAD indicator sheets (issue 13, ADR 0020): the plans, the 6-monthly sheet, typed-in figures,
a province's own plan file.

The shipped matrices are resources/rad/*.json; a province's own files are kept in the data
folder's ``rad/`` directory (``own_dir``). A plan is known by its ``code``; an own file with the
code of a shipped one replaces it (a province's newer version of its plan). The file format is
described in ``domain/stats/rad.py`` and in each file's ``description_en``.

Who may type figures in: supervisors, administrators and secretariat officers (the people who
report to the Task Force), not caseworkers. Everyone signed in may read a sheet; exact small
figures only for a user who may see every case (the rule of ``stats.exact_for``).
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from ..atomic import atomic_write
from ..domain.errors import DomainError
from ..domain.roles import Role
from ..domain.stats import period as periods
from ..domain.stats.dimensions import BY_CODE, FORMS, STAGES, TRACKS
from ..domain.stats.model import Counts, Scope
from ..domain.stats.period import Period
from ..domain.stats.rad import SEMESTERS, RadPlan, RadPlanError, evaluate, load_plan as parse
from ..domain.stats.rad_model import RadPlanInfo, RadSheet
from ..paths import RESOURCES
from .change_set import ChangeSet
from .context import Actor
from .deps import Deps
from .ports import UnitOfWork

log = logging.getLogger(__name__)

SHIPPED = RESOURCES / "rad"
SUFFIX = ".json"
MAX_FILE_BYTES = 2_000_000          # a matrix of a few hundred indicators is ~200 kB
MAX_VALUE = 10**15                  # rad_entry.value is a BIGINT (rupiah fit)
MAX_NOTE = 500
ENTRY_ROLES = frozenset({Role.SUPERVISOR.value, Role.ADMIN.value,
                         Role.SECRETARIAT_OFFICER.value})

CountsFor = Callable[[Period, Scope], Counts]

# (path, mtime_ns, size) -> plan: the files are read again only when they change.
_cache: dict[tuple[str, int, int], RadPlan] = {}


def codes_of(deps: Deps) -> Callable[[str], frozenset[str] | None]:
    """The codes a dimension's facts can carry, from the configuration and code lists (None
    where the codes are not a closed list: regions, institutions)."""
    def codes(dim: str) -> frozenset[str] | None:
        labels = BY_CODE[dim].labels
        if labels == TRACKS:
            return frozenset(t.code for t in deps.config.tracks)
        if labels == FORMS:
            return frozenset(deps.config.forms)
        if labels == STAGES:
            return frozenset(deps.config.stage_codes())
        if labels.startswith("@"):
            return None
        try:
            return deps.codes(labels)
        except (KeyError, OSError):
            return None
    return codes


def _province_known(deps: Deps) -> Callable[[str], bool]:
    return lambda code: code in {c for c, _n in deps.regions.provinces()}


def _parse(deps: Deps, text: str, name: str) -> RadPlan:
    return parse(text, name, codes_of(deps), _province_known(deps))


def _read(deps: Deps, path: Path) -> RadPlan:
    st = path.stat()
    key = (str(path), st.st_mtime_ns, st.st_size)
    plan = _cache.get(key)
    if plan is None:
        if st.st_size > MAX_FILE_BYTES:
            raise RadPlanError([f"file larger than {MAX_FILE_BYTES} bytes"])
        plan = _parse(deps, path.read_text(encoding="utf-8"), path.name)
        if len(_cache) > 64:   # files replaced many times: forget the old versions
            _cache.clear()
        _cache[key] = plan
    return plan


def _files(folder: Path | None) -> list[Path]:
    if folder is None or not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix == SUFFIX and p.is_file()
                  and not p.name.startswith("."))


def plans(deps: Deps, own_dir: Path | None, province_code: str = "") -> list[RadPlan]:
    """The province's own plans first, then the shipped ones (the office's province first).
    An own file that no longer reads is left out (logged), never breaks the list."""
    own: list[RadPlan] = []
    for path in _files(own_dir):
        try:
            own.append(_read(deps, path))
        except (RadPlanError, OSError, UnicodeDecodeError) as exc:
            log.warning("RAD file %s left out: %s", path.name, exc)
    codes = {p.code for p in own}
    shipped = [_read(deps, path) for path in _files(SHIPPED)]
    shipped = [p for p in shipped if p.code not in codes]
    shipped.sort(key=lambda p: (p.info.province_code != province_code, p.info.title_id))
    return own + shipped


def plan_infos(deps: Deps, own_dir: Path | None, province_code: str = "") -> list[RadPlanInfo]:
    return [p.info for p in plans(deps, own_dir, province_code)]


def find_plan(deps: Deps, own_dir: Path | None, code: str) -> RadPlan:
    for plan in plans(deps, own_dir):
        if plan.code == code:
            return plan
    raise DomainError("rad_plan_unknown", plan=code)


def _check_year(plan: RadPlan, year: int) -> None:
    if year not in plan.info.years:
        raise DomainError("rad_year_outside_plan", year=year, years=list(plan.info.years))


def sheet(uow: UnitOfWork, actor: Actor, deps: Deps, plan: RadPlan, year: int, scope: Scope,
          counts_for: CountsFor, leaving: bool = False) -> RadSheet:
    """The monitoring sheet of one year of ``plan`` over ``scope``: formulas over the counts
    of semester 1, semester 2 and the year (``counts_for``), the typed-in figures of the
    offices in the scope. Exact for a user who may see every case, else small computed
    figures hidden; always hidden for a sheet that leaves the app (``leaving``: printed,
    exported)."""
    del deps
    _check_year(plan, year)
    has_formula = any(not ind.manual for ind in plan.indicators)
    periods_ = (periods.semester(year, 1), periods.semester(year, 2), periods.year(year))
    if has_formula:
        s1, s2, whole = (counts_for(p, scope) for p in periods_)
    else:
        s1, s2, whole = (Counts(p, scope, {}) for p in periods_)
    with uow:
        entries = uow.rad.entries(plan.code, year, scope)
    exact = actor.sees_all_cases and not leaving     # = services.stats.exact_for
    made = evaluate(plan, year, s1, s2, whole, entries, exact=exact, scope=scope)
    return replace(made, editable=may_enter(actor) and not leaving)


def may_enter(actor: Actor) -> bool:
    """Whether the user may type RAD figures in (for the GUI to enable the cells)."""
    return bool(actor.user.roles & ENTRY_ROLES)


def save_entry(uow: UnitOfWork, actor: Actor, deps: Deps, plan: RadPlan, indicator: str,
               year: int, semester: int, value: int, note: str) -> ChangeSet:
    """Type in the figure of a manual indicator for one semester (1, 2) or the whole year (0)
    of the office's own row; audited and synced like any office data."""
    if not may_enter(actor):
        raise DomainError("needs_supervisor_role")
    try:
        ind = plan.indicator(indicator)
    except KeyError:
        raise DomainError("rad_indicator_unknown", indicator=indicator) from None
    if not ind.manual:
        raise DomainError("rad_indicator_computed", indicator=indicator)
    _check_year(plan, year)
    if semester not in SEMESTERS:
        raise DomainError("rad_semester_invalid", semester=semester)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_VALUE:
        raise DomainError("rad_value_invalid")
    note = " ".join(str(note or "").split())
    if len(note) > MAX_NOTE:
        raise DomainError("rad_note_too_long", max=MAX_NOTE)
    with uow:
        office = uow.office.get()
        if office is None:
            raise DomainError("office_missing")
        at = datetime.now(timezone.utc).replace(tzinfo=None)
        changed = uow.rad.save(office.id, plan.code, indicator, year, semester, value, note,
                               actor.id, at)
        uow.commit()
    return ChangeSet(settings=True) if changed else ChangeSet()


def load_plan(deps: Deps, path: Path, own_dir: Path) -> RadPlanInfo:
    """Check a province's own RAD file and keep a copy in ``own_dir`` (written whole: a crash
    leaves the old file or the new one). Raises ``DomainError("rad_plan_invalid",
    problems=[...])`` naming each indicator and what is wrong."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        raise DomainError("rad_file_unreadable") from None
    if len(data) > MAX_FILE_BYTES:
        raise DomainError("rad_plan_invalid", problems=[f"file larger than {MAX_FILE_BYTES} "
                                                        "bytes"])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DomainError("rad_plan_invalid", problems=["not UTF-8 text"]) from None
    try:
        plan = _parse(deps, text, Path(path).name)
    except RadPlanError as exc:
        raise DomainError("rad_plan_invalid", problems=list(exc.problems)) from None
    own_dir.mkdir(parents=True, exist_ok=True)
    name = "".join(c if c.isalnum() or c in "-_" else "_" for c in plan.code) + SUFFIX
    atomic_write(own_dir / name, text.encode("utf-8"))
    os.utime(own_dir / name)   # a new mtime: the cache reads the new file
    return plan.info
