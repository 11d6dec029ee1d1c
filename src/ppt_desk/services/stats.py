"""Statistics for the Task Force (issue 13, ADR 0020): facts rebuilt, counted, made tables.

Every figure starts with ``refresh``: the facts of cases written since they were last built
(their ``stat_case`` rows were deleted by the write) or built by older rules are rebuilt,
2,000 cases per transaction. Then one aggregate per query shape counts the period and scope
(``uow.stats.counts``) and the pure ``domain.stats`` functions make the tables.

Inside the app a user who may see every case (supervisor, secretariat officer) gets exact
figures; anyone else gets the suppressed tables, as does every file that leaves the app (PDF,
spreadsheet, SIMFONI aggregate; the HTCDS export is k-anonymous). Every export is audited by
what it was (document, period, scope), never by its figures.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..atomic import atomic_write
from ..domain.errors import DomainError
from ..domain.stats import tables as tb
from ..domain.stats.dimensions import DIMENSIONS
from ..domain.stats.facts import STATS_VERSION, facts_of, simfoni_band
from ..domain.stats.model import CellRef, Counts, Scope, StatReport
from ..domain.stats.period import Period
from ..domain.stats.simfoni import SimfoniMap
from ..domain.stats.suppression import K   # small cells are 1..K-1; the HTCDS export's k
from ..domain.roles import can_see_cases
from ..domain.secretariat import is_secretariat
from .context import Actor
from .deps import Deps
from .dto import CaseRow
from .ports import DocumentWriter, UnitOfWork
from .stats_labels import StatLabels
from .stats_ports import AGE_BAND, SIMFONI_BAND, StatInput, StatRow

BATCH = 2_000
SCOPE_KINDS = ("SEMUA", "KABUPATEN", "PPT")
VALUED = tuple(d.code for d in DIMENSIONS if d.valued)
Progress = Callable[[int, int], None]

# The audit entity of the statistics' exports (entity_id says which one: period and scope).
AUDIT_ENTITY = "statistik"


# -- rebuilding facts ------------------------------------------------------------------------
def _levels(uow: UnitOfWork, deps: Deps) -> dict[str, str]:
    """Institution id -> level (national data, the province's entries, the office's own)."""
    out = {i.id: i.level for i in deps.national}
    out.update({i.id: i.level for i in uow.reference.institutions()})
    out.update({i.id: i.level for i in uow.directory.local()})
    return out


def _fact_maker(deps: Deps, levels: dict[str, str]) -> Callable[[StatInput], StatRow]:
    config, lists = deps.config, deps.codelists
    track_of = {form: t.code for t in config.tracks for form in t.forms}
    bands = lists["age_band_simfoni"]
    today = deps.clock.today()
    simfoni = SimfoniMap.from_lists(lists)

    def level_of(institution_id: str) -> str:
        return levels.get(institution_id, "")

    def make(item: StatInput) -> StatRow:
        case = item.case
        facts = facts_of(case, item.records, level_of, today, track_of=track_of,
                         simfoni=simfoni)
        return StatRow(case.case_id, case.person_id, case.office_id, item.regency_code,
                       case.intake_date, case.sex or "", case.age_band or "",
                       simfoni_band(case.age_at_intake, bands), tuple(facts))

    return make


def refresh(uow: UnitOfWork, deps: Deps, progress: Progress | None = None,
            batch: int = BATCH) -> int:
    """Build the facts of every case that has none (or older ones); returns how many."""
    with uow:
        moved = uow.stats.moved_offices()
        if moved:
            uow.stats.drop_offices(moved)
            uow.commit()
    with uow:
        total = uow.stats.stale_count(STATS_VERSION)
        levels = _levels(uow, deps) if total else {}
    if not total:
        _recount_months(uow)
        return 0
    make = _fact_maker(deps, levels)
    done, after = 0, ""
    if progress is not None:
        progress(0, total)
    while True:
        with uow:
            ids = uow.stats.stale(batch, STATS_VERSION, after)
            if ids:
                after = ids[-1]
                uow.stats.save([make(item) for item in uow.stats.inputs(ids)], STATS_VERSION)
                uow.commit()
        done = min(total, done + len(ids))
        if progress is not None and ids:
            progress(done, total)
        if len(ids) < batch:
            _recount_months(uow)
            return done


def _recount_months(uow: UnitOfWork) -> None:
    """The monthly cube of intake-dated facts, for the months whose cases changed."""
    with uow:
        if uow.stats.rebuild_months():
            uow.commit()


# -- who may count what ----------------------------------------------------------------------
def exact_for(actor: Actor) -> bool:
    """Exact figures inside the app for a user allowed to see every case."""
    return actor.sees_all_cases


def _check_scope(scope: Scope) -> None:
    if scope.kind not in SCOPE_KINDS or (scope.kind != "SEMUA" and not scope.code):
        raise DomainError("stats_scope_unknown")


def counts(uow: UnitOfWork, actor: Actor, deps: Deps, period: Period, scope: Scope,
           band: str = AGE_BAND, progress: Progress | None = None) -> Counts:
    """Exact counts of a period and scope (facts rebuilt first). For the tables of the
    services and RAD sheets; they suppress what leaves or what the user may not see."""
    del actor   # every signed-in user may count; what they see is decided by the caller
    _check_scope(scope)
    refresh(uow, deps, progress)
    return counted(uow, period, scope, band)


def counted(uow: UnitOfWork, period: Period, scope: Scope, band: str = AGE_BAND) -> Counts:
    """The counts as the facts stand (after ``refresh``): for several periods in a row."""
    _check_scope(scope)
    with uow:
        return uow.stats.counts(period, scope, band, VALUED)


def _office_name(uow: UnitOfWork) -> str:
    office = uow.office.get()
    return office.name if office is not None else ""


def _suppressed(report: StatReport) -> StatReport:
    """Small cells hidden in every table, and the days to a stage reached by 1 to 10 cases
    (a median of a handful of cases describes those cases)."""
    from ..domain.stats.suppression import suppress_table

    durations = tuple(replace(m, cases=None, median_days=None, p90_days=None)
                      if m.cases is not None and 0 < m.cases < K else m
                      for m in report.durations)
    return replace(report, tables=tuple(suppress_table(t) for t in report.tables),
                   durations=durations, exact=False)


class ReportCache:
    """The last exact reports made (per period, scope and day) with the store's data version
    when they were made: printing or saving the page just shown reuses it while nothing was
    written (the copy the GUI hands back is not trusted, only its period and scope)."""

    def __init__(self, size: int = 8) -> None:
        self.size = size
        self._items: dict[tuple[Any, ...], tuple[tuple[int, int], StatReport]] = {}

    def get(self, key: tuple[Any, ...], version: tuple[int, int]) -> StatReport | None:
        hit = self._items.get(key)
        return hit[1] if hit is not None and hit[0] == version else None

    def put(self, key: tuple[Any, ...], version: tuple[int, int], made: StatReport) -> None:
        self._items.pop(key, None)
        self._items[key] = (version, made)
        while len(self._items) > self.size:
            self._items.pop(next(iter(self._items)))


def _exact_report(uow: UnitOfWork, actor: Actor, deps: Deps, period: Period, scope: Scope,
                  progress: Progress | None, cache: ReportCache | None) -> StatReport:
    key = (period, scope, deps.clock.today())
    version = (0, 0)
    if cache is not None:
        with uow:
            version = uow.stats.data_version()
        hit = cache.get(key, version)
        if hit is not None:
            return hit
    found = counts(uow, actor, deps, period, scope, AGE_BAND, progress)
    with uow:
        labels = StatLabels(deps, [*uow.reference.institutions(), *uow.directory.local()])
        office = _office_name(uow)
    made = StatReport(period, scope, office, tb.build_tables(found, labels),
                      tb.durations(found, labels), True, deps.clock.today())
    if cache is not None:
        cache.put(key, version, made)
    return made


def report(uow: UnitOfWork, actor: Actor, deps: Deps, period: Period, scope: Scope,
           progress: Progress | None = None, cache: ReportCache | None = None) -> StatReport:
    """Every table of the Statistik page: exact for a user allowed to see every case,
    otherwise small cells suppressed."""
    made = _exact_report(uow, actor, deps, period, scope, progress, cache)
    return made if exact_for(actor) else _suppressed(made)


def cases_behind(uow: UnitOfWork, actor: Actor, deps: Deps, period: Period, scope: Scope,
                 ref: CellRef, band: str = AGE_BAND) -> tuple[list[CaseRow], int]:
    """The cases a figure counts that the user may see, and how many others it counts."""
    _check_scope(scope)
    refresh(uow, deps)
    with uow:
        ids = uow.stats.case_ids(period, scope, ref, band)
        if not _sees_cases(actor):
            return [], len(ids)
        rows = uow.stats.case_rows(ids, None if actor.sees_all_cases else actor.id)
    return rows, len(ids) - len(rows)


def _sees_cases(actor: Actor) -> bool:
    return can_see_cases(actor.user.roles)


def scopes(uow: UnitOfWork, actor: Actor, deps: Deps) -> list[Scope]:
    """The whole store first; at a secretariat then each regency and each PPT with cases."""
    del actor
    with uow:
        office = uow.office.get()
        offices = uow.stats.offices()
    if office is None or not is_secretariat(office.kind):
        return [Scope("SEMUA", "", "Semua kasus PPT ini", "All cases of this PPT")]
    out = [Scope("SEMUA", "", "Seluruh provinsi", "The whole province")]
    regencies = sorted({o.regency_code for o in offices if o.regency_code})
    for code in regencies:
        name = deps.regions.name(code) or code
        out.append(Scope("KABUPATEN", code, name, name))
    out += [Scope("PPT", o.office_id, o.name, o.name) for o in offices if o.office_id != office.id]
    return out


def years(uow: UnitOfWork, actor: Actor, deps: Deps) -> list[int]:
    """Years with an intake or a stored fact (no rebuild first: the page asks this before its
    first report, which shows the rebuild's progress)."""
    del actor
    with uow:
        found = uow.stats.years()
    return found or [deps.clock.today().year]


# -- what leaves the app ---------------------------------------------------------------------
def audit_id(period: Period, scope: Scope) -> str:
    """The audit entry's entity id of an export: the period's days and the scope (a PPT by
    the last 16 characters of its office id), at most 36 characters."""
    where = {"SEMUA": "S", "KABUPATEN": f"K:{scope.code}", "PPT": f"P:{scope.code[-16:]}"}
    return f"{period.start:%Y%m%d}-{period.end:%Y%m%d}/{where.get(scope.kind, '?')}"


def _audit(uow: UnitOfWork, what: str, period: Period, scope: Scope) -> None:
    """``export_<what>`` on ``statistik``, naming the period and scope only."""
    with uow:
        uow.record_action(f"export_{what}", AUDIT_ENTITY, audit_id(period, scope))
        uow.commit()


def _for_print(uow: UnitOfWork, actor: Actor, deps: Deps, made: StatReport,
               cache: ReportCache | None) -> StatReport:
    """The report as it may leave: the one made for its period and scope (from the cache
    while nothing was written since, never the copy handed in), suppressed whatever
    ``exact`` says."""
    return _suppressed(_exact_report(uow, actor, deps, made.period, made.scope, None, cache))


def write_report_pdf(uow: UnitOfWork, actor: Actor, deps: Deps, writer: DocumentWriter,
                     made: StatReport, path: Path, language: str,
                     cache: ReportCache | None = None) -> None:
    from .letterhead import printed_letterhead

    printed = _for_print(uow, actor, deps, made, cache)
    with uow:
        letterhead, _values, _office = printed_letterhead(uow)
    writer.write("stats_report", (printed, letterhead, language), path)
    _audit(uow, "stats_report", made.period, made.scope)


def write_spreadsheet(uow: UnitOfWork, actor: Actor, deps: Deps, writer: DocumentWriter,
                      made: StatReport, path: Path, language: str,
                      cache: ReportCache | None = None) -> None:
    printed = _for_print(uow, actor, deps, made, cache)
    writer.write("stats_xlsx", (printed, language), path)
    _audit(uow, "stats_xlsx", made.period, made.scope)


def simfoni_report(uow: UnitOfWork, actor: Actor, deps: Deps, period: Period,
                   scope: Scope) -> StatReport:
    """The SIMFONI-PPA tables (SIMFONI's age bands), suppressed."""
    from ..domain.stats.simfoni import simfoni_tables
    from ..domain.stats.suppression import suppress_table

    found = counts(uow, actor, deps, period, scope, SIMFONI_BAND)
    with uow:
        office = _office_name(uow)
    tables = tuple(suppress_table(t) for t in simfoni_tables(found, deps.codelists))
    return StatReport(period, scope, office, tables, (), False, deps.clock.today())


def write_simfoni(uow: UnitOfWork, actor: Actor, deps: Deps, writer: DocumentWriter,
                  period: Period, scope: Scope, path: Path) -> None:
    made = simfoni_report(uow, actor, deps, period, scope)
    writer.write("simfoni_xlsx", (made, "id"), path)
    _audit(uow, "simfoni_xlsx", period, scope)


def htcds_rows(uow: UnitOfWork, actor: Actor, deps: Deps, period: Period,
               scope: Scope) -> tuple[list[dict[str, Any]], Sequence[str], int]:
    """The HTCDS rows of the cases that came in during the period, k-anonymous: (rows,
    columns, values withheld)."""
    from ..domain.stats import htcds
    from ..domain.stats.suppression import k_anonymise

    _check_scope(scope)
    refresh(uow, deps)
    with uow:
        cases = [{"sex": r.sex, "age_band": r.age_band, "intake_date": r.intake_date,
                  "facts": r.facts} for r in uow.stats.facts_per_case(period, scope)]
    safe, withheld = k_anonymise(htcds.rows(cases, deps.codelists), htcds.QUASI, K,
                                 htcds.GENERALISE)
    return safe, list(htcds.COLUMNS), withheld


def write_htcds(uow: UnitOfWork, actor: Actor, deps: Deps, period: Period, scope: Scope,
                path: Path) -> tuple[int, int]:
    """The HTCDS de-identified case-level CSV (k = 11), written atomically: (rows, withheld)."""
    rows, columns, withheld = htcds_rows(uow, actor, deps, period, scope)
    buffer = io.StringIO()
    out = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore",
                         lineterminator="\n")
    out.writeheader()
    for row in rows:
        out.writerow({k: "" if v is None else v for k, v in row.items()})
    atomic_write(path, buffer.getvalue().encode("utf-8"))
    _audit(uow, "htcds_csv", period, scope)
    return len(rows), withheld
