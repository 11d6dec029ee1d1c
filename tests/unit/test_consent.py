"""The consent ledger's rules: is a purpose allowed on a day, and what a valid consent is."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

import ppt_desk.paths
from ppt_desk.domain.codelists import CodeLists
from ppt_desk.domain.consent import ConsentRecord, consent_decision, validate_consent
from ppt_desk.domain.errors import ValidationFailed

LISTS = CodeLists(ppt_desk.paths.CODELISTS)
PURPOSES = frozenset(LISTS["consent_purpose"].codes())
METHODS = frozenset(LISTS["consent_method"].codes())
GIVERS = frozenset(LISTS["consent_giver"].codes())
AGENCY_PURPOSES = frozenset(c.code for c in LISTS["consent_purpose"].items
                            if c.extra.get("needs_agency"))
GIVEN = date(2025, 4, 1)
TODAY = date(2025, 6, 1)


def consent(id="c1", purpose="SEKRETARIAT", given_by="KORBAN", given_on=GIVEN, **more):
    return ConsentRecord(id, purpose, given_by, given_on, "TERTULIS", **more)


def decide(consents, purpose="SEKRETARIAT", on=TODAY, child=False, agency=""):
    return consent_decision(consents, purpose, on, child, agency)


# -- consent_decision -------------------------------------------------------------------
def test_a_given_consent_grants_its_purpose():
    d = decide([consent()])
    assert (d.allowed, d.reason, d.consent_id, d.purpose) == (True, "granted", "c1", "SEKRETARIAT")
    # From the very day it is given.
    assert decide([consent()], on=GIVEN).allowed


def test_no_consent_for_the_purpose_refuses():
    assert decide([]) == decide([], "SEKRETARIAT")
    d = decide([])
    assert (d.allowed, d.reason, d.consent_id) == (False, "no_consent", None)
    d = decide([consent(purpose="LAYANAN")], "SEKRETARIAT")
    assert (d.allowed, d.reason) == (False, "no_consent")


def test_a_withdrawn_consent_holds_until_the_day_before_withdrawal():
    withdrawn_on = date(2025, 5, 10)
    c = consent(withdrawn_on=withdrawn_on)
    assert decide([c], on=withdrawn_on - timedelta(days=1)).allowed
    for day in (withdrawn_on, withdrawn_on + timedelta(days=1), TODAY):
        d = decide([c], on=day)
        assert (d.allowed, d.reason, d.consent_id) == (False, "withdrawn", "c1")


def test_a_consent_expires_after_its_last_valid_day():
    c = consent(valid_until=date(2025, 5, 31))
    assert decide([c], on=date(2025, 5, 31)).allowed
    d = decide([c], on=date(2025, 6, 1))
    assert (d.allowed, d.reason) == (False, "expired")


def test_a_consent_given_after_the_day_asked_about_does_not_count():
    d = decide([consent()], on=GIVEN - timedelta(days=1))
    assert (d.allowed, d.reason) == (False, "not_yet_given")


def test_an_agency_consent_matches_the_agency_ignoring_case_and_spaces():
    c = consent(purpose="RUJUKAN", agency="  Dinas Sosial   Kota Kupang ")
    for asked in ("Dinas Sosial Kota Kupang", "dinas sosial kota KUPANG", " DINAS  sosial kota kupang"):
        assert decide([c], "RUJUKAN", agency=asked).allowed, asked
    d = decide([c], "RUJUKAN", agency="Polres Kupang")
    assert (d.allowed, d.reason, d.agency) == (False, "agency_not_covered", "Polres Kupang")
    d = decide([c], "RUJUKAN", agency="Dinas Sosial Kota")
    assert d.reason == "agency_not_covered"


def test_one_of_several_agency_consents_covers_its_agency():
    cs = [consent("a", "RUJUKAN", agency="RSUD Kupang"),
          consent("b", "RUJUKAN", agency="LBH APIK", given_on=GIVEN + timedelta(days=3))]
    d = decide(cs, "RUJUKAN", agency="rsud kupang")
    assert (d.allowed, d.consent_id) == (True, "a")
    assert decide(cs, "RUJUKAN", agency="lbh apik").consent_id == "b"


def test_for_a_child_the_guardian_consents():
    guardian = consent(given_by="WALI", giver_name="Yosefina (ibu)")
    assert decide([guardian], child=True).allowed


@pytest.mark.parametrize("giver", ["KORBAN", "LAINNYA"])
def test_for_a_child_others_need_a_legal_basis(giver):
    c = consent(given_by=giver, giver_name="Kepala Dinas")
    d = decide([c], child=True)
    assert (d.allowed, d.reason, d.consent_id) == (False, "needs_guardian", "c1")
    based = replace(c, legal_basis="Wali pelaku; penetapan pengadilan No. 12/2025")
    assert decide([based], child=True).allowed
    assert not decide([replace(c, legal_basis="   ")], child=True).allowed


@pytest.mark.parametrize("giver", ["WALI", "LAINNYA"])
def test_for_an_adult_others_need_a_legal_basis(giver):
    c = consent(given_by=giver, giver_name="Yosef (suami)")
    d = decide([c], child=False)
    assert (d.allowed, d.reason) == (False, "needs_legal_basis")
    based = replace(c, legal_basis="Korban tidak cakap (surat dokter)")
    assert decide([based], child=False).allowed


def test_the_victims_own_consent_counts_for_an_adult_only():
    assert decide([consent()], child=False).allowed
    assert decide([consent()], child=True).reason == "needs_guardian"


def test_one_valid_consent_among_several_grants():
    old = [consent("withdrawn", withdrawn_on=date(2025, 4, 20)),
           consent("expired", given_on=date(2025, 4, 2), valid_until=date(2025, 5, 1)),
           consent("later", given_on=date(2025, 7, 1)),
           consent("other-purpose", purpose="APH", given_on=date(2025, 4, 3))]
    d = decide(old)
    assert not d.allowed
    valid = consent("valid", given_on=date(2025, 4, 5))
    for order in (old + [valid], [valid] + old):
        d = decide(order)
        assert (d.allowed, d.reason, d.consent_id) == (True, "granted", "valid")


def test_when_none_grants_the_most_telling_reason_is_given():
    withdrawn = consent("w", withdrawn_on=date(2025, 4, 20))
    expired = consent("e", given_on=date(2025, 4, 2), valid_until=date(2025, 5, 1))
    later = consent("l", given_on=date(2025, 7, 1))
    assert decide([expired, withdrawn, later]).reason == "withdrawn"
    assert decide([later, expired]).reason == "expired"
    assert decide([later]).reason == "not_yet_given"
    agency = consent("a", "RUJUKAN", agency="RSUD Kupang")
    gone = consent("g", "RUJUKAN", agency="LBH APIK", withdrawn_on=date(2025, 5, 1))
    # The consent for the agency asked about tells why, not a valid one for another agency.
    d = decide([gone, agency], "RUJUKAN", agency="LBH APIK")
    assert (d.reason, d.consent_id) == ("withdrawn", "g")
    # A withdrawn consent for another agency is no reason: this agency was never covered.
    d = decide([gone], "RUJUKAN", agency="RSUD Kupang")
    assert (d.allowed, d.reason) == (False, "agency_not_covered")


# -- validate_consent --------------------------------------------------------------------
def problems(c: ConsentRecord, child: bool = False, today: date = TODAY) -> dict[str, str]:
    try:
        validate_consent(c, child, PURPOSES, METHODS, GIVERS, AGENCY_PURPOSES, today)
    except ValidationFailed as e:
        return e.problems
    return {}


def test_the_shipped_lists_ask_an_agency_for_referral_only():
    assert AGENCY_PURPOSES == {"RUJUKAN"}
    assert GIVERS == {"KORBAN", "WALI", "LAINNYA"}


def test_valid_consents_pass():
    assert problems(consent()) == {}
    assert problems(consent(given_on=TODAY)) == {}
    assert problems(consent(purpose="RUJUKAN", agency="RSUD Kupang")) == {}
    assert problems(consent(given_by="WALI", giver_name="Yosefina"), child=True) == {}
    assert problems(consent(given_by="LAINNYA", giver_name="Kadis", legal_basis="UU 35/2014"),
                    child=True) == {}
    assert problems(consent(valid_until=GIVEN, withdrawn_on=GIVEN)) == {}


@pytest.mark.parametrize("agency", ["", "   "])
def test_a_referral_consent_names_the_agency(agency):
    assert problems(consent(purpose="RUJUKAN", agency=agency)) == {"agency": "required"}


@pytest.mark.parametrize("giver, child", [("WALI", True), ("LAINNYA", True),
                                          ("LAINNYA", False)])
def test_a_guardian_or_other_party_is_named(giver, child):
    got = problems(consent(given_by=giver, giver_name=" ", legal_basis="UU 35/2014"), child)
    assert got == {"giver_name": "required"}


def test_the_legal_basis_rule():
    assert problems(consent(given_by="KORBAN"), child=True) == \
        {"legal_basis": "consent_needs_legal_basis_child"}
    assert problems(consent(given_by="LAINNYA", giver_name="Kadis"), child=True) == \
        {"legal_basis": "consent_needs_legal_basis_child"}
    assert problems(consent(given_by="WALI", giver_name="Yosef")) == \
        {"legal_basis": "consent_needs_legal_basis_adult"}
    assert problems(consent(given_by="KORBAN", legal_basis="Penetapan PN"), child=True) == {}
    assert problems(consent(given_by="WALI", giver_name="Yosef", legal_basis="Tidak cakap")) == {}


def test_a_consent_cannot_be_dated_in_the_future():
    assert problems(consent(given_on=TODAY + timedelta(days=1))) == {"given_on": "date_in_future"}


def test_withdrawal_and_expiry_cannot_come_before_the_consent():
    assert problems(consent(withdrawn_on=GIVEN - timedelta(days=1))) == \
        {"withdrawn_on": "date_before"}
    assert problems(consent(valid_until=GIVEN - timedelta(days=1))) == \
        {"valid_until": "date_before"}


def test_codes_must_be_known():
    c = ConsentRecord("", "JUALAN", "TETANGGA", GIVEN, "TELEPATI")
    assert problems(c) == {"purpose": "unknown_code", "given_by": "unknown_code",
                           "method": "unknown_code"}
    c = ConsentRecord("", "", "", GIVEN, "")
    assert problems(c) == {"purpose": "required", "given_by": "required", "method": "required"}


def test_a_consent_naming_no_agency_covers_every_agency_of_its_purpose():
    c = consent(purpose="APH")
    assert decide([c], "APH", agency="Polres Kupang").allowed
    assert decide([c], "APH").allowed
