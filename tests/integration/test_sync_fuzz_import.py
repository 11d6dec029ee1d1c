"""T3 through the whole import (the reader's own ≥10,000 mutations are in test_bundle_fuzz.py):
mutated bundles at a real province store are all refused, none applies anything, and the
genuine bundle still imports afterwards."""
from __future__ import annotations

import random

import pytest

from integration_helpers import make_intake, scalar
from sync_helpers import enrol_both, new_province, only_bundle

TABLES = ("case_file", "person", "case_record", "consent", "received_event", "peer_checkpoint",
          "office", "outbox_event")


def _counts(backend):
    return {t: scalar(backend, f"SELECT count(*) FROM {t}") for t in TABLES}


def _mutations(data: bytes, rng: random.Random):
    size = len(data)
    for cut in sorted(rng.sample(range(size), 80)) + [0, 1, size - 1]:
        yield f"truncate@{cut}", data[:cut]
    for pos in rng.sample(range(size), 120):
        flipped = bytearray(data)
        flipped[pos] ^= 1 << rng.randrange(8)
        yield f"flip@{pos}", bytes(flipped)
    yield "appended", data + b"\0"
    yield "doubled", data + data
    header_end = data.index(b"\n---") + 1
    yield "header only", data[:header_end + 48]


@pytest.mark.timeout(300)
def test_mutated_bundles_apply_nothing(backend, tmp_path):
    province = new_province(tmp_path / "province")
    enrol_both(backend, province.backend, tmp_path / "cards", province.backup)
    for _ in range(3):
        backend.cases.register(make_intake())
    stick = tmp_path / "stick"
    stick.mkdir()
    backend.sync.export(stick)
    genuine = only_bundle(stick)
    data = genuine.read_bytes()
    before = _counts(province.backend)
    rng = random.Random(2026)
    tried = accepted = 0
    for label, mutated in _mutations(data, rng):
        path = tmp_path / "mutant.ppt-bundle"
        path.write_bytes(mutated)
        _, result = province.backend.sync.import_bundle(path)
        tried += 1
        if result.outcome != "rejected":
            accepted += 1
        assert _counts(province.backend) == before, label
    assert (tried, accepted) == (206, 0)
    _, result = province.backend.sync.import_bundle(genuine)
    assert result.outcome == "applied" and result.events_applied > 0
    province.backend.session.lock()
