"""Synthetic people: names (with the spelling variants met in real records), origins, ids.

Everything is drawn from a seeded ``random.Random``, so one seed gives the same
people. Names are random combinations of common words; NIKs are shaped like real
ones (district code, birth date, serial) but use serials 9000-9999, which real
registration offices practically never reach for one birth date in one district.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from ..domain.intake import Address
from .vocabulary import Village, Vocabulary

# Name groups by origin province (weights).
GROUPS_BY_PROVINCE: dict[str, dict[str, float]] = {
    "53": {"ntt": 0.78, "kristen": 0.12, "muslim": 0.05, "umum": 0.05},
    "52": {"sasak": 0.65, "muslim": 0.20, "bali": 0.05, "umum": 0.10},
    "35": {"jawa": 0.70, "muslim": 0.20, "umum": 0.10},
    "32": {"sunda": 0.70, "muslim": 0.20, "umum": 0.10},
    "64": {"bugis": 0.35, "jawa": 0.25, "muslim": 0.15, "umum": 0.15, "kristen": 0.10},
}

# NTT family-name groups by regency (the rest of NTT: Timor).
_SUMBA = {"53.11", "53.12", "53.17", "53.18"}
_ROTE_SABU = {"53.14", "53.20"}
_FLORES = {"53.06", "53.07", "53.08", "53.09", "53.10", "53.13", "53.15", "53.16", "53.19"}

# Regional languages by province, and for NTT by family-name group.
LANGUAGES = {
    "52": ["sas"], "35": ["jav", "jav", "mad"], "32": ["sun"], "64": ["bug", "bjn", "jav"],
    "ntt_timor": ["aoz", "aoz", "mkn", "tet"], "ntt_flores": ["mqy", "nxg", "ski", "slp"],
    "ntt_sumba": ["xbr", "wew"], "ntt_rote_sabu": ["twu", "hvn"],
}


def weighted(rng: random.Random, table: dict[str, float]) -> str:
    return rng.choices(list(table), weights=list(table.values()))[0]


def ntt_family_group(regency: str) -> str:
    if regency in _SUMBA:
        return "ntt_sumba"
    if regency in _ROTE_SABU:
        return "ntt_rote_sabu"
    if regency in _FLORES:
        return "ntt_flores"
    return "ntt_timor"


@dataclass(frozen=True)
class Origin:
    village: Village
    group: str            # name group
    family_group: str     # family-name group for NTT names

    def address(self, rng: random.Random) -> Address:
        kind = "Kel." if self.village.is_kelurahan else "Desa"
        text = (f"RT {rng.randint(1, 12):03d}/RW {rng.randint(1, 6):03d}, {kind} {self.village.name}, "
                f"Kec. {self.village.district_name}, {self.village.regency_name}")
        v = self.village
        return Address(text, v.province_code, v.regency_code, v.district_code, v.code)


class PeopleFactory:
    def __init__(self, vocab: Vocabulary, rng: random.Random) -> None:
        self.vocab = vocab
        self.rng = rng
        self._regencies = {p: vocab.regencies(p) for p in GROUPS_BY_PROVINCE}
        # Every spelling of a name that has variants, mapped to its other spellings.
        self.spellings: dict[str, list[str]] = {}
        for canonical, others in vocab.variants.items():
            family = [canonical, *others]
            for word in family:
                if " " not in word:
                    self.spellings[word] = [w for w in family if w != word and " " not in w]

    # -- places ----------------------------------------------------------------
    def origin(self, province: str) -> Origin:
        rng = self.rng
        regency = rng.choice(self._regencies[province])
        village = rng.choice(self.vocab.villages[regency])
        group = weighted(rng, GROUPS_BY_PROVINCE[province])
        return Origin(village, group, ntt_family_group(regency) if province == "53" else "umum")

    def languages(self, origin: Origin, needs_interpreter: bool) -> tuple[str, ...]:
        key = origin.family_group if origin.village.province_code == "53" else \
            origin.village.province_code
        regional = self.rng.choice(LANGUAGES[key])
        if needs_interpreter:
            return (regional,)
        return ("ind", regional) if self.rng.random() < 0.6 else ("ind",)

    # -- names -----------------------------------------------------------------
    def _family(self, slot: str, origin: Origin) -> str:
        family = self.vocab.family
        if slot == "family_ntt":
            return self.rng.choice(family[origin.family_group])
        if slot == "family_batak":
            return self.rng.choice(family["batak"])
        if slot == "family_any":
            pool = (family[origin.family_group] if origin.group in ("ntt", "kristen")
                    and origin.family_group != "umum" else
                    family["umum"] + family["sulut_maluku"] + family["batak"])
            return self.rng.choice(pool)
        return self.rng.choice(family["umum"])

    def name(self, sex: str, origin: Origin) -> str:
        rng = self.rng
        gender = "female" if sex == "P" else "male"
        group = origin.group
        pattern = rng.choice(self.vocab.patterns[group])
        given_pool = self.vocab.given[gender][group]
        used: list[str] = []
        words: list[str] = []
        for slot in pattern.replace("{", "").replace("}", "").split():
            if slot == "given":
                choice = rng.choice([g for g in given_pool if g not in used] or given_pool)
                used.append(choice)
                words.append(choice)
            elif slot == "prefix":
                prefixes = self.vocab.prefixes.get(group, {}).get(gender)
                if prefixes:
                    words.append(rng.choice(prefixes))
            else:
                words.append(self._family(slot, origin))
        return " ".join(words)

    def respell(self, name: str) -> str | None:
        """``name`` with one word written in another known spelling, or None."""
        words = name.split()
        candidates = [i for i, w in enumerate(words) if w in self.spellings and self.spellings[w]]
        if not candidates:
            return None
        i = self.rng.choice(candidates)
        words[i] = self.rng.choice(self.spellings[words[i]])
        return " ".join(words)

    def aliases(self, name: str) -> tuple[str, ...]:
        """Other names the person is known by: another spelling, or a call name."""
        variant = self.respell(name)
        if variant is not None and self.rng.random() < 0.7:
            return (variant,)
        first = name.split()[0]
        if first not in ("I", "Ni", "Andi", "Lalu", "Baiq") and first != name:
            return (first,)
        return (variant,) if variant else ()

    # -- identity numbers --------------------------------------------------------
    def nik(self, origin: Origin, sex: str, birth: date) -> str:
        area = origin.village.district_code.replace(".", "")  # 6 digits: province, regency, district
        day = birth.day + (40 if sex == "P" else 0)
        return f"{area}{day:02d}{birth.month:02d}{birth.year % 100:02d}{self.rng.randint(9000, 9999)}"

    def passport(self) -> str:
        letter = self.rng.choice("BCCCEX")
        return f"{letter}{self.rng.randint(0, 9_999_999):07d}"

    def birth_date(self, on: date, age: int) -> date:
        """A birth date giving exactly ``age`` completed years on ``on``."""
        latest = _years_before(on, age)
        earliest = _years_before(on, age + 1) + timedelta(days=1)
        return earliest + timedelta(days=self.rng.randint(0, (latest - earliest).days))


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)
