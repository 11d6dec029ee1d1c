"""Setup never overwrites what is left of a data folder; failed unlocks wipe the key."""
from __future__ import annotations

import hashlib

import pytest

from ppt_desk.bootstrap import make_backend
from ppt_desk.domain.errors import DomainError
from ppt_desk.security.kdf import TEST_PARAMS


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("missing", ["keyslots", "database"])
def test_setup_refuses_a_half_data_folder_and_touches_nothing(data_dir, root, missing):
    if missing == "keyslots":
        (data_dir / "keyslots.json").unlink()
        (data_dir / "keyslots.json.bak").unlink()
    else:
        (data_dir / "ppt-desk.db").unlink()
    before = {p.name: _digest(p) for p in data_dir.iterdir() if p.is_file()}
    backend = make_backend(data_dir, TEST_PARAMS)
    assert not backend.session.is_set_up()
    with pytest.raises(DomainError) as err:
        backend.session.setup(root.OFFICE, "admin2", "Admin Dua", "kata-sandi-baru-1", "kata-sandi-baru-1")
    assert err.value.code == "data_folder_incomplete"
    after = {p.name: _digest(p) for p in data_dir.iterdir() if p.is_file()}
    assert after == before


def test_a_new_recovery_code_is_audited_and_replaces_the_old_one(backend, data_dir, recovery_code):
    before = backend.session.verify().audit_entries
    code = backend.users.new_recovery_code()
    assert code != recovery_code
    assert backend.session.verify().audit_entries == before + 1
    backend.session.lock()
    other = make_backend(data_dir, TEST_PARAMS)
    with pytest.raises(DomainError):
        other.session.unlock_recovery(recovery_code)
    assert other.session.unlock_recovery(code)
    other.session.lock()
