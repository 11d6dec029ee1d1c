"""Casework widgets: RecordForm round-trips every form of forms.json and shows problems
under their fields; the case page's tabs show a case's casework and forget it on lock."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from ppt_desk.domain.institutions import load_national
from ppt_desk.gui.labels import casework_config
from ppt_desk.gui.pages.case_page import CasePage
from ppt_desk.gui.widgets.date_field import DateField
from ppt_desk.gui.widgets.record_form import RecordForm
from ppt_desk.paths import INSTITUTIONS

from casework_fill import MovableClock, click, fill, payloads
from gui_helpers import TODAY, make_ctx, register

DAY = date(2025, 5, 2)
FORMS = casework_config().forms
NATIONAL = list(load_national(INSTITUTIONS))


def _register(backend, name: str) -> tuple[str, str]:
    """A case registered on DAY (the backend's clock is set to DAY)."""
    backend.deps.clock = MovableClock(DAY)
    return register(backend, name, days_ago=(TODAY - DAY).days)


def _all_payloads() -> dict[str, dict]:
    out = payloads(DAY)
    out["serah_terima"] = {"tanggal": DAY.isoformat(), "dari": "u-1", "ke": "u-2",
                           "catatan": "Pendamping cuti panjang"}
    return out


def test_every_form_kind_has_a_payload():
    assert set(_all_payloads()) == set(FORMS)


@pytest.mark.parametrize("kind", sorted(FORMS))
def test_record_form_round_trips(qtbot, kind):
    form = RecordForm(FORMS[kind], users=[("u-1", "Yuliana Bria"), ("u-2", "Yohanes Ndun")])
    qtbot.addWidget(form)
    payload = _all_payloads()[kind]
    form.set_payload(payload)
    form.set_institutions(NATIONAL)  # the directory arrives after the record is shown
    assert form.payload() == payload
    # filled through the widgets, the same JSON comes out
    typed = RecordForm(FORMS[kind], users=[("u-1", "Yuliana Bria"), ("u-2", "Yohanes Ndun")])
    typed.set_institutions(NATIONAL)
    qtbot.addWidget(typed)
    typed.show()
    fill(qtbot, typed, payload)
    assert typed.payload() == payload
    # an empty form gives an empty payload
    form.set_payload({})
    assert form.payload() == {}


def test_user_fields_keep_their_value_when_the_user_list_arrives_later(qtbot):
    form = RecordForm(FORMS["serah_terima"])
    qtbot.addWidget(form)
    form.set_payload(_all_payloads()["serah_terima"])
    assert "ke" not in form.payload()  # no users listed yet
    form.set_users([("u-1", "Yuliana Bria"), ("u-2", "Yohanes Ndun")])
    assert form.payload() == _all_payloads()["serah_terima"]
    assert form.editors["ke"].currentText() == "Yohanes Ndun"


def test_form_marks_required_fields_and_groups_the_checklist(qtbot):
    form = RecordForm(FORMS["tahap_1"])
    qtbot.addWidget(form)
    assert form.labels["tanggal"].text() == "Tanggal *"
    assert form.labels["tanggal_kesepakatan"].text() == "Tanggal kesepakatan kerja"
    form.editors["kesepakatan_kerja"].click()  # required_if follows the checkbox
    assert form.labels["tanggal_kesepakatan"].text() == "Tanggal kesepakatan kerja *"
    box = form.checklist_box
    assert box is not None and box.title() == "Daftar periksa"
    in_box = [k for k, w in form.editors.items() if box.isAncestorOf(w)]
    assert in_box == ["relasi", "motivasi", "eksplorasi", "perlu_rujukan", "kesepakatan_kerja"]
    assert form.editors["relasi"].toolTip() == "Rujukan pedoman: 002:1047-1049"


def test_problems_from_the_backend_show_under_their_fields(qtbot, backend, runner, prefs):
    case_id, _ = _register(backend, "Problema Uji")
    page = CasePage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    page.load(case_id)
    page.tabs.setCurrentWidget(page.empowerment)
    page.empowerment.strip.select("RENCANA")
    dialog = page.add_record("tahap_3")
    form = dialog.form
    p = payloads(DAY)["tahap_3"]
    fill(qtbot, form, {k: v for k, v in p.items() if k not in ("strategi", "tujuan")})
    click(qtbot, form.editors["tujuan"].add_button)
    form.editors["tujuan"].set_cell(0, "tujuan", "Mandiri ekonomi")  # no target, no owner
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert form.errors["strategi"].text() == "Wajib diisi."
    assert form.errors["strategi"].isVisible()
    assert "Baris 1, Target tanggal: Wajib diisi." in form.errors["tujuan"].text()
    assert form.errors["tanggal"].text() == ""
    assert form.summary.text() == "Beberapa isian belum benar. Periksa pesan berwarna merah."
    strategi = form.editors["strategi"]
    gap = (form.errors["strategi"].mapTo(form, form.errors["strategi"].rect().topLeft()).y()
           - strategi.mapTo(form, strategi.rect().bottomLeft()).y())
    assert 0 <= gap < 30  # the message sits right under its field
    qtbot.waitUntil(lambda: QApplication.focusWidget() is strategi, timeout=1000)
    qtbot.keyClicks(strategi, "Pelatihan menjahit")
    editor = form.editors["tujuan"]
    editor.set_cell(0, "target", "2025-08-01")
    editor.set_cell(0, "penanggung_jawab", "Pendamping")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert page.empowerment.panels["RENCANA"].lists["tahap_3"].table.rowCount() == 1
    marks = page.empowerment.panels["RENCANA"].checklists["tahap_3"]
    assert marks.items["sidang_kasus"][0].text().startswith("☑ ")


def test_optional_date_stays_empty_until_a_date_is_chosen(qtbot):
    form = RecordForm(FORMS["penampungan"])
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form, timeout=2000)
    out: DateField = form.editors["tanggal_keluar"]
    assert out.text() == "—" and out.iso() is None
    out.setFocus()
    qtbot.waitUntil(out.hasFocus, timeout=1000)
    qtbot.keyClick(out, Qt.Key.Key_Tab)  # passing through leaves it empty
    assert out.iso() is None and out.text() == "—" and not out.hasFocus()
    entry: DateField = form.editors["tanggal_masuk"]
    entry.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab does: today's date to start from
    assert entry.text() == QDate.currentDate().toString("dd/MM/yyyy") and entry.iso() is None
    qtbot.keyClick(entry, Qt.Key.Key_Tab)
    assert entry.iso() is None and entry.text() == "—"
    out.setFocus()
    qtbot.waitUntil(out.hasFocus, timeout=1000)
    qtbot.keyClicks(out, "03052025")
    assert out.iso() == "2025-05-03"
    out.lineEdit().selectAll()
    qtbot.keyClick(out, Qt.Key.Key_Delete)
    assert out.iso() is None
    assert "tanggal_keluar" not in form.payload()


def test_case_tabs_show_casework_and_forget_it_on_clear(qtbot, backend, runner, prefs):
    case_id, number = _register(backend, "Lupa Kunci")
    clock = backend.deps.clock
    p = payloads(DAY)
    backend.casework.save_record(case_id, "jaminan_hidup", p["jaminan_hidup"])
    backend.casework.save_record(case_id, "hambatan", p["hambatan"])
    clock.advance(5)
    page = CasePage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.load(case_id)
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["Ringkasan", "Perlindungan", "Pemberdayaan", "Layanan", "Persetujuan",
                    "Kelengkapan && Hambatan", "Riwayat"]
    assert page.header_parts["stage"] == "Tahap: <b>Perlindungan Sosial</b>"
    assert page.header_parts["days"] == "5 hari di tahap ini (sejak 02/05/2025)"
    assert page.header_parts["status"] == "Status: Aktif"
    allowance = page.protection.allowance.text()
    assert allowance.startswith("Hari ke-6 — tahap 1 (batas hari ke-7, sampai 08/05/2025)")
    assert page.protection.allowance_alert.text().startswith("Tahap 1 jaminan hidup segera")
    assert page.items.marks()["g"] and not page.items.marks()["f"]
    history = page.history
    subjects = [history.timeline.item(r, 1).text() for r in range(history.timeline.rowCount())]
    assert {"Jaminan Hidup", "Hambatan"} <= set(subjects)
    dialog = page.add_record("evakuasi")
    fill(qtbot, dialog.form, {"dari": "Pelabuhan Tenau"})

    page.clear()
    assert page.record_dialog is None and not dialog.isVisible()
    assert page.title.text() == "" and not page.header.isVisible()
    assert page.protection.allowance.text() == ""
    assert all(not lst.records for lst in page.protection.lists.values())
    assert page.history.timeline.rowCount() == 0
    assert page.items.obstacles.table.rowCount() == 0
    assert page.empowerment.strip.current_code() == ""
    assert all(not panel.lists or all(not lst.records for lst in panel.lists.values())
               for panel in page.empowerment.panels.values())
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    texts = [w.text() for w in page.findChildren(QLabel) if w.text()]
    assert not any(number in t or "Lupa Kunci" in t for t in texts)


def test_forms_fit_a_1024x768_window(qtbot, backend, runner, prefs):
    """Every form opens in a dialog no larger than the window, scrolling when needed."""
    case_id, _ = _register(backend, "Muat Layar")
    page = CasePage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(page)
    page.resize(1024 - 170, 768 - 100)
    page.show()
    page.load(case_id)
    for kind, form in FORMS.items():
        if form.system:
            continue
        dialog = page.add_record(kind)
        assert dialog.height() <= page.window().height() - 40, kind
        assert dialog.findChild(QScrollArea) is dialog.scroll
    page.clear()


WALK = [("PERLINDUNGAN", ["asesmen", "bebas_kritis"], "PENDEKATAN_AWAL"),
        ("PENDEKATAN_AWAL", ["tahap_1"], "PENELUSURAN"),
        ("PENELUSURAN", ["tahap_2"], "RENCANA"),
        ("RENCANA", ["tahap_3"], "PELAKSANAAN"),
        ("PELAKSANAAN", ["kegiatan_pelaksanaan"], "PENYALURAN_MINAT"),
        ("PENYALURAN_MINAT", ["tahap_5"], "BANTUAN_LANJUT"),
        ("BANTUAN_LANJUT", ["tahap_6", "kunjungan_rumah", "terminasi"], "TERMINASI")]


def test_reopening_a_terminated_case_needs_a_reason(qtbot, backend, runner, prefs):
    case_id, _ = _register(backend, "Buka Kembali")
    forms = payloads(DAY)
    for _stage, kinds, target in WALK:  # the admin is a supervisor: changes apply at once
        for kind in kinds:
            backend.casework.save_record(case_id, kind, forms[kind])
        backend.casework.request_stage_change(case_id, target)
    page = CasePage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(page)
    page.resize(1024 - 170, 700)
    page.show()
    page.load(case_id)
    assert page.header_parts["status"] == "Status: Selesai · Eks korban"
    tab = page.empowerment
    assert not tab.panels["PELAKSANAAN"].lists["kegiatan_pelaksanaan"].add_button.isEnabled()
    assert tab.panels["TERMINASI"].lists["terminasi"].add_button.isEnabled()
    dialog = tab.open_stage_dialog()
    assert set(dialog.buttons) == {s for s, *_ in WALK}  # reopen to any stage
    click(qtbot, dialog.buttons["BANTUAN_LANJUT"])
    assert dialog.reason_label.text() == "Alasan membuka kembali *"
    assert "alasan wajib ditulis" in dialog.details["BANTUAN_LANJUT"].text()
    click(qtbot, dialog.submit)
    assert dialog.isVisible()
    assert dialog.error.text() == "Tulis alasan membuka kembali kasus."
    qtbot.keyClicks(dialog.reason, "Korban kembali mendapat ancaman")
    click(qtbot, dialog.submit)
    assert not dialog.isVisible()
    assert tab.strip.current_code() == "BANTUAN_LANJUT"
    assert page.header_parts["status"] == "Status: Aktif"
    assert tab.message.text() == "Tahap berubah: Terminasi → Bantuan Lanjut."


def test_handover_and_share_open_their_dialogs(qtbot, backend, runner, prefs):
    case_id, _ = _register(backend, "Serah Terima")
    backend.users.add("maria.g", "Maria Goreti", frozenset({"PENDAMPING"}), "kata-sandi-uji-2")
    page = CasePage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(page)
    page.show()
    page.load(case_id)
    assert page.handover_button.isEnabled() and page.share_button.isEnabled()
    click(qtbot, page.handover_button)
    dialog = page.access_dialog
    assert dialog is not None and dialog.isVisible() and dialog.case_id == case_id
    click(qtbot, page.share_button)  # one access dialog at a time
    assert not dialog.isVisible() and page.access_dialog.isVisible()
    page.clear()
    assert page.access_dialog is None


def test_a_case_handed_away_leaves_the_page_with_a_message(qtbot, backend, runner, prefs):
    maria = backend.users.add("maria.h", "Maria H", frozenset({"PENDAMPING"}), "kata-sandi-uji-2")[1]
    yosef = backend.users.add("yosef.h", "Yosef H", frozenset({"PENDAMPING"}), "kata-sandi-uji-2")[1]
    case_id, _ = _register(backend, "Diserahkan Pergi")
    backend.casework.hand_over(case_id, maria.id, "Pendamping baru")
    backend.session.lock()
    backend.session.unlock("maria.h", "kata-sandi-uji-2")
    ctx = make_ctx(backend, runner, prefs)
    page = CasePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.load(case_id)
    qtbot.waitUntil(lambda: page.detail is not None)
    changes = backend.casework.hand_over(case_id, yosef.id, "Maria pindah tugas")
    with qtbot.waitSignal(page.case_left) as left:
        ctx.bus.data_changed.emit(changes)
    assert "diserahkan" in left.args[0]
    assert page.detail is None and not page.error.isVisible()
