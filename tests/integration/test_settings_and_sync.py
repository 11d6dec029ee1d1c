"""Settings and sync (ADR 0011): office-wide settings are tracked field by field (an outbox event
and an audit entry per changed field), the letter counter and the device code are the device's
own (audited, never in the outbox), two laptops of one office never print the same letter
number, and the upgrade from 0005 keeps every value and gives the device a code."""
from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import date

import pytest
from alembic import command
from sqlalchemy import text

from integration_helpers import data_key, make_intake
from ppt_desk.domain.errors import ValidationFailed
from ppt_desk.services.casework_rules import rules, save_rules
from ppt_desk.services.context import Actor
from ppt_desk.services.deps import shipped_deps
from ppt_desk.services.device import device_code, set_device_code
from ppt_desk.services.letter_numbers import numbered
from ppt_desk.services.letterhead import letterhead_values, save_letterhead
from ppt_desk.storage.database import DataFolder, unlock_with_password
from ppt_desk.storage.engine import open_engine
from ppt_desk.storage.migrator import _config, current_revision, head_revision
from ppt_desk.storage.verify import verify

ADMIN, PASSWORD = "admin", "kata-sandi-uji-1"
MAY = date(2025, 5, 20)


@pytest.fixture
def db(data_dir):
    opened = unlock_with_password(DataFolder(data_dir), ADMIN, PASSWORD)
    yield opened
    opened.close()


def _rows(db, sql: str, **params) -> list:
    with db.engine.connect() as conn:
        return conn.execute(text(sql), params).all()


def _seq(db) -> int:
    return _rows(db, "SELECT next_seq FROM device_state")[0][0]


def _events_since(db, seq: int) -> list:
    return _rows(db, "SELECT entity, entity_id, op, base_version, patch FROM outbox_event"
                     " WHERE device_seq >= :s ORDER BY device_seq", s=seq)


def _audit_since(db, seq: int) -> list:
    return _rows(db, "SELECT action, entity, entity_id, fields FROM audit_entry WHERE seq > :s"
                     " ORDER BY seq", s=seq)


def _audit_head(db) -> int:
    return _rows(db, "SELECT audit_seq FROM device_state")[0][0]


def test_saving_the_letterhead_writes_an_event_and_an_audit_entry_per_changed_field(db):
    actor = Actor(db.user)
    seq, audit = _seq(db), _audit_head(db)
    save_letterhead(db.uow(), actor, {"parent_lines": ["PEMERINTAH KOTA KUPANG"],
                                      "address": "Jl. El Tari No. 5", "city": "Kupang"})
    created = _events_since(db, seq)
    assert {(e.entity, e.entity_id, e.op) for e in created} >= {
        ("office_setting", "letterhead.address", "create"),
        ("office_setting", "letterhead.city", "create"),
        ("office_setting", "letterhead.parent_lines", "create")}
    address = next(e for e in created if e.entity_id == "letterhead.address")
    assert json.loads(address.patch) == {"id": "letterhead.address", "key": "letterhead",
                                         "field": "address", "value": "Jl. El Tari No. 5"}
    assert [(a.action, a.entity, a.entity_id) for a in _audit_since(db, audit)] == [
        ("create", "office_setting", e.entity_id) for e in created]

    # A second save that changes one field: one event, one audit entry, for that field only.
    seq, audit = _seq(db), _audit_head(db)
    save_letterhead(db.uow(), actor, {**letterhead_values(db.uow()), "phone": "0380 123456"})
    assert [(e.entity, e.entity_id, e.op, e.base_version) for e in _events_since(db, seq)] == [
        ("office_setting", "letterhead.phone", "update", 1)]
    assert json.loads(_events_since(db, seq)[0].patch) == {"value": "0380 123456"}
    assert [(a.action, a.entity_id, json.loads(a.fields)) for a in _audit_since(db, audit)] == [
        ("update", "letterhead.phone", ["value"])]
    assert letterhead_values(db.uow())["phone"] == "0380 123456"

    # Saving the same values again changes nothing and records nothing.
    seq = _seq(db)
    save_letterhead(db.uow(), actor, letterhead_values(db.uow()))
    assert _events_since(db, seq) == []


def test_saving_the_casework_rules_writes_an_event_per_changed_rule(db):
    actor, config = Actor(db.user), shipped_deps().config
    with db.uow() as uow:
        current = rules(uow, config)
    seq = _seq(db)
    save_rules(db.uow(), actor, replace(current, home_visit_warn_days=5))
    first = _events_since(db, seq)
    assert {e.entity_id for e in first} == {
        "casework_rules.allowance", "casework_rules.stage_max_days",
        "casework_rules.home_visit_warn_days", "casework_rules.approval"}
    assert {e.entity for e in first} == {"office_setting"}

    seq, audit = _seq(db), _audit_head(db)
    with db.uow() as uow:
        stored = rules(uow, config)
    assert stored.home_visit_warn_days == 5
    save_rules(db.uow(), actor, replace(stored, home_visit_warn_days=9))
    assert [(e.entity_id, e.op, e.base_version) for e in _events_since(db, seq)] == [
        ("casework_rules.home_visit_warn_days", "update", 1)]
    assert [(a.action, a.entity, a.entity_id) for a in _audit_since(db, audit)] == [
        ("update", "office_setting", "casework_rules.home_visit_warn_days")]


def _referral(db) -> tuple[str, str]:
    """A case with a referral record to number (written straight through the unit of work)."""
    with db.uow() as uow:
        case_id, _ = uow.cases.add(make_intake(), uow.office.get(),
                                   {"age_at_intake": 24, "age_band": "DEWASA", "is_child": False})
        record_id = uow.casework.add_record(case_id, "rujukan", "PERLINDUNGAN", {}, MAY, None,
                                            db.user.id, MAY)
        uow.commit()
    return case_id, record_id


def _number(db, record_id: str) -> str:
    with db.uow() as uow:
        number = numbered(uow, uow.casework.record(record_id), "surat_rujukan", "KPG", MAY)
        uow.commit()
    return number


def test_the_letter_counter_is_the_devices_own_audited_but_never_in_the_outbox(db):
    _, first = _referral(db)
    _, second = _referral(db)
    seq, audit = _seq(db), _audit_head(db)
    assert _number(db, first) == "001/RUJ/KPG-A/V/2025"
    assert _number(db, second) == "002/RUJ/KPG-A/V/2025"
    assert _number(db, first) == "001/RUJ/KPG-A/V/2025"  # a reprint keeps its number
    # The only events are the records receiving their numbers; the counter has none.
    assert [(e.entity, e.op) for e in _events_since(db, seq)] == [("case_record", "update")] * 2
    assert _rows(db, "SELECT document, year, last_number FROM letter_counter") == [
        ("surat_rujukan", 2025, 2)]
    assert [(a.action, a.entity, a.entity_id) for a in _audit_since(db, audit)
            if a.action == "number"] == [("number", "letter_counter", "surat_rujukan:2025")] * 2


def test_two_laptops_of_one_office_give_different_numbers(db, template_folder, tmp_path):
    second_dir = tmp_path / "laptop-b"
    shutil.copytree(template_folder[0], second_dir)
    laptop_b = unlock_with_password(DataFolder(second_dir), ADMIN, PASSWORD)
    try:
        assert device_code(laptop_b.uow()) == "A"  # the copy was set up as the first laptop
        seq, audit = _seq(laptop_b), _audit_head(laptop_b)
        set_device_code(laptop_b.uow(), Actor(laptop_b.user), " b ")
        assert device_code(laptop_b.uow()) == "B"
        assert _events_since(laptop_b, seq) == []  # the device's own: never synced as a row
        assert [(a.action, a.entity) for a in _audit_since(laptop_b, audit)] == [
            ("device_code", "device_state")]
        with pytest.raises(ValidationFailed):
            set_device_code(laptop_b.uow(), Actor(laptop_b.user), "B/1")

        _, on_a = _referral(db)
        _, on_b = _referral(laptop_b)
        number_a, number_b = _number(db, on_a), _number(laptop_b, on_b)
    finally:
        laptop_b.close()
    assert (number_a, number_b) == ("001/RUJ/KPG-A/V/2025", "001/RUJ/KPG-B/V/2025")


LETTERHEAD = {"parent_lines": ["PEMERINTAH KOTA KUPANG"], "address": "Jl. El Tari No. 5",
              "phone": "", "email": "", "city": "Kupang", "head_name": "Dra. Maria Bria",
              "head_position": "", "head_nip": "196801011990032001"}
RULES = {"allowance": {"phase1_days": 6, "phase2_days": 12, "warn_days": 2},
         "stage_max_days": {}, "home_visit_warn_days": 4, "approval": {}}


def test_the_upgrade_from_0005_keeps_letterhead_rules_and_counter_and_gives_a_code(data_dir):
    key = data_key(data_dir, ADMIN, PASSWORD)
    engine = open_engine(data_dir / "ppt-desk.db", key)
    try:
        with engine.begin() as conn:
            command.downgrade(_config(conn), "0005")
            # What ppt-desk 0005 stored: three keys of one untracked table.
            for name, value in (("letterhead", LETTERHEAD), ("casework_rules", RULES),
                                ("letter_numbers", {"surat_rujukan:2025": 6,
                                                    "berita_acara_pemulangan:2024": 3})):
                conn.execute(text("INSERT INTO setting (key, value) VALUES (:k, :v)"),
                             {"k": name, "v": json.dumps(value)})
        assert current_revision(engine) == "0005"
    finally:
        engine.dispose()

    db = unlock_with_password(DataFolder(data_dir), ADMIN, PASSWORD)  # upgrades to head
    try:
        assert current_revision(db.engine) == head_revision()
        assert letterhead_values(db.uow()) == LETTERHEAD
        with db.uow() as uow:
            kept = rules(uow, shipped_deps().config)
        assert (kept.allowance.phase1_days, kept.allowance.phase2_days,
                kept.home_visit_warn_days) == (6, 12, 4)
        assert device_code(db.uow()) == "A"
        assert sorted(_rows(db, "SELECT document, year, last_number FROM letter_counter")) == [
            ("berita_acara_pemulangan", 2024, 3), ("surat_rujukan", 2025, 6)]
        assert [r[0] for r in _rows(db, "SELECT key FROM device_setting")] == [
            "search_key_version"]
        # The moved office settings travel: a create event per field, in a chain that verifies.
        created = _rows(db, "SELECT entity_id, op, author_id FROM outbox_event"
                            " WHERE entity = 'office_setting' ORDER BY device_seq")
        assert sorted(r.entity_id for r in created) == sorted(
            [f"letterhead.{f}" for f in LETTERHEAD] + [f"casework_rules.{f}" for f in RULES])
        assert {(r.op, r.author_id) for r in created} == {("create", None)}
        report = verify(db.engine)
        assert report.ok, report.problems
        # The counter goes on where it stood, now with the device code.
        _, record_id = _referral(db)
        assert _number(db, record_id) == "007/RUJ/KPG-A/V/2025"
    finally:
        db.close()
