"""Repositories: ORM rows in, frozen DTOs out."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, exists, func, or_, select, union
from sqlalchemy.orm import Session

from ..domain.errors import DomainError
from ..domain.ids import uuid7
from ..domain.intake import Address, CaseIntake, Guardian, IdentityDocument
from ..services.dto import (
    CaseDetail, CasePage, CaseQuery, CaseRow, OfficeProfile, TimelineEntry, UserInfo,
)
from ..domain.tracks import GROUP_SESSION
from .adopt import history_entries, with_history
from .conference_history import conference_events, conference_step, conference_subjects
from .schema import (
    Case, CaseModus, CaseRecord, CaseShare, Consent, DeviceState, Draft, GroupParticipant, Office,
    OutboxEvent, Person, SearchToken, StageChange, User,
)
from .case_query import (
    SetCondition as _SetCondition, fetch_known, narrow_by, no_index as _no_index, one_pass, pinned,
    selects_one_year as _selects_one_year, sort_term, token_filter as _token_filter,
)
from .dialect import is_postgres
from .search import NameIndex, tokens_for

# The full order of each sort: what an index gives, plus at most one more term (SQLite then
# sorts only ties; given more terms, its planner may choose to sort every match instead).
SORT_COLUMNS = {
    "case_number": (Case.year, Case.number_in_year),
    "full_name": (Person.full_name, Case.intake_date),
    "intake_date": (Case.intake_date, Case.number_in_year),
    "age": (Case.age_at_intake, Case.intake_date, Case.number_in_year),
    "victim_status": (Case.victim_status, Case.intake_date, Case.number_in_year),
    "assigned": (User.display_name, Case.intake_date, Case.number_in_year),
    "sex": (Person.sex, Person.full_name, Case.intake_date),
    "intake_channel": (Case.intake_channel, Case.intake_date, Case.number_in_year),
}
# Sorts on person columns: with many matches the query walks person's index in that order.
PERSON_SORTS = {"full_name", "sex"}
# At most this many matches: fetch them all, then sort. More: walk the sort column's index and
# stop after one page, testing each case against the (then broad) conditions. Break-even
# measured at 100k cases: ~1,500-2,000 matches.
SMALL_RESULT = 2_000
# Counting stops here (plus the page offset): "more than 5,000" is all a person needs, and
# counting every one of 100,000 matches of a first keystroke cost 100-200 ms.
COUNT_CAP = 5_000
# PostgreSQL: the case ids of a broad query word are fetched up to this many (case_query.py).
PAIRED_FETCH_CAP = 20_000


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def case_number(prefix: str, year: int, number: int) -> str:
    return f"{prefix}/{year}/{number:04d}"


class SqlCaseRepository:
    def __init__(self, session: Session, index: NameIndex) -> None:
        self.session = session
        self.index = index
        # PostgreSQL plans by estimates: it is given the matching case ids (case_query.py).
        self._pin_ids = is_postgres(session.get_bind())

    def next_number(self, office_id: str, year: int) -> int:
        current = self.session.execute(
            select(func.max(Case.number_in_year)).where(Case.office_id == office_id, Case.year == year)
        ).scalar()
        return (current or 0) + 1

    def add(self, intake: CaseIntake, office: OfficeProfile, derived: dict[str, Any]) -> tuple[str, str]:
        person = Person(id=uuid7(), **person_fields(intake))
        year = intake.intake_date.year
        number = self.next_number(office.id, year)
        now = _now()
        case = Case(
            id=uuid7(), case_number=case_number(office.case_prefix, year, number),
            office_id=office.id, year=year, number_in_year=number, person_id=person.id,
            created_at=now, updated_at=now, **case_fields(intake), **derived,
            owner_device_id=self.session.execute(select(DeviceState.device_id)).scalar_one(),
        )
        self.session.add(person)
        self.session.flush()  # no ORM relationships: the person row must exist first
        self.session.add(case)
        self.session.flush()
        self.session.add_all([CaseModus(case_id=case.id, code=code) for code in set(intake.modus)])
        tokens = tokens_for(intake.full_name, intake.aliases, intake.nik, case.case_number,
                            [doc.number for doc in intake.documents])
        self.session.add_all([SearchToken(token=t, case_id=case.id) for t in tokens])
        self.index.stage(tokens)
        self.session.flush()
        return case.id, case.case_number

    def get(self, case_id: str) -> CaseDetail | None:
        row = self.session.execute(
            select(Case, Person, User.display_name)
            .join(Person, Person.id == Case.person_id)
            .outerjoin(User, User.id == Case.assigned_user_id)
            .where(Case.id == case_id)
        ).first()
        if row is None:
            return None
        case, person, assigned = row
        return CaseDetail(
            id=case.id, case_number=case.case_number, person_id=person.id,
            intake=to_intake(case, person), age=case.age_at_intake, age_band=case.age_band,
            is_child=case.is_child, status=case.status, assigned_name=assigned or "",
            created_at=case.created_at, timeline=tuple(self.timeline(case.id, person.id)),
        )

    def intake(self, case_id: str) -> CaseIntake | None:
        """The case's intake alone, without the timeline ``get`` builds (the audience view)."""
        row = self.session.execute(
            select(Case, Person).join(Person, Person.id == Case.person_id)
            .where(Case.id == case_id)).first()
        return to_intake(*row) if row is not None else None

    def timeline(self, case_id: str, person_id: str) -> list[TimelineEntry]:
        rows = self.session.execute(
            select(OutboxEvent.created_at, OutboxEvent.entity, OutboxEvent.entity_id,
                   OutboxEvent.op, OutboxEvent.patch, User.display_name)
            .outerjoin(User, User.id == OutboxEvent.author_id)
            .where(or_(OutboxEvent.case_id == case_id,
                       and_(OutboxEvent.entity == "person", OutboxEvent.entity_id == person_id),
                       conference_events(case_id)))
            .order_by(OutboxEvent.device_seq)
        ).all()
        subjects = self._subjects(case_id)
        own = [TimelineEntry(at, entity, op, tuple(sorted(patch)), name or "",
                             subjects.get(entity_id, ""), note=conference_step(entity, patch))
               for at, entity, entity_id, op, patch, name in rows]
        return with_history(own, history_entries(self.session, case_id))

    def _subjects(self, case_id: str) -> dict[str, str]:
        """What each casework row of the case is about, for the timeline."""
        out: dict[str, str] = {}
        for rid, kind in self.session.execute(
                select(CaseRecord.id, CaseRecord.kind).where(CaseRecord.case_id == case_id)):
            out[rid] = kind
        for cid, source, target in self.session.execute(
                select(StageChange.id, StageChange.from_stage, StageChange.to_stage)
                .where(StageChange.case_id == case_id)):
            out[cid] = f"{source}>{target}"
        for cid, purpose in self.session.execute(
                select(Consent.id, Consent.purpose).where(Consent.case_id == case_id)):
            out[cid] = purpose
        for pid in self.session.execute(
                select(GroupParticipant.id).where(GroupParticipant.case_id == case_id)).scalars():
            out[pid] = GROUP_SESSION
        out.update(conference_subjects(self.session, case_id))
        return out

    def _scalar(self, stmt, *where) -> int:
        return self.session.execute(stmt.where(*where)).scalar_one()

    def _count_upto(self, rows, cap: int) -> int:
        """Rows of ``rows`` counted up to ``cap + 1`` (so "more than cap" can be told)."""
        limited = rows.limit(cap + 1).subquery()
        return self.session.execute(select(func.count()).select_from(limited)).scalar_one()

    def _set_conditions(self, query: CaseQuery) -> list[_SetCondition] | None:
        """Query words and modus, most selective first; None when one matches nothing."""
        sets: list[_SetCondition] = []
        if query.text.strip():
            for match in self.index.match_query(self.session, query.text):
                if match.prefix is None and not match.keys:
                    return None
                cond = _token_filter(match)
                known = None
                if self._pin_ids:
                    size, known = fetch_known(self.session, cond, COUNT_CAP)
                else:
                    size = self._count_upto(select(SearchToken.case_id).where(cond), COUNT_CAP)
                if size == 0:
                    return None
                sets.append(_SetCondition(
                    size, Case.id.in_(select(SearchToken.case_id).where(cond)),
                    exists().where(SearchToken.case_id == Case.id, cond),
                    # + keeps SQLite on the token range (not a scan of ix_search_token_case)
                    select(_no_index(SearchToken.case_id)).where(cond).distinct(),
                    select(SearchToken.case_id).where(cond),
                    _selects_one_year(match, self._pin_ids), known,
                    narrow_by(SearchToken.case_id, cond), cond))
        if query.visible_to:
            visible = union(select(Case.id).where(Case.assigned_user_id == query.visible_to),
                            select(CaseShare.case_id).where(CaseShare.user_id == query.visible_to))
            size = self._count_upto(select(visible.subquery().c[0]), COUNT_CAP)
            if size == 0:
                return None
            ids = select(visible.subquery().c[0])
            sets.append(_SetCondition(
                size, Case.id.in_(ids),
                or_(Case.assigned_user_id == query.visible_to,
                    exists().where(CaseShare.case_id == Case.id,
                                   CaseShare.user_id == query.visible_to)),
                ids, ids))
        if query.modus:
            cond = CaseModus.code == query.modus
            known = None
            if self._pin_ids:
                size, known = fetch_known(self.session, cond, COUNT_CAP, CaseModus.case_id)
            else:
                size = self._count_upto(select(CaseModus.case_id).where(cond), COUNT_CAP)
            sets.append(_SetCondition(
                size, Case.id.in_(select(CaseModus.case_id).where(cond)),
                exists().where(CaseModus.case_id == Case.id, cond),
                select(CaseModus.case_id).where(cond), select(CaseModus.case_id).where(cond),
                known=known, narrow=narrow_by(CaseModus.case_id, cond)))
        return sorted(sets, key=lambda item: item.size)

    def search(self, query: CaseQuery) -> CasePage:
        """One page of the register plus the number of matches.

        Conditions on other tables (query words, modus) are sized first (cheap index
        counts); the most selective one drives the count as ``IN``, the rest are
        ``EXISTS`` probes. The page is then fetched in one of two shapes, depending on
        the number of matches (see ``SMALL_RESULT``).
        """
        empty = CasePage((), 0, query.offset)
        filters = [(column, value) for column, value in (
            (Case.victim_status, query.victim_status),
            (Case.assigned_user_id, query.assigned_user_id), (Case.age_band, query.age_band),
            (Case.stage, query.stage),
        ) if value]
        simple = [column == value for column, value in filters]
        owners = [Case.owner_device_id.in_(query.owner_devices)] if query.owner_devices else []
        simple += owners
        sets = self._set_conditions(query)
        if sets is not None and self._pin_ids:
            sets = pinned(self.session, sets, PAIRED_FETCH_CAP)
        if sets is None:
            return empty
        driven = [sets[0].as_in, *(item.as_exists for item in sets[1:])] if sets else []
        cap = query.offset + COUNT_CAP
        if not sets and not simple:  # the whole register: one count of an index, exact
            total = self.session.execute(select(func.count()).select_from(Case)).scalar_one()
            cap = total
        elif len(sets) == 1 and not simple and sets[0].known is not None:
            total = len(sets[0].known)
        elif len(sets) == 1 and not simple:  # every token/modus row belongs to a case (FK)
            total = self._count_upto(sets[0].count_alone, cap)
        else:
            total = self._count_upto(select(Case.id).where(*simple, *driven), cap)
        more = total > cap
        total = min(total, cap)
        if total == 0:
            return empty
        columns = SORT_COLUMNS.get(query.sort, SORT_COLUMNS["intake_date"])
        order = [sort_term(c, query.descending) for c in columns]
        person_id = Person.id
        if total <= SMALL_RESULT:
            where = [*simple, *driven]
            if self._pin_ids:  # all of them, then sorted: PostgreSQL would walk an index
                order = [sort_term(c, query.descending, walked=False) for c in columns]
        else:
            # Unary + (SQLite: "don't use an index for this term") steers the plan onto the
            # sort column's index: persons are not looked up by id, so person's sort index is
            # walked; filter indexes are not used unless they also give the order.
            simple = [column == value if query.sort == "intake_date" or column is columns[0]
                      else _no_index(column) == value for column, value in filters] + owners
            if sets and sets[0].one_year:
                # The cases of one year sit together, often at the far end of the sort order:
                # probing each case passed on the way decrypts token pages for tens of
                # thousands of cases. Evaluated once into a temporary index instead (a
                # non-correlated IN; + keeps the planner walking the sort index).
                first = [_no_index(Case.id).in_(sets[0].ids)]
                if self._pin_ids:  # the year's cases, collected and sorted: not a long walk
                    first = [one_pass(Case.id.in_(sets[0].ids))]
                    order = [sort_term(c, query.descending, walked=False) for c in columns]
            else:
                first = [item.as_exists for item in sets[:1]]
            where = [*simple, *first, *(item.as_exists for item in sets[1:])]
            if query.sort in PERSON_SORTS:
                person_id = _no_index(Person.id)
            if query.sort == "assigned":
                return CasePage(self._by_caseworker(query, where), total, query.offset, more)
        rows = self._rows(where, order, person_id, query.offset, query.limit,
                          person_sort=query.sort in PERSON_SORTS,
                          by_caseworker_name=query.sort == "assigned")
        return CasePage(rows, total, query.offset, more)

    def _rows(self, where: list, order: list, person_id: Any, offset: int, limit: int,
              person_sort: bool = False, by_caseworker_name: bool = False
              ) -> tuple[CaseRow, ...]:
        if self._pin_ids and not person_sort:
            # PostgreSQL: the page's case ids first (case_file alone, in the sort order), then
            # their rows. Joined before the page was cut, person was joined to every match
            # (hash join over a scan of all of person: 636 matches of "maria g" read 2,600
            # pages of person for a page of 200).
            page = select(Case.id).where(*where).order_by(*order).offset(offset).limit(limit)
            if by_caseworker_name:
                page = page.outerjoin(User, User.id == Case.assigned_user_id)
            where, offset = [Case.id.in_(page.correlate(None))], 0
        rows = self.session.execute(
            select(Case.id, Case.case_number, Person.full_name, Person.sex, Case.age_at_intake,
                   Case.age_band, Case.intake_date, Case.intake_channel, Case.victim_status,
                   Case.modus, User.display_name, Case.owner_device_id)
            .join(Person, person_id == Case.person_id)
            .outerjoin(User, User.id == Case.assigned_user_id)
            .where(*where).order_by(*order).offset(offset).limit(limit)
        ).all()
        return tuple(CaseRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                             tuple(r[9] or ()), r[10] or "", r[11]) for r in rows)

    def _by_caseworker(self, query: CaseQuery, where: list) -> tuple[CaseRow, ...]:
        """Many matches sorted by caseworker: the caseworkers in name order (unassigned first
        when ascending, as SQL sorts NULL), each one's cases in date order from
        ``ix_case_assigned``, until the page is full."""
        ids_by_name: dict[str, list[str]] = {}
        for user_id, name in self.session.execute(select(User.id, User.display_name)):
            ids_by_name.setdefault(name, []).append(user_id)
        groups = [Case.assigned_user_id.is_(None)] + [
            Case.assigned_user_id.in_(ids_by_name[name]) for name in sorted(ids_by_name)]
        if query.descending:
            groups.reverse()
        order = [sort_term(c, query.descending) for c in SORT_COLUMNS["assigned"][1:]]
        skip, wanted, rows = query.offset, query.limit, []
        for group in groups:
            if skip:
                size = self._scalar(select(func.count()).select_from(Case), *where, group)
                if size <= skip:
                    skip -= size
                    continue
            page = self._rows([*where, group], order, Person.id, skip, wanted - len(rows))
            rows.extend(page)
            skip = 0
            if len(rows) >= wanted:
                break
        return tuple(rows)


def person_fields(intake: CaseIntake) -> dict[str, Any]:
    return dict(
        full_name=intake.full_name.strip(), aliases=[a.strip() for a in intake.aliases if a.strip()],
        sex=intake.sex, birth_date=intake.birth_date, estimated_age=intake.estimated_age,
        nik=intake.nik, documents=[{"doc_type": d.doc_type, "number": d.number, "note": d.note}
                                   for d in intake.documents],
        address_text=intake.origin.text, province_code=intake.origin.province_code,
        regency_code=intake.origin.regency_code, district_code=intake.origin.district_code,
        village_code=intake.origin.village_code, languages=list(intake.languages),
        needs_interpreter=intake.needs_interpreter, guardian_name=intake.guardian.name,
        guardian_relation=intake.guardian.relation, guardian_contact=intake.guardian.contact,
        citizenship=intake.citizenship or None,   # NULL = not recorded
    )


def case_fields(intake: CaseIntake) -> dict[str, Any]:
    return dict(
        intake_date=intake.intake_date, intake_channel=intake.intake_channel,
        referrer_kind=intake.referrer_kind, referrer_name=intake.referrer_name,
        victim_status=intake.victim_status, victim_role=intake.victim_role,
        modus=sorted(set(intake.modus)), assigned_user_id=intake.assigned_user_id, notes=intake.notes,
    )


def to_intake(case: Case, person: Person) -> CaseIntake:
    return CaseIntake(
        full_name=person.full_name, sex=person.sex, intake_date=case.intake_date,
        intake_channel=case.intake_channel, victim_status=case.victim_status,
        victim_role=case.victim_role, aliases=tuple(person.aliases or ()),
        birth_date=person.birth_date, estimated_age=person.estimated_age, nik=person.nik,
        documents=tuple(IdentityDocument(**d) for d in person.documents or ()),
        origin=Address(person.address_text, person.province_code, person.regency_code,
                       person.district_code, person.village_code),
        languages=tuple(person.languages or ()), needs_interpreter=person.needs_interpreter,
        citizenship=person.citizenship or "",
        guardian=Guardian(person.guardian_name, person.guardian_relation, person.guardian_contact),
        referrer_kind=case.referrer_kind, referrer_name=case.referrer_name,
        modus=tuple(case.modus or ()), assigned_user_id=case.assigned_user_id, notes=case.notes,
    )


class SqlUserRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def _dto(row: User) -> UserInfo:
        return UserInfo(row.id, row.username, row.display_name, frozenset(row.roles), row.active,
                        frozenset(row.grants or ()))

    def add(self, user: UserInfo) -> None:
        self.session.add(User(id=user.id, username=user.username, display_name=user.display_name,
                              roles=sorted(user.roles), active=user.active, created_at=_now(),
                              grants=sorted(user.grants)))
        self.session.flush()

    def get(self, user_id: str) -> UserInfo | None:
        row = self.session.get(User, user_id)
        return self._dto(row) if row else None

    def list(self) -> list[UserInfo]:
        return [self._dto(r) for r in self.session.execute(
            select(User).order_by(User.display_name)).scalars()]

    def update(self, user: UserInfo) -> None:
        row = self.session.get(User, user.id)
        if row is None:
            raise DomainError("unknown_user")
        row.display_name = user.display_name
        row.roles = sorted(user.roles)
        row.grants = sorted(user.grants)
        row.active = user.active
        self.session.flush()


class SqlOfficeRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self) -> OfficeProfile | None:
        """This office: the one set up on this device. A store that receives bundles holds
        other offices' rows too (their ``office`` create events)."""
        row = self.session.execute(
            select(Office).join(DeviceState, DeviceState.device_id == Office.device_id)
        ).scalars().first() or self.session.execute(select(Office)).scalars().first()
        if row is None:
            return None
        return OfficeProfile(row.name, row.kind, row.province_code, row.regency_code,
                             row.case_prefix, row.device_id, row.id)

    def save(self, office: OfficeProfile) -> None:
        row = self.session.get(Office, office.id) if office.id else None
        if row is None:
            self.session.add(Office(id=office.id or uuid7(), name=office.name, kind=office.kind,
                                    province_code=office.province_code,
                                    regency_code=office.regency_code,
                                    case_prefix=office.case_prefix, device_id=office.device_id))
        else:
            row.name, row.kind = office.name, office.kind
            row.province_code, row.regency_code = office.province_code, office.regency_code
            row.case_prefix = office.case_prefix
        self.session.flush()


class SqlDraftRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def save(self, user_id: str, kind: str, payload: dict[str, Any]) -> None:
        row = self.session.execute(
            select(Draft).where(Draft.user_id == user_id, Draft.kind == kind)).scalars().first()
        if row is None:
            self.session.add(Draft(id=uuid7(), user_id=user_id, kind=kind, payload=payload,
                                   updated_at=_now()))
        else:
            row.payload = payload
            row.updated_at = _now()
        self.session.flush()

    def load(self, user_id: str, kind: str) -> dict[str, Any] | None:
        row = self.session.execute(
            select(Draft.payload).where(Draft.user_id == user_id, Draft.kind == kind)).first()
        return dict(row[0]) if row else None

    def discard(self, user_id: str, kind: str) -> None:
        self.session.execute(delete(Draft).where(Draft.user_id == user_id, Draft.kind == kind))
