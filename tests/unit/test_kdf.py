"""Argon2id calibration stays within the memory cap and its parameters round-trip."""
from __future__ import annotations

import pytest

from ppt_desk.security.kdf import MAX_MEMORY_KIB, MIN_MEMORY_KIB, KdfParams, calibrate, derive


def test_calibration_keeps_memory_within_the_cap_and_adds_iterations_instead():
    params = calibrate(target=0.2)
    assert MIN_MEMORY_KIB <= params.memory_kib <= MAX_MEMORY_KIB == 64 * 1024
    assert params.iterations >= 1 and params.lanes == 4


def test_params_round_trip_through_the_keyslot_json():
    params = KdfParams(memory_kib=8192, iterations=2, lanes=1)
    assert KdfParams.from_json(params.to_json()) == params
    with pytest.raises(ValueError):
        KdfParams.from_json({**params.to_json(), "alg": "pbkdf2"})


def test_derivation_depends_on_salt_and_parameters():
    base = KdfParams(memory_kib=8192, iterations=1, lanes=1)
    key = derive(b"kata-sandi", b"s" * 16, base)
    assert len(key) == 32
    assert derive(b"kata-sandi", b"s" * 16, base) == key
    assert derive(b"kata-sandi", b"t" * 16, base) != key
    assert derive(b"kata-sandi", b"s" * 16, KdfParams(8192, 2, 1)) != key
