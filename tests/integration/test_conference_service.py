"""Case conferences through the real backend on an encrypted store: plan, start, record,
decisions and action items, finish; Hari ini; what a held conference satisfies at the stage
gates and in the stage-3 plan; who may plan or read one; the audited reveal."""
from __future__ import annotations

import json
from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import text

from ppt_desk.demo.casework import demo_payloads
from ppt_desk.domain.errors import DomainError, ValidationFailed
from ppt_desk.domain.intake import CaseIntake
from ppt_desk.services.conference_dto import ConferenceInput, DecisionInput, ParticipantInput

TODAY = date(2026, 12, 3)
PASSWORDS = {"ani": "kata-sandi-ani-1", "budi": "kata-sandi-budi-1",
             "sari": "kata-sandi-sari-1"}
POLDA = "nas-bareskrim-ppa-ppo"


@pytest.fixture
def office(backend):
    """Caseworkers Ani and Budi and supervisor Sari; Ani's case at stage 2 and Budi's at
    stage 2, Ani's second case at stage 3; the clock at TODAY; Sari signed in."""
    backend.deps.clock = SimpleNamespace(today=lambda: TODAY)
    users = {}
    for username, name, roles in (("ani", "Ani Pendamping", {"PENDAMPING"}),
                                  ("budi", "Budi Pendamping", {"PENDAMPING"}),
                                  ("sari", "Sari Supervisor", {"SUPERVISOR"})):
        _, users[username] = backend.users.add(username, name, frozenset(roles),
                                              PASSWORDS[username])
    login(backend, "sari")
    ani = stage_case(backend, "Maria Seran", users["ani"].id, "PENELUSURAN")
    budi = stage_case(backend, "Yuliana Kase", users["budi"].id, "PENELUSURAN")
    third = stage_case(backend, "Agustina Nahak", users["ani"].id, "RENCANA")
    return SimpleNamespace(backend=backend, ani_case=ani, budi_case=budi, stage3=third,
                           **users)


def login(backend, username: str) -> None:
    backend.session.lock()
    backend.session.unlock(username, PASSWORDS[username])


def stage_case(backend, name: str, user_id: str, stage: str) -> str:
    """A case moved to ``stage`` (PENELUSURAN or RENCANA); its tahap_2 lacks the case
    discussion and, at RENCANA, its tahap_3 lacks the sidang kasus."""
    intake = CaseIntake(full_name=name, sex="P", intake_date=TODAY - timedelta(days=60),
                        intake_channel="HOTLINE", victim_status="DIDUGA", estimated_age=24,
                        modus=("KRJ-PRT",), languages=("ind",), assigned_user_id=user_id)
    _, case_id, _ = backend.cases.register(intake)
    forms = demo_payloads(TODAY - timedelta(days=50))
    save = backend.casework.save_record
    for kinds, target in ((("asesmen", "bebas_kritis"), "PENDEKATAN_AWAL"),
                          (("tahap_1",), "PENELUSURAN")):
        for kind in kinds:
            save(case_id, kind, forms[kind])
        backend.casework.request_stage_change(case_id, target)
    tahap_2 = {k: v for k, v in forms["tahap_2"].items()
               if k not in ("pembahasan_kasus", "tanggal_pembahasan")}
    if stage == "RENCANA":
        save(case_id, "tahap_2", forms["tahap_2"])
        backend.casework.request_stage_change(case_id, "RENCANA")
        save(case_id, "tahap_3", {k: v for k, v in forms["tahap_3"].items()
                                  if k not in ("sidang_kasus", "tanggal_sidang")})
    else:
        save(case_id, "tahap_2", {**tahap_2, "akar_masalah": "Jeratan utang kepada agen"})
        save(case_id, "hambatan", forms["hambatan"])
    return case_id


def plan_input(case_ids, kind="PEMBAHASAN_KASUS", **changes) -> ConferenceInput:
    values = dict(kind=kind, planned_on=TODAY, place="Ruang rapat UPTD PPA",
                  case_ids=tuple(case_ids),
                  participants=(ParticipantInput("Sari Supervisor", None, "KETUA", TODAY),
                                ParticipantInput("Bripka Yohanes", POLDA, "MITRA", None)))
    values.update(changes)
    return ConferenceInput(**values)


def refusal(call, *args) -> DomainError:
    with pytest.raises(DomainError) as caught:
        call(*args)
    return caught.value


def sql(backend, statement: str, **params) -> list:
    with backend.session.db.engine.connect() as conn:
        return conn.execute(text(statement), params).all()


# -- the life of a conference -------------------------------------------------------------------
def test_plan_start_record_decide_finish(office):
    conf = office.backend.conferences
    changes, cid = conf.plan(plan_input([office.ani_case, office.budi_case]))
    assert changes.cases == {office.ani_case, office.budi_case}
    assert changes.conferences == {cid}
    got = conf.get(cid)
    assert (got.status, got.kind_label, got.held_on) == (
        "DIRENCANAKAN", "Pertemuan pembahasan kasus", None)
    assert [(c.label, c.display_name) for c in got.cases] == [
        ("Korban A", "Maria Seran"), ("Korban B", "Yuliana Kase")]
    assert [(p.role_label, p.institution_name != "") for p in got.participants] == [
        ("Ketua / pimpinan sidang", False), ("Perwakilan lembaga mitra", True)]
    # The agenda comes from each case: findings, root cause, needs, obstacles.
    mine = [(a.heading, a.text) for a in got.agenda if a.case_id == office.ani_case]
    assert ("Akar masalah", "Jeratan utang kepada agen") in mine
    assert ("Masalah", "Bekerja tanpa upah 2 tahun") in mine
    assert ("Kebutuhan layanan", "Konseling, pelatihan") in mine
    assert any(h == "Hambatan" and "Paspor ditahan agen" in t for h, t in mine)

    # Decisions wait for the meeting; the meeting cannot end before it starts.
    decision = DecisionInput(office.ani_case, "Korban didampingi ke Polda",
                             "Pendampingan pemeriksaan", POLDA, "", TODAY + timedelta(days=7))
    assert refusal(conf.add_decision, cid, decision).code == "conference_state"
    assert refusal(conf.finish, cid, TODAY).code == "conference_state"
    conf.start(cid)
    conf.record(cid, "  Pemulihan dan proses hukum  ", "Rujuk ke LBH; mediasi keluarga")
    _, first = conf.add_decision(cid, decision)
    _, second = conf.add_decision(cid, DecisionInput(office.budi_case, "Konseling lanjutan"))
    _, third = conf.add_decision(cid, DecisionInput(office.ani_case, "Salah ketik"))
    conf.remove_decision(third)
    conf.update_decision(second, DecisionInput(office.budi_case, "Konseling lanjutan 4 sesi"))
    with pytest.raises(ValidationFailed) as bad:
        conf.finish(cid, TODAY + timedelta(days=1))
    assert bad.value.problems == {"held_on": "date_in_future"}
    conf.finish(cid, TODAY)
    got = conf.get(cid)
    assert (got.status, got.held_on, got.problem_focus) == (
        "SELESAI", TODAY, "Pemulihan dan proses hukum")
    assert [(d.position, d.text, d.action_what) for d in got.decisions] == [
        (0, "Korban didampingi ke Polda", "Pendampingan pemeriksaan"),
        (1, "Konseling lanjutan 4 sesi", "")]
    assert "Bareskrim" in got.decisions[0].action_who
    assert refusal(conf.cancel, cid).code == "conference_state"
    assert refusal(conf.start, cid).code == "conference_state"
    [summary] = conf.for_case(office.ani_case)
    assert (summary.id, summary.case_count, summary.open_actions) == (cid, 2, 1)


def test_plan_refuses_a_kind_that_does_not_fit_the_stage(office):
    conf = office.backend.conferences
    err = refusal(conf.plan, plan_input([office.stage3], "PEMBAHASAN_KASUS"))
    assert (err.code, err.params["needs"]) == ("conference_kind_stage", "PENELUSURAN")
    assert refusal(conf.plan, plan_input([office.ani_case], "SIDANG_KASUS")).code == \
        "conference_kind_stage"
    conf.plan(plan_input([office.ani_case, office.stage3], "GELAR_KASUS"))
    with pytest.raises(ValidationFailed) as bad:
        conf.plan(plan_input([office.ani_case], participants=(
            ParticipantInput("Tamu", "nas-tidak-ada", "PESERTA", None),)))
    assert bad.value.problems == {"participants.0.institution_id": "unknown_institution"}
    with pytest.raises(ValidationFailed) as bad:
        conf.plan(plan_input([], "GELAR_KASUS", place=" "))
    assert bad.value.problems == {"case_ids": "conference_no_cases", "place": "required"}


def test_update_changes_cases_and_participants_and_cancel(office):
    conf = office.backend.conferences
    _, cid = conf.plan(plan_input([office.ani_case]))
    changes = conf.update(cid, plan_input(
        [office.budi_case, office.ani_case],
        participants=(ParticipantInput("Notulis Rina", None, "NOTULIS", None),)))
    assert changes.cases == {office.ani_case, office.budi_case}
    got = conf.get(cid)
    assert [(c.case_id, c.label) for c in got.cases] == [
        (office.budi_case, "Korban A"), (office.ani_case, "Korban B")]
    assert [p.name for p in got.participants] == ["Notulis Rina"]
    conf.start(cid)
    conf.add_decision(cid, DecisionInput(office.budi_case, "Konseling"))
    err = refusal(conf.update, cid, plan_input([office.ani_case]))
    assert (err.code, err.params["case_id"]) == ("conference_case_has_decisions",
                                                 office.budi_case)
    conf.add_decision(cid, DecisionInput(office.ani_case, "Visum", "Minta visum", POLDA, "",
                                         TODAY + timedelta(days=3)))
    assert [s.open_actions for s in conf.for_case(office.ani_case)] == [1]
    conf.cancel(cid)
    assert conf.get(cid).status == "DIBATALKAN"
    assert [s.open_actions for s in conf.for_case(office.ani_case)] == [0]
    assert conf.open_actions(office.ani_case) == []
    assert refusal(conf.update, cid, plan_input([office.ani_case])).code == "conference_state"


# -- action items ---------------------------------------------------------------------------------
def test_action_items_on_today_overdue_first_until_done(office):
    backend = office.backend
    conf = backend.conferences
    _, cid = conf.plan(plan_input([office.ani_case], planned_on=TODAY - timedelta(days=20)))
    conf.start(cid)
    later = DecisionInput(office.ani_case, "Cari pelatihan", "Daftar kursus menjahit", None,
                          "Ani", TODAY + timedelta(days=10))
    late = DecisionInput(office.ani_case, "Visum", "Minta hasil visum", POLDA, "",
                         TODAY - timedelta(days=2))
    _, later_id = conf.add_decision(cid, later)
    _, late_id = conf.add_decision(cid, late)
    conf.add_decision(cid, DecisionInput(office.ani_case, "Tanpa tindak lanjut"))
    conf.finish(cid, TODAY - timedelta(days=20))

    login(backend, "ani")
    view = backend.casework.today()
    assert [(a.decision_id, a.overdue) for a in view.actions] == [
        (late_id, True), (later_id, False)]
    assert view.actions[0].case_number and view.actions[0].what == "Minta hasil visum"
    # The overdue action item is on the case's next agenda.
    agenda = conf.agenda((office.ani_case,))
    assert any(a.heading == "Terlambat" and "Minta hasil visum" in a.text for a in agenda)
    with pytest.raises(ValidationFailed):
        conf.action_done(late_id, TODAY + timedelta(days=1))
    conf.action_done(late_id, TODAY)
    assert [a.decision_id for a in backend.casework.today().actions] == [later_id]
    assert [a.decision_id for a in conf.open_actions(office.ani_case)] == [later_id]
    conf.action_done(late_id, None)           # not done after all
    assert len(conf.open_actions()) == 2
    # Budi does not work on Ani's case: nothing of it on his Hari ini, and he cannot mark it.
    login(backend, "budi")
    assert refusal(conf.action_done, later_id, TODAY).code == "case_not_visible"
    assert backend.casework.today().actions == ()
    assert refusal(conf.open_actions, office.ani_case).code == "case_not_visible"


def test_an_action_item_is_marked_done_by_whoever_works_on_its_case(office):
    """A conference of Ani's and Budi's cases: Ani sees her case's item on Hari ini and marks
    it done, though she may not open the conference itself."""
    backend = office.backend
    conf = backend.conferences
    _, cid = conf.plan(plan_input([office.ani_case, office.budi_case]))
    conf.start(cid)
    _, mine = conf.add_decision(cid, DecisionInput(office.ani_case, "Visum", "Minta visum",
                                                   POLDA, "", TODAY + timedelta(days=3)))
    _, his = conf.add_decision(cid, DecisionInput(office.budi_case, "Konseling", "Jadwalkan",
                                                  None, "Budi", TODAY + timedelta(days=3)))
    conf.finish(cid, TODAY)
    login(backend, "ani")
    assert [a.decision_id for a in backend.casework.today().actions] == [mine]
    assert refusal(conf.get, cid).code == "case_not_visible"
    conf.action_done(mine, TODAY)
    assert backend.casework.today().actions == ()
    assert refusal(conf.action_done, his, TODAY).code == "case_not_visible"


def test_action_items_show_in_the_case_history(office):
    backend = office.backend
    conf = backend.conferences
    _, cid = conf.plan(plan_input([office.ani_case]))
    conf.start(cid)
    _, did = conf.add_decision(cid, DecisionInput(office.ani_case, "Visum", "Minta visum",
                                                  POLDA, "", TODAY + timedelta(days=3)))
    conf.action_done(did, TODAY)
    timeline = backend.cases.open(office.ani_case).timeline
    entries = [(e.entity, e.op, e.fields) for e in timeline
               if e.entity.startswith("conference")]
    assert ("conference_case", "create", ("case_id", "conference_id", "id", "position")) \
        in entries
    assert ("conference_decision", "create") in [(e, o) for e, o, _ in entries]
    assert ("conference_decision", "update", ("done_on",)) in entries
    # The other case's history holds nothing of this conference.
    assert not [e for e in backend.cases.open(office.budi_case).timeline
                if e.entity.startswith("conference")]


def test_a_decision_must_be_complete(office):
    conf = office.backend.conferences
    _, cid = conf.plan(plan_input([office.ani_case]))
    conf.start(cid)
    with pytest.raises(ValidationFailed) as bad:
        conf.add_decision(cid, DecisionInput(office.budi_case, " ", "Sesuatu"))
    assert bad.value.problems == {"text": "required",
                                  "case_id": "decision_case_not_in_conference",
                                  "action_who": "required", "action_due": "required"}
    with pytest.raises(ValidationFailed) as bad:
        conf.add_decision(cid, DecisionInput(office.ani_case, "Teks", "Sesuatu", None, "Ani",
                                             TODAY - timedelta(days=1)))
    assert bad.value.problems == {"action_due": "date_before_conference"}
    with pytest.raises(ValidationFailed) as bad:
        conf.add_decision(cid, DecisionInput(office.ani_case, "Teks", "Sesuatu", "nas-x", "",
                                             TODAY))
    assert bad.value.problems == {"action_who": "unknown_institution"}
    _, plain = conf.add_decision(cid, DecisionInput(office.ani_case, "Teks"))
    assert refusal(conf.action_done, plain, TODAY).code == "not_an_action_item"


# -- the stage items a held conference satisfies ----------------------------------------------------
def test_a_held_pembahasan_kasus_opens_the_stage_2_gate(office):
    backend = office.backend
    conf = backend.conferences
    case_id = office.ani_case
    err = refusal(backend.casework.request_stage_change, case_id, "RENCANA")
    assert err.code == "stage_requirements_missing"
    _, cid = conf.plan(plan_input([case_id]))
    conf.start(cid)
    # Running, not held: the gate stays shut.
    assert refusal(backend.casework.request_stage_change, case_id, "RENCANA").code == \
        "stage_requirements_missing"
    conf.finish(cid, TODAY - timedelta(days=1))
    work = backend.cases.open(case_id)
    assert work is not None
    _, info = backend.casework.request_stage_change(case_id, "RENCANA")
    assert info.to_stage == "RENCANA" and info.status == "APPLIED"


def test_a_cancelled_or_other_kind_of_conference_satisfies_nothing(office):
    backend = office.backend
    conf = backend.conferences
    _, gelar = conf.plan(plan_input([office.ani_case], "GELAR_KASUS"))
    conf.start(gelar)
    conf.finish(gelar, TODAY)
    _, cancelled = conf.plan(plan_input([office.ani_case]))
    conf.cancel(cancelled)
    assert refusal(backend.casework.request_stage_change, office.ani_case, "RENCANA").code == \
        "stage_requirements_missing"


def test_a_held_sidang_kasus_opens_stage_3_and_starts_the_plan(office):
    backend = office.backend
    conf = backend.conferences
    case_id = office.stage3
    assert refusal(backend.casework.request_stage_change, case_id, "PELAKSANAAN").code == \
        "stage_requirements_missing"
    _, cid = conf.plan(plan_input([case_id], "SIDANG_KASUS"))
    conf.start(cid)
    conf.record(cid, "Ekonomi dan trauma", "Pelatihan; konseling")
    conf.add_decision(cid, DecisionInput(case_id, "Ikut kursus menjahit", "Daftarkan kursus",
                                         None, "Ani", TODAY + timedelta(days=30)))
    assert refusal(conf.start_plan, cid, case_id).code == "conference_state"
    conf.finish(cid, TODAY)
    # The stage gate reads the held conference (the plan record itself still lacks it).
    _, info = backend.casework.request_stage_change(case_id, "PELAKSANAAN")
    assert info.to_stage == "PELAKSANAAN"
    changes, record_id, payload = conf.start_plan(cid, case_id)
    assert case_id in changes.cases                  # the plan record the case has, saved
    assert payload["masalah_prioritas"] == "Ekonomi"   # typed by the caseworker: kept
    assert payload["sidang_kasus"] is True and payload["tanggal_sidang"] == TODAY.isoformat()
    [plan] = [r for r in backend.cases.open(case_id).work.records if r.kind == "tahap_3"]
    assert plan.id == record_id
    assert (plan.payload["sidang_kasus"], plan.payload["masalah_prioritas"]) == (True, "Ekonomi")
    assert "Ikut kursus menjahit" not in plan.payload["strategi"]   # typed before: kept


def test_start_plan_fills_an_empty_plan_from_the_decisions(office):
    backend = office.backend
    conf = backend.conferences
    case_id = office.ani_case
    _, cid = conf.plan(plan_input([case_id], "GELAR_KASUS"))
    conf.start(cid)
    conf.record(cid, "Jeratan utang", "")
    conf.add_decision(cid, DecisionInput(case_id, "Lapor ke Polda", "Buat laporan polisi",
                                         POLDA, "", TODAY + timedelta(days=14)))
    conf.finish(cid, TODAY)
    changes, record_id, payload = conf.start_plan(cid, case_id)
    assert (changes.is_empty, record_id) == (True, None)   # no kebutuhan yet: not saved
    assert payload["masalah_prioritas"] == "Jeratan utang"
    assert payload["strategi"] == "- Lapor ke Polda"
    [goal] = payload["tujuan"]
    assert goal["tujuan"] == "Buat laporan polisi"
    assert goal["target"] == (TODAY + timedelta(days=14)).isoformat()
    assert "sidang_kasus" not in payload            # a gelar kasus is not the stage-3 item


# -- who may ------------------------------------------------------------------------------------
def test_a_user_who_cannot_see_every_case_is_refused(office):
    backend = office.backend
    conf = backend.conferences
    _, both = conf.plan(plan_input([office.ani_case, office.budi_case]))
    login(backend, "ani")
    assert refusal(conf.plan, plan_input([office.ani_case, office.budi_case])).code == \
        "case_not_visible"
    assert refusal(conf.get, both).code == "case_not_visible"
    assert refusal(conf.start, both).code == "case_not_visible"
    assert refusal(conf.reveal, both, office.ani_case, "full_name").code == "case_not_visible"
    assert refusal(conf.audience, both, office.ani_case).code == "case_not_visible"
    # Her own case alone she may plan and hold.
    _, own = conf.plan(plan_input([office.ani_case]))
    conf.start(own)
    assert [c.case_id for c in conf.get(own).cases] == [office.ani_case]


# -- the reveal -------------------------------------------------------------------------------------
def test_reveal_returns_the_value_and_audits_the_field_only(office):
    backend = office.backend
    conf = backend.conferences
    _, cid = conf.plan(plan_input([office.ani_case]))
    # Only in conference mode (running or held): not for a plan.
    assert refusal(conf.reveal, cid, office.ani_case, "full_name").code == "conference_state"
    conf.start(cid)
    before = sql(backend, "SELECT max(seq) FROM audit_entry")[0][0]
    assert conf.reveal(cid, office.ani_case, "full_name") == "Maria Seran"
    entries = sql(backend, "SELECT action, entity, entity_id, fields, user_id FROM audit_entry "
                           "WHERE seq > :s", s=before)
    assert [(a, e, i, json.loads(f) if isinstance(f, str) else f, u)
            for a, e, i, f, u in entries] == [
        ("conference_reveal", "case_file", office.ani_case, ["full_name"], office.sari.id)]
    dump = " ".join(str(r) for r in sql(backend, "SELECT * FROM audit_entry WHERE seq > :s",
                                        s=before))
    assert "Maria" not in dump and "Seran" not in dump
    assert backend.session.verify().ok           # the chain holds the new entry
    assert refusal(conf.reveal, cid, office.ani_case, "nik").code == "conference_field_unknown"
    assert refusal(conf.reveal, cid, office.budi_case, "full_name").code == \
        "conference_case_not_found"
    # Nothing is audited for a refused reveal.
    assert sql(backend, "SELECT count(*) FROM audit_entry WHERE seq > :s", s=before)[0][0] == 1
