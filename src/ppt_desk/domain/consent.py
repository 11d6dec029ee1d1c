"""The consent ledger's rules: what a valid consent is, and "is purpose P allowed for
this case now?".

Consent follows the victim's wish [001:546-548, 004:846-847]. An adult gives their
own consent; for a child (under 18 [000:223]) the guardian gives it, and when the
guardian cannot (absent, or involved in the trafficking) another party may, with
the legal basis recorded. The same holds the other way round: a guardian or other
party may give an adult's consent only with a legal basis (e.g. incapacity).
A consent counts from the day it is given until the day it is withdrawn or expires.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from .errors import ValidationFailed

VICTIM = "KORBAN"
GUARDIAN = "WALI"
OTHER = "LAINNYA"


@dataclass(frozen=True)
class ConsentRecord:
    id: str
    purpose: str
    given_by: str
    given_on: date
    method: str
    agency: str = ""
    giver_name: str = ""
    legal_basis: str = ""
    valid_until: date | None = None
    withdrawn_on: date | None = None
    note: str = ""
    withdrawal_note: str = ""


@dataclass(frozen=True)
class ConsentDecision:
    allowed: bool
    reason: str  # granted | no_consent | withdrawn | expired | not_yet_given |
    #              agency_not_covered | needs_guardian | needs_legal_basis
    consent_id: str | None = None
    purpose: str = ""
    agency: str = ""


def normalise_agency(name: str) -> str:
    return " ".join(name.casefold().split())


def _needs_legal_basis(given_by: str, is_child: bool) -> bool:
    expected = GUARDIAN if is_child else VICTIM
    return given_by != expected


def validate_consent(c: ConsentRecord, is_child: bool, purposes: frozenset[str],
                     methods: frozenset[str], givers: frozenset[str],
                     agency_purposes: frozenset[str], today: date) -> None:
    problems: dict[str, str] = {}
    if c.purpose not in purposes:
        problems["purpose"] = "required" if not c.purpose else "unknown_code"
    if c.given_by not in givers:
        problems["given_by"] = "required" if not c.given_by else "unknown_code"
    if c.method not in methods:
        problems["method"] = "required" if not c.method else "unknown_code"
    if c.given_on > today:
        problems["given_on"] = "date_in_future"
    if c.purpose in agency_purposes and not c.agency.strip():
        problems["agency"] = "required"
    if c.given_by in (GUARDIAN, OTHER) and not c.giver_name.strip():
        problems["giver_name"] = "required"
    if c.given_by in givers and _needs_legal_basis(c.given_by, is_child) and not c.legal_basis.strip():
        problems["legal_basis"] = "consent_needs_legal_basis_child" if is_child \
            else "consent_needs_legal_basis_adult"
    if c.valid_until is not None and c.valid_until < c.given_on:
        problems["valid_until"] = "date_before"
    if c.withdrawn_on is not None and c.withdrawn_on < c.given_on:
        problems["withdrawn_on"] = "date_before"
    if problems:
        raise ValidationFailed(problems)


def _state(c: ConsentRecord, on: date, is_child: bool, agency: str) -> str:
    # A consent that names no agency (e.g. "sharing with the police") covers every agency of
    # its purpose; one that names an agency covers only that one.
    if agency and c.agency.strip() and normalise_agency(c.agency) != normalise_agency(agency):
        return "agency_not_covered"
    if c.given_on > on:
        return "not_yet_given"
    if c.withdrawn_on is not None and c.withdrawn_on <= on:
        return "withdrawn"
    if c.valid_until is not None and c.valid_until < on:
        return "expired"
    if _needs_legal_basis(c.given_by, is_child) and not c.legal_basis.strip():
        return "needs_guardian" if is_child else "needs_legal_basis"
    return "granted"


# When no consent grants, report the reason of the most telling one: a consent for the
# agency asked about (withdrawn, expired...) tells more than one for another agency.
_RANK = ("withdrawn", "expired", "needs_guardian", "needs_legal_basis", "not_yet_given",
         "agency_not_covered")


def consent_decision(consents: Iterable[ConsentRecord], purpose: str, on: date, is_child: bool,
                     agency: str = "") -> ConsentDecision:
    """Is ``purpose`` (for ``agency`` when it names one) allowed on day ``on``?"""
    relevant = sorted((c for c in consents if c.purpose == purpose),
                      key=lambda c: c.given_on, reverse=True)
    if not relevant:
        return ConsentDecision(False, "no_consent", None, purpose, agency)
    states = [(c, _state(c, on, is_child, agency)) for c in relevant]
    for c, state in states:
        if state == "granted":
            return ConsentDecision(True, "granted", c.id, purpose, agency)
    c, state = min(states, key=lambda cs: _RANK.index(cs[1]))
    return ConsentDecision(False, state, c.id, purpose, agency)
