"""The bundle manifest (domain/sync/manifest.py): strict parsing, one byte form, reason codes."""
from __future__ import annotations

import json

import pytest

from ppt_desk.domain.sync.errors import BundleFormatError
from ppt_desk.domain.sync.manifest import (
    FORMAT, KIND_EVENTS, KIND_RECEIPT, KINDS, MAX_MANIFEST_BYTES, ZERO_HASH, Manifest, Sender,
    canonical_json, parse_json_object,
)

DEVICE = "0190a5b2-7c3d-7e4f-8a1b-2c3d4e5f6a7b"
OFFICE = "0190a5b2-7c3d-7e4f-8a1b-000000000001"
KEY = "ab" * 32
RECIPIENTS = ("cd" * 32, "ef" * 32)


def manifest(**changes) -> Manifest:
    fields = dict(kind=KIND_EVENTS, bundle_id="0190a5b2-7c3d-7e4f-8a1b-999999999999",
                  created_at="2026-11-03T08:15:00Z", sender=Sender(DEVICE, OFFICE, KEY),
                  recipients=RECIPIENTS, device_seq=(1, 40), bundle_seq=1,
                  prev_bundle_hash=ZERO_HASH, acked_seq=0, reference_version="2026.1",
                  body={})
    fields.update(changes)
    return Manifest(**fields)


def raw() -> dict:
    return json.loads(manifest().to_json())


def encode(obj) -> bytes:
    return canonical_json(obj)


def refused(data: bytes) -> BundleFormatError:
    with pytest.raises(BundleFormatError) as caught:
        Manifest.from_json(data)
    return caught.value


def test_round_trip_is_exact_for_every_kind():
    for kind in KINDS:
        body = {"held": {DEVICE: 12}} if kind == KIND_RECEIPT else {"note": ["x", 1]}
        m = manifest(kind=kind, body=body, bundle_seq=7, prev_bundle_hash="12" * 32,
                     device_seq=(0, 0), acked_seq=99)
        data = m.to_json()
        assert Manifest.from_json(data) == m
        assert Manifest.from_json(data).to_json() == data


def test_the_json_is_canonical_and_names_format_and_version():
    data = manifest().to_json()
    assert data == canonical_json(json.loads(data))
    assert json.loads(data)["format"] == FORMAT and json.loads(data)["version"] == 1


def test_newer_version_is_version_unsupported():
    obj = raw()
    obj["version"] = 2
    obj["new_field"] = "from the future"   # a newer version may add keys: still this code
    assert refused(encode(obj)).code == "version_unsupported"


@pytest.mark.parametrize("change", [
    {"format": "ppt-desk-device-card"}, {"format": None}, {"version": 0}, {"version": -1}])
def test_other_format_or_older_version_is_wrong_format(change):
    obj = raw()
    obj.update(change)
    assert refused(encode(obj)).code == "wrong_format"


def test_missing_format_is_wrong_format():
    obj = raw()
    del obj["format"]
    assert refused(encode(obj)).code == "wrong_format"


@pytest.mark.parametrize("version", ["1", 1.0, True, None])
def test_version_of_the_wrong_type_is_malformed(version):
    obj = raw()
    obj["version"] = version
    assert refused(encode(obj)).code == "malformed"


def test_unknown_key_is_refused_at_every_level():
    for path in ((), ("sender",), ("device_seq",)):
        obj = raw()
        target = obj
        for part in path:
            target = target[part]
        target["extra"] = 1
        error = refused(encode(obj))
        assert error.code == "malformed" and "unknown key" in error.detail


def test_every_key_is_required():
    for key in list(raw()):
        if key in ("format", "version"):
            continue
        obj = raw()
        del obj[key]
        assert refused(encode(obj)).code == "malformed", key
    for outer, inner in (("sender", "key_id"), ("sender", "office_id"),
                         ("sender", "device_id"), ("device_seq", "first")):
        obj = raw()
        del obj[outer][inner]
        assert refused(encode(obj)).code == "malformed"


BAD_FIELDS = [
    ("kind", "gossip"), ("kind", 1),
    ("bundle_id", "not-a-uuid"), ("bundle_id", DEVICE.upper()), ("bundle_id", DEVICE + "\n"),
    ("created_at", "yesterday"), ("created_at", 0),
    ("recipients", []), ("recipients", ["cd" * 32] * 2), ("recipients", ["cd" * 31]),
    ("recipients", ["CD" * 32]), ("recipients", "cd" * 32), ("recipients", [["cd" * 32]]),
    ("recipients", ["%02x" % i * 32 for i in range(9)]),
    ("bundle_seq", 0), ("bundle_seq", -1), ("bundle_seq", True), ("bundle_seq", 1.5),
    ("bundle_seq", 2**63), ("bundle_seq", "1"),
    ("prev_bundle_hash", "12" * 32),   # bundle_seq 1 must point at the zero hash
    ("prev_bundle_hash", "0" * 63), ("acked_seq", -1), ("acked_seq", None),
    ("reference_version", "v 1"), ("reference_version", "x" * 65),
    ("body", []), ("body", "x"),
]


@pytest.mark.parametrize(("key", "value"), BAD_FIELDS)
def test_bad_field_values_are_malformed(key, value):
    obj = raw()
    obj[key] = value
    error = refused(encode(obj))
    assert error.code == "malformed"
    assert key.split(".")[0] in error.detail or error.detail == "body"


@pytest.mark.parametrize(("path", "value"), [
    (("sender", "device_id"), "x"), (("sender", "office_id"), 5),
    (("sender", "key_id"), "ab" * 31), (("sender", "key_id"), "AB" * 32),
    (("device_seq", "first"), 0), (("device_seq", "first"), 41),
    (("device_seq", "last"), True), (("device_seq", "first"), -3)])
def test_bad_nested_values_are_malformed(path, value):
    obj = raw()
    obj[path[0]][path[1]] = value
    assert refused(encode(obj)).code == "malformed"


def test_chain_fields_pair_up():
    with pytest.raises(BundleFormatError):
        manifest(bundle_seq=2, prev_bundle_hash=ZERO_HASH)
    assert manifest(bundle_seq=2, prev_bundle_hash="12" * 32).bundle_seq == 2


def test_receipt_body_is_checked():
    assert manifest(kind=KIND_RECEIPT, body={"held": {DEVICE: 3}}).body["held"][DEVICE] == 3
    for body in ({}, {"held": []}, {"held": {"x": 1}}, {"held": {DEVICE: -1}},
                 {"held": {DEVICE: 1}, "more": 1}):
        with pytest.raises(BundleFormatError):
            manifest(kind=KIND_RECEIPT, body=body)


def test_the_constructor_refuses_what_parsing_refuses():
    with pytest.raises(BundleFormatError):
        manifest(recipients=list(RECIPIENTS))
    with pytest.raises(BundleFormatError):
        manifest(body={"x": float("nan")})
    with pytest.raises(BundleFormatError):
        manifest(body={1: "int key"})
    with pytest.raises(BundleFormatError):
        manifest(sender=(DEVICE, OFFICE, KEY))


@pytest.mark.parametrize("data", [
    b"", b"[]", b"null", b"\xff\xfe", b'{"a":1', b"{} ", b' {}', b'{"a": 1}',
    b'{"b":1,"a":2}', b'{"a":1,"a":1}', b'{"a":NaN}', b'{"a":Infinity}', b'{"a":"\\ud800"}',
    b'{"a":"\\u0041"}', b'{"a":' + b"[" * 5000 + b"]" * 5000 + b"}",
    b'{"a":' + b"[" * 40 + b"]" * 40 + b"}"], ids=lambda data: f"{len(data)}:{data[:12]!r}")
def test_json_that_is_not_canonical_or_not_an_object_is_malformed(data):
    with pytest.raises(BundleFormatError) as caught:
        parse_json_object(data, 1 << 20)
    assert caught.value.code == "malformed"


def test_size_limit():
    with pytest.raises(BundleFormatError) as caught:
        parse_json_object(b'{"a":"' + b"x" * 100 + b'"}', 50)
    assert caught.value.code == "malformed"
    big = manifest(body={"cases": ["x" * 1000] * (MAX_MANIFEST_BYTES // 1000)}).to_json()
    assert refused(big).detail == "too large"


def test_canonical_json_is_stable():
    assert parse_json_object(canonical_json({"b": [1, "é"], "a": {}}), 100) == {
        "b": [1, "é"], "a": {}}
    assert canonical_json({"b": 1, "a": 2}) == b'{"a":2,"b":1}'


def test_wide_but_shallow_json_is_accepted():
    wide = canonical_json({"a": [{"b": [1]} for _ in range(100)]})
    assert len(parse_json_object(wide, 1 << 20)["a"]) == 100
