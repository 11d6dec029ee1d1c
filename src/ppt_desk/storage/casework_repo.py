"""Casework rows: records, stage changes, consents, shares and the derived case summary."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from ..domain import casework as cw
from ..domain.errors import DomainError
from ..domain.ids import uuid7
from ..services.dto import (
    CaseloadRow, ConsentInput, MissingRow, RecordInfo, StageChangeInfo, UserInfo,
)
from .repositories import SqlUserRepository
from .schema import (
    Case, CaseRecord, CaseShare, CaseSummary, Consent, Person, StageChange, User,
)

SUMMARY_VERSION = 2  # 2: next_visit_kind (any visit form, not only home visits)


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass(frozen=True)
class CaseHeader:
    """The case fields casework rules and access checks need."""

    id: str
    case_number: str
    full_name: str
    stage: str
    stage_since: date | None
    status: str
    victim_status: str
    assigned_user_id: str | None
    intake_date: date
    birth_date: date | None
    estimated_age: int | None
    facts: dict[str, Any]
    owner_device_id: str = ""
    ownership_epoch: int = 0
    transferred_to: str = ""

    @property
    def since(self) -> date:
        return self.stage_since or self.intake_date


def summary_columns(s: cw.CaseSummary) -> dict[str, Any]:
    """The ``case_summary`` columns of a summary (ORM writes and the bulk writer)."""
    return {"version": SUMMARY_VERSION, "last_progress": s.last_progress,
            "missing": list(s.missing), "missing_count": len(s.missing),
            "allowance_start": s.allowance_start, "allowance_open": s.allowance_open,
            "next_visit": s.next_visit, "next_visit_kind": s.next_visit_kind,
            "closed": s.closed}


def _header(case: Case, person: Person) -> CaseHeader:
    facts = cw.case_facts(person.full_name, person.sex, case.age_at_intake,
                          person.province_code, case.modus, case.age_band)
    return CaseHeader(case.id, case.case_number, person.full_name, case.stage, case.stage_since,
                      case.status, case.victim_status, case.assigned_user_id, case.intake_date,
                      person.birth_date, person.estimated_age, facts, case.owner_device_id,
                      case.ownership_epoch, case.transferred_to)


# Hari ini lists only the cases worked on here: not a copy left by a transfer (read-only).
HELD_HERE = Case.transferred_to == ""


def _visible_to(user_id: str):
    """Cases a caseworker may see: assigned to them or shared with them."""
    return or_(Case.assigned_user_id == user_id,
               Case.id.in_(select(CaseShare.case_id).where(CaseShare.user_id == user_id)))


class SqlCaseworkRepository:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._names: dict[str, str] | None = None

    def user_name(self, user_id: str | None) -> str:
        """A user's display name ("" for none or unknown), from one read of the users."""
        if self._names is None:
            self._names = dict(self.session.execute(select(User.id, User.display_name)).all())
        return self._names.get(user_id or "", "")

    # -- case ----------------------------------------------------------------------------
    def header(self, case_id: str) -> CaseHeader | None:
        row = self.session.execute(
            select(Case, Person).join(Person, Person.id == Case.person_id).where(Case.id == case_id)
        ).first()
        return None if row is None else _header(*row)

    def summary_inputs(self, case_ids: list[str]) -> list[tuple[CaseHeader, list[CaseRecord]]]:
        """Headers and records of many cases in two queries (summary rebuilds)."""
        if not case_ids:
            return []
        rows = self.session.execute(
            select(Case, Person).join(Person, Person.id == Case.person_id)
            .where(Case.id.in_(case_ids))).all()
        records: dict[str, list[CaseRecord]] = {}
        for rec in self.session.execute(
                select(CaseRecord).where(CaseRecord.case_id.in_(case_ids))).scalars():
            records.setdefault(rec.case_id, []).append(rec)
        return [(_header(case, person), records.get(case.id, [])) for case, person in rows]

    def is_shared_with(self, case_id: str, user_id: str) -> bool:
        return self.session.execute(
            select(CaseShare.id).where(CaseShare.case_id == case_id, CaseShare.user_id == user_id)
        ).first() is not None

    def update_case(self, case_id: str, **values: Any) -> None:
        case = self.session.get(Case, case_id)
        if case is None:
            raise DomainError("case_not_found")
        for key, value in values.items():
            setattr(case, key, value)
        case.updated_at = _now()

    # -- records -------------------------------------------------------------------------
    def records(self, case_id: str) -> list[CaseRecord]:
        return list(self.session.execute(
            select(CaseRecord).where(CaseRecord.case_id == case_id)
            .order_by(CaseRecord.record_date, CaseRecord.created_at)).scalars())

    def record(self, record_id: str) -> CaseRecord | None:
        return self.session.get(CaseRecord, record_id)

    def add_record(self, case_id: str, kind: str, stage: str, payload: dict[str, Any],
                   record_date: date | None, due_date: date | None, author: str | None,
                   today: date) -> str:
        now = _now()
        row = CaseRecord(id=uuid7(), case_id=case_id, kind=kind, stage=stage, payload=payload,
                         record_date=record_date, due_date=due_date, created_by=author,
                         created_at=now, updated_at=now, updated_on=today)
        self.session.add(row)
        self.session.flush()
        return row.id

    def update_record(self, row: CaseRecord, payload: dict[str, Any], record_date: date | None,
                      due_date: date | None, today: date) -> None:
        row.payload = payload
        row.record_date = record_date
        row.due_date = due_date
        row.updated_at = _now()
        row.updated_on = today
        self.session.flush()

    def record_info(self, row: CaseRecord) -> RecordInfo:
        return RecordInfo(row.id, row.kind, row.stage, row.record_date, row.due_date,
                          dict(row.payload), self.user_name(row.created_by), row.created_at,
                          row.updated_at, row.version)

    # -- stage changes -------------------------------------------------------------------
    def add_stage_change(self, case_id: str, source: str, target: str, record_id: str | None,
                         reason: str, status: str, author: str | None,
                         previous: dict[str, Any], today: date) -> StageChange:
        now = _now()
        row = StageChange(id=uuid7(), case_id=case_id, from_stage=source, to_stage=target,
                          record_id=record_id, reason=reason, status=status,
                          requested_by=author, requested_at=now, previous=previous)
        if status == "APPLIED":
            row.decided_by, row.decided_at, row.decided_on = author, now, today
        self.session.add(row)
        self.session.flush()
        return row

    def stage_change(self, change_id: str) -> StageChange | None:
        return self.session.get(StageChange, change_id)

    def decide(self, row: StageChange, status: str, reviewer: str | None, comment: str,
               today: date, previous: dict[str, Any] | None = None) -> None:
        row.status = status
        row.decided_by = reviewer
        row.decided_at = _now()
        row.decided_on = today
        row.review_comment = comment
        if previous is not None:
            row.previous = previous
        self.session.flush()

    def stage_changes(self, case_id: str) -> list[StageChange]:
        return list(self.session.execute(
            select(StageChange).where(StageChange.case_id == case_id)
            .order_by(StageChange.requested_at)).scalars())

    def change_info(self, row: StageChange, case_number: str = "") -> StageChangeInfo:
        kind = None
        if row.record_id:
            kind = self.session.execute(
                select(CaseRecord.kind).where(CaseRecord.id == row.record_id)).scalar()
        return StageChangeInfo(
            row.id, row.case_id, row.from_stage, row.to_stage, row.status, row.reason,
            row.record_id, kind, row.requested_by, self.user_name(row.requested_by),
            row.requested_at, self.user_name(row.decided_by), row.decided_at, row.review_comment,
            case_number)

    def pending_changes(self, case_ids: list[str] | None = None) -> list[StageChangeInfo]:
        stmt = (select(StageChange, Case.case_number).join(Case, Case.id == StageChange.case_id)
                .where(StageChange.status == "PENDING", HELD_HERE)
                .order_by(StageChange.requested_at))
        if case_ids is not None:
            stmt = stmt.where(StageChange.case_id.in_(case_ids))
        return [self.change_info(row, number) for row, number in self.session.execute(stmt)]

    def returned_changes(self, user_id: str) -> list[tuple[StageChange, str, str]]:
        """Changes this user asked for that were returned and not asked for again since."""
        later = aliased(StageChange)
        stmt = (select(StageChange, Case.case_number, Person.full_name)
                .join(Case, Case.id == StageChange.case_id)
                .join(Person, Person.id == Case.person_id)
                .where(StageChange.status == "RETURNED", StageChange.requested_by == user_id,
                       # only while the case is still this user's (not after a handover)
                       _visible_to(user_id),
                       ~select(later.id).where(later.case_id == StageChange.case_id,
                                               later.requested_at > StageChange.requested_at)
                       .exists()))
        return list(self.session.execute(stmt).all())

    # -- consents ------------------------------------------------------------------------
    def consents(self, case_id: str) -> list[Consent]:
        return list(self.session.execute(
            select(Consent).where(Consent.case_id == case_id).order_by(Consent.given_on))
            .scalars())

    def consent(self, consent_id: str) -> Consent | None:
        return self.session.get(Consent, consent_id)

    def add_consent(self, case_id: str, c: ConsentInput, author: str | None) -> str:
        row = Consent(id=uuid7(), case_id=case_id, purpose=c.purpose, agency=c.agency.strip(),
                      given_by=c.given_by, giver_name=c.giver_name.strip(),
                      legal_basis=c.legal_basis.strip(), given_on=c.given_on, method=c.method,
                      note=c.note.strip(), valid_until=c.valid_until, recorded_by=author,
                      created_at=_now(), scope=sorted(set(c.scope)))
        self.session.add(row)
        self.session.flush()
        return row.id

    def withdraw(self, row: Consent, on: date, note: str) -> None:
        row.withdrawn_on = on
        row.withdrawal_note = note
        self.session.flush()

    # -- shares --------------------------------------------------------------------------
    def shared_with(self, case_id: str) -> list[UserInfo]:
        rows = self.session.execute(
            select(User).join(CaseShare, CaseShare.user_id == User.id)
            .where(CaseShare.case_id == case_id).order_by(User.display_name)).scalars()
        return [SqlUserRepository._dto(u) for u in rows]

    def share(self, case_id: str, user_id: str, author: str | None) -> None:
        if self.is_shared_with(case_id, user_id):
            return
        self.session.add(CaseShare(id=uuid7(), case_id=case_id, user_id=user_id,
                                   shared_by=author, created_at=_now()))
        self.session.flush()

    def unshare(self, case_id: str, user_id: str) -> None:
        row = self.session.execute(
            select(CaseShare).where(CaseShare.case_id == case_id, CaseShare.user_id == user_id)
        ).scalar_one_or_none()
        if row is not None:
            self.session.delete(row)
            self.session.flush()

    # -- summary -------------------------------------------------------------------------
    def save_summary(self, case_id: str, s: cw.CaseSummary) -> None:
        row = self.session.get(CaseSummary, case_id)
        if row is None:
            row = CaseSummary(case_id=case_id)
            self.session.add(row)
        for key, value in summary_columns(s).items():
            setattr(row, key, value)

    def stale_summaries(self, limit: int) -> list[str]:
        """Cases without an up-to-date summary (new after an upgrade, or older rules)."""
        return list(self.session.execute(
            select(Case.id).outerjoin(CaseSummary, CaseSummary.case_id == Case.id)
            .where(or_(CaseSummary.case_id.is_(None), CaseSummary.version != SUMMARY_VERSION))
            .limit(limit)).scalars())

    def open_cases(self, visible_to: str | None, today: date, rules: cw.CaseworkRules,
                   only_due: bool) -> list[tuple[str, str, str, str, cw.CaseSummary]]:
        """Open cases held here as (case id, number, name, assigned user id, summary): those
        visible to ``visible_to`` (None: all), and with ``only_due`` only those that may have
        something due (SQL narrows; ``domain.casework.due_items`` decides)."""
        shortest = min(rules.stage_max_days.values(), default=36500)
        visit_by = today + timedelta(days=rules.home_visit_warn_days)
        stmt = (select(Case.id, Case.case_number, Person.full_name, Case.assigned_user_id,
                       Case.stage, Case.stage_since, Case.intake_date, CaseSummary.last_progress,
                       CaseSummary.missing, CaseSummary.allowance_start,
                       CaseSummary.allowance_open, CaseSummary.next_visit, CaseSummary.closed,
                       CaseSummary.next_visit_kind)
                .join(CaseSummary, CaseSummary.case_id == Case.id)
                .join(Person, Person.id == Case.person_id)
                .where(CaseSummary.closed.is_(False), HELD_HERE))
        if only_due:
            stmt = stmt.where(or_(
                CaseSummary.last_progress <= today - timedelta(days=shortest),
                and_(CaseSummary.allowance_open.is_(True), CaseSummary.allowance_start.is_not(None)),
                CaseSummary.next_visit <= visit_by))
        if visible_to is not None:
            stmt = stmt.where(_visible_to(visible_to))
        return [(r[0], r[1], r[2], r[3] or "",
                 cw.CaseSummary(r[4], r[5] or r[6], r[7], tuple(r[8] or ()), r[9], bool(r[10]),
                                r[11], bool(r[12]), r[13] or ""))
                for r in self.session.execute(stmt.order_by(Case.intake_date))]

    def overdue_by_caseworker(self, today: date, rules: cw.CaseworkRules) -> dict[str, int]:
        """Open cases with something overdue, per assigned caseworker, counted in SQL with
        the same thresholds as ``domain.casework.due_items`` (a test holds them equal)."""
        stale = [and_(Case.stage == stage, CaseSummary.last_progress < today - timedelta(days=days))
                 for stage, days in rules.stage_max_days.items()]
        allowance_over = and_(
            CaseSummary.allowance_open.is_(True), Case.stage == cw.PROTECTION,
            CaseSummary.allowance_start <= today - timedelta(days=rules.allowance.phase2_days))
        overdue = or_(*stale, allowance_over, CaseSummary.next_visit < today)
        rows = self.session.execute(
            select(Case.assigned_user_id, func.count())
            .join(CaseSummary, CaseSummary.case_id == Case.id)
            .where(CaseSummary.closed.is_(False), HELD_HERE, overdue)
            .group_by(Case.assigned_user_id)).all()
        return {user_id or "": count for user_id, count in rows}

    def caseload(self) -> list[CaseloadRow]:
        rows = self.session.execute(
            select(User.id, User.display_name, func.count(Case.id))
            .join(Case, Case.assigned_user_id == User.id)
            .join(CaseSummary, CaseSummary.case_id == Case.id)
            .where(CaseSummary.closed.is_(False), HELD_HERE)
            .group_by(User.id, User.display_name).order_by(User.display_name)).all()
        return [CaseloadRow(uid, name, count, 0) for uid, name, count in rows]

    def missing_rows(self, limit: int) -> tuple[list[MissingRow], int]:
        where = (CaseSummary.closed.is_(False), CaseSummary.missing_count > 0, HELD_HERE)
        total = self.session.execute(
            select(func.count()).select_from(CaseSummary).join(Case, Case.id == CaseSummary.case_id)
            .where(*where)).scalar_one()
        rows = self.session.execute(
            select(Case.id, Case.case_number, Person.full_name, User.display_name,
                   CaseSummary.missing)
            .join(CaseSummary, CaseSummary.case_id == Case.id)
            .join(Person, Person.id == Case.person_id)
            .outerjoin(User, User.id == Case.assigned_user_id)
            .where(*where)
            # the index's own order: the walk stops after ``limit`` rows
            .order_by(CaseSummary.closed, CaseSummary.missing_count.desc()).limit(limit)).all()
        return [MissingRow(r[0], r[1], r[2], r[3] or "", tuple(r[4])) for r in rows], total
