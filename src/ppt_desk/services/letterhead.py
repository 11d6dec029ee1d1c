"""The office letterhead (Kop surat) and signatory printed on documents."""
from __future__ import annotations

from typing import Any

from ..domain.errors import DomainError, ValidationFailed
from .context import Actor
from .change_set import ChangeSet
from .dto import Letterhead, OfficeProfile, Signatory
from .ports import UnitOfWork

LETTERHEAD_SETTING = "letterhead"
LETTERHEAD_KEYS = ("parent_lines", "address", "phone", "email", "city", "head_name",
                   "head_position", "head_nip")
MAX_PARENT_LINES = 4
MAX_LETTERHEAD_TEXT = 200


def letterhead_values(uow: UnitOfWork) -> dict[str, Any]:
    with uow:
        stored = uow.settings.office_setting(LETTERHEAD_SETTING) or {}
    return {key: stored.get(key, [] if key == "parent_lines" else "") for key in LETTERHEAD_KEYS}


def save_letterhead(uow: UnitOfWork, actor: Actor, values: dict[str, Any]) -> ChangeSet:
    """The office letterhead and signatory for printed documents: supervisors and admins."""
    if not (actor.sees_all_cases or actor.is_admin):
        raise DomainError("needs_supervisor_role")
    clean: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for key in LETTERHEAD_KEYS:
        value = values.get(key, [] if key == "parent_lines" else "")
        if key == "parent_lines":
            clean[key] = [" ".join(str(v).split()) for v in value if str(v).strip()]
            if len(clean[key]) > MAX_PARENT_LINES:
                problems[key] = "too_many_lines"
            elif any(len(line) > MAX_LETTERHEAD_TEXT for line in clean[key]):
                problems[key] = "too_long"
        else:
            clean[key] = " ".join(str(value).split())
            if len(clean[key]) > MAX_LETTERHEAD_TEXT:
                problems[key] = "too_long"
    if clean["email"] and ("@" not in clean["email"] or " " in clean["email"]):
        problems["email"] = "invalid_email"
    if problems:
        raise ValidationFailed(problems)
    with uow:
        # Tracked rows: an outbox event and an audit entry per changed field (ADR 0011).
        uow.settings.save_office_setting(LETTERHEAD_SETTING, clean)
        uow.commit()
    return ChangeSet(letterhead=True)


def printed_letterhead(uow: UnitOfWork) -> tuple[
        Letterhead, dict[str, Any], OfficeProfile | None]:
    """The printed letterhead, the stored values (for the signatory) and the office."""
    values = uow.settings.office_setting(LETTERHEAD_SETTING) or {}
    office = uow.office.get()
    return Letterhead(office.name if office else "", tuple(values.get("parent_lines", ())),
                      values.get("address", ""), values.get("phone", ""),
                      values.get("email", ""), values.get("city", "")), values, office


def head(values: dict[str, Any], office_name: str) -> Signatory:
    return Signatory(values.get("head_position") or f"Kepala {office_name}",
                     values.get("head_name", ""), "", values.get("head_nip", ""))
