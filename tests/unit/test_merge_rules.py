"""The pure rules of applying another device's events (domain/sync/merge.py)."""
from __future__ import annotations

import pytest

from ppt_desk.domain.sync import merge
from ppt_desk.domain.sync.merge import (
    APPLY, CONFLICT, DELETE, FAST, FORK, GAP, INSERT, MERGE, NOOP, REPLAY,
)


def event(**changes):
    ev = {"event_id": "e1", "device_id": "dev-a", "device_seq": 1, "hlc": "000001-0000-dev-a",
          "entity": "case_file", "entity_id": "c1", "case_id": "c1", "op": "update",
          "base_version": 1, "patch": {"notes": "x"}, "author_id": None,
          "created_at": "2026-11-30T02:00:00"}
    ev.update(changes)
    return ev


# -- sequencing ------------------------------------------------------------------------------
def test_the_next_event_applies():
    assert merge.classify(4, "h", applied_upto=3, known_hash=None) == APPLY
    assert merge.classify(1, "h", applied_upto=0, known_hash=None) == APPLY


def test_a_later_event_is_held_behind_the_gap():
    assert merge.classify(5, "h", applied_upto=3, known_hash=None) == GAP


def test_the_same_sequence_with_the_same_content_is_a_replay():
    assert merge.classify(2, "h", applied_upto=3, known_hash="h") == REPLAY
    # also an event held already (beyond the applied run)
    assert merge.classify(7, "h", applied_upto=3, known_hash="h") == REPLAY


def test_the_same_sequence_with_other_content_is_a_fork():
    assert merge.classify(2, "h2", applied_upto=3, known_hash="h1") == FORK
    assert merge.classify(7, "h2", applied_upto=3, known_hash="h1") == FORK


def test_an_applied_sequence_without_a_record_is_not_taken_for_a_replay():
    assert merge.classify(2, "h", applied_upto=3, known_hash=None) == FORK


def test_held_events_are_released_only_up_to_the_next_gap():
    assert merge.releasable(3, [4, 5, 7, 8]) == [4, 5]
    assert merge.releasable(3, [5, 6]) == []
    assert merge.releasable(0, []) == []


# -- content hash and shape ------------------------------------------------------------------
def test_the_hash_covers_every_key_and_ignores_key_order():
    ev = event()
    assert merge.event_hash(ev) == merge.event_hash(dict(reversed(list(ev.items()))))
    for key in merge.EVENT_KEYS:
        other = dict(ev)
        other[key] = "something else" if other[key] != "something else" else "x"
        assert merge.event_hash(other) != merge.event_hash(ev), key
    assert merge.event_hash({**ev, "shipped_at": "later"}) == merge.event_hash(ev)


@pytest.mark.parametrize("changes, problem", [
    ({"entity": "audit_entry"}, "unknown_entity"),
    ({"op": "upsert"}, "unknown_op"),
    ({"device_seq": 0}, "bad_seq"),
    ({"device_seq": True}, "bad_seq"),
    ({"device_seq": "3"}, "bad_seq"),
    ({"base_version": -1}, "bad_base_version"),
    ({"op": "create", "base_version": 2}, "bad_base_version"),
    ({"patch": ["notes"]}, "bad_patch"),
    ({"patch": {"version": 9}}, "bad_patch"),
    ({"op": "create", "base_version": 0, "patch": {"id": "other"}}, "bad_patch"),
    ({"device_id": ""}, "bad_device_id"),
    ({"entity_id": None}, "bad_entity_id"),
])
def test_a_malformed_event_is_named(changes, problem):
    assert merge.event_problem(event(**changes), ["case_file"]) == problem


def test_missing_or_extra_keys_are_malformed():
    ev = event()
    del ev["hlc"]
    assert merge.event_problem(ev, ["case_file"]) == "event_keys"
    assert merge.event_problem({**event(), "extra": 1}, ["case_file"]) == "event_keys"
    assert merge.event_problem("not a dict", ["case_file"]) == "event_keys"
    assert merge.event_problem(event(), ["case_file"]) is None


# -- merging ---------------------------------------------------------------------------------
def test_an_update_on_the_current_version_applies_whole():
    plan = merge.plan_update({"notes": "b", "stage": "X"}, {"notes": "a"}, local_version=3,
                             base_version=3, touched=["notes"])
    assert plan.kind == FAST and plan.apply == {"notes": "b", "stage": "X"}


def test_an_update_ahead_of_the_local_version_applies_whole():
    plan = merge.plan_update({"notes": "b"}, {"notes": "a"}, 2, 5, ["notes"])
    assert plan.kind == FAST and plan.apply == {"notes": "b"}


def test_an_older_base_touching_other_fields_merges():
    plan = merge.plan_update({"notes": "b"}, {"notes": "a", "stage": "S"}, 4, 2, ["stage"])
    assert plan.kind == MERGE and plan.apply == {"notes": "b"} and not plan.conflicts


def test_an_older_base_touching_the_same_field_with_another_value_conflicts():
    plan = merge.plan_update({"notes": "b", "referrer_name": "r"}, {"notes": "a"}, 4, 2,
                             ["notes"])
    assert plan.kind == CONFLICT
    assert plan.conflicts == {"notes": ("a", "b")}
    assert plan.apply == {"referrer_name": "r"}  # the untouched field still merges


def test_the_same_value_on_both_sides_is_no_conflict():
    plan = merge.plan_update({"notes": "a"}, {"notes": "a"}, 4, 2, ["notes"])
    assert plan.kind == NOOP and plan.unchanged == {"notes"} and not plan.conflicts


def test_wall_clock_time_decides_nothing():
    """The plan does not even see created_at or the HLC: a newer clock cannot win."""
    later = merge.plan_update({"notes": "b"}, {"notes": "a"}, 4, 2, ["notes"])
    assert later.kind == CONFLICT and later.conflicts["notes"] == ("a", "b")


def test_a_create_of_a_new_row_inserts():
    assert merge.plan_create({"id": "c1", "notes": "a"}, None, 0).kind == INSERT


def test_a_create_of_an_existing_row_compares_every_field():
    same = merge.plan_create({"id": "k.f", "value": 1}, {"id": "k.f", "value": 1}, 1)
    assert same.kind == NOOP
    other = merge.plan_create({"id": "k.f", "value": 2}, {"id": "k.f", "value": 1}, 1)
    assert other.kind == CONFLICT and other.conflicts == {"value": (1, 2)}


def test_deletes():
    assert merge.plan_delete(False, 0, 3, []) == NOOP
    assert merge.plan_delete(True, 3, 3, ["notes"]) == DELETE
    assert merge.plan_delete(True, 5, 3, []) == DELETE
    assert merge.plan_delete(True, 5, 3, ["notes"]) == CONFLICT


def test_when_a_row_was_saved_never_conflicts_and_follows_the_merged_fields():
    local = {"notes": "a", "updated_at": "2026-12-03T10:00:00"}
    merged = merge.plan_update({"stage": "X", "updated_at": "2026-12-01T09:00:00"}, local, 4, 2,
                               ["notes", "updated_at"])
    assert merged.kind == MERGE and merged.apply == {"stage": "X"}   # ours is later: kept
    later = merge.plan_update({"stage": "X", "updated_at": "2026-12-05T09:00:00"}, local, 4, 2,
                              ["notes", "updated_at"])
    assert later.apply == {"stage": "X", "updated_at": "2026-12-05T09:00:00"}
    conflict = merge.plan_update({"notes": "b", "updated_at": "2026-12-05T09:00:00"}, local, 4,
                                 2, ["notes", "updated_at"])
    assert conflict.kind == CONFLICT and conflict.apply == {}
    assert list(conflict.conflicts) == ["notes"]
    alone = merge.plan_update({"updated_at": "2026-12-05T09:00:00"}, local, 4, 2, ["updated_at"])
    assert alone.kind == NOOP
    untouched = merge.plan_update({"stage": "X", "updated_at": "2026-12-01T09:00:00"}, local, 4,
                                  2, ["notes"])
    assert untouched.apply == {"stage": "X", "updated_at": "2026-12-01T09:00:00"}


# -- the content hash of an event read from its canonical bytes ------------------------------
def test_an_event_read_from_canonical_bytes_is_hashed_by_those_bytes():
    ev = event(patch={"notes": "Kupang, catatan ü"})
    carried = merge.CanonicalEvent(ev, "ab" * 32)
    assert merge.event_hash(carried) == "ab" * 32          # no second encoding
    assert merge.event_hash(dict(carried)) == merge.event_hash(ev) != "ab" * 32


def test_a_carried_hash_counts_only_for_exactly_the_event_keys():
    ev = event()
    extra = merge.CanonicalEvent({**ev, "shipped": True}, "ab" * 32)
    assert merge.event_hash(extra) == merge.event_hash(ev)  # its bytes held more than the event
    short = merge.CanonicalEvent({k: v for k, v in ev.items() if k != "hlc"}, "ab" * 32)
    with pytest.raises(KeyError):
        merge.event_hash(short)
