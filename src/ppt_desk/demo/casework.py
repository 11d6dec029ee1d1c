"""Casework for a few demo cases, recorded through the casework service.

The newest open demo cases are walked through the protection phase and the
empowerment stages (to a different stage each), with synthetic record texts, so that
the case page, the today page and the approval queue have something to show. Each
step passes the same gates a caseworker's would.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from ..domain.errors import ValidationFailed
from ..domain.institutions import Institution
from ..services import consent, directory, records, stage_changes
from ..services.context import Actor
from ..services.deps import Deps
from ..services.dto import ConsentInput
from .service_payloads import service_payloads

# Stage order of a case walked from the start, with the forms filled in on the way.
WALK = (
    ("PERLINDUNGAN", ("evakuasi", "penampungan", "asesmen", "jaminan_hidup",
                      "pendampingan_khusus", "bebas_kritis")),
    ("PENDEKATAN_AWAL", ("tahap_1",)),
    ("PENELUSURAN", ("tahap_2",)),
    ("RENCANA", ("tahap_3",)),
    ("PELAKSANAAN", ("kegiatan_pelaksanaan",)),
    ("PENYALURAN_MINAT", ("tahap_5",)),
    ("BANTUAN_LANJUT", ("tahap_6", "kunjungan_rumah", "hambatan", "terminasi")),
    ("TERMINASI", ()),
)


@dataclass
class DemoClock:
    """A clock the demo moves to the day of each record it writes."""

    day: date

    def today(self) -> date:
        return self.day


def demo_payloads(day: date) -> dict[str, dict]:
    """One complete, valid payload per user-recorded form kind, dated ``day`` (synthetic)."""
    d = day.isoformat()
    return {
        "evakuasi": {"tanggal": d, "jam": "21:30", "dari": "Pelabuhan Tenau",
                     "ke": "Rumah aman A", "oleh": "Polda NTT dan PPT",
                     "transportasi": "MOBIL", "pengawal": "Petugas PPT", "polisi": True},
        "penampungan": {"jenis_fasilitas": "RUMAH_AMAN", "nama_fasilitas": "Rumah aman A",
                        "tanggal_masuk": d, "tingkat_ancaman": "SEDANG"},
        "asesmen": {"tanggal": d, "masalah_kebutuhan": "Trauma, tidak ada dokumen",
                    "konstelasi": "Dokumen ditahan agen", "akar_masalah": "Jeratan utang",
                    "prioritas": "Pemulihan psikologis", "karakteristik": "Perempuan dewasa"},
        "jaminan_hidup": {"tanggal": d, "jenis": "PERMAKANAN", "uraian": "Makan 3x sehari",
                          "jumlah": 3, "satuan": "porsi"},
        "pendampingan_khusus": {"tanggal": d, "perlu": True, "kondisi": "Cemas",
                                "konselor": "Psikolog Dinas"},
        "bebas_kritis": {"tanggal": d, "dinyatakan_oleh": "dr. Yohana, psikolog",
                         "dasar": "Hasil pemeriksaan psikologis"},
        "tahap_1": {"tanggal": d, "relasi": True, "motivasi": True, "eksplorasi": True,
                    "kebutuhan_layanan": "Konseling, pelatihan", "kesepakatan_kerja": True,
                    "tanggal_kesepakatan": d},
        "tahap_2": {"tanggal": d, "pengalaman": "Bekerja tanpa upah 2 tahun",
                    "pembahasan_kasus": True, "tanggal_pembahasan": d,
                    "akar_masalah": "Jeratan utang", "cara_pengungkapan": "Wawancara bertahap"},
        "tahap_3": {"tanggal": d, "sidang_kasus": True, "tanggal_sidang": d,
                    "masalah_prioritas": "Ekonomi", "kebutuhan": ["EKONOMI", "PSIKOLOGIS"],
                    "strategi": "Pelatihan menjahit",
                    "tujuan": [{"tujuan": "Mandiri ekonomi",
                                "target": (day + timedelta(days=90)).isoformat(),
                                "penanggung_jawab": "Pendamping"}],
                    "kesepakatan_pemberdayaan": True},
        "kegiatan_pelaksanaan": {"tanggal": d, "jenis": "PELATIHAN", "uraian": "Kursus menjahit"},
        "tahap_5": {"tanggal": d, "kriteria": "Mampu menjahit", "data": "Sertifikat",
                    "efektivitas": "Efektif", "keputusan": "SIAP"},
        "tahap_6": {"tanggal": d, "rencana": "Kunjungan bulanan"},
        "kunjungan_rumah": {"jadwal": d, "tanggal_kunjungan": d, "psikologis": "Stabil",
                            "sosial": "Diterima keluarga", "ekonomi": "Usaha jahit"},
        "terminasi": {"tanggal": d, "alasan": "TUJUAN_TERCAPAI", "penilaian_akhir": "Mandiri"},
        "hambatan": {"tanggal": d, "kategori": "DOKUMEN", "uraian": "Paspor ditahan agen"},
        **service_payloads(day),
    }


def enrich(uow_factory: Any, actor: Actor, deps: Deps, case_ids: list[tuple[str, date]],
           today: date, seed: int) -> int:
    """Walk each (case id, intake date) to a stage; returns how many records were written.
    ``deps.clock`` is a ``DemoClock`` moved to each record's day."""
    clock = deps.clock
    rng = random.Random(seed)
    written = 0
    for case_id, intake in case_ids:
        target = rng.randint(0, len(WALK) - 1)
        day = intake
        for index, (_stage, kinds) in enumerate(WALK[:target + 1]):
            if index == target:
                kinds = kinds[:rng.randint(0, len(kinds))]  # partly done in its last stage
            for kind in kinds:
                day = min(today, day + timedelta(days=rng.randint(1, 4)))
                payload = demo_payloads(day)[kind]
                clock.day = day
                records.save_record(uow_factory(), actor, deps, case_id, kind, payload)
                written += 1
            if index < target:
                day = min(today, day + timedelta(days=1))
                clock.day = day
                stage_changes.request_stage_change(uow_factory(), actor, deps, case_id,
                                                   WALK[index + 1][0])
    return written


# Service-track records for the enriched cases: (form, days after the case's start).
SERVICE_WALK = (
    ("perjalanan", 0), ("unsur_tppo", 1), ("pelaku", 1), ("skrining_kesehatan", 1),
    ("konseling", 3), ("hukum_keputusan", 4), ("rujukan", 5), ("laporan_polisi", 6),
    ("episode_kesehatan", 7), ("pemulangan_rencana", 10), ("reintegrasi_rencana", 12),
)
# Local partners a demo office has added to its directory (generic names, no contacts).
DEMO_PARTNERS = (
    ("Puskesmas Kota Contoh", "KESEHATAN", "KABUPATEN_KOTA"),
    ("RSUD Kota Contoh", "KESEHATAN", "KABUPATEN_KOTA"),
    ("Unit PPA Polresta Kota Contoh", "KEPOLISIAN", "KABUPATEN_KOTA"),
    ("Dinas Sosial Kota Contoh", "DINAS_SOSIAL", "KABUPATEN_KOTA"),
    ("LBH Perempuan Kota Contoh", "BANTUAN_HUKUM", "KABUPATEN_KOTA"),
)


def enrich_services(uow_factory: Any, actor: Actor, deps: Deps,
                    case_ids: list[tuple[str, date]], today: date, seed: int) -> int:
    """Local directory entries, the victims' consents and some service-track records for
    the enriched cases (each only as far as today allows); returns the records written.
    ``deps.clock`` is a ``DemoClock`` moved to each record's day."""
    clock = deps.clock
    clock.day = today
    for name, category, level in DEMO_PARTNERS:
        directory.save_institution(uow_factory(), actor, deps, Institution(
            "", name, category, level, province_code="53", regency_code="53.71"))
    rng = random.Random(seed + 7)
    written = 0
    for case_id, start in case_ids:
        for purpose, agency in (("RUJUKAN", "LPSK"), ("PEMULANGAN", ""), ("LAYANAN", "")):
            given = ConsentInput(purpose, "KORBAN", start, "TERTULIS", agency=agency,
                                   scope=("IDENTITAS", "RINGKASAN_KASUS"))
            clock.day = today
            try:
                consent.record_consent(uow_factory(), actor, deps, case_id, given)
            except ValidationFailed:  # a child: the guardian consents
                consent.record_consent(uow_factory(), actor, deps, case_id,
                                       replace(given, given_by="WALI", giver_name="Wali korban"))
        for kind, offset in SERVICE_WALK[:rng.randint(3, len(SERVICE_WALK))]:
            day = start + timedelta(days=offset)
            if day > today:
                break
            clock.day = day
            records.save_record(uow_factory(), actor, deps, case_id, kind,
                                service_payloads(day)[kind])
            written += 1
    return written

