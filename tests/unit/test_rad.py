"""RAD sheets as data (issue 13): the shipped matrices, formulas over hand-made counts, the
sheet's gap and semesters, typed-in figures, small figures hidden, and the checks a province's
own file goes through."""
from __future__ import annotations

import copy
import json

import pytest

from ppt_desk.domain.stats import period as periods
from ppt_desk.domain.stats.model import ALL, Counts, Scope
from ppt_desk.domain.stats.rad import (
    ManualEntry, RadPlanError, evaluate, load_plan,
)
from ppt_desk.paths import RESOURCES
from ppt_desk.services import rad as rad_service
from ppt_desk.services.deps import shipped_deps
from ppt_desk.services.sync.conflict_labels import COLUMNS, ENTITIES, QUIET
from ppt_desk.storage.stats_schema import RadEntry

SHIPPED = RESOURCES / "rad"
SCOPE = Scope()


@pytest.fixture(scope="module")
def deps():
    return shipped_deps()


def _counts(cells: dict[tuple[str, str, str, str], int], p=None) -> Counts:
    return Counts(p or periods.year(2022), SCOPE, cells)


def _plan_doc(**formula_or_targets) -> dict:
    """A small valid plan: one formula indicator and one manual one."""
    doc = {
        "format": 1, "code": "TEST-2022", "title_id": "Uji", "title_en": "Test",
        "province_code": "53", "years": [2022, 2023],
        "indicators": [
            {"code": "F1", "number": "1", "text_id": "Pemulangan", "text_en": "Repatriation",
             "unit": "orang", "cite": "003:191", "targets": {"2022": 10, "2023": None},
             "formula": {"count": "pemulangan", "code": "TIBA"}},
            {"code": "M1", "number": "2", "text_id": "Rapat", "text_en": "Meetings",
             "unit": "kegiatan", "cite": "003:174", "targets": {"2022": 4, "2023": 4},
             "formula": "manual"},
        ]}
    doc["indicators"][0].update(formula_or_targets)
    return doc


def _load(doc: dict, deps=None):
    codes = rad_service.codes_of(deps) if deps is not None else None
    return load_plan(json.dumps(doc), "test.json", codes)


# -- the shipped matrices ---------------------------------------------------------------------
@pytest.mark.parametrize("name, code, province, years, total, formulas", [
    ("ntt.json", "NTT-2020-2023", "53", (2020, 2021, 2022, 2023, 2024), 72, 5),
    ("kaltim.json", "KALTIM-2011-2015", "64", (2011, 2012, 2013, 2014, 2015), 57, 20),
])
def test_shipped_plans_pass_every_check(deps, name, code, province, years, total, formulas):
    text = (SHIPPED / name).read_text(encoding="utf-8")
    plan = load_plan(text, name, rad_service.codes_of(deps),
                     lambda c: c in dict(deps.regions.provinces()))
    assert (plan.code, plan.info.province_code, plan.info.years) == (code, province, years)
    assert len(plan.indicators) == total
    assert sum(not i.manual for i in plan.indicators) == formulas
    assert all(i.cite.startswith("003:" if province == "53" else "000:")
               for i in plan.indicators)
    assert "formula" in json.loads(text)["description_en"]


def test_the_issues_named_lines_are_formulas(deps):
    ntt = rad_service.find_plan(deps, None, "NTT-2020-2023")
    kaltim = rad_service.find_plan(deps, None, "KALTIM-2011-2015")
    repatriation = ntt.indicator("B.3.b.1")
    assert repatriation.targets == ((2020, 10), (2021, 20), (2022, 30), (2023, 40), (2024, 50))
    assert {t.dim for t in repatriation.formula.terms} == {"pemulangan"}
    computed = {i.cite for p in (ntt, kaltim) for i in p.indicators if not i.manual}
    for line in ("003:191", "003:194", "003:183", "000:380", "000:362", "000:385", "000:388",
                 "000:468"):
        assert any(line in cite for cite in computed), line
    assert any("000:354" in c for c in computed) and any("000:355" in c for c in computed)


def test_plans_list_the_offices_province_first(deps):
    assert [p.code for p in rad_service.plans(deps, None, "64")][0] == "KALTIM-2011-2015"
    assert [p.code for p in rad_service.plans(deps, None, "53")][0] == "NTT-2020-2023"


# -- formulas ---------------------------------------------------------------------------------
CELLS = {
    ("pemulangan", "TIBA", "P", "ANAK"): 3, ("pemulangan", "TIBA", "L", "DEWASA"): 5,
    ("pemulangan", "TIBA", "P", "DEWASA"): 7, ("pemulangan", "JENAZAH", "L", "DEWASA"): 2,
    ("pemulangan", ALL, "P", "ANAK"): 3, ("pemulangan", ALL, "L", "DEWASA"): 6,
    ("pemulangan", ALL, "P", "DEWASA"): 7,
    ("layanan", "SOSIAL", "P", "DEWASA"): 4, ("layanan", "REINTEGRASI", "P", "DEWASA"): 6,
}


@pytest.mark.parametrize("formula, expected", [
    ({"count": "pemulangan", "code": "TIBA"}, 15),
    ({"count": "pemulangan", "code": ["TIBA", "JENAZAH"]}, 17),
    ({"count": "pemulangan"}, 16),                              # distinct, any code
    ({"count": "pemulangan", "code": "TIBA", "sex": "P"}, 10),
    ({"count": "pemulangan", "code": "TIBA", "age_band": "ANAK"}, 3),
    ({"count": "pemulangan", "code": "TIBA", "sex": "L", "age_band": "ANAK"}, 0),
    ({"sum": [{"count": "layanan", "code": "SOSIAL"}, {"count": "layanan", "code": "REINTEGRASI"},
              {"sum": [{"count": "pemulangan", "code": "JENAZAH"}]}]}, 12),
])
def test_a_formula_counts_what_it_names(formula, expected):
    plan = _load(_plan_doc(formula=formula))
    assert plan.indicator("F1").formula.value(_counts(CELLS)) == expected


# -- the sheet --------------------------------------------------------------------------------
def _sheet(plan, s1, s2, year, manual=(), exact=True, on=2022):
    return evaluate(plan, on, _counts(s1, periods.semester(on, 1)),
                    _counts(s2, periods.semester(on, 2)), _counts(year), manual, exact=exact)


def _cells(n):
    return {("pemulangan", "TIBA", "P", "DEWASA"): n} if n else {}


def test_gap_is_target_minus_achieved_never_below_zero():
    plan = _load(_plan_doc())
    line = _sheet(plan, _cells(3), _cells(4), _cells(6)).lines[0]
    assert (line.target, line.semester1, line.semester2, line.achieved, line.gap) == (
        10, 3, 4, 6, 4)        # the year counts distinct cases: 6, not 3 + 4
    assert _sheet(plan, _cells(8), _cells(9), _cells(15)).lines[0].gap == 0
    no_target = _sheet(plan, _cells(3), _cells(4), _cells(6), on=2023).lines[0]
    assert (no_target.target, no_target.achieved, no_target.gap) == (None, 6, None)


def test_typed_figures_per_semester_per_office():
    plan = _load(_plan_doc())
    entries = [ManualEntry("M1", 1, 1, "ppt-a", "rapat Maret"), ManualEntry("M1", 2, 2, "ppt-a"),
               ManualEntry("M1", 1, 1, "ppt-b", "rapat Maret"),
               ManualEntry("M1", 0, 5, "ppt-c"), ManualEntry("M1", 2, 9, "ppt-c")]
    line = _sheet(plan, {}, {}, {}, entries).lines[1]
    assert line.manual
    # ppt-c typed the whole year (5): its semester figure does not count twice in the year
    assert (line.semester1, line.semester2, line.achieved) == (2, 11, 1 + 2 + 1 + 5)
    assert (line.target, line.gap) == (4, 0)
    assert line.note == "rapat Maret"
    empty = _sheet(plan, {}, {}, {}).lines[1]
    assert (empty.semester1, empty.semester2, empty.achieved, empty.gap) == (
        None, None, None, None)


def test_small_computed_figures_are_hidden_outside_and_for_users_not_seeing_all():
    plan = _load(_plan_doc())
    entries = [ManualEntry("M1", 1, 3, "ppt-a")]
    shown = _sheet(plan, _cells(12), _cells(11), _cells(20), entries, exact=False)
    assert not shown.exact
    assert (shown.lines[0].semester1, shown.lines[0].semester2, shown.lines[0].achieved) == (
        12, 11, 20)
    assert shown.lines[1].semester1 == 3          # typed figures count no victims: shown
    one_small = _sheet(plan, _cells(4), _cells(11), _cells(15), exact=False).lines[0]
    # semester 2 would give semester 1 away (15 - 11): both hidden, the year shown
    assert (one_small.semester1, one_small.semester2, one_small.achieved, one_small.gap) == (
        None, None, 15, 0)
    edge = _sheet(plan, _cells(10), _cells(11), _cells(21), exact=False).lines[0]
    assert (edge.semester1, edge.semester2, edge.achieved) == (None, None, 21)  # 10 is small
    small_year = _sheet(plan, _cells(2), _cells(3), _cells(5), exact=False).lines[0]
    assert (small_year.achieved, small_year.gap) == (None, None)   # 10 - gap would tell it
    zero = _sheet(plan, {}, {}, {}, exact=False).lines[0]
    assert (zero.semester1, zero.achieved, zero.gap) == (0, 0, 10)
    exact = _sheet(plan, _cells(2), _cells(3), _cells(5), exact=True).lines[0]
    assert (exact.semester1, exact.semester2, exact.achieved, exact.gap) == (2, 3, 5, 5)


def test_a_sum_with_a_small_part_is_hidden_outside():
    """The Statistik tables may publish the other part: 20 - 15 would give the 5 away."""
    plan = _load(_plan_doc(formula={"sum": [{"count": "layanan", "code": "SOSIAL"},
                                            {"count": "layanan", "code": "REINTEGRASI"}]}))
    parts = {("layanan", "SOSIAL", "P", "DEWASA"): 15, ("layanan", "REINTEGRASI", "P", "ANAK"): 5}
    big = {("layanan", "SOSIAL", "P", "DEWASA"): 15, ("layanan", "REINTEGRASI", "P", "ANAK"): 12}
    hidden = _sheet(plan, big, parts, parts, exact=False).lines[0]
    assert (hidden.semester1, hidden.semester2, hidden.achieved, hidden.gap) == (
        None, None, None, None)
    assert _sheet(plan, big, big, big, exact=False).lines[0].achieved == 27
    assert _sheet(plan, big, parts, parts, exact=True).lines[0].achieved == 20


# -- checking a province's own file -----------------------------------------------------------
def _problems(doc, deps=None) -> str:
    with pytest.raises(RadPlanError) as caught:
        _load(doc, deps)
    return " | ".join(caught.value.problems)


def _broken(**changes) -> dict:
    doc = _plan_doc()
    doc["indicators"][0].update(changes)
    return doc


@pytest.mark.parametrize("changes, expected", [
    ({"formula": {"count": "pemulangann", "code": "TIBA"}},
     "indicator 'F1': no statistics dimension 'pemulangann'"),
    ({"formula": {"count": "pemulangan", "code": "PULANG"}},
     "indicator 'F1': dimension pemulangan has no code PULANG"),
    ({"formula": {"count": "pemulangan", "codes": "TIBA"}},
     "indicator 'F1': formula has unknown keys codes"),
    ({"formula": {"count": "pemulangan", "sex": "W"}}, "indicator 'F1': sex must be one of"),
    ({"formula": {"count": "pemulangan", "age_band": "BALITA"}},
     "indicator 'F1': age_band must be one of"),
    ({"formula": "manuel"}, "indicator 'F1': formula must be \"manual\""),
    ({"formula": {"sum": []}}, "indicator 'F1': sum must list formulas"),
    ({"targets": {"2022": 10}}, "indicator 'F1': targets miss the years 2023"),
    ({"targets": {"2022": 10, "2023": 1, "2024": 3}},
     "indicator 'F1': targets for years outside the plan: 2024"),
    ({"targets": {"2022": "10 ORANG", "2023": None}},
     "indicator 'F1': target 2022 must be a whole number or null"),
    ({"targets": {"2022": -1, "2023": None}}, "target 2022 must be a whole number or null"),
    ({"code": "M1"}, "indicator 'M1': code used twice"),
    ({"code": "X" * 41}, "code must be a text of 1 to 40 characters"),
    ({"text_id": ""}, "indicator 'F1': text_id missing"),
    ({"cite": None}, "indicator 'F1': cite missing"),
])
def test_a_broken_indicator_is_named_with_its_problem(changes, expected):
    assert expected in _problems(_broken(**changes))


def test_codes_from_code_lists_and_the_configuration_are_checked(deps):
    assert "dimension rujukan_tingkat has no code KOTA" in _problems(
        _broken(formula={"count": "rujukan_tingkat", "code": "KOTA"}), deps)
    assert "dimension layanan has no code SOSIAL_X" in _problems(
        _broken(formula={"count": "layanan", "code": ["SOSIAL", "SOSIAL_X"]}), deps)
    assert _load(_broken(formula={"count": "rujukan_tingkat", "code": "KABUPATEN_KOTA"}), deps)


def test_the_plan_itself_is_checked():
    for change, expected in [
        ({"format": 2}, "format must be 1"),
        ({"province_code": "Nusa Tenggara Timur"}, "province_code"),
        ({"years": []}, "years: a list of distinct years"),
        ({"years": [2022, 2022]}, "years: a list of distinct years"),
        ({"indicators": []}, "indicators: a non-empty list"),
        ({"title_id": " "}, "title_id: missing"),
    ]:
        doc = copy.deepcopy(_plan_doc())
        doc.update(change)
        assert expected in _problems(doc), change
    with pytest.raises(RadPlanError, match="not JSON: line 1"):
        load_plan("{", "x.json")
    with pytest.raises(RadPlanError, match="no province 99"):
        load_plan(json.dumps({**_plan_doc(), "province_code": "99"}), "x",
                  province_known=lambda c: c == "53")


def test_every_problem_is_reported_at_once():
    doc = _plan_doc()
    doc["indicators"][0]["formula"] = {"count": "nope"}
    doc["indicators"][1]["targets"] = {}
    problems = _problems(doc)
    assert "indicator 'F1'" in problems and "indicator 'M1'" in problems


# -- conflict labels --------------------------------------------------------------------------
def test_rad_entry_reads_in_conflicts():
    assert ENTITIES["rad_entry"] == ("Capaian indikator RAD", "RAD indicator figure")
    columns = {c.name for c in RadEntry.__table__.columns} - QUIET
    assert columns <= set(COLUMNS["rad_entry"])
