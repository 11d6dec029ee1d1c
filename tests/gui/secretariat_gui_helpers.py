"""A Gugus Tugas secretariat holding two PPTs' data through real bundles (for the pages of the
secretariat window): Kota Kupang (the template PPT) and Belu, each enrolled both ways."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from ppt_desk.bootstrap import make_backend
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.dto import ConsentInput, OfficeProfile

from gui_helpers import ADMIN, PASSWORD, register

BELU = OfficeProfile("UPTD PPA Kabupaten Belu", "UPTD_PPA", "53", "53.04", "BLU")


@dataclass
class Province:
    secretariat: object
    kupang: object
    belu: object
    stick: Path
    moved: str            # a Kupang case moved to Belu, not yet reported back by Belu
    named: str            # a Kupang case sent with the victim's identity

    def lock(self) -> None:
        self.belu.session.lock()
        self.secretariat.session.lock()


def _enrol(ppt, secretariat, cards: Path) -> None:
    for side in ("ppt", "sek"):
        (cards / side).mkdir(parents=True, exist_ok=True)
    own = secretariat.sync.write_own_card(cards / "sek")
    card = ppt.sync.write_own_card(cards / "ppt")
    ppt.sync.enrol(own, ppt.sync.read_card(own).fingerprint)
    secretariat.sync.enrol(card, secretariat.sync.read_card(card).fingerprint)


def _both(a, b, cards: Path) -> None:
    (cards / "a").mkdir(parents=True, exist_ok=True)
    (cards / "b").mkdir(parents=True, exist_ok=True)
    card_a, card_b = a.sync.write_own_card(cards / "a"), b.sync.write_own_card(cards / "b")
    a.sync.enrol(card_b, a.sync.read_card(card_b).fingerprint)
    b.sync.enrol(card_a, b.sync.read_card(card_a).fingerprint)


def send(ppt, stick: Path, secretariat) -> str:
    before = set(stick.glob("*.ppt-bundle"))
    ppt.sync.export(stick)
    (new,) = set(stick.glob("*.ppt-bundle")) - before
    return secretariat.sync.import_bundle(new)[1].outcome


def consent(backend, case_id: str, purpose: str, agency: str = "") -> None:
    backend.consent.record(case_id, ConsentInput(purpose, "KORBAN", backend.deps.clock.today(),
                                                 "TERTULIS", agency))


def make_province(kupang, tmp_path: Path) -> Province:
    secretariat = make_backend(tmp_path / "sekretariat", TEST_PARAMS)
    secretariat.secretariat.setup("53", ADMIN, "Admin Sekretariat", PASSWORD, PASSWORD)
    secretariat.session.unlock(ADMIN, PASSWORD)
    belu = make_backend(tmp_path / "belu", TEST_PARAMS)
    belu.session.setup(BELU, ADMIN, "Admin Belu", PASSWORD, PASSWORD)
    belu.session.unlock(ADMIN, PASSWORD)
    _enrol(kupang, secretariat, tmp_path / "cards-k")
    _enrol(belu, secretariat, tmp_path / "cards-b")
    _both(kupang, belu, tmp_path / "cards-kb")
    stick = tmp_path / "stick"
    stick.mkdir()
    named, _ = register(kupang, "Maria Goreti Seran", age=24)
    consent(kupang, named, "SEKRETARIAT")
    moved, _ = register(kupang, "Yuliana Bria", age=19)
    consent(kupang, moved, "RUJUKAN", BELU.name)
    register(kupang, "Agustina Nahak", age=16)
    routed, _ = register(kupang, "Veronika Klau", age=20)
    consent(kupang, routed, "RUJUKAN", BELU.name)
    register(belu, "Fransiska Luruk", age=31)
    register(belu, "Theresia Mau", age=22)
    assert send(kupang, stick, secretariat) == "applied"
    assert send(belu, stick, secretariat) == "applied"
    secretariat.sync.write_receipt(belu.office.profile().device_id, stick)
    kupang.sync.transfer_case(moved, belu.office.profile().device_id, "Korban pulang ke Belu",
                              stick)
    assert send(kupang, stick, secretariat) == "applied"
    # Belu's laptop copied: its bundle number 1 comes again with other content (a fork).
    with belu.session.db.engine.begin() as conn:
        conn.execute(text("UPDATE device_state SET bundle_seq = 0, last_bundle_hash = :z"),
                     {"z": "0" * 64})
    register(belu, "Katarina Bere", age=27)
    assert send(belu, stick, secretariat) == "rejected"
    junk = stick / "foto.ppt-bundle"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    secretariat.sync.import_bundle(junk)
    # A transfer Kupang sends through the secretariat: it waits there for Belu's return trip.
    kupang.sync.transfer_case(routed, belu.office.profile().device_id, "Korban pindah ke Belu",
                              stick, via_secretariat=True)
    secretariat.return_trip.collect_routed(stick)
    return Province(secretariat, kupang, belu, stick, moved, named)
