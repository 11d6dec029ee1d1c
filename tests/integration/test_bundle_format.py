"""Bundle format v1 (docs/formats/bundle-v1.md): round trip, and every reason the reader
refuses a bundle for, each by its own test (real pyrage; T4's reader half)."""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import tracemalloc
from pathlib import Path

import pytest
from bundle_helpers import (
    CHECKPOINT, Party, attachments, encrypt, events, join, lookup, manifest_for, plaintext,
    reason, resign, split, verify, write,
)

from ppt_desk.domain.sync.errors import BundleRejected
from ppt_desk.domain.sync.manifest import canonical_json
from ppt_desk.sync.reader import iter_attachments, iter_events, peek_manifest, verify_bundle
from ppt_desk.sync.records import (
    ATTACHMENT, CHECKPOINT as CHECKPOINT_RECORD, EVENT, MANIFEST, PADDING, SEAL, SIGNATURE,
    Limits,
)
from ppt_desk.sync.writer import new_bundle_name, write_bundle

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(scope="module")
def parties():
    return Party(), Party(), Party()       # sender (a PPT), receiver (province), outsider


@pytest.fixture
def bundle(tmp_path, parties) -> Path:
    sender, receiver, _ = parties
    path = tmp_path / "b.ppt-bundle"
    write(path, sender, [receiver], events(3), attachments(10, 100_000))
    return path


def rewrite(path: Path, records, *to: Party) -> None:
    path.write_bytes(encrypt(join(records), *to))


# -- round trip --------------------------------------------------------------------------

def test_round_trip(tmp_path, parties):
    sender, receiver, _ = parties
    path = tmp_path / "b.ppt-bundle"
    evs, atts = events(5), attachments(1, 70_000, 200_000)
    written = write(path, sender, [receiver], evs, atts)
    verified = verify(path, receiver, sender)
    assert verified.bundle_hash == written.bundle_hash
    assert verified.header_sha256 == written.header_sha256
    assert verified.checkpoint == CHECKPOINT and verified.size == written.size
    assert verified.counts == written.counts == {"manifest": 1, "events": 5, "attachments": 3,
                                                 "checkpoint": 1, "padding": 0}
    assert list(iter_events(verified, [receiver.identity])) == evs
    assert list(iter_attachments(verified, [receiver.identity])) == atts
    assert hashlib.sha256(plaintext(path, receiver)).hexdigest() == written.bundle_hash


def test_events_come_with_the_hash_of_their_canonical_bytes(tmp_path, parties):
    from ppt_desk.domain.sync import merge

    sender, receiver, _ = parties
    path = tmp_path / "b.ppt-bundle"
    evs = [{"event_id": f"e{i}", "device_id": "d", "device_seq": i, "hlc": "h",
            "entity": "person", "entity_id": f"p{i}", "case_id": None, "op": "create",
            "base_version": 0, "patch": {"full_name": "Maria Ndolu ü", "aliases": ["b", "a"]},
            "author_id": None, "created_at": "2026-12-03T01:02:03"} for i in (1, 2)]
    write(path, sender, [receiver], evs)
    got = list(iter_events(verify(path, receiver, sender), [receiver.identity]))
    assert got == evs
    for event in got:
        assert event.sha256 == hashlib.sha256(canonical_json(dict(event))).hexdigest()
        assert merge.event_hash(event) == merge.event_hash(dict(event))


def test_a_small_bundle_is_padded_and_still_verifies(tmp_path, parties):
    sender, receiver, _ = parties
    path = tmp_path / "b.ppt-bundle"
    written = write(path, sender, [receiver], [], checkpoint=None,
                    manifest=manifest_for(sender, [receiver], device_seq=(0, 0)))
    assert written.counts["padding"] == 1 and written.size > 64 * 1024
    kinds = [kind for kind, _ in split(plaintext(path, receiver))]
    assert kinds == [MANIFEST, PADDING, SEAL, SIGNATURE]
    assert list(iter_events(verify(path, receiver, sender), [receiver.identity])) == []


def test_records_come_in_the_documented_order(bundle, parties):
    records = split(plaintext(bundle, parties[1]))
    assert [k for k, _ in records] == [MANIFEST, EVENT, EVENT, EVENT, ATTACHMENT, ATTACHMENT,
                                       CHECKPOINT_RECORD, SEAL, SIGNATURE]
    seal = json.loads(records[-2][1])
    assert seal["sections"]["events"]["count"] == 3 and len(seal["age_header_sha256"]) == 64


def test_every_recipient_can_open_it_and_the_age_command_too(tmp_path, parties):
    sender, receiver, outsider = parties
    path = tmp_path / "b.ppt-bundle"
    written = write(path, sender, [receiver, outsider])
    for party in (receiver, outsider):
        assert verify(path, party, sender).bundle_hash == written.bundle_hash
    (tmp_path / "id").write_text(receiver.identity + "\n")
    out = subprocess.run(["age", "-d", "-i", str(tmp_path / "id"), str(path)],
                         capture_output=True, check=True).stdout
    assert hashlib.sha256(out).hexdigest() == written.bundle_hash


def test_file_names_say_nothing():
    names = {new_bundle_name() for _ in range(200)}
    assert len(names) == 200
    assert all(re.fullmatch(r"[a-z2-7]{26}\.ppt-bundle", n) for n in names)


# -- the writer refuses to write what it should not ----------------------------------------

def test_writer_refuses_inconsistent_input(tmp_path, parties):
    sender, receiver, outsider = parties
    dest = tmp_path / "w"
    big = bytes((64 << 20) + 1)
    cases = [
        dict(manifest=manifest_for(sender, [outsider])),        # recipients differ
        dict(manifest=manifest_for(outsider, [receiver])),      # not the signer's key id
        dict(atts=list(reversed(attachments(5, 6)))),           # not ascending
        dict(atts=[("00" * 32, b"x")]),                         # bytes do not match the name
        dict(evs=[["not", "a", "dict"]]),
        dict(evs=[{"note": "x" * (4 << 20)}]),                  # over the record limit
        dict(atts=[(hashlib.sha256(big).hexdigest(), big)]),    # over the attachment limit
    ]
    for case in cases:
        with pytest.raises((ValueError, TypeError)):
            write(dest, sender, [receiver], **case)


def test_progress_reports_and_a_cancel_stops_the_writer(tmp_path, parties):
    sender, receiver, _ = parties
    seen: list[int] = []
    with open(tmp_path / "b", "wb") as dest:
        write_bundle(dest, manifest_for(sender, [receiver]), events(200), [], None,
                     sender.signing_key, [receiver.recipient], progress=seen.append)
    assert seen == [64, 128, 192, 200]

    class Cancelled(Exception):
        pass

    def cancel(done: int) -> None:
        raise Cancelled()

    pulled = []
    lazy = (pulled.append(e) or e for e in events(10_000))
    with open(tmp_path / "c", "wb") as dest, pytest.raises(Cancelled):
        write_bundle(dest, manifest_for(sender, [receiver]), lazy, [], None,
                     sender.signing_key, [receiver.recipient], progress=cancel)
    assert len(pulled) == 64
    assert reason(tmp_path / "c", receiver, sender) != "accepted"


def test_writer_memory_does_not_grow_with_the_events(tmp_path, parties):
    sender, receiver, _ = parties

    def peak(n: int) -> int:
        tracemalloc.start()
        with open(tmp_path / f"m{n}", "wb") as dest:
            write_bundle(dest, manifest_for(sender, [receiver]), iter_events_of(n), [], None,
                         sender.signing_key, [receiver.recipient])
        size = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return size

    def iter_events_of(n: int):
        return ({"device_seq": i, "patch": {"note": "x" * 1000}} for i in range(n))

    small, large = peak(1_000), peak(10_000)
    assert large < small + 256 * 1024, (small, large)
    assert large < 4 * 1024 * 1024


# -- every reason, in the order the reader checks -----------------------------------------

def test_too_large_file(bundle, parties):
    _, receiver, _ = parties
    assert reason(bundle, receiver, parties[0],
                  limits=Limits(max_file_bytes=bundle.stat().st_size - 1)) == "too_large"
    assert reason(bundle, receiver, parties[0],
                  limits=Limits(max_file_bytes=bundle.stat().st_size)) == "accepted"


@pytest.mark.parametrize(("limit", "value"), [
    ("max_plaintext_bytes", 50_000), ("max_record_bytes", 100), ("max_events", 2),
    ("max_attachments", 1), ("max_attachment_bytes", 99_999)])
def test_too_large_inside(bundle, parties, limit, value):
    limits = Limits(**{limit: value})
    assert reason(bundle, parties[1], parties[0], limits=limits) == "too_large"


def test_not_age(tmp_path, parties):
    path = tmp_path / "x.ppt-bundle"
    for data in (b"", b"PK\x03\x04 a zip", b"-----BEGIN AGE ENCRYPTED FILE-----\n"):
        path.write_bytes(data)
        assert reason(path, parties[1], parties[0]) == "not_age"


def test_header(bundle, parties):
    data = bundle.read_bytes()
    bundle.write_bytes(data.replace(b"age-encryption.org/v1\n", b"age-encryption.org/v2\n", 1))
    assert reason(bundle, parties[1], parties[0]) == "header"


def test_hmac(bundle, parties):
    data = bundle.read_bytes()
    at = data.index(b"\n--- ") + 5
    swapped = b"B" if data[at:at + 1] != b"B" else b"C"
    bundle.write_bytes(data[:at] + swapped + data[at + 1:])
    assert reason(bundle, parties[1], parties[0]) == "hmac"


def test_payload(bundle, parties):
    data = bytearray(bundle.read_bytes())
    data[-100] ^= 0x01
    bundle.write_bytes(bytes(data))
    assert reason(bundle, parties[1], parties[0]) == "payload"


def test_no_match(bundle, parties):
    sender, _, outsider = parties
    assert reason(bundle, outsider, sender) == "no_match"


def test_truncated(bundle, parties):
    sender, receiver, _ = parties
    records = split(plaintext(bundle, receiver))
    rewrite(bundle, records[:-1], receiver)
    assert reason(bundle, receiver, sender) == "truncated"
    rewrite(bundle, records, receiver)   # the same records in one piece are no longer cut
    assert reason(bundle, receiver, sender) == "seal_mismatch"
    bundle.write_bytes(encrypt(join(records)[:-1], receiver))
    assert reason(bundle, receiver, sender) == "truncated"


def test_malformed(bundle, parties):
    sender, receiver, _ = parties
    records = split(plaintext(bundle, receiver))
    swapped = records[:1] + [records[4]] + records[1:4] + records[5:]
    rewrite(bundle, resign(swapped, sender.signing_key), receiver)
    assert reason(bundle, receiver, sender) == "malformed"


MALFORMED_RECORDS = {
    "data after the signature": lambda r: r + [(EVENT, b"{}")],
    "unknown type": lambda r: r + [(8, b"")],
    "no manifest": lambda r: r[1:],
    "manifest not first": lambda r: r[1:2] + r[:1] + r[2:],
    "two manifests": lambda r: r[:1] + r[:1] + r[1:],
    "two checkpoints": lambda r: r[:-2] + [r[-3]] + r[-2:],
    "event not JSON": lambda r: r[:1] + [(EVENT, b"{nope")] + r[1:],
    "event not canonical": lambda r: r[:1] + [(EVENT, b'{"a": 1}')] + r[1:],
    "event not an object": lambda r: r[:1] + [(EVENT, b"[1]")] + r[1:],
    "attachment without name": lambda r: r[:4] + [(ATTACHMENT, b"short")] + r[4:],
    "attachment bytes changed": lambda r: r[:4] + [(ATTACHMENT, r[4][1][:-1] + b"?")] + r[5:],
    "attachments repeated": lambda r: r[:5] + [r[4]] + r[5:],
    "checkpoint not JSON": lambda r: r[:-3] + [(CHECKPOINT_RECORD, b"x")] + r[-2:],
    "padding not zero": lambda r: r[:-2] + [(PADDING, b"\0\1")] + r[-2:],
    "padding too long": lambda r: r[:-2] + [(PADDING, bytes(70_000))] + r[-2:],
    "seal not JSON": lambda r: r[:-2] + [(SEAL, b"{")] + r[-1:],
    "seal of another shape": lambda r: r[:-2] + [(SEAL, b'{"sections":{}}')] + r[-1:],
    "seal too long": lambda r: r[:-2] + [(SEAL, b" " * 5000)] + r[-1:],
    "signature too short": lambda r: r[:-1] + [(SIGNATURE, r[-1][1][:63])],
}


@pytest.mark.parametrize("case", sorted(MALFORMED_RECORDS))
def test_malformed_record_rules(bundle, parties, case):
    sender, receiver, _ = parties
    records = MALFORMED_RECORDS[case](split(plaintext(bundle, receiver)))
    rewrite(bundle, records, receiver)
    assert reason(bundle, receiver, sender) == "malformed"


@pytest.mark.parametrize(("kind", "detail"), [(SEAL, "seal too long"),
                                              (PADDING, "padding too long")])
def test_long_fixed_records_are_refused_by_their_declared_length(bundle, parties, kind,
                                                                 detail):
    """Refused from the record head, before their bytes are gathered."""
    sender, receiver, _ = parties
    records = split(plaintext(bundle, receiver))
    rewrite(bundle, records[:-2] + [(kind, b"0" * 100_000)] + records[-2:], receiver)
    with pytest.raises(BundleRejected) as refused:
        verify(bundle, receiver, sender)
    assert (refused.value.code, refused.value.detail) == ("malformed", detail)


def seal_with(records, change) -> list:
    seal = json.loads(records[-2][1])
    change(seal)
    return records[:-2] + [(SEAL, canonical_json(seal))] + records[-1:]


@pytest.mark.parametrize("change", [
    lambda s: s.update(extra=1), lambda s: s["sections"].pop("padding"),
    lambda s: s["sections"]["events"].update(count=-1),
    lambda s: s["sections"]["events"].update(sha256="AB" * 32),
    lambda s: s.update(age_header_sha256="x")])
def test_seal_shape(bundle, parties, change):
    sender, receiver, _ = parties
    rewrite(bundle, seal_with(split(plaintext(bundle, receiver)), change), receiver)
    assert reason(bundle, receiver, sender) == "malformed"


def manifest_with(records, change) -> list:
    manifest = json.loads(records[0][1])
    change(manifest)
    return [(MANIFEST, canonical_json(manifest))] + records[1:]


def test_version_unsupported(bundle, parties):
    sender, receiver, _ = parties
    records = manifest_with(split(plaintext(bundle, receiver)), lambda m: m.update(version=2))
    rewrite(bundle, resign(records, sender.signing_key), receiver)
    assert reason(bundle, receiver, sender) == "version_unsupported"


def test_wrong_format(bundle, parties):
    sender, receiver, _ = parties
    records = manifest_with(split(plaintext(bundle, receiver)),
                            lambda m: m.update(format="ppt-desk-device-card"))
    rewrite(bundle, resign(records, sender.signing_key), receiver)
    assert reason(bundle, receiver, sender) == "wrong_format"
    records = manifest_with(split(plaintext(bundle, receiver)), lambda m: m.update(version=0))
    rewrite(bundle, resign(records, sender.signing_key), receiver)
    assert reason(bundle, receiver, sender) == "wrong_format"


def test_bad_signature(bundle, parties):
    sender, receiver, outsider = parties
    records = split(plaintext(bundle, receiver))
    flipped = bytes([records[-1][1][0] ^ 1]) + records[-1][1][1:]
    rewrite(bundle, records[:-1] + [(SIGNATURE, flipped)], receiver)
    assert reason(bundle, receiver, sender) == "bad_signature"
    changed = records[:1] + [(EVENT, b'{"device_seq":1}')] + records[2:]
    rewrite(bundle, changed, receiver)                          # content changed, not re-signed
    assert reason(bundle, receiver, sender) == "bad_signature"
    rewrite(bundle, resign(changed, outsider.signing_key), receiver)   # signed by another key
    assert reason(bundle, receiver, sender) == "bad_signature"


def test_unknown_sender(bundle, parties):
    sender, receiver, outsider = parties
    assert reason(bundle, receiver, outsider) == "unknown_sender"
    twin = Party(device_id=sender.device_id)      # same device id, another key enrolled

    def wrong_key(device_id: str, key_id: str) -> bytes:
        return twin.public
    with pytest.raises(BundleRejected) as refused:
        verify_bundle(bundle, [receiver.identity], {receiver.key_id}, wrong_key)
    assert refused.value.code == "unknown_sender"


def test_revoked_sender(bundle, parties):
    sender, receiver, _ = parties
    with pytest.raises(BundleRejected) as refused:
        verify_bundle(bundle, [receiver.identity], {receiver.key_id},
                      lookup(sender, revoked=(sender,)))
    assert refused.value.code == "revoked_sender"


def test_wrong_recipient(bundle, parties):
    """A recipient decrypts and re-encrypts the untouched plaintext to someone else
    (forwarding): the outsider can decrypt, but the manifest does not name its key."""
    sender, receiver, outsider = parties
    bundle.write_bytes(encrypt(plaintext(bundle, receiver), outsider))
    assert reason(bundle, outsider, sender) == "wrong_recipient"


def test_seal_mismatch(bundle, parties):
    sender, receiver, _ = parties
    records = split(plaintext(bundle, receiver))
    rewrite(bundle, records, receiver)       # re-encrypted unchanged: another age header
    assert reason(bundle, receiver, sender) == "seal_mismatch"
    original = bundle.read_bytes()
    header = original[:original.index(b"\n--- ")]
    seal = json.loads(records[-2][1])["age_header_sha256"]
    assert hashlib.sha256(header).hexdigest() != seal
    for change in (lambda s: s["sections"]["events"].update(count=4),
                   lambda s: s["sections"]["attachments"].update(sha256="00" * 32)):
        changed = resign(seal_with(records, change), sender.signing_key)  # a buggy sender
        rewrite(bundle, changed, receiver)
        assert reason(bundle, receiver, sender) == "seal_mismatch"


def test_changed_during_import(tmp_path, bundle, parties):
    sender, receiver, _ = parties
    verified = verify(bundle, receiver, sender)
    other = tmp_path / "other.ppt-bundle"
    write(other, sender, [receiver], events(3), attachments(10, 100_000))
    bundle.write_bytes(other.read_bytes())       # a valid bundle, but not the one verified
    for second_pass in (iter_events, iter_attachments):
        with pytest.raises(BundleRejected) as refused:
            list(second_pass(verified, [receiver.identity]))
        assert refused.value.code == "changed_during_import"
    verified_other = verify(other, receiver, sender)
    other.write_bytes(encrypt(plaintext(other, receiver), receiver))  # same records, new header
    with pytest.raises(BundleRejected) as refused:
        list(iter_events(verified_other, [receiver.identity]))
    assert refused.value.code == "changed_during_import"
    bundle.write_bytes(b"")                      # pulled, overwritten, gone
    with pytest.raises(BundleRejected) as refused:
        list(iter_events(verified, [receiver.identity]))
    assert refused.value.code == "changed_during_import"


def test_envelope_verdict_comes_before_the_records(tmp_path, parties):
    """A bundle whose records are malformed and whose last chunk is broken: payload."""
    sender, receiver, _ = parties
    path = tmp_path / "b.ppt-bundle"
    write(path, sender, [receiver], events(3), attachments(200_000))
    records = split(plaintext(path, receiver))
    data = bytearray(encrypt(join([(EVENT, b"{}")] + records), receiver))
    data[-10] ^= 1
    path.write_bytes(bytes(data))
    assert reason(path, receiver, sender) == "payload"


def test_an_abandoned_second_pass_ends_its_thread(tmp_path, parties):
    import threading
    sender, receiver, _ = parties
    path = tmp_path / "b.ppt-bundle"
    write(path, sender, [receiver], events(5000))   # many more than the queue holds
    verified = verify(path, receiver, sender)
    before = threading.active_count()
    for _ in range(3):
        stream = iter_events(verified, [receiver.identity])
        next(stream)
        stream.close()
    assert threading.active_count() == before



def test_peek_reads_the_manifest_from_the_first_chunk_only(tmp_path, parties):
    """``peek_manifest`` decrypts only as far as the manifest (to order a stick's files): a
    bundle cut after its first chunks still tells its sender and number, which full
    verification refuses; a file for someone else tells nothing."""
    sender, receiver, outsider = parties
    path = tmp_path / "b.ppt-bundle"
    write(path, sender, [receiver], events(400), attachments(3, 200_000))
    manifest = verify(path, receiver, sender).manifest
    assert peek_manifest(path, [receiver.identity]) == manifest
    cut = tmp_path / "cut.ppt-bundle"
    cut.write_bytes(path.read_bytes()[:100_000])
    assert reason(cut, receiver, sender) == "payload"
    assert peek_manifest(cut, [receiver.identity]) == manifest
    with pytest.raises(BundleRejected) as info:
        peek_manifest(path, [outsider.identity])
    assert info.value.code == "no_match"
