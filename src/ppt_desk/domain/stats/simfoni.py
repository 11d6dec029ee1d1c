"""The SIMFONI-PPA aggregate (issue 13, ADR 0020): the same facts in SIMFONI's categories.

SIMFONI-PPA (KemenPPPA's online recording system) reports victims by form of violence
(*bentuk kekerasan*), place of the incident (*tempat kejadian*), age band (*kelompok umur*),
sex (*jenis kelamin*), the perpetrator's relation to the victim (*hubungan pelaku dengan
korban*) and the services received (*layanan*). ``simfoni_tables`` makes exactly these six
tables from one ``Counts`` whose age-group slot holds the SIMFONI band codes
(``age_band_simfoni``: U00_05 ... U60, the ``simfoni_band`` of ``stat_fact``).

The mapping is data in resources/codelists, never code:

- **Form of violence**: the ``simfoni`` / ``simfoni_also`` attributes of the modus and of the
  exploitation purposes (``tppo_purpose``) name SIMFONI forms, spelled as the ``simfoni``
  attribute of ``simfoni_violence``. A case counts once in every form any of its modus or
  purposes names; since that union cannot be summed from the per-modus counts, the facts carry
  it as a dimension of its own (``simfoni_bentuk``), made by ``SimfoniMap.violence``.
- **Services**: ``simfoni_service`` lists, per SIMFONI service, the casework forms whose records
  are that service (``forms``), records that are it only when a field holds a value (``when``)
  and the complaint itself (``intake``: every case, on its intake day). Again a dimension of its
  own (``simfoni_layanan``), made by ``SimfoniMap.services`` per record.
- **Place** and **relation**: the code lists ``incident_place`` and ``perpetrator_relation`` have
  exactly SIMFONI's categories as codes, so their dimensions are read as they are.

Every figure counts cases (one victim per case; the whole register counts a person again only
for a new case). Columns are the sex (SIMFONI's Laki-laki / Perempuan, and "Tidak diketahui"
only when a case of that table has no recorded sex); rows with no recorded band likewise. The
tables leave the app only through ``suppression`` (the service's job).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from ..codelists import CodeList
from .dimensions import UNKNOWN
from .model import ALL, SEXES, CellRef, Counts, Line, StatTable

VIOLENCE = "simfoni_bentuk"      # dimension: SIMFONI form of violence (simfoni_violence codes)
SERVICE = "simfoni_layanan"      # dimension: SIMFONI service (simfoni_service codes)
PLACE = "tempat_kejadian"        # dimension over incident_place
RELATION = "hubungan_pelaku"     # dimension over perpetrator_relation
NEW_CASE = ("kasus", "BARU")

VIOLENCE_LIST = "simfoni_violence"
SERVICE_LIST = "simfoni_service"
BAND_LIST = "age_band_simfoni"

UNKNOWN_LABEL = ("Tidak diketahui", "Unknown")
NOTE = ("Satu kasus dapat tercatat pada lebih dari satu baris; jumlah adalah kasus yang "
        "berbeda.", "A case can sit in several rows; totals are distinct cases.")


class Lists(Protocol):
    """The app's code lists by name (domain.codelists.CodeLists)."""

    def __getitem__(self, name: str) -> CodeList: ...


# -- the mapping ---------------------------------------------------------------------------
@dataclass(frozen=True)
class _Condition:
    kind: str
    field: str
    equals: Any = None
    contains: Any = None

    def holds(self, kind: str, payload: Mapping[str, Any]) -> bool:
        if kind != self.kind:
            return False
        value = payload.get(self.field)
        if self.equals is not None:
            return value == self.equals
        return isinstance(value, (list, tuple)) and self.contains in value


@dataclass(frozen=True)
class SimfoniMap:
    """The SIMFONI categories of a case's codes and records, read once from the code lists."""

    by_modus: Mapping[str, frozenset[str]]
    by_purpose: Mapping[str, frozenset[str]]
    by_form: Mapping[str, frozenset[str]]
    conditions: tuple[tuple[_Condition, str], ...]
    intake: frozenset[str]

    @classmethod
    def from_lists(cls, lists: Lists) -> SimfoniMap:
        """Raises ValueError when a code list names a SIMFONI form that ``simfoni_violence``
        does not have (a data error a test catches)."""
        forms = {item.simfoni: item.code for item in lists[VIOLENCE_LIST].items if item.simfoni}

        def violence_of(codes: CodeList) -> dict[str, frozenset[str]]:
            out: dict[str, frozenset[str]] = {}
            for item in codes.items:
                names = ([item.simfoni] if item.simfoni else []) + list(
                    item.extra.get("simfoni_also") or ())
                unknown = [n for n in names if n not in forms]
                if unknown:
                    raise ValueError(f"{codes.name}.{item.code}: unknown SIMFONI form {unknown}")
                out[item.code] = frozenset(forms[n] for n in names)
            return out

        by_form: dict[str, set[str]] = {}
        conditions: list[tuple[_Condition, str]] = []
        intake: set[str] = set()
        for item in lists[SERVICE_LIST].items:
            for kind in item.extra.get("forms") or ():
                by_form.setdefault(kind, set()).add(item.code)
            for cond in item.extra.get("when") or ():
                conditions.append((_Condition(cond["kind"], cond["field"], cond.get("equals"),
                                              cond.get("contains")), item.code))
            if item.extra.get("intake"):
                intake.add(item.code)
        return cls(violence_of(lists["modus"]), violence_of(lists["tppo_purpose"]),
                   {k: frozenset(v) for k, v in by_form.items()}, tuple(conditions),
                   frozenset(intake))

    def violence(self, modus: Iterable[str], purposes: Iterable[str] = ()) -> frozenset[str]:
        """The SIMFONI forms of violence (simfoni_violence codes) of a case's modus and
        exploitation purposes; unknown codes name none."""
        out: set[str] = set()
        for code in modus:
            out |= self.by_modus.get(code, frozenset())
        for code in purposes:
            out |= self.by_purpose.get(code, frozenset())
        return frozenset(out)

    def services(self, kind: str, payload: Mapping[str, Any] | None) -> frozenset[str]:
        """The SIMFONI services (simfoni_service codes) one record of form ``kind`` gives."""
        payload = payload if isinstance(payload, Mapping) else {}
        out = set(self.by_form.get(kind, frozenset()))
        out.update(code for cond, code in self.conditions if cond.holds(kind, payload))
        return frozenset(out)


# -- the tables ----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Spec:
    key: str
    title_id: str
    title_en: str
    dim: str
    codes: CodeList | None       # the rows' code list; None = the sex table / the age table


def _line(item_code: str, simfoni: str | None, label_en: str) -> Line:
    return Line(item_code, simfoni or item_code, label_en)


def _sex_lines(counts: Counts, dim: str, sex_list: CodeList) -> tuple[tuple[str, ...], tuple[Line, ...]]:
    sexes: tuple[str, ...] = SEXES
    if any(n for (d, _c, s, _a), n in counts.cells.items() if d == dim and s == UNKNOWN):
        sexes = (*SEXES, UNKNOWN)
    lines = []
    for s in sexes:
        item = sex_list.get(s)
        lines.append(Line(s, *UNKNOWN_LABEL) if item is None
                     else _line(s, item.simfoni or item.label_id, item.label_en))
    return sexes, tuple(lines)


def _table(spec: _Spec, counts: Counts, sex_list: CodeList, multi: bool) -> StatTable:
    sexes, columns = _sex_lines(counts, spec.dim, sex_list)
    assert spec.codes is not None
    codes = [item.code for item in spec.codes.items]
    rows = [_line(item.code, item.simfoni, item.label_en) for item in spec.codes.items]
    if counts.cases(spec.dim, UNKNOWN) > 0:       # a single-code dimension's "not recorded"
        codes.append(UNKNOWN)
        rows.append(Line(UNKNOWN, *UNKNOWN_LABEL))
    cells = tuple(tuple(counts.cases(spec.dim, c, sex=s) for s in sexes) for c in codes)
    refs = tuple(tuple(CellRef(spec.dim, c, s) for s in sexes) for c in codes)
    return StatTable(
        key=spec.key, title_id=spec.title_id, title_en=spec.title_en,
        rows=tuple(rows), columns=columns, cells=cells,
        row_totals=tuple(counts.cases(spec.dim, c) for c in codes),
        column_totals=tuple(counts.cases(spec.dim, ALL, sex=s) for s in sexes),
        total=counts.cases(spec.dim, ALL), additive_rows=not multi,
        refs=refs, row_refs=tuple(CellRef(spec.dim, c) for c in codes),
        column_refs=tuple(CellRef(spec.dim, ALL, s) for s in sexes),
        total_ref=CellRef(spec.dim, ALL),
        note_id=NOTE[0] if multi else "", note_en=NOTE[1] if multi else "",
        chart="stacked")


def _age_table(counts: Counts, bands: CodeList, sex_list: CodeList) -> StatTable:
    dim, code = NEW_CASE
    sexes, columns = _sex_lines(counts, dim, sex_list)
    codes = [item.code for item in bands.items]
    rows = [_line(item.code, item.simfoni, item.label_en) for item in bands.items]
    if counts.cases(dim, code, age_band=UNKNOWN) > 0:
        codes.append(UNKNOWN)
        rows.append(Line(UNKNOWN, *UNKNOWN_LABEL))
    cells = tuple(tuple(counts.cases(dim, code, sex=s, age_band=b) for s in sexes)
                  for b in codes)
    return StatTable(
        key="simfoni_kelompok_umur", title_id="Korban menurut kelompok umur",
        title_en="Victims by age band", rows=tuple(rows), columns=columns, cells=cells,
        row_totals=tuple(counts.cases(dim, code, age_band=b) for b in codes),
        column_totals=tuple(counts.cases(dim, code, sex=s) for s in sexes),
        total=counts.cases(dim, code),
        refs=tuple(tuple(CellRef(dim, code, s, b) for s in sexes) for b in codes),
        row_refs=tuple(CellRef(dim, code, None, b) for b in codes),
        column_refs=tuple(CellRef(dim, code, s) for s in sexes),
        total_ref=CellRef(dim, code),
        note_id="Kelompok umur SIMFONI-PPA (umur saat pengaduan).",
        note_en="SIMFONI-PPA age bands (age at intake).", chart="stacked")


def _sex_table(counts: Counts, sex_list: CodeList) -> StatTable:
    dim, code = NEW_CASE
    sexes, lines = _sex_lines(counts, dim, sex_list)
    total = counts.cases(dim, code)
    return StatTable(
        key="simfoni_jenis_kelamin", title_id="Korban menurut jenis kelamin",
        title_en="Victims by sex", rows=lines,
        columns=(Line(ALL, "Jumlah korban", "Victims"),),
        cells=tuple((counts.cases(dim, code, sex=s),) for s in sexes),
        row_totals=tuple(counts.cases(dim, code, sex=s) for s in sexes),
        column_totals=(total,), total=total,
        refs=tuple((CellRef(dim, code, s),) for s in sexes),
        row_refs=tuple(CellRef(dim, code, s) for s in sexes),
        column_refs=(CellRef(dim, code),), total_ref=CellRef(dim, code), chart="bar")


def simfoni_tables(counts_by_simfoni_band: Counts, codelists: Lists) -> tuple[StatTable, ...]:
    """The SIMFONI-PPA aggregate: form of violence, place, age band, sex, relation, services,
    in that order, each row one SIMFONI category (plus "Tidak diketahui" only where cases have
    no recorded value). ``counts_by_simfoni_band``: Counts whose age-group slot holds the
    ``age_band_simfoni`` codes."""
    counts = counts_by_simfoni_band
    sex_list = codelists["sex"]
    specs = (
        (_Spec("simfoni_bentuk_kekerasan", "Korban menurut bentuk kekerasan",
               "Victims by form of violence", VIOLENCE, codelists[VIOLENCE_LIST]), True),
        (_Spec("simfoni_tempat_kejadian", "Korban menurut tempat kejadian",
               "Victims by place of the incident", PLACE, codelists["incident_place"]), True),
        (_Spec("simfoni_hubungan_pelaku", "Korban menurut hubungan pelaku dengan korban",
               "Victims by the perpetrator's relation to them", RELATION,
               codelists["perpetrator_relation"]), True),
        (_Spec("simfoni_layanan", "Layanan yang diterima korban", "Services received",
               SERVICE, codelists[SERVICE_LIST]), True),
    )
    tables = [_table(spec, counts, sex_list, multi) for spec, multi in specs]
    age = _age_table(counts, codelists[BAND_LIST], sex_list)
    sex = _sex_table(counts, sex_list)
    bentuk, tempat, hubungan, layanan = tables
    return (bentuk, tempat, age, sex, hubungan, layanan)
