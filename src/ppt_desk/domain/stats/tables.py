"""Counts -> the tables of the Statistik page and the report (ADR 0020), and the days to each stage.

Pure: the counts come from the store (``model.Counts``), the labels from ``Labels`` (the app's
code lists and reference data, implemented in services/stats_labels.py).

The rules, in the order a report reads them:

- **Victims first.** ``korban_umur_jk``: new cases (dimension ``kasus``, code ``BARU``) by age
  group (Anak, Dewasa, Lanjut Usia) x sex, the layout of the seed's national table
  (001:288-302), broken down by sex as recording must be (002:1377-1379). Its note says that
  one victim can have several cases and that the distinct victims (``Counts.persons``) are the
  next table.
  ``korban_orang_umur_jk`` is the same layout over the distinct victims (only when the store
  gives ``persons``).
- **Notes carry no count of cases or victims.** Every such number is a cell or a total, where
  suppression (T12) sees it; a note saying "3 of 40 new cases" would leak what the cells hide in
  an export. (``shorten``'s note counts hidden codes, not cases.)
- **One table per other dimension** of ``dimensions.DIMENSIONS`` (except ``NOT_TABLES``: ``kasus``
  is the victims' table; age at exploitation and days to a stage are values, not counts, see
  ``durations``; the SIMFONI-PPA categories are ``simfoni.simfoni_tables``), grouped in the
  report's ``SECTIONS`` (``section_of`` gives a table's heading); a dimension missing there is
  appended at the end with its own label under "Lainnya", so a new one is never silently dropped.
- **Columns are the sex** (L, P) and a "Tidak diketahui" column only when some case of that table
  has no recorded sex; with it the columns partition the cases, so a row total is always the sum
  of its cells. Rows with no recorded age group / code likewise appear only when they have cases,
  always last.
- **Totals come from the counts, never from adding rows** where a case can sit in several rows
  (``Dimension.multi``): the column totals and the total are the distinct cases with any code
  (``Counts`` code ``ALL``) and the table says ``additive_rows=False``. For single-code
  dimensions the totals are the ``ALL`` cells when the store gives them, else the sums.
- **Row order.** Fixed codes (``@fixed``) keep the dimension's order and are shown even when zero
  (a zero verdict count is a figure). Ordinal lists (stages, tracks, institution levels) keep
  their list order when ``Labels`` can tell it (optional ``order(source)``), else they rank like
  the rest: descending cases, ties by label. Unknown last.
- **Long lists are not cut here.** Every row of the page is an exact figure that opens to its
  cases (``CellRef``), so ``build_tables`` keeps every code present and only turns the chart off
  above ``LONG_TABLE`` rows. Printed outputs that want a short table call ``shorten``: it keeps
  the largest rows; for a single-code dimension the rest become one "Lainnya" row (the sums of
  the hidden rows, whose ``CellRef`` has the code ``OTHERS``: it opens nothing, outputs only);
  for a multi dimension no "Lainnya" row can be computed from the counts (a case can hold
  several of the hidden codes), so the hidden rows are left out and the note says how many.
- **Charts**: ``stacked`` (by sex) for every table here, ``none`` above ``LONG_TABLE`` rows.

``durations``: per stage, the cases that reached it in the period, the median of their days from
intake (the middle value; the mean of the two middle values for an even count) and the 90th
percentile by nearest rank (the smallest value with at least 90 % of the cases at or below it:
always a day some case really took).
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Protocol

from .dimensions import BY_CODE, DIMENSIONS, FIXED, INTAKE, STAGES, TRACKS, UNKNOWN, Dimension
from .model import ALL, SEXES, CellRef, Counts, Line, Median, StatTable

LONG_TABLE = 15            # rows above which a table gets no chart (and ``shorten``'s default)
OTHERS = "~LAINNYA"        # the code of the "Lainnya" row made by ``shorten`` (opens no cases)

AGE_BANDS = ("ANAK", "DEWASA", "LANSIA")   # resources/codelists/age_band.json, in its order
NEW_CASE = ("kasus", "BARU")

UNKNOWN_LABEL = ("Tidak diketahui", "Unknown")
OTHERS_LABEL = ("Lainnya", "Others")

# Dimensions that have no table here: the victims' table itself, values (age at exploitation,
# days to a stage: ``durations``), and the SIMFONI-PPA categories (simfoni.simfoni_tables).
NOT_TABLES = frozenset({"kasus", "umur_eksploitasi", "tahap_dicapai",
                        "simfoni_bentuk", "simfoni_layanan"})

# Code lists whose order means something (a workflow, a level): kept when Labels can tell it.
ORDINAL_SOURCES = frozenset({STAGES, TRACKS, "institution_level"})


class Labels(Protocol):
    """The labels of codes (services/stats_labels.py over the app's reference data).

    ``source`` is a ``Dimension.labels`` value (a code list name or an ``@`` source), or
    "sex" / "age_band". Code "" is handled here ("Tidak diketahui"), never asked.
    A Labels may also offer ``order(source) -> Sequence[str]`` (the codes in list order); the
    tables use it for ordinal lists (``ORDINAL_SOURCES``) and for ``durations``.
    """

    def of(self, source: str, code: str) -> tuple[str, str]:   # (label_id, label_en)
        ...


# -- the report's order and titles -----------------------------------------------------------

VICTIMS = "korban_umur_jk"
PERSONS = "korban_orang_umur_jk"

# The report's sections, in the order a report reads (headings for the page and the PDF).
SECTIONS: tuple[tuple[tuple[str, str], tuple[str, ...]], ...] = (
    (("Korban", "Victims"), (VICTIMS, PERSONS, "kewarganegaraan", "status_korban")),
    (("Modus dan eksploitasi", "Modus and exploitation"),
     ("modus", "eksploitasi", "cara", "perekrutan", "hubungan_pelaku", "tempat_kejadian")),
    (("Jalur pengaduan", "Intake channel"), ("jalur_masuk",)),
    (("Daerah asal dan tujuan", "Origin and destination"),
     ("asal_provinsi", "asal_kabupaten", "lingkup", "tujuan_negara", "tujuan_provinsi")),
    (("Tahap dan status kasus", "Stage and case status"), ("tahap", "status_kasus")),
    (("Layanan per jalur", "Services by track"),
     ("layanan", "layanan_jenis", "rehsos_tempat", "visum")),
    (("Rujukan", "Referrals"), ("rujukan_lembaga", "rujukan_tingkat")),
    (("Pemulangan", "Repatriation"), ("pemulangan",)),
    (("Reintegrasi sosial", "Social reintegration"), ("reintegrasi",)),
    (("Proses hukum", "Legal process"), ("hukum",)),
    (("Hambatan", "Obstacles"), ("hambatan",)),
    (("Korban berulang", "Re-trafficking"), ("berulang",)),
)
OTHER_SECTION = ("Lainnya", "Other")     # a dimension the sections do not know yet

REPORT_ORDER: tuple[str, ...] = tuple(key for _title, keys in SECTIONS for key in keys)
_SECTION_OF = {key: title for title, keys in SECTIONS for key in keys}


def section_of(key: str) -> tuple[str, str]:
    """The report section (label_id, label_en) a table belongs to."""
    return _SECTION_OF.get(key, OTHER_SECTION)


TITLES: dict[str, tuple[str, str]] = {
    VICTIMS: ("Kasus baru korban TPPO menurut kelompok umur dan jenis kelamin",
              "New cases of trafficking victims by age group and sex"),
    PERSONS: ("Korban TPPO (orang) menurut kelompok umur dan jenis kelamin",
              "Trafficking victims (persons) by age group and sex"),
    "kewarganegaraan": ("Kasus baru menurut kewarganegaraan korban",
                        "New cases by the victim's citizenship"),
    "status_korban": ("Kasus baru menurut status korban", "New cases by victim status"),
    "modus": ("Kasus baru menurut modus", "New cases by modus"),
    "eksploitasi": ("Kasus baru menurut bentuk eksploitasi", "New cases by type of exploitation"),
    "cara": ("Kasus baru menurut cara (unsur TPPO)", "New cases by means (trafficking element)"),
    "perekrutan": ("Kasus baru menurut cara perekrutan", "New cases by recruitment tactic"),
    "hubungan_pelaku": ("Kasus baru menurut hubungan pelaku dengan korban",
                        "New cases by the perpetrator's relation to the victim"),
    "tempat_kejadian": ("Kasus baru menurut tempat kejadian", "New cases by place of incident"),
    "jalur_masuk": ("Kasus baru menurut jalur pengaduan", "New cases by intake channel"),
    "asal_provinsi": ("Kasus baru menurut provinsi asal korban",
                      "New cases by the victim's province of origin"),
    "asal_kabupaten": ("Kasus baru menurut kabupaten/kota asal korban",
                       "New cases by the victim's regency/city of origin"),
    "lingkup": ("Kasus baru menurut lingkup (dalam negeri / antarnegara)",
                "New cases by scope (domestic / transnational)"),
    "tujuan_negara": ("Kasus baru menurut negara tujuan", "New cases by country of destination"),
    "tujuan_provinsi": ("Kasus baru menurut provinsi tujuan",
                        "New cases by province of destination"),
    "tahap": ("Kasus baru menurut tahap saat ini", "New cases by current stage"),
    "status_kasus": ("Kasus baru menurut status kasus", "New cases by case status"),
    "layanan": ("Kasus yang menerima layanan menurut jalur layanan",
                "Cases served, by service track"),
    "layanan_jenis": ("Kasus yang menerima layanan menurut jenis layanan",
                      "Cases served, by kind of service"),
    "rehsos_tempat": ("Rehabilitasi sosial di dalam dan di luar panti",
                      "Social rehabilitation inside and outside a panti"),
    "visum": ("Visum et repertum", "Medico-legal examination (visum et repertum)"),
    "rujukan_lembaga": ("Rujukan menurut lembaga tujuan", "Referrals by receiving institution"),
    "rujukan_tingkat": ("Rujukan menurut tingkat", "Referrals by level"),
    "pemulangan": ("Pemulangan korban", "Repatriation of victims"),
    "reintegrasi": ("Reintegrasi sosial", "Social reintegration"),
    "hukum": ("Proses hukum dan restitusi", "Legal process and restitution"),
    "hambatan": ("Hambatan dalam pemberdayaan", "Obstacles in empowerment"),
    "berulang": ("Korban berulang (diperdagangkan kembali)", "Re-trafficked victims"),
}

CITES: dict[str, str] = {
    VICTIMS: "001:288-302; 002:1377-1379",
    PERSONS: "001:288-302; 002:1377-1379",
    "hambatan": "002:1396",
}

NOTE_MULTI = ("Satu kasus dapat tercatat di lebih dari satu baris; jumlah kolom dan total adalah "
              "kasus berbeda, bukan penjumlahan baris.",
              "A case can sit in several rows; the column totals and the total are distinct "
              "cases, not the sum of the rows.")
NOTE_PERSONS = ("Satu korban dapat memiliki lebih dari satu kasus; jumlah korban (orang berbeda) "
                "ada pada tabel berikutnya.",
                "One victim can have several cases; the victims (distinct persons) are in the "
                "next table.")
NOTE_BERULANG = ("Kasus baru periode ini yang korbannya pernah tercatat sebagai korban "
                 "sebelumnya; bandingkan dengan jumlah kasus baru pada tabel pertama.",
                 "New cases of the period whose victim was registered as a victim before; "
                 "compare with the new cases in the first table.")
NOTE_EVENT = ("Dihitung menurut tanggal kejadiannya dalam periode, apa pun tanggal pengaduannya.",
              "Counted by the day of the event within the period, whatever the intake day.")


# -- counts, indexed once --------------------------------------------------------------------

class _Index:
    """``Counts.cells`` summed over the age group (one pass; ``Counts.cases`` scans every cell
    on each call, which would make a page of tables quadratic)."""

    def __init__(self, counts: Counts) -> None:
        self.by_sex: dict[tuple[str, str, str], int] = defaultdict(int)
        self.codes: dict[str, set[str]] = defaultdict(set)
        self.has_all: set[str] = set()
        self.unknown_sex: set[str] = set()
        for (dim, code, sex, _age), n in counts.cells.items():
            self.by_sex[(dim, code, sex)] += n
            if code == ALL:
                self.has_all.add(dim)
            else:
                self.codes[dim].add(code)
            if sex == UNKNOWN and n > 0:
                self.unknown_sex.add(dim)

    def cases(self, dim: str, code: str, sex: str | None = None) -> int:
        if sex is not None:
            return self.by_sex.get((dim, code, sex), 0)
        return sum(self.by_sex.get((dim, code, s), 0) for s in (*SEXES, UNKNOWN))

    def any_code(self, dim: str, multi: bool, sex: str | None = None) -> int:
        """Distinct cases with any code: the ALL cells (always for a multi dimension), else the
        sum over the codes (a single-code dimension's codes partition its cases)."""
        if multi or dim in self.has_all:
            return self.cases(dim, ALL, sex)
        return sum(self.cases(dim, code, sex) for code in self.codes[dim])


# -- labels ----------------------------------------------------------------------------------

def _label(labels: Labels, source: str, code: str, dim: Dimension | None = None) -> tuple[str, str]:
    if code == UNKNOWN:
        return UNKNOWN_LABEL
    if dim is not None and source == FIXED:
        for fixed, label_id, label_en in dim.codes:
            if fixed == code:
                return label_id, label_en
        return code, code
    return labels.of(source, code)


def _order_of(labels: Labels, source: str) -> tuple[str, ...] | None:
    order = getattr(labels, "order", None)
    if order is None:
        return None
    return tuple(order(source))


def _sex_columns(idx: _Index, dim: str, labels: Labels) -> tuple[Line, ...]:
    sexes = (*SEXES, UNKNOWN) if dim in idx.unknown_sex else SEXES
    return tuple(Line(s, *_label(labels, "sex", s)) for s in sexes)


def _chart(rows: int) -> str:
    return "none" if rows > LONG_TABLE else "stacked"


# -- the victims' table ----------------------------------------------------------------------

def _victims(counts: Counts, labels: Labels) -> list[StatTable]:
    dim, code = NEW_CASE
    cell: dict[tuple[str, str], int] = defaultdict(int)    # (sex, age) -> cases
    for (d, c, s, a), n in counts.cells.items():
        if d == dim and c == code:
            cell[(s, a)] += n
    sexes = (*SEXES, UNKNOWN) if any(n for (s, _a), n in cell.items() if s == UNKNOWN) \
        else SEXES
    extra = sorted({a for (_s, a), n in cell.items() if n and a not in (*AGE_BANDS, UNKNOWN)})
    unknown_age = any(n for (_s, a), n in cell.items() if a == UNKNOWN)
    bands = (*AGE_BANDS, *extra, *((UNKNOWN,) if unknown_age else ()))
    columns = tuple(Line(s, *_label(labels, "sex", s)) for s in sexes)
    rows = tuple(Line(a, *_label(labels, "age_band", a)) for a in bands)
    cells = tuple(tuple(cell.get((s, a), 0) for s in sexes) for a in bands)
    persons = _persons_total(counts.persons)
    total = sum(cell.values())
    note = ("", "") if persons is None else NOTE_PERSONS
    tables = [StatTable(
        key=VICTIMS, title_id=TITLES[VICTIMS][0], title_en=TITLES[VICTIMS][1],
        rows=rows, columns=columns, cells=cells,
        row_totals=tuple(sum(r) for r in cells),
        column_totals=tuple(sum(cell.get((s, a), 0) for a in bands) for s in sexes),
        total=total, additive_rows=True,
        refs=tuple(tuple(CellRef(dim, code, s, a) for s in sexes) for a in bands),
        row_refs=tuple(CellRef(dim, code, None, a) for a in bands),
        column_refs=tuple(CellRef(dim, code, s, None) for s in sexes),
        total_ref=CellRef(dim, code),
        note_id=note[0], note_en=note[1], cite=CITES[VICTIMS], chart="stacked")]
    if persons is not None:
        tables.append(_persons_table(counts.persons, labels, sexes, bands, persons))
    return tables


def _persons_total(persons: Mapping[tuple[str, str], int]) -> int | None:
    if not persons:
        return None
    if (ALL, ALL) in persons:
        return persons[(ALL, ALL)]
    return sum(n for (s, a), n in persons.items() if s != ALL and a != ALL)


def _persons_table(persons: Mapping[tuple[str, str], int], labels: Labels,
                   sexes: Sequence[str], bands: Sequence[str], total: int) -> StatTable:
    """Distinct victims by sex x age group. A victim whose cases in the period fall in two age
    groups counts once in each, so the totals are the store's ``ALL`` entries when it gives
    them (distinct persons) and the sums otherwise."""
    if any(n for (s, _a), n in persons.items() if s == UNKNOWN) and UNKNOWN not in sexes:
        sexes = (*sexes, UNKNOWN)
    if any(n for (_s, a), n in persons.items() if a == UNKNOWN) and UNKNOWN not in bands:
        bands = (*bands, UNKNOWN)

    def value(s: str, a: str) -> int:
        if (s, a) in persons:
            return persons[(s, a)]
        if s == ALL:
            return sum(persons.get((x, a), 0) for x in sexes)
        return sum(persons.get((s, x), 0) for x in bands)

    cells = tuple(tuple(persons.get((s, a), 0) for s in sexes) for a in bands)
    row_totals = tuple(value(ALL, a) for a in bands)
    column_totals = tuple(value(s, ALL) for s in sexes)
    additive = (sum(row_totals) == total and sum(column_totals) == total
                and all(sum(r) == t for r, t in zip(cells, row_totals, strict=True)))
    dim, code = NEW_CASE
    return StatTable(
        key=PERSONS, title_id=TITLES[PERSONS][0], title_en=TITLES[PERSONS][1],
        rows=tuple(Line(a, *_label(labels, "age_band", a)) for a in bands),
        columns=tuple(Line(s, *_label(labels, "sex", s)) for s in sexes),
        cells=cells, row_totals=row_totals, column_totals=column_totals, total=total,
        additive_rows=additive,
        # the cases of these victims: "Lihat kasus" lists cases, a victim once per case
        refs=tuple(tuple(CellRef(dim, code, s, a) for s in sexes) for a in bands),
        row_refs=tuple(CellRef(dim, code, None, a) for a in bands),
        column_refs=tuple(CellRef(dim, code, s, None) for s in sexes),
        total_ref=CellRef(dim, code),
        note_id="Korban dihitung sekali per kelompok umur dan jenis kelamin pada saat pengaduan.",
        note_en="A victim counts once per age group and sex at intake.",
        cite=CITES[PERSONS], chart="stacked")


# -- one table per dimension -----------------------------------------------------------------

def _row_codes(idx: _Index, dim: Dimension, labels: Labels) -> list[str]:
    present = idx.codes[dim.code]
    known = [c for c in present if c != UNKNOWN]
    if dim.labels == FIXED:
        fixed = [c for c, _i, _e in dim.codes]
        head = fixed
    elif dim.labels in ORDINAL_SOURCES and (order := _order_of(labels, dim.labels)) is not None:
        head = [c for c in order if c in present and c != UNKNOWN]
    else:
        head = []
    rest = [c for c in known if c not in head]
    rest.sort(key=lambda c: (-idx.cases(dim.code, c), _label(labels, dim.labels, c, dim)[0], c))
    tail = [UNKNOWN] if UNKNOWN in present and idx.cases(dim.code, UNKNOWN) > 0 else []
    return [*head, *rest, *tail]


def dimension_table(counts: Counts, labels: Labels, dim: Dimension,
                    _idx: _Index | None = None) -> StatTable:
    """The table of one dimension: its codes x sex (see the module's rules)."""
    idx = _idx if _idx is not None else _Index(counts)
    codes = _row_codes(idx, dim, labels)
    columns = _sex_columns(idx, dim.code, labels)
    sexes = [c.code for c in columns]
    cells = tuple(tuple(idx.cases(dim.code, code, s) for s in sexes) for code in codes)
    title = TITLES.get(dim.code, (dim.label_id, dim.label_en))
    notes = []
    if dim.multi:
        notes.append(NOTE_MULTI)
    if dim.dated != INTAKE:
        notes.append(NOTE_EVENT)
    if dim.code == "berulang":
        notes.insert(0, NOTE_BERULANG)
    return StatTable(
        key=dim.code, title_id=title[0], title_en=title[1],
        rows=tuple(Line(c, *_label(labels, dim.labels, c, dim)) for c in codes),
        columns=columns, cells=cells,
        row_totals=tuple(idx.cases(dim.code, c) for c in codes),
        column_totals=tuple(idx.any_code(dim.code, dim.multi, s) for s in sexes),
        total=idx.any_code(dim.code, dim.multi),
        additive_rows=not dim.multi,
        refs=tuple(tuple(CellRef(dim.code, c, s) for s in sexes) for c in codes),
        row_refs=tuple(CellRef(dim.code, c) for c in codes),
        column_refs=tuple(CellRef(dim.code, ALL, s) for s in sexes),
        total_ref=CellRef(dim.code, ALL),
        note_id=" ".join(n[0] for n in notes), note_en=" ".join(n[1] for n in notes),
        cite=CITES.get(dim.code, dim.cite), chart=_chart(len(codes)))


def build_tables(counts: Counts, labels: Labels) -> tuple[StatTable, ...]:
    """Every table of the Statistik page and the report, in the report's order."""
    idx = _Index(counts)
    tables: dict[str, StatTable] = {t.key: t for t in _victims(counts, labels)}
    for dim in DIMENSIONS:
        if dim.code not in NOT_TABLES:
            tables[dim.code] = dimension_table(counts, labels, dim, idx)
    ordered = [tables.pop(key) for key in REPORT_ORDER if key in tables]
    return (*ordered, *tables.values())     # dimensions REPORT_ORDER does not know yet, last


# -- shorter tables for the printed outputs --------------------------------------------------

def shorten(table: StatTable, limit: int = LONG_TABLE) -> StatTable:
    """The table with at most ``limit`` rows of codes (the largest; the unknown row is kept), for
    outputs only. Single-code dimension: the hidden rows become one "Lainnya" row (their sums;
    its refs name ``OTHERS``). Multi dimension: they are left out and the note says how many.
    Totals do not change."""
    if len(table.rows) <= limit:
        return table
    body = [i for i, r in enumerate(table.rows) if r.code != UNKNOWN]
    unknown = [i for i, r in enumerate(table.rows) if r.code == UNKNOWN]
    ranked = sorted(body, key=lambda i: -(table.row_totals[i] or 0))
    keep = sorted(ranked[:limit])
    hidden = sorted(ranked[limit:])
    rows = [table.rows[i] for i in keep]
    cells = [table.cells[i] for i in keep]
    row_totals = [table.row_totals[i] for i in keep]
    refs = [table.refs[i] for i in keep] if table.refs else []
    row_refs = [table.row_refs[i] for i in keep] if table.row_refs else []
    dim = table.total_ref.dim if table.total_ref is not None else table.key
    note_id, note_en = table.note_id, table.note_en
    if table.additive_rows:
        rows.append(Line(OTHERS, *OTHERS_LABEL))
        cells.append(tuple(_sum(table.cells[i][c] for i in hidden)
                           for c in range(len(table.columns))))
        row_totals.append(_sum(table.row_totals[i] for i in hidden))
        if table.refs:
            refs.append(tuple(CellRef(dim, OTHERS, col.code) for col in table.columns))
        if table.row_refs:
            row_refs.append(CellRef(dim, OTHERS))
        extra = (f"Lainnya: {len(hidden)} kode lain.", f"Others: {len(hidden)} more codes.")
    else:
        extra = (f"{len(hidden)} kode lain dengan kasus lebih sedikit tidak ditampilkan.",
                 f"{len(hidden)} more codes with fewer cases are not shown.")
    for i in unknown:
        rows.append(table.rows[i])
        cells.append(table.cells[i])
        row_totals.append(table.row_totals[i])
        if table.refs:
            refs.append(table.refs[i])
        if table.row_refs:
            row_refs.append(table.row_refs[i])
    return replace(
        table, rows=tuple(rows), cells=tuple(cells), row_totals=tuple(row_totals),
        refs=tuple(refs), row_refs=tuple(row_refs),
        note_id=" ".join(n for n in (note_id, extra[0]) if n),
        note_en=" ".join(n for n in (note_en, extra[1]) if n),
        chart=_chart(len(rows)))


def _sum(values: Iterable[int | None]) -> int | None:
    total = 0
    for v in values:
        if v is None:
            return None
        total += v
    return total


# -- days from intake to each stage ----------------------------------------------------------

def median(values: Sequence[int]) -> float | None:
    """The middle value; the mean of the two middle values for an even count."""
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[mid])
    return (ordered[mid - 1] + ordered[mid]) / 2


def percentile(values: Sequence[int], p: float) -> float | None:
    """Nearest rank: the smallest value with at least ``p`` % of the values at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return float(ordered[rank - 1])


def durations(counts: Counts, labels: Labels) -> tuple[Median, ...]:
    """Days from intake to each stage reached in the period (dimension ``tahap_dicapai``), in
    the stages' order when ``Labels`` can tell it, else by median (later stages take longer);
    an unknown stage last."""
    dim = BY_CODE["tahap_dicapai"]
    stages = {code: tuple(v) for (d, code), v in counts.values.items() if d == dim.code}
    order = _order_of(labels, dim.labels)
    position = {code: i for i, code in enumerate(order or ())}

    def key(code: str) -> tuple:
        m = median(stages[code])
        return (code == UNKNOWN, position.get(code, len(position)),
                math.inf if m is None else m, code)

    return tuple(
        Median(stage=code, label_id=(lab := _label(labels, dim.labels, code, dim))[0],
               label_en=lab[1], cases=len(stages[code]), median_days=median(stages[code]),
               p90_days=percentile(stages[code], 90))
        for code in sorted(stages, key=key))
