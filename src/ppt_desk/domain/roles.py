"""User roles and what each may do."""
from __future__ import annotations

from enum import Enum


class Role(str, Enum):
    CASEWORKER = "PENDAMPING"  # pendamping / pekerja sosial
    SUPERVISOR = "SUPERVISOR"
    ADMIN = "ADMIN"
    # At a Gugus Tugas secretariat (ADR 0015): imports the PPTs' bundles, decides conflicts and
    # possible duplicates, reads the provincial register; writes no case.
    SECRETARIAT_OFFICER = "PETUGAS_SEKRETARIAT"


def can_manage_users(roles: frozenset[str]) -> bool:
    return Role.ADMIN.value in roles


def can_see_cases(roles: frozenset[str]) -> bool:
    """Admins see case content only when also given a casework role; a secretariat officer
    reads the provincial register."""
    return bool(roles & {Role.CASEWORKER.value, Role.SUPERVISOR.value,
                         Role.SECRETARIAT_OFFICER.value})


def can_write_cases(roles: frozenset[str]) -> bool:
    """Registering and changing cases: casework roles only (an officer's register is
    read-only)."""
    return bool(roles & {Role.CASEWORKER.value, Role.SUPERVISOR.value})


def sees_all_cases(roles: frozenset[str]) -> bool:
    """Supervisors see every case of the office; caseworkers only their own and shared ones;
    a secretariat officer every case of the provincial register."""
    return bool(roles & {Role.SUPERVISOR.value, Role.SECRETARIAT_OFFICER.value})


def keeps_keys(roles: frozenset[str]) -> bool:
    """Enrolling and revoking devices, handing out this device's card, transferring a case:
    an administrator or a supervisor (at a secretariat: its administrators)."""
    return bool(roles & {Role.ADMIN.value, Role.SUPERVISOR.value})


def decides_office_items(roles: frozenset[str]) -> bool:
    """Deciding conflicts about the office's own data (directory, settings, users) and, at a
    secretariat, possible duplicates: key keepers and secretariat officers."""
    return keeps_keys(roles) or Role.SECRETARIAT_OFFICER.value in roles
