"""``uow.stats``: the derived statistics tables (ADR 0020, storage/stats_schema.py).

Facts are kept per case in ``stat_case`` / ``stat_fact`` and rebuilt for the cases whose rows
are missing (a write to a case or its person deleted them: ``changes.drop_stats``) or older
than ``STATS_VERSION``. Intake-dated facts are also counted per month (``stat_month``, the
months marked in ``stat_month_stale`` recounted before a count). ``counts`` answers a whole
Statistik page without a join: the cube over the period's whole months, the facts of its
partial months' days and the event-dated facts of the period (``ix_stat_fact_dim_day``, which
covers them: every fact row carries the case's sex, age groups, office and its regency).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Date, String, and_, delete, exists, func, insert, literal, or_, select
from sqlalchemy.orm import Session

from ..domain import casework as cw
from ..domain.stats.dimensions import DIMENSIONS, INTAKE
from ..domain.stats.model import ALL, CellRef, Counts, Fact, Scope, StatCaseInput
from ..domain.stats.period import Period
from ..services.dto import CaseRow
from ..services.stats_ports import AGE_BAND, SIMFONI_BAND, OfficeScope, StatInput, StatRow
from .apply_rows import _chunks, fast_insert
from .changes import drop_stats, mark_months, moved_offices
from .schema import (
    Case, CaseRecord, CaseShare, DeviceState, Office, Person, StageChange, User,
)
from .sync_schema import BundleLog
from .stats_schema import StatCase, StatFact, StatMonth, StatMonthStale

_BANDS = {AGE_BAND: (StatFact.age_band, StatCase.age_band),
          SIMFONI_BAND: (StatFact.simfoni_band, StatCase.simfoni_band)}
KASUS = "kasus"
MULTI = frozenset(d.code for d in DIMENSIONS if d.multi)
INTAKE_DIMS = tuple(sorted(d.code for d in DIMENSIONS if d.dated == INTAKE))
INTAKE_MULTI = tuple(sorted(d for d in INTAKE_DIMS if d in MULTI))
EVENT_DIMS = tuple(sorted(d.code for d in DIMENSIONS if d.dated != INTAKE))
_CUBE_KEYS = ("dim", "code", "sex", "age_band", "simfoni_band", "office_id", "regency_code")


def _scope_filter(scope: Scope, office: Any, regency: Any) -> list[Any]:
    if scope.kind == "PPT":
        return [office == scope.code]
    if scope.kind == "KABUPATEN":
        return [regency == scope.code]
    return []


def _month_end(first: date) -> date:
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - timedelta(days=1)


def _whole_months(period: Period) -> tuple[date, date] | None:
    """The first days of the first and the last whole month inside the period (None: the
    period holds no whole month)."""
    first = period.start if period.start.day == 1 else _month_end(period.start) + \
        timedelta(days=1)
    last = period.end.replace(day=1)
    if _month_end(last) != period.end:
        last = (last - timedelta(days=1)).replace(day=1)
    return (first, last) if first <= last else None


def _in_period(column: Any, period: Period) -> Any:
    return column.between(period.start, period.end)


class SqlStatsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- rebuilding the facts -----------------------------------------------------------------
    def _stale_where(self, version: int) -> Any:
        return or_(StatCase.case_id.is_(None), StatCase.version != version)

    def stale(self, limit: int, version: int, after: str = "") -> list[str]:
        return list(self.session.execute(
            select(Case.id).outerjoin(StatCase, StatCase.case_id == Case.id)
            .where(Case.id > after, self._stale_where(version))
            .order_by(Case.id).limit(limit)).scalars())

    def stale_count(self, version: int) -> int:
        """Every case has a row of ``version`` when the counts agree (``stat_case`` rows
        belong to cases: foreign key, cascade): two cheap counts on every page; the anti-join
        over every case only when something is stale."""
        s = self.session
        cases = s.execute(select(func.count()).select_from(Case)).scalar_one()
        current = s.execute(select(func.count()).select_from(StatCase)
                            .where(StatCase.version == version)).scalar_one()
        if cases == current:
            return 0
        return s.execute(
            select(func.count()).select_from(Case).outerjoin(StatCase,
                                                             StatCase.case_id == Case.id)
            .where(self._stale_where(version))).scalar_one()

    def inputs(self, case_ids: Sequence[str]) -> list[StatInput]:
        ids = sorted(set(case_ids))
        if not ids:
            return []
        s = self.session
        regency = dict(s.execute(select(Office.id, Office.regency_code)).all())
        rows: list[tuple[Case, Person]] = []
        records: dict[str, list[cw.Rec]] = defaultdict(list)
        stages: dict[str, list[tuple[str, date]]] = defaultdict(list)
        for chunk in _chunks(ids):
            rows += [tuple(r) for r in s.execute(  # type: ignore[misc]
                select(Case, Person).join(Person, Person.id == Case.person_id)
                .where(Case.id.in_(chunk))).all()]
            for r in s.execute(select(CaseRecord.id, CaseRecord.case_id, CaseRecord.kind,
                                      CaseRecord.payload, CaseRecord.record_date,
                                      CaseRecord.created_at, CaseRecord.due_date,
                                      CaseRecord.updated_on)
                               .where(CaseRecord.case_id.in_(chunk))
                               .order_by(CaseRecord.record_date, CaseRecord.created_at)):
                records[r.case_id].append(cw.Rec(r.id, r.kind, dict(r.payload or {}),
                                                 r.record_date, r.created_at, r.due_date,
                                                 r.updated_on))
            for case_id, to_stage, decided_on, requested_at in s.execute(
                    select(StageChange.case_id, StageChange.to_stage, StageChange.decided_on,
                           StageChange.requested_at)
                    .where(StageChange.case_id.in_(chunk), StageChange.status == "APPLIED")
                    .order_by(StageChange.requested_at)):
                day = decided_on or (requested_at.date() if isinstance(requested_at, datetime)
                                     else None)
                if day is not None:
                    stages[case_id].append((to_stage, day))
        # Cases of the same persons (any case held here), for "registered before".
        persons = sorted({person.id for _case, person in rows})
        intakes: dict[str, list[tuple[date, str]]] = defaultdict(list)
        for chunk in _chunks(persons):
            for person_id, case_id, intake in s.execute(
                    select(Case.person_id, Case.id, Case.intake_date)
                    .where(Case.person_id.in_(chunk))):
                intakes[person_id].append((intake, case_id))
        out: list[StatInput] = []
        for case, person in rows:
            earlier = sum(1 for day, other in intakes[person.id]
                          if other != case.id and day < case.intake_date)
            stat = StatCaseInput(
                case_id=case.id, person_id=person.id, office_id=case.office_id,
                intake_date=case.intake_date, intake_channel=case.intake_channel or "",
                victim_status=case.victim_status or "", victim_role=case.victim_role or "",
                modus=tuple(case.modus or ()), sex=person.sex or "",
                age_at_intake=case.age_at_intake, age_band=case.age_band,
                birth_date=person.birth_date, estimated_age=person.estimated_age,
                stage=case.stage or "", status=case.status or "",
                transferred=bool(case.transferred_to),
                origin_province=person.province_code or "",
                origin_regency=person.regency_code or "",
                citizenship=person.citizenship or "", earlier_cases=earlier,
                stages_reached=tuple(stages.get(case.id, ())))
            out.append(StatInput(stat, tuple(records.get(case.id, ())),
                                 regency.get(case.office_id, "") or ""))
        return out

    def save(self, rows: Sequence[StatRow], version: int) -> None:
        if not rows:
            return
        conn = self.session.connection()
        drop_stats(conn, {r.case_id for r in rows})
        cases: list[dict[str, Any]] = []
        facts: list[dict[str, Any]] = []
        for r in rows:
            common = {"sex": r.sex, "age_band": r.age_band, "simfoni_band": r.simfoni_band,
                      "office_id": r.office_id, "regency_code": r.regency_code}
            cases.append({"case_id": r.case_id, "version": version, "person_id": r.person_id,
                          "office_id": r.office_id, "regency_code": r.regency_code,
                          "intake_date": r.intake_date, "sex": r.sex, "age_band": r.age_band,
                          "simfoni_band": r.simfoni_band})
            facts += [{"case_id": r.case_id, "dim": f.dim, "code": f.code, "on_date": f.on_date,
                       "value": f.value, **common} for f in r.facts]
        # Two officers' pages never build at once: every PostgreSQL transaction takes the
        # store's lock first (storage/postgres.py); the later one replaces the earlier's rows.
        fast_insert(conn, StatCase.__table__, cases)
        fast_insert(conn, StatFact.__table__, facts)
        mark_months(conn, {r.intake_date for r in rows})

    def rebuild_months(self) -> int:
        """Count the intake-dated facts of every stale month again into ``stat_month``: per
        key, its facts (one per case); for multi-valued dimensions also code ``ALL``, the
        cases with any code. Returns how many months."""
        s = self.session
        months = list(s.execute(select(StatMonthStale.month).order_by(StatMonthStale.month))
                      .scalars())
        for first in months:
            self._recount(first)
        if self._cube_short():
            # Cases went without their months being marked (a case deleted by an import
            # takes its facts with it by cascade): every month is counted again.
            every = set(s.execute(select(StatMonth.month).distinct()).scalars())
            every |= {d.replace(day=1) for d in s.execute(
                select(StatCase.intake_date).distinct()).scalars()}
            every -= set(months)        # recounted just now
            for first in sorted(every):
                self._recount(first)
            months += sorted(every)
        return len(months)

    def _cube_short(self) -> bool:
        """The cube's new cases disagree with the cases that have facts."""
        s = self.session
        cube = s.execute(select(func.coalesce(func.sum(StatMonth.cases), 0))
                         .where(StatMonth.dim == KASUS)).scalar_one()
        return int(cube) != s.execute(select(func.count()).select_from(StatCase)).scalar_one()

    def _recount(self, first: date) -> None:
        s, f = self.session, StatFact
        last = _month_end(first)
        s.execute(delete(StatMonth).where(StatMonth.month == first))
        in_month = [f.on_date.between(first, last)]
        keys = [getattr(f, k) for k in _CUBE_KEYS]
        s.execute(insert(StatMonth).from_select(
            ["month", *_CUBE_KEYS, "cases"],
            select(literal(first, Date), *keys, func.count())
            .where(f.dim.in_(INTAKE_DIMS), *in_month).group_by(*keys)))
        any_code = [k for k in keys if k.key != "code"]
        s.execute(insert(StatMonth).from_select(
            ["month", *_CUBE_KEYS, "cases"],
            select(literal(first, Date), f.dim, literal(ALL, String), *any_code[1:],
                   func.count(f.case_id.distinct()))
            .where(f.dim.in_(INTAKE_MULTI), *in_month).group_by(*any_code)))
        s.execute(delete(StatMonthStale).where(StatMonthStale.month == first))

    def moved_offices(self) -> list[str]:
        """Offices whose regency is not the one their cases' facts carry: one case's row per
        office is enough (a moved office loses all its rows at once, and rows rebuilt since
        carry the new regency)."""
        return moved_offices(self.session.connection())

    def drop_offices(self, office_ids: Sequence[str]) -> None:
        from .changes import StatsTouched

        drop_stats(self.session.connection(), StatsTouched(offices=set(office_ids)))

    # -- counting -----------------------------------------------------------------------------
    def _where(self, period: Period, scope: Scope, fact: Any = StatFact) -> list[Any]:
        return [_in_period(fact.on_date, period),
                *_scope_filter(scope, fact.office_id, fact.regency_code)]

    def counts(self, period: Period, scope: Scope, band: str = AGE_BAND,
               valued: Sequence[str] = ()) -> Counts:
        """The period's figures (ADR 0020): intake-dated dimensions summed from the monthly
        cube over the whole months of the period and counted from the facts on the days of
        its partial months; event-dated ones as distinct cases over the period's facts; the
        ``ALL`` rows (cube, distinct cases, or for single-valued dimensions, whose cases have
        one code each, the sum of the codes); the values; the distinct persons."""
        f, m = StatFact, StatMonth
        band_f, band_m = getattr(f, band), getattr(m, band)
        cells: dict[tuple[str, str, str, str], int] = defaultdict(int)

        def add(rows: Any) -> None:
            for dim, code, sex, group, n in rows:
                cells[(dim, code, sex or "", group or "")] += int(n)

        whole = _whole_months(period)
        edges = [(period.start, period.end)]
        if whole is not None:
            add(self.session.execute(
                select(m.dim, m.code, m.sex, band_m, func.sum(m.cases))
                .where(m.month.between(*whole),
                       *_scope_filter(scope, m.office_id, m.regency_code))
                .group_by(m.dim, m.code, m.sex, band_m)))
            edges = [(a, b) for a, b in ((period.start, whole[0] - timedelta(days=1)),
                                         (_month_end(whole[1]) + timedelta(days=1), period.end))
                     if a <= b]
        scoped = _scope_filter(scope, f.office_id, f.regency_code)
        for start, end in edges:   # intake facts: one per case and code, on one day
            days = [f.on_date.between(start, end), *scoped]
            add(self.session.execute(
                select(f.dim, f.code, f.sex, band_f, func.count())
                .where(f.dim.in_(INTAKE_DIMS), *days).group_by(f.dim, f.code, f.sex, band_f)))
            add(self.session.execute(
                select(f.dim, literal(ALL, String), f.sex, band_f, func.count(f.case_id.distinct()))
                .where(f.dim.in_(INTAKE_MULTI), *days).group_by(f.dim, f.sex, band_f)))
        in_period = [f.on_date.between(period.start, period.end), *scoped]
        distinct = func.count(f.case_id.distinct())
        add(self.session.execute(
            select(f.dim, f.code, f.sex, band_f, distinct)
            .where(f.dim.in_(EVENT_DIMS), *in_period).group_by(f.dim, f.code, f.sex, band_f)))
        add(self.session.execute(
            select(f.dim, literal(ALL, String), f.sex, band_f, distinct)
            .where(f.dim.in_(EVENT_DIMS), *in_period).group_by(f.dim, f.sex, band_f)))
        for (dim, code, sex, group), n in list(cells.items()):
            if dim not in MULTI and code != ALL:
                cells[(dim, ALL, sex, group)] += n
        values: dict[tuple[str, str], list[int]] = defaultdict(list)
        if valued:
            for dim, code, value in self.session.execute(
                    select(f.dim, f.code, func.min(f.value))
                    .where(f.dim.in_(list(valued)), *in_period, f.value.is_not(None))
                    .group_by(f.dim, f.code, f.case_id)):
                values[(dim, code)].append(int(value))
        return Counts(period, scope, {k: n for k, n in cells.items() if n},
                      {k: tuple(sorted(v)) for k, v in values.items()},
                      self._persons(period, scope, band))

    def _persons(self, period: Period, scope: Scope, band: str) -> dict[tuple[str, str], int]:
        """Distinct victims of the cases that came in: per (sex, band), and with ``ALL`` for
        either or both (a victim with two cases in the period may be in two groups)."""
        seen: dict[tuple[str, str], set[str]] = defaultdict(set)
        for sex, group, person_id in self.session.execute(
                select(StatCase.sex, _BANDS[band][1], StatCase.person_id)
                .where(_in_period(StatCase.intake_date, period),
                       *_scope_filter(scope, StatCase.office_id, StatCase.regency_code))
                .distinct()):
            sex, group = sex or "", group or ""
            for key in ((sex, group), (sex, ALL), (ALL, group), (ALL, ALL)):
                seen[key].add(person_id)
        return {key: len(ids) for key, ids in seen.items()}

    def case_ids(self, period: Period, scope: Scope, ref: CellRef,
                 band: str = AGE_BAND) -> list[str]:
        where = [*self._where(period, scope), StatFact.dim == ref.dim]
        if ref.code != ALL:
            where.append(StatFact.code == ref.code)
        if ref.sex is not None:
            where.append(StatFact.sex == ref.sex)
        if ref.age_band is not None:
            where.append(_BANDS[band][0] == ref.age_band)
        return sorted(self.session.execute(
            select(StatFact.case_id).where(*where).distinct()).scalars())

    def case_rows(self, case_ids: Sequence[str], visible_to: str | None) -> list[CaseRow]:
        out: list[CaseRow] = []
        for chunk in _chunks(sorted(set(case_ids))):
            where = [Case.id.in_(chunk)]
            if visible_to is not None:
                where.append(or_(Case.assigned_user_id == visible_to, exists().where(
                    and_(CaseShare.case_id == Case.id, CaseShare.user_id == visible_to))))
            out += [CaseRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                            tuple(r[9] or ()), r[10] or "", r[11] or "")
                    for r in self.session.execute(
                        select(Case.id, Case.case_number, Person.full_name, Person.sex,
                               Case.age_at_intake, Case.age_band, Case.intake_date,
                               Case.intake_channel, Case.victim_status, Case.modus,
                               User.display_name, Case.owner_device_id)
                        .join(Person, Person.id == Case.person_id)
                        .outerjoin(User, User.id == Case.assigned_user_id).where(*where))]
        out.sort(key=lambda r: (r.intake_date, r.case_number), reverse=True)
        return out

    def data_version(self) -> tuple[int, int]:
        """Moves on with every recorded write here (the device's next sequence number) and
        every bundle written or read (bundle_log): a report made at the same version is
        still right."""
        seq = self.session.execute(select(func.max(DeviceState.next_seq))).scalar() or 0
        bundles = self.session.execute(select(func.max(BundleLog.id))).scalar() or 0
        return int(seq), int(bundles)

    # -- what can be counted ------------------------------------------------------------------
    def offices(self) -> list[OfficeScope]:
        with_cases = select(Case.office_id).distinct()
        return [OfficeScope(o.id, o.name, o.kind, o.province_code or "", o.regency_code or "")
                for o in self.session.execute(
                    select(Office).where(Office.id.in_(with_cases)).order_by(Office.name))
                .scalars()]

    def years(self) -> list[int]:
        s = self.session
        ends = [s.execute(select(func.min(Case.intake_date), func.max(Case.intake_date))).one(),
                s.execute(select(func.min(StatFact.on_date), func.max(StatFact.on_date))).one()]
        days = [d for pair in ends for d in pair if d is not None]
        if not days:
            return []
        out = []
        for year in range(max(days).year, min(days).year - 1, -1):
            first, last = date(year, 1, 1), date(year, 12, 31)
            if s.execute(select(Case.id).where(Case.intake_date.between(first, last))
                         .limit(1)).first() is not None or \
                    s.execute(select(StatFact.id).where(StatFact.on_date.between(first, last))
                              .limit(1)).first() is not None:
                out.append(year)
        return out

    def facts_per_case(self, period: Period, scope: Scope,
                       batch: int = 2000) -> Iterator[StatRow]:
        ids = sorted(set(self.session.execute(
            select(StatFact.case_id).where(*self._where(period, scope),
                                           StatFact.dim == KASUS)).scalars()))
        c = StatCase
        for chunk in _chunks(ids, batch):
            facts: dict[str, list[Fact]] = defaultdict(list)
            held = []
            for sub in _chunks(chunk):
                for case_id, dim, code, on_date, value in self.session.execute(
                        select(StatFact.case_id, StatFact.dim, StatFact.code, StatFact.on_date,
                               StatFact.value).where(StatFact.case_id.in_(sub))):
                    facts[case_id].append(Fact(dim, code, on_date, value))
                held += self.session.execute(
                    select(c.case_id, c.person_id, c.office_id, c.regency_code, c.intake_date,
                           c.sex, c.age_band, c.simfoni_band).where(c.case_id.in_(sub))).all()
            for row in held:   # facts in the order read: the export sorts its own rows
                yield StatRow(*row, tuple(facts.get(row[0], ())))
