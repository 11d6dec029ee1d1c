"""backend.conferences.audience and reveal on a case full of canaries (tests/audience_helpers):
the projector's version of the case by its position's label, the agenda lines meant for the
room and the decisions as typed, no identity value; a revealed field only after the reveal;
nothing but the label without consent."""
from __future__ import annotations

from datetime import timedelta

import pytest

from audience_helpers import (
    CANARIES, NAME, PERPETRATOR, TODAY, as_supervisor, build_canary_case, texts_in,
)
from ppt_desk.demo.casework import demo_payloads
from ppt_desk.domain.errors import DomainError
from ppt_desk.services.conference_dto import ConferenceInput, DecisionInput, ParticipantInput

DOCTOR = ("dokter", "dr. Dewi", "kata-sandi-dokter-1")


@pytest.fixture
def conference(backend, root):
    as_supervisor(backend, root)
    other = build_canary_case(backend, consent=False, full_name="Wulan Tefa", aliases=())
    canary = build_canary_case(backend)
    conf = backend.conferences
    _, cid = conf.plan(ConferenceInput(
        "PEMBAHASAN_KASUS", TODAY, "Ruang rapat", (other.case_id, canary.case_id),
        (ParticipantInput("Sari Supervisor", None, "KETUA", TODAY),)))
    conf.start(cid)
    conf.add_decision(cid, DecisionInput(
        canary.case_id, f"{NAME} didampingi melapor tentang {PERPETRATOR}", "Laporan polisi",
        "nas-bareskrim-ppa-ppo", "", TODAY + timedelta(days=7)))
    return backend, cid, canary.case_id, other.case_id


def test_the_projector_gets_the_case_by_label_without_identity(conference):
    backend, cid, case_id, _other = conference
    shown = backend.conferences.audience(cid, case_id)
    assert (shown.label, shown.consent_ok) == ("Korban B", True)   # second in the plan
    text = "\n".join(texts_in(shown)).casefold()
    for canary in CANARIES:
        assert canary.casefold() not in text, canary
    assert any("didampingi melapor" in d and "Laporan polisi" in d for d in shown.decisions)
    assert any(a.startswith("Hambatan") or a.startswith("Kebutuhan") for a in shown.agenda)
    # The stage-2 findings are shown once, as findings, not again as agenda lines.
    assert shown.findings
    for _heading, finding in shown.findings:
        assert not [a for a in shown.agenda if a.endswith(finding)], finding
    assert shown.revealed == ()


def test_health_lines_stay_on_the_presenters_side(conference, root):
    backend, cid, case_id, _other = conference
    username, name, password = DOCTOR
    backend.session.lock()
    backend.session.unlock(root.ADMIN, root.PASSWORD)
    backend.users.add(username, name, frozenset({"SUPERVISOR"}), password,
                      frozenset({"KESEHATAN", "PELAKU"}))
    backend.session.lock()
    backend.session.unlock(username, password)
    backend.casework.save_record(case_id, "skrining_kesehatan",
                                 demo_payloads(TODAY - timedelta(days=5))["skrining_kesehatan"])
    agenda = backend.conferences.get(cid).agenda
    health = [a for a in agenda if a.case_id == case_id and "Kesehatan" in a.text]
    assert health and not any(a.audience for a in health)
    shown = backend.conferences.audience(cid, case_id)
    assert not [a for a in shown.agenda if "Kesehatan" in a]


def test_a_field_is_shown_once_revealed(conference):
    backend, cid, case_id, _other = conference
    with pytest.raises(DomainError) as err:     # not without the audited reveal
        backend.conferences.audience(cid, case_id, ("full_name",))
    assert err.value.code == "conference_reveal_not_audited"
    assert backend.conferences.reveal(cid, case_id, "full_name") == NAME
    shown = backend.conferences.audience(cid, case_id, ("full_name",))
    assert shown.revealed == (("Nama", NAME),)


def test_without_consent_only_the_label(conference):
    backend, cid, _case_id, other = conference
    shown = backend.conferences.audience(cid, other)
    assert shown == type(shown)(label="Korban A", consent_ok=False)
