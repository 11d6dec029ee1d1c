"""Synthetic case intakes with a plausible mix for a PPT in Nusa Tenggara Timur.

The proportions are rough, plausible figures for training and performance work,
not statistics: mostly women, about 30% children (always with a guardian),
migrant-worker exploitation the most frequent modus, intake dates over the last
three years. ``generate`` is deterministic for a seed and a ``today``.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Iterator

from ..domain.intake import CaseIntake, Guardian, IdentityDocument
from .people import PeopleFactory, weighted
from .vocabulary import Vocabulary

PROVINCES = {"53": 0.55, "52": 0.12, "35": 0.13, "32": 0.08, "64": 0.12}
CHILD_SHARE = 0.30
CHILD_AGES = {(0, 5): 0.03, (6, 12): 0.17, (13, 17): 0.80}
ADULT_AGES = {(18, 24): 0.40, (25, 44): 0.50, (45, 59): 0.09, (60, 70): 0.01}
# The seven modes "paling sering ditemukan" carry most of the weight, EBM the most.
MODUS_ADULT = {"EBM": 32, "ESK": 14, "KP": 12, "TRN": 5, "CUL": 4, "PP": 8, "KK": 6,
               "KRJ-TKI": 3, "KRJ-PRT": 3, "KRJ-PSK": 2, "KRJ-KARAOKE": 1, "KRJ-SALON": 1,
               "KRJ-PIJAT": 1, "KRJ-LAIN": 1, "ORG": 0.5, "DOM": 1, "NP": 2, "BWCL": 1, "LAIN": 1.5}
MODUS_CHILD = {"EBM": 16, "ESK": 20, "KP": 8, "TRN": 7, "CUL": 6, "PP": 12, "KK": 4,
               "ADP": 2, "ESA-PA": 4, "ESA-PO": 2, "ESA-PS": 3, "PED": 3, "KRJ-PRT": 3,
               "KRJ-KARAOKE": 2, "BWCL": 2, "DOM": 2, "LAIN": 1}
CHANNELS = {"HOTLINE": 14, "DATANG_LANGSUNG": 14, "RUJUKAN_LEMBAGA": 18, "PENJANGKAUAN": 8,
            "POLISI": 14, "KELUARGA": 8, "TOKOH_MASYARAKAT": 3, "MASYARAKAT": 4, "MEDIA": 1,
            "LSM": 5, "LEMBAGA_PMI": 3, "DEPORTASI": 7, "LAINNYA": 1}
REFERRERS = {  # channel -> (referrer kind, generic referrer description)
    "POLISI": [("POLISI", "Unit PPA Polres")],
    "LSM": [("LSM", "LSM pendamping pekerja migran")],
    "LEMBAGA_PMI": [("BP2MI", "UPT BP2MI")],
    "DEPORTASI": [("BP2MI", "UPT BP2MI (debarkasi)"), ("KBRI_KJRI", "KJRI")],
    "RUJUKAN_LEMBAGA": [("DINSOS", "Dinas Sosial"), ("LSM", "LSM lokal"), ("BP2MI", "UPT BP2MI"),
                        ("KBRI_KJRI", "KBRI/KJRI"), ("FASKES", "RSUD")],
}
GUARDIANS = {"IBU": 35, "AYAH": 25, "KAKEK_NENEK": 12, "SAUDARA": 12, "WALI": 5,
             "KELUARGA_PENGGANTI": 3, "PEKSOS_LEMBAGA": 8}
GUARDIAN_CONTACTS = ("", "Melalui kepala desa", "Melalui pendamping desa",
                     "Melalui Dinas Sosial kabupaten")
ROLES = {"KORBAN": 85, "SAKSI_KORBAN": 12, "SAKSI": 3}
FOREIGN_MODUS = {"EBM", "KP", "KRJ-TKI", "KRJ-PRT", "NP", "BWCL"}


@dataclass(frozen=True)
class DemoCase:
    intake: CaseIntake
    created_at: datetime


def intake_dates(rng: random.Random, count: int, today: date, days: int = 3 * 365) -> list[date]:
    """``count`` dates over the last ``days`` days, more of them recent, in order."""
    out = []
    for _ in range(count):
        back = rng.uniform(0, days) if rng.random() < 0.6 else rng.triangular(0, days, 0)
        out.append(today - timedelta(days=int(back)))
    out.sort()
    return out


class CaseFactory:
    def __init__(self, vocab: Vocabulary, seed: int, caseworkers: list[str], today: date) -> None:
        self.rng = random.Random(seed)
        self.people = PeopleFactory(vocab, self.rng)
        self.vocab = vocab
        self.caseworkers = caseworkers
        self.today = today
        self._foreign = [d for d in vocab.destinations if not d["domestic"]]
        self._domestic = [d for d in vocab.destinations if d["domestic"]]

    def generate(self, count: int) -> Iterator[DemoCase]:
        dates = intake_dates(random.Random(self.rng.random()), count, self.today)
        for day in dates:
            yield self.case(day)

    def _age(self, child: bool) -> int:
        lo, hi = map(int, weighted(self.rng, {f"{a} {b}": w for (a, b), w in
                                              (CHILD_AGES if child else ADULT_AGES).items()}).split())
        return self.rng.randint(lo, hi)

    def _modus(self, child: bool) -> tuple[str, ...]:
        table = MODUS_CHILD if child else MODUS_ADULT
        first = weighted(self.rng, table)
        if self.rng.random() < 0.35:
            second = weighted(self.rng, {k: v for k, v in table.items() if k != first})
            return (first, second)
        return (first,)

    def _status(self, day: date) -> str:
        age_days = (self.today - day).days
        if age_days < 90:
            return weighted(self.rng, {"DIDUGA": 60, "KORBAN": 35, "BUKAN": 5})
        return weighted(self.rng, {"DIDUGA": 10, "KORBAN": 55, "BUKAN": 5, "EKS": 30})

    def _note(self, modus: tuple[str, ...]) -> str:
        rng = self.rng
        if rng.random() < 0.3:
            return ""
        foreign = bool(FOREIGN_MODUS & set(modus)) and rng.random() < 0.8
        place = rng.choice(self._foreign if foreign else self._domestic)
        sector = rng.choice(place["sectors"])
        where = place["place"] if place["domestic"] else f"{place['place']} ({place['country_id']})"
        return f"Tujuan: {where}; sektor: {sector}. Data latihan (sintetis)."

    def case(self, day: date) -> DemoCase:
        rng, people = self.rng, self.people
        child = rng.random() < CHILD_SHARE
        sex = "P" if rng.random() < (0.75 if child else 0.82) else "L"
        age = self._age(child)
        origin = people.origin(weighted(rng, PROVINCES))
        full_name = people.name(sex, origin)
        if rng.random() < 0.12:  # recorded in another spelling, as in real documents
            full_name = people.respell(full_name) or full_name
        birth = people.birth_date(day, age)
        known_birth = rng.random() < 0.7
        modus = self._modus(child)
        documents: tuple[IdentityDocument, ...] = ()
        if FOREIGN_MODUS & set(modus) and age >= 16 and rng.random() < 0.4:
            documents = (IdentityDocument("PASPOR", people.passport()),)
        needs_interpreter = rng.random() < 0.08
        guardian = Guardian()
        if child:
            relation = weighted(rng, GUARDIANS)
            guardian_sex = "L" if relation == "AYAH" else "P" if relation == "IBU" else \
                rng.choice("PL")
            guardian = Guardian(people.name(guardian_sex, origin), relation,
                                rng.choice(GUARDIAN_CONTACTS))
        channel = weighted(rng, CHANNELS)
        referrer_kind, referrer_name = rng.choice(REFERRERS.get(channel, [("", "")]))
        intake = CaseIntake(
            full_name=full_name, sex=sex, intake_date=day, intake_channel=channel,
            victim_status=self._status(day), victim_role=weighted(rng, ROLES),
            aliases=people.aliases(full_name) if rng.random() < 0.18 else (),
            birth_date=birth if known_birth else None,
            estimated_age=None if known_birth else age,
            nik=people.nik(origin, sex, birth) if rng.random() < 0.6 else "",
            documents=documents, origin=origin.address(rng),
            languages=people.languages(origin, needs_interpreter),
            needs_interpreter=needs_interpreter, guardian=guardian,
            referrer_kind=referrer_kind, referrer_name=referrer_name, modus=modus,
            assigned_user_id=rng.choice(self.caseworkers) if self.caseworkers and
            rng.random() < 0.95 else None,
            notes=self._note(modus),
        )
        created = datetime.combine(day, time(rng.randint(8, 15), rng.randint(0, 59)))
        return DemoCase(intake, created)
