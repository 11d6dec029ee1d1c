"""The ports the services need; storage and security implement them."""
from __future__ import annotations

from datetime import date
from pathlib import Path
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


class KeyVault(Protocol):
    """Key slots of the open database (implemented in ``storage`` over ``security``)."""

    def set_password(self, user_id: str, username: str, password: str) -> None: ...

    def remove_user(self, user_id: str) -> None: ...

    def new_recovery_code(self) -> str: ...


class OpenStore(KeyVault, Protocol):
    """The unlocked data store of one session: who signed in, and units of work over it."""

    @property
    def user(self) -> UserInfo: ...

    def uow(self) -> UnitOfWork: ...


class StoreGate(Protocol):
    """Hands the facades the open store; raises ``DomainError('locked')`` when there is none."""

    def open_store(self) -> OpenStore: ...


class DocumentWriter(Protocol):
    """Draws a printed document from its data (``ppt_desk.reporting``) into a file."""

    def write(self, document: str, data: Any, path: Path) -> None: ...
