"""Ownership of a case merges by epoch, and events made on rows not here yet wait
(domain/sync/merge.py; ADR 0014, update)."""
from __future__ import annotations

from hypothesis import given, strategies as st

from ppt_desk.domain.sync import merge
from ppt_desk.domain.sync.merge import CONFLICT, FAST, MERGE, NOOP

A, B = "dev-kupang", "dev-belu"
AT_B = {"owner_device_id": B, "ownership_epoch": 1, "transferred_to": "Belu", "notes": "x"}


def test_a_higher_epoch_wins_over_ownership_changed_here():
    back = {"owner_device_id": A, "ownership_epoch": 2, "transferred_to": "Kupang"}
    plan = merge.plan_update(back, AT_B, 7, 5, {"owner_device_id", "ownership_epoch",
                                                "transferred_to"})
    assert (plan.kind, plan.apply, plan.conflicts) == (MERGE, back, {})


def test_a_lower_epoch_is_dropped_not_a_conflict():
    here = {**AT_B, "owner_device_id": A, "ownership_epoch": 2, "transferred_to": "Kupang"}
    old = {"owner_device_id": B, "ownership_epoch": 1, "transferred_to": "Belu"}
    plan = merge.plan_update(old, here, 9, 5, set(old))
    assert (plan.kind, plan.apply, plan.conflicts) == (NOOP, {}, {})
    # ...the other fields of the same event still merge or conflict as usual.
    plan = merge.plan_update({**old, "notes": "y", "modus": ["M1"]}, here, 9, 5, {"notes"})
    assert (plan.kind, plan.apply, set(plan.conflicts)) == (CONFLICT, {"modus": ["M1"]},
                                                            {"notes"})


def test_the_same_epoch_merges_as_any_field():
    plan = merge.plan_update({"owner_device_id": B, "ownership_epoch": 1}, AT_B, 7, 5,
                             {"owner_device_id", "ownership_epoch"})
    assert plan.kind == NOOP and plan.unchanged == {"owner_device_id", "ownership_epoch"}
    plan = merge.plan_update({"transferred_to": "Malaka", "ownership_epoch": 1}, AT_B, 7, 5,
                             {"transferred_to"})
    assert set(plan.conflicts) == {"transferred_to"}


def test_a_row_not_moved_on_takes_the_change_whole():
    plan = merge.plan_update({"owner_device_id": B, "ownership_epoch": 1}, AT_B, 5, 5, set())
    assert plan.kind == FAST


def test_a_create_of_an_existing_case_at_a_lower_epoch_keeps_the_owner_here():
    older = {"owner_device_id": A, "ownership_epoch": 0, "transferred_to": "", "notes": "x"}
    plan = merge.plan_create(older, AT_B, 7)
    assert (plan.kind, plan.apply, plan.conflicts) == (NOOP, {}, {})


owners = st.fixed_dictionaries({"owner_device_id": st.sampled_from([A, B, "dev-malaka"]),
                                "ownership_epoch": st.integers(0, 4),
                                "transferred_to": st.sampled_from(["", "Belu", "Kupang"])})


@given(owners, owners, owners)
def test_two_ownership_changes_end_at_the_higher_epoch_in_either_order(start, one, two):
    """Two changes of the ownership fields made on the same base, at different epochs,
    leave the row with the higher epoch's values whichever arrives first, and never open a
    conflict."""
    if one["ownership_epoch"] == two["ownership_epoch"]:
        return
    ends = []
    for first, second in ((one, two), (two, one)):
        row = dict(start)
        for n, change in enumerate((first, second)):
            touched = set(first) if n == 1 else set()
            plan = merge.plan_update(change, row, 5 + n, 5, touched)
            assert not plan.conflicts
            row.update(plan.apply)
        ends.append(row)
    high = max(one, two, key=lambda c: c["ownership_epoch"])
    assert ends[0] == ends[1] == high


def test_an_update_waits_for_the_version_it_was_made_on():
    assert merge.must_wait("update", 3, 5, True)
    assert not merge.must_wait("update", 5, 5, True)
    assert not merge.must_wait("update", 8, 5, True)


def test_an_update_of_a_row_never_here_waits_and_of_a_row_deleted_here_does_not():
    assert merge.must_wait("update", None, 4, was_here=False)
    assert merge.must_wait("delete", None, 4, was_here=False)
    assert not merge.must_wait("update", None, 4, was_here=True)    # a conflict instead
    assert not merge.must_wait("create", None, 0, was_here=False)
    assert not merge.must_wait("update", None, 0, was_here=False)   # nothing to wait for
