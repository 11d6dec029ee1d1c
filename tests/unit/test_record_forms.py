"""validate_record against the shipped forms.json: required fields, conditional requirements,
date order, one-of groups, codes (inline options and code lists), tables, times, dates."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

import ppt_desk.paths
from ppt_desk.domain.casework import load_config
from ppt_desk.domain.codelists import CodeLists
from ppt_desk.domain.errors import ValidationFailed
from ppt_desk.domain.forms import MAX_TEXT, validate_record

FORMS = load_config(ppt_desk.paths.CASEWORK).forms
LISTS = CodeLists(ppt_desk.paths.CODELISTS)
CODES = {name: frozenset(LISTS[name].codes())
         for name in {f.codelist for form in FORMS.values() for f in form.fields if f.codelist}}
TODAY = date(2025, 6, 10)
D = TODAY.isoformat()
LATER = (TODAY + timedelta(days=1)).isoformat()

VALID = {
    "evakuasi": {"tanggal": D, "jam": "21:30", "dari": "Pelabuhan Tenau", "ke": "Rumah aman",
                 "oleh": "Polda NTT", "transportasi": "MOBIL", "polisi": False},
    "penampungan": {"jenis_fasilitas": "RUMAH_AMAN", "nama_fasilitas": "Rumah aman A",
                    "tanggal_masuk": D},
    "asesmen": {"tanggal": D, "masalah_kebutuhan": "a", "konstelasi": "b", "akar_masalah": "c",
                "prioritas": "d"},
    "jaminan_hidup": {"tanggal": D, "jenis": "PERMAKANAN", "uraian": "Makan", "jumlah": 3},
    "pendampingan_khusus": {"tanggal": D},
    "bebas_kritis": {"tanggal": D, "dinyatakan_oleh": "dr. Yohana", "dasar": "Pemeriksaan"},
    "tahap_1": {"tanggal": D, "kebutuhan_layanan": "Konseling"},
    "tahap_2": {"tanggal": D, "pengalaman": "x", "akar_masalah": "y"},
    "tahap_3": {"tanggal": D, "masalah_prioritas": "x", "kebutuhan": ["FISIK"], "strategi": "y",
                "tujuan": [{"tujuan": "Mandiri", "target": LATER, "penanggung_jawab": "PM"}]},
    "kegiatan_pelaksanaan": {"tanggal": D, "jenis": "PELATIHAN", "uraian": "Kursus"},
    "tahap_5": {"tanggal": D, "kriteria": "a", "data": "b", "efektivitas": "c",
                "keputusan": "SIAP"},
    "tahap_6": {"tanggal": D, "rencana": "Kunjungan bulanan"},
    "kunjungan_rumah": {"jadwal": LATER},
    "terminasi": {"tanggal": D, "alasan": "HILANG_KONTAK", "penilaian_akhir": "x"},
    "hambatan": {"tanggal": D, "kategori": "TIDAK_ADA", "uraian": "-"},
    "serah_terima": {"tanggal": D, "ke": "user-2", "catatan": "Cuti panjang"},
}


# The service-track forms (service_forms.json): minimal valid records.
SERVICE_VALID = {
    "skrining_kesehatan": {"tanggal": D},
    "visum": {"tanggal_permintaan": D},
    "episode_kesehatan": {"jenis": "FISIK", "fasilitas": "nas-kemenkes", "tanggal_mulai": D},
    "tindak_lanjut_kesehatan": {"jadwal": LATER},
    "kesehatan_selesai": {"tanggal": D, "alasan": "PULIH"},
    "konseling": {"tanggal": D, "jenis": "INDIVIDU", "konselor": "Bu Maria"},
    "layanan_rehsos": {"tanggal_mulai": D, "tempat": "DI_LUAR_PANTI", "layanan": ["KONSELING_INDIVIDU"]},
    "inventaris_keterampilan": {"tanggal": D, "keterampilan": [{"nama": "Menjahit"}]},
    "rehsos_selesai": {"tanggal": D, "alasan": "TUJUAN_TERCAPAI"},
    "pemulangan_rencana": {"tanggal": D, "keinginan_korban": "Pulang ke ibu", "jenis_tujuan": "KELUARGA"},
    "pemulangan_pelaksanaan": {"tanggal_berangkat": D},
    "serah_terima_pemulangan": {"tanggal": D, "tempat": "Bandara El Tari", "penerima_nama": "Ibu Yuliana",
                                "penerima_hubungan": "Ibu kandung"},
    "reintegrasi_rencana": {"tanggal": D, "keinginan_korban": "Tinggal dengan keluarga", "tujuan": "KELUARGA",
                            "kesiapan_lingkungan": "SIAP", "risiko_diperdagangkan_kembali": "RENDAH"},
    "paket_ekonomi": {"tanggal": D, "jenis": "PELATIHAN", "uraian": "Kursus menjahit"},
    "pendidikan_anak": {"tanggal": D, "jenis": "PAKET_B", "status": "BERJALAN"},
    "kunjungan_reintegrasi": {"jadwal": LATER},
    "reintegrasi_selesai": {"tanggal": D, "alasan": "BERFUNGSI_SOSIAL"},
    "hukum_keputusan": {"tanggal": D, "keputusan": "TIDAK_MENEMPUH"},
    "laporan_polisi": {"tanggal": D, "kantor": "nas-bareskrim-ppa-ppo"},
    "penyidikan": {"tanggal": D},
    "penuntutan": {"tanggal": D, "kejaksaan": "nas-kejagung"},
    "sidang": {"tanggal": D},
    "putusan": {"tanggal": D, "amar": "DIHUKUM"},
    "upaya_hukum": {"tanggal": D, "jenis": "BANDING", "diajukan_oleh": "JAKSA"},
    "restitusi": {"tanggal": D, "tahap": "DIAJUKAN"},
    "pendamping_hukum": {"jenis": "ADVOKAT", "nama": "Yosef, S.H."},
    "lpsk": {"tanggal_permohonan": D, "jenis_perlindungan": ["BANTUAN_MEDIS"], "status": "DIAJUKAN"},
    "mediasi": {"tanggal": D, "diusulkan_oleh": "KORBAN"},
    "pemantauan_pasca_putusan": {"tanggal": D, "kondisi_korban": "Stabil"},
    "hukum_selesai": {"tanggal": D, "alasan": "PUTUSAN_TETAP"},
    "rujukan": {"arah": "KELUAR", "tanggal": D, "lembaga": "nas-lpsk", "layanan": ["PERLINDUNGAN_SAKSI"],
                "kebutuhan": "Perlindungan saksi", "manajemen_kasus": "TETAP", "status": "DIKIRIM"},
    "perjalanan": {"fase": "TRANSIT"},
    "unsur_tppo": {"tanggal": D},
    "pelaku": {"peran": "CALO_SPONSOR"},
}
VALID.update(SERVICE_VALID)


def check(kind: str, payload: dict) -> dict:
    return validate_record(FORMS[kind], payload, TODAY, CODES)


def problems(kind: str, payload: dict) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as refused:
        check(kind, payload)
    return refused.value.problems


def with_(kind: str, **changes) -> dict:
    payload = {**VALID[kind], **changes}
    return {k: v for k, v in payload.items() if v is not None}


def test_every_form_has_a_valid_example():
    assert set(VALID) == set(FORMS)


@pytest.mark.parametrize("kind", sorted(VALID))
def test_a_minimal_valid_record_passes(kind):
    assert check(kind, VALID[kind]) == VALID[kind]


@pytest.mark.parametrize("kind", sorted(VALID))
def test_every_required_field_is_required(kind):
    required = [f.key for f in FORMS[kind].fields if f.required]
    assert required, kind
    for key in required:
        assert problems(kind, with_(kind, **{key: None})) == {key: "required"}, key
        blank = [] if isinstance(VALID[kind][key], list) else "   "
        assert problems(kind, with_(kind, **{key: blank})) == {key: "required"}, key


def test_text_is_stripped_and_false_kept_and_empty_dropped():
    clean = check("evakuasi", with_("evakuasi", dari="  Tenau  ", pengawal="", catatan="  "))
    assert clean["dari"] == "Tenau" and clean["polisi"] is False
    assert "pengawal" not in clean and "catatan" not in clean


@pytest.mark.parametrize("kind, trigger, needed", [
    ("pendampingan_khusus", {"perlu": True}, ["kondisi", "konselor"]),
    ("tahap_1", {"perlu_rujukan": True}, ["rujukan_ke"]),
    ("tahap_1", {"kesepakatan_kerja": True}, ["tanggal_kesepakatan"]),
    ("tahap_3", {"sidang_kasus": True}, ["tanggal_sidang"]),
    ("kunjungan_rumah", {"tanggal_kunjungan": D}, ["psikologis", "sosial", "ekonomi"]),
])
def test_required_if_another_field_is_filled_in(kind, trigger, needed):
    assert problems(kind, with_(kind, **trigger)) == {k: "required" for k in needed}
    check(kind, with_(kind, **trigger, **{k: "isi" if k != "tanggal_sidang" and
                                           k != "tanggal_kesepakatan" else D for k in needed}))
    # Not triggered by False / empty.
    off = {k: (False if v is True else "") for k, v in trigger.items()}
    check(kind, with_(kind, **off))


@pytest.mark.parametrize("kind, field, value, needed", [
    ("tahap_5", "keputusan", "BELUM_SIAP", "kembali_ke"),
    ("terminasi", "alasan", "LAINNYA", "alasan_lain"),
])
def test_required_if_another_field_equals_a_value(kind, field, value, needed):
    assert problems(kind, with_(kind, **{field: value})) == {needed: "required"}
    fill = "RENCANA" if needed == "kembali_ke" else "Pindah domisili"
    check(kind, with_(kind, **{field: value, needed: fill}))
    check(kind, VALID[kind])  # another value does not need it


def test_a_discharge_cannot_come_before_admission():
    admitted = (TODAY - timedelta(days=5)).isoformat()
    before = (TODAY - timedelta(days=6)).isoformat()
    assert problems("penampungan", with_("penampungan", tanggal_masuk=admitted,
                                         tanggal_keluar=before)) == {"tanggal_keluar": "date_before"}
    check("penampungan", with_("penampungan", tanggal_masuk=admitted, tanggal_keluar=admitted))
    check("penampungan", with_("penampungan", tanggal_masuk=admitted, tanggal_keluar=D))


def test_an_allowance_entry_names_a_quantity_or_a_value():
    assert problems("jaminan_hidup", with_("jaminan_hidup", jumlah=None)) == \
        {"jumlah": "one_of_required", "nilai": "one_of_required"}
    check("jaminan_hidup", with_("jaminan_hidup", jumlah=None, nilai=50_000))
    check("jaminan_hidup", with_("jaminan_hidup", nilai=50_000))
    assert problems("jaminan_hidup", with_("jaminan_hidup", nilai=-1)) == {"nilai": "negative"}


@pytest.mark.parametrize("kind, changes, field", [
    ("evakuasi", {"transportasi": "HELIKOPTER"}, "transportasi"),
    ("evakuasi", {"transportasi": "mobil"}, "transportasi"),
    ("tahap_3", {"kebutuhan": ["FISIK", "GAIB"]}, "kebutuhan"),
    ("tahap_3", {"kebutuhan": "FISIK"}, "kebutuhan"),
    ("tahap_5", {"keputusan": "MUNGKIN"}, "keputusan"),
    ("terminasi", {"alasan": "BOSAN"}, "alasan"),        # code list termination_reason
    ("hambatan", {"kategori": "CUACA"}, "kategori"),     # code list obstacle_category
])
def test_unknown_codes_are_refused(kind, changes, field):
    assert problems(kind, with_(kind, **changes)) == {field: "unknown_code"}


def test_every_code_of_a_code_list_is_accepted():
    for code in LISTS["obstacle_category"].codes():
        check("hambatan", with_("hambatan", kategori=code))
    for code in LISTS["termination_reason"].codes():
        extra = {"alasan_lain": "x"} if code == "LAINNYA" else {}
        check("terminasi", with_("terminasi", alasan=code, **extra))


def test_plan_goals_are_checked_row_by_row():
    goal = VALID["tahap_3"]["tujuan"][0]
    rows = [goal, {**goal, "penanggung_jawab": ""}, {**goal, "target": "31-12-2025"}]
    assert problems("tahap_3", with_("tahap_3", tujuan=rows)) == {
        "tujuan.1.penanggung_jawab": "required", "tujuan.2.target": "invalid_date"}
    # Empty rows are dropped; a table of only empty rows is no table.
    clean = check("tahap_3", with_("tahap_3", tujuan=[{}, goal, {"tujuan": "  "}]))
    assert clean["tujuan"] == [goal]
    assert problems("tahap_3", with_("tahap_3", tujuan=[{"tujuan": ""}])) == {"tujuan": "required"}
    assert problems("tahap_3", with_("tahap_3", tujuan="Mandiri")) == {"tujuan": "invalid"}
    assert problems("tahap_3", with_("tahap_3", tujuan=["Mandiri"])) == {"tujuan": "invalid"}
    # Cells are stripped; a goal's target may lie ahead (future=true on the column).
    far = (TODAY + timedelta(days=400)).isoformat()
    clean = check("tahap_3", with_("tahap_3", tujuan=[{**goal, "tujuan": " Mandiri ",
                                                       "target": far}]))
    assert clean["tujuan"] == [{**goal, "target": far}]


@pytest.mark.parametrize("value", ["00:00", "09:05", "23:59"])
def test_a_valid_time(value):
    assert check("evakuasi", with_("evakuasi", jam=value))["jam"] == value


@pytest.mark.parametrize("value", ["9:30", "24:00", "12:60", "ab:cd", "1230", "12.30", 1230,
                                   "12:3 "])
def test_an_invalid_time_is_refused(value):
    assert problems("evakuasi", with_("evakuasi", jam=value)) == {"jam": "invalid_time"}


def test_dates_in_the_future_are_refused_unless_the_field_plans_ahead():
    assert problems("evakuasi", with_("evakuasi", tanggal=LATER)) == {"tanggal": "date_in_future"}
    assert problems("kunjungan_rumah", {"jadwal": D, "tanggal_kunjungan": LATER,
                                        "psikologis": "a", "sosial": "b", "ekonomi": "c"}) == \
        {"tanggal_kunjungan": "date_in_future"}
    # A scheduled visit may be planned ahead.
    far = (TODAY + timedelta(days=90)).isoformat()
    assert check("kunjungan_rumah", {"jadwal": far}) == {"jadwal": far}
    # Only planned dates may lie ahead: schedules, planned departures, the next hearing.
    assert sorted({f"{kind}.{f.key}" for kind, form in FORMS.items() for f in form.fields
                   if f.future}) == [
        "kunjungan_reintegrasi.jadwal", "kunjungan_rumah.jadwal",
        "pemulangan_pelaksanaan.tanggal_berangkat", "pemulangan_pelaksanaan.tanggal_tiba",
        "pemulangan_rencana.rencana_berangkat", "sidang.sidang_berikutnya",
        "tindak_lanjut_kesehatan.jadwal"]
    assert problems("evakuasi", with_("evakuasi", tanggal="2025-02-30")) == \
        {"tanggal": "invalid_date"}


def test_unknown_fields_are_refused():
    assert problems("evakuasi", with_("evakuasi", helikopter=True, Dari="x")) == \
        {"helikopter": "unknown_field", "Dari": "unknown_field"}
    # A field of another form is unknown here too.
    assert problems("tahap_6", with_("tahap_6", jadwal=D)) == {"jadwal": "unknown_field"}


@pytest.mark.parametrize("kind, changes, expected", [
    ("jaminan_hidup", {"jumlah": "3", "nilai": 1000}, {"jumlah": "invalid_number"}),
    ("jaminan_hidup", {"jumlah": 2.5, "nilai": 1000}, {"jumlah": "invalid_number"}),
    ("jaminan_hidup", {"jumlah": True, "nilai": 1000}, {"jumlah": "invalid_number"}),
    ("jaminan_hidup", {"jumlah": -3, "nilai": 1000}, {"jumlah": "negative"}),
    ("evakuasi", {"polisi": "ya"}, {"polisi": "invalid"}),
    ("evakuasi", {"dari": 12}, {"dari": "invalid"}),
    ("evakuasi", {"dari": "x" * (MAX_TEXT + 1)}, {"dari": "too_long"}),
])
def test_values_of_the_wrong_shape_are_refused(kind, changes, expected):
    assert problems(kind, with_(kind, **changes)) == expected


def test_several_problems_are_reported_together():
    got = problems("evakuasi", {"tanggal": LATER, "jam": "25:00", "transportasi": "X"})
    assert got == {"tanggal": "date_in_future", "jam": "invalid_time", "transportasi": "unknown_code",
                   "dari": "required", "ke": "required", "oleh": "required"}
