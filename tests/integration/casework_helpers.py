"""Valid payloads for every casework form, and a clock tests can move."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass
class MovableClock:
    day: date

    def today(self) -> date:
        return self.day

    def advance(self, days: int) -> None:
        self.day += timedelta(days=days)


def payloads(day: date) -> dict[str, dict]:
    """One complete, valid payload per user-recorded form kind, dated ``day``."""
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
    }
