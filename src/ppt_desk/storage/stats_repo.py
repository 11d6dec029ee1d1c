"""``uow.stats``: the derived statistics tables (ADR 0020, storage/stats_schema.py).

Facts are kept per case in ``stat_case`` / ``stat_fact`` and rebuilt for the cases whose rows
are missing (a write to a case or its person deleted them: ``changes.drop_stats``) or older
than ``STATS_VERSION``. ``counts`` answers a whole Statistik page with one aggregate per query
shape over ``stat_fact`` (range on ``ix_stat_fact_day``), without a join: every fact row carries
the case's sex, age groups, office and the office's regency.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.selectable import Alias

from ..domain import casework as cw
from ..domain.stats.dimensions import DIMENSIONS
from ..domain.stats.model import ALL, CellRef, Counts, Fact, Scope, StatCaseInput
from ..domain.stats.period import Period
from ..services.dto import CaseRow
from ..services.stats_ports import AGE_BAND, SIMFONI_BAND, OfficeScope, StatInput, StatRow
from .apply_rows import fast_insert
from .changes import drop_stats
from .schema import Case, CaseRecord, CaseShare, Office, Person, StageChange, User
from .stats_schema import StatCase, StatFact

_CHUNK = 500
_BANDS = {AGE_BAND: (StatFact.age_band, StatCase.age_band),
          SIMFONI_BAND: (StatFact.simfoni_band, StatCase.simfoni_band)}
KASUS = "kasus"
MULTI = frozenset(d.code for d in DIMENSIONS if d.multi)


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _scope_filter(scope: Scope, office: Any, regency: Any) -> list[Any]:
    if scope.kind == "PPT":
        return [office == scope.code]
    if scope.kind == "KABUPATEN":
        return [regency == scope.code]
    return []


class _DayIndexed(Alias):
    """``stat_fact`` read by ``ix_stat_fact_day`` on SQLite (``INDEXED BY``): after ANALYZE
    its planner prefers a skip-scan of ``ix_stat_fact_dim`` for a period, twice as slow for a
    year. PostgreSQL plans on its own."""

    inherit_cache = True


@compiles(_DayIndexed, "sqlite")
def _indexed_by(element: Any, compiler: Any, **kw: Any) -> str:
    text = compiler.visit_alias(element, **kw)
    return text + " INDEXED BY ix_stat_fact_day" if kw.get("asfrom") else text


BY_DAY = aliased(StatFact, _DayIndexed._construct(StatFact.__table__, name="f"))


def _in_period(column: Any, period: Period) -> Any:
    return column.between(period.start, period.end)


def _regency_of_facts(session: Any, office_id: str) -> str | None:
    """The regency the facts of one case of the office carry (None: no facts)."""
    return session.execute(
        select(StatCase.regency_code).join(Case, Case.id == StatCase.case_id)
        .where(Case.office_id == office_id).limit(1)).scalar()


class SqlStatsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- rebuilding the facts -----------------------------------------------------------------
    def _stale_where(self, version: int) -> Any:
        return or_(StatCase.case_id.is_(None), StatCase.version != version)

    def stale(self, limit: int, version: int) -> list[str]:
        return list(self.session.execute(
            select(Case.id).outerjoin(StatCase, StatCase.case_id == Case.id)
            .where(self._stale_where(version)).order_by(Case.id).limit(limit)).scalars())

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
        fast_insert(conn, StatCase.__table__, cases)
        fast_insert(conn, StatFact.__table__, facts)

    def moved_offices(self) -> list[str]:
        """Offices whose regency is not the one their cases' facts carry: one case's row per
        office is enough (a moved office loses all its rows at once, and rows rebuilt since
        carry the new regency)."""
        return [office_id for office_id, regency in self.session.execute(
            select(Office.id, Office.regency_code)).all()
            if _regency_of_facts(self.session, office_id) not in (None, regency)]

    def drop_offices(self, office_ids: Sequence[str]) -> None:
        from .changes import StatsTouched

        drop_stats(self.session.connection(), StatsTouched(offices=set(office_ids)))

    # -- counting -----------------------------------------------------------------------------
    def _where(self, period: Period, scope: Scope, fact: Any = StatFact) -> list[Any]:
        return [_in_period(fact.on_date, period),
                *_scope_filter(scope, fact.office_id, fact.regency_code)]

    def counts(self, period: Period, scope: Scope, band: str = AGE_BAND,
               valued: Sequence[str] = ()) -> Counts:
        """One aggregate per query shape over the facts dated in the period: the cells; the
        ``ALL`` rows of multi-valued dimensions (distinct cases over their codes; for the
        others, whose cases have one code each, the sum of the codes); the values; the
        distinct persons of the cases that came in (``stat_case``)."""
        F = BY_DAY
        band_col = getattr(F, band)
        where = self._where(period, scope, F)
        distinct = func.count(F.case_id.distinct())
        cells: dict[tuple[str, str, str, str], int] = {}
        for dim, code, sex, group, n in self.session.execute(
                select(F.dim, F.code, F.sex, band_col, distinct)
                .where(*where).group_by(F.dim, F.code, F.sex, band_col)):
            cells[(dim, code, sex or "", group or "")] = n
        alls: dict[tuple[str, str, str, str], int] = defaultdict(int)
        for (dim, _code, sex, group), n in cells.items():
            if dim not in MULTI:
                alls[(dim, ALL, sex, group)] += n
        for dim, sex, group, n in self.session.execute(
                select(F.dim, F.sex, band_col, distinct)
                .where(*where, F.dim.in_(sorted(MULTI))).group_by(F.dim, F.sex, band_col)):
            alls[(dim, ALL, sex or "", group or "")] = n
        cells.update(alls)
        values: dict[tuple[str, str], list[int]] = defaultdict(list)
        if valued:
            for dim, code, value in self.session.execute(
                    select(StatFact.dim, StatFact.code, func.min(StatFact.value))
                    .where(*self._where(period, scope), StatFact.dim.in_(list(valued)),
                           StatFact.value.is_not(None))
                    .group_by(StatFact.dim, StatFact.code, StatFact.case_id)):
                values[(dim, code)].append(int(value))
        case_band = _BANDS[band][1]
        persons = {(sex or "", group or ""): n for sex, group, n in self.session.execute(
            select(StatCase.sex, case_band, func.count(StatCase.person_id.distinct()))
            .where(_in_period(StatCase.intake_date, period),
                   *_scope_filter(scope, StatCase.office_id, StatCase.regency_code))
            .group_by(StatCase.sex, case_band))}
        return Counts(period, scope, cells, {k: tuple(sorted(v)) for k, v in values.items()},
                      persons)

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
        for chunk in _chunks(ids, batch):
            facts: dict[str, list[Fact]] = defaultdict(list)
            for sub in _chunks(chunk):
                for r in self.session.execute(
                        select(StatFact.case_id, StatFact.dim, StatFact.code, StatFact.on_date,
                               StatFact.value).where(StatFact.case_id.in_(sub))):
                    facts[r.case_id].append(Fact(r.dim, r.code, r.on_date, r.value))
                for c in self.session.execute(select(StatCase).where(
                        StatCase.case_id.in_(sub))).scalars().all():
                    yield StatRow(c.case_id, c.person_id, c.office_id, c.regency_code,
                                  c.intake_date, c.sex, c.age_band, c.simfoni_band,
                                  tuple(sorted(facts.get(c.case_id, ()))))
