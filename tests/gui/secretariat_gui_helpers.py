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


def add_quiet_ppts(secretariat, count: int) -> None:
    """More PPTs of the province for the screenshots, written as their imports would have left
    the store (enrolment, bundle log, applied events, cases with identity or pseudonym): the
    pages then look as they do at a real secretariat. Synthetic names only."""
    import random
    from datetime import date, datetime, timedelta

    from ppt_desk.domain.ids import uuid7
    from ppt_desk.storage.schema import Case, Office, Person
    from ppt_desk.storage.sync_schema import BundleLog, PeerDevice, ReceivedEvent

    rng = random.Random(11)
    regencies = [r for r in secretariat.deps.regions.regencies("53")
                 if r[0] not in ("53.71", "53.04")][:count]
    first = ["Maria", "Yuliana", "Agustina", "Fransiska", "Theresia", "Katarina", "Rosalia"]
    last = ["Seran", "Bria", "Nahak", "Luruk", "Mau", "Bere", "Tefa", "Kase", "Leki", "Klau"]
    now = datetime.utcnow().replace(microsecond=0)
    with secretariat.session.db.engine.begin() as conn:
        for n, (code, name) in enumerate(regencies):
            device, office = uuid7(), uuid7()
            office_name = f"UPTD PPA {name}"
            conn.execute(Office.__table__.insert().values(
                id=office, name=office_name, kind="UPTD_PPA", province_code="53",
                regency_code=code, case_prefix=f"R{n:02d}", device_id=device, version=1))
            conn.execute(PeerDevice.__table__.insert().values(
                device_id=device, role="PPT", office_id=office, office_name=office_name,
                province_code="53", regency_code=code, device_code="A", signing_key=b"k" * 32,
                age_recipients=[], fingerprint="0" * 32, enrolled_at=now - timedelta(days=90),
                revoked_at=now - timedelta(days=3) if n == count - 1 else None,
                revoke_reason="Laptop hilang" if n == count - 1 else ""))
            bundles = rng.randrange(3, 30)
            for seq in range(1, bundles + 1):
                conn.execute(BundleLog.__table__.insert().values(
                    bundle_id=uuid7(), direction="IN", kind="events", peer_device_id=device,
                    bundle_seq=seq, status="APPLIED", event_count=40,
                    at=now - timedelta(days=2 * (bundles - seq), hours=n), reason="",
                    file_name=""))
            if n % 3 == 0:
                conn.execute(BundleLog.__table__.insert().values(
                    bundle_id="", direction="OUT", kind="receipt", peer_device_id=device,
                    status="SENT", event_count=0, at=now - timedelta(days=1), reason="",
                    file_name="r"))
            if n == 2:
                conn.execute(BundleLog.__table__.insert().values(
                    bundle_id=uuid7(), direction="IN", kind="events", peer_device_id=device,
                    bundle_seq=bundles + 1, status="QUARANTINED", event_count=0,
                    at=now - timedelta(hours=5), reason="truncated", file_name="q"))
            events = [{"origin_device_id": device, "device_seq": s, "event_id": uuid7(),
                       "content_hash": "0" * 64, "bundle_id": "b",
                       "status": "HELD" if n == 4 and s > 30 * bundles else "APPLIED",
                       "entity": "case_record", "entity_id": "r", "base_version": 0,
                       "fields": [], "received_at": now}
                      for s in range(1, 40 * bundles + 1) if not (n == 4 and 25 * bundles < s
                                                                  <= 30 * bundles)]
            conn.execute(ReceivedEvent.__table__.insert(), events)
            for i in range(rng.randrange(4, 9)):
                person = uuid7()
                pseudonym = rng.random() < 0.4
                conn.execute(Person.__table__.insert().values(
                    id=person, version=1, sex="P", aliases=[], nik="",
                    full_name=f"PSN-{rng.getrandbits(80):020X}"[:20] if pseudonym
                    else f"{rng.choice(first)} {rng.choice(last)}"))
                conn.execute(Case.__table__.insert().values(
                    id=uuid7(), version=2, case_number=f"R{n:02d}/2026/{i + 1:04d}",
                    office_id=office, year=2026, number_in_year=i + 1, person_id=person,
                    intake_date=date(2026, 1, 5) + timedelta(days=rng.randrange(300)),
                    intake_channel="HOTLINE", victim_status="DIDUGA", victim_role="KORBAN",
                    age_at_intake=rng.randrange(14, 40), created_at=now, updated_at=now,
                    owner_device_id=device))
