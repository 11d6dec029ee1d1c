"""T2: what we encrypt, Debian's `age` decrypts; what `age` encrypts for our keys, we decrypt.

Byte-identical payloads in both directions, several sizes around the 64 KiB chunk, and
several recipients. The real `age` command is required: without it these tests FAIL.
"""
from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from ppt_desk.security.envelope import (
    EnvelopeError, decrypt, encrypt, new_identity, read_header, recipient_of,
)

CHUNK = 64 * 1024
SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * 1024 * 1024 + 123]


@pytest.fixture(scope="module")
def age() -> str:
    path = shutil.which("age")
    if path is None:
        pytest.fail("the `age` command is missing: T2 interop cannot run. "
                    "Install the Debian package age (apt-get install age); .ci/run does.",
                    pytrace=False)
    return path


def _keyfile(folder: Path, identity: str, name: str = "key.txt") -> Path:
    path = folder / name
    path.write_text(identity + "\n", encoding="ascii")
    path.chmod(0o600)
    return path


def _plaintext(size: int) -> bytes:
    return os.urandom(size)


def _ours_encrypt(data: bytes, recipients: list[str]) -> bytes:
    out = io.BytesIO()
    encrypt(io.BytesIO(data), out, recipients)
    return out.getvalue()


def _ours_decrypt(data: bytes, identities: list[str]) -> bytes:
    out = io.BytesIO()
    decrypt(io.BytesIO(data), out, identities)
    return out.getvalue()


def _run(cmd: list[str], data: bytes) -> bytes:
    done = subprocess.run(cmd, input=data, capture_output=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return done.stdout


@pytest.mark.parametrize("size", SIZES)
def test_age_decrypts_what_we_write(age, tmp_path, size):
    identity = new_identity()
    plain = _plaintext(size)
    sealed = _ours_encrypt(plain, [recipient_of(identity)])
    assert _run([age, "-d", "-i", str(_keyfile(tmp_path, identity))], sealed) == plain


@pytest.mark.parametrize("size", SIZES)
def test_we_decrypt_what_age_writes(age, size):
    identity = new_identity()
    plain = _plaintext(size)
    sealed = _run([age, "-r", recipient_of(identity)], plain)
    read_header(io.BytesIO(sealed))  # age's header passes our strict parser
    assert _ours_decrypt(sealed, [identity]) == plain


def test_we_decrypt_age_with_a_recipients_file(age, tmp_path):
    identities = [new_identity() for _ in range(3)]
    recipients = tmp_path / "recipients.txt"
    recipients.write_text("# province keys\n" + "".join(recipient_of(i) + "\n" for i in identities),
                          encoding="ascii")
    plain = _plaintext(CHUNK + 7)
    sealed = _run([age, "-R", str(recipients)], plain)
    assert len(read_header(io.BytesIO(sealed)).stanzas) == 3
    for identity in identities:
        assert _ours_decrypt(sealed, [identity]) == plain


def test_several_recipients_both_ways(age, tmp_path):
    identities = [new_identity() for _ in range(3)]
    recipients = [recipient_of(i) for i in identities]
    plain = _plaintext(2 * CHUNK + 5)
    ours = _ours_encrypt(plain, recipients)
    for n, identity in enumerate(identities):
        key = _keyfile(tmp_path, identity, f"key{n}.txt")
        assert _run([age, "-d", "-i", str(key)], ours) == plain
    theirs = _run([age, *[arg for r in recipients for arg in ("-r", r)]], plain)
    for identity in identities:
        assert _ours_decrypt(theirs, [identity]) == plain
    stranger = new_identity()
    with pytest.raises(EnvelopeError) as info:
        _ours_decrypt(theirs, [stranger])
    assert info.value.code == "no_match"
    refused = subprocess.run([age, "-d", "-i", str(_keyfile(tmp_path, stranger, "x.txt"))],
                             input=ours, capture_output=True, timeout=60, check=False)
    assert refused.returncode != 0


def test_keys_made_by_age_keygen_work_with_ours(age, tmp_path):
    keygen = shutil.which("age-keygen")
    assert keygen, "age-keygen is part of the Debian package age"
    key = tmp_path / "generated.txt"
    subprocess.run([keygen, "-o", str(key)], check=True, capture_output=True, timeout=60)
    lines = key.read_text(encoding="ascii").splitlines()
    identity = next(line for line in lines if line.startswith("AGE-SECRET-KEY-1"))
    public = next(line.split(": ", 1)[1] for line in lines if line.startswith("# public key: "))
    assert recipient_of(identity) == public
    plain = _plaintext(1000)
    assert _run([age, "-d", "-i", str(key)], _ours_encrypt(plain, [public])) == plain


def test_a_file_we_refuse_age_refuses_too(age, tmp_path):
    identity = new_identity()
    sealed = bytearray(_ours_encrypt(_plaintext(3 * CHUNK), [recipient_of(identity)]))
    sealed[-CHUNK] ^= 1  # inside the second chunk
    with pytest.raises(EnvelopeError) as info:
        _ours_decrypt(bytes(sealed), [identity])
    assert info.value.code == "payload"
    done = subprocess.run([age, "-d", "-i", str(_keyfile(tmp_path, identity))],
                          input=bytes(sealed), capture_output=True, timeout=60, check=False)
    assert done.returncode != 0


def test_armored_age_output_is_not_our_envelope(age):
    identity = new_identity()
    armored = _run([age, "-a", "-r", recipient_of(identity)], b"hello")
    with pytest.raises(EnvelopeError) as info:
        _ours_decrypt(armored, [identity])
    assert info.value.code == "header"
