"""The institution directory: where a PPT refers victims and with whom it coordinates
(digest §4.6). National bodies ship as data (resources/institutions/national.json); the
office adds its provincial, district and village partners in the app.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable

from .consent import normalise_agency
from .errors import ValidationFailed

NATIONAL_PREFIX = "nas-"
PROVINCIAL_PREFIX = "prov-"   # the province's entries (reference bundles, domain/sync/reference)


@dataclass(frozen=True)
class Institution:
    id: str
    name: str
    category: str
    level: str
    acronym: str = ""
    province_code: str = ""
    regency_code: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    contact_person: str = ""
    services: tuple[str, ...] = ()
    note: str = ""
    active: bool = True
    version: int = 0
    website: str = ""

    @property
    def national(self) -> bool:
        """Shipped with the app (read-only) rather than added by the office."""
        return self.id.startswith(NATIONAL_PREFIX)

    @property
    def provincial(self) -> bool:
        """Sent by the provincial secretariat (read-only, replaced by its next set)."""
        return self.id.startswith(PROVINCIAL_PREFIX)

    @property
    def read_only(self) -> bool:
        """Not the office's own entry: it cannot be changed here."""
        return self.national or self.provincial

    @property
    def display(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def names(self) -> tuple[str, ...]:
        """The names a consent may use for this institution."""
        return tuple(n for n in (self.name, self.acronym, self.display) if n)

    def matches(self, text: str) -> bool:
        words = normalise_agency(text).split()
        hay = normalise_agency(" ".join((self.name, self.acronym, self.note)))
        return all(w in hay for w in words)


def load_national(path: Path) -> tuple[Institution, ...]:
    if not path.exists():
        return ()
    raw = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for item in raw["institutions"]:
        if not item["id"].startswith(NATIONAL_PREFIX):
            raise ValueError(f"national institution id must start with {NATIONAL_PREFIX!r}")
        out.append(Institution(
            id=item["id"], name=item["name"], category=item["category"], level=item["level"],
            acronym=item.get("acronym", ""), province_code=item.get("province_code", ""),
            regency_code=item.get("regency_code", ""), address=item.get("address", ""),
            phone=item.get("phone", ""), email=item.get("email", ""),
            services=tuple(item.get("services", ())), note=item.get("note", ""),
            website=item.get("website", "")))
    return tuple(out)


def validate_institution(inst: Institution, categories: frozenset[str], levels: frozenset[str],
                         services: frozenset[str]) -> Institution:
    problems: dict[str, str] = {}
    clean = replace(inst, name=" ".join(inst.name.split()), acronym=inst.acronym.strip(),
                    address=inst.address.strip(), phone=inst.phone.strip(),
                    email=inst.email.strip(), contact_person=inst.contact_person.strip(),
                    note=inst.note.strip())
    if not clean.name:
        problems["name"] = "required"
    elif len(clean.name) > 200:
        problems["name"] = "too_long"
    if clean.category not in categories:
        problems["category"] = "required" if not clean.category else "unknown_code"
    if clean.level not in levels:
        problems["level"] = "required" if not clean.level else "unknown_code"
    if any(s not in services for s in clean.services):
        problems["services"] = "unknown_code"
    if clean.email and ("@" not in clean.email or " " in clean.email):
        problems["email"] = "invalid_email"
    if clean.regency_code and not clean.regency_code.startswith(clean.province_code + "."):
        problems["regency_code"] = "region_mismatch"
    if problems:
        raise ValidationFailed(problems)
    return clean


def named(items: Iterable[Institution], text: str) -> Institution | None:
    """The institution ``text`` names by its name, acronym or "name (acronym)", if any."""
    wanted = normalise_agency(text)
    if not wanted:
        return None
    return next((i for i in items if wanted in {normalise_agency(n) for n in i.names()}),
                None)


def search(items: Iterable[Institution], text: str = "", category: str = "",
           include_inactive: bool = False) -> list[Institution]:
    out = [i for i in items
           if (include_inactive or i.active) and (not category or i.category == category)
           and (not text.strip() or i.matches(text))]
    # the office's own partners first: those are the ones a caseworker refers to every week
    return sorted(out, key=lambda i: (i.national, normalise_agency(i.name)))
