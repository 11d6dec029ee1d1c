"""The register search gives the same pages on SQLCipher and on PostgreSQL.

PostgreSQL is given the matching case ids (``storage/case_query.py``), its year prefixes are
collected and sorted instead of walked, and sorts on NOT NULL columns drop the NULLS clause:
each is a different SQL from SQLite's. The same cases are registered in an office on each
store and every query here must give the same total and the same rows in the same order. The
thresholds are lowered so that 40 cases take every path (ids fetched or not, narrowed by a
second word or a modus, two broad words, one page fetched and sorted or the sort index
walked, a year's cases).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ppt_desk.bootstrap import make_backend
from ppt_desk.domain.intake import CaseIntake, Guardian
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.dto import CaseQuery, OfficeProfile

ADMIN, PASSWORD = "admin", "kata-sandi-uji-1"
OFFICE = OfficeProfile("P2TP2A Kota Kupang", "P2TP2A", "53", "53.71", "KPG")
FIRST = ("Maria", "Mariana", "Marta", "Yuliana", "Yosefina", "Agustina", "Apriana", "Sarlina")
LAST = ("Seran", "Bria", "Tefa", "Manu", "Nahak")


def _intakes(caseworker: str) -> list[CaseIntake]:
    out = []
    for i in range(40):
        name = f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]}"
        if i % 7 == 3:
            name = f"PSN-A{i:02d}K{i % 4}QW2ZD5"       # a pseudonym, as at a secretariat
        elif i >= len(FIRST) * len(LAST) // 5:
            name += f" {chr(ord('A') + i % 26)}{'a' * (i % 3 + 1)}"   # unique full names
        out.append(CaseIntake(
            full_name=name, sex="P" if i % 5 else "L",
            intake_date=date(2024 + i % 3, 1 + i % 11, 1 + (i * 7) % 27),
            intake_channel=("HOTLINE", "DATANG_LANGSUNG", "POLISI")[i % 3],
            victim_status=("DIDUGA", "KORBAN", "BUKAN")[i % 3],
            estimated_age=None if i % 6 == 0 else 12 + (i * 5) % 50,
            birth_date=date(1990 + i % 25, 1 + i % 12, 1) if i % 6 == 0 else None,
            guardian=Guardian("Yosefina", "IBU"),
            nik=f"53710{i % 4}44059900{i:02d}" if i % 2 else "",
            modus=(("KRJ-PRT",), ("EBM",), ("KRJ-PRT", "EBM"))[i % 3],
            assigned_user_id=caseworker if i % 4 == 1 else None))   # the rest: nobody (NULL)
    return out


QUERIES = [
    *(CaseQuery(text=t) for t in (
        "m", "ma", "mar", "mari", "maria", "maria ", "maria s", "maria se", "mariaa", "marai",
        "yul", "yuliana bria", "a", "a b", "s m", "psn", "PSN-A", "PSN-A10", "psn-a", "5371",
        "537101", "2", "20", "202", "2025", "2025/", "2025/0", "2024/00", "kpg/2025", "KPG",
        "0003", "3", "apr nah", "zzz", "maria 5371", "psn a", "a psn", "m a", "a m", "a ma",
        "2 a", "a 2025", "2025 b", "kpg b", "kpg t", "kpg ma")),
    *(CaseQuery(text=t, sort=s, descending=d) for t in ("", "ma", "2025/")
      for s in ("case_number", "full_name", "intake_date", "age", "victim_status", "assigned",
                "sex", "intake_channel") for d in (True, False)),
    CaseQuery(victim_status="KORBAN"), CaseQuery(modus="EBM"), CaseQuery(age_band="ANAK"),
    CaseQuery(text="ma", modus="EBM"), CaseQuery(text="maria", modus="EBM"),
    CaseQuery(text="yuliana", victim_status="KORBAN"), CaseQuery(text="mar", age_band="ANAK",
                                                                  sort="age"),
    CaseQuery(text="ma", offset=3, limit=4), CaseQuery(text="2025", offset=2, limit=3),
    CaseQuery(text="m", sort="full_name", descending=False, offset=5, limit=5),
]


@pytest.fixture(scope="module")
def offices(tmp_path_factory, pg_server):
    from pg import Store

    backends = {}
    for name, store in (("sqlcipher", Store(None)), ("postgresql", Store(pg_server))):
        folder = tmp_path_factory.mktemp(f"search-{name}")
        make_backend(folder, TEST_PARAMS).session.setup(
            OFFICE, ADMIN, "Admin Satu", PASSWORD, PASSWORD, **store.setup_kwargs())
        backend = make_backend(folder, TEST_PARAMS)
        backend.session.unlock(ADMIN, PASSWORD)
        for intake in _intakes(backend.users.list()[0].id):
            backend.cases.register(intake)
        backends[name] = backend
    yield backends
    for backend in backends.values():
        backend.session.lock()


def _page(backend, query: CaseQuery):
    page = backend.cases.search(query)
    return page.total, page.total_is_lower_bound, [
        (row.case_number, row.full_name, row.age) for row in page.rows]


@pytest.mark.parametrize("small", [False, True], ids=["thresholds-as-shipped", "tiny-thresholds"])
def test_every_query_gives_the_same_page_on_both_stores(offices, monkeypatch, small):
    import ppt_desk.storage.repositories as repositories

    if small:
        monkeypatch.setattr(repositories, "COUNT_CAP", 6)
        monkeypatch.setattr(repositories, "SMALL_RESULT", 3)
        monkeypatch.setattr(repositories, "PAIRED_FETCH_CAP", 10)
    differences, found = [], 0
    for query in QUERIES:
        lite, pg = (_page(offices[name], query) for name in ("sqlcipher", "postgresql"))
        found += bool(lite[2])
        if lite != pg:
            differences.append((query, lite, pg))
    assert not differences, "\n".join(f"{q}\n  sqlcipher {a}\n  postgresql {b}"
                                      for q, a, b in differences[:5])
    assert found > len(QUERIES) * 3 // 4   # the queries find cases: the pages are compared


def test_a_word_matching_no_case_of_the_other_words_gives_nothing(offices, monkeypatch):
    """Both words match cases, never the same one: the narrowed list of ids is empty."""
    for name, backend in offices.items():
        assert backend.cases.search(CaseQuery(text="yuliana psn")).total == 0, name
        query = CaseQuery(text="psn-a03")
        assert backend.cases.search(query).total == 1, name
        assert backend.cases.search(replace(query, modus="EBM")).total == 0, name  # it has none
