"""services.conference_audience through the real backend: a stage-2 case full of canaries
gives an audience case with none of them; what the source gathers to scrub; consent; who may
read it."""
from __future__ import annotations

from datetime import timedelta

import pytest

from audience_helpers import (
    ADDRESS, ALIAS, GUARDIAN, GUARDIAN_PHONE, NAME, NIK, PASSPORT, PERPETRATOR, PERPETRATOR_ALIAS,
    PERPETRATOR_PHONE, REPORTER, SAFE_HOUSE, SAFE_HOUSE_PLACE, TODAY, VILLAGE, as_supervisor,
    build_canary_case, source_of, texts_in,
)
from ppt_desk.domain.audience import AudienceCase, audience_case
from ppt_desk.domain.errors import DomainError


@pytest.fixture
def canary(backend, root):
    as_supervisor(backend, root)
    return build_canary_case(backend)


def test_no_canary_reaches_the_audience_case(backend, canary):
    got = audience_case(source_of(backend, canary.case_id), "Korban A",
                        [f"Masalah: {NAME} takut pada {PERPETRATOR}"],
                        [f"Hubungi {GUARDIAN} di {GUARDIAN_PHONE}"])
    shown = "\n".join(texts_in(got)).casefold()
    leaked = [c for c in canary.canaries if c.casefold() in shown]
    assert not leaked, leaked
    assert got.consent_ok and got.label == "Korban A"
    assert (got.sex, got.age_band) == ("Perempuan", "Anak")
    assert (got.province, got.regency) == ("Nusa Tenggara Timur", "Kota Kupang")
    assert got.stage == "Tahap 2: Penelusuran dan Pemahaman Masalah"
    # the journey by country and province, in order; never the place typed in the leg
    assert got.journey == ("Pra-keberangkatan / daerah asal: Indonesia, Nusa Tenggara Timur",
                           "Tujuan (tempat eksploitasi): Malaysia")
    headings = [h for h, _t in got.findings]
    assert headings[0].startswith("1. Pengalaman") and "10. Akar masalah" in headings
    assert got.findings[0][1].startswith("Korban A (dipanggil Korban A) dibawa [")
    assert got.agenda == ("Masalah: Korban A takut pada […]",)


def test_the_source_gathers_every_identity_value(backend, canary):
    s = source_of(backend, canary.case_id)
    assert set(s.names) == {NAME, ALIAS}
    assert set(s.other_names) == {GUARDIAN, PERPETRATOR, PERPETRATOR_ALIAS, REPORTER}
    assert set(s.identifiers) == {NIK, PASSPORT, ADDRESS, VILLAGE, GUARDIAN_PHONE, SAFE_HOUSE,
                                  SAFE_HOUSE_PLACE, PERPETRATOR_PHONE}
    assert s.on == TODAY and s.birth_date is not None


def test_a_caseworker_without_the_perpetrator_grant_still_gets_them_scrubbed(backend, root):
    _, ani = backend.users.add("ani", "Ani Pendamping", frozenset({"PENDAMPING"}),
                               "kata-sandi-ani-1")
    backend.users.add("budi", "Budi Pendamping", frozenset({"PENDAMPING"}), "kata-sandi-budi-1")
    as_supervisor(backend, root)
    case_id = build_canary_case(backend, assigned_user_id=ani.id).case_id
    backend.session.lock()
    backend.session.unlock("ani", "kata-sandi-ani-1")
    s = source_of(backend, case_id)
    assert PERPETRATOR in s.other_names and PERPETRATOR_PHONE in s.identifiers
    shown = "\n".join(texts_in(audience_case(s, "Korban A", [], [f"awasi {PERPETRATOR}"])))
    assert PERPETRATOR.split()[0] not in shown
    backend.session.lock()
    backend.session.unlock("budi", "kata-sandi-budi-1")
    with pytest.raises(DomainError) as err:
        source_of(backend, case_id)
    assert err.value.code == "case_not_visible"


def test_without_consent_nothing_but_the_label(backend, root):
    as_supervisor(backend, root)
    case_id = build_canary_case(backend, consent=False).case_id
    got = audience_case(source_of(backend, case_id), "Korban B", ["agenda"], ["keputusan"])
    assert got == AudienceCase(label="Korban B", consent_ok=False)


def test_a_withdrawn_consent_stops_the_view(backend, canary):
    consent_id = source_of(backend, canary.case_id).consents[0].id
    backend.consent.withdraw(consent_id, TODAY - timedelta(days=1))
    got = audience_case(source_of(backend, canary.case_id), "Korban A", [], [])
    assert not got.consent_ok and got.findings == ()
