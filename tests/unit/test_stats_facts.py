"""domain.stats.facts: a case and its records -> its facts, per dimension group, against the
shipped forms (resources/casework) and code lists. Synthetic cases only."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

import ppt_desk.paths
from ppt_desk.domain.casework import Rec, load_config
from ppt_desk.domain.codelists import Code, CodeList, CodeLists
from ppt_desk.domain.forms import as_date, validate_record
from ppt_desk.domain.stats.dimensions import BY_CODE, EVENT, INTAKE
from ppt_desk.domain.stats.facts import STATS_VERSION, facts_of, simfoni_band
from ppt_desk.domain.stats.model import Fact, StatCaseInput
from ppt_desk.domain.stats.simfoni import SimfoniMap

CONFIG = load_config(ppt_desk.paths.CASEWORK)
FORMS = CONFIG.forms
TRACK_OF = {form: track.code for track in CONFIG.tracks for form in track.forms}
LISTS = CodeLists(ppt_desk.paths.CODELISTS)
BANDS = LISTS["age_band_simfoni"]
TODAY = date(2026, 12, 3)
INTAKE_DAY = date(2026, 3, 2)
LEVELS = {"inst-rs-kupang": "PROVINSI", "inst-dinsos-kab": "KABUPATEN_KOTA"}


SIMFONI = SimfoniMap.from_lists(LISTS)
PLACE = "TEMPAT_KERJA"      # incident_place
RELATION = "TETANGGA"       # perpetrator_relation


def case(**changes: Any) -> StatCaseInput:
    base = StatCaseInput(
        case_id="case-1", person_id="person-1", office_id="office-1", intake_date=INTAKE_DAY,
        intake_channel="HOTLINE", victim_status="KORBAN", victim_role="KORBAN",
        modus=("KRJ-TKI", "PP"), sex="P", age_at_intake=19, age_band="DEWASA",
        birth_date=date(2006, 8, 15), estimated_age=None, stage="PELAKSANAAN", status="AKTIF",
        transferred=False, origin_province="53", origin_regency="53.02", citizenship="ID",
        earlier_cases=0,
        stages_reached=(("PERLINDUNGAN", INTAKE_DAY), ("PENDEKATAN_AWAL", date(2026, 3, 12))))
    return replace(base, **changes)


def rec(kind: str, payload: dict[str, Any], rid: str = "") -> Rec:
    """A record as storage hands it over: record_date is the form's date field."""
    form = FORMS[kind]
    on = as_date(payload.get(form.date_field)) if form.date_field else None
    return Rec(rid or f"{kind}-{len(payload)}", kind, payload, on)


def run(the_case: StatCaseInput, records: list[Rec], **kw: Any) -> list[Fact]:
    return facts_of(the_case, records, lambda i: LEVELS.get(i, ""), TODAY,
                    track_of=kw.get("track_of", TRACK_OF), simfoni=kw.get("simfoni", SIMFONI))


def of(facts: list[Fact], dim: str) -> set[tuple[str, date]]:
    return {(f.code, f.on_date) for f in facts if f.dim == dim}


def codes(facts: list[Fact], dim: str) -> set[str]:
    return {f.code for f in facts if f.dim == dim}


# A whole case: every form the rules read, with the shipped forms' keys and codes.
JOURNEY_OUT = {"fase": "PRA_KEBERANGKATAN", "wilayah": "53.02", "negara": "ID",
               "tanggal_mulai": "2025-06-01", "tempat_kejadian": PLACE}
JOURNEY_THERE = {"fase": "TUJUAN", "wilayah": "61.72", "negara": "MY",
                 "tanggal_mulai": "2025-07-20", "tanggal_selesai": "2026-02-20",
                 "pekerjaan": "Buruh kebun"}
ELEMENTS = {"tanggal": "2026-03-03", "proses": ["PEREKRUTAN", "PENGANGKUTAN"],
            "cara": ["PENIPUAN", "PENJERATAN_UTANG"], "tujuan": ["KERJA_PAKSA"],
            "cara_perekrutan": ["JANJI_PALSU", "S_CALO"],
            "lingkup": "ANTAR_NEGARA", "penilaian_awal": "TERPENUHI"}
PERPETRATOR = {"tanggal": "2026-03-03", "peran": "CALO_SPONSOR", "hubungan": RELATION}
FULL = [
    rec("perjalanan", JOURNEY_OUT, "j1"),
    rec("perjalanan", JOURNEY_THERE, "j2"),
    rec("unsur_tppo", ELEMENTS, "u1"),
    rec("pelaku", PERPETRATOR, "p1"),
    rec("evakuasi", {"tanggal": "2026-03-02", "dari": "Pelabuhan", "ke": "Rumah aman",
                     "oleh": "Polres", "transportasi": "MOBIL"}, "e1"),
    rec("visum", {"tanggal_permintaan": "2026-03-04", "tanggal_terbit": "2026-03-11"}, "v1"),
    rec("layanan_rehsos", {"tanggal_mulai": "2026-03-20", "tempat": "DI_DALAM_PANTI",
                           "layanan": ["PEMULIHAN_PSIKOSOSIAL"]}, "r1"),
    rec("rujukan", {"arah": "KELUAR", "tanggal": "2026-03-05", "lembaga": "inst-rs-kupang",
                    "layanan": ["PEMULIHAN_KESEHATAN"], "kebutuhan": "Perawatan",
                    "manajemen_kasus": "TETAP", "status": "DIKIRIM"}, "f1"),
    rec("pemulangan_rencana", {"tanggal": "2026-03-25", "keinginan_korban": "Pulang",
                               "jenis_tujuan": "DAERAH_ASAL"}, "pr"),
    rec("pemulangan_pelaksanaan", {"tanggal_berangkat": "2026-04-01",
                                   "tanggal_tiba": "2026-04-02"}, "pp"),
    rec("reintegrasi_rencana", {"tanggal": "2026-04-10", "tujuan": "KELUARGA",
                                "keinginan_korban": "Kembali ke keluarga",
                                "kesiapan_lingkungan": "SIAP",
                                "risiko_diperdagangkan_kembali": "SEDANG",
                                "rencana_mitigasi": "Pendampingan desa"}, "ri"),
    rec("laporan_polisi", {"tanggal": "2026-03-06", "kantor": "inst-polres"}, "lp"),
    rec("putusan", {"tanggal": "2026-09-30", "amar": "DIHUKUM",
                    "berkekuatan_hukum_tetap": True}, "pt"),
    rec("restitusi", {"tanggal": "2026-10-05", "tahap": "DIAJUKAN"}, "rs"),
    rec("hambatan", {"tanggal": "2026-03-15", "kategori": "DOKUMEN",
                     "uraian": "Paspor ditahan agen"}, "hb"),
]


def _clean(kind: str, payload: dict[str, Any]) -> dict[str, Any]:
    known = {f.key for f in FORMS[kind].fields}
    return {k: v for k, v in payload.items() if k in known and v not in (None, [], "")}


def test_the_synthetic_records_are_valid_records_of_the_shipped_forms():
    # The rules read the real forms' keys and codes: every record used here validates.
    names = {f.codelist for form in FORMS.values() for f in form.fields if f.codelist}
    lists = {n: frozenset(LISTS[n].codes()) for n in names
             if (ppt_desk.paths.CODELISTS / f"{n}.json").exists()}
    for r in FULL:
        form = FORMS[r.kind]
        clean = validate_record(form, _clean(r.kind, r.payload), TODAY, lists,
                                {"child": False})
        assert as_date(clean.get(form.date_field)) == r.record_date or r.record_date is None


def test_every_dimension_gets_facts_from_a_full_case():
    facts = run(case(earlier_cases=1), FULL)
    assert {f.dim for f in facts} == set(BY_CODE)
    assert STATS_VERSION >= 2


def test_intake_dimensions_are_dated_by_the_intake_and_events_by_their_own_day():
    facts = run(case(earlier_cases=1), FULL)
    for f in facts:
        if BY_CODE[f.dim].dated == INTAKE:
            assert f.on_date == INTAKE_DAY, f
    event_days = {f.on_date for f in facts if BY_CODE[f.dim].dated == EVENT}
    assert date(2026, 9, 30) in event_days and date(2026, 3, 11) in event_days


def test_facts_are_sorted_and_deduplicated():
    twice = FULL + [rec("visum", {"tanggal_permintaan": "2026-03-04"}, "v2"),
                    rec("hambatan", {"tanggal": "2026-03-15", "kategori": "DOKUMEN"}, "hb2")]
    facts = run(case(), twice)
    assert facts == sorted(facts)
    keys = [(f.dim, f.code, f.on_date) for f in facts]
    assert len(keys) == len(set(keys))
    assert of(facts, "visum") == {("DIMINTA", date(2026, 3, 4)), ("TERBIT", date(2026, 3, 11))}
    assert of(facts, "hambatan") == {("DOKUMEN", date(2026, 3, 15))}


def test_facts_do_not_depend_on_the_day_they_are_computed():
    first = facts_of(case(), FULL, lambda i: "", date(2026, 4, 1), track_of=TRACK_OF)
    later = facts_of(case(), FULL, lambda i: "", date(2030, 1, 1), track_of=TRACK_OF)
    assert first == later


# -- who came in ---------------------------------------------------------------------------
def test_the_case_fields():
    facts = run(case(), [])
    single = {f.dim: f.code for f in facts if not BY_CODE[f.dim].multi}
    assert single == {"kasus": "BARU", "kewarganegaraan": "ID", "jalur_masuk": "HOTLINE",
                      "status_korban": "KORBAN", "asal_provinsi": "53",
                      "asal_kabupaten": "53.02", "lingkup": "", "tahap": "PELAKSANAAN",
                      "status_kasus": "AKTIF"}
    assert codes(facts, "modus") == {"KRJ-TKI", "PP"}
    assert "berulang" not in {f.dim for f in facts}


def test_unknown_single_values_are_counted_as_unknown_and_multi_values_give_nothing():
    facts = run(case(citizenship="", intake_channel="", origin_province="", origin_regency="",
                     modus=()), [])
    single = {f.dim: f.code for f in facts}
    for dim in ("kewarganegaraan", "jalur_masuk", "asal_provinsi", "asal_kabupaten", "lingkup"):
        assert single[dim] == "", dim
    assert not codes(facts, "modus")


def test_status_transferred_and_re_trafficked():
    assert codes(run(case(status="DITUTUP"), []), "status_kasus") == {"DITUTUP"}
    assert codes(run(case(status="AKTIF", transferred=True), []),
                 "status_kasus") == {"DIPINDAHKAN"}
    assert of(run(case(earlier_cases=2), []), "berulang") == {("ULANG", INTAKE_DAY)}
    assert not codes(run(case(earlier_cases=0), []), "berulang")


def test_elements_of_the_crime():
    facts = run(case(), [rec("unsur_tppo", ELEMENTS)])
    assert codes(facts, "eksploitasi") == {"KERJA_PAKSA"}
    assert codes(facts, "cara") == {"PENIPUAN", "PENJERATAN_UTANG"}
    assert codes(facts, "perekrutan") == {"JANJI_PALSU", "S_CALO"}
    assert codes(facts, "lingkup") == {"ANTAR_NEGARA"}
    dalam = run(case(), [rec("unsur_tppo", {**ELEMENTS, "lingkup": "DALAM_NEGERI"})])
    assert codes(dalam, "lingkup") == {"DALAM_NEGERI"}


def test_destinations_come_from_the_journey_records_of_the_destination_phase():
    records = [rec("perjalanan", JOURNEY_OUT, "a"), rec("perjalanan", JOURNEY_THERE, "b"),
               rec("perjalanan", {"fase": "TUJUAN", "wilayah": "31.71",
                                  "tanggal_mulai": "2025-05-01"}, "c"),
               rec("perjalanan", {"fase": "TRANSIT", "wilayah": "21.71", "negara": "SG"}, "d")]
    facts = run(case(), records)
    assert codes(facts, "tujuan_negara") == {"MY"}           # not the transit's SG or home ID
    assert codes(facts, "tujuan_provinsi") == {"61", "31"}   # province of each regency
    assert of(facts, "tujuan_provinsi") == {("61", INTAKE_DAY), ("31", INTAKE_DAY)}


def test_place_of_incident_and_perpetrators_relation():
    facts = run(case(), [rec("perjalanan", JOURNEY_OUT),
                         rec("pelaku", {"tanggal": "2026-03-03", "peran": "PEREKRUT",
                                        "hubungan": RELATION}, "p1"),
                         rec("pelaku", {"peran": "PENAMPUNG", "hubungan": ""}, "p2")])
    assert codes(facts, "tempat_kejadian") == {PLACE}
    assert codes(facts, "hubungan_pelaku") == {RELATION}


def _age(the_case: StatCaseInput, start: str | None = "2025-07-20",
         fase: str = "TUJUAN") -> int | None:
    payload = {"fase": fase, "negara": "MY"}
    if start is not None:
        payload["tanggal_mulai"] = start
    facts = [f for f in run(the_case, [rec("perjalanan", payload)])
             if f.dim == "umur_eksploitasi"]
    assert all(f.code == "UMUR" and f.on_date == INTAKE_DAY for f in facts)
    return facts[0].value if facts else None


def test_age_at_exploitation_from_the_birth_date():
    born = case(birth_date=date(2007, 7, 21))
    assert _age(born, "2025-07-20") == 17        # the day before the 18th birthday
    assert _age(born, "2025-07-21") == 18
    assert _age(born, None) is None              # the destination phase has no start day
    assert _age(born, fase="TRANSIT") is None    # no destination-phase record
    assert _age(case(birth_date=date(2026, 1, 1)), "2025-07-20") is None   # born later


def test_age_at_exploitation_from_the_estimate_at_intake():
    est = case(birth_date=None, age_at_intake=None, estimated_age=19)   # intake 2026-03-02
    assert _age(est, "2025-07-20") == 19     # less than a year before the intake
    assert _age(est, "2025-03-02") == 18     # a whole year before
    assert _age(est, "2024-03-03") == 18     # one day short of two years
    assert _age(est, "2027-03-02") == 20     # a year after the intake
    assert _age(case(birth_date=None, age_at_intake=None, estimated_age=None)) is None
    assert _age(case(birth_date=None, age_at_intake=None, estimated_age=1),
                "2020-01-01") is None                                      # negative
    # The case's own age at intake comes first (the person's estimate may be an older case's).
    assert _age(case(birth_date=None, age_at_intake=19, estimated_age=25), "2025-03-02") == 18


def test_age_at_exploitation_uses_the_earliest_destination_record():
    records = [rec("perjalanan", {"fase": "TUJUAN", "tanggal_mulai": "2025-09-01"}, "a"),
               rec("perjalanan", {"fase": "TUJUAN", "tanggal_mulai": "2024-09-01"}, "b")]
    facts = run(case(birth_date=date(2006, 8, 15)), records)
    assert [f.value for f in facts if f.dim == "umur_eksploitasi"] == [18]


# -- what happened ---------------------------------------------------------------------------
def test_services_by_track_and_kind():
    records = [rec("visum", {"tanggal_permintaan": "2026-03-04"}),
               rec("konseling", {"tanggal": "2026-03-09", "jenis": "INDIVIDU"}),
               rec("laporan_polisi", {"tanggal": "2026-03-06"}),
               rec("rujukan", {"arah": "KELUAR", "tanggal": "2026-03-05", "lembaga": "x"}, "k"),
               rec("rujukan", {"arah": "MASUK", "tanggal": "2026-03-01", "lembaga": "y"}, "m"),
               rec("perjalanan", JOURNEY_THERE),
               rec("unsur_tppo", ELEMENTS),
               rec("penampungan", {"jenis_fasilitas": "RUMAH_AMAN",
                                   "tanggal_masuk": "2026-03-02"}),
               rec("asesmen", {"tanggal": "2026-03-03"})]
    facts = run(case(), records)
    assert of(facts, "layanan") == {("KESEHATAN", date(2026, 3, 4)),
                                    ("SOSIAL", date(2026, 3, 9)),
                                    ("HUKUM", date(2026, 3, 6)),
                                    ("RUJUKAN", date(2026, 3, 5))}
    assert codes(facts, "layanan_jenis") == {"visum", "konseling", "laporan_polisi",
                                             "rujukan", "penampungan"}
    assert of(facts, "layanan_jenis") >= {("penampungan", date(2026, 3, 2))}


def test_services_follow_the_given_track_map():
    facts = run(case(), [rec("konseling", {"tanggal": "2026-03-09"})],
                track_of={"konseling": "PSIKOSOSIAL"})
    assert codes(facts, "layanan") == {"PSIKOSOSIAL"}


def test_records_without_a_date_give_no_event_fact():
    records = [rec("konseling", {"jenis": "INDIVIDU"}),
               rec("hambatan", {"kategori": "DANA"}),
               rec("laporan_polisi", {"nomor_laporan": "LP/1"}),
               rec("reintegrasi_selesai", {"alasan": "BERFUNGSI_SOSIAL"}),
               rec("rujukan", {"arah": "KELUAR", "lembaga": "inst-rs-kupang"})]
    facts = run(case(stages_reached=()), records)
    events = [f for f in facts if BY_CODE[f.dim].dated == EVENT]
    assert events == sorted(Fact("simfoni_layanan", c, INTAKE_DAY)   # the complaint only
                            for c in SIMFONI.intake)


def test_social_rehabilitation_inside_and_outside_a_panti():
    facts = run(case(), [
        rec("layanan_rehsos", {"tanggal_mulai": "2026-03-20", "tempat": "DI_DALAM_PANTI"}, "a"),
        rec("layanan_rehsos", {"tanggal_mulai": "2026-05-02", "tempat": "DI_LUAR_PANTI"}, "b"),
        rec("layanan_rehsos", {"tanggal_mulai": "2026-05-09"}, "c"),
        rec("konseling", {"tanggal": "2026-03-09", "tempat": "DI_DALAM_PANTI"}, "d")])
    assert of(facts, "rehsos_tempat") == {("DI_DALAM_PANTI", date(2026, 3, 20)),
                                          ("DI_LUAR_PANTI", date(2026, 5, 2))}


def test_visum_requested_and_issued_on_their_days():
    facts = run(case(), [
        rec("visum", {"tanggal_permintaan": "2026-03-04", "tanggal_terbit": "2026-03-11"}, "a"),
        rec("visum", {"tanggal_permintaan": "2026-06-01"}, "b")])
    assert of(facts, "visum") == {("DIMINTA", date(2026, 3, 4)), ("TERBIT", date(2026, 3, 11)),
                                  ("DIMINTA", date(2026, 6, 1))}


def test_outgoing_referrals_by_institution_and_level():
    facts = run(case(), [
        rec("rujukan", {"arah": "KELUAR", "tanggal": "2026-03-05",
                        "lembaga": "inst-rs-kupang"}, "a"),
        rec("rujukan", {"arah": "KELUAR", "tanggal": "2026-04-05",
                        "lembaga": "inst-unknown"}, "b"),
        rec("rujukan", {"arah": "MASUK", "tanggal": "2026-02-28",
                        "lembaga": "inst-dinsos-kab"}, "c")])
    assert of(facts, "rujukan_lembaga") == {("inst-rs-kupang", date(2026, 3, 5)),
                                            ("inst-unknown", date(2026, 4, 5))}
    assert of(facts, "rujukan_tingkat") == {("PROVINSI", date(2026, 3, 5)),
                                            ("", date(2026, 4, 5))}


PLAN = {"tanggal": "2026-03-25", "keinginan_korban": "Pulang", "jenis_tujuan": "DAERAH_ASAL"}
TRIP = {"tanggal_berangkat": "2026-04-01", "tanggal_tiba": "2026-04-02"}


def test_repatriation_arrived_and_cancelled():
    arrived = run(case(), [rec("pemulangan_rencana", PLAN), rec("pemulangan_pelaksanaan", TRIP)])
    assert of(arrived, "pemulangan") == {("TIBA", date(2026, 4, 2))}
    cancelled = run(case(), [rec("pemulangan_pelaksanaan", {**TRIP, "dibatalkan": True,
                                                            "alasan_batal": "KESEHATAN"})])
    assert of(cancelled, "pemulangan") == {("DIBATALKAN", date(2026, 4, 1))}
    on_the_way = run(case(), [rec("pemulangan_pelaksanaan", {"tanggal_berangkat": "2026-04-01"})])
    assert not codes(on_the_way, "pemulangan")


def test_repatriation_of_remains():
    by_plan = run(case(), [rec("pemulangan_rencana", {**PLAN, "jenazah": True}),
                           rec("pemulangan_pelaksanaan", TRIP)])
    assert of(by_plan, "pemulangan") == {("TIBA", date(2026, 4, 2)), ("JENAZAH", date(2026, 4, 2))}
    handover = rec("serah_terima_pemulangan", {
        "tanggal": "2026-04-03", "tempat": "Bandara El Tari", "penerima_nama": "Keluarga",
        "penerima_hubungan": "Ayah", "tanggal_meninggal": "2026-03-20"})
    by_handover = run(case(), [rec("pemulangan_pelaksanaan", TRIP), handover])
    assert of(by_handover, "pemulangan") == {("TIBA", date(2026, 4, 2)),
                                             ("JENAZAH", date(2026, 4, 2))}
    handover_only = run(case(), [handover])
    assert of(handover_only, "pemulangan") == {("JENAZAH", date(2026, 4, 3))}
    alive = run(case(), [rec("pemulangan_pelaksanaan", TRIP),
                         rec("serah_terima_pemulangan", {**handover.payload,
                                                         "tanggal_meninggal": None})])
    assert codes(alive, "pemulangan") == {"TIBA"}
    cancelled = run(case(), [rec("pemulangan_rencana", {**PLAN, "jenazah": True}),
                             rec("pemulangan_pelaksanaan", {**TRIP, "dibatalkan": True})])
    assert codes(cancelled, "pemulangan") == {"DIBATALKAN"}


def test_reintegration_steps():
    facts = run(case(), [
        rec("reintegrasi_rencana", {"tanggal": "2026-04-10", "tujuan": "KELUARGA"}),
        rec("paket_ekonomi", {"tanggal": "2026-05-01", "jenis": "STIMULAN_BARANG"}),
        rec("pendidikan_anak", {"tanggal": "2026-05-02", "jenis": "PAKET_B",
                                "status": "BERJALAN"}, "a"),
        rec("pendidikan_anak", {"tanggal": "2026-06-02", "jenis": "PAKET_C",
                                "status": "DIRENCANAKAN"}, "b"),
        rec("kunjungan_reintegrasi", {"tanggal_kunjungan": "2026-06-10"}),
        rec("reintegrasi_selesai", {"tanggal": "2026-11-01", "alasan": "BERFUNGSI_SOSIAL"})])
    assert of(facts, "reintegrasi") == {("RENCANA", date(2026, 4, 10)),
                                        ("PAKET_EKONOMI", date(2026, 5, 1)),
                                        ("PENDIDIKAN", date(2026, 5, 2)),
                                        ("SELESAI", date(2026, 11, 1))}


def test_legal_process():
    facts = run(case(), [
        rec("laporan_polisi", {"tanggal": "2026-03-06"}),
        rec("penyidikan", {"tanggal": "2026-03-20"}),
        rec("penuntutan", {"tanggal": "2026-06-15", "kejaksaan": "inst-kejari",
                           "restitusi_dituntut": 25_000_000}),
        rec("putusan", {"tanggal": "2026-09-30", "tingkat": "PN", "amar": "DIHUKUM",
                        "restitusi_dikabulkan": 20_000_000}, "pn"),
        rec("putusan", {"tanggal": "2026-11-20", "tingkat": "PT", "amar": "DIHUKUM",
                        "berkekuatan_hukum_tetap": True}, "pt"),
        rec("restitusi", {"tanggal": "2026-11-25", "tahap": "DIBAYAR",
                          "jumlah_dibayar": 20_000_000, "tanggal_dibayar": "2026-11-28"}, "r1"),
        rec("restitusi", {"tanggal": "2026-06-16", "tahap": "DITOLAK"}, "r2"),
        rec("sidang", {"tanggal": "2026-08-01", "agenda": "SAKSI"})])
    assert of(facts, "hukum") == {
        ("LAPORAN_POLISI", date(2026, 3, 6)), ("PENYIDIKAN", date(2026, 3, 20)),
        ("PENUNTUTAN", date(2026, 6, 15)), ("RESTITUSI_DIAJUKAN", date(2026, 6, 15)),
        ("PUTUSAN", date(2026, 9, 30)), ("PUTUSAN_DIHUKUM", date(2026, 9, 30)),
        ("RESTITUSI_DIKABULKAN", date(2026, 9, 30)),
        ("PUTUSAN", date(2026, 11, 20)), ("PUTUSAN_DIHUKUM", date(2026, 11, 20)),
        ("INKRACHT", date(2026, 11, 20)), ("RESTITUSI_DIBAYAR", date(2026, 11, 28))}


def test_acquittal_and_restitution_steps_on_their_own_records():
    facts = run(case(), [
        rec("putusan", {"tanggal": "2026-09-30", "amar": "BEBAS",
                        "berkekuatan_hukum_tetap": False}),
        rec("penuntutan", {"tanggal": "2026-06-15", "restitusi_dituntut": 0}),
        rec("restitusi", {"tanggal": "2026-07-01", "tahap": "DIAJUKAN"}, "a"),
        rec("restitusi", {"tanggal": "2026-10-01", "tahap": "DIKABULKAN"}, "b"),
        rec("restitusi", {"tanggal": "2026-12-01", "tahap": "DIBAYAR"}, "c")])
    assert of(facts, "hukum") == {
        ("PUTUSAN", date(2026, 9, 30)), ("PENUNTUTAN", date(2026, 6, 15)),
        ("RESTITUSI_DIAJUKAN", date(2026, 7, 1)), ("RESTITUSI_DIKABULKAN", date(2026, 10, 1)),
        ("RESTITUSI_DIBAYAR", date(2026, 12, 1))}


def test_obstacles_by_category():
    facts = run(case(), [rec("hambatan", {"tanggal": "2026-03-15", "kategori": "DOKUMEN"}, "a"),
                         rec("hambatan", {"tanggal": "2026-04-15", "kategori": "DANA"}, "b"),
                         rec("hambatan", {"tanggal": "2026-05-15", "kategori": "TIDAK_ADA"}, "c")])
    assert of(facts, "hambatan") == {("DOKUMEN", date(2026, 3, 15)), ("DANA", date(2026, 4, 15))}


def test_days_from_intake_to_each_stage():
    reached = (("PERLINDUNGAN", INTAKE_DAY), ("PENDEKATAN_AWAL", date(2026, 3, 12)),
               ("RENCANA", date(2026, 4, 1)), ("BAD", date(2026, 2, 1)))
    facts = [f for f in run(case(stages_reached=reached), []) if f.dim == "tahap_dicapai"]
    assert [(f.code, f.on_date, f.value) for f in facts] == [
        ("PENDEKATAN_AWAL", date(2026, 3, 12), 10), ("PERLINDUNGAN", INTAKE_DAY, 0),
        ("RENCANA", date(2026, 4, 1), 30)]


# -- SIMFONI-PPA dimensions (the mapping is simfoni.SimfoniMap's, from the code lists) ----------
def test_simfoni_form_of_violence_from_modus_and_purposes():
    by_purpose = SIMFONI.violence([], ["KERJA_PAKSA"])
    by_modus = SIMFONI.violence(["KRJ-TKI", "PP"])
    assert by_purpose and by_modus
    assert of(run(case(modus=()), [rec("unsur_tppo", ELEMENTS)]), "simfoni_bentuk") == {
        (c, INTAKE_DAY) for c in by_purpose}
    assert codes(run(case(), []), "simfoni_bentuk") == by_modus
    assert codes(run(case(), [rec("unsur_tppo", ELEMENTS)]),
                 "simfoni_bentuk") == by_modus | by_purpose


def test_simfoni_services_per_dated_record_and_the_complaint_on_intake():
    dated = [rec("konseling", {"tanggal": "2026-03-09", "jenis": "BIMBINGAN_ROHANI"}, "a"),
             rec("layanan_rehsos", {"tanggal_mulai": "2026-03-09",
                                    "tempat": "DI_LUAR_PANTI"}, "b"),
             rec("visum", {"tanggal_permintaan": "2026-03-04"}, "c")]
    undated = rec("laporan_polisi", {"nomor_laporan": "LP/9"}, "d")
    assert SIMFONI.intake and all(SIMFONI.services(r.kind, r.payload) for r in dated + [undated])
    facts = run(case(), dated + [undated])
    assert of(facts, "simfoni_layanan") == (
        {(c, INTAKE_DAY) for c in SIMFONI.intake}
        | {(c, r.record_date) for r in dated for c in SIMFONI.services(r.kind, r.payload)})
    assert ("KESEHATAN", date(2026, 3, 4)) in of(facts, "simfoni_layanan")


def test_no_simfoni_map_no_simfoni_facts():
    facts = run(case(), FULL, simfoni=None)
    assert not {f.dim for f in facts} & {"simfoni_bentuk", "simfoni_layanan"}
    assert codes(facts, "perekrutan") == {"JANJI_PALSU", "S_CALO"}


# -- malformed data is skipped, never raised ----------------------------------------------------
def test_malformed_payloads_are_ignored():
    records = [
        Rec("x1", "unsur_tppo", {"tujuan": 5, "cara": [None, 3, "PENIPUAN"], "lingkup": ["X"]}),
        Rec("x2", "perjalanan", {"fase": "TUJUAN", "wilayah": 6171, "negara": ["MY"],
                                 "tanggal_mulai": "20-07-2025", "tempat_kejadian": {"a": 1}}),
        Rec("x3", "perjalanan", {"fase": "TUJUAN", "wilayah": "x.72"}),
        Rec("x4", "visum", {"tanggal_terbit": "2026-02-31"}, date(2026, 3, 4)),
        Rec("x5", "rujukan", {"arah": "KELUAR", "lembaga": 17}, date(2026, 3, 5)),
        Rec("x6", "pemulangan_pelaksanaan", {"tanggal_tiba": 20260402, "dibatalkan": "ya"},
            date(2026, 4, 1)),
        Rec("x7", "putusan", {"amar": None, "berkekuatan_hukum_tetap": "true",
                              "restitusi_dikabulkan": "1000"}, date(2026, 9, 30)),
        Rec("x8", "penuntutan", {"restitusi_dituntut": True}, date(2026, 6, 1)),
        Rec("x9", "restitusi", {"tahap": ["DIBAYAR"]}, date(2026, 10, 1)),
        Rec("x10", "hambatan", {"kategori": 4}, date(2026, 3, 15)),
        Rec("x11", "layanan_rehsos", {"tempat": "DI_RUMAH"}, date(2026, 3, 20)),
        Rec("x12", "pelaku", None),  # type: ignore[arg-type]
        Rec("x13", "pendidikan_anak", [], date(2026, 5, 2)),  # type: ignore[arg-type]
    ]
    facts = run(case(stages_reached=(("PERLINDUNGAN",), None)), records)  # type: ignore[arg-type]
    assert codes(facts, "eksploitasi") == set()
    assert codes(facts, "cara") == {"PENIPUAN"}
    assert codes(facts, "lingkup") == {""}
    assert not codes(facts, "tujuan_negara") and not codes(facts, "tujuan_provinsi")
    assert not codes(facts, "tempat_kejadian") and not codes(facts, "umur_eksploitasi")
    assert of(facts, "visum") == {("DIMINTA", date(2026, 3, 4))}
    assert not codes(facts, "rujukan_lembaga")
    assert not codes(facts, "pemulangan") and not codes(facts, "rehsos_tempat")
    assert codes(facts, "hukum") == {"PUTUSAN", "PENUNTUTAN"}
    assert not codes(facts, "hambatan") and not codes(facts, "tahap_dicapai")
    assert codes(facts, "reintegrasi") == {"PENDIDIKAN"}


# -- SIMFONI-PPA age band ---------------------------------------------------------------------
@pytest.mark.parametrize("age,band", [
    (None, ""), (-1, ""), (0, "U00_05"), (5, "U00_05"), (6, "U06_12"), (12, "U06_12"),
    (13, "U13_17"), (17, "U13_17"), (18, "U18_24"), (24, "U18_24"), (25, "U25_44"),
    (44, "U25_44"), (45, "U45_59"), (59, "U45_59"), (60, "U60"), (104, "U60")])
def test_simfoni_band_edges(age, band):
    assert simfoni_band(age, BANDS) == band


def test_simfoni_bands_fall_inside_the_seed_bands():
    from ppt_desk.domain.age import age_band
    for age in range(0, 100):
        code = simfoni_band(age, BANDS)
        assert BANDS.get(code).extra["age_band"] == age_band(age).value, age


def test_simfoni_band_skips_malformed_bands():
    bands = CodeList("age_band_simfoni", "t", (
        Code("BAD", "x", "x", extra={"min_age": "0", "max_age": 5}),
        Code("GAP", "x", "x", extra={"min_age": 10, "max_age": 12})))
    assert simfoni_band(3, bands) == ""
    assert simfoni_band(11, bands) == "GAP"
    assert simfoni_band(13, bands) == ""

