"""A Gugus Tugas secretariat set up the way an operator does it (``backend.secretariat.setup``),
and a PPT enrolled with it in both directions."""
from __future__ import annotations

from pathlib import Path

from ppt_desk.bootstrap import LocalBackend, make_backend
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.secretariat.setup import SecretariatSetup
from sync_helpers import ADMIN, PASSWORD

OFFICER, OFFICER_PASSWORD = "petugas", "kata-sandi-petugas-1"


def new_secretariat(folder: Path, province: str = "53") -> tuple[LocalBackend, SecretariatSetup]:
    """A secretariat folder for ``province``, unlocked as its first administrator."""
    backend = make_backend(folder, TEST_PARAMS)
    result = backend.secretariat.setup(province, ADMIN, "Admin Sekretariat", PASSWORD, PASSWORD)
    backend.session.unlock(ADMIN, PASSWORD)
    return backend, result


def enrol_with(ppt: LocalBackend, secretariat: LocalBackend, cards: Path) -> None:
    """Each side trusts the other's card (the secretariat's carries its stored backup key)."""
    for side in ("ppt", "secretariat"):
        (cards / side).mkdir(parents=True, exist_ok=True)
    own = secretariat.sync.write_own_card(cards / "secretariat")
    ppt_card = ppt.sync.write_own_card(cards / "ppt")
    ppt.sync.enrol(own, ppt.sync.read_card(own).fingerprint)
    secretariat.sync.enrol(ppt_card, secretariat.sync.read_card(ppt_card).fingerprint)
