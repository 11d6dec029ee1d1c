"""domain.conference: validation of a plan and of a decision, the steps each status allows,
labels by position, what a held conference fills in, and the agenda."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from ppt_desk.domain import conference as cf
from ppt_desk.domain.errors import DomainError, ValidationFailed

TODAY = date(2026, 12, 3)
KINDS = frozenset({cf.PEMBAHASAN, cf.SIDANG, cf.GELAR})
ROLES = frozenset({"KETUA", "NOTULIS", "PESERTA"})
STAGES = {"a": "PENELUSURAN", "b": "PENELUSURAN", "c": "RENCANA", "z": "TERMINASI"}


def plan(**changes) -> cf.ConferenceInput:
    values = dict(kind=cf.PEMBAHASAN, planned_on=TODAY, place="  Ruang   rapat ",
                  case_ids=("a", "b"),
                  participants=(cf.ParticipantInput(" Sari  Dewi ", None, "KETUA", TODAY),))
    values.update(changes)
    return cf.ConferenceInput(**values)


def problems(c: cf.ConferenceInput) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as bad:
        cf.validate_conference(c, KINDS, ROLES, STAGES, TODAY)
    return bad.value.problems


def test_a_valid_plan_is_tidied():
    clean = cf.validate_conference(plan(notes=" catatan \n"), KINDS, ROLES, STAGES, TODAY)
    assert (clean.place, clean.participants[0].name, clean.notes) == (
        "Ruang rapat", "Sari Dewi", "catatan")


@pytest.mark.parametrize("changes, expected", [
    ({"kind": ""}, {"kind": "required"}),
    ({"kind": "RAPAT"}, {"kind": "unknown_code"}),
    ({"place": "  "}, {"place": "required"}),
    ({"planned_on": TODAY + timedelta(days=367)}, {"planned_on": "date_too_far"}),
    ({"case_ids": ()}, {"case_ids": "conference_no_cases"}),
    ({"case_ids": ("a", "a")}, {"case_ids": "duplicate"}),
    ({"notes": "x" * 4001}, {"notes": "too_long"}),
    ({"participants": (cf.ParticipantInput(" ", None, "KETUA"),)},
     {"participants.0.name": "required"}),
    ({"participants": (cf.ParticipantInput("Rina", None, "TAMU"),)},
     {"participants.0.role": "unknown_code"}),
    ({"participants": (cf.ParticipantInput("Rina", None, ""),)},
     {"participants.0.role": "required"}),
    ({"participants": (cf.ParticipantInput("Rina", None, "NOTULIS",
                                           TODAY + timedelta(days=1)),)},
     {"participants.0.acknowledged_on": "date_in_future"}),
    ({"participants": (cf.ParticipantInput("Rina", "x", "NOTULIS"),
                       cf.ParticipantInput(" rina ", "x", "PESERTA"))},
     {"participants.1": "duplicate"}),
])
def test_what_a_plan_must_hold(changes, expected):
    assert problems(plan(**changes)) == expected


def test_the_same_name_from_two_institutions_is_two_people():
    people = (cf.ParticipantInput("Rina", "x", "NOTULIS"), cf.ParticipantInput("Rina", "y",
                                                                              "PESERTA"))
    assert len(cf.validate_conference(plan(participants=people), KINDS, ROLES, STAGES,
                                      TODAY).participants) == 2


def test_a_plan_a_year_ahead_or_in_the_past_is_fine():
    for day in (TODAY + timedelta(days=366), TODAY - timedelta(days=400)):
        cf.validate_conference(plan(planned_on=day), KINDS, ROLES, STAGES, TODAY)


@pytest.mark.parametrize("kind, cases, ok", [
    (cf.PEMBAHASAN, ("a", "b"), True), (cf.PEMBAHASAN, ("a", "c"), False),
    (cf.SIDANG, ("c",), True), (cf.SIDANG, ("a",), False),
    (cf.GELAR, ("a", "c"), True),
])
def test_the_kind_fits_the_stage_of_every_case(kind, cases, ok):
    c = plan(kind=kind, case_ids=cases)
    if ok:
        cf.validate_conference(c, KINDS, ROLES, STAGES, TODAY)
        return
    with pytest.raises(DomainError) as err:
        cf.validate_conference(c, KINDS, ROLES, STAGES, TODAY)
    assert err.value.code == "conference_kind_stage"


def test_a_closed_case_is_not_discussed():
    with pytest.raises(DomainError) as err:
        cf.validate_conference(plan(kind=cf.GELAR, case_ids=("a", "z")), KINDS, ROLES, STAGES,
                               TODAY)
    assert err.value.code == "case_closed"


# -- decisions ----------------------------------------------------------------------------------
def test_a_decision_and_an_action_item():
    plain = cf.validate_decision(cf.DecisionInput("a", " Konseling \n", "", "x", "Ani",
                                                  TODAY), ("a",), TODAY)
    assert plain == cf.DecisionInput("a", "Konseling")     # no action: who and due dropped
    action = cf.validate_decision(cf.DecisionInput("a", "Visum", " Minta  visum ", None,
                                                   " Ani ", TODAY), ("a",), TODAY)
    assert (action.action_what, action.action_who_person, action.is_action) == (
        "Minta visum", "Ani", True)


@pytest.mark.parametrize("decision, expected", [
    (cf.DecisionInput("a", ""), {"text": "required"}),
    (cf.DecisionInput("a", "x" * 4001), {"text": "too_long"}),
    (cf.DecisionInput("q", "Teks"), {"case_id": "decision_case_not_in_conference"}),
    (cf.DecisionInput("a", "Teks", "Lapor", None, " ", TODAY), {"action_who": "required"}),
    (cf.DecisionInput("a", "Teks", "Lapor", "x", "", None), {"action_due": "required"}),
    (cf.DecisionInput("a", "Teks", "Lapor", "x", "", TODAY - timedelta(days=1)),
     {"action_due": "date_before_conference"}),
])
def test_what_a_decision_must_hold(decision, expected):
    with pytest.raises(ValidationFailed) as bad:
        cf.validate_decision(decision, ("a", "b"), TODAY)
    assert bad.value.problems == expected


def test_held_on_is_not_in_the_future():
    cf.check_held_on(TODAY, TODAY)
    with pytest.raises(ValidationFailed):
        cf.check_held_on(TODAY + timedelta(days=1), TODAY)


@pytest.mark.parametrize("status, allowed", [
    (cf.PLANNED, {"update", "start", "cancel"}),
    (cf.RUNNING, {"update", "record", "decide", "finish", "cancel", "action_done", "reveal"}),
    (cf.HELD, {"record", "decide", "action_done", "start_plan", "reveal"}),
    (cf.CANCELLED, set()),
])
def test_the_steps_each_status_allows(status, allowed):
    for step in cf.STEPS:
        if step in allowed:
            cf.require_step(status, step)
        else:
            with pytest.raises(DomainError):
                cf.require_step(status, step)


# -- labels, stage items, agenda -------------------------------------------------------------
def test_labels_by_position():
    assert [cf.case_label(i) for i in (0, 1, 25, 26, 27, 701, 702)] == [
        "Korban A", "Korban B", "Korban Z", "Korban AA", "Korban AB", "Korban ZZ",
        "Korban AAA"]


def test_what_held_conferences_fill_in():
    held = [cf.HeldConference(cf.PEMBAHASAN, date(2026, 1, 5)),
            cf.HeldConference(cf.PEMBAHASAN, date(2026, 2, 5)),
            cf.HeldConference(cf.GELAR, date(2026, 3, 5)),
            cf.HeldConference(cf.SIDANG, date(2026, 4, 5))]
    assert cf.satisfied_fields(held) == {
        "tahap_2": {"pembahasan_kasus": True, "tanggal_pembahasan": date(2026, 2, 5)},
        "tahap_3": {"sidang_kasus": True, "tanggal_sidang": date(2026, 4, 5)}}
    assert cf.satisfied_fields([cf.HeldConference(cf.GELAR, TODAY)]) == {}
    # A day the caseworker typed stays; an empty or false field is filled.
    assert cf.overlay({"pembahasan_kasus": False, "tanggal_pembahasan": "2026-01-01", "x": 1},
                      {"pembahasan_kasus": True, "tanggal_pembahasan": TODAY}) == {
        "pembahasan_kasus": True, "tanggal_pembahasan": "2026-01-01", "x": 1}


def test_the_agenda_from_the_case():
    facts = cf.AgendaFacts(
        records={"tahap_2": {"pengalaman": "Tidak digaji", "akar_masalah": " Utang ",
                             "motivasi": "", "keberfungsian": None},
                 "tahap_3": {"uraian_kebutuhan": "Modal usaha"},
                 "asesmen": {"prioritas": "Trauma"}},
        need_labels=("Ekonomi", "Psikologis"),
        tracks=(cf.TrackLine("Bantuan Hukum", "Laporan polisi", True),
                cf.TrackLine("Rehabilitasi Kesehatan", "Dalam perawatan", True, health=True),
                cf.TrackLine("Pemulangan", "Belum", False)),
        obstacles=tuple((f"Kategori {i}", f"Uraian {i}") for i in range(7)),
        overdue=("Kunjungan rumah terlambat",))
    lines = [(a.heading, a.text, a.audience) for a in cf.agenda(facts)]
    assert lines[:5] == [
        ("Masalah", "Tidak digaji", True), ("Akar masalah", "Utang", True),
        ("Prioritas (asesmen)", "Trauma", True),
        ("Kebutuhan menurut aspek", "Ekonomi, Psikologis\nModal usaha", True),
        ("Layanan berjalan", "Bantuan Hukum: Laporan polisi", True)]
    assert ("Layanan berjalan", "Rehabilitasi Kesehatan: Dalam perawatan", False) in lines
    assert not [t for _h, t, _a in lines if t.startswith("Pemulangan")]
    assert [t for h, t, _a in lines if h == "Hambatan"] == [
        f"Kategori {i}: Uraian {i}" for i in range(5)]
    assert lines[-1] == ("Terlambat", "Kunjungan rumah terlambat", True)


def test_an_action_is_overdue_the_day_after_it_was_due():
    assert not cf.action_overdue(TODAY, None, TODAY)
    assert cf.action_overdue(TODAY - timedelta(days=1), None, TODAY)
    assert not cf.action_overdue(TODAY - timedelta(days=1), TODAY, TODAY)
    assert not cf.action_overdue(None, None, TODAY)
