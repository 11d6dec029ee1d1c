"""Stored search keys follow the name-key rules: a rules change rebuilds them on unlock."""
from __future__ import annotations

from sqlalchemy import select, text

from integration_helpers import make_intake
from ppt_desk.bootstrap import make_backend
from ppt_desk.domain.names import NAME_KEY_VERSION
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.dto import CaseQuery
from ppt_desk.storage.schema import DeviceSetting


def _engine(backend):
    return backend.session.open_store().engine


def test_a_new_database_records_the_rules_version(backend):
    with _engine(backend).connect() as conn:
        stored = conn.execute(select(DeviceSetting.value)
                              .where(DeviceSetting.key == "search_key_version"))
        assert stored.scalar() == {"version": NAME_KEY_VERSION}


def test_stale_keys_are_rebuilt_on_unlock_and_the_case_is_found(backend, data_dir, root):
    _, case_id, _ = backend.cases.register(make_intake("Mochammad Taufick", nik="5371019999990002"))
    with _engine(backend).begin() as conn:
        # As if the database had been written under older rules: wrong keys, old version.
        conn.execute(text("DELETE FROM search_token"))
        conn.execute(text("INSERT INTO search_token (token, case_id) VALUES ('zzz', :c)"),
                     {"c": case_id})
        conn.execute(text("UPDATE device_setting SET value = '{\"version\": 1}' "
                          "WHERE key = 'search_key_version'"))
    backend.session.lock()

    reopened = make_backend(data_dir, TEST_PARAMS)
    reopened.session.unlock(root.ADMIN, root.PASSWORD)
    try:
        for typed in ("muhammad taufik ", "moch ", "5371019999", "mochammad taufick "):
            assert [r.id for r in reopened.cases.search(CaseQuery(text=typed)).rows] == [case_id]
        assert reopened.cases.search(CaseQuery(text="zzz ")).total == 0
        assert reopened.session.verify().ok
    finally:
        reopened.session.lock()
