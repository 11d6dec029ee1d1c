"""T3: mutated bundles are never accepted, never crash the reader and never hang it.

From a few valid bundles (events, attachments and a checkpoint; a small one of two STREAM
chunks and a large one of four), this makes well over 10,000 mutated files: truncation at
every offset of the small bundle, truncation around every chunk boundary of the large one,
single-bit flips across header, nonce, chunk boundaries, tags and bodies, STREAM chunks
reordered, duplicated and dropped, header edits (version line, stanza types and arguments,
MAC line), and plaintext edits re-encrypted to the receiver, either not re-signed or re-signed
with a key that is not the sender's. Every one must end in BundleRejected: no other
exception, never a return (verify_bundle returns only for a fully valid bundle).
"""
from __future__ import annotations

import io
import itertools
import os
import random
from collections import Counter
from pathlib import Path

import pytest
from bundle_helpers import (
    Party, attachments, encrypt, events, join, lookup, plaintext, resign, split, write,
)

from ppt_desk.domain.sync.errors import BundleRejected
from ppt_desk.security.envelope import read_header
from ppt_desk.sync.reader import verify_bundle

pytestmark = pytest.mark.timeout(120)

CHUNK = 64 * 1024 + 16          # a full STREAM chunk: 64 KiB of plaintext and its tag
NONCE = 16
SHARDS = 4                      # the every-offset truncation sweep, split for xdist


class Bench:
    """The parties, the base bundles and a counter of verdicts."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.sender, self.receiver, self.stranger = Party(), Party(), Party()
        both = [self.receiver, self.stranger]
        self.small = self._bundle("small", both, events(3), attachments(10))
        self.large = self._bundle("large", both, events(40, size=300),
                                  attachments(70_000, 80_000, 60_000, seed=2))
        # The every-offset sweep runs ~66,000 verifications: one recipient stanza, not two,
        # saves a sixth of its time.
        self.single = self._bundle("single", [self.receiver], events(3), attachments(10))
        self.plain = {name: plaintext(folder / f"{name}.ppt-bundle", self.receiver)
                      for name in ("small", "large")}
        self.target = folder / "mutant.ppt-bundle"
        self.target.write_bytes(b"")
        self.sender_key = lookup(self.sender)
        self.identities = [self.receiver.identity]
        self.own = {self.receiver.key_id}
        self.verdicts: Counter[str] = Counter()

    def _bundle(self, name: str, recipients: list[Party], evs, atts) -> bytes:
        path = self.folder / f"{name}.ppt-bundle"
        write(path, self.sender, recipients, evs, atts)
        return path.read_bytes()

    def verdict(self) -> str:
        try:
            verify_bundle(self.target, self.identities, self.own, self.sender_key)
        except BundleRejected as refused:
            code = refused.code
        else:
            code = "ACCEPTED"
        self.verdicts[code] += 1
        return code

    def check(self, data: bytes) -> str:
        """Put ``data`` in the mutant file (no O_TRUNC rewrite: it is slow on some disks)."""
        fd = os.open(self.target, os.O_WRONLY)
        try:
            os.pwrite(fd, data, 0)
            os.ftruncate(fd, len(data))
        finally:
            os.close(fd)
        return self.verdict()


@pytest.fixture(scope="module")
def bench(tmp_path_factory) -> Bench:
    return Bench(tmp_path_factory.mktemp("fuzz"))


def header_end(data: bytes) -> int:
    return data.index(b"\n", data.index(b"\n--- ") + 1) + 1


def chunks(data: bytes) -> tuple[bytes, list[bytes]]:
    start = header_end(data) + NONCE
    return data[:start], [data[i:i + CHUNK] for i in range(start, len(data), CHUNK)]


def assert_all_refused(bench: Bench, minimum: int) -> None:
    total = sum(bench.verdicts.values())
    assert bench.verdicts["ACCEPTED"] == 0, bench.verdicts
    assert total >= minimum, bench.verdicts


# -- the base bundles are valid, and their shape is what the mutations assume ---------------

def test_base_bundles_verify(bench):
    for name, data in (("small", bench.small), ("large", bench.large),
                       ("single", bench.single)):
        assert bench.check(data) == "ACCEPTED", name
        bench.verdicts.clear()
    assert len(chunks(bench.small)[1]) == 2 and len(chunks(bench.large)[1]) == 4
    assert len(read_header(io.BytesIO(bench.small)).stanzas) == 3   # 2 recipients + grease


# -- truncation --------------------------------------------------------------------------

@pytest.mark.parametrize("shard", range(SHARDS))
def test_truncation_at_every_offset(bench, tmp_path, shard):
    """Every prefix of a small bundle, shortest last (os.truncate in place)."""
    data = bench.single
    end = header_end(data)
    path = tmp_path / "cut.ppt-bundle"
    path.write_bytes(data)
    bench.target, bench.verdicts = path, Counter()
    offsets = range(len(data) - 1 - shard, -1, -SHARDS)
    assert len(offsets) * SHARDS >= 10_000      # T3: at least 10,000 from this sweep alone
    for offset in offsets:
        os.truncate(path, offset)
        code = bench.verdict()
        expected = ("not_age" if offset < len(b"age-encryption.org/") else
                    "header" if offset < end + NONCE else "payload")
        assert code == expected, (offset, code)
    assert_all_refused(bench, len(offsets))


def test_truncation_around_every_chunk_boundary(bench):
    head, parts = chunks(bench.large)
    bench.verdicts = Counter()
    boundaries = list(itertools.accumulate([len(head)] + [len(p) for p in parts]))
    for boundary in boundaries[:-1]:
        for offset in range(max(0, boundary - 20), min(len(bench.large), boundary + 21)):
            expected = "header" if offset < len(head) else "payload"   # nonce cut short
            assert bench.check(bench.large[:offset]) == expected, offset
    for offset in range(0, len(bench.large), 499):
        bench.check(bench.large[:offset])
    assert_all_refused(bench, 600)


# -- bit flips ---------------------------------------------------------------------------

def flip_offsets(data: bytes, rng: random.Random) -> list[int]:
    head, parts = chunks(data)
    offsets = set(range(len(head)))                   # every byte of header and nonce
    at = len(head)
    for part in parts:                                # chunk starts, ends (tags), middles
        offsets.update(range(at, at + 32))
        offsets.update(range(at + len(part) - 32, at + len(part)))
        offsets.update(rng.sample(range(at, at + len(part)), min(len(part), 100)))
        at += len(part)
    return sorted(o for o in offsets if o < len(data))


@pytest.mark.parametrize("name", ["small", "large"])
def test_single_bit_flips(bench, name):
    data = bench.small if name == "small" else bench.large
    rng = random.Random(f"flips-{name}")
    bench.verdicts = Counter()
    for offset in flip_offsets(data, rng):
        mutant = bytearray(data)
        mutant[offset] ^= 1 << rng.randrange(8)
        bench.check(bytes(mutant))
    assert_all_refused(bench, 500)
    assert set(bench.verdicts) <= {"not_age", "header", "hmac", "payload", "no_match",
                                   "too_large"}, bench.verdicts


# -- STREAM chunks reordered, duplicated, dropped -------------------------------------------

def test_chunk_reorder_duplicate_drop(bench):
    head, parts = chunks(bench.large)
    bench.verdicts = Counter()
    order = list(range(len(parts)))
    mutants = []
    for perm in itertools.permutations(order):
        if list(perm) != order:
            mutants.append(list(perm))                                  # reorder
    for i in order:
        mutants.append(order[:i] + order[i + 1:])                       # drop one
        for at in range(len(parts) + 1):
            mutants.append(order[:at] + [i] + order[at:])               # duplicate one
    for a, b in itertools.combinations(order, 2):
        mutants.append([i for i in order if i not in (a, b)])           # drop two
    for mutant in mutants:
        assert bench.check(head + b"".join(parts[i] for i in mutant)) == "payload", mutant
    other_head, other_parts = chunks(bench.small)   # a chunk from another file, same keys?
    assert bench.check(head + parts[0] + other_parts[1]) == "payload"
    assert bench.check(bench.large + b"\0") == "payload"           # trailing bytes
    assert bench.check(bench.large + parts[-1]) == "payload"
    assert_all_refused(bench, 50)


# -- header edits --------------------------------------------------------------------------

def header_edits(data: bytes) -> list[bytes]:
    end = header_end(data)
    header, rest = data[:end], data[end:]
    lines = header.split(b"\n")[:-1]
    mac = lines[-1]
    out = [
        header.replace(b"age-encryption.org/v1", b"age-encryption.org/v2", 1) + rest,
        header.replace(b"age-encryption.org/v1", b"age-encryption.org/v1 ", 1) + rest,
        header.replace(b"age-encryption.org/v1\n", b"age-encryption.org/v1\r\n", 1) + rest,
        header.replace(b"\n", b"\r\n") + rest,
        b"\n".join(lines[:-1]) + b"\n" + rest,                              # no MAC line
        b"\n".join(lines[:-1] + [mac + b"A"]) + b"\n" + rest,               # MAC too long
        b"\n".join(lines[:-1] + [mac[:-1]]) + b"\n" + rest,                 # MAC too short
        b"\n".join(lines[:-1] + [b"---" + mac[4:]]) + b"\n" + rest,         # no space
        b"\n".join(lines[:-1] + [mac + b"=="]) + b"\n" + rest,              # padded base64
        b"\n".join(lines[:-1] + [b"--- " + b"A" * 43]) + b"\n" + rest,
        header + rest[:NONCE],                                              # no payload
        header + b"\n" + rest,                                              # blank line
        header[:-1] + b" \n" + rest,
    ]
    stanza_starts = [i for i, line in enumerate(lines) if line.startswith(b"-> ")]
    for i in stanza_starts:
        words = lines[i].split(b" ")
        for edit in (
            words[:1] + [b"x25519"] + words[2:],                   # type case
            words[:1] + [b"scrypt"] + words[2:],                    # scrypt beside others
            words + [b"extra"],                                     # one argument more
            words[:2],                                              # arguments dropped
            words[:2] + [w[:-1] for w in words[2:]],                # share one char short
            words[:2] + [w[:-1] + (b"B" if w[-1:] != b"B" else b"C") for w in words[2:]],
            words[:2] + [b"A" * 43],                                # a low-order share
            [b"->"] + words[1:] + [b""],                            # empty argument
            [b"->", b"X25519\x00"] + words[2:],
        ):
            if edit != words:  # the grease stanza may have no arguments to edit
                changed = lines[:i] + [b" ".join(edit)] + lines[i + 1:]
                out.append(b"\n".join(changed) + b"\n" + rest)
        without = lines[:i] + lines[i + 2:]                          # stanza dropped
        out.append(b"\n".join(without) + b"\n" + rest)
        body = lines[i + 1]
        for j in range(0, len(body), 7):                             # body characters
            changed_body = body[:j] + (b"A" if body[j:j + 1] != b"A" else b"B") + body[j + 1:]
            out.append(b"\n".join(lines[:i + 1] + [changed_body] + lines[i + 2:]) + b"\n"
                       + rest)
    first, second = stanza_starts[0], stanza_starts[1]               # stanzas swapped
    swapped = (lines[:first] + lines[second:second + 2] + lines[first + 2:second]
               + lines[first:first + 2] + lines[second + 2:])
    out.append(b"\n".join(swapped) + b"\n" + rest)
    out.append(b"\n".join(lines[:first] + lines[first:first + 2] * 2 + lines[first + 2:])
               + b"\n" + rest)                                       # stanza duplicated
    many = lines[:first] + lines[first:first + 2] * 30 + lines[first + 2:]
    out.append(b"\n".join(many) + b"\n" + rest)                      # too many stanzas
    out.append(data[:end] + os.urandom(NONCE) + data[end + NONCE:])  # another nonce
    return out


def test_header_edits(bench):
    bench.verdicts = Counter()
    for data in (bench.small, bench.large):
        for mutant in header_edits(data):
            assert mutant != data
            bench.check(mutant)
    assert_all_refused(bench, 120)
    assert bench.verdicts["hmac"] and bench.verdicts["header"], bench.verdicts


# -- plaintext edits, re-encrypted: not re-signed, or re-signed with a wrong key -----------

def plaintext_mutants(plain: bytes, rng: random.Random, flips: int) -> list[bytes]:
    records = split(plain)
    bounds = list(itertools.accumulate(5 + len(body) for _, body in records))
    out = []
    for offset in sorted(set(rng.sample(range(len(plain)), flips)) | set(
            range(0, len(plain), max(1, len(plain) // (flips // 2))))):
        mutant = bytearray(plain)
        mutant[offset] ^= 1 << rng.randrange(8)
        out.append(bytes(mutant))                                    # a bit flipped
    for cut in bounds[:-1] + rng.sample(range(1, len(plain)), flips // 8):
        out.append(plain[:cut])                                      # cut short
    n = len(records)
    for i in range(n):
        out.append(join(records[:i] + records[i + 1:]))              # a record dropped
        out.append(join(records[:i + 1] + [records[i]] + records[i + 1:]))   # duplicated
        j = rng.randrange(n)
        if records[i] != records[j]:
            swapped = list(records)
            swapped[i], swapped[j] = swapped[j], swapped[i]
            out.append(join(swapped))                                # two swapped
    out.append(plain + b"\0")
    return [m for m in out if m != plain]


@pytest.mark.parametrize(("name", "flips"), [("small", 300), ("large", 100)])
def test_plaintext_edits_reencrypted(bench, name, flips):
    plain = bench.plain[name]
    rng = random.Random(f"plain-{name}")
    wrong_key = Party().signing_key
    bench.verdicts = Counter()
    for mutant in plaintext_mutants(plain, rng, flips):
        bench.check(encrypt(mutant, bench.receiver))                  # not re-signed
        records = split_lenient(mutant)
        if records is not None:
            bench.check(encrypt(join(resign(records, wrong_key)), bench.receiver))
    bench.check(encrypt(plain, bench.receiver))                       # unchanged: new header
    assert bench.verdicts["seal_mismatch"] >= 1
    assert_all_refused(bench, 400)


def split_lenient(plain: bytes):
    """Records of a mutated plaintext, or None where its framing no longer adds up."""
    try:
        records = split(plain)
    except Exception:   # noqa: BLE001 - a framing the mutation broke
        return None
    return records if join(records) == plain else None
