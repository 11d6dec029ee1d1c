"""A Gugus Tugas PP-TPPO secretariat (ADR 0015): the same program as a PPT, told apart by its
office row's kind. A secretariat belongs to a province and to no regency."""
from __future__ import annotations

from .roles import Role
from .sync.card import ROLE_SECRETARIAT

OFFICE_KIND = ROLE_SECRETARIAT          # office.kind of a secretariat: "SEKRETARIAT"
BACKUP_SETTING = "secretariat"          # office setting holding the backup key's recipient
BACKUP_FIELD = "backup_recipient"       # its field: the public "age1…" recipient, never the key
NAME_PREFIX = "Sekretariat Gugus Tugas PP-TPPO Provinsi"


def is_secretariat(office_kind: str | None) -> bool:
    return office_kind == OFFICE_KIND


SECRETARIAT_ROLES = frozenset({Role.ADMIN.value, Role.SECRETARIAT_OFFICER.value})
PPT_ROLES = frozenset({Role.CASEWORKER.value, Role.SUPERVISOR.value, Role.ADMIN.value})


def office_roles(office_kind: str | None) -> frozenset[str]:
    """The roles a user of this office may have: a secretariat has administrators and
    officers (no casework roles: its register is read-only); a PPT has no officers."""
    return SECRETARIAT_ROLES if is_secretariat(office_kind) else PPT_ROLES


def suggested_name(province_name: str) -> str:
    """'Nusa Tenggara Timur' -> 'Sekretariat Gugus Tugas PP-TPPO Provinsi Nusa Tenggara Timur'
    (a province whose name already says 'Provinsi' keeps it once)."""
    name = " ".join(province_name.split())
    if name.upper().startswith("PROVINSI "):
        name = name[len("Provinsi "):]
    return f"{NAME_PREFIX} {name}".strip()
