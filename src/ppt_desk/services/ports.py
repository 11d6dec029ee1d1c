"""The ports the services need; storage and security implement them."""
from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from ..domain.intake import CaseIntake
from .dto import CaseDetail, CasePage, CaseQuery, OfficeProfile, UserInfo


class CaseRepository(Protocol):
    def add(self, intake: CaseIntake, office: OfficeProfile, derived: dict[str, Any]) -> tuple[str, str]:
        """Store a new person and case; return (case id, case number)."""

    def get(self, case_id: str) -> CaseDetail | None: ...

    def search(self, query: CaseQuery) -> CasePage: ...


class UserRepository(Protocol):
    def add(self, user: UserInfo) -> None: ...

    def get(self, user_id: str) -> UserInfo | None: ...

    def list(self) -> list[UserInfo]: ...

    def update(self, user: UserInfo) -> None: ...


class OfficeRepository(Protocol):
    def get(self) -> OfficeProfile | None: ...

    def save(self, office: OfficeProfile) -> None: ...


class DraftRepository(Protocol):
    def save(self, user_id: str, kind: str, payload: dict[str, Any]) -> None: ...

    def load(self, user_id: str, kind: str) -> dict[str, Any] | None: ...

    def discard(self, user_id: str, kind: str) -> None: ...


class UnitOfWork(Protocol):
    """``with uow:`` opens a transaction that rolls back unless ``commit()`` is called."""

    cases: CaseRepository
    users: UserRepository
    office: OfficeRepository
    drafts: DraftRepository
    actor_id: str | None

    def __enter__(self) -> "UnitOfWork": ...

    def __exit__(self, *exc: object) -> None: ...

    def commit(self) -> None: ...

    def record_action(self, action: str, entity: str, entity_id: str) -> None:
        """Audit an action that changes no record, e.g. viewing a case (no outbox event)."""


class Clock(Protocol):
    def today(self) -> date: ...
