"""The demo database: recorded like real cases, plausible, searchable, and nothing in clear on disk."""
from __future__ import annotations

import logging
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ppt_desk.bootstrap import make_backend
from ppt_desk.demo import STAFF, build_demo
from ppt_desk.demo.people import PeopleFactory
from ppt_desk.demo.vocabulary import load_vocabulary
from ppt_desk.domain.names import token_key
from ppt_desk.logsetup import configure_logging
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.dto import CaseQuery
from ppt_desk.storage import repositories
from ppt_desk.storage.repositories import SORT_COLUMNS, _token_filter
from ppt_desk.storage.schema import (
    Case, CaseModus, CaseRecord, OutboxEvent, Person, SearchToken, StageChange, User,
)
from ppt_desk.storage.search import allowed_edits

PASSWORD = "kata-sandi-demo-1"
CASES = 300
SETUP_EVENTS = 2  # the office and the demo admin


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    # Log to the folder as the CLI does, so the log file is checked for personal data too.
    configure_logging(folder / "logs")
    try:
        build_demo(folder, CASES, PASSWORD, seed=7, kdf_params=TEST_PARAMS)
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_ppt_desk", False)]:
            root.removeHandler(handler)
            handler.close()
    return folder


@pytest.fixture
def backend(demo):
    b = make_backend(demo, TEST_PARAMS)
    b.session.unlock("demo", PASSWORD)
    yield b
    b.session.lock()


def _rows(backend, *columns):
    with backend.session.db.engine.connect() as conn:
        return conn.execute(select(*columns).select_from(Case)
                            .join(Person, Person.id == Case.person_id)).all()


def test_verify_passes_and_every_row_is_recorded(backend):
    report = backend.session.verify()
    assert report.ok, report.first
    assert report.rows_checked > 2 * CASES and report.rows_unbound == 0  # bulk rows are bound
    with backend.session.db.engine.connect() as conn:
        seqs = conn.execute(select(OutboxEvent.device_seq).order_by(OutboxEvent.device_seq)
                            ).scalars().all()
        entities = Counter((e, op) for e, op in conn.execute(
            select(OutboxEvent.entity, OutboxEvent.op)))
        records = conn.execute(select(func.count()).select_from(CaseRecord)).scalar_one()
        changes = conn.execute(select(func.count()).select_from(StageChange)).scalar_one()
        closed = conn.execute(select(func.count()).select_from(Case)
                              .where(Case.stage == "TERMINASI")).scalar_one()
    assert seqs == list(range(1, report.outbox_events + 1))
    assert entities["person", "create"] == CASES and entities["case_file", "create"] == CASES
    # Every casework row written in bulk or through the service has its create event.
    assert entities["case_record", "create"] == records > 0
    assert entities["stage_change", "create"] == changes >= closed > 0
    # The enriched cases' consents, the office's own directory entries, the demo user's
    # access grants.
    assert entities["consent", "create"] > 0 and entities["institution", "create"] == 5
    assert entities["app_user", "update"] == 1
    assert report.outbox_events == (2 * CASES + SETUP_EVENTS + len(STAFF) + records + changes
                                    + entities["case_file", "update"]
                                    + entities["consent", "create"]
                                    + entities["institution", "create"]
                                    + entities["app_user", "update"])
    assert report.audit_entries >= report.outbox_events


def test_demo_user_and_staff(backend):
    me = backend.session.current_user
    assert me is not None and {"ADMIN", "SUPERVISOR", "PENDAMPING"} <= me.roles
    assert me.grants == {"KESEHATAN", "PELAKU"}
    assert {u.username for u in backend.users.list()} == {"demo", *(s[0] for s in STAFF)}
    # Every caseworker can log in with the demo password.
    assert set(backend.session.usernames()) == {"demo", *(s[0] for s in STAFF)}


def test_enriched_cases_have_service_tracks(backend):
    with backend.session.db.engine.connect() as conn:
        kinds = set(conn.execute(select(CaseRecord.kind)).scalars())
    assert {"perjalanan", "unsur_tppo", "pelaku"} <= kinds
    assert len({"skrining_kesehatan", "konseling", "rujukan", "hukum_keputusan"} & kinds) >= 2
    local = [i for i in backend.directory.search() if not i.national]
    assert [i.name for i in local][:1] == ["Dinas Sosial Kota Contoh"]


def test_mix_is_plausible(backend):
    rows = _rows(backend, Person.sex, Case.is_child, Person.guardian_name,
                 Person.guardian_relation, Person.nik, Person.village_code, Case.modus,
                 Case.assigned_user_id)
    sexes = Counter(r.sex for r in rows)
    assert sexes["P"] > sexes["L"] > 0
    children = [r for r in rows if r.is_child]
    assert 0.2 * CASES <= len(children) <= 0.4 * CASES
    assert all(r.guardian_name and r.guardian_relation for r in children)
    with_nik = [r.nik for r in rows if r.nik]
    assert 0.45 * CASES <= len(with_nik) <= 0.75 * CASES
    assert all(len(n) == 16 and n.isdigit() for n in with_nik)
    assert all(r.nik[:4] == r.village_code.replace(".", "")[:4] for r in rows if r.nik)
    assert {r.village_code[:2] for r in rows} <= {"53", "52", "35", "32", "64"}
    modus = Counter(code for r in rows for code in r.modus)
    assert modus.most_common(1)[0][0] == "EBM"
    assert all(1 <= len(r.modus) <= 2 for r in rows)
    assert len({r.assigned_user_id for r in rows}) >= 4


def _names(folder: Path) -> list[str]:
    b = make_backend(folder, TEST_PARAMS)
    b.session.unlock("demo", PASSWORD)
    try:
        return sorted(r.full_name for r in b.cases.search(CaseQuery(limit=50)).rows)
    finally:
        b.session.lock()


def test_deterministic_for_a_seed(tmp_path):
    for name in ("a", "b"):
        build_demo(tmp_path / name, 20, PASSWORD, seed=11, kdf_params=TEST_PARAMS)
    names = _names(tmp_path / "a")
    assert len(names) == 20
    assert _names(tmp_path / "b") == names


def _variant_queries(backend) -> list[tuple[str, str]]:
    """(query in another spelling, case id) for generated names that have known variants."""
    spellings = PeopleFactory(load_vocabulary(), random.Random(0)).spellings
    out = []
    for row in backend.cases.search(CaseQuery(limit=CASES)).rows:
        words = row.full_name.split()
        for i, word in enumerate(words):
            for variant in spellings.get(word, ()):
                a, b = token_key(word.lower()), token_key(variant.lower())
                close = a == b or (len(a) == len(b) and sum(x != y for x, y in zip(a, b))
                                   <= allowed_edits(len(a)))
                if close and variant != word:
                    out.append((" ".join(words[:i] + [variant] + words[i + 1:]), row.id))
                    break
    return out


def test_search_by_a_spelling_variant_finds_the_case(backend):
    queries = _variant_queries(backend)
    assert len(queries) >= 3
    for query, case_id in queries[:10]:
        page = backend.cases.search(CaseQuery(text=query, limit=CASES))
        assert case_id in {r.id for r in page.rows}, query


def _assert_nothing_in_clear(folder: Path, needles: list[bytes]) -> list[str]:
    seen = []
    for path in (p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        seen.append(path.name)
        for needle in needles:
            assert needle not in data, f"{needle!r} in clear in {path.name}"
    return seen


def test_no_name_or_nik_in_clear_on_disk(demo, backend):
    rows = _rows(backend, Person.full_name, Person.nik, Person.aliases, Person.guardian_name)
    names = sorted({r.full_name for r in rows}, key=len, reverse=True)[:15]
    names += [r.guardian_name for r in rows if r.guardian_name][:5]
    names += [a for r in rows for a in r.aliases if len(a) > 6][:5]
    niks = [r.nik for r in rows if r.nik][:15]
    assert len(names) >= 20 and len(niks) >= 10
    needles = [n.encode("utf-8") for n in names + niks]
    backend.cases.search(CaseQuery(text=names[0]))
    open_files = _assert_nothing_in_clear(demo, needles)   # while unlocked (WAL present)
    backend.session.lock()
    closed_files = _assert_nothing_in_clear(demo, needles)
    assert {"ppt-desk.db", "keyslots.json", "ppt-desk.log"} <= set(open_files) | set(closed_files)


@pytest.mark.slow
def test_cli_demo_end_to_end(tmp_path):
    """`ppt-desk demo` with calibrated Argon2id, then `ppt-desk verify`, as a user would."""
    env = {**os.environ, "PPT_DESK_PASSWORD": PASSWORD}
    folder = tmp_path / "cli"
    made = subprocess.run([sys.executable, "-m", "ppt_desk", "demo", "--data-dir", str(folder),
                           "--cases", "40"], env=env, capture_output=True, text=True, timeout=300)
    assert made.returncode == 0, made.stderr
    assert "40 synthetic cases written" in made.stdout
    checked = subprocess.run([sys.executable, "-m", "ppt_desk", "--data-dir", str(folder),
                              "verify", "--username", "demo"], env=env, capture_output=True,
                             text=True, timeout=300)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "OK" in checked.stdout


# -- the case list's query plans against a plain reference query ----------------------------

def _reference(session, index, query: CaseQuery) -> list[tuple]:
    """Every match in order, by the simplest query (no plan choices): (id, sort key)."""
    where = []
    for match in index.match_query(session, query.text) if query.text.strip() else ():
        where.append(Case.id.in_(select(SearchToken.case_id).where(_token_filter(match))))
    if query.modus:
        where.append(Case.id.in_(select(CaseModus.case_id).where(CaseModus.code == query.modus)))
    for column, value in ((Case.victim_status, query.victim_status),
                          (Case.assigned_user_id, query.assigned_user_id),
                          (Case.age_band, query.age_band)):
        if value:
            where.append(column == value)
    columns = SORT_COLUMNS[query.sort]
    rows = session.execute(
        select(Case.id, *columns).join(Person, Person.id == Case.person_id)
        .outerjoin(User, User.id == Case.assigned_user_id).where(*where)
        .order_by(*(c.desc() if query.descending else c.asc() for c in columns))).all()
    return [(r[0], tuple(r[1:])) for r in rows]


def _sort_key(session, columns, case_ids) -> list[tuple]:
    rows = dict((r[0], tuple(r[1:])) for r in session.execute(
        select(Case.id, *columns).join(Person, Person.id == Case.person_id)
        .outerjoin(User, User.id == Case.assigned_user_id).where(Case.id.in_(case_ids))))
    return [rows[i] for i in case_ids]


@pytest.mark.parametrize("small_result", [0, 25, 10_000])
def test_case_list_pages_match_a_plain_query(backend, monkeypatch, small_result):
    """Whatever plan the repository picks (fetch all matches, or walk the sort index), each
    page holds the same sort keys as the plain query's slice, and the same total."""
    monkeypatch.setattr(repositories, "SMALL_RESULT", small_result)
    rng = random.Random(small_result)
    db = backend.session.db
    staff = [u.id for u in backend.users.list()]
    rows = backend.cases.search(CaseQuery(limit=CASES)).rows
    texts = ["", "", "a", "ma", "mar", "yoh b", "5", "53", "2", "20", "2025/", "KPG",
             rows[3].full_name, rows[4].full_name.split()[0][:4], rows[5].case_number[4:]]
    for _ in range(120):
        query = CaseQuery(
            text=rng.choice(texts), sort=rng.choice(sorted(SORT_COLUMNS)),
            descending=rng.random() < 0.5,
            victim_status=rng.choice([None, None, "KORBAN", "EKS"]),
            assigned_user_id=rng.choice([None, None, None, *staff]),
            modus=rng.choice([None, None, "EBM", "ESK", "PED"]),
            age_band=rng.choice([None, None, "ANAK", "DEWASA"]),
            offset=rng.choice([0, 0, 7, 40]), limit=rng.choice([10, 50, 200]))
        page = backend.cases.search(query)
        with db.uow() as uow:
            expected = _reference(uow.session, db.index, query)
            got = [r.id for r in page.rows]
            assert page.total == len(expected), query
            assert len(set(got)) == len(got)
            assert set(got) <= {case_id for case_id, _key in expected}, query
            keys = _sort_key(uow.session, SORT_COLUMNS[query.sort], got)
            assert keys == [key for _id, key in expected[query.offset:query.offset + query.limit]], query
