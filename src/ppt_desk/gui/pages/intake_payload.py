"""The intake form's values as a JSON-safe dict (the draft) and as a ``CaseIntake``.

Kept apart from the widgets so the conversion can be read (and tested) on its own.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from ...domain.intake import Address, CaseIntake, Guardian, IdentityDocument

DRAFT_VERSION = 1


def _date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def to_intake(p: dict[str, Any], is_child: bool | None) -> CaseIntake:
    """Build the record from the form values; the backend validates it."""
    mode = p.get("age_mode") or ""
    birth = _date(p.get("birth_date")) if mode == "birth" else None
    estimate = p.get("estimated_age") if mode == "estimate" else None
    origin = list(p.get("origin") or []) + ["", "", "", ""]
    guardian = Guardian()
    if is_child:
        guardian = Guardian(p.get("guardian_name", "").strip(), p.get("guardian_relation", ""),
                            p.get("guardian_contact", "").strip())
    aliases = tuple(a.strip() for a in str(p.get("aliases", "")).split(",") if a.strip())
    return CaseIntake(
        full_name=str(p.get("full_name", "")).strip(),
        sex=p.get("sex", ""),
        intake_date=_date(p.get("intake_date")) or date.today(),
        intake_channel=p.get("intake_channel", ""),
        victim_status=p.get("victim_status", ""),
        victim_role=p.get("victim_role", ""),
        aliases=aliases,
        birth_date=birth,
        estimated_age=int(estimate) if estimate is not None else None,
        nik=str(p.get("nik", "")).strip(),
        documents=tuple(IdentityDocument(t, n) for t, n in p.get("documents", [])),
        origin=Address(str(p.get("address_text", "")).strip(), *origin[:4]),
        languages=tuple(p.get("languages", [])),
        needs_interpreter=bool(p.get("needs_interpreter")),
        citizenship=str(p.get("citizenship") or ""),
        guardian=guardian,
        referrer_kind=p.get("referrer_kind", ""),
        referrer_name=str(p.get("referrer_name", "")).strip(),
        modus=tuple(p.get("modus", [])),
        assigned_user_id=p.get("assigned_user_id") or None,
        notes=str(p.get("notes", "")).strip(),
    )


def has_content(p: dict[str, Any]) -> bool:
    """Whether the user typed anything worth keeping as a draft."""
    return bool(str(p.get("full_name", "")).strip() or p.get("nik") or p.get("documents")
                or p.get("modus") or str(p.get("notes", "")).strip()
                or str(p.get("address_text", "")).strip())
