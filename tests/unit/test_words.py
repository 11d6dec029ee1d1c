"""Indonesian number words, dates and rupiah as written in official documents."""
from __future__ import annotations

from datetime import date

import pytest

from ppt_desk.domain.words import hari, rupiah, tanggal, tanggal_terbilang, terbilang


@pytest.mark.parametrize(("n", "words"), [
    (0, "nol"),
    (1, "satu"),
    (9, "sembilan"),
    (10, "sepuluh"),
    (11, "sebelas"),
    (12, "dua belas"),
    (19, "sembilan belas"),
    (20, "dua puluh"),
    (21, "dua puluh satu"),
    (23, "dua puluh tiga"),
    (99, "sembilan puluh sembilan"),
    (100, "seratus"),
    (101, "seratus satu"),
    (110, "seratus sepuluh"),
    (111, "seratus sebelas"),
    (200, "dua ratus"),
    (999, "sembilan ratus sembilan puluh sembilan"),
    (1000, "seribu"),
    (1001, "seribu satu"),
    (1100, "seribu seratus"),
    (1999, "seribu sembilan ratus sembilan puluh sembilan"),
    (2000, "dua ribu"),
    (2026, "dua ribu dua puluh enam"),
    (11_000, "sebelas ribu"),
    (100_000, "seratus ribu"),
    (101_000, "seratus satu ribu"),
    (1_000_000, "satu juta"),
    (1_001_000, "satu juta seribu"),
    (1_000_001, "satu juta satu"),
    (7_000_000, "tujuh juta"),
    (7_500_000, "tujuh juta lima ratus ribu"),
    (1_000_000_000, "satu miliar"),
    (2_000_000_015, "dua miliar lima belas"),
    (10**12, "satu triliun"),
    (10**15, "satu kuadriliun"),
    (10**18 - 1, "sembilan ratus sembilan puluh sembilan kuadriliun sembilan ratus sembilan "
                 "puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar sembilan "
                 "ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu "
                 "sembilan ratus sembilan puluh sembilan"),
    (-15, "minus lima belas"),
])
def test_terbilang(n, words):
    assert terbilang(n) == words


def test_terbilang_refuses_what_it_cannot_say():
    with pytest.raises(ValueError):
        terbilang(10**18)
    with pytest.raises(TypeError):
        terbilang(2.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        terbilang(True)


def test_terbilang_has_no_stray_spaces():
    for n in range(0, 25_000, 7):
        words = terbilang(n)
        assert words == words.strip() and "  " not in words


@pytest.mark.parametrize(("d", "text", "day"), [
    (date(2026, 11, 23), "23 November 2026", "Senin"),
    (date(2026, 1, 1), "1 Januari 2026", "Kamis"),
    (date(2026, 2, 28), "28 Februari 2026", "Sabtu"),
    (date(2025, 8, 17), "17 Agustus 2025", "Minggu"),
    (date(2026, 3, 20), "20 Maret 2026", "Jumat"),
    (date(2026, 5, 5), "5 Mei 2026", "Selasa"),
    (date(2026, 12, 31), "31 Desember 2026", "Kamis"),
    (date(2026, 6, 10), "10 Juni 2026", "Rabu"),
])
def test_tanggal_and_hari(d, text, day):
    assert tanggal(d) == text
    assert hari(d) == day


def test_tanggal_terbilang():
    assert tanggal_terbilang(date(2026, 11, 23)) == (
        "Senin tanggal dua puluh tiga bulan November tahun dua ribu dua puluh enam")
    assert tanggal_terbilang(date(2026, 1, 11)) == (
        "Minggu tanggal sebelas bulan Januari tahun dua ribu dua puluh enam")


@pytest.mark.parametrize(("n", "text"), [
    (0, "Rp 0"),
    (500, "Rp 500"),
    (1000, "Rp 1.000"),
    (7_000_000, "Rp 7.000.000"),
    (1_234_567_890, "Rp 1.234.567.890"),
    (-25_000, "-Rp 25.000"),
])
def test_rupiah(n, text):
    assert rupiah(n) == text
