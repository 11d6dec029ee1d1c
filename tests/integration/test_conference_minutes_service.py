"""The notulen of a real conference, printed through ``backend.documents`` on a real store and
read back with pdftotext: the attendance and the decisions are there, and the victim's name
(and everything else that identifies her) only when a SIDANG_KASUS consent with identity in
scope holds and the reader may see the case; a perpetrator's name only for a reader holding
the PELAKU grant.

Synthetic people only: the canary case of ``audience_helpers`` (made-up words)."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from audience_helpers import (
    ALIAS, GUARDIAN, NAME, NIK, PASSPORT, PERPETRATOR, PERPETRATOR_ALIAS, SAFE_HOUSE,
    SAFE_HOUSE_PLACE, SUPERVISOR, TODAY, VILLAGE, as_supervisor, build_canary_case,
)
from ppt_desk.domain.errors import DomainError
from ppt_desk.services.conference_dto import ConferenceInput, DecisionInput, ParticipantInput
from ppt_desk.services.conference_minutes import NO_CONSENT, case_reading
from ppt_desk.services.dto import ConsentInput

from pdf_tools import flat, text_of

PEOPLE = (ParticipantInput("Maria Goreti Tefa", None, "KETUA", TODAY),
          ParticipantInput("Renée Ndun", None, "NOTULIS", TODAY),
          ParticipantInput("AKP Yohanes Ké", None, "MITRA", None),
          ParticipantInput("dr. Sri Wahyuni", None, "NARASUMBER", TODAY))
# what the presenter typed, naming the victim and the perpetrator as people in the room do
FOCUS = f"{NAME} takut bersaksi terhadap {PERPETRATOR}."
DECISION = f"{NAME.split()[0]} didampingi psikolog; laporan polisi atas {PERPETRATOR_ALIAS}."
WORRIES = (NAME, *NAME.split(), ALIAS, GUARDIAN, *GUARDIAN.split(), NIK, PASSPORT, SAFE_HOUSE,
           VILLAGE)


def text(pdf: Path) -> str:
    return flat(text_of(pdf, layout=False))


def held_conference(backend, case_id: str) -> str:
    """A pembahasan kasus for the case, held today, with one decision that is an action
    item and one that is not."""
    b = backend.conferences
    _, conference_id = b.plan(ConferenceInput(
        "PEMBAHASAN_KASUS", TODAY, "Ruang rapat UPTD PPA", (case_id,), PEOPLE))
    b.start(conference_id)
    b.record(conference_id, FOCUS, "Rujukan psikolog; rumah aman; pendampingan hukum.")
    b.add_decision(conference_id, DecisionInput(
        case_id, DECISION, "Membuat surat rujukan ke psikolog", None, "Renée Ndun",
        TODAY + timedelta(days=7)))
    b.add_decision(conference_id, DecisionInput(case_id, "Kasus dibahas lagi bulan depan."))
    b.finish(conference_id, TODAY)
    return conference_id


TONO = ("tono", "Tono Supervisor", "kata-sandi-tono-1")   # a supervisor without PELAKU
ANI = ("ani", "Ani Pekerja", "kata-sandi-ani-1")            # a caseworker


@pytest.fixture
def office(backend):
    backend.users.add(TONO[0], TONO[1], frozenset({"SUPERVISOR"}), TONO[2], frozenset())
    backend.users.add(ANI[0], ANI[1], frozenset({"PENDAMPING"}), ANI[2], frozenset())
    as_supervisor(backend, None)
    return backend


def sign_in(backend, who: tuple[str, str, str]) -> None:
    backend.session.lock()
    backend.session.unlock(who[0], who[2])


def printed(backend, conference_id: str, path: Path) -> str:
    changes = backend.documents.print_conference_minutes(conference_id, path)
    assert not changes.cases  # printing changes nothing
    return text(path)


def test_minutes_hold_attendance_and_decisions_and_the_name_with_consent(office, tmp_path):
    case = build_canary_case(office)  # SIDANG_KASUS consent, no scope named: identity
    number = office.cases.open(case.case_id).case_number
    one = printed(office, held_conference(office, case.case_id), tmp_path / "n.pdf")
    assert "NOTULEN PERTEMUAN PEMBAHASAN KASUS" in one
    for who in ("Maria Goreti Tefa", "Renée Ndun", "AKP Yohanes Ké", "dr. Sri Wahyuni",
                "Ketua / pimpinan sidang", "Notulis", "Perwakilan lembaga mitra"):
        assert who in one
    assert "Sudah, 03-12-2026" in one and "Belum" in one
    assert f"Korban A {NAME}" in one and number in one
    # the name, not the numbers and places: identity in a consent is name, sex and age
    assert f"{NAME} (dipanggil {ALIAS.lower()})" in one
    assert [w for w in (NIK, PASSPORT, SAFE_HOUSE, SAFE_HOUSE_PLACE, VILLAGE, "0813-7744-1199")
            if w in one] == []
    assert FOCUS in one and DECISION in one  # the supervisor holds PELAKU: as typed
    assert "Tindak lanjut : Membuat surat rujukan ke psikolog" in one
    assert "Kasus dibahas lagi bulan depan." in one
    assert "Nama korban tidak dicantumkan" not in one and "DRAF" not in one


def test_without_identity_in_the_consent_no_name_reaches_the_minutes(office, tmp_path):
    case = build_canary_case(office, consent=False)
    office.consent.record(case.case_id, ConsentInput(
        "SIDANG_KASUS", "WALI", TODAY - timedelta(days=5), "TERTULIS", giver_name="Wali",
        scope=("RINGKASAN_KASUS",)))
    number = office.cases.open(case.case_id).case_number
    one = printed(office, held_conference(office, case.case_id), tmp_path / "n.pdf")
    assert [w for w in WORRIES if w in one] == []
    assert f"Korban A {number}" in one and "Nama korban tidak dicantumkan" in one
    assert "Korban A takut bersaksi" in one  # typed text kept, the name replaced
    assert "Maria Goreti Tefa" in one and "Membuat surat rujukan ke psikolog" in one


def test_without_a_conference_consent_neither_name_nor_findings(office, tmp_path):
    case = build_canary_case(office, consent=False)
    one = printed(office, held_conference(office, case.case_id), tmp_path / "n.pdf")
    assert [w for w in WORRIES if w in one] == []
    assert NO_CONSENT in one
    assert "Kasus dibahas lagi bulan depan." in one  # the decisions stay


def test_a_reader_without_the_perpetrator_grant_reads_no_perpetrator(office, tmp_path):
    case = build_canary_case(office)
    conference_id = held_conference(office, case.case_id)
    sign_in(office, TONO)
    one = printed(office, conference_id, tmp_path / "n.pdf")
    assert NAME in one  # the victim by name: consent and access allow it
    assert PERPETRATOR not in one and PERPETRATOR_ALIAS not in one
    assert "Kraxidor" not in one and "Vellamy" not in one


def test_a_reader_who_may_not_open_the_case_gets_no_name(office):
    case = build_canary_case(office)
    sign_in(office, ANI)
    store, actor = office.cases._signed_in()
    with pytest.raises(DomainError):
        office.cases.open(case.case_id)
    reading = case_reading(store.uow(), actor, office.deps, case.case_id, "Korban A")
    assert reading.name == "" and reading.scrub is not None
    assert reading.scrub(f"{NAME} ({ALIAS})") == "Korban A (Korban A)"
    sign_in(office, SUPERVISOR)
    store, actor = office.cases._signed_in()
    assert case_reading(store.uow(), actor, office.deps, case.case_id, "Korban A").name == NAME


def test_a_cancelled_conference_has_no_minutes_and_a_running_one_a_draft(office, tmp_path):
    case = build_canary_case(office)
    b = office.conferences
    _, running = b.plan(ConferenceInput("PEMBAHASAN_KASUS", TODAY, "Aula", (case.case_id,),
                                        PEOPLE))
    b.start(running)
    assert "DRAF" in printed(office, running, tmp_path / "draf.pdf")
    b.cancel(running)
    with pytest.raises(DomainError) as refused:
        office.documents.print_conference_minutes(running, tmp_path / "batal.pdf")
    assert refused.value.code == "conference_state"
    assert not (tmp_path / "batal.pdf").exists()


def test_health_lines_follow_the_health_scope_of_the_consent(office):
    store, actor = office.cases._signed_in()
    without = build_canary_case(office, consent=False)
    office.consent.record(without.case_id, ConsentInput(
        "SIDANG_KASUS", "WALI", TODAY - timedelta(days=5), "TERTULIS", giver_name="Wali"))
    with_health = build_canary_case(office, consent=False, full_name="Wulandari Kesehatan")
    office.consent.record(with_health.case_id, ConsentInput(
        "SIDANG_KASUS", "WALI", TODAY - timedelta(days=5), "TERTULIS", giver_name="Wali",
        scope=("IDENTITAS", "KESEHATAN")))
    assert not case_reading(store.uow(), actor, office.deps, without.case_id, "Korban A").health
    shown = case_reading(store.uow(), actor, office.deps, with_health.case_id, "Korban A")
    assert shown.health and shown.name == "Wulandari Kesehatan"


def test_a_folder_that_cannot_be_written_is_a_message_not_a_crash(office, tmp_path):
    case = build_canary_case(office)
    conference_id = held_conference(office, case.case_id)
    with pytest.raises(DomainError) as refused:
        office.documents.print_conference_minutes(conference_id, tmp_path / "gone" / "n.pdf")
    assert refused.value.code == "document_not_written"
    assert not (tmp_path / "gone").exists()
