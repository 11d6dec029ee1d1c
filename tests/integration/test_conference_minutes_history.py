"""A case's conferences in its history (Riwayat), on a real store and in the real history tab:
the case put on a conference, the conference started and held, its decisions and action items
with what they say, an action item marked done, a conference cancelled; nothing of it in
another case's history.

Synthetic people only."""
from __future__ import annotations

from datetime import timedelta

from audience_helpers import TODAY, as_supervisor, build_canary_case
from ppt_desk.gui.pages.history_tab import HistoryTab
from ppt_desk.services.conference_dto import ConferenceInput, DecisionInput, ParticipantInput

ACTION = "Membuat surat rujukan ke psikolog"
PLAIN = "Kasus dibahas lagi bulan depan setelah hasil konseling diterima dan keluarga dihubungi."


def conference_history(backend):
    as_supervisor(backend, None)
    case = build_canary_case(backend)
    other = build_canary_case(backend, full_name="Wulan Lain")
    b = backend.conferences
    _, conference_id = b.plan(ConferenceInput(
        "PEMBAHASAN_KASUS", TODAY, "Aula", (case.case_id,),
        (ParticipantInput("Maria Tefa", None, "KETUA", TODAY),)))
    b.start(conference_id)
    b.record(conference_id, "Fokus", "Alternatif")
    _, action = b.add_decision(conference_id, DecisionInput(
        case.case_id, "Korban dirujuk.", ACTION, None, "Renée Ndun", TODAY + timedelta(days=7)))
    b.add_decision(conference_id, DecisionInput(case.case_id, PLAIN))
    b.finish(conference_id, TODAY)
    b.action_done(action, TODAY)
    return backend.cases.open(case.case_id).timeline, backend.cases.open(other.case_id).timeline


def test_the_case_history_tells_its_conference_and_action_items(backend, qtbot):
    timeline, other = conference_history(backend)
    ours = [e for e in timeline if e.entity.startswith("conference")]
    assert ("conference_case", "create", "PEMBAHASAN_KASUS") in \
        [(e.entity, e.op, e.subject) for e in ours]
    held = [e for e in ours if e.entity == "conference" and "held_on" in e.fields]
    assert held and held[0].subject == "PEMBAHASAN_KASUS" and held[0].note == "SELESAI"
    assert [e.note for e in ours if e.entity == "conference"] == ["BERLANGSUNG", "", "SELESAI"]
    assert not [e for e in ours if e.entity == "conference" and e.op == "create"]
    decisions = [e for e in ours if e.entity == "conference_decision"]
    assert {e.subject for e in decisions} == {ACTION, PLAIN}
    assert [e for e in decisions if e.op == "update" and "done_on" in e.fields]
    assert not [e for e in other if e.entity.startswith("conference")]

    tab = HistoryTab()
    qtbot.addWidget(tab)
    tab.show_entries(tuple(timeline))
    rows = [[tab.timeline.item(r, c).text() for c in (1, 2)]
            for r in range(tab.timeline.rowCount())]
    assert ["Sidang kasus: Pertemuan pembahasan kasus", "direncanakan"] in rows
    assert ["Sidang kasus: Pertemuan pembahasan kasus", "dimulai"] in rows
    assert ["Sidang kasus: Pertemuan pembahasan kasus", "diubah: alternatif, fokus masalah"] \
        in rows
    assert ["Sidang kasus: Pertemuan pembahasan kasus", "selesai diadakan"] in rows
    assert [f"Keputusan sidang kasus: {ACTION}", "dibuat"] in rows
    assert [f"Keputusan sidang kasus: {ACTION}", "diubah: selesai"] in rows
    cut = [r[0] for r in rows if r[0].startswith("Keputusan sidang kasus: Kasus dibahas")]
    assert cut and cut[0].endswith("…") and len(cut[0]) < len("Keputusan sidang kasus: ") + 71


def test_a_cancelled_conference_says_so_in_the_history(backend, qtbot):
    as_supervisor(backend, None)
    case = build_canary_case(backend)
    _, conference_id = backend.conferences.plan(ConferenceInput(
        "PEMBAHASAN_KASUS", TODAY, "Aula", (case.case_id,), ()))
    backend.conferences.cancel(conference_id)
    tab = HistoryTab()
    qtbot.addWidget(tab)
    tab.show_entries(backend.cases.open(case.case_id).timeline)
    rows = [[tab.timeline.item(r, c).text() for c in (1, 2)]
            for r in range(tab.timeline.rowCount())]
    assert rows[-2:] == [["Sidang kasus: Pertemuan pembahasan kasus", "direncanakan"],
                         ["Sidang kasus: Pertemuan pembahasan kasus", "dibatalkan"]]
