"""Indonesian words for numbers, dates and amounts, as written in official documents.

Pure functions with fixed tables: nothing depends on the system locale.
"""
from __future__ import annotations

from datetime import date

_ONES = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")

# Scale words, smallest first; index i names 1000**(i + 1).  KBBI spelling ("miliar").
_SCALES = ("ribu", "juta", "miliar", "triliun", "kuadriliun")

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")  # date.weekday() order

TERBILANG_LIMIT = 1000 ** (len(_SCALES) + 1)  # 10**18: "kuadriliun" is the largest word


def _below_thousand(n: int) -> list[str]:
    """Words for 1..999 (empty for 0)."""
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [_ONES[hundreds], "ratus"]
    if rest == 0:
        return words
    if rest < 10:
        words.append(_ONES[rest])
    elif rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif rest < 20:
        words += [_ONES[rest - 10], "belas"]
    else:
        tens, ones = divmod(rest, 10)
        words += [_ONES[tens], "puluh"]
        if ones:
            words.append(_ONES[ones])
    return words


def terbilang(n: int) -> str:
    """``n`` in Indonesian words: 11 -> "sebelas", 1000 -> "seribu",
    2026 -> "dua ribu dua puluh enam".  Negative numbers get "minus"."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"terbilang() needs an int, not {type(n).__name__}")
    if n < 0:
        return "minus " + terbilang(-n)
    if n >= TERBILANG_LIMIT:
        raise ValueError("terbilang() handles numbers below 10**18")
    if n == 0:
        return _ONES[0]
    groups: list[int] = []
    while n:
        n, group = divmod(n, 1000)
        groups.append(group)
    words: list[str] = []
    for power in range(len(groups) - 1, -1, -1):
        group = groups[power]
        if not group:
            continue
        if power == 1 and group == 1:
            words.append("seribu")  # but "satu juta", "satu miliar"
            continue
        words += _below_thousand(group)
        if power:
            words.append(_SCALES[power - 1])
    return " ".join(words)


def tanggal(d: date) -> str:
    """The written date: "23 November 2026"."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def hari(d: date) -> str:
    """The day of the week: "Senin" ... "Minggu"."""
    return DAYS[d.weekday()]


def tanggal_terbilang(d: date) -> str:
    """The date in words as in a berita acara: "Senin tanggal dua puluh tiga bulan November
    tahun dua ribu dua puluh enam"."""
    return (f"{hari(d)} tanggal {terbilang(d.day)} bulan {MONTHS[d.month - 1]} "
            f"tahun {terbilang(d.year)}")


def rupiah(n: int) -> str:
    """An amount in rupiah with dots between thousands: 7000000 -> "Rp 7.000.000"."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"rupiah() needs an int, not {type(n).__name__}")
    digits = f"{abs(n):,}".replace(",", ".")
    return f"-Rp {digits}" if n < 0 else f"Rp {digits}"
