"""``ppt-desk card …`` and ``ppt-desk bundle …`` as an operator types them: each command a
fresh ``python -m ppt_desk`` process, the password from PPT_DESK_PASSWORD, real data folders.

A PPT and a province exchange cards (fingerprints compared), the PPT exports a bundle, the
province inspects and imports it, refuses a damaged copy, and writes a receipt the PPT imports;
the bundle log and "which cases were on that stick" follow. No command prints a victim's name,
NIK or address, not even on stderr.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from integration_helpers import make_intake
from ppt_desk.bootstrap import make_backend
from ppt_desk.domain.intake import Address
from ppt_desk.security.kdf import TEST_PARAMS
from sync_helpers import ADMIN, PASSWORD, give_secretariat_consent, new_province

SHARED = ("Yuliana Kase", "5371014107990011", "Jl. Timor Raya 12, RT 03")
HIDDEN = ("Agustina Nahak", "5371014107990012", "Dusun Oelnasi, RT 07")
SECRETS = [part for victim in (SHARED, HIDDEN) for part in (*victim, *victim[0].split())]


def ppt_desk(folder: Path, *args: str, password: str = PASSWORD) -> subprocess.CompletedProcess:
    env = {**os.environ, "PPT_DESK_PASSWORD": password}
    done = subprocess.run([sys.executable, "-m", "ppt_desk", *args, "--data-dir", str(folder),
                           "--username", ADMIN], env=env, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=120)
    for secret in SECRETS:
        assert secret not in done.stdout and secret not in done.stderr, (args, secret)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def ok(folder: Path, *args: str) -> str:
    done = ppt_desk(folder, *args)
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done.stdout


def _fingerprint(out: str) -> str:
    return re.search(r"fingerprint: ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})", out).group(1)


@pytest.fixture
def offices(data_dir, tmp_path):
    """The PPT (the template folder) with two cases, one the secretariat may see by name;
    a province; both locked, as between two command-line sessions."""
    backend = make_backend(data_dir, TEST_PARAMS)
    backend.session.unlock(ADMIN, PASSWORD)
    for (name, nik, address), consent in ((SHARED, True), (HIDDEN, False)):
        _, case_id, _ = backend.cases.register(make_intake(
            name, nik=nik, origin=Address(address, "53", "53.71")))
        if consent:
            give_secretariat_consent(backend, case_id)
    backend.session.lock()
    province = new_province(tmp_path / "province")
    province.backend.session.lock()
    return data_dir, tmp_path / "province", province.backup


def test_cards_bundle_inspect_import_receipt_log(offices, tmp_path):
    ppt, province, backup = offices
    cards, stick = tmp_path / "cards", tmp_path / "stick"
    missing = ppt_desk(province, "card", "export", "--to", str(cards / "p"))
    assert missing.returncode == 1 and "refused: file_error" in missing.stderr, missing
    for folder in (cards / "p", cards / "k", stick):
        folder.mkdir(parents=True)

    # -- enrolment: each side exports its card, the other imports it with the fingerprint
    out = ok(province, "card", "export", "--to", str(cards / "p"),
             "--backup-recipient", str(backup.to_public()))
    province_card = next((cards / "p").glob("*.ppt-card"))
    province_fp = _fingerprint(out)
    out = ok(ppt, "card", "export", "--to", str(cards / "k"))
    ppt_card = next((cards / "k").glob("*.ppt-card"))
    ppt_fp = _fingerprint(out)

    wrong = ppt_desk(ppt, "card", "import", str(province_card), "--fingerprint", ppt_fp)
    assert wrong.returncode == 1 and "refused:" in wrong.stderr, wrong
    unasked = ppt_desk(ppt, "card", "import", str(province_card))   # no terminal to ask on
    assert unasked.returncode == 1 and "--fingerprint" in unasked.stderr, unasked
    out = ok(ppt, "card", "import", str(province_card), "--fingerprint", province_fp)
    assert "enrolled:" in out and province_fp in out
    out = ok(province, "card", "import", str(ppt_card), "--fingerprint", ppt_fp.lower())
    ppt_device = re.search(r"device id: ([0-9a-f-]{36})", out).group(1)

    # -- export at the PPT
    out = ok(ppt, "bundle", "export", "--to", str(stick))
    name = re.search(r"bundle written: ([a-z2-7]{26}\.ppt-bundle)", out).group(1)
    assert "cases with identity 1, pseudonymised 1" in out
    bundle = stick / name
    assert [p.name for p in stick.iterdir()] == [name]

    # -- inspect at the province: the verified manifest, nothing applied
    out = ok(province, "bundle", "inspect", str(bundle))
    fields = dict(line.split(": ", 1) for line in out.splitlines())
    assert fields["kind"] == "events" and fields["bundle_seq"] == "1"
    assert fields["sender_device"] == ppt_device
    assert fields["sender_office"] == "P2TP2A Kota Kupang"
    assert int(fields["events"]) > 0 and fields["format_version"] == "1"
    assert len(fields["recipients"].split(", ")) == 3   # province, its backup key, the PPT
    bundle_id = fields["bundle_id"]

    # -- a damaged copy is refused with its reason; the real one imports
    damaged = tmp_path / "damaged.ppt-bundle"
    damaged.write_bytes(bundle.read_bytes()[:-100])
    refused = ppt_desk(province, "bundle", "import", str(damaged), str(tmp_path / "typo"))
    assert refused.returncode == 1, refused
    assert re.search(r"damaged\.ppt-bundle: rejected: (truncated|payload)\n", refused.stdout)
    assert "typo: not found" in refused.stdout
    not_inspected = ppt_desk(province, "bundle", "inspect", str(damaged))
    assert not_inspected.returncode == 1 and "bundle_rejected" in not_inspected.stderr
    out = ok(province, "bundle", "import", str(bundle))
    assert f"{name}: applied events" in out and f"applied={fields['events']}" in out

    # -- the receipt goes back; the PPT's events are acknowledged
    out = ok(province, "bundle", "receipt", "--device", ppt_device, "--to", str(stick))
    receipt = re.search(r"receipt written: (\S+\.ppt-bundle)", out).group(1)
    out = ok(ppt, "bundle", "import", str(stick / receipt))
    assert "applied receipt" in out and f"acknowledged={fields['events']}" in out

    # -- the log and what the bundle carried
    log = ok(ppt, "bundle", "log")
    assert re.search(rf"OUT events\s+#1\s+SENT\s.*{bundle_id}", log), log
    assert re.search(r"IN  receipt\s+#1\s+APPLIED", log), log
    log = ok(province, "bundle", "log")
    assert "QUARANTINED" in log and "APPLIED" in log
    cases = ok(ppt, "bundle", "cases", bundle_id).splitlines()
    assert sorted(line.split("\t")[1] for line in cases) == ["IDENTITAS", "PSEUDONIM"]
    assert all(re.fullmatch(r"KPG/\d{4}/\d{4,5}\t\w+", line) for line in cases), cases


def test_a_folder_without_a_database_and_a_wrong_password(tmp_path, data_dir):
    empty = tmp_path / "empty"
    empty.mkdir()
    done = ppt_desk(empty, "bundle", "log")
    assert done.returncode == 2 and "no ppt-desk database" in done.stderr
    done = ppt_desk(data_dir, "bundle", "log", password="salah-sekali-99")
    assert done.returncode == 2 and "cannot open the database" in done.stderr, done
