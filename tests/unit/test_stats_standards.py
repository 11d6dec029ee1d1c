"""The standards' views of the statistics (issue 13): the SIMFONI-PPA aggregate has exactly
SIMFONI's categories and counts distinct cases; the HTCDS rows use only HTCDS column names and
choice values and follow the mapping rules (TRN is child labour only for a child, the use of
force is physical abuse too, an agency is a channel, child pornography is trafficking)."""
from __future__ import annotations

import json
from collections import defaultdict
from datetime import date

import pytest

import ppt_desk.paths
from ppt_desk.domain.codelists import CodeLists
from ppt_desk.domain.stats import htcds, simfoni
from ppt_desk.domain.stats.dimensions import BY_CODE, UNKNOWN
from ppt_desk.domain.stats.facts import simfoni_band
from ppt_desk.domain.stats.model import ALL, Counts, Fact, Scope
from ppt_desk.domain.stats.period import year

LISTS = CodeLists(ppt_desk.paths.CODELISTS)
MAP = simfoni.SimfoniMap.from_lists(LISTS)
DAY = date(2026, 3, 14)

SIMFONI_FORMS = ["Fisik", "Psikis", "Seksual", "Eksploitasi", "Trafficking", "Penelantaran",
                 "Lainnya"]
SIMFONI_PLACES = ["Rumah Tangga", "Tempat Kerja", "Sekolah", "Fasilitas Umum",
                  "Lembaga Pendidikan Kilat", "Lainnya"]
SIMFONI_BANDS = ["0-5", "6-12", "13-17", "18-24", "25-44", "45-59", "60+"]
SIMFONI_RELATIONS = ["Orang Tua", "Keluarga/Saudara", "Suami/Istri", "Pacar/Teman", "Tetangga",
                     "Guru", "Majikan", "Rekan Kerja", "Lainnya"]
SIMFONI_SERVICES = ["Pengaduan", "Kesehatan", "Bantuan Hukum", "Penegakan Hukum",
                    "Rehabilitasi Sosial", "Pemulangan", "Reintegrasi Sosial",
                    "Pendampingan Tokoh Agama"]


# -- a small register whose SIMFONI figures are known ----------------------------------------
def _case_facts(modus=(), purposes=(), records=(), places=(), relations=()):
    facts = [Fact("kasus", "BARU", DAY)]
    facts += [Fact(simfoni.VIOLENCE, c, DAY) for c in MAP.violence(modus, purposes)]
    facts += [Fact(simfoni.SERVICE, c, DAY) for c in MAP.intake]
    for kind, payload in records:
        facts += [Fact(simfoni.SERVICE, c, DAY) for c in MAP.services(kind, payload)]
    facts += [Fact(simfoni.PLACE, c, DAY) for c in places]
    facts += [Fact(simfoni.RELATION, c, DAY) for c in relations]
    return set(facts)


REGISTER = [
    # (sex, age, facts)
    ("P", 15, _case_facts(modus=["EBM", "KRJ-TKI"],
                          records=[("konseling", {"jenis": "BIMBINGAN_ROHANI"}),
                                   ("layanan_rehsos", {"layanan": ["KONSELING_INDIVIDU"]})],
                          places=["RUMAH_TANGGA"], relations=["TETANGGA", "ORANG_TUA"])),
    ("L", 30, _case_facts(modus=["KP"], purposes=["ORGAN_TUBUH"],
                          records=[("visum", {}), ("laporan_polisi", {}), ("putusan", {})],
                          places=["TEMPAT_KERJA", "FASILITAS_UMUM"], relations=["MAJIKAN"])),
    ("P", 10, _case_facts(modus=["ESA-PO"],
                          records=[("pemulangan_pelaksanaan", {}), ("paket_ekonomi", {}),
                                   ("rujukan", {"arah": "KELUAR"})],
                          places=["FASILITAS_UMUM"])),
    ("", None, _case_facts(modus=["NP"])),
]


def register_counts(register=REGISTER) -> Counts:
    """What the store answers: distinct cases per (dim, code, sex, SIMFONI band), ALL = any code."""
    cases: dict[tuple[str, str, str, str], set[int]] = defaultdict(set)
    bands = LISTS["age_band_simfoni"]
    for n, (sex, age, facts) in enumerate(register):
        band = simfoni_band(age, bands)
        for f in facts:
            cases[(f.dim, f.code, sex, band)].add(n)
            cases[(f.dim, ALL, sex, band)].add(n)
    return Counts(year(2026), Scope(), {k: len(v) for k, v in cases.items()})


def _table(key):
    tables = {t.key: t for t in simfoni.simfoni_tables(register_counts(), LISTS)}
    return tables[key]


def test_the_aggregate_has_exactly_simfonis_categories():
    tables = simfoni.simfoni_tables(register_counts([r for r in REGISTER if r[0]]), LISTS)
    assert [t.key for t in tables] == [
        "simfoni_bentuk_kekerasan", "simfoni_tempat_kejadian", "simfoni_kelompok_umur",
        "simfoni_jenis_kelamin", "simfoni_hubungan_pelaku", "simfoni_layanan"]
    rows = {t.key: [r.label_id for r in t.rows] for t in tables}
    assert rows == {
        "simfoni_bentuk_kekerasan": SIMFONI_FORMS,
        "simfoni_tempat_kejadian": SIMFONI_PLACES,
        "simfoni_kelompok_umur": SIMFONI_BANDS,
        "simfoni_jenis_kelamin": ["Laki-laki", "Perempuan"],
        "simfoni_hubungan_pelaku": SIMFONI_RELATIONS,
        "simfoni_layanan": SIMFONI_SERVICES,
    }
    for t in tables:
        if t.key != "simfoni_jenis_kelamin":
            assert [c.label_id for c in t.columns] == ["Laki-laki", "Perempuan"], t.key


def test_forms_of_violence_count_distinct_cases():
    t = _table("simfoni_bentuk_kekerasan")
    got = {r.label_id: (cells, tot) for r, cells, tot in zip(t.rows, t.cells, t.row_totals)}
    # columns L, P, unknown (case 4 has no recorded sex)
    assert [c.code for c in t.columns] == ["L", "P", UNKNOWN]
    # case 1 has two modus of the form Trafficking and counts once in it
    assert got["Trafficking"] == ((1, 2, 0), 3)
    assert got["Eksploitasi"] == ((1, 2, 0), 3)
    assert got["Seksual"] == ((0, 1, 0), 1)       # child pornography (case 3)
    assert got["Lainnya"] == ((0, 0, 1), 1)       # non-procedural placement
    assert got["Fisik"] == ((0, 0, 0), 0)
    assert t.column_totals == (1, 2, 1) and t.total == 4
    assert not t.additive_rows


def test_services_place_relation_and_age():
    services = _table("simfoni_layanan")
    got = {r.code: tot for r, tot in zip(services.rows, services.row_totals)}
    assert got == {"PENGADUAN": 4, "KESEHATAN": 1, "BANTUAN_HUKUM": 0, "PENEGAKAN_HUKUM": 1,
                   "REHABILITASI_SOSIAL": 1, "PEMULANGAN": 1, "REINTEGRASI_SOSIAL": 1,
                   "PENDAMPINGAN_TOKOH_AGAMA": 1}
    places = _table("simfoni_tempat_kejadian")
    assert dict(zip((r.code for r in places.rows), places.row_totals)) == {
        "RUMAH_TANGGA": 1, "TEMPAT_KERJA": 1, "SEKOLAH": 0, "FASILITAS_UMUM": 2,
        "LEMBAGA_PENDIDIKAN_KILAT": 0, "LAINNYA": 0}
    assert places.total == 3          # case 2 had two places, case 4 none
    relation = _table("simfoni_hubungan_pelaku")
    assert relation.total == 2 and relation.row_totals[0] == 1      # Orang Tua
    age = _table("simfoni_kelompok_umur")
    assert [r.label_id for r in age.rows] == SIMFONI_BANDS + ["Tidak diketahui"]
    assert dict(zip((r.code for r in age.rows), age.row_totals)) == {
        "U00_05": 0, "U06_12": 1, "U13_17": 1, "U18_24": 0, "U25_44": 1, "U45_59": 0,
        "U60": 0, UNKNOWN: 1}
    assert age.cells[1] == (0, 1, 0) and age.total == 4
    assert age.refs[2][1].age_band == "U13_17" and age.refs[2][1].sex == "P"
    sex = _table("simfoni_jenis_kelamin")
    assert [r.label_id for r in sex.rows] == ["Laki-laki", "Perempuan", "Tidak diketahui"]
    assert sex.row_totals == (1, 2, 1) and sex.total == 4


def test_simfoni_dimensions_are_registered():
    assert BY_CODE[simfoni.VIOLENCE].labels == "simfoni_violence"
    assert BY_CODE[simfoni.SERVICE].labels == "simfoni_service"
    assert BY_CODE[simfoni.PLACE].labels == "incident_place"
    assert BY_CODE[simfoni.RELATION].labels == "perpetrator_relation"


def test_child_pornography_and_paedophilia_are_trafficking_in_simfoni_terms():
    assert "TRAFFICKING" in MAP.violence(["ESA-PO"])
    assert "TRAFFICKING" in MAP.violence(["PED"])
    assert "SEKSUAL" in MAP.violence(["ESA-PO"]) and "SEKSUAL" in MAP.violence(["PED"])


def test_exploitation_purposes_name_simfoni_forms_too():
    assert MAP.violence([], ["EKSPLOITASI_SEKSUAL"]) == {"TRAFFICKING", "SEKSUAL", "EKSPLOITASI"}
    assert MAP.violence(["NP"], ["PERKAWINAN"]) == {"LAINNYA", "TRAFFICKING"}


def test_every_modus_and_purpose_names_known_simfoni_forms():
    assert all(MAP.by_modus[c] for c in LISTS["modus"].codes())
    assert all(MAP.by_purpose[c] for c in LISTS["tppo_purpose"].codes())


def test_religious_support_is_its_own_service():
    assert MAP.services("konseling", {"jenis": "INDIVIDU"}) == {"REHABILITASI_SOSIAL"}
    assert "PENDAMPINGAN_TOKOH_AGAMA" in MAP.services("konseling", {"profesi": "ROHANIAWAN"})
    assert "PENDAMPINGAN_TOKOH_AGAMA" in MAP.services(
        "layanan_rehsos", {"layanan": ["BIMBINGAN_ROHANI"]})
    assert MAP.services("perjalanan", {"fase": "TUJUAN"}) == frozenset()
    assert MAP.services("rujukan", {"arah": "MASUK"}) == frozenset()


def test_every_service_form_of_simfoni_exists():
    forms = json.loads((ppt_desk.paths.CODELISTS.parent / "casework" /
                        "service_forms.json").read_text())
    kinds = {f["kind"] for f in forms["forms"]}
    named = set(MAP.by_form) | {c.kind for c, _code in MAP.conditions}
    assert named <= kinds


# -- HTCDS ---------------------------------------------------------------------------------
def case(*facts, sex="P", age_band="DEWASA", **extra):
    return {"case_id": "0190a1b2-c3d4-7e5f-8a9b-000000000001", "person_id": "person-77",
            "full_name": "Siti Contoh", "sex": sex, "age_band": age_band,
            "intake_date": DAY, "facts": [Fact(d, c, DAY, v) for d, c, *rest in facts
                                          for v in [rest[0] if rest else None]], **extra}


def one(*facts, **kw):
    (row,) = htcds.rows([case(*facts, **kw)], LISTS)
    return row


def test_trn_is_child_labour_only_for_a_child():
    assert one(("modus", "TRN"))["vic_TypeOfExploitation"] == "ForcedLabour"
    assert one(("modus", "TRN"), age_band="ANAK")["vic_TypeOfExploitation"] == "ChildLabour"
    # 19 at intake, 16 when the exploitation began: a child then
    assert one(("modus", "TRN"), ("umur_eksploitasi", "UMUR", 16))[
        "vic_TypeOfExploitation"] == "ChildLabour"
    assert one(("modus", "TRN"), ("umur_eksploitasi", "UMUR", 18), age_band="ANAK")[
        "vic_TypeOfExploitation"] == "ForcedLabour"


def test_use_of_force_is_physical_abuse_too_and_an_agency_is_a_channel():
    row = one(("perekrutan", "KEKERASAN"), ("perekrutan", "S_AGENSI"))
    assert row["vic_Methods_of_Control"] == "PhysicalAbuse PhysicalThreats"
    assert row["vic_MethodOfRecruitment"] == "Other"


def test_means_and_purposes_reach_htcds():
    assert all(LISTS["tppo_means"].get(c).htcds for c in LISTS["tppo_means"].codes())
    assert all(LISTS["tppo_purpose"].get(c).htcds for c in LISTS["tppo_purpose"].codes())
    row = one(("cara", "PENJERATAN_UTANG"), ("cara", "PEMBIUSAN"), ("eksploitasi", "PERKAWINAN"),
              ("modus", "KRJ-PRT"))
    assert row["vic_Methods_of_Control"] == "DebtBondage PsychoactiveSubstance"
    assert row["vic_TypeOfExploitation"] == "ForcedLabour ForcedMarriage Servitude"
    assert row["vic_ForcedLabourIndustry"] == "T_ActivitiesOfHouseholdsAsEmployers"


def test_the_rest_of_a_row():
    row = one(("kewarganegaraan", "ID"), ("status_korban", "DIDUGA"),
              ("status_kasus", "DIPINDAHKAN"), ("tujuan_negara", "MY"), ("tujuan_negara", "SG"),
              ("hubungan_pelaku", "TETANGGA"), ("hubungan_pelaku", "SUAMI_ISTRI"),
              ("umur_eksploitasi", "UMUR", 24), ("modus", "KRJ-KARAOKE"), sex="L")
    assert row == {
        "prs_Gender": "Masculine", "prs_Citizenship": "ID", "vic_AgeWhenTrafficked": "24",
        "vic_TraffickingStatus": "PossibleVictimOfTrafficking", "vic_MethodOfRecruitment": "",
        "vic_Methods_of_Control": "", "vic_TypeOfExploitation": "SexualExploitation",
        "vic_ForcedLabourIndustry": "R_ArtsEntertainmentAndRecreation",
        "vic_TypeOfSexExploitation": "PrivateSexualServices",
        "vic_LocationOfExploitation": "MY SG", "vic_RelationshipToTrafficker": "Familial",
        "cas_Status": "ClosedReferred", "yearOfRegistration": "2026"}
    assert one(("tujuan_provinsi", "64"))["vic_LocationOfExploitation"] == "ID"
    assert one(("kewarganegaraan", "LAINNYA"))["prs_Citizenship"] == ""
    assert one()["vic_AgeWhenTrafficked"] == ""      # the age at intake is another thing


def test_rows_are_de_identified_and_in_htcds_terms():
    from test_htcds_xlsform import FIELD_STANDARDS, XLSFORM, standard
    if not (XLSFORM.is_file() and FIELD_STANDARDS.is_file()):
        pytest.skip("HTCDS standard not found")
    std = standard()
    cases = [case(*[(dim, code) for dim in ("modus",) for code in [m]],
                  ("kewarganegaraan", "MY"), ("status_korban", "KORBAN"),
                  ("status_kasus", "AKTIF"), ("cara", "PENIPUAN"), ("perekrutan", "S_MEDSOS"),
                  ("hubungan_pelaku", "MAJIKAN"), ("eksploitasi", "LAINNYA"),
                  ("umur_eksploitasi", "UMUR", 20), sex=s, age_band=band)
             for m in LISTS["modus"].codes() for s in ("L", "P", "")
             for band in ("ANAK", "DEWASA", "")]
    rows = htcds.rows(cases, LISTS)
    assert len(rows) == len(cases)
    for row in rows:
        assert tuple(row) == htcds.COLUMNS
        for column in htcds.HTCDS_COLUMNS:
            allowed = std.allowed(column)
            if allowed is not None and row[column]:
                assert set(row[column].split()) <= allowed, (column, row[column])
        text = " ".join(row.values())
        assert "0190a1b2" not in text and "person-77" not in text and "Siti" not in text
        assert "2026-03" not in text and "14" not in text.split()
    assert rows == sorted(rows, key=lambda r: tuple(r[c] for c in htcds.COLUMNS))
    assert htcds.rows(list(reversed(cases)), LISTS) == rows


@pytest.mark.parametrize("column", htcds.QUASI)
def test_quasi_identifiers_are_columns(column):
    assert column in htcds.COLUMNS


def test_an_age_generalises_to_its_simfoni_band():
    bands = [(b.extra["min_age"], b.extra["max_age"], b.simfoni)
             for b in LISTS["age_band_simfoni"].items]
    assert list(htcds.AGE_RANGES) == bands
    assert [htcds.GENERALISE["vic_AgeWhenTrafficked"](a) for a in ("0", "5", "6", "16", "17",
                                                                    "18", "59", "60", "99")] == \
        ["0-5", "0-5", "6-12", "13-17", "13-17", "18-24", "45-59", "60+", "60+"]
    assert htcds.age_range("") == "" and htcds.age_range("x") == ""
    assert set(htcds.GENERALISE) <= set(htcds.QUASI)


def test_the_destination_phase_of_the_facts_is_htcds_exploitation():
    """facts.py takes the destination legs (fase TUJUAN) for tujuan_negara and the age at
    exploitation: the phase that journey_phase maps to HTCDS Exploitation."""
    from ppt_desk.domain.stats import facts
    exploitation = [c.code for c in LISTS["journey_phase"].items if c.htcds == "Exploitation"]
    assert exploitation == [facts.DESTINATION]
