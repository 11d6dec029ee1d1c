"""A full disk during a save: the write fails as DomainError('disk_full'), the whole
transaction is rolled back, and the database, its outbox and audit chain stay consistent."""
from __future__ import annotations

import pytest

from integration_helpers import make_intake, scalar
from ppt_desk.domain.errors import DomainError
from ppt_desk.services.dto import CaseQuery

COUNTS = {
    "cases": "SELECT count(*) FROM case_file",
    "persons": "SELECT count(*) FROM person",
    "events": "SELECT count(*) FROM outbox_event",
    "audit": "SELECT count(*) FROM audit_entry",
    "tokens": "SELECT count(*) FROM search_token",
    "next_seq": "SELECT next_seq FROM device_state",
    "audit_seq": "SELECT audit_seq FROM device_state",
}


def _counts(backend) -> dict[str, int]:
    return {name: scalar(backend, sql) for name, sql in COUNTS.items()}


def _limit_growth(backend, extra_pages: int) -> None:
    """Let the database grow by at most ``extra_pages`` pages (like a nearly full stick)."""
    fairy = backend.session.db.engine.raw_connection()
    try:
        raw = fairy.dbapi_connection
        pages = raw.execute("PRAGMA page_count").fetchone()[0]
        raw.execute(f"PRAGMA max_page_count = {pages + extra_pages}")
    finally:
        fairy.close()


def _lift_limit(backend) -> None:
    fairy = backend.session.db.engine.raw_connection()
    try:
        fairy.dbapi_connection.execute("PRAGMA max_page_count = 1073741823")
    finally:
        fairy.close()


def _assert_consistent(backend) -> None:
    assert scalar(backend, "SELECT count(*) FROM person p WHERE NOT EXISTS "
                           "(SELECT 1 FROM case_file c WHERE c.person_id = p.id)") == 0
    for table in ("person", "case_file"):
        assert scalar(backend, f"SELECT count(*) FROM outbox_event e WHERE e.entity = '{table}' "
                               f"AND NOT EXISTS (SELECT 1 FROM {table} t WHERE t.id = e.entity_id)") == 0
        assert scalar(backend, f"SELECT count(*) FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM "
                               f"outbox_event e WHERE e.entity_id = t.id)") == 0
    report = backend.session.verify()
    assert report.ok, report.problems


@pytest.mark.parametrize("extra_pages", [0, 3, 12])
def test_registering_cases_until_the_disk_is_full(backend, extra_pages):
    _limit_growth(backend, extra_pages)
    saved = []
    for i in range(2000):
        before = _counts(backend)
        name = f"Penuh Uji {i} " + "panjang " * 20
        try:
            _, _, number = backend.cases.register(make_intake(name, notes="catatan " * 300))
        except DomainError as exc:
            assert exc.code == "disk_full"
            break
        saved.append(number)
    else:
        pytest.fail("the database never filled up")
    if extra_pages >= 12:
        assert saved, "some cases should fit before the disk is full"
    assert _counts(backend) == before
    assert scalar(backend, "SELECT count(*) FROM person WHERE full_name = :n", n=name.strip()) == 0
    assert backend.cases.search(CaseQuery(text="penuh")).total == len(saved)
    _assert_consistent(backend)
    # Room again: saving works and carries on the same sequences.
    _lift_limit(backend)
    _, _, number = backend.cases.register(make_intake("Setelah Penuh"))
    after = _counts(backend)
    assert after["cases"] == before["cases"] + 1
    assert after["next_seq"] == before["next_seq"] + 2
    assert len(saved) + 1 == after["cases"]
    _assert_consistent(backend)


def test_a_large_unit_of_work_that_fills_the_disk_leaves_nothing(backend):
    backend.cases.register(make_intake("Sudah Ada"))
    before = _counts(backend)
    _limit_growth(backend, 4)
    uow = backend.session.db.uow()
    with pytest.raises(DomainError) as info:
        with uow:
            office = uow.office.get()
            for i in range(500):
                uow.cases.add(make_intake(f"Massal {i}", notes="x" * 2000), office,
                              {"age_at_intake": 24, "age_band": "DEWASA", "is_child": False})
            uow.commit()
    assert info.value.code == "disk_full"
    assert _counts(backend) == before
    _assert_consistent(backend)
