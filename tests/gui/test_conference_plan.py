"""The planning dialog of a case conference through its widgets: pre-filled with the case,
another case added by search, participants from the directory with their confidentiality
acknowledgement, refusals shown at their fields, and changing a planned conference."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication, QWidget

from ppt_desk.gui.conference.plan_dialog import PlanDialog

from casework_fill import click
from casework_gui_helpers import use_clock
from conference_gui_helpers import stage2_case
from gui_helpers import make_ctx

START = date(2025, 5, 2)


def _dialog(qtbot, backend, runner, prefs, case_id: str, number: str) -> PlanDialog:
    ctx = make_ctx(backend, runner, prefs)
    dialog = PlanDialog(ctx, [(case_id, f"{number} — Uji")], "PEMBAHASAN_KASUS", START)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_plan_a_conference_for_two_cases_with_participants(qtbot, backend, runner, prefs):
    use_clock(backend, START)
    case_id, number = stage2_case(backend, "Rencana Sidang Satu", START)
    other_id, other_number = stage2_case(backend, "Rencana Sidang Dua", START)
    dialog = _dialog(qtbot, backend, runner, prefs, case_id, number)
    assert dialog.windowTitle() == "Rencanakan pembahasan kasus"
    assert dialog.kind.code() == "PEMBAHASAN_KASUS"
    assert dialog.cases.case_ids() == (case_id,)
    assert dialog.cases.table.table.item(0, 0).text() == "Korban A"

    # Another case by search: it becomes Korban B.
    qtbot.keyClicks(dialog.cases.search, "Rencana Sidang Dua")
    qtbot.waitUntil(lambda: dialog.cases.results.count() == 1, timeout=2000)
    click(qtbot, dialog.cases.add_button)
    assert dialog.cases.case_ids() == (case_id, other_id)
    assert dialog.cases.table.table.item(1, 0).text() == "Korban B"
    assert other_number in dialog.cases.table.table.item(1, 1).text()

    # A participant without a role is refused under the list, the dialog stays open.
    p = dialog.participants
    qtbot.keyClicks(dialog.place, "Ruang rapat UPTD PPA")
    qtbot.keyClicks(p.name, "Ketua Uji")
    click(qtbot, p.add_button)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.errors["participants"].isVisibleTo(dialog)
    # Chosen again, given a role and the acknowledgement, changed in place.
    p.table.table.selectRow(0)
    assert p.name.text() == "Ketua Uji"
    p.role.set_code("KETUA")
    click(qtbot, p.acknowledged)
    assert p.acknowledged_on.iso() == START.isoformat()
    click(qtbot, p.update_button)
    institutions = [p.institution.itemData(i) for i in range(1, p.institution.count())]
    assert institutions, "the directory's institutions are offered"
    qtbot.keyClicks(p.name, "Perwakilan Mitra Uji")
    p.institution.set_code(institutions[0])
    p.role.set_code("MITRA")
    click(qtbot, p.add_button)
    assert [p.table.table.item(r, 3).text() for r in range(2)] == ["Sudah, 02/05/2025", "Belum"]
    assert p.table.table.item(1, 1).text() == p.institution.itemText(
        p.institution.findData(institutions[0]))

    saved = []
    dialog.saved.connect(lambda _c, conference_id: saved.append(conference_id))
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible(), dialog.error.text()
    detail = backend.conferences.get(saved[0])
    assert [c.label for c in detail.cases] == ["Korban A", "Korban B"]
    assert [(x.name, x.role, x.acknowledged_on) for x in detail.participants] == [
        ("Ketua Uji", "KETUA", START), ("Perwakilan Mitra Uji", "MITRA", None)]
    assert detail.participants[1].institution_id == institutions[0]
    assert detail.place == "Ruang rapat UPTD PPA" and detail.status == "DIRENCANAKAN"


def test_a_missing_place_is_shown_at_its_field_and_changing_keeps_the_rest(
        qtbot, backend, runner, prefs):
    use_clock(backend, START)
    case_id, number = stage2_case(backend, "Rencana Tanpa Tempat", START)
    dialog = _dialog(qtbot, backend, runner, prefs, case_id, number)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.errors["place"].text() == "Wajib diisi."
    qtbot.keyClicks(dialog.place, "Aula Dinas")
    saved = []
    dialog.saved.connect(lambda _c, conference_id: saved.append(conference_id))
    click(qtbot, dialog.save_button)
    assert saved and not dialog.isVisible()

    again = _dialog(qtbot, backend, runner, prefs, case_id, number)
    again.load(backend.conferences.get(saved[0]))
    assert again.windowTitle() == "Ubah rencana pertemuan"
    assert again.place.text() == "Aula Dinas"
    again.place.clear()
    qtbot.keyClicks(again.place, "Ruang konseling")
    click(qtbot, again.save_button)
    assert not again.isVisible(), again.error.text()
    assert backend.conferences.get(saved[0]).place == "Ruang konseling"


def test_tab_goes_down_the_dialog_in_reading_order(qtbot, backend, runner, prefs):
    use_clock(backend, START)
    case_id, number = stage2_case(backend, "Rencana Papan Ketik", START)
    dialog = _dialog(qtbot, backend, runner, prefs, case_id, number)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    dialog.kind.setFocus()
    seen: list[QWidget] = []
    for _ in range(8):
        seen.append(QApplication.focusWidget())
        dialog.focusNextChild()
    p = dialog.participants
    order = [w for w in seen if w in (dialog.kind, dialog.planned_on, dialog.place,
                                      dialog.cases.search, p.name)]
    assert order[:3] == [dialog.kind, dialog.planned_on, dialog.place]
    assert order.index(dialog.cases.search) < len(order)
