"""A Gugus Tugas PP-TPPO secretariat (ADR 0015): the same program as a PPT, told apart by its
office row's kind. A secretariat belongs to a province and to no regency."""
from __future__ import annotations

from .sync.card import ROLE_SECRETARIAT

OFFICE_KIND = ROLE_SECRETARIAT          # office.kind of a secretariat: "SEKRETARIAT"
BACKUP_SETTING = "secretariat"          # office setting holding the backup key's recipient
BACKUP_FIELD = "backup_recipient"       # its field: the public "age1…" recipient, never the key
NAME_PREFIX = "Sekretariat Gugus Tugas PP-TPPO Provinsi"


def is_secretariat(office_kind: str | None) -> bool:
    return office_kind == OFFICE_KIND


def suggested_name(province_name: str) -> str:
    """'Nusa Tenggara Timur' -> 'Sekretariat Gugus Tugas PP-TPPO Provinsi Nusa Tenggara Timur'
    (a province whose name already says 'Provinsi' keeps it once)."""
    name = " ".join(province_name.split())
    if name.upper().startswith("PROVINSI "):
        name = name[len("Provinsi "):]
    return f"{NAME_PREFIX} {name}".strip()
