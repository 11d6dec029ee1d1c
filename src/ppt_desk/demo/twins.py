"""Synthetic victims registered at several PPTs, some of them twice (the same person at two
PPTs, written differently): the calibration set of the duplicate search and its benchmark.

Names come from the demo vocabulary (few words, so ordinary namesakes are common, as in real
registers); a double is the same person's record re-typed at another office with what happens
in practice: another spelling, a typo, a word left out or in another order, a title added,
day and month swapped, only an estimated age, a NIK missing or mistyped. Seeded: one seed gives
the same people.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..domain.duplicates import PersonFacts
from .vocabulary import NAMES_FILE

GROUPS = ("jawa", "sunda", "ntt", "muslim", "kristen", "umum", "bali", "sasak", "bugis", "batak")
TITLES = ("Ibu", "Bapak", "Hj.", "H.", "Sdri.", "Sdr.", "Ny.")
PERTURBATIONS = ("respell", "typo", "drop_word", "reorder", "title", "swap_day_month",
                 "estimated_age", "no_nik", "nik_typo", "alias_only")


@dataclass(frozen=True)
class Twin:
    """A record and who it really is (``person``): two records of one person are doubles."""

    facts: PersonFacts
    person: int


class TwinFactory:
    def __init__(self, rng: random.Random) -> None:
        data = json.loads(NAMES_FILE.read_text(encoding="utf-8"))
        self.rng = rng
        self.given = data["given_names"]
        self.family = data["family_names"]
        self.prefixes = data["prefixes"]
        self.patterns = data["name_patterns"]
        self.spellings: dict[str, list[str]] = {}
        for canonical, others in data["variants"].items():
            family = [canonical, *others]
            for word in family:
                if " " not in word:
                    self.spellings[word] = [w for w in family if w != word and " " not in w]
        self._families = [n for names in self.family.values() for n in names]

    def name(self, sex: str) -> str:
        rng = self.rng
        group = rng.choice(GROUPS)
        gender = "female" if sex == "P" else "male"
        pool = self.given[gender][group]
        words: list[str] = []
        for slot in rng.choice(self.patterns[group]).replace("{", "").replace("}", "").split():
            if slot == "given":
                words.append(rng.choice([g for g in pool if g not in words] or pool))
            elif slot == "prefix":
                words.extend(rng.choice(self.prefixes.get(group, {}).get(gender, [""])).split())
            else:
                words.append(rng.choice(self._families))
        return " ".join(w for w in words if w)

    def person(self, case_id: str, office: str) -> PersonFacts:
        rng = self.rng
        sex = rng.choice("PPPL")
        born = date(1965, 1, 1) + timedelta(days=rng.randrange(40 * 365))
        nik = ""
        if rng.random() < 0.6:
            day = born.day + (40 if sex == "P" else 0)
            nik = (f"53{rng.randint(1, 22):02d}{rng.randint(1, 30):02d}{day:02d}"
                   f"{born.month:02d}{born.year % 100:02d}{rng.randint(1, 9999):04d}")
        if rng.random() < 0.2:   # only an estimated age was recorded
            return PersonFacts(case_id, office, (self.name(sex),), sex, None,
                               born.year + rng.choice((0, 0, 1, -1)), nik)
        return PersonFacts(case_id, office, (self.name(sex),), sex, born, None, nik)

    # -- a double --------------------------------------------------------------------------
    def _typo(self, word: str) -> str:
        rng = self.rng
        if len(word) < 5:
            return word
        i = rng.randrange(1, len(word) - 1)
        kind = rng.choice(("swap", "drop", "double", "vowel"))
        if kind == "swap":
            return word[:i] + word[i + 1] + word[i] + word[i + 2:]
        if kind == "drop":
            return word[:i] + word[i + 1:]
        if kind == "double":
            return word[:i] + word[i] + word[i:]
        vowels = "aiueo"
        j = next((k for k in range(i, len(word)) if word[k] in vowels), None)
        if j is None:
            return word
        return word[:j] + rng.choice([v for v in vowels if v != word[j]]) + word[j + 1:]

    def _name(self, name: str, how: str) -> str:
        rng = self.rng
        words = name.split()
        if how == "respell":
            options = [i for i, w in enumerate(words) if self.spellings.get(w)]
            if options:
                i = rng.choice(options)
                words[i] = rng.choice(self.spellings[words[i]])
        elif how == "typo":
            i = max(range(len(words)), key=lambda k: len(words[k]))
            words[i] = self._typo(words[i])
        elif how == "drop_word" and len(words) >= 3:
            del words[rng.randrange(1, len(words))]
        elif how == "reorder" and len(words) >= 2:
            words = words[1:] + words[:1]
        elif how == "title":
            words.insert(0, rng.choice(TITLES))
        return " ".join(words)

    def double(self, p: PersonFacts, case_id: str, office: str) -> PersonFacts:
        rng = self.rng
        q = replace(p, case_id=case_id, office_id=office)
        for how in rng.sample(PERTURBATIONS, rng.choice((1, 1, 2, 2, 3))):
            if how in ("respell", "typo", "drop_word", "reorder", "title"):
                q = replace(q, names=(self._name(q.names[0], how),))
            elif how == "alias_only":   # the other office knew the person by another spelling
                q = replace(q, names=(self._name(q.names[0], "typo"), q.names[0]))
            elif how == "swap_day_month" and q.birth_date and q.birth_date.day <= 12:
                b = q.birth_date
                q = replace(q, birth_date=date(b.year, b.day, b.month))
            elif how == "estimated_age" and q.birth_date:
                q = replace(q, birth_date=None,
                            birth_year_estimate=q.birth_date.year + rng.choice((0, 1, -1)))
            elif how == "no_nik":
                q = replace(q, nik="")
            elif how == "nik_typo" and q.nik:
                i = rng.randrange(12, 16)
                q = replace(q, nik=q.nik[:i] + str((int(q.nik[i]) + 1) % 10) + q.nik[i + 1:])
        return q


def twins(count: int, doubles: int, offices: int, seed: int = 11) -> list[Twin]:
    """``count`` people at ``offices`` PPTs, ``doubles`` of them registered again at another."""
    rng = random.Random(seed)
    factory = TwinFactory(rng)
    out: list[Twin] = []
    for n in range(count):
        out.append(Twin(factory.person(f"c{n:07d}", f"ppt-{rng.randrange(offices):02d}"), n))
    for k, twin in enumerate(rng.sample(out, doubles)):
        other = f"ppt-{(int(twin.facts.office_id[4:]) + rng.randrange(1, offices)) % offices:02d}"
        out.append(Twin(factory.double(twin.facts, f"d{k:07d}", other), twin.person))
    return out
