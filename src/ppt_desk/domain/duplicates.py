"""Possible duplicates at the secretariat: the same victim registered by two PPTs.

Pure scoring of a pair of person records (0-100, with reason codes and never a name in a
reason) and the blocking keys that keep the search from comparing every pair. Names are
compared by the spelling-variant keys of ``domain.names`` (the same keys the register search
uses, ADR 0004); what this module adds is only the comparison of those keys: transposed,
missing or extra letters, another word order, a missing middle name, titles left out.

Only cases of two different owning offices are candidates (one office's own doubles are its
business), and a pseudonymised case (``PSN-…``, identity blanked) is never one: there is
nothing of the person to compare. Nothing here merges anything; an officer decides.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .names import fold, token_key

PSEUDONYM_PREFIX = "PSN-"
# A pair at or above this score is proposed to an officer (calibrated on a synthetic set:
# tests/unit/test_duplicates_domain.py; the report of issue 11 gives the figures).
THRESHOLD = 60
# Bump when ``block_keys`` changes: the stored keys are then rebuilt by the next scan.
BLOCK_VERSION = 2

# Reason codes (the GUI words them; no name or number of the person is ever in one).
NIK = "nik"                         # the same valid NIK
NIK_CLOSE = "nik_close"             # valid NIKs one typo apart
NIK_DIFFERS = "nik_differs"         # two valid, different NIKs
NAME = "name"                       # the same name (by spelling-variant keys)
NAME_SIMILAR = "name_similar"       # a similar name: typos, word order, a missing word
NAME_RARE = "name_rare"             # no one else here has that name word in that birth year
BIRTH_DATE = "birth_date"           # the same date of birth
BIRTH_DATE_SWAPPED = "birth_date_swapped"   # day and month swapped
BIRTH_YEAR = "birth_year"           # the same year (one or both dates only estimated)
BIRTH_DIFFERS = "birth_differs"     # dates of birth clearly apart
SEX_DIFFERS = "sex_differs"         # recorded sex differs

POINTS = {NIK: 60, NIK_CLOSE: 20, NIK_DIFFERS: -30, BIRTH_DATE: 30, BIRTH_DATE_SWAPPED: 22,
          BIRTH_YEAR: 10, BIRTH_DIFFERS: -15, SEX_DIFFERS: -25, NAME_RARE: 15}
NAME_POINTS = 40        # times the name similarity (0..1), counted from MIN_NAME_SIMILARITY
MIN_NAME_SIMILARITY = 0.6
RARE_NAME_SIMILARITY = 0.999  # NAME_RARE counts only for the same name (by its keys)

# Titles, honorifics and connectors that are not part of who a person is (folded forms).
HONORIFICS = frozenset({
    "bapak", "bpk", "pak", "ibu", "bu", "sdr", "sdri", "saudara", "saudari", "tn", "tuan",
    "ny", "nyonya", "nn", "nona", "an", "alm", "almh", "almarhum", "almarhumah",
    "h", "hj", "haji", "hajjah", "kh", "ust", "ustad", "ustadz", "ustadzah",
    "dr", "drs", "dra", "ir", "prof", "sh", "se", "st", "spd", "sag", "skm", "ssos", "amd",
    "mpd", "mm", "mh", "ssi", "skom", "skep", "bin", "binti", "bt",
})
_NIK = re.compile(r"[0-9]{16}")


@dataclass(frozen=True)
class PersonFacts:
    """What the duplicate search knows of one case's victim. ``names``: the full name first,
    then the aliases. ``birth_year_estimate``: intake year minus the estimated age, when no
    date of birth is recorded."""

    case_id: str
    office_id: str
    names: tuple[str, ...]
    sex: str = ""
    birth_date: date | None = None
    birth_year_estimate: int | None = None
    nik: str = ""

    @property
    def pseudonymised(self) -> bool:
        return not self.names or self.names[0].startswith(PSEUDONYM_PREFIX)


@dataclass(frozen=True)
class Score:
    value: int                    # 0..100
    reasons: tuple[str, ...]      # codes above, in a fixed order

    @property
    def proposed(self) -> bool:
        return self.value >= THRESHOLD


def valid_nik(nik: str) -> bool:
    """16 digits with a plausible birth day (women +40) and month and a non-zero serial."""
    if not _NIK.fullmatch(nik or ""):
        return False
    day, month = int(nik[6:8]), int(nik[8:10])
    return (1 <= day <= 31 or 41 <= day <= 71) and 1 <= month <= 12 and nik[12:] != "0000" \
        and nik[:2] != "00"


def is_candidate(a: PersonFacts, b: PersonFacts) -> bool:
    """Only two different offices' cases, both with identity, are ever compared."""
    return (a.case_id != b.case_id and a.office_id != b.office_id
            and not a.pseudonymised and not b.pseudonymised)


# -- names ---------------------------------------------------------------------------------
_word_key = lru_cache(maxsize=1 << 16)(token_key)   # names repeat their words a great deal


@lru_cache(maxsize=1 << 17)
def name_words(text: str) -> tuple[str, ...]:
    """Spelling-variant keys of a name's words, titles and honorifics left out."""
    return tuple(_word_key(w) for w in fold(text).split() if w not in HONORIFICS)


def same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Some name or alias of one has exactly the words of one of the other (any order)."""
    mine = {tuple(sorted(name_words(x))) for x in a}
    return any(tuple(sorted(name_words(y))) in mine for y in b)


def _osa(a: str, b: str) -> int:
    """Optimal string alignment distance: edits, with a swap of two neighbours as one."""
    la, lb = len(a), len(b)
    prev2: list[int] = []
    prev = list(range(lb + 1))
    for i in range(1, la + 1):
        cur = [i] + [0] * lb
        for j in range(1, lb + 1):
            cost = a[i - 1] != b[j - 1]
            best = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, prev2[j - 2] + 1)
            cur[j] = best
        prev2, prev = prev, cur
    return prev[lb]


def _allowed(length: int) -> int:
    return 0 if length <= 3 else 1 if length <= 6 else 2


@lru_cache(maxsize=262144)
def word_similarity(a: str, b: str) -> float:
    """1 for the same key; less for a key a typo or two away; 0.5 for an initial."""
    if a == b:
        return 1.0
    if len(a) == 1 or len(b) == 1:
        return 0.5 if a[0] == b[0] else 0.0
    longest = max(len(a), len(b))
    allowed = _allowed(min(len(a), len(b)))
    if abs(len(a) - len(b)) > allowed:
        return 0.0
    distance = _osa(a, b)
    if distance > allowed:
        return 0.0
    return max(0.0, 1.0 - distance / longest) * 0.95 + 0.05 * (distance == 1)


@lru_cache(maxsize=65536)
def _words_similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    if not a or not b:
        return 0.0
    if a == b or sorted(a) == sorted(b):
        return 1.0
    # Greedy matching, best pairs first; ties go by the two words themselves (not by their
    # positions), so the same word pairs are taken in the same order whichever name is first.
    sims = sorted((-sim, min(x, y), max(x, y), i, j) for i, x in enumerate(a)
                  for j, y in enumerate(b) if (sim := word_similarity(x, y)) > 0)
    used_a: set[int] = set()
    used_b: set[int] = set()
    total, matched = 0.0, 0
    for neg, _x, _y, i, j in sims:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        total -= neg
        matched += 1
    dice = 2 * total / (len(a) + len(b))
    shorter = min(len(a), len(b))
    if shorter >= 2 and matched == shorter and total / shorter >= 0.75 \
            and min(len(w) for w in (a if len(a) == shorter else b)) >= 3:
        # Every word of the shorter name is in the longer one: a middle name left out.
        dice = max(dice, 0.9 * total / shorter)
    joined_a, joined_b = "".join(a), "".join(b)
    if len(a) != len(b) and joined_a and joined_b:
        # Nurhayati / Nur Hayati: written together or apart.
        dice = max(dice, word_similarity(joined_a, joined_b) * 0.95)
    return dice


def name_similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Best similarity (0..1) of any name or alias of one with any of the other."""
    return _name_similarity(a, b) if a <= b else _name_similarity(b, a)


@lru_cache(maxsize=1 << 18)
def _name_similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    best = 0.0
    for x in a:
        wx = name_words(x)
        for y in b:
            best = max(best, _words_similarity(wx, name_words(y)))
            if best >= 1.0:
                return 1.0
    return best


# -- dates of birth ------------------------------------------------------------------------
def _birth(a: PersonFacts, b: PersonFacts) -> str | None:
    if a.birth_date is not None and b.birth_date is not None:
        x, y = a.birth_date, b.birth_date
        if x == y:
            return BIRTH_DATE
        if x.year == y.year and x.day == y.month and x.month == y.day:
            return BIRTH_DATE_SWAPPED
        if x.year == y.year:
            return None
        return BIRTH_DIFFERS if abs(x.year - y.year) > 1 else None
    ya = a.birth_date.year if a.birth_date is not None else a.birth_year_estimate
    yb = b.birth_date.year if b.birth_date is not None else b.birth_year_estimate
    if ya is None or yb is None:
        return None
    if abs(ya - yb) <= 1:
        return BIRTH_YEAR
    return BIRTH_DIFFERS if abs(ya - yb) >= 4 else None


def _nik(a: str, b: str) -> str | None:
    if not a or not b or not (valid_nik(a) and valid_nik(b)):
        return None
    if a == b:
        return NIK
    apart = [i for i in range(16) if a[i] != b[i]]
    one_typo = len(apart) == 1 or (len(apart) == 2 and apart[1] == apart[0] + 1
                                   and a[apart[0]] == b[apart[1]] and a[apart[1]] == b[apart[0]])
    return NIK_CLOSE if one_typo else NIK_DIFFERS


_ORDER = (NIK, NIK_CLOSE, NAME, NAME_SIMILAR, NAME_RARE, BIRTH_DATE, BIRTH_DATE_SWAPPED, BIRTH_YEAR,
          NIK_DIFFERS, BIRTH_DIFFERS, SEX_DIFFERS)


def may_reach(a: PersonFacts, b: PersonFacts) -> bool:
    """False when the pair cannot reach ``THRESHOLD`` whatever the names: no NIK within a
    typo of the other's, and no date of birth equal or swapped, nor a year-only match (the
    search's fast path; ``score`` decides for every pair this lets through)."""
    if a.nik and b.nik and (a.nik == b.nik or a.nik[:12] == b.nik[:12]
                            or _nik(a.nik, b.nik) == NIK_CLOSE):
        return True
    x, y = a.birth_date, b.birth_date
    if x is not None and y is not None:
        return x == y or (x.year == y.year and x.day == y.month and x.month == y.day)
    ya = x.year if x is not None else a.birth_year_estimate
    yb = y.year if y is not None else b.birth_year_estimate
    return ya is not None and yb is not None and abs(ya - yb) <= 1


def score(a: PersonFacts, b: PersonFacts, rare_name: bool = False, floor: int = 0) -> Score:
    """How likely two records are the same person; symmetric in ``a`` and ``b``.

    ``rare_name``: no other record shares the name word (or the whole name) the two meet
    under in that birth year (the caller knows the blocks); it makes a year-only match of a
    nearly equal name count like a date. ``floor``: a pair that cannot reach it even with the
    best name is returned below it without comparing the names (the search's fast path)."""
    points = 0.0
    reasons: set[str] = set()
    for reason in (_nik(a.nik, b.nik), _birth(a, b)):
        if reason is not None:
            reasons.add(reason)
            points += POINTS[reason]
    if a.sex and b.sex and a.sex != b.sex:
        reasons.add(SEX_DIFFERS)
        points += POINTS[SEX_DIFFERS]
    best = NAME_POINTS + (POINTS[NAME_RARE] if rare_name else 0)
    if floor and points + best < floor:
        return Score(max(0, min(floor - 1, round(points))), tuple(r for r in _ORDER
                                                                  if r in reasons))
    similarity = name_similarity(a.names, b.names)
    if similarity >= MIN_NAME_SIMILARITY:
        reasons.add(NAME if similarity >= 0.999 else NAME_SIMILAR)
        points += NAME_POINTS * similarity
        if rare_name and similarity >= RARE_NAME_SIMILARITY:
            reasons.add(NAME_RARE)
            points += POINTS[NAME_RARE]
    value = max(0, min(100, round(points)))
    return Score(value, tuple(r for r in _ORDER if r in reasons))


# -- blocking ------------------------------------------------------------------------------
def _years(p: PersonFacts) -> tuple[int, ...]:
    if p.birth_date is not None:
        return (p.birth_date.year,)
    if p.birth_year_estimate is not None:
        y = p.birth_year_estimate
        return (y - 1, y, y + 1)
    return ()


def namesake_keys(p: PersonFacts) -> frozenset[str]:
    """The block keys of the whole name (the words written together; a one-word name is its
    word) in the birth year and the years either side: every record under any of them is a
    namesake born about then. Used to tell a rare name from a common one."""
    if p.pseudonymised or not p.names:
        return frozenset()
    words = name_words(p.names[0])
    whole = "".join(words)[:60] if len(words) > 1 else (words[0] if words else "")
    if len(whole) < 2:
        return frozenset()
    years = {y + d for y in _years(p) for d in (-1, 0, 1)}
    return frozenset(f"{whole}|{y}" for y in years)


def block_keys(p: PersonFacts) -> frozenset[str]:
    """Keys under which two records that may be one person meet: the NIK, and every name
    word (and the whole name written together) with the year of birth. A pseudonymised
    record has none."""
    if p.pseudonymised:
        return frozenset()
    keys: set[str] = set()
    if valid_nik(p.nik):
        keys.add("n" + p.nik)
        keys.add("m" + p.nik[:12])   # region and birth date: meets a typo in the serial
    words: set[str] = set()
    for text in p.names:
        w = name_words(text)
        words.update(x for x in w if len(x) >= 2)
        if len(w) > 1:
            words.add("".join(w)[:60])
    for year in _years(p):
        keys.update(f"{word}|{year}" for word in words)
    return frozenset(keys)
