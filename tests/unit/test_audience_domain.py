"""domain.audience: the projector's version of a case keeps only what the contract names,
scrubs every identity value out of free text, bands the age and needs SIDANG_KASUS consent."""
from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from ppt_desk.domain.audience import (
    REDACTED, AudienceCase, AudienceSource, JourneyLeg, audience_case,
)
from ppt_desk.domain.consent import ConsentRecord

ON = date(2026, 12, 3)
CONSENT = ConsentRecord("k1", "SIDANG_KASUS", "KORBAN", date(2026, 11, 1), "TERTULIS")


def source(**changes) -> AudienceSource:
    fields = dict(
        case_id="c1", on=ON, sex="Perempuan", birth_date=date(1999, 2, 3), estimated_age=None,
        estimated_on=None, province="Nusa Tenggara Timur", regency="Kota Kupang",
        stage="Tahap 2: Penelusuran dan Pemahaman Masalah",
        journey=(JourneyLeg("Pra-keberangkatan", "Indonesia", "Nusa Tenggara Timur"),
                 JourneyLeg("Tujuan", "Malaysia", "")),
        findings=(("Pengalaman", "Maria Goreti Bunga bekerja di Sabah."),),
        consents=(CONSENT,), names=("Maria Goreti Bunga", "Nona da Costa"),
        other_names=("Yohanes Tefa",),
        identifiers=("Jl. Merpati No. 12", "C1234567", "Oebobo", "0812-3456-7890"))
    fields.update(changes)
    return AudienceSource(**fields)


def case(text: str = "", **changes) -> AudienceCase:
    return audience_case(source(findings=(("F", text),), **changes), "Korban A", [], [])


def test_the_audience_case_holds_only_the_contracts_fields():
    assert [f.name for f in dataclasses.fields(AudienceCase)] == [
        "label", "consent_ok", "sex", "age_band", "province", "regency", "journey", "stage",
        "findings", "agenda", "decisions", "revealed"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        case("x").label = "Maria"


def test_identity_values_are_not_in_a_repr():
    shown = repr(source())
    for value in ("Maria", "Yohanes", "Merpati", "C1234567", "Oebobo", "0812", "KORBAN"):
        assert value not in shown


@pytest.mark.parametrize("text, expected", [
    ("Maria Goreti Bunga lari.", "Korban A lari."),
    ("MARIA goreti pulang", "Korban A pulang"),          # any case, part of the name
    ("Kata bunga: ya", "Kata Korban A: ya"),               # one word of the name
    ("Goreti  Maria datang", "Korban A datang"),           # words in another order, as one
    ("Bungalow da Sabah", "Bungalow da Sabah"),            # whole words; under 3 letters
    ("Nona da Costa", "Korban A"),                         # ... stay unless the whole name
    ("Dibawa Yohanes ke kebun", f"Dibawa {REDACTED} ke kebun"),
    ("oleh yohanes tefa", f"oleh {REDACTED}"),
    ("di jl merpati no 12", f"di {REDACTED}"),             # other punctuation
    ("paspor C1234567 disita", f"paspor {REDACTED} disita"),
    ("dari desa OEBOBO", f"dari desa {REDACTED}"),
    ("hp 081234567890", f"hp {REDACTED}"),                 # the number with other separators
])
def test_identity_values_are_scrubbed(text, expected):
    assert case(text).findings == (("F", expected),)


@pytest.mark.parametrize("text, secret", [
    ("NIK 5371010101010001 tercatat", "5371010101010001"),   # any 16-digit run
    ("NIK:5371 0101 0101 0001.", "0001"),
    ("nik5371010101010001", "5371"),
    ("hubungi +62 813 3777 1234", "3777"),                   # any phone-like number
    ("telp (0380) 821-2345 kantor", "821"),
    ("paspor B9876543 milik orang lain", "9876543"),         # a document-like number
    ("surel orang@contoh.id", "orang@"),
])
def test_numbers_shaped_like_identity_are_scrubbed_even_when_not_the_cases(text, secret):
    out = case(text).findings[0][1]
    assert REDACTED in out and secret not in out, out


@pytest.mark.parametrize("text", [
    "Gaji Rp 150.000.000 ditahan", "Utang RM 2500000 ke agen", "Tanggal 12/03/2026",
    "Sejak 2024-03-12 di Sabah", "Tiga tahun bekerja"])
def test_money_dates_and_words_stay(text):
    assert case(text).findings == (("F", text),)


def test_every_free_text_is_scrubbed_and_revealed_pairs_pass():
    got = audience_case(source(), "Korban A",
                        ["Masalah: Maria tidak dibayar", ("Akar masalah", "utang ke Yohanes")],
                        ["Rujuk Maria ke RS", "  "], [("Nama", "Maria Goreti Bunga")])
    assert got.findings == (("Pengalaman", "Korban A bekerja di Sabah."),)
    assert got.agenda == ("Masalah: Korban A tidak dibayar", f"Akar masalah: utang ke {REDACTED}")
    assert got.decisions == ("Rujuk Korban A ke RS",)
    assert got.revealed == (("Nama", "Maria Goreti Bunga"),)
    assert got.journey == ("Pra-keberangkatan: Indonesia, Nusa Tenggara Timur",
                           "Tujuan: Malaysia")
    assert (got.sex, got.province, got.regency) == ("Perempuan", "Nusa Tenggara Timur",
                                                     "Kota Kupang")


@pytest.mark.parametrize("birth, estimated, band", [
    (date(2010, 12, 4), None, "Anak"),      # 15 the day before her birthday
    (date(2008, 12, 3), None, "Dewasa"),    # 18 today
    (None, 70, "Lanjut Usia"),
    (None, None, ""),
])
def test_age_only_as_a_band(birth, estimated, band):
    got = case("x", birth_date=birth, estimated_age=estimated,
               consents=(CONSENT if band != "Anak" else
                         dataclasses.replace(CONSENT, given_by="WALI"),))
    assert got.age_band == band
    assert str(ON.year - (birth or ON).year) not in got.age_band


@pytest.mark.parametrize("consents", [
    (),
    (dataclasses.replace(CONSENT, purpose="LAYANAN"),),
    (dataclasses.replace(CONSENT, withdrawn_on=date(2026, 11, 20)),),
    (dataclasses.replace(CONSENT, given_on=date(2026, 12, 4)),),
    (dataclasses.replace(CONSENT, given_by="WALI"),),        # an adult: a guardian needs a basis
])
def test_without_sidang_kasus_consent_only_the_label(consents):
    got = audience_case(source(consents=consents), "Korban B", ["agenda"], ["keputusan"],
                        [("Nama", "x")])
    assert got == AudienceCase(label="Korban B", consent_ok=False)


def test_a_childs_consent_is_the_guardians():
    child = dict(birth_date=date(2012, 1, 1))
    assert not case("x", consents=(CONSENT,), **child).consent_ok
    assert case("x", consents=(dataclasses.replace(CONSENT, given_by="WALI"),), **child).consent_ok
