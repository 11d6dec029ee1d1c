"""An import's and an export's use of the store: a full disk mid-import applies nothing and
is not the bundle's fault; the smaller page cache holds only while a bundle is applied or its
events are read for an export."""
from __future__ import annotations

import pytest

from integration_helpers import make_intake, scalar
from ppt_desk.domain.errors import DomainError
from ppt_desk.storage import apply, engine
from sync_helpers import enrol_both, new_province, only_bundle

TABLES = ("case_file", "person", "received_event", "audit_entry", "search_token")


@pytest.fixture
def bundle_at_province(backend, tmp_path):
    province = new_province(tmp_path / "province")
    enrol_both(backend, province.backend, tmp_path / "cards", province.backup)
    for i in range(40):
        backend.cases.register(make_intake(f"Korban Uji {i}", notes="x" * 3000))
    stick = tmp_path / "stick"
    stick.mkdir()
    backend.sync.export(stick)
    yield province.backend, only_bundle(stick)
    province.backend.session.lock()


def _raw(backend, sql: str) -> int:
    fairy = backend.session.db.engine.raw_connection()
    try:
        return fairy.dbapi_connection.execute(sql).fetchone()[0]
    finally:
        fairy.close()


def test_a_full_disk_during_the_import_applies_nothing_and_keeps_the_bundle(bundle_at_province):
    province, bundle = bundle_at_province
    before = {t: scalar(province, f"SELECT count(*) FROM {t}") for t in TABLES}
    pages = _raw(province, "PRAGMA page_count")
    _raw(province, f"PRAGMA max_page_count = {pages + 8}")
    with pytest.raises(DomainError) as info:
        province.sync.import_bundle(bundle)
    assert info.value.code == "disk_full"
    _raw(province, "PRAGMA max_page_count = 1073741823")
    assert {t: scalar(province, f"SELECT count(*) FROM {t}") for t in TABLES} == before
    assert bundle.exists()                      # not quarantined: the bundle is fine
    assert not any(province.sync.folders.quarantine.glob("*"))
    _, result = province.sync.import_bundle(bundle)   # with room again it goes in
    assert result.outcome == "applied"
    assert scalar(province, "SELECT count(*) FROM case_file") == before["case_file"] + 40
    assert province.session.verify().ok


def _watched_while_applying(monkeypatch, probe) -> list:
    """``probe(applier)`` at every event the apply engine takes, in a list filled as it goes."""
    seen: list = []
    take = apply._Applier.take

    def watching(self, event):
        seen.append(probe(self))
        take(self, event)
    monkeypatch.setattr(apply._Applier, "take", watching)
    return seen


def test_the_page_cache_is_small_while_a_bundle_is_applied_and_back_after(bundle_at_province,
                                                                          monkeypatch):
    """A small store (a PPT's): the streaming figure; the sizing itself is tested below."""
    province, bundle = bundle_at_province
    seen = _watched_while_applying(monkeypatch, lambda applier: applier.conn.exec_driver_sql(
        "PRAGMA cache_size").scalar())
    _, result = province.sync.import_bundle(bundle)
    assert result.outcome == "applied"
    assert seen and set(seen) == {-engine.STREAMING_CACHE_KIB}
    assert _raw(province, "PRAGMA cache_size") == -engine.CACHE_KIB


def test_an_imports_page_cache_is_a_quarter_of_the_store_within_its_bounds():
    mib = 1024
    assert engine.import_cache_kib(40 * mib) == engine.STREAMING_CACHE_KIB
    assert engine.import_cache_kib(400 * mib) == 100 * mib
    assert engine.import_cache_kib(4000 * mib) == engine.IMPORT_CACHE_MAX_KIB


def test_a_big_stores_import_gets_the_bigger_cache(bundle_at_province, monkeypatch):
    province, bundle = bundle_at_province
    seen = _watched_while_applying(monkeypatch, lambda applier: applier.conn.exec_driver_sql(
        "PRAGMA cache_size").scalar())
    monkeypatch.setattr(engine, "import_cache_kib", lambda store_kib: 3 * store_kib)
    store_kib = int(_raw(province, "PRAGMA page_count")) * \
        int(_raw(province, "PRAGMA page_size")) // 1024
    _, result = province.sync.import_bundle(bundle)
    assert result.outcome == "applied"
    (cache,) = set(seen)                 # the store's size when the apply began
    assert cache < 0 and -cache % 3 == 0 and -cache >= 3 * store_kib
    assert _raw(province, "PRAGMA cache_size") == -engine.CACHE_KIB


def test_the_gil_is_handed_over_often_while_the_inserts_thread_runs(bundle_at_province,
                                                                   monkeypatch):
    """The INSERT thread binds each row under the GIL: with the default 5 ms switch interval
    it trailed the import (write_behind.py); the interval is short during the apply only."""
    import sys

    from ppt_desk.storage import write_behind

    province, bundle = bundle_at_province
    seen = _watched_while_applying(monkeypatch, lambda _applier: sys.getswitchinterval())
    before = sys.getswitchinterval()
    _, result = province.sync.import_bundle(bundle)
    assert result.outcome == "applied"
    assert seen and all(abs(s - write_behind.SWITCH_INTERVAL_S) < 1e-9 for s in seen)
    assert sys.getswitchinterval() == before


def test_the_server_going_away_mid_import_applies_nothing_and_keeps_the_bundle(
        backend, tmp_path, pg_server, monkeypatch):
    """A secretariat on PostgreSQL whose server goes away while a bundle is applied: the
    import says so (database_unreachable), nothing of it stays, and the bundle is not
    quarantined (it is not at fault): imported again once the server answers, it goes in."""
    from pg import Store
    from ppt_desk.storage.store_config import read_store_config

    province = new_province(tmp_path / "province", Store(pg_server))
    enrol_both(backend, province.backend, tmp_path / "cards", province.backup)
    for i in range(30):
        backend.cases.register(make_intake(f"Korban Uji {i}"))
    stick = tmp_path / "stick"
    stick.mkdir()
    backend.sync.export(stick)
    bundle = only_bundle(stick)
    p = province.backend
    dbname = read_store_config(p.session.folder.path).dbname
    before = {t: scalar(p, f"SELECT count(*) FROM {t}") for t in TABLES}
    taken = []
    take = apply._Applier.take

    def cut_after_some(self, event):
        taken.append(1)
        if len(taken) == 40:
            assert pg_server.terminate_connections(dbname) >= 1
        take(self, event)
    monkeypatch.setattr(apply._Applier, "take", cut_after_some)
    with pytest.raises(DomainError) as info:
        p.sync.import_bundle(bundle)
    assert info.value.code == "database_unreachable"
    monkeypatch.undo()
    assert {t: scalar(p, f"SELECT count(*) FROM {t}") for t in TABLES} == before
    assert bundle.exists() and not any(p.sync.folders.quarantine.glob("*"))
    _, result = p.sync.import_bundle(bundle)
    assert result.outcome == "applied"
    assert scalar(p, "SELECT count(*) FROM case_file") == before["case_file"] + 30
    province.backend.session.lock()


def test_the_page_cache_is_small_while_an_export_reads_the_outbox_and_back_after(
        backend, tmp_path, monkeypatch):
    from ppt_desk.services.sync import export

    province = new_province(tmp_path / "province")
    enrol_both(backend, province.backend, tmp_path / "cards", province.backup)
    backend.cases.register(make_intake("Korban Uji"))
    seen: list[int] = []
    outgoing = export.IdentityPlan.outgoing
    fairy = backend.session.db.engine.raw_connection()
    dbapi = fairy.dbapi_connection      # the store's one connection, which the export uses
    fairy.close()

    def watching(plan, event):
        seen.append(dbapi.execute("PRAGMA cache_size").fetchone()[0])
        return outgoing(plan, event)
    monkeypatch.setattr(export.IdentityPlan, "outgoing", watching)
    stick = tmp_path / "stick"
    stick.mkdir()
    backend.sync.export(stick)
    assert seen and set(seen) == {-engine.STREAMING_CACHE_KIB}
    assert _raw(backend, "PRAGMA cache_size") == -engine.CACHE_KIB
    province.backend.session.lock()

