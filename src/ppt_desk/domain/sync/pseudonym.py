"""What of a case may leave the device for the secretariat, and what stands in for the rest.

A case whose consent ledger does not allow sharing with the provincial secretariat (purpose
SEKRETARIAT, granted on the day of export — a guardian's or another party's consent counts only
with its legal basis recorded, see ``domain.consent``) travels without the victim's identity: the
fields below are blanked in every event and the name is replaced by a stable keyed pseudonym
(HMAC-SHA-256 under a secret that never leaves the device), so the province can tell one person's
events apart from another's but cannot reverse it. The casework, services and outcomes travel,
since the Task Force reports on them; the free-text fields the forms mark ``sensitive`` do not.
Children's identities fall under the same rule (UU 11/2012 Pasal 19 makes them secret by default;
their guardian's consent, or a legal basis, is what allows it).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

IDENTITY = "IDENTITAS"     # the case's identity went with the bundle
PSEUDONYM = "PSEUDONIM"    # it did not: pseudonym and blanked fields

# Per table: identity field -> the value that stands in for it. The person's full name is
# replaced by the pseudonym itself (see ``pseudonymise``).
IDENTITY_FIELDS: Mapping[str, Mapping[str, Any]] = {
    "person": {
        "full_name": None, "aliases": [], "nik": "", "documents": [], "address_text": "",
        "district_code": "", "village_code": "", "birth_date": None,
        "guardian_name": "", "guardian_contact": "",
    },
    "case_file": {"referrer_name": "", "notes": ""},
    "consent": {"giver_name": ""},
}


def cases_with_identity(case_person: Iterable[tuple[str, str]], granted: set[str]) -> set[str]:
    """The cases whose identity may travel: consent granted for the case, and for every other
    case of the same person (one person's name cannot be both sent and withheld)."""
    cases_of: dict[str, list[str]] = {}
    for case_id, person_id in case_person:
        cases_of.setdefault(person_id, []).append(case_id)
    return {case for cases in cases_of.values() if all(c in granted for c in cases)
            for case in cases}


def pseudonym(key: bytes, person_id: str) -> str:
    """Stable, keyed, irreversible: ``PSN-`` and 16 base32 characters (80 bits)."""
    digest = hmac.new(key, b"ppt-desk-pseudonym-v1\0" + person_id.encode(), hashlib.sha256)
    return "PSN-" + base64.b32encode(digest.digest()[:10]).decode()


@dataclass(frozen=True)
class Redaction:
    """How to redact one export: which case ids may travel with identity, the device's
    pseudonym key, and per record kind the free-text fields marked sensitive."""

    key: bytes
    sensitive_fields: Mapping[str, frozenset[str]]

    def event(self, event: dict[str, Any], record_kind: str = "") -> dict[str, Any]:
        """The event as it may leave the device for a case whose identity may not.

        ``record_kind`` is the form of a ``case_record`` event (an update's patch need not
        carry it)."""
        entity, patch = event["entity"], dict(event["patch"])
        blanked: list[str] = []
        for field, stand_in in IDENTITY_FIELDS.get(entity, {}).items():
            if field in patch:
                if field == "full_name":
                    patch[field] = pseudonym(self.key, event["entity_id"])
                else:
                    patch[field] = stand_in
                blanked.append(field)
        if entity == "case_record" and isinstance(patch.get("payload"), dict):
            kind = patch.get("kind") or record_kind
            hidden = self.sensitive_fields.get(kind, frozenset())
            payload = dict(patch["payload"])
            for field in sorted(hidden & payload.keys()):
                payload[field] = None
                blanked.append("payload." + field)
            patch["payload"] = payload
        # The patch keeps its columns (a receiver applies them like any other); the name that
        # starts with "PSN-" is what tells a pseudonymised person at the receiving end.
        return {**event, "patch": patch} if blanked else event

