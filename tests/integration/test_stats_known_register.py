"""Acceptance (issue 13): a demo register whose figures are known, counted by every output.

52 cases are registered through the real backend (cases.register, casework.save_record with
consents where a form needs one, stage changes), with fixed sexes, ages, modus, channels,
citizenships, origins, journeys, TPPO elements, perpetrators, services of every track,
referrals, repatriations (one of remains), legal records (verdicts, restitution) and obstacles:
44 cases came in during 2024, 8 in 2023 whose events (police reports, repatriations) fall in
2024 (event dating). Each record of ``REGISTER`` carries the facts the test expects of it; the
expected figures are counted here from that table alone, never read back from the app.

Asserted for a supervisor (exact): every cell, row total, column total and total of every table
of ``backend.stats.report`` for 2024 and for its first quarter, the days to each stage, every
formula line of both shipped RAD sheets (semester 1, 2, year), the SIMFONI-PPA categories and
counts. Then the exports (PDF, spreadsheet, SIMFONI spreadsheet, HTCDS CSV) read back: no figure
1..10 in any table (T12), hidden figures marked "x", the HTCDS values valid per the XLSForm and
its quasi-identifiers k-anonymous (k = 11). A caseworker sees suppressed figures only.
"""
from __future__ import annotations

import csv
import re
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from casework_helpers import MovableClock, payloads
from ppt_desk.bootstrap import make_backend
from ppt_desk.domain.access import GRANTS
from ppt_desk.domain.intake import Address, CaseIntake, Guardian
from ppt_desk.domain.stats import period as pr
from ppt_desk.domain.stats.dimensions import DIMENSIONS
from ppt_desk.domain.stats.model import Scope
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.dto import ConsentInput

YEAR = 2024
SEMUA = Scope()
TODAY = date(2025, 3, 1)
ADMIN, ADMIN_PASSWORD = "admin", "kata-sandi-uji-1"       # tests/conftest.py
PASSWORDS = {"sari": "kata-sandi-sari-1", "ani": "kata-sandi-ani-1"}
SMALL = range(1, 11)

# -- the register ---------------------------------------------------------------------------
# SIMFONI forms of violence of the modus / purposes used (resources/codelists: modus.simfoni
# + simfoni_also; tppo_purpose likewise), as a SIMFONI-PPA reader would tally them by hand.
VIOLENCE = {"KRJ-PRT": {"TRAFFICKING", "EKSPLOITASI"}, "EBM": {"TRAFFICKING", "EKSPLOITASI"},
            "ESK": {"TRAFFICKING", "SEKSUAL", "EKSPLOITASI"},
            "EKSPLOITASI_TENAGA_KERJA": {"TRAFFICKING", "EKSPLOITASI"},
            "EKSPLOITASI_SEKSUAL": {"TRAFFICKING", "SEKSUAL", "EKSPLOITASI"}}


@dataclass
class Rec:
    kind: str
    day: date
    fields: dict
    intake: tuple[tuple[str, str], ...] = ()          # intake-dated facts it gives
    event: tuple[tuple[str, str], ...] = ()           # facts dated by its own day
    dated: tuple[tuple[str, str, date], ...] = ()     # facts on another day of the record


@dataclass
class Case:
    key: str
    sex: str
    age: int
    intake: date
    modus: tuple[str, ...]
    channel: str
    status: str
    citizenship: str
    province: str
    regency: str
    records: list[Rec] = field(default_factory=list)
    stage_day: date | None = None         # to PENDEKATAN_AWAL (asesmen, bebas_kritis first)
    consents: tuple[str, ...] = ()
    case_id: str = ""

    @property
    def band(self) -> str:
        return "ANAK" if self.age < 18 else "LANSIA" if self.age >= 60 else "DEWASA"

    @property
    def simfoni_band(self) -> str:
        for low, high, code in ((0, 5, "U00_05"), (6, 12, "U06_12"), (13, 17, "U13_17"),
                                (18, 24, "U18_24"), (25, 44, "U25_44"), (45, 59, "U45_59")):
            if low <= self.age <= high:
                return code
        return "U60"

    def facts(self) -> set[tuple[str, str, date]]:
        on = self.intake
        out = {("kasus", "BARU", on), ("kewarganegaraan", self.citizenship, on),
               ("jalur_masuk", self.channel, on), ("status_korban", self.status, on),
               ("asal_provinsi", self.province, on), ("asal_kabupaten", self.regency, on),
               ("tahap", "PENDEKATAN_AWAL" if self.stage_day else "PERLINDUNGAN", on),
               ("status_kasus", "AKTIF", on), ("simfoni_layanan", "PENGADUAN", on)}
        out |= {("modus", m, on) for m in self.modus}
        violence = set().union(*(VIOLENCE[m] for m in self.modus))
        lingkup = ""
        for r in self.records:
            for dim, code in r.intake:
                if dim == "lingkup":
                    lingkup = code
                else:
                    out.add((dim, code, on))
                if dim == "eksploitasi":
                    violence |= VIOLENCE[code]
            out |= {(dim, code, r.day) for dim, code in r.event}
            out |= set(r.dated)
        out.add(("lingkup", lingkup, on))
        out |= {("simfoni_bentuk", v, on) for v in violence}
        if self.stage_day:
            out.add(("tahap_dicapai", "PENDEKATAN_AWAL", self.stage_day))
        return out


def _add(case: Case, kind: str, offset: int, fields: dict | None = None, **expect) -> None:
    day = case.intake + timedelta(days=offset)
    case.records.append(Rec(kind, day, fields or {}, **expect))


def register_spec() -> list[Case]:
    """The register, case by case (the rules below are the test's own table)."""
    cases = []
    for i in range(44):
        c = Case(
            key=f"k{i}", sex="L" if i % 3 == 0 else "P",
            age=15 if i % 4 == 1 else 65 if i in (10, 30) else 20 + i % 30,
            intake=date(YEAR, 1 + i % 12, 1 + (i * 7) % 27),
            modus=(("KRJ-PRT",) if i % 2 == 0 else ("EBM",)) + (("ESK",) if i % 5 == 0 else ()),
            channel={0: "HOTLINE", 2: "HOTLINE", 1: "DATANG_LANGSUNG", 3: "POLISI"}[i % 4],
            status="KORBAN" if i % 2 else "DIDUGA",
            citizenship="" if i == 43 else "TL" if i % 11 == 0 else "ID",
            province="" if i % 3 == 0 else "53",
            regency={0: "", 1: "53.71", 2: "53.02"}[i % 3])
        # journey (intake-dated: destination, place of incident)
        if i % 7 == 6:
            _add(c, "perjalanan", -30, {"negara": "ID", "wilayah": "51.71",
                                        "tempat_kejadian": "RUMAH_TANGGA"},
                 intake=(("tujuan_negara", "ID"), ("tujuan_provinsi", "51"),
                         ("tempat_kejadian", "RUMAH_TANGGA")))
        elif i % 5 != 4:
            country = "MY" if i % 2 else "SG"
            _add(c, "perjalanan", -60, {"negara": country, "tempat_kejadian": "TEMPAT_KERJA"},
                 intake=(("tujuan_negara", country), ("tempat_kejadian", "TEMPAT_KERJA")))
        # TPPO elements
        if i % 2 == 0:
            tactics = ["JANJI_PALSU"] + (["S_CALO"] if i % 4 == 0 else [])
            _add(c, "unsur_tppo", 1, {"cara_perekrutan": tactics},
                 intake=(("eksploitasi", "EKSPLOITASI_TENAGA_KERJA"), ("cara", "PENIPUAN"),
                         ("cara", "PENJERATAN_UTANG"), ("lingkup", "ANTAR_NEGARA"),
                         *(("perekrutan", t) for t in tactics)))
        elif i % 6 == 3:
            _add(c, "unsur_tppo", 1, {"tujuan": ["EKSPLOITASI_SEKSUAL"], "cara": ["PENIPUAN"],
                                      "lingkup": "DALAM_NEGERI"},
                 intake=(("eksploitasi", "EKSPLOITASI_SEKSUAL"), ("cara", "PENIPUAN"),
                         ("lingkup", "DALAM_NEGERI")))
        if i % 3 != 2:
            relation = "TETANGGA" if i % 3 == 0 else "MAJIKAN"
            _add(c, "pelaku", 1, {"hubungan": relation},
                 intake=(("hubungan_pelaku", relation),))
        # services
        if i % 2 == 1:
            _add(c, "skrining_kesehatan", 2, event=(
                ("layanan", "KESEHATAN"), ("layanan_jenis", "skrining_kesehatan"),
                ("simfoni_layanan", "KESEHATAN")))
        if i % 6 == 1:
            _add(c, "visum", 3, event=(
                ("layanan", "KESEHATAN"), ("layanan_jenis", "visum"), ("visum", "DIMINTA"),
                ("visum", "TERBIT"), ("simfoni_layanan", "KESEHATAN")))
        if i % 3 != 2:
            _add(c, "konseling", 4, event=(
                ("layanan", "SOSIAL"), ("layanan_jenis", "konseling"),
                ("simfoni_layanan", "REHABILITASI_SOSIAL"),
                ("simfoni_layanan", "PENDAMPINGAN_TOKOH_AGAMA")))
        if i % 4 == 0:
            place = "DI_DALAM_PANTI" if i % 8 == 0 else "DI_LUAR_PANTI"
            _add(c, "layanan_rehsos", 5, {"tempat": place}, event=(
                ("layanan", "SOSIAL"), ("layanan_jenis", "layanan_rehsos"),
                ("rehsos_tempat", place), ("simfoni_layanan", "REHABILITASI_SOSIAL")))
        if i % 5 == 1:
            c.consents += ("RUJUKAN",)
            _add(c, "rujukan", 6, event=(
                ("layanan", "RUJUKAN"), ("layanan_jenis", "rujukan"),
                ("rujukan_lembaga", "nas-lpsk"), ("rujukan_tingkat", "NASIONAL")))
        if i % 2 == 0:
            _add(c, "laporan_polisi", 7, event=(
                ("layanan", "HUKUM"), ("layanan_jenis", "laporan_polisi"),
                ("hukum", "LAPORAN_POLISI"), ("simfoni_layanan", "PENEGAKAN_HUKUM")))
        if i in (0, 2, 4):
            _add(c, "putusan", 20, event=(
                ("layanan", "HUKUM"), ("layanan_jenis", "putusan"), ("hukum", "PUTUSAN"),
                ("hukum", "PUTUSAN_DIHUKUM"), ("hukum", "RESTITUSI_DIKABULKAN"),
                ("simfoni_layanan", "PENEGAKAN_HUKUM")))
        if i == 0:
            _add(c, "restitusi", 30, event=(
                ("layanan", "HUKUM"), ("layanan_jenis", "restitusi"),
                ("hukum", "RESTITUSI_DIBAYAR"), ("simfoni_layanan", "BANTUAN_HUKUM")))
        if i % 7 == 2:
            c.consents += ("PEMULANGAN",)
            remains = i == 9
            if remains:
                _add(c, "pemulangan_rencana", 8, {"jenazah": True}, event=(
                    ("layanan", "PEMULANGAN"), ("layanan_jenis", "pemulangan_rencana")))
            _add(c, "pemulangan_pelaksanaan", 10, event=(
                ("layanan", "PEMULANGAN"), ("layanan_jenis", "pemulangan_pelaksanaan"),
                ("pemulangan", "TIBA"), ("simfoni_layanan", "PEMULANGAN"),
                *((("pemulangan", "JENAZAH"),) if remains else ())))
        if i % 3 == 0:
            _add(c, "reintegrasi_rencana", 12, event=(
                ("layanan", "REINTEGRASI"), ("layanan_jenis", "reintegrasi_rencana"),
                ("reintegrasi", "RENCANA"), ("simfoni_layanan", "REINTEGRASI_SOSIAL")))
        if i % 9 == 0:
            _add(c, "paket_ekonomi", 14, event=(
                ("layanan", "REINTEGRASI"), ("layanan_jenis", "paket_ekonomi"),
                ("reintegrasi", "PAKET_EKONOMI"), ("simfoni_layanan", "REINTEGRASI_SOSIAL")))
        if i % 4 == 3:
            _add(c, "hambatan", 9, {"kategori": "DOKUMEN"}, event=(("hambatan", "DOKUMEN"),))
        if i == 5:
            _add(c, "hambatan", 9, {"kategori": "KEAMANAN"}, event=(("hambatan", "KEAMANAN"),))
        if i == 6:
            _add(c, "hambatan", 9, {"kategori": "TIDAK_ADA"})       # no obstacle: no fact
        if i % 5 == 0:
            _add(c, "asesmen", 1)
            _add(c, "bebas_kritis", 1)
            c.stage_day = c.intake + timedelta(days=10 + i)
        cases.append(c)
    # Cases of 2023 whose events fall in 2024 (and one service still in 2023).
    for j in range(8):
        c = Case(key=f"o{j}", sex="P", age=30, intake=date(YEAR - 1, 9 + j % 4, 5 + j),
                 modus=("KRJ-PRT",), channel="HOTLINE", status="KORBAN", citizenship="ID",
                 province="53", regency="53.71")
        police = date(YEAR, 2, 10 + j)
        c.records.append(Rec("laporan_polisi", police, {}, event=(
            ("layanan", "HUKUM"), ("layanan_jenis", "laporan_polisi"),
            ("hukum", "LAPORAN_POLISI"), ("simfoni_layanan", "PENEGAKAN_HUKUM"))))
        if j < 4:
            c.records.append(Rec("konseling", date(YEAR - 1, 12, 1), {}, event=(
                ("layanan", "SOSIAL"), ("layanan_jenis", "konseling"),
                ("simfoni_layanan", "REHABILITASI_SOSIAL"),
                ("simfoni_layanan", "PENDAMPINGAN_TOKOH_AGAMA"))))
        if j < 3:
            c.consents += ("PEMULANGAN",)
            c.records.append(Rec("pemulangan_pelaksanaan", date(YEAR, 7, 5 + j), {}, event=(
                ("layanan", "PEMULANGAN"), ("layanan_jenis", "pemulangan_pelaksanaan"),
                ("pemulangan", "TIBA"), ("simfoni_layanan", "PEMULANGAN"))))
        cases.append(c)
    return cases


# -- building it through the backend --------------------------------------------------------
def _login(backend, username: str) -> None:
    backend.session.lock()
    backend.session.unlock(username, PASSWORDS[username])


def _build(backend, cases: list[Case]) -> None:
    clock = backend.deps.clock
    for c in cases:
        clock.day = c.intake
        intake = CaseIntake(
            full_name=f"Korban Sintetis {c.key}", sex=c.sex, intake_date=c.intake,
            intake_channel=c.channel, victim_status=c.status, estimated_age=c.age,
            modus=c.modus, languages=("ind",), citizenship=c.citizenship,
            origin=Address(province_code=c.province, regency_code=c.regency),
            guardian=Guardian("Wali Sintetis", "IBU") if c.age < 18 else Guardian())
        _, c.case_id, _ = backend.cases.register(intake)
        for purpose in c.consents:
            backend.consent.record(c.case_id, ConsentInput(
                purpose, "WALI" if c.age < 18 else "KORBAN", c.intake, "TERTULIS",
                giver_name="Wali Sintetis" if c.age < 18 else "",
                agency="Lembaga Perlindungan Saksi dan Korban" if purpose == "RUJUKAN" else ""))
        for r in sorted(c.records, key=lambda r: r.day):
            clock.day = max(r.day, c.intake)
            payload = dict(payloads(r.day)[r.kind])
            payload.update(r.fields)
            backend.casework.save_record(c.case_id, r.kind, payload)
        if c.stage_day:
            clock.day = c.stage_day
            _, change = backend.casework.request_stage_change(c.case_id, "PENDEKATAN_AWAL")
            assert change.status == "APPLIED"
    clock.day = TODAY


@pytest.fixture(scope="module")
def office(template_folder, tmp_path_factory):
    import pg

    if pg.suite_on_postgres():
        pytest.skip("the known register runs on SQLCipher (its store logic is shared)")
    folder = tmp_path_factory.mktemp("known") / "data"
    shutil.copytree(template_folder[0], folder)
    backend = make_backend(folder, TEST_PARAMS)
    backend.session.unlock(ADMIN, ADMIN_PASSWORD)
    backend.deps.clock = MovableClock(TODAY)
    for username, name, roles, grants in (
            ("sari", "Sari Supervisor", {"SUPERVISOR"}, GRANTS),
            ("ani", "Ani Pendamping", {"PENDAMPING"}, ())):
        backend.users.add(username, name, frozenset(roles), PASSWORDS[username],
                          frozenset(grants))
    _login(backend, "sari")
    cases = register_spec()
    _build(backend, cases)
    yield SimpleNamespace(backend=backend, cases=cases)
    backend.session.lock()


# -- the expected figures, from REGISTER alone ----------------------------------------------
# ADR 0020 / issue 13, written out here (not read from dimensions.py): what is dated by the
# event rather than by the intake, and the fixed rows a table shows even when zero.
EVENT_DATED = {"layanan", "layanan_jenis", "rehsos_tempat", "visum", "rujukan_lembaga",
               "rujukan_tingkat", "pemulangan", "reintegrasi", "hukum", "hambatan",
               "tahap_dicapai", "simfoni_layanan"}
FIXED_CODES = {
    "lingkup": ("DALAM_NEGERI", "ANTAR_NEGARA"),
    "status_kasus": ("AKTIF", "DITUTUP", "DIPINDAHKAN"),
    "berulang": ("ULANG",),
    "rehsos_tempat": ("DI_DALAM_PANTI", "DI_LUAR_PANTI"),
    "visum": ("DIMINTA", "TERBIT"),
    "pemulangan": ("TIBA", "JENAZAH", "DIBATALKAN"),
    "reintegrasi": ("RENCANA", "PAKET_EKONOMI", "PENDIDIKAN", "SELESAI"),
    "hukum": ("LAPORAN_POLISI", "PENYIDIKAN", "PENUNTUTAN", "PUTUSAN", "PUTUSAN_DIHUKUM",
              "INKRACHT", "RESTITUSI_DIAJUKAN", "RESTITUSI_DIKABULKAN", "RESTITUSI_DIBAYAR"),
}
NO_TABLE = {"kasus", "umur_eksploitasi", "tahap_dicapai", "simfoni_bentuk", "simfoni_layanan"}
SEXES = ("L", "P")


class Expected:
    """Which cases hold which (dimension, code) in a period, counted from the spec."""

    def __init__(self, cases: list[Case], period: pr.Period) -> None:
        self.cases = {c.key: c for c in cases}
        self.hits: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.days: dict[str, list[int]] = defaultdict(list)
        for c in cases:
            for dim, code, day in c.facts():
                when = day if dim in EVENT_DATED else c.intake
                if period.start <= when <= period.end:
                    self.hits[(dim, code)].add(c.key)
                    if dim == "tahap_dicapai":
                        self.days[code].append((day - c.intake).days)

    def n(self, dim: str, code: str | None = None, sex: str | None = None,
          band: str | None = None, band_of: str = "band") -> int:
        keys = (self.hits[(dim, code)] if code is not None else
                set().union(*(v for (d, _c), v in self.hits.items() if d == dim)))
        return sum(1 for k in keys if (sex is None or self.cases[k].sex == sex)
                   and (band is None or getattr(self.cases[k], band_of) == band))

    def codes(self, dim: str) -> set[str]:
        return {c for (d, c), v in self.hits.items() if d == dim and v}

    def table(self, dim: str) -> dict:
        rows = self.codes(dim) | set(FIXED_CODES.get(dim, ()))
        return {"rows": {code: ([self.n(dim, code, s) for s in SEXES], self.n(dim, code))
                         for code in rows},
                "columns": [self.n(dim, None, s) for s in SEXES], "total": self.n(dim)}

    def victims(self) -> dict:
        bands = ("ANAK", "DEWASA", "LANSIA")
        return {"rows": {b: ([self.n("kasus", "BARU", s, b) for s in SEXES],
                             self.n("kasus", "BARU", None, b)) for b in bands},
                "columns": [self.n("kasus", "BARU", s) for s in SEXES],
                "total": self.n("kasus", "BARU")}


def _shape(table) -> dict:
    assert [c.code for c in table.columns] == list(SEXES), table.key
    return {"rows": {r.code: (list(cells), total) for r, cells, total
                     in zip(table.rows, table.cells, table.row_totals, strict=True)},
            "columns": list(table.column_totals), "total": table.total}


def _median(values: list[int]) -> float:
    v = sorted(values)
    return float(v[len(v) // 2]) if len(v) % 2 else (v[len(v) // 2 - 1] + v[len(v) // 2]) / 2


def _p90(values: list[int]) -> float:
    v = sorted(values)
    return float(v[-(-9 * len(v) // 10) - 1])


PERIODS = {"year": pr.year(YEAR), "q1": pr.quarter(YEAR, 1)}


@pytest.mark.parametrize("which", sorted(PERIODS))
def test_every_table_of_the_report_has_the_known_figures(office, which):
    period = PERIODS[which]
    report = office.backend.stats.report(period, SEMUA)
    want = Expected(office.cases, period)
    assert report.exact
    keys = [t.key for t in report.tables]
    assert sorted(keys) == sorted(["korban_umur_jk", "korban_orang_umur_jk",
                                   *(d.code for d in DIMENSIONS if d.code not in NO_TABLE)])
    wrong = {}
    for table in report.tables:
        expected = (want.victims() if table.key in ("korban_umur_jk", "korban_orang_umur_jk")
                    else want.table(table.key))
        got = _shape(table)
        if got != expected:
            wrong[table.key] = {"expected": expected, "got": got}
    assert wrong == {}
    durations = {(m.stage, m.cases, m.median_days, m.p90_days) for m in report.durations}
    assert durations == {(stage, len(v), _median(v), _p90(v)) for stage, v in want.days.items()}


def test_the_register_has_small_and_large_cells(office):
    """The fixture is what the export checks need: figures from 1 to 10 and of 11 or more."""
    want = Expected(office.cases, PERIODS["year"])
    counts = [n for (dim, code) in want.hits for n in
              (want.n(dim, code, s) for s in SEXES)]
    assert any(n in SMALL for n in counts) and any(n >= 11 for n in counts)
    assert want.n("kasus", "BARU") == 44 and want.n("hukum", "LAPORAN_POLISI") >= 11
    q1 = Expected(office.cases, PERIODS["q1"])
    assert q1.n("kasus", "BARU") == 12
    # event dating: the 2023 cases' police reports count in Q1 2024, their intakes do not
    assert q1.hits[("hukum", "LAPORAN_POLISI")] >= {f"o{j}" for j in range(8)}
    assert not q1.hits[("kasus", "BARU")] & {f"o{j}" for j in range(8)}


# -- RAD sheets -----------------------------------------------------------------------------
RAD_DIR = Path(__file__).resolve().parents[2] / "resources" / "rad"


def _rad_value(want: Expected, formula: dict) -> int:
    """A RAD formula (resources/rad/*.json) over the expected figures: distinct cases per
    code, codes of a list and terms of a sum added."""
    if "sum" in formula:
        return sum(_rad_value(want, f) for f in formula["sum"])
    codes = formula.get("code")
    codes = [None] if codes is None else [codes] if isinstance(codes, str) else codes
    return sum(want.n(formula["count"], code, formula.get("sex"), formula.get("age_band"))
               for code in codes)


def _plan_for_the_register(tmp_path: Path, backend, file: str) -> dict:
    """The shipped plan; one whose years miss the register's (Kaltim: 2011-2015) is loaded
    as a province's own file with its years moved to end in the register's year (same
    indicators, formulas and targets)."""
    import json

    plan = json.loads((RAD_DIR / file).read_text(encoding="utf-8"))
    assert plan["code"] in {p.code for p in backend.stats.rad_plans()}
    if YEAR in plan["years"]:
        return plan
    shift = YEAR - max(plan["years"])
    plan["years"] = [y + shift for y in plan["years"]]
    plan["code"] += "-UJI"
    for item in plan["indicators"]:
        item["targets"] = {str(int(y) + shift): v for y, v in item["targets"].items()}
    path = tmp_path / file
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    backend.stats.load_rad_plan(path)
    return plan


@pytest.mark.parametrize("file", ["ntt.json", "kaltim.json"])
def test_every_formula_line_of_the_shipped_rad_sheets(office, file, tmp_path):
    plan = _plan_for_the_register(tmp_path, office.backend, file)
    sheet = office.backend.stats.rad_sheet(plan["code"], YEAR, SEMUA)
    assert sheet.exact
    periods = (pr.semester(YEAR, 1), pr.semester(YEAR, 2), pr.year(YEAR))
    wants = [Expected(office.cases, p) for p in periods]
    formulas = {i["code"]: i["formula"] for i in plan["indicators"] if i["formula"] != "manual"}
    lines = {line.indicator: line for line in sheet.lines}
    assert set(formulas) <= set(lines) and len(formulas) >= 4
    got = {code: (lines[code].semester1, lines[code].semester2, lines[code].achieved)
           for code in formulas}
    expected = {code: tuple(_rad_value(w, f) for w in wants) for code, f in formulas.items()}
    assert got == expected
    for code in formulas:
        line = lines[code]
        assert line.gap == (None if line.target is None else max(line.target - line.achieved, 0))
    assert any(sum(v) > 0 for v in expected.values())


# -- SIMFONI-PPA ----------------------------------------------------------------------------
# SIMFONI-PPA's categories, as its forms list them (rows in this order, codes of the app's
# lists whose labels are SIMFONI's words).
SIMFONI = {
    "simfoni_bentuk_kekerasan": ("simfoni_bentuk", (
        "FISIK", "PSIKIS", "SEKSUAL", "EKSPLOITASI", "TRAFFICKING", "PENELANTARAN", "LAINNYA")),
    "simfoni_tempat_kejadian": ("tempat_kejadian", (
        "RUMAH_TANGGA", "TEMPAT_KERJA", "SEKOLAH", "FASILITAS_UMUM",
        "LEMBAGA_PENDIDIKAN_KILAT", "LAINNYA")),
    "simfoni_kelompok_umur": ("kasus", (
        "U00_05", "U06_12", "U13_17", "U18_24", "U25_44", "U45_59", "U60")),
    "simfoni_jenis_kelamin": ("kasus", ("L", "P")),
    "simfoni_hubungan_pelaku": ("hubungan_pelaku", (
        "ORANG_TUA", "KELUARGA_SAUDARA", "SUAMI_ISTRI", "PACAR_TEMAN", "TETANGGA", "GURU",
        "MAJIKAN", "REKAN_KERJA", "LAINNYA")),
    "simfoni_layanan": ("simfoni_layanan", (
        "PENGADUAN", "KESEHATAN", "BANTUAN_HUKUM", "PENEGAKAN_HUKUM", "REHABILITASI_SOSIAL",
        "PEMULANGAN", "REINTEGRASI_SOSIAL", "PENDAMPINGAN_TOKOH_AGAMA")),
}
SIMFONI_LABELS = {"simfoni_bentuk_kekerasan": ["Fisik", "Psikis", "Seksual", "Eksploitasi",
                                               "Trafficking", "Penelantaran", "Lainnya"],
                  "simfoni_kelompok_umur": ["0-5", "6-12", "13-17", "18-24", "25-44", "45-59",
                                            "60+"]}


def _simfoni_expected(want: Expected) -> dict:
    out = {}
    for key, (dim, rows) in SIMFONI.items():
        if key == "simfoni_jenis_kelamin":
            out[key] = {"rows": {s: ([want.n(dim, "BARU", s)], want.n(dim, "BARU", s))
                                 for s in rows},
                        "columns": [want.n(dim, "BARU")], "total": want.n(dim, "BARU")}
        elif key == "simfoni_kelompok_umur":
            out[key] = {"rows": {b: ([want.n(dim, "BARU", s, b, "simfoni_band") for s in SEXES],
                                     want.n(dim, "BARU", None, b, "simfoni_band"))
                                 for b in rows},
                        "columns": [want.n(dim, "BARU", s) for s in SEXES],
                        "total": want.n(dim, "BARU")}
        else:
            out[key] = {"rows": {c: ([want.n(dim, c, s) for s in SEXES], want.n(dim, c))
                                 for c in rows},
                        "columns": [want.n(dim, None, s) for s in SEXES], "total": want.n(dim)}
    return out


def _simfoni_exact(backend, period):
    from ppt_desk.domain.stats.simfoni import simfoni_tables
    from ppt_desk.services import stats
    from ppt_desk.services.context import Actor

    store = backend.session.open_store()
    counts = stats.counts(store.uow(), Actor(store.user), backend.deps, period, SEMUA,
                          "simfoni_band")
    return simfoni_tables(counts, backend.deps.codelists)


def test_the_simfoni_aggregate_has_exactly_its_categories_and_the_known_counts(office):
    period = pr.year(YEAR)
    tables = _simfoni_exact(office.backend, period)
    assert [t.key for t in tables] == list(SIMFONI)
    for t in tables:
        assert [r.code for r in t.rows] == list(SIMFONI[t.key][1]), t.key
        if t.key in SIMFONI_LABELS:
            assert [r.label_id for r in t.rows] == SIMFONI_LABELS[t.key]
    got = {}
    for t in tables:
        if t.key == "simfoni_jenis_kelamin":
            got[t.key] = {"rows": {r.code: (list(c), n) for r, c, n
                                   in zip(t.rows, t.cells, t.row_totals, strict=True)},
                          "columns": list(t.column_totals), "total": t.total}
        else:
            got[t.key] = _shape(t)
    assert got == _simfoni_expected(Expected(office.cases, period))


# -- what leaves the app --------------------------------------------------------------------
@pytest.fixture(scope="module")
def exports(office, tmp_path_factory):
    backend = office.backend
    folder = tmp_path_factory.mktemp("exports")
    period = pr.year(YEAR)
    report = backend.stats.report(period, SEMUA)
    out = SimpleNamespace(folder=folder, report=report, pdf=folder / "laporan.pdf",
                          xlsx=folder / "laporan.xlsx", simfoni=folder / "simfoni.xlsx",
                          htcds=folder / "htcds.csv")
    backend.stats.write_report_pdf(report, out.pdf, "id")
    backend.stats.write_spreadsheet(report, out.xlsx, "id")
    backend.stats.write_simfoni(period, SEMUA, out.simfoni)
    out.htcds_written = backend.stats.write_htcds(period, SEMUA, out.htcds)
    return out


# A table row of the PDF's text: a label, then figures ("x" hidden, "—" no median).
FIGURE = re.compile(r"^(?P<label>.*[A-Za-z)].*?)\s{2,}"
                    r"(?P<figures>(?:(?:\d[\d.]*|x|—)\s+)*(?:\d[\d.]*|x|—))\s*$")


def _figure(value) -> int | None:
    """A table figure as a number (None for the hidden mark and the dash)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return int(value)
    text = str(value).strip()
    return int(text.replace(".", "")) if re.fullmatch(r"\d[\d.]*", text) else None


def _sheet_tables(path: Path) -> dict[str, list[list]]:
    """Each sheet's table rows (under the header row "Uraian"/"Tahap" until a blank row),
    first column the label."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    out = {}
    for ws in book.worksheets[1:]:
        rows, inside = [], False
        for r in ws.iter_rows(values_only=True):
            if not inside:
                inside = r[0] in ("Uraian", "Tahap")
                continue
            if all(v is None for v in r):
                break
            rows.append(list(r))
        out[ws.title] = rows
    return out


def _small(values) -> list:
    return [v for v in values if (n := _figure(v)) is not None and 1 <= n <= 10]


def test_the_spreadsheet_publishes_no_small_figure_and_the_rest_exactly(office, exports):
    sheets = _sheet_tables(exports.xlsx)
    report = exports.report
    assert len(sheets) == len(report.tables) + 1             # + the days to each stage
    hidden = 0
    for (title, rows), table in zip(sheets.items(), report.tables):
        assert rows, title
        figures = [v for r in rows for v in r[1:]]
        assert _small(figures) == [], title
        assert all(_figure(v) is not None or v == "x" for v in figures), (title, figures)
        hidden += figures.count("x")
        exact = [[*cells, total] for cells, total in zip(table.cells, table.row_totals)]
        exact.append([*table.column_totals, table.total])
        if len(rows) == len(exact):                         # (no "Lainnya" row)
            for got, want in zip(rows, exact):
                assert [v for v, w in zip(got[1:], want) if v != "x" and _figure(v) != w] \
                    == [], (title, got, want)
    durations = list(sheets.values())[-1]
    assert _small(v for r in durations for v in r[1:]) == []
    assert hidden > 0


def test_the_pdf_publishes_no_small_figure(office, exports):
    from pdf_tools import text_of

    text = text_of(exports.pdf)
    lines = [m for line in text.splitlines() if (m := FIGURE.match(line))]
    figures = [f for m in lines for f in m.group("figures").split()]
    rows = sum(len(t.rows) + 1 for t in exports.report.tables)
    assert len(lines) >= rows                                 # every table row was read
    assert _small(figures) == [], [m.group(0) for m in lines
                                   if _small(m.group("figures").split())]
    assert "x" in figures and any((_figure(f) or 0) >= 11 for f in figures)
    assert "<11" not in text


def test_the_simfoni_spreadsheet_has_its_categories_and_no_small_figure(office, exports):
    sheets = _sheet_tables(exports.simfoni)
    exact = _simfoni_exact(office.backend, pr.year(YEAR))
    assert len(sheets) == len(SIMFONI)
    for rows, table in zip(sheets.values(), exact):
        labels = [r[0] for r in rows]
        assert labels[:-1] == [r.label_id for r in table.rows], table.key   # SIMFONI's rows
        figures = [v for r in rows for v in r[1:]]
        assert _small(figures) == [], table.key
        want = [[*c, t] for c, t in zip(table.cells, table.row_totals)]
        want.append([*table.column_totals, table.total])
        for got, w in zip(rows, want):
            assert [v for v, x in zip(got[1:], w) if v != "x" and _figure(v) != x] == [], \
                (table.key, got, w)
    assert "x" in [v for rows in sheets.values() for r in rows for v in r]


def test_the_htcds_export_is_valid_and_k_anonymous(office, exports):
    from htcds_form import available, standard
    from ppt_desk.domain.stats import htcds

    if not available():
        pytest.skip("HTCDS standard not found")
    with exports.htcds.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        columns, rows = reader.fieldnames, list(reader)
    assert columns == list(htcds.COLUMNS)
    written, withheld = exports.htcds_written
    assert len(rows) == written and written + withheld >= 1
    assert 11 <= len(rows) <= 44                 # the year's cases, small classes dropped
    std = standard()
    bad, checked = [], set()
    for r in rows:
        for col in htcds.HTCDS_COLUMNS:
            allowed = std.allowed(col)
            if allowed is None or not r[col]:
                continue
            checked.add(col)
            bad += [(col, v) for v in r[col].split() if v not in allowed]
        assert r["yearOfRegistration"] in ("", str(YEAR))
    assert bad == []
    assert {"prs_Gender", "prs_Citizenship", "vic_TraffickingStatus", "vic_TypeOfExploitation",
            "vic_Methods_of_Control", "cas_Status"} <= checked
    classes = Counter(tuple(r[q] for q in htcds.QUASI) for r in rows)
    assert min(classes.values()) >= 11, classes
    assert {r["prs_Gender"] for r in rows} - {""} <= std.allowed("prs_Gender")


def test_a_caseworker_sees_no_small_figure(office):
    backend = office.backend
    _login(backend, "ani")
    try:
        for period in PERIODS.values():
            report = backend.stats.report(period, SEMUA)
            assert report.exact is False
            for t in report.tables:
                figures = [*(c for row in t.cells for c in row), *t.row_totals,
                           *t.column_totals, t.total]
                assert [n for n in figures if n is not None and 1 <= n <= 10] == [], t.key
    finally:
        _login(backend, "sari")


def test_a_caseworker_sees_no_small_count_of_days_to_a_stage(office):
    backend = office.backend
    _login(backend, "ani")
    try:
        report = backend.stats.report(PERIODS["year"], SEMUA)
        assert report.exact is False
        assert [(m.stage, m.cases, m.median_days) for m in report.durations
                if m.cases is not None and 1 <= m.cases <= 10] == []
        hidden = [m for m in report.durations if m.cases is None]
        assert hidden and all(m.median_days is None and m.p90_days is None for m in hidden)
    finally:
        _login(backend, "sari")
