"""User roles and what each may do."""
from __future__ import annotations

from enum import Enum


class Role(str, Enum):
    CASEWORKER = "PENDAMPING"  # pendamping / pekerja sosial
    SUPERVISOR = "SUPERVISOR"
    ADMIN = "ADMIN"


def can_manage_users(roles: frozenset[str]) -> bool:
    return Role.ADMIN.value in roles


def can_see_cases(roles: frozenset[str]) -> bool:
    """Admins see case content only when also given a casework role."""
    return bool(roles & {Role.CASEWORKER.value, Role.SUPERVISOR.value})


def sees_all_cases(roles: frozenset[str]) -> bool:
    """Supervisors see every case of the office; caseworkers only their own and shared ones."""
    return Role.SUPERVISOR.value in roles
