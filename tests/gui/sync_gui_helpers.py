"""Offices for the Sinkronisasi page's tests: the PPT is the template folder (the ``backend``
fixture); a province is a data folder set up on its own (a copy of the template would be the
same device, a cloned laptop), with an offline backup key, which makes its card a
secretariat's card."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyrage

from ppt_desk.bootstrap import make_backend
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.dto import ConsentInput, OfficeProfile

from gui_helpers import ADMIN, PASSWORD

PROVINCE = OfficeProfile("Sekretariat Gugus Tugas PP-TPPO Provinsi NTT", "LAINNYA", "53",
                         "53.71", "GT")


@dataclass
class Province:
    backend: object
    backup: pyrage.x25519.Identity   # the offline backup key (never on a computer that syncs)
    card: Path                       # its device card, a secretariat card


def new_province(folder: Path) -> Province:
    backend = make_backend(folder / "data", TEST_PARAMS)
    backend.session.setup(PROVINCE, ADMIN, "Admin Provinsi", PASSWORD, PASSWORD)
    backend.session.unlock(ADMIN, PASSWORD)
    backup = pyrage.x25519.Identity.generate()
    cards = folder / "cards"
    cards.mkdir()
    card = backend.sync.write_own_card(cards, backup_recipient=str(backup.to_public()))
    return Province(backend, backup, card)


def give_secretariat_consent(backend, case_id: str) -> None:
    """The victim agreed that the province's secretariat may see her identity."""
    today = backend.deps.clock.today()
    backend.consent.record(case_id, ConsentInput("SEKRETARIAT", "KORBAN", today, "TERTULIS"))


def bundles_on(stick: Path) -> list[Path]:
    return sorted(stick.glob("*.ppt-bundle"))
