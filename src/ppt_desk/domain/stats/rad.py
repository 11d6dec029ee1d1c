"""RAD indicator sheets: a province's action-plan matrix as data, and its 6-monthly sheet.

A RAD file (resources/rad/*.json, or a province's own file) is JSON::

    {"format": 1, "code": "NTT-2020-2024", "title_id": "...", "title_en": "...",
     "province_code": "53", "years": [2020, 2021, 2022, 2023, 2024],
     "source": "003:78-200", "description_en": "...",
     "indicators": [
       {"code": "B.3.b.1", "number": "B.3.b.1", "program_id": "...", "program_en": "...",
        "text_id": "... as the matrix words it ...", "text_en": "...", "unit": "orang",
        "cite": "003:191", "targets": {"2020": 10, "2021": 20, ...},
        "formula": {"count": "pemulangan", "code": ["TIBA", "JENAZAH"]},
        "note_en": "..."}]}

``targets`` names every year of the plan: a whole number, or null where the matrix sets none.
``formula`` is ``"manual"`` (an officer types the figure in: ``rad_entry``) or a count over the
statistics dimensions (``dimensions.py``):

- ``{"count": DIM}``: distinct cases with any code of DIM in the period;
- ``{"count": DIM, "code": C}``: distinct cases with code C; ``"code": [C1, C2]`` adds the
  codes' counts (a case with two of the codes counts twice: name no code when the list would
  be the whole dimension);
- ``"sex": "L" | "P"`` and ``"age_band": "ANAK" | "DEWASA" | "LANSIA"`` narrow a count to the
  case's sex or age group;
- ``{"sum": [formula, ...]}`` adds counts (or sums).

A case is one victim (one person's case file), so a count of cases is a count of persons.
A dimension dated by the intake counts who came in during the period; one dated by the event
counts what was done during it (``dimensions.py``).

The sheet (``evaluate``): per indicator the target of the year, semester 1 and 2 and the
year. A formula's year figure is counted over the whole year (distinct cases: a case served in
both semesters counts once), so it can be less than semester 1 + semester 2. A manual year
figure is, per office, its whole-year entry (semester 0) if it typed one, else the sum of its
two semesters; offices in the scope add up. The gap is target - achieved, never below 0;
None where there is no target or no figure.

Small figures (T12, ADR 0020): a sheet that leaves the app, or is shown to a user who may not
see every case (``exact=False``), hides every computed figure from 1 to 10 (None, shown as
"<11"); when one semester is hidden the other is too (the year would give it away), and a
hidden year hides the gap (target - gap). A figure that adds several counts (a code list, a
sum) is hidden when any of them is from 1 to 10, since the Statistik tables may publish the
others. Typed-in figures (campaigns, trainings, meetings)
count no victims and are shown as they are.

Pure: standard library and the statistics model only.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .dimensions import BY_CODE, FIXED
from .model import ALL, SEXES, Counts, Scope
from .rad_model import RadLine, RadPlanInfo, RadSheet
from .suppression_audit import K

FORMAT = 1
MANUAL = "manual"
AGE_BANDS = ("ANAK", "DEWASA", "LANSIA")     # resources/codelists/age_band.json
MAX_CODE = 40                                 # rad_entry.plan / rad_entry.indicator columns
SMALL_MAX = K - 1                             # T12: figures 1..10 are hidden outside
SEMESTERS = (0, 1, 2)                         # 0 = the whole year
_FORMULA_KEYS = frozenset({"count", "code", "sex", "age_band"})


class RadPlanError(ValueError):
    """A RAD file that cannot be used; ``problems`` name the indicator and what is wrong."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = tuple(problems)


@dataclass(frozen=True)
class Term:
    """Distinct cases with ``codes`` (empty: any code) of ``dim``, narrowed by sex/age."""

    dim: str
    codes: tuple[str, ...] = ()
    sex: str | None = None
    age_band: str | None = None

    def parts(self, counts: Counts) -> list[int]:
        """One count per code (one for "any code")."""
        return [counts.cases(self.dim, code, self.sex, self.age_band)
                for code in self.codes or (ALL,)]

    def value(self, counts: Counts) -> int:
        return sum(self.parts(counts))


@dataclass(frozen=True)
class Formula:
    terms: tuple[Term, ...]

    def parts(self, counts: Counts) -> list[int]:
        """The counts the figure adds up (each term's codes)."""
        return [n for term in self.terms for n in term.parts(counts)]

    def value(self, counts: Counts) -> int:
        return sum(self.parts(counts))


@dataclass(frozen=True)
class Indicator:
    code: str
    number: str
    program_id: str
    program_en: str
    text_id: str
    text_en: str
    unit: str
    cite: str
    targets: tuple[tuple[int, int | None], ...]
    formula: Formula | None            # None: manual
    note_en: str = ""

    @property
    def manual(self) -> bool:
        return self.formula is None

    def target(self, year: int) -> int | None:
        return dict(self.targets).get(year)


@dataclass(frozen=True)
class RadPlan:
    info: RadPlanInfo
    indicators: tuple[Indicator, ...]
    description_en: str = ""

    @property
    def code(self) -> str:
        return self.info.code

    def indicator(self, code: str) -> Indicator:
        for ind in self.indicators:
            if ind.code == code:
                return ind
        raise KeyError(code)


@dataclass(frozen=True)
class ManualEntry:
    """A typed-in figure (one ``rad_entry`` row) as the sheet needs it."""

    indicator: str
    semester: int          # 1, 2, or 0 = the whole year
    value: int
    office_id: str = ""
    note: str = ""


# -- loading ---------------------------------------------------------------------------------
CodesOf = Callable[[str], "frozenset[str] | None"]


def load_plan(text: str, source: str = "", codes_of: CodesOf | None = None,
              province_known: Callable[[str], bool] | None = None) -> RadPlan:
    """Parse and check a RAD file. ``codes_of(dim)``: the codes a dimension knows when they
    come from a code list, the casework configuration ... (None: not checked; a dimension's
    own fixed codes are always checked). Raises ``RadPlanError`` with every problem found."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RadPlanError([f"not JSON: line {exc.lineno}, column {exc.colno}"]) from exc
    if not isinstance(data, dict):
        raise RadPlanError(["not a RAD file: the top level must be an object"])
    problems: list[str] = []
    if data.get("format") != FORMAT:
        problems.append(f"format must be {FORMAT}")
    code = data.get("code")
    if not _text(code) or len(code) > MAX_CODE:
        problems.append(f"code: a text of 1 to {MAX_CODE} characters")
    for key in ("title_id", "title_en"):
        if not _text(data.get(key)):
            problems.append(f"{key}: missing")
    province = data.get("province_code")
    if not (_text(province) and province.isdigit() and len(province) == 2):
        problems.append("province_code: the province's two-digit code")
    elif province_known is not None and not province_known(province):
        problems.append(f"province_code: no province {province}")
    years = data.get("years")
    if not (isinstance(years, list) and years
            and all(isinstance(y, int) and not isinstance(y, bool) and 2000 <= y <= 2100
                    for y in years)
            and len(set(years)) == len(years)):
        problems.append("years: a list of distinct years")
        years = []
    raw = data.get("indicators")
    if not (isinstance(raw, list) and raw):
        problems.append("indicators: a non-empty list")
        raw = []
    indicators: list[Indicator] = []
    seen: set[str] = set()
    for position, item in enumerate(raw, 1):
        ind = _indicator(item, position, sorted(years), codes_of, seen, problems)
        if ind is not None:
            indicators.append(ind)
    if problems:
        raise RadPlanError(problems)
    info = RadPlanInfo(code, data["title_id"].strip(), data["title_en"].strip(), province,
                       tuple(sorted(years)), str(data.get("source") or source))
    return RadPlan(info, tuple(indicators), str(data.get("description_en", "")))


def _text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _indicator(item: object, position: int, years: list[int], codes_of: CodesOf | None,
               seen: set[str], problems: list[str]) -> Indicator | None:
    if not isinstance(item, dict):
        problems.append(f"indicator #{position}: not an object")
        return None
    code = item.get("code")
    name = f"indicator {code!r}" if _text(code) else f"indicator #{position}"
    before = len(problems)
    if not _text(code) or len(code) > MAX_CODE:
        problems.append(f"{name}: code must be a text of 1 to {MAX_CODE} characters")
    elif code in seen:
        problems.append(f"{name}: code used twice")
    else:
        seen.add(code)
    for key in ("number", "text_id", "text_en", "unit", "cite"):
        if not _text(item.get(key)):
            problems.append(f"{name}: {key} missing")
    targets = item.get("targets")
    pairs: list[tuple[int, int | None]] = []
    if not isinstance(targets, dict):
        problems.append(f"{name}: targets must name every year of the plan")
    else:
        missing = [y for y in years if str(y) not in targets]
        extra = sorted(k for k in targets if k not in {str(y) for y in years})
        if missing:
            problems.append(f"{name}: targets miss the years {', '.join(map(str, missing))}")
        if extra:
            problems.append(f"{name}: targets for years outside the plan: {', '.join(extra)}")
        for y in years:
            value = targets.get(str(y))
            if value is not None and (not isinstance(value, int) or isinstance(value, bool)
                                      or value < 0):
                problems.append(f"{name}: target {y} must be a whole number or null")
                value = None
            pairs.append((y, value))
    formula = _formula(item.get("formula"), name, codes_of, problems)
    if len(problems) > before:
        return None
    return Indicator(code, item["number"].strip(), str(item.get("program_id", "")),
                     str(item.get("program_en", "")), item["text_id"].strip(),
                     item["text_en"].strip(), item["unit"].strip(), item["cite"].strip(),
                     tuple(pairs), formula, str(item.get("note_en", "")))


def _formula(raw: object, name: str, codes_of: CodesOf | None,
             problems: list[str]) -> Formula | None:
    if raw == MANUAL:
        return None
    terms: list[Term] = []
    _terms(raw, name, codes_of, problems, terms)
    return Formula(tuple(terms))


def _terms(raw: object, name: str, codes_of: CodesOf | None, problems: list[str],
           out: list[Term]) -> None:
    if isinstance(raw, dict) and set(raw) == {"sum"}:
        parts = raw["sum"]
        if not (isinstance(parts, list) and parts):
            problems.append(f"{name}: sum must list formulas")
            return
        for part in parts:
            _terms(part, name, codes_of, problems, out)
        return
    if not (isinstance(raw, dict) and "count" in raw):
        problems.append(f"{name}: formula must be \"manual\", {{\"count\": ...}} or "
                        f"{{\"sum\": [...]}}")
        return
    unknown = sorted(set(raw) - _FORMULA_KEYS)
    if unknown:
        problems.append(f"{name}: formula has unknown keys {', '.join(unknown)}")
    dim = raw["count"]
    if dim not in BY_CODE:
        problems.append(f"{name}: no statistics dimension {dim!r}")
        return
    code = raw.get("code")
    codes = (code,) if isinstance(code, str) else tuple(code) if isinstance(code, list) else ()
    if code is not None and not (codes and all(_text(c) for c in codes)):
        problems.append(f"{name}: code must be a code or a list of codes")
        return
    known = _known_codes(dim, codes_of)
    if known is not None:
        wrong = [c for c in codes if c not in known]
        if wrong:
            problems.append(f"{name}: dimension {dim} has no code {', '.join(wrong)}")
    sex = raw.get("sex")
    if sex is not None and sex not in SEXES:
        problems.append(f"{name}: sex must be one of {', '.join(SEXES)}")
    age = raw.get("age_band")
    if age is not None and age not in AGE_BANDS:
        problems.append(f"{name}: age_band must be one of {', '.join(AGE_BANDS)}")
    out.append(Term(dim, codes, sex, age))


def _known_codes(dim: str, codes_of: CodesOf | None) -> frozenset[str] | None:
    d = BY_CODE[dim]
    if d.labels == FIXED:
        return frozenset(c for c, _i, _e in d.codes)
    return codes_of(dim) if codes_of is not None else None


# -- the sheet -------------------------------------------------------------------------------
def evaluate(plan: RadPlan, year: int, counts_s1: Counts, counts_s2: Counts,
             counts_year: Counts, manual: Iterable[ManualEntry], exact: bool = True,
             scope: Scope | None = None) -> RadSheet:
    """The monitoring sheet of ``year``: one line per indicator, in the file's order."""
    typed = _typed(manual)
    lines = []
    for ind in plan.indicators:
        target = ind.target(year)
        if ind.formula is not None:
            parts = [ind.formula.parts(c) for c in (counts_s1, counts_s2, counts_year)]
            s1, s2, achieved = (sum(p) for p in parts)
            if not exact:
                s1, s2, achieved = _suppressed(*parts)
            note = ""
        else:
            s1, s2, achieved, note = typed.get(ind.code, (None, None, None, ""))
        gap = max(target - achieved, 0) if target is not None and achieved is not None else None
        lines.append(RadLine(ind.code, ind.number, ind.program_id, ind.text_id, ind.text_en,
                             ind.unit, ind.cite, ind.manual, target, s1, s2, achieved, gap,
                             note))
    return RadSheet(plan.info, year, scope if scope is not None else counts_year.scope,
                    tuple(lines), exact)


def is_small(value: int | None) -> bool:
    return value is not None and 1 <= value <= SMALL_MAX


def _hides(parts: list[int]) -> bool:
    """A figure is hidden when it is small or adds up a small count: the parts may be
    published elsewhere (the Statistik tables), and the sum would give a small one away."""
    return is_small(sum(parts)) or any(is_small(n) for n in parts)


def _suppressed(s1: list[int], s2: list[int], year: list[int]) -> tuple[
        int | None, int | None, int | None]:
    whole = None if _hides(year) else sum(year)
    if _hides(s1) or _hides(s2):
        return None, None, whole
    return sum(s1), sum(s2), whole


def _typed(entries: Iterable[ManualEntry]) -> dict[
        str, tuple[int | None, int | None, int | None, str]]:
    """Per indicator: semester 1, semester 2, the year and the notes, over every office."""
    per: dict[str, dict[str, dict[int, int]]] = {}
    notes: dict[str, list[str]] = {}
    for e in entries:
        office = per.setdefault(e.indicator, {}).setdefault(e.office_id, {})
        office[e.semester] = office.get(e.semester, 0) + e.value
        if e.note.strip() and e.note.strip() not in notes.setdefault(e.indicator, []):
            notes[e.indicator].append(e.note.strip())
    out = {}
    for code, offices in per.items():
        s1 = [o[1] for o in offices.values() if 1 in o]
        s2 = [o[2] for o in offices.values() if 2 in o]
        year = sum(o[0] if 0 in o else o.get(1, 0) + o.get(2, 0) for o in offices.values())
        out[code] = (sum(s1) if s1 else None, sum(s2) if s2 else None, year,
                     "; ".join(notes.get(code, [])))
    return out

