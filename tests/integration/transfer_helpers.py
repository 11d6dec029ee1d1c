"""A victim repatriated to her district of origin: her case, made at the template PPT (Kota
Kupang) with casework, consents, a pending stage change and a group session with another
case, and three offices that trust each other (Kupang, Belu, the province)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from casework_helpers import MovableClock, payloads
from integration_helpers import make_intake
from ppt_desk.domain.tracks import GroupParticipantInput, GroupSessionInput
from ppt_desk.services.dto import ConsentInput
from sync_helpers import (
    ADMIN, PASSWORD, SECOND_PPT, Province, device_id, enrol_both, new_office, new_province,
    only_bundle,
)

DAY = date(2025, 5, 10)
P = payloads(DAY)
BELU = SECOND_PPT.name
ANI = ("ani", "kata-sandi-ani-1")
VICTIM = "Yuliana Bria"


@dataclass
class World:
    a: object                  # the template PPT (Kota Kupang): the case is made here
    b: object                  # UPTD PPA Kabupaten Belu
    province: Province
    stick: Path
    case_id: str
    other_case: str            # a case of Kupang's that stays there
    ani_id: str
    referral: str              # a referral record printed (numbered) before the transfer
    unnumbered: str            # a referral record never printed
    handover: str              # the repatriation handover record (never printed)
    pending: str               # a stage change waiting for a supervisor
    session_id: str            # a group session with both cases
    consent_id: str            # the consent to repatriation

    def lock(self) -> None:
        self.b.session.lock()
        self.province.backend.session.lock()


def consent(backend, case_id: str, purpose: str, agency: str = "") -> str:
    return backend.consent.record(case_id, ConsentInput(purpose, "KORBAN", DAY, "TERTULIS",
                                                        agency))[1]


def login(backend, username: str, password: str) -> None:
    backend.session.lock()
    backend.session.unlock(username, password)


def make_world(backend, tmp_path: Path, transfer_consent: bool = True) -> World:
    a = backend
    a.deps.clock = MovableClock(DAY)
    b = new_office(tmp_path / "belu", SECOND_PPT)
    b.deps.clock = MovableClock(DAY)
    province = new_province(tmp_path / "province")
    cards = tmp_path / "cards"
    enrol_both(a, b, cards / "ab")
    enrol_both(a, province.backend, cards / "ap", province.backup)
    enrol_both(b, province.backend, cards / "bp", province.backup)
    stick = tmp_path / "stick"
    stick.mkdir()
    _, ani = a.users.add(ANI[0], "Ani Pendamping", frozenset({"PENDAMPING"}), ANI[1])
    _, case_id, _ = a.cases.register(make_intake(VICTIM, assigned_user_id=ani.id))
    _, other, _ = a.cases.register(make_intake("Maria Nahak", assigned_user_id=ani.id))
    a.casework.save_record(case_id, "konseling", P["konseling"])
    consent_id = consent(a, case_id, "PEMULANGAN")
    consent(a, case_id, "RUJUKAN", "LPSK")
    if transfer_consent:
        consent(a, case_id, "RUJUKAN", BELU)
    a.casework.save_record(case_id, "pemulangan_rencana", P["pemulangan_rencana"])
    _, handover = a.casework.save_record(case_id, "serah_terima_pemulangan",
                                         P["serah_terima_pemulangan"])
    _, referral = a.casework.save_record(case_id, "rujukan", P["rujukan"])
    _, unnumbered = a.casework.save_record(case_id, "rujukan", P["rujukan"])
    a.documents.print_referral_letter(case_id, referral, tmp_path / "rujukan.pdf")
    _, session_id = a.groups.add(GroupSessionInput(
        DAY, "KELOMPOK_DUKUNGAN", "Berbagi pengalaman", "Ani", 60, "DI_DALAM_PANTI", "",
        (GroupParticipantInput(case_id, "KORBAN"), GroupParticipantInput(other, "KORBAN"))))
    # Ani asks to close the case: it waits for a supervisor.
    login(a, *ANI)
    a.casework.save_record(case_id, "terminasi", {**P["terminasi"], "alasan": "DIALIHKAN"})
    _, change = a.casework.request_stage_change(case_id, "TERMINASI")
    assert change.status == "PENDING"
    login(a, ADMIN, PASSWORD)
    return World(a, b, province, stick, case_id, other, ani.id, referral, unnumbered, handover,
                 change.id, session_id, consent_id)


def transfer(world: World, reason: str = "Korban dipulangkan ke daerah asal") -> Path:
    _, name = world.a.sync.transfer_case(world.case_id, device_id(world.b), reason, world.stick)
    bundle = world.stick / name
    assert bundle == only_bundle(world.stick)
    return bundle
