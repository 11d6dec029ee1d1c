"""The eight recording items (pencatatan a-h, 002:1375-1398) as recording_items.json defines
them: each is complete only through one of its own groups of conditions."""
from __future__ import annotations

from datetime import date

import pytest

import ppt_desk.paths
from ppt_desk.domain.casework import Rec, load_config, missing_items

CONFIG = load_config(ppt_desk.paths.CASEWORK)
FACTS = {"full_name": "Maria Seran", "sex": "P", "age": 24, "province_code": "53",
         "modus": ["KRJ-PRT"], "age_band": "DEWASA"}
ALL = list("abcdefgh")
# With full case facts and no records, only item a (identity) is complete.
WITHOUT_RECORDS = list("bcdefgh")


def rec(kind: str, **payload) -> Rec:
    return Rec(f"{kind}-{len(payload)}", kind, payload, date(2025, 6, 1))


def test_the_data_defines_items_a_to_h():
    assert [i.code for i in CONFIG.items] == ALL
    assert missing_items(CONFIG, {}, []) == ALL
    assert missing_items(CONFIG, FACTS, []) == WITHOUT_RECORDS


@pytest.mark.parametrize("fact", ["full_name", "sex", "age", "province_code"])
def test_a_needs_every_identity_fact(fact):
    facts = {**FACTS, fact: None}
    missing = missing_items(CONFIG, facts, [rec("asesmen", karakteristik="x")])
    assert "a" in missing
    # Sex and age are characteristics too (item e).
    assert ("e" in missing) == (fact in ("sex", "age"))
    assert "a" in missing_items(CONFIG, {**FACTS, fact: "  "}, [])


def test_an_age_of_zero_is_an_age():
    assert "a" not in missing_items(CONFIG, {**FACTS, "age": 0}, [])


# (records, the items they complete with FACTS); every other item stays missing.
COMPLETES = {
    "b via the assessment": ([rec("asesmen", masalah_kebutuhan="Trauma")], {"b"}),
    "b via exploration": ([rec("tahap_2", pengalaman="Dua tahun tanpa upah")], {"b"}),
    "c via allowance": ([rec("jaminan_hidup", jenis="PERMAKANAN")], {"c"}),
    "c via an activity": ([rec("kegiatan_pelaksanaan", uraian="Kursus")], {"c"}),
    "c via shelter": ([rec("penampungan", nama_fasilitas="Rumah aman")], {"c"}),
    "c via evacuation": ([rec("evakuasi", dari="Tenau")], {"c"}),
    "c via accompaniment": ([rec("pendampingan_khusus", perlu=True)], {"c"}),
    "d via the assessment": ([rec("asesmen", prioritas="Pemulihan")], {"d"}),
    "d via the approach": ([rec("tahap_1", kebutuhan_layanan="Konseling")], {"d"}),
    "d via the plan": ([rec("tahap_3", kebutuhan=["EKONOMI"])], {"d"}),
    "e via the assessment": ([rec("asesmen", karakteristik="Perempuan dewasa")], {"e"}),
    "f via exploration": ([rec("tahap_2", cara_pengungkapan="Wawancara bertahap")], {"f"}),
    "g via an obstacle": ([rec("hambatan", kategori="DOKUMEN", uraian="Paspor")], {"g"}),
    "g via 'no obstacle'": ([rec("hambatan", kategori="TIDAK_ADA", uraian="-")], {"g"}),
    "h via the follow-up plan": ([rec("tahap_6", rencana="Kunjungan bulanan")], {"h"}),
    "h via a planned visit": ([rec("kunjungan_rumah", jadwal="2025-07-01")], {"h"}),
    "b, d, e via a full assessment": (
        [rec("asesmen", masalah_kebutuhan="x", prioritas="y", karakteristik="z")],
        {"b", "d", "e"}),
    "b, f via a full exploration": (
        [rec("tahap_2", pengalaman="x", cara_pengungkapan="y")], {"b", "f"}),
}


@pytest.mark.parametrize("name", list(COMPLETES))
def test_an_item_is_completed_by_its_own_conditions(name):
    records, completed = COMPLETES[name]
    assert missing_items(CONFIG, FACTS, records) == [c for c in WITHOUT_RECORDS
                                                      if c not in completed]


# Near misses: the record exists but not the field the item asks for, or another field.
NOT_ENOUGH = {
    "b": [rec("asesmen", prioritas="x"), rec("tahap_2", akar_masalah="x"),
          rec("asesmen", masalah_kebutuhan="   "), rec("tahap_1", kebutuhan_layanan="x")],
    "c": [rec("pendampingan_khusus", perlu=False, advokasi="x"), rec("asesmen", prioritas="x"),
          rec("bebas_kritis", dasar="x"), rec("tahap_6", rencana="x")],
    "d": [rec("asesmen", masalah_kebutuhan="x"), rec("tahap_1", relasi=True),
          rec("tahap_3", kebutuhan=[], strategi="x")],
    "e": [rec("asesmen", masalah_kebutuhan="x"), rec("tahap_2", pengalaman="x")],
    "f": [rec("tahap_2", pengalaman="x", akar_masalah="y"), rec("asesmen", karakteristik="x")],
    "g": [rec("tahap_2", lingkungan="Keluarga menolak"), rec("asesmen", konstelasi="x")],
    "h": [rec("tahap_6", kelompok_pendukung="x"), rec("kunjungan_rumah", petugas="x"),
          rec("terminasi", alasan="HILANG_KONTAK")],
}


@pytest.mark.parametrize("item", list(NOT_ENOUGH))
def test_an_item_stays_missing_without_its_conditions(item):
    assert item in missing_items(CONFIG, FACTS, NOT_ENOUGH[item])


def test_b_also_needs_the_modus():
    records = [rec("asesmen", masalah_kebutuhan="x"), rec("tahap_2", pengalaman="y")]
    assert "b" not in missing_items(CONFIG, FACTS, records)
    for no_modus in (None, [], ()):
        assert "b" in missing_items(CONFIG, {**FACTS, "modus": no_modus}, records)


def test_e_also_needs_sex_and_age():
    records = [rec("asesmen", karakteristik="x")]
    assert "e" in missing_items(CONFIG, {**FACTS, "sex": None}, records)
    assert "e" in missing_items(CONFIG, {**FACTS, "age": None}, records)


def test_a_field_filled_in_any_record_of_the_kind_counts():
    visits = [rec("kunjungan_rumah", petugas="x"), rec("kunjungan_rumah", jadwal="2025-07-01")]
    assert "h" not in missing_items(CONFIG, FACTS, visits)


def test_a_complete_record_set_leaves_nothing_missing():
    records = [rec("asesmen", masalah_kebutuhan="x", prioritas="y", karakteristik="z"),
               rec("evakuasi", dari="x"), rec("tahap_2", cara_pengungkapan="x"),
               rec("hambatan", kategori="TIDAK_ADA"), rec("tahap_6", rencana="x")]
    assert missing_items(CONFIG, FACTS, records) == []
