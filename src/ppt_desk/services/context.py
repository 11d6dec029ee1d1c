"""Who is acting, and the code lists the rules check against."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.codelists import CodeLists
from ..domain.errors import DomainError
from ..domain.intake import IntakeVocabulary
from ..domain.roles import can_manage_users, can_see_cases, can_write_cases, sees_all_cases
from .dto import UserInfo


class SystemClock:
    def today(self) -> date:
        return date.today()


@dataclass(frozen=True)
class Actor:
    user: UserInfo

    @property
    def id(self) -> str:
        return self.user.id

    @property
    def sees_all_cases(self) -> bool:
        """Supervisors see every case of the office; caseworkers their own and shared ones."""
        return sees_all_cases(self.user.roles)

    @property
    def grants(self) -> frozenset[str]:
        """Access to restricted data (HIV/STI and reproductive health, perpetrators)."""
        return self.user.grants

    @property
    def is_admin(self) -> bool:
        return can_manage_users(self.user.roles)

    def require_casework(self) -> None:
        if not can_see_cases(self.user.roles):
            raise DomainError("needs_casework_role")

    def require_case_writer(self) -> None:
        """Registering or changing a case (a secretariat officer reads the register only)."""
        if not can_write_cases(self.user.roles):
            raise DomainError("needs_casework_role")

    def require_admin(self) -> None:
        if not can_manage_users(self.user.roles):
            raise DomainError("needs_admin_role")


def intake_vocabulary(lists: CodeLists) -> IntakeVocabulary:
    return IntakeVocabulary(
        sexes=frozenset(lists["sex"].codes()),
        channels=frozenset(lists["intake_channel"].codes()),
        statuses=frozenset(lists["victim_status"].codes()),
        roles=frozenset(lists["victim_role"].codes()),
        modus=frozenset(lists["modus"].codes()),
        doc_types=frozenset(lists["identity_doc_type"].codes()),
        languages=frozenset(lists["language"].codes()),
        countries=frozenset(lists["country"].codes()),
    )
