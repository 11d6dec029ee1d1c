"""What a transfer bundle may hold (domain/sync/transfer.py): its body, its row and history
items, and the snapshot as a whole; anything else is refused before a row is written."""
from __future__ import annotations

import pytest

from ppt_desk.domain.sync.errors import BundleFormatError
from ppt_desk.domain.sync.transfer import (
    HistoryItem, SnapshotRow, TransferBody, check_snapshot, parse_body, parse_item,
)

CASE, PERSON, OFFICE = ("0190aaaa-0000-7000-8000-00000000000%d" % i for i in (1, 2, 3))
SENDER, RECEIVER = "0190bbbb-0000-7000-8000-000000000001", "0190bbbb-0000-7000-8000-000000000002"
BODY = TransferBody(CASE, RECEIVER, 1)


def _rows(**case_changes):
    case = {"id": CASE, "version": 3, "person_id": PERSON, "office_id": OFFICE,
            "owner_device_id": SENDER, "ownership_epoch": 0, "transferred_to": "",
            **case_changes}
    return [SnapshotRow("office", {"id": OFFICE, "version": 1}),
            SnapshotRow("person", {"id": PERSON, "version": 2}),
            SnapshotRow("case_file", case),
            SnapshotRow("case_record", {"id": "r1", "version": 1, "case_id": CASE})]


LINE = HistoryItem("2026-12-03T08:00:00.123456", "case_record", "create", ("payload",),
                   "Ani", "P2TP2A Kota Kupang", "konseling")


def _code(fn, *args) -> str:
    with pytest.raises(BundleFormatError) as err:
        fn(*args)
    return err.value.code


def test_items_read_back_as_written():
    for item in (*_rows(), LINE):
        assert parse_item(item.to_record()) == item
    assert parse_body(BODY.to_dict()) == BODY
    snapshot = check_snapshot(BODY, [*_rows(), LINE], SENDER)
    assert snapshot.case_row().id == CASE and snapshot.history == (LINE,)


@pytest.mark.parametrize("body", [
    {"case_id": CASE, "to_device_id": RECEIVER},                        # a key missing
    {"case_id": CASE, "to_device_id": RECEIVER, "epoch": 1, "x": 1},    # an unknown key
    {"case_id": "Yuliana", "to_device_id": RECEIVER, "epoch": 1},       # not an id
    {"case_id": CASE, "to_device_id": RECEIVER, "epoch": 0},            # no epoch before 1
    {"case_id": CASE, "to_device_id": RECEIVER, "epoch": True},
])
def test_a_body_out_of_shape_is_malformed(body):
    assert _code(parse_body, body) == "malformed"


@pytest.mark.parametrize("record", [
    {"item": "row", "entity": "app_user", "values": {"id": "u", "version": 1}},   # staff stay
    {"item": "row", "entity": "case_share", "values": {"id": "s", "version": 1}},
    {"item": "row", "entity": "case_file", "values": {"id": CASE}},               # no version
    {"item": "row", "entity": "case_file", "values": {"id": CASE, "version": 0}},
    {"item": "row", "entity": "case_file", "values": {"id": "", "version": 1}},
    {"item": "row", "entity": "case_file", "values": {"id": CASE, "version": 1}, "x": 1},
    {**LINE.to_record(), "at": "3 Desember"},
    {**LINE.to_record(), "fields": ["Nama Korban"]},
    {**LINE.to_record(), "note": "x" * 5000},
    {k: v for k, v in LINE.to_record().items() if k != "note"},
    {"item": "event"},
    ["row"],
])
def test_an_item_out_of_shape_is_malformed(record):
    assert _code(parse_item, record) == "malformed"


def test_a_snapshot_must_hold_together():
    rows = _rows()
    cases = {
        "rows after history": [rows[0], LINE, *rows[1:]],
        "order": [rows[1], rows[0], *rows[2:]],
        "twice": [*rows, rows[3]],
        "no case row": [rows[0], rows[1], rows[3]],
        "another case": [*rows[:2], SnapshotRow("case_file", {**rows[2].values, "id": "x"})],
        "record of another case": [*rows[:3], SnapshotRow("case_record", {
            "id": "r2", "version": 1, "case_id": "x"})],
        "no person": [rows[0], *rows[2:]],
    }
    for name, items in cases.items():
        assert _code(check_snapshot, BODY, items, SENDER) == "malformed", name


@pytest.mark.parametrize("changes", [{"owner_device_id": RECEIVER}, {"ownership_epoch": 1},
                                     {"transferred_to": "UPTD PPA Kabupaten Belu"}])
def test_only_the_owner_at_the_epoch_before_can_send_it(changes):
    assert _code(check_snapshot, BODY, _rows(**changes), SENDER) == "transfer_sender_not_owner"
