"""Counts -> the Statistik tables and the days to each stage (domain/stats/tables.py).

The counts are built from synthetic cases the way the store counts them (distinct cases per
dimension, code, sex and age group; ``*`` = any code), and the expected figures are written out
by hand."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

import pytest

from ppt_desk.domain.stats import tables as tb
from ppt_desk.domain.stats.dimensions import DIMENSIONS, EVENT, INTAKE, Dimension
from ppt_desk.domain.stats.model import ALL, CellRef, Counts, Scope, StatTable
from ppt_desk.domain.stats.period import year

PERIOD = year(2026)

SEX = {"L": ("Laki-laki", "Male"), "P": ("Perempuan", "Female")}
AGE = {"ANAK": ("Anak", "Child"), "DEWASA": ("Dewasa", "Adult"),
       "LANSIA": ("Lanjut Usia", "Older person")}


RENAMED = {"RUJUKAN": ("Alihan dari lembaga lain", "Referred in")}   # sorts before its code


class FakeLabels:
    """Labels over small hand-made lists; every call is recorded."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []

    def of(self, source: str, code: str) -> tuple[str, str]:
        self.asked.append((source, code))
        if source == "sex":
            return SEX[code]
        if source == "age_band":
            return AGE[code]
        if code in RENAMED:
            return RENAMED[code]
        return f"{source}/{code} id", f"{source}/{code} en"


class OrderedLabels(FakeLabels):
    ORDERS = {"@stages": ("PENGADUAN", "IDENTIFIKASI", "PERLINDUNGAN", "PEMBERDAYAAN",
                          "TERMINASI"),
              "institution_level": ("DESA", "KABUPATEN", "PROVINSI", "NASIONAL"),
              "modus": ("ZZZ", "KP", "EBM")}

    def order(self, source: str) -> tuple[str, ...]:
        return self.ORDERS.get(source, ())


def case(sex: str, age: str, **dims: str | Iterable[str]) -> tuple[str, str, dict]:
    return sex, age, {d: ((v,) if isinstance(v, str) else tuple(v)) for d, v in dims.items()}


def counts_of(cases: Iterable[tuple[str, str, dict]], *, all_cells: bool = True,
              values: Mapping | None = None, persons: Mapping | None = None) -> Counts:
    """What the store returns for these cases: distinct cases per (dim, code, sex, age), and
    per (dim, ALL, sex, age) when ``all_cells``."""
    cells: dict[tuple[str, str, str, str], int] = defaultdict(int)
    for sex, age, dims in cases:
        for dim, codes in dims.items():
            for code in set(codes):
                cells[(dim, code, sex, age)] += 1
            if codes and all_cells:
                cells[(dim, ALL, sex, age)] += 1
    return Counts(PERIOD, Scope(), dict(cells), dict(values or {}), dict(persons or {}))


def table(tables: Iterable[StatTable], key: str) -> StatTable:
    return next(t for t in tables if t.key == key)


def grid(t: StatTable) -> dict[str, dict[str, int | None]]:
    return {r.code: dict(zip((c.code for c in t.columns), row, strict=True))
            for r, row in zip(t.rows, t.cells, strict=True)}


# The seed's 2007 column (001:288-302): adults 809 women, 86 men; children 198 girls, 63 boys.
SEED_2007 = [case("P", "DEWASA", kasus="BARU")] * 809 + [case("L", "DEWASA", kasus="BARU")] * 86 \
    + [case("P", "ANAK", kasus="BARU")] * 198 + [case("L", "ANAK", kasus="BARU")] * 63


# -- the victims' table ------------------------------------------------------------------------

def test_victims_table_is_the_seed_table_by_age_group_and_sex() -> None:
    t = table(tb.build_tables(counts_of(SEED_2007), FakeLabels()), "korban_umur_jk")
    assert [r.code for r in t.rows] == ["ANAK", "DEWASA", "LANSIA"]
    assert [r.label_id for r in t.rows] == ["Anak", "Dewasa", "Lanjut Usia"]
    assert [c.code for c in t.columns] == ["L", "P"]
    assert [c.label_id for c in t.columns] == ["Laki-laki", "Perempuan"]
    assert t.cells == ((63, 198), (86, 809), (0, 0))
    assert t.row_totals == (261, 895, 0)
    assert t.column_totals == (149, 1007)
    assert t.total == 1156                       # the seed's "Total 1.156"
    assert t.additive_rows and t.exact and t.chart == "stacked"
    assert t.refs[1][1] == CellRef("kasus", "BARU", "P", "DEWASA")
    assert t.row_refs[0] == CellRef("kasus", "BARU", None, "ANAK")
    assert t.column_refs == (CellRef("kasus", "BARU", "L", None),
                             CellRef("kasus", "BARU", "P", None))
    assert t.total_ref == CellRef("kasus", "BARU")
    assert "001:288-302" in t.cite and "002:1377" in t.cite
    assert t.title_id.startswith("Kasus baru korban TPPO") and "jenis kelamin" in t.title_id
    assert t.note_id == ""                       # no persons given: no victims' note


def test_unknown_sex_column_and_unknown_age_row_only_when_a_case_has_them() -> None:
    known = [case("P", "ANAK", kasus="BARU"), case("L", "LANSIA", kasus="BARU")]
    t = table(tb.build_tables(counts_of(known), FakeLabels()), "korban_umur_jk")
    assert [c.code for c in t.columns] == ["L", "P"]
    assert [r.code for r in t.rows] == ["ANAK", "DEWASA", "LANSIA"]

    t = table(tb.build_tables(counts_of([*known, case("", "DEWASA", kasus="BARU")]),
                              FakeLabels()), "korban_umur_jk")
    assert [c.code for c in t.columns] == ["L", "P", ""]
    assert t.columns[2].label_id == "Tidak diketahui" and t.columns[2].label_en == "Unknown"
    assert [r.code for r in t.rows] == ["ANAK", "DEWASA", "LANSIA"]
    assert t.cells[1] == (0, 0, 1) and t.column_totals == (1, 1, 1) and t.total == 3

    t = table(tb.build_tables(counts_of([*known, case("P", "", kasus="BARU")]),
                              FakeLabels()), "korban_umur_jk")
    assert [c.code for c in t.columns] == ["L", "P"]
    assert [r.code for r in t.rows] == ["ANAK", "DEWASA", "LANSIA", ""]
    assert t.rows[3].label_id == "Tidak diketahui"
    assert t.cells[3] == (0, 1) and t.row_refs[3] == CellRef("kasus", "BARU", None, "")


def test_distinct_victims_beside_the_cases() -> None:
    cases = [case("P", "DEWASA", kasus="BARU")] * 5 + [case("L", "ANAK", kasus="BARU")] * 2
    persons = {("P", "DEWASA"): 4, ("L", "ANAK"): 2}
    tables = tb.build_tables(counts_of(cases, persons=persons), FakeLabels())
    t = table(tables, "korban_umur_jk")
    assert t.total == 7
    assert "lebih dari satu kasus" in t.note_id and "several cases" in t.note_en
    p = table(tables, "korban_orang_umur_jk")
    assert [x.key for x in tables][:2] == ["korban_umur_jk", "korban_orang_umur_jk"]
    assert p.cells == ((2, 0), (0, 4), (0, 0))
    assert p.row_totals == (2, 4, 0) and p.column_totals == (2, 4) and p.total == 6
    assert p.additive_rows
    assert p.refs[1][1] == CellRef("kasus", "BARU", "P", "DEWASA")


def test_distinct_victims_take_the_stores_totals_when_a_victim_is_in_two_groups() -> None:
    # one girl had a case at 17 and another at 18 in the same year: once per group, once in all
    persons = {("P", "ANAK"): 1, ("P", "DEWASA"): 1, ("P", ALL): 1, (ALL, "ANAK"): 1,
               (ALL, "DEWASA"): 1, (ALL, ALL): 1}
    cases = [case("P", "ANAK", kasus="BARU"), case("P", "DEWASA", kasus="BARU")]
    tables = tb.build_tables(counts_of(cases, persons=persons), FakeLabels())
    p = table(tables, "korban_orang_umur_jk")
    assert p.total == 1 and p.column_totals == (0, 1) and p.row_totals == (1, 1, 0)
    assert not p.additive_rows                   # the rows do not add up to the total


def test_no_persons_table_without_persons() -> None:
    keys = [t.key for t in tb.build_tables(counts_of(SEED_2007), FakeLabels())]
    assert "korban_orang_umur_jk" not in keys


# -- one table per dimension -------------------------------------------------------------------

MODUS_CASES = [
    case("P", "DEWASA", modus=["EBM", "ESK"]),
    case("P", "ANAK", modus=["ESK"]),
    case("L", "DEWASA", modus=["EBM", "KP"]),
    case("L", "DEWASA", modus=["EBM"]),
    case("P", "DEWASA", modus=[""]),
]


def test_multi_dimension_totals_are_distinct_cases_not_the_sum_of_rows() -> None:
    t = table(tb.build_tables(counts_of(MODUS_CASES), FakeLabels()), "modus")
    assert [r.code for r in t.rows] == ["EBM", "ESK", "KP", ""]     # by cases, unknown last
    assert grid(t) == {"EBM": {"L": 2, "P": 1}, "ESK": {"L": 0, "P": 2},
                       "KP": {"L": 1, "P": 0}, "": {"L": 0, "P": 1}}
    assert t.row_totals == (3, 2, 1, 1)
    assert t.column_totals == (2, 3)             # the rows' sums would say (3, 4)
    assert t.total == 5                          # not 7
    assert not t.additive_rows
    assert "bukan penjumlahan baris" in t.note_id and "not the sum" in t.note_en
    assert t.refs[0] == (CellRef("modus", "EBM", "L"), CellRef("modus", "EBM", "P"))
    assert t.row_refs[1] == CellRef("modus", "ESK")
    assert t.column_refs == (CellRef("modus", ALL, "L"), CellRef("modus", ALL, "P"))
    assert t.total_ref == CellRef("modus", ALL)
    assert t.rows[0].label_id == "modus/EBM id" and t.rows[3].label_en == "Unknown"
    assert ("modus", "") not in FakeLabels().asked
    assert t.cite == "002:111-117" and t.chart == "stacked"


def test_single_code_dimension_adds_up_with_or_without_the_all_cells() -> None:
    cases = [case("P", "DEWASA", jalur_masuk="HOTLINE"), case("L", "ANAK", jalur_masuk="RUJUKAN"),
             case("P", "ANAK", jalur_masuk="HOTLINE"), case("", "DEWASA", jalur_masuk="DATANG")]
    for all_cells in (True, False):
        t = table(tb.build_tables(counts_of(cases, all_cells=all_cells), FakeLabels()),
                  "jalur_masuk")
        assert [c.code for c in t.columns] == ["L", "P", ""]
        # HOTLINE 2 first; DATANG and RUJUKAN tie at 1: by label ("Alihan..." before "DATANG")
        assert [r.code for r in t.rows] == ["HOTLINE", "RUJUKAN", "DATANG"]
        assert t.cells == ((0, 2, 0), (1, 0, 0), (0, 0, 1))
        assert t.row_totals == (2, 1, 1) and t.column_totals == (1, 2, 1) and t.total == 4
        assert t.rows[1].label_id == "Alihan dari lembaga lain"
        assert t.additive_rows and t.note_id == ""


def test_unknown_sex_column_per_table() -> None:
    cases = [case("", "DEWASA", kasus="BARU", modus="EBM"), case("P", "DEWASA", kasus="BARU",
                                                                 modus="ESK", jalur_masuk="X")]
    tables = tb.build_tables(counts_of(cases), FakeLabels())
    assert [c.code for c in table(tables, "modus").columns] == ["L", "P", ""]
    assert [c.code for c in table(tables, "jalur_masuk").columns] == ["L", "P"]
    assert table(tables, "modus").column_totals == (0, 1, 1)


def test_fixed_codes_keep_their_order_and_show_zero() -> None:
    cases = [case("P", "DEWASA", status_kasus="DITUTUP")] * 3 + \
        [case("L", "ANAK", status_kasus="AKTIF")]
    t = table(tb.build_tables(counts_of(cases), FakeLabels()), "status_kasus")
    assert [r.code for r in t.rows] == ["AKTIF", "DITUTUP", "DIPINDAHKAN"]
    assert [r.label_id for r in t.rows] == ["Aktif", "Ditutup", "Dipindahkan"]
    assert t.cells == ((1, 0), (0, 3), (0, 0)) and t.total == 4
    h = table(tb.build_tables(counts_of(cases), FakeLabels()), "hukum")
    assert len(h.rows) == 9 and h.rows[0].code == "LAPORAN_POLISI" and h.total == 0
    assert h.cells == ((0, 0),) * 9
    assert "tanggal kejadiannya" in h.note_id and "bukan penjumlahan" in h.note_id


def test_ordinal_lists_keep_the_list_order_when_labels_tell_it() -> None:
    cases = [case("P", "DEWASA", tahap="TERMINASI")] * 3 \
        + [case("P", "DEWASA", tahap="PENGADUAN")] + [case("L", "DEWASA", tahap="PERLINDUNGAN")] * 2
    ordered = table(tb.build_tables(counts_of(cases), OrderedLabels()), "tahap")
    assert [r.code for r in ordered.rows] == ["PENGADUAN", "PERLINDUNGAN", "TERMINASI"]
    ranked = table(tb.build_tables(counts_of(cases), FakeLabels()), "tahap")
    assert [r.code for r in ranked.rows] == ["TERMINASI", "PERLINDUNGAN", "PENGADUAN"]
    # a nominal list is ranked by cases even when Labels knows its order
    modus = table(tb.build_tables(counts_of(MODUS_CASES), OrderedLabels()), "modus")
    assert [r.code for r in modus.rows] == ["EBM", "ESK", "KP", ""]


def test_re_trafficking_is_one_row_with_its_share_of_new_cases() -> None:
    cases = [case("P", "DEWASA", kasus="BARU", berulang="ULANG")] * 2 \
        + [case("P", "DEWASA", kasus="BARU")] * 6 + [case("L", "ANAK", kasus="BARU")] * 2
    t = table(tb.build_tables(counts_of(cases), FakeLabels()), "berulang")
    assert [r.code for r in t.rows] == ["ULANG"] and t.cells == ((0, 2),) and t.total == 2
    assert t.note_id.startswith("Kasus baru periode ini yang korbannya pernah tercatat")
    assert t.title_id == "Korban berulang (diperdagangkan kembali)"
    assert tb.REPORT_ORDER[-1] == "berulang"
    assert tb.build_tables(counts_of(cases), FakeLabels())[-1].key == "berulang"


def test_notes_carry_no_figures() -> None:
    # a figure in a note would escape the suppression of small cells in the exports (T12)
    cases = [*MODUS_CASES, *SEED_2007[:20],
             case("P", "DEWASA", kasus="BARU", berulang="ULANG", layanan="KESEHATAN")]
    tables = tb.build_tables(counts_of(cases, persons={("P", "DEWASA"): 3}), FakeLabels())
    assert table(tables, "berulang").note_id and table(tables, "korban_umur_jk").note_id
    for t in tables:
        assert not re.search(r"\d", t.note_id + t.note_en), t.key


def test_long_tables_keep_every_row_and_lose_the_chart() -> None:
    cases = [case("P", "DEWASA", asal_kabupaten=f"64{i:02d}") for i in range(16)]
    t = table(tb.build_tables(counts_of(cases), FakeLabels()), "asal_kabupaten")
    assert len(t.rows) == 16 and t.chart == "none"
    cases = cases[:15]
    assert table(tb.build_tables(counts_of(cases), FakeLabels()), "asal_kabupaten").chart \
        == "stacked"


# -- the report's order ------------------------------------------------------------------------

def test_every_dimension_has_its_table_in_the_reports_order() -> None:
    tables = tb.build_tables(counts_of(SEED_2007), FakeLabels())
    keys = [t.key for t in tables]
    assert keys == [k for k in tb.REPORT_ORDER if k != "korban_orang_umur_jk"]
    expected = {d.code for d in DIMENSIONS} - {"kasus", "umur_eksploitasi", "tahap_dicapai",
                                                 "simfoni_bentuk", "simfoni_layanan"}
    assert set(keys) - {"korban_umur_jk"} == expected
    for t in tables:
        assert t.title_id and t.title_en and t.title_id != t.title_en
        dim = t.key if t.key != "korban_umur_jk" else "kasus"
        assert len(t.refs) == len(t.rows) and len(t.row_refs) == len(t.rows)
        assert all(len(r) == len(t.columns) for r in t.refs)
        assert len(t.column_refs) == len(t.columns) and t.total_ref is not None
        assert {r.dim for row in t.refs for r in row} <= {dim}
    groups = ["korban_umur_jk", "modus", "jalur_masuk", "asal_provinsi", "tahap", "layanan",
              "rujukan_lembaga", "pemulangan", "reintegrasi", "hukum", "hambatan", "berulang"]
    assert [keys.index(k) for k in groups] == sorted(keys.index(k) for k in groups)


def test_a_new_dimension_is_appended_not_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    new = Dimension("baru_sekali", "Dimensi baru", "New dimension", INTAKE, "x_list")
    monkeypatch.setattr(tb, "DIMENSIONS", (*DIMENSIONS, new))
    tables = tb.build_tables(counts_of([case("P", "ANAK", baru_sekali="A")]), FakeLabels())
    assert tables[-1].key == "baru_sekali" and tables[-1].title_id == "Dimensi baru"
    assert tables[-1].cells == ((0, 1),)
    assert tb.section_of("baru_sekali") == ("Lainnya", "Other")


def test_sections_head_the_tables_in_order() -> None:
    assert tb.section_of("korban_umur_jk") == ("Korban", "Victims")
    assert tb.section_of("visum") == ("Layanan per jalur", "Services by track")
    assert tb.section_of("rujukan_tingkat") == ("Rujukan", "Referrals")
    keys = [t.key for t in tb.build_tables(counts_of(SEED_2007), FakeLabels())]
    sections = [tb.section_of(k) for k in keys]
    # each section's tables stand together
    assert len({s for s in sections}) == len([s for i, s in enumerate(sections)
                                              if i == 0 or sections[i - 1] != s])


def test_every_table_adds_up_across_its_columns() -> None:
    cases = [*MODUS_CASES,
             case("", "", kasus="BARU", layanan=["KESEHATAN", "HUKUM"], hambatan="DANA"),
             case("L", "ANAK", kasus="BARU", layanan="KESEHATAN", pemulangan=["TIBA"]),
             case("P", "LANSIA", kasus="BARU", rujukan_tingkat=["DESA", "PROVINSI"])]
    for t in tb.build_tables(counts_of(cases), OrderedLabels()):
        for row, total in zip(t.cells, t.row_totals, strict=True):
            assert sum(row) == total, t.key      # the sex columns partition the cases
        if t.additive_rows:
            assert [sum(col) for col in zip(*t.cells, strict=True)] == list(t.column_totals) \
                or not t.rows
        assert sum(t.column_totals) == t.total, t.key


# -- shorter tables for the printed outputs ----------------------------------------------------

def test_shorten_a_single_code_table_sums_the_rest_into_lainnya() -> None:
    cases = [case("P", "DEWASA", asal_kabupaten=f"64{i:02d}") for i in range(20)] \
        + [case("L", "DEWASA", asal_kabupaten="6400")] * 3 + [case("L", "ANAK", asal_kabupaten="")]
    full = table(tb.build_tables(counts_of(cases), FakeLabels()), "asal_kabupaten")
    assert len(full.rows) == 21
    short = tb.shorten(full, 5)
    assert [r.code for r in short.rows][0] == "6400"
    assert [r.code for r in short.rows][-2:] == [tb.OTHERS, ""]
    assert len(short.rows) == 7 and short.rows[-2].label_id == "Lainnya"
    assert short.cells[-2] == (0, 15) and short.row_totals[-2] == 15
    assert short.cells[-1] == (1, 0)             # the unknown row is kept as it was
    assert (short.column_totals, short.total) == (full.column_totals, full.total) == ((4, 20), 24)
    assert sum(short.row_totals) == short.total
    assert short.refs[-2][0] == CellRef("asal_kabupaten", tb.OTHERS, "L")
    assert short.chart == "stacked"
    assert "Lainnya: 15 kode lain." == short.note_id
    assert tb.shorten(short, 15) is short


def test_shorten_a_multi_table_leaves_the_rest_out_and_says_so() -> None:
    cases = [case("P", "DEWASA", tujuan_negara=["MY", f"C{i:02d}"]) for i in range(18)]
    full = table(tb.build_tables(counts_of(cases), FakeLabels()), "tujuan_negara")
    short = tb.shorten(full)
    assert len(full.rows) == 19 and len(short.rows) == 15
    assert short.rows[0].code == "MY" and tb.OTHERS not in [r.code for r in short.rows]
    assert short.total == full.total == 18
    assert "4 kode lain dengan kasus lebih sedikit tidak ditampilkan." in short.note_id
    assert short.note_id.startswith("Satu kasus")


# -- days from intake to each stage -------------------------------------------------------------

def test_median_and_nearest_rank_p90() -> None:
    assert tb.median([5, 1, 3]) == 3.0
    assert tb.median([1, 2, 3, 10]) == 2.5
    assert tb.median([]) is None
    assert tb.percentile(list(range(1, 11)), 90) == 9.0      # 9 of 10 at or below 9
    assert tb.percentile(list(range(1, 12)), 90) == 10.0     # ceil(9.9) = 10th value
    assert tb.percentile(list(range(1, 7)), 90) == 6.0       # ceil(5.4) = 6th, not the 5th
    assert tb.percentile([7], 90) == 7.0
    assert tb.percentile([], 90) is None


def test_durations_per_stage() -> None:
    values = {("tahap_dicapai", "TERMINASI"): (30, 60, 90, 120),
              ("tahap_dicapai", "IDENTIFIKASI"): (0, 1, 1, 2, 3, 5, 8, 13, 21, 34),
              ("tahap_dicapai", "PERLINDUNGAN"): (2,),
              ("tahap_dicapai", ""): (4, 9),
              ("umur_eksploitasi", "UMUR"): (15, 22)}
    counts = counts_of([], values=values)
    got = tb.durations(counts, OrderedLabels())
    assert [m.stage for m in got] == ["IDENTIFIKASI", "PERLINDUNGAN", "TERMINASI", ""]
    ident = got[0]
    assert (ident.cases, ident.median_days, ident.p90_days) == (10, 4.0, 21.0)
    assert (got[2].cases, got[2].median_days, got[2].p90_days) == (4, 75.0, 120.0)
    assert got[1].label_id == "@stages/PERLINDUNGAN id" and got[3].label_id == "Tidak diketahui"
    # without the stages' order: by median (later stages take longer), unknown last
    assert [m.stage for m in tb.durations(counts, FakeLabels())] == \
        ["PERLINDUNGAN", "IDENTIFIKASI", "TERMINASI", ""]


def test_no_durations_without_values() -> None:
    assert tb.durations(counts_of(SEED_2007), FakeLabels()) == ()


def test_event_dimensions_say_how_they_are_dated() -> None:
    tables = tb.build_tables(counts_of([]), FakeLabels())
    for dim in DIMENSIONS:
        if dim.code in tb.NOT_TABLES:
            continue
        t = table(tables, dim.code)
        assert ("tanggal kejadiannya" in t.note_id) == (dim.dated == EVENT), dim.code
        assert ("bukan penjumlahan" in t.note_id) == dim.multi, dim.code
        assert t.additive_rows == (not dim.multi)


def test_empty_counts_give_empty_tables() -> None:
    tables = tb.build_tables(counts_of([]), FakeLabels())
    v = table(tables, "korban_umur_jk")
    assert v.total == 0 and v.cells == ((0, 0),) * 3
    m = table(tables, "modus")
    assert m.rows == () and m.total == 0 and m.column_totals == (0, 0)


def test_tables_of_a_year_at_the_secretariat_are_quick() -> None:
    # 38 regencies x 40 institutions x 30 dimensions of cells: well under the page's second
    import time
    cells: dict[tuple[str, str, str, str], int] = {}
    for dim in DIMENSIONS:
        for i in range(60):
            for sex in ("L", "P", ""):
                for age in ("ANAK", "DEWASA", "LANSIA", ""):
                    cells[(dim.code, f"C{i:02d}", sex, age)] = i + 1
                    cells[(dim.code, ALL, sex, age)] = 100
    counts = Counts(PERIOD, Scope(), cells)
    start = time.perf_counter()
    tables = tb.build_tables(counts, FakeLabels())
    assert time.perf_counter() - start < 0.5
    assert table(tables, "modus").total == 1200
