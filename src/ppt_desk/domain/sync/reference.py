"""What a reference-data bundle carries, strictly read: the province's institution directory.

A reference bundle (manifest kind ``reference``) goes from the provincial secretariat to a PPT.
Its version is the manifest's ``reference_version``, which for this kind must be a positive
decimal integer (``"1"``, ``"2"`` …, no leading zeros): a PPT takes a set only with a higher
version than the one it applied last. Its body is exactly ``{}``. Its EVENT section holds no
events but the whole provincial set, one record per entry:

    {"item": "institution", "values": {"id": "prov-…", "name", "acronym", "category", "level",
     "province_code", "regency_code", "address", "phone", "email", "website",
     "contact_person", "services": [codes], "note", "active": true|false}}

Every key is required and no other is allowed. Ids start with ``prov-`` (the province chooses
the rest; they never collide with the national ``nas-`` ids or the office's own uuids), codes
come from the code lists the caller passes in, texts have the lengths the directory stores,
at most ``MAX_ITEMS`` entries, no id twice. The set replaces the previous provincial set
whole: an entry left out is gone, one to retire is sent with ``active`` false.

Pure: the standard library only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from ..errors import ValidationFailed
from ..institutions import PROVINCIAL_PREFIX, Institution, validate_institution
from .errors import BundleFormatError

MALFORMED = "malformed"
ITEM_INSTITUTION = "institution"
MAX_ITEMS = 5000
MAX_VERSION = 10**15
_VERSION = re.compile(r"^[1-9][0-9]{0,14}\Z")
_ID = re.compile("^" + re.escape(PROVINCIAL_PREFIX) + r"[a-z0-9][a-z0-9._-]{0,58}\Z")
_PROVINCE = re.compile(r"^(\d{2})?\Z")
_REGENCY = re.compile(r"^(\d{2}\.\d{2})?\Z")
MAX_SERVICES = 40
# text fields and their longest length (the directory's columns)
TEXTS = {"name": 200, "acronym": 40, "category": 30, "level": 20, "province_code": 13,
         "regency_code": 13, "address": 1000, "phone": 100, "email": 200, "website": 200,
         "contact_person": 200, "note": 2000}
KEYS = frozenset(TEXTS) | {"id", "services", "active"}


@dataclass(frozen=True)
class CodeSets:
    """The code lists entries are checked against."""

    categories: frozenset[str]
    levels: frozenset[str]
    services: frozenset[str]


def parse_version(text: Any) -> int:
    """A reference bundle's version from the manifest's ``reference_version``."""
    if not isinstance(text, str) or not _VERSION.match(text):
        raise BundleFormatError(MALFORMED, "reference version")
    return int(text)


def check_body(body: Any) -> None:
    if body != {}:
        raise BundleFormatError(MALFORMED, "reference body")


def to_record(inst: Institution) -> dict[str, Any]:
    """The EVENT record of one provincial entry."""
    values = {key: getattr(inst, key) for key in TEXTS}
    values.update(id=inst.id, services=list(inst.services), active=inst.active)
    return {"item": ITEM_INSTITUTION, "values": values}


def parse_item(record: Any, codes: CodeSets) -> Institution:
    """One record of a reference bundle; BundleFormatError("malformed") names the rule."""
    if not isinstance(record, dict) or set(record) != {"item", "values"} \
            or record["item"] != ITEM_INSTITUTION:
        raise BundleFormatError(MALFORMED, "reference item")
    values = record["values"]
    if not isinstance(values, dict) or set(values) != KEYS:
        raise BundleFormatError(MALFORMED, "reference item keys")
    if not isinstance(values["id"], str) or not _ID.match(values["id"]):
        raise BundleFormatError(MALFORMED, "reference item id")
    for key, limit in TEXTS.items():
        if not isinstance(values[key], str) or len(values[key]) > limit:
            raise BundleFormatError(MALFORMED, f"reference item {key}")
    if not _PROVINCE.match(values["province_code"]) or not _REGENCY.match(values["regency_code"]):
        raise BundleFormatError(MALFORMED, "reference item region")
    services = values["services"]
    if not isinstance(services, list) or len(services) > MAX_SERVICES \
            or not all(isinstance(s, str) for s in services) or len(set(services)) != len(services):
        raise BundleFormatError(MALFORMED, "reference item services")
    if not isinstance(values["active"], bool):
        raise BundleFormatError(MALFORMED, "reference item active")
    inst = Institution(services=tuple(services), active=values["active"],
                       **{key: values[key] for key in TEXTS}, id=values["id"])
    try:
        return validate_institution(inst, codes.categories, codes.levels, codes.services)
    except ValidationFailed as exc:
        raise BundleFormatError(MALFORMED, "reference item " + ",".join(
            sorted(exc.problems))) from None


def parse_items(records: Iterable[Any], codes: CodeSets,
                limit: int = MAX_ITEMS) -> tuple[Institution, ...]:
    """The whole provincial set: every record read, at most ``limit``, no id twice."""
    out: list[Institution] = []
    seen: set[str] = set()
    for record in records:
        if len(out) >= limit:
            raise BundleFormatError(MALFORMED, "reference items: too many")
        inst = parse_item(record, codes)
        if inst.id in seen:
            raise BundleFormatError(MALFORMED, "reference item twice")
        seen.add(inst.id)
        out.append(inst)
    return tuple(out)
