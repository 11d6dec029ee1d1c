"""Issue 14: the Pemberdayaan tab says what the current phase is and what comes next (a new
case starts in Perlindungan Sosial, before the guide's stage 1), and a stage form marks,
before saving, the fields the move to the next stage will need — through the real widgets of
a 1366x768 case page and the real backend."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from ppt_desk.gui.labels import casework_config
from ppt_desk.gui.pages.case_page import CasePage

from casework_fill import click, fill, payloads
from casework_gui_helpers import new_case, protection_done, shown_case_page

DAY = date(2025, 5, 10)
CONFIG = casework_config()


@pytest.fixture
def page(qtbot, backend, runner, prefs):
    return shown_case_page(qtbot, backend, runner, prefs, DAY)


def _empowerment(qtbot, page: CasePage, case_id: str):
    page.load(case_id)
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.tabRect(page.tabs.indexOf(page.empowerment)).center())
    assert page.tabs.currentWidget() is page.empowerment
    return page.empowerment


def _to_stage1(backend, case_id: str) -> None:
    for kind, payload in protection_done(DAY).items():
        backend.casework.save_record(case_id, kind, payload)
    backend.casework.request_stage_change(case_id, "PENDEKATAN_AWAL")


def test_every_stage_says_what_it_is_for():
    for stage in CONFIG.stages:
        assert len(stage.description("id")) > 40 and len(stage.description("en")) > 40, \
            stage.code


def test_the_tab_says_what_this_phase_is_and_what_comes_next(qtbot, backend, page):
    case_id, _ = new_case(backend, "Tahap Awal", DAY)
    tab = _empowerment(qtbot, page, case_id)
    protection = CONFIG.stage("PERLINDUNGAN")
    first = CONFIG.stage("PENDEKATAN_AWAL")
    assert tab.help.isVisible()
    text = tab.help.text()
    # a new case is in Perlindungan Sosial: the phase before the guide's stage 1, and then?
    assert text.startswith("<b>Perlindungan Sosial</b>: Fase sebelum tahap-tahap pemberdayaan")
    assert protection.description_id in text
    assert f"Berikutnya: <b>1. Pendekatan Awal</b> — {first.description_id}" in text
    # under the current stage, above the stage's forms; it fits the tab (word-wrapped)
    assert tab.help.geometry().top() >= tab.status.geometry().bottom()
    assert tab.help.geometry().bottom() <= tab.scroll.geometry().top()
    assert tab.help.width() <= tab.width()

    _to_stage1(backend, case_id)
    page.reload()
    text = tab.help.text()
    assert text.startswith("<b>1. Pendekatan Awal</b>: Tahap 1: pendamping membangun hubungan")
    assert "Berikutnya: <b>2. Penelusuran dan Pemahaman Masalah</b>" in text

    page.clear()  # the lock: nothing of the case is left
    assert tab.help.text() == "" and not tab.help.isVisible()


def test_the_stage_form_marks_what_the_next_stage_needs_before_saving(qtbot, backend, page):
    case_id, _ = new_case(backend, "Tahap Satu", DAY)
    _to_stage1(backend, case_id)
    tab = _empowerment(qtbot, page, case_id)
    panel = tab.panels["PENDEKATAN_AWAL"]
    assert tab.stack.currentWidget() is panel
    records = panel.lists["tahap_1"]
    click(qtbot, records.add_button)
    dialog = page.record_dialog
    assert dialog is not None and dialog.isVisible()
    form = dialog.form
    # the gate Pendekatan Awal -> Penelusuran reads three fields; only one of them is '*'
    assert set(dialog.gate_notes) == {"kebutuhan_layanan", "kesepakatan_kerja",
                                      "tanggal_kesepakatan"}
    assert not form.labels["kesepakatan_kerja"].text().endswith("*")
    for key, note in dialog.gate_notes.items():
        assert note.isVisible(), key
        assert note.text() == ("diperlukan untuk tahap berikutnya (Penelusuran dan "
                               "Pemahaman Masalah)")
        editor = form.editors[key]
        below = editor.mapTo(form, editor.rect().bottomLeft()).y()
        top = note.mapTo(form, note.rect().topLeft()).y()
        assert 0 <= top - below <= 20, key  # right under its field
    assert dialog.gate_hint.isVisible()
    assert dialog.gate_hint.text() == (
        "Untuk pindah ke tahap berikutnya (Penelusuran dan Pemahaman Masalah) diperlukan: "
        "Kebutuhan pelayanan dan sumber yang ditentukan, Kesepakatan kerja dibuat, Tanggal "
        "kesepakatan kerja.")
    # filled as marked and saved, the gate is open (the same rule, read by the backend)
    fill(qtbot, form, payloads(DAY)["tahap_1"])
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible(), form.summary.text() + dialog.error.text()
    option = next(o for o in page.detail.work.options if o.target == "PENELUSURAN")
    assert option.ready


def test_only_the_fields_a_gate_reads_are_marked(qtbot, backend, page):
    case_id, _ = new_case(backend, "Tanpa Tanda", DAY)
    page.load(case_id)
    dialog = page.add_record("kegiatan_pelaksanaan")
    assert dialog.gate_notes.keys() == {"uraian"}  # the gate to stage 5 reads only that
    assert "(Penyaluran Minat)" in dialog.gate_hint.text()
    dialog.wipe()
    dialog = page.add_record("evakuasi")  # no gate reads an evacuation
    assert dialog is not None and dialog.gate_notes == {}
    assert not dialog.gate_hint.isVisible()
