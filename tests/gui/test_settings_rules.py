"""Pengaturan › Aturan kasus: shown to supervisors and admins, saved to the office's rules,
problems under the fields."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox

from ppt_desk.gui.pages.settings_page import SettingsPage
from ppt_desk.gui.widgets.check_list import CodeRole
from ppt_desk.services.dto import UserInfo

from gui_helpers import make_ctx


def _labels(box) -> dict[str, str]:
    items = [box.approvals.item(r) for r in range(box.approvals.count())]
    return {item.data(CodeRole): item.text() for item in items}


def test_rules_group_loads_validates_and_saves(qtbot, backend, runner, prefs):
    ctx = make_ctx(backend, runner, prefs)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.page_shown()
    box = page.rules_box
    assert box.title() == "Aturan kasus"
    assert (box.phase1.value(), box.phase2.value(), box.warn.value()) == (7, 14, 2)
    assert box.visit.value() == 3 and box.stage_days["PENELUSURAN"].value() == 21
    labels = _labels(box)
    assert labels["*>TERMINASI"] == "Tahap mana pun → Terminasi"
    assert labels["TERMINASI>*"] == "Buka kembali kasus"
    assert labels["PENYALURAN_MINAT>BANTUAN_LANJUT"] == "Penyaluran Minat → Bantuan Lanjut"
    assert set(box.approvals.codes()) == {"PENYALURAN_MINAT>BANTUAN_LANJUT", "*>TERMINASI",
                                          "BANTUAN_LANJUT>TERMINASI", "TERMINASI>*"}
    form_label = box.stage_form.labelForField(box.stage_days["PERLINDUNGAN"]).text()
    assert form_label == "Perlindungan Sosial"

    box.phase1.setValue(20)  # not below phase 2
    assert box.dirty
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert box.errors["allowance"].text() == ("Batas tahap pertama harus lebih kecil dari "
                                              "batas tahap kedua.")
    assert box.errors["allowance"].isVisibleTo(page)
    assert backend.office.casework_rules().allowance.phase1_days == 7

    box.phase1.setValue(5)
    box.phase2.setValue(10)
    box.stage_days["PERLINDUNGAN"].setValue(10)
    box.visit.setValue(5)
    box.approvals.setFocus()
    box.approvals.setCurrentRow(0)  # Perlindungan Sosial → Pendekatan Awal
    qtbot.keyClick(box.approvals, Qt.Key.Key_Space)
    box.approvals.set_checked("*>TERMINASI", False)
    with qtbot.waitSignal(ctx.bus.data_changed) as changed:
        qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert changed.args[0].rules and not changed.args[0].letterhead
    assert box.message.text() == "Aturan kasus tersimpan." and not box.dirty
    assert not box.errors["allowance"].isVisibleTo(page)
    rules = backend.office.casework_rules()
    assert (rules.allowance.phase1_days, rules.allowance.phase2_days) == (5, 10)
    assert rules.stage_max_days["PERLINDUNGAN"] == 10 and rules.home_visit_warn_days == 5
    assert rules.approval["PERLINDUNGAN>PENDEKATAN_AWAL"] is True
    assert rules.approval["*>TERMINASI"] is False
    assert rules.approval["TERMINASI>*"] is True

    box.phase2.setValue(30)  # unsaved edits survive showing the page again…
    page.page_shown()
    assert box.phase2.value() == 30
    qtbot.mouseClick(box.reset_button, Qt.MouseButton.LeftButton)  # …until undone
    assert box.phase2.value() == 10


def test_rules_group_only_for_supervisors_and_admins(qtbot, backend, runner, prefs):
    for roles, shown in (({"PENDAMPING"}, False), ({"ADMIN"}, True), ({"SUPERVISOR"}, True)):
        user = UserInfo("u-" + "-".join(sorted(roles)), "uji", "Pengguna Uji", frozenset(roles))
        page = SettingsPage(make_ctx(backend, runner, prefs, user))
        qtbot.addWidget(page)
        titles = [g.title() for g in page.findChildren(QGroupBox)]
        assert ("Aturan kasus" in titles) is shown, roles
        assert (page.rules_box is not None) is shown
