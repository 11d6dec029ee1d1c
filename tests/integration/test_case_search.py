"""Finding a case by its number as printed, by part of it, and by NIK prefix."""
from __future__ import annotations

import pytest

from integration_helpers import make_intake
from ppt_desk.services.dto import CaseQuery


@pytest.fixture
def registered(backend):
    numbers = {}
    for name in ("Maria Seran", "Yuliana Bria", "Sitti Aminah"):
        _, case_id, number = backend.cases.register(make_intake(name, nik="5371014405990001"
                                                               if name == "Yuliana Bria" else ""))
        numbers[name] = (case_id, number)
    return numbers


@pytest.mark.parametrize("typed", ["{number}", "{lower}", "{year}/{seq}", "{seq}", "{int_seq}"])
def test_case_number_as_printed_or_in_part_finds_that_case(backend, registered, typed):
    case_id, number = registered["Yuliana Bria"]
    prefix, year, seq = number.split("/")
    query = typed.format(number=number, lower=number.lower(), year=year, seq=seq,
                         int_seq=int(seq))
    page = backend.cases.search(CaseQuery(text=query + " "))
    assert case_id in {row.id for row in page.rows}
    if typed != "{int_seq}":
        assert page.total == 1


def test_nik_prefix_and_name_narrow_together(backend, registered):
    case_id, _ = registered["Yuliana Bria"]
    page = backend.cases.search(CaseQuery(text="yuliana 537101"))
    assert [row.id for row in page.rows] == [case_id]
    assert backend.cases.search(CaseQuery(text="maria 537101")).total == 0


def test_counting_stops_at_the_cap_and_paging_still_reaches_every_case(backend, monkeypatch):
    import ppt_desk.storage.repositories as repositories

    monkeypatch.setattr(repositories, "COUNT_CAP", 3)
    ids = {backend.cases.register(make_intake(f"Yuliana Tefa {i}"))[1] for i in range(7)}

    first = backend.cases.search(CaseQuery(text="yuliana ", limit=2))
    assert (first.total, first.total_is_lower_bound) == (3, True)
    seen, offset, page = [], 0, first
    while page.rows:
        seen.extend(row.id for row in page.rows)
        offset += len(page.rows)
        page = backend.cases.search(CaseQuery(text="yuliana ", limit=2, offset=offset))
    assert set(seen) == ids and len(seen) == 7
    last = backend.cases.search(CaseQuery(text="yuliana ", limit=2, offset=6))
    assert (last.total, last.total_is_lower_bound) == (7, False)
    # A filter through the general count path is capped the same way.
    filtered = backend.cases.search(CaseQuery(text="yuliana ", victim_status="DIDUGA", limit=2))
    assert (filtered.total, filtered.total_is_lower_bound) == (3, True)


@pytest.mark.parametrize("sort", ["intake_date", "full_name", "case_number", "age"])
def test_a_year_prefix_gives_the_same_page_in_both_query_plans(backend, monkeypatch, sort):
    import ppt_desk.storage.repositories as repositories

    for i in range(6):
        backend.cases.register(make_intake(f"Maria Bria {i}"))
    number = backend.cases.search(CaseQuery(limit=1)).rows[0].case_number
    query = CaseQuery(text=number.rsplit("/", 1)[0], sort=sort, limit=4)  # "KPG/2025"
    small_plan = backend.cases.search(query)
    monkeypatch.setattr(repositories, "SMALL_RESULT", 0)  # force the walk over the sort index
    walked = backend.cases.search(query)
    assert small_plan.total == walked.total == 6
    assert [r.id for r in walked.rows] == [r.id for r in small_plan.rows]


@pytest.mark.parametrize("typed", ["PSN-A3S5KSD52OYH4LB3", "psn-a3s5", "A3S5KSD52OYH4LB3",
                                   "a3s5k"])
def test_a_pseudonym_that_came_instead_of_a_name_is_found_as_printed(backend, typed):
    """At a secretariat a case without consent holds a pseudonym "PSN-…" as its name: the
    officer types it (or its start) off a letter and finds the case."""
    _, case_id, _ = backend.cases.register(make_intake("PSN-A3S5KSD52OYH4LB3"))
    backend.cases.register(make_intake("PSN-B7QW2ZD52OYH4LB3"))
    page = backend.cases.search(CaseQuery(text=typed))
    assert [row.id for row in page.rows] == [case_id]
