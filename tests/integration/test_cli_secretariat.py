"""``ppt-desk secretariat …`` as an operator types it: each command a fresh ``python -m ppt_desk``
process, the password from PPT_DESK_PASSWORD, real data folders (issue 11, ADR 0015).

The secretariat is set up (backup key written once to a new 0600 file, never over another),
shows its status, enrols a PPT from its card with the fingerprint, imports a folder whose
bundles' names are in the wrong order (the command puts them in sequence; the older one would
otherwise be refused), quarantines a damaged copy with a non-zero exit, writes a receipt the
PPT imports, and revokes the PPT. No command prints a victim's name or NIK.
"""
from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pyrage
import pytest

from integration_helpers import make_intake
from secretariat_helpers import new_secretariat
from sync_helpers import ADMIN, PASSWORD, give_secretariat_consent

VICTIMS = (("Yuliana Kase", "5371014107990031"), ("Agustina Nahak", "5371014107990032"))
SECRETS = [part for name, nik in VICTIMS for part in (name, nik, *name.split())]


def ppt_desk(folder: Path, *args: str, username: bool = True,
             **env_extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PPT_DESK_PASSWORD": PASSWORD, **env_extra}
    extra = ["--username", ADMIN] if username else []
    done = subprocess.run([sys.executable, "-m", "ppt_desk", "secretariat", *args,
                           "--data-dir", str(folder), *extra], env=env, capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=180)
    for secret in SECRETS:
        assert secret not in done.stdout and secret not in done.stderr, (args, secret)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def setup(folder: Path, key: Path, *more: str, **env_extra: str) -> subprocess.CompletedProcess:
    return ppt_desk(folder, "setup", "--province", "53", "--admin", ADMIN,
                    "--backup-key-out", str(key), *more, username=False, **env_extra)


def ok(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 0, (done.args, done.stdout, done.stderr)
    return done.stdout


def test_help_works_without_a_data_folder():
    done = subprocess.run([sys.executable, "-m", "ppt_desk", "secretariat", "--help"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "setup" in done.stdout and "import" in done.stdout


@pytest.fixture(scope="module")
def secretariat(tmp_path_factory):
    """A secretariat set up by the command (the KDF calibrated as in real use: once)."""
    root = tmp_path_factory.mktemp("cli-secretariat")
    key = root / "keys" / "kunci-cadangan.txt"
    key.parent.mkdir()
    taken = root / "keys" / "sudah-ada.txt"
    taken.write_text("jangan ditimpa\n")
    refused = setup(root / "refused", taken)
    assert refused.returncode == 1 and "sudah ada" in refused.stderr
    assert taken.read_text() == "jangan ditimpa\n"
    assert not (root / "refused" / "keyslots.json").exists()
    out = ok(setup(root / "template", key))
    return root, key, out


def test_setup_writes_the_backup_key_once_and_prints_the_recovery_code(secretariat):
    root, key, out = secretariat
    assert "Sekretariat disiapkan: Sekretariat Gugus Tugas PP-TPPO Provinsi Nusa Tenggara " \
           "Timur" in out
    assert re.search(r"Kode pemulihan: \S+", out)
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    identity = next(line for line in key.read_text().splitlines()
                    if line.startswith("AGE-SECRET-KEY-1"))
    assert identity not in out                       # the key is in the file, not on screen
    recipient = str(pyrage.x25519.Identity.from_str(identity).to_public())
    assert f"# public key: {recipient}" in key.read_text()
    again = setup(root / "template", root / "keys" / "lagi.txt")
    assert again.returncode == 1 and "sudah berisi" in again.stderr
    assert not (root / "keys" / "lagi.txt").exists()
    status = ok(ppt_desk(root / "template", "status"))
    assert "Provinsi: 53 Nusa Tenggara Timur" in status
    fingerprint = re.search(r"sidik jari ([0-9A-Z-]+)", status).group(1)
    assert f"Sidik jari kunci cadangan: {fingerprint}" in out
    assert recipient in status and "Perangkat PPT terdaftar: 0 (dicabut: 0)" in status


def test_enrol_import_in_sequence_quarantine_receipt_revoke(backend, tmp_path):
    # Set up in-process with cheap KDF parameters: every command below unlocks the folder.
    sek = tmp_path / "sek"
    new_secretariat(sek)[0].session.lock()
    cards, stick = tmp_path / "cards", tmp_path / "stick"
    for folder in (cards, stick, tmp_path / "receipts"):
        folder.mkdir()

    # The PPT's card in, with the fingerprint read out by phone; a wrong one first.
    ppt_card = backend.sync.write_own_card(cards)
    fingerprint = backend.sync.read_card(ppt_card).fingerprint
    wrong = ppt_desk(sek, "enrol", str(ppt_card), "--fingerprint", "AAAA-BBBB-CCCC-DDDD")
    assert wrong.returncode == 1 and "(fingerprint_mismatch)" in wrong.stderr
    out = ok(ppt_desk(sek, "enrol", str(ppt_card), "--fingerprint", fingerprint.lower()))
    device = re.search(r"ID perangkat: (\S+)", out).group(1)
    # The secretariat's card (the stored backup key on it) to the PPT.
    done = subprocess.run([sys.executable, "-m", "ppt_desk", "card", "export", "--to",
                           str(cards), "--data-dir", str(sek), "--username", ADMIN],
                          env={**os.environ, "PPT_DESK_PASSWORD": PASSWORD},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    sek_card = next(p for p in cards.glob("*.ppt-card") if p != ppt_card)
    backend.sync.enrol(sek_card, backend.sync.read_card(sek_card).fingerprint)

    # Two bundles, named so that their names sort against their sequence.
    names = []
    for index, (name, nik) in enumerate(VICTIMS):
        _, case_id, _ = backend.cases.register(make_intake(name, nik=nik))
        give_secretariat_consent(backend, case_id)
        _, result = backend.sync.export(stick)
        names.append(stick / result.file_name)
    names[0].rename(stick / ("z" * 26 + ".ppt-bundle"))
    names[1].rename(stick / ("a" * 26 + ".ppt-bundle"))
    out = ok(ppt_desk(sek, "import", str(stick)))
    lines = [line for line in out.splitlines() if line.startswith("[")]
    assert [line.split(":")[0] for line in lines] == [
        f"[1/2] {'z' * 26}.ppt-bundle", f"[2/2] {'a' * 26}.ppt-bundle"]
    assert all(": Diterapkan:" in line for line in lines), out
    assert "Selesai: 2 berkas, 0 ditolak." in out
    # the cases the bundles brought were compared with the register (two different women)
    assert "Kemungkinan duplikat baru: 0 (dari 2 kasus)." in out

    # A damaged copy, and a file that is not there: quarantined / named, exit 1.
    damaged = tmp_path / "rusak.ppt-bundle"
    data = bytearray((stick / ("a" * 26 + ".ppt-bundle")).read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    bad = ppt_desk(sek, "import", str(damaged), str(tmp_path / "hilang.ppt-bundle"))
    assert bad.returncode == 1
    assert "hilang.ppt-bundle: tidak ditemukan" in bad.stdout
    assert "rusak.ppt-bundle: Ditolak:" in bad.stdout and "karantina" in bad.stdout
    assert "1 ditolak" in bad.stdout

    # A receipt for the PPT to carry back; the PPT imports it.
    out = ok(ppt_desk(sek, "receipt", device, "--out", str(tmp_path / "receipts")))
    receipt = next((tmp_path / "receipts").glob("*.ppt-bundle"))
    assert receipt.name in out
    _, result = backend.sync.import_bundle(receipt)
    assert result.kind == "receipt" and result.acknowledged > 0

    status = ok(ppt_desk(sek, "status"))
    assert "Perangkat PPT terdaftar: 1 (dicabut: 0)" in status
    refused = ppt_desk(sek, "revoke", device)
    assert refused.returncode == 2                    # argparse: --reason is required
    ok(ppt_desk(sek, "revoke", device, "--reason", "laptop hilang"))
    assert "Perangkat PPT terdaftar: 0 (dicabut: 1)" in ok(ppt_desk(sek, "status"))


def test_a_ppt_folder_is_not_a_secretariat(data_dir):
    done = ppt_desk(data_dir, "status")
    assert done.returncode == 1 and "bukan folder sekretariat" in done.stderr
    empty = ppt_desk(data_dir.parent / "kosong", "status")
    assert empty.returncode == 2 and "belum berisi" in empty.stderr


def test_setup_with_its_store_on_a_postgresql_server(pg_server, tmp_path):
    from pg import Store

    db = Store(pg_server).new(migrated=False)
    s = db.settings
    server = ("--pg-host", s.host, "--pg-port", str(s.port), "--pg-database", s.dbname,
              "--pg-user", s.user, "--pg-sslmode", s.sslmode)
    key, folder = tmp_path / "kunci.txt", tmp_path / "sek"
    wrong = setup(folder, key, *server, PPT_DESK_PG_PASSWORD="bukan-kata-sandinya")
    assert wrong.returncode == 1 and "(database_login_failed)" in wrong.stderr, wrong.stderr
    assert not key.exists() and not (folder / "keyslots.json").exists()
    out = ok(setup(folder, key, *server, PPT_DESK_PG_PASSWORD=db.password))
    assert f"Penyimpanan: PostgreSQL {s.user}@{s.host}:{s.port}/{s.dbname}" in out
    assert db.password not in out and db.password not in (folder / "store.json").read_text()
    assert (folder / "store.json").exists() and not (folder / "ppt-desk.db").exists()
    assert "Provinsi: 53 Nusa Tenggara Timur" in ok(ppt_desk(folder, "status"))
