"""``uow.identities``: what decides whether a case's identity may leave for the province
(people, consents, casework record kinds) and which cases' identities left in which outgoing
bundle (``bundle_identity``: UU 27/2022, "which records were on that stick?")."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from ..services.sync import ports as p
from .apply_rows import _chunks
from .schema import Case, CaseRecord, Consent, Person
from .sync_repo import bundle_entry
from .sync_schema import BundleIdentity, BundleLog

_STREAM = 500  # rows per fetch of a streamed read


class SqlIdentityRepository:
    def __init__(self, session: Session, device_id: str) -> None:
        self.session = session
        self._device_id = device_id

    # -- what export needs to decide identities ------------------------------------------------
    def case_people(self) -> Iterator[p.CasePerson]:
        result = self.session.execute(
            select(Case.id, Case.person_id, Case.intake_date, Person.birth_date,
                   Person.estimated_age, Case.owner_device_id, Case.transferred_to)
            .join(Person, Person.id == Case.person_id).order_by(Case.id)
            .execution_options(yield_per=_STREAM))
        for row in result:
            yield p.CasePerson(*row)

    def consents_for_purpose(self, purpose: str) -> Iterator[Consent]:
        yield from self.session.execute(
            select(Consent).where(Consent.purpose == purpose)
            .order_by(Consent.case_id, Consent.given_on)
            .execution_options(yield_per=_STREAM)).scalars()

    def record_kinds(self) -> dict[str, str]:
        """Casework record id -> its form kind (which fields of a record are sensitive)."""
        return dict(self.session.execute(select(CaseRecord.id, CaseRecord.kind)).all())

    # -- identities that left the device -------------------------------------------------------
    def record_identities(self, bundle_id: str, rows: Iterable[tuple[str, str]]) -> None:
        modes = dict(rows)
        if any(mode not in (p.IDENTITAS, p.PSEUDONIM) for mode in modes.values()):
            raise ValueError("identity mode must be IDENTITAS or PSEUDONIM")
        values = [{"bundle_id": bundle_id, "case_id": c, "mode": m} for c, m in modes.items()]
        for start in range(0, len(values), 2_000):
            self.session.execute(insert(BundleIdentity), values[start:start + 2_000])

    def identities_in(self, bundle_id: str) -> list[tuple[str, str]]:
        return [tuple(r) for r in self.session.execute(
            select(BundleIdentity.case_id, BundleIdentity.mode)
            .where(BundleIdentity.bundle_id == bundle_id).order_by(BundleIdentity.case_id))]

    def bundles_with_case(self, case_id: str) -> list[p.BundleEntry]:
        carried = select(BundleIdentity.bundle_id).where(BundleIdentity.case_id == case_id)
        return [bundle_entry(row) for row in self.session.execute(
            select(BundleLog).where(BundleLog.direction == p.OUT,
                                    BundleLog.bundle_id.in_(carried))
            .order_by(BundleLog.id.desc())).scalars()]

    def cases_sent_only_as_pseudonym(self) -> set[str]:
        """Cases that left in outgoing bundles, always under their pseudonym."""
        return set(self.session.execute(
            select(BundleIdentity.case_id).group_by(BundleIdentity.case_id)
            .having(func.min(BundleIdentity.mode) == p.PSEUDONIM)   # IDENTITAS sorts first
            ).scalars())

    def resend_identity(self, case_ids: Iterable[str], fields: Mapping[str, Iterable[str]],
                        record_kinds: Iterable[str]) -> int:
        """Write the identity ``fields`` (per entity) of this device's own cases once more with
        the values they hold: an update event per row, so they leave with the next bundle.
        Casework records of ``record_kinds`` (forms with sensitive fields) resend their
        payload. Empty values stay as they are; returns the number of rows written."""
        own, kinds, touched = self._device_id, set(record_kinds), 0
        for chunk in _chunks(sorted(set(case_ids))):
            cases = self.session.execute(select(Case).where(
                Case.id.in_(chunk), Case.owner_device_id.in_((own, "")),
                Case.transferred_to == "")).scalars().all()
            ids = [c.id for c in cases]
            rows: list[Any] = [*cases, *self.session.execute(
                select(Person).where(Person.id.in_([c.person_id for c in cases]))).scalars(),
                *self.session.execute(select(Consent).where(Consent.case_id.in_(ids))).scalars()]
            rows += self.session.execute(select(CaseRecord).where(
                CaseRecord.case_id.in_(ids), CaseRecord.kind.in_(kinds))).scalars()
            for row in rows:
                wanted = ("payload",) if isinstance(row, CaseRecord) else \
                    fields.get(row.__tablename__, ())
                names = [f for f in wanted if getattr(row, f) not in (None, "", [], {})]
                for name in names:
                    flag_modified(row, name)
                touched += bool(names)
        self.session.flush()
        return touched
