"""The consent ledger tab: record (problems under the fields), check, withdraw — through the
widgets and the real backend; a child's own consent without a legal basis is refused."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ppt_desk.gui.dialogs.consent_dialog import ConsentDialog
from ppt_desk.gui.dialogs.withdraw_consent_dialog import WithdrawConsentDialog
from ppt_desk.gui.pages.consent_tab import ConsentTab

from casework_gui_helpers import START, new_case, use_clock
from gui_helpers import make_ctx


def _tab(qtbot, backend, runner, prefs, case_id: str, is_child: bool) -> ConsentTab:
    ctx = make_ctx(backend, runner, prefs)
    tab = ConsentTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(900, 560)
    tab.show()

    def reload(changes=None) -> None:  # what the case page does on data_changed
        if changes is None or changes.touches_case(case_id):
            tab.show_work(case_id, backend.cases.open(case_id).work, is_child)

    ctx.bus.data_changed.connect(reload)
    reload()
    return tab


def _open_dialog(qtbot, tab, button, kind):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialogs = [d for d in tab.findChildren(kind) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def _cells(tab, row: int = 0) -> list[str]:
    t = tab.ledger.table
    return [t.item(row, c).text() for c in range(t.columnCount())]


def test_record_check_and_withdraw_a_consent(qtbot, backend, runner, prefs):
    use_clock(backend)
    case_id, _number = new_case(backend, "Maria Seran", START)
    tab = _tab(qtbot, backend, runner, prefs, case_id, False)
    assert tab.ledger.empty.isVisibleTo(tab) and not tab.withdraw_button.isEnabled()

    dialog = _open_dialog(qtbot, tab, tab.record_button, ConsentDialog)
    assert dialog.given_by.code() == "KORBAN"  # an adult consents herself
    assert not dialog.agency.isVisibleTo(dialog)
    dialog.purpose.set_code("RUJUKAN")  # a referral names its agency
    assert dialog.agency.isVisibleTo(dialog)
    assert not dialog.legal_hint.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["agency"].text() == "Wajib diisi."
    assert "Periksa pesan berwarna merah" in dialog.message.text()
    qtbot.keyClicks(dialog.agency, "Dinas Sosial Kota Kupang")
    dialog.method.set_code("CAP_JEMPOL")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result_changes.touches_case(case_id)
    assert _cells(tab) == ["Rujukan ke lembaga tertentu", "Dinas Sosial Kota Kupang",
                           "Korban sendiri", "02/05/2025", "Cap jempol", "—", "Berlaku"]

    tab.check_purpose.set_code("RUJUKAN")
    assert tab.check_agency.isVisibleTo(tab)
    qtbot.keyClicks(tab.check_agency, "dinas sosial  kota kupang")
    qtbot.keyClick(tab.check_agency, Qt.Key.Key_Return)
    assert tab.answer.text().startswith("✔ Diizinkan: Rujukan ke lembaga tertentu")
    assert "02/05/2025 oleh Korban sendiri" in tab.answer.text()
    tab.check_agency.clear()
    qtbot.keyClicks(tab.check_agency, "Polda NTT")
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    assert tab.answer.text() == ("✖ Tidak diizinkan: Rujukan ke lembaga tertentu — Polda NTT "
                                 "— persetujuan yang ada tidak mencakup lembaga ini.")
    tab.check_purpose.set_code("FOTO")
    assert not tab.check_agency.isVisibleTo(tab) and tab.answer.text() == ""
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    assert tab.answer.text().endswith("belum ada persetujuan untuk tujuan ini.")

    tab.ledger.table.selectRow(0)
    assert tab.withdraw_button.isEnabled()
    withdraw = _open_dialog(qtbot, tab, tab.withdraw_button, WithdrawConsentDialog)
    qtbot.keyClicks(withdraw.note, "Korban menyampaikan secara lisan")
    qtbot.mouseClick(withdraw.ok, Qt.MouseButton.LeftButton)
    assert not withdraw.isVisible()
    assert _cells(tab)[-1] == "Dicabut"
    assert "Korban menyampaikan secara lisan" in tab.ledger.table.item(0, 6).toolTip()
    assert not tab.withdraw_button.isEnabled()  # already withdrawn
    tab.check_purpose.set_code("RUJUKAN")
    tab.check_agency.clear()
    qtbot.keyClicks(tab.check_agency, "Dinas Sosial Kota Kupang")
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    assert tab.answer.text().endswith("persetujuan sudah dicabut.")

    open_dialog = tab.record_consent()
    tab.clear()  # lock: the case leaves the screen, open dialogs too
    assert not open_dialog.isVisible()
    assert tab.ledger.table.rowCount() == 0 and tab.answer.text() == ""
    assert not tab.record_button.isEnabled()


def test_child_consent_without_guardian_is_refused_with_the_message(qtbot, backend, runner,
                                                                     prefs):
    use_clock(backend)
    case_id, _number = new_case(backend, "Agustina Bere", START, age=15)
    tab = _tab(qtbot, backend, runner, prefs, case_id, True)
    dialog = _open_dialog(qtbot, tab, tab.record_button, ConsentDialog)
    assert dialog.given_by.code() == "WALI"
    assert dialog.labels["giver_name"].text() == "Nama pemberi *"
    assert dialog.labels["legal_basis"].text() == "Dasar hukum"
    dialog.given_by.set_code("KORBAN")  # the child herself, without a legal basis
    assert dialog.labels["legal_basis"].text() == "Dasar hukum *"
    assert dialog.legal_hint.isVisibleTo(dialog)
    assert "Korban anak" in dialog.legal_hint.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["legal_basis"].text() == (
        "Korban anak: persetujuan diberikan oleh wali, atau tuliskan dasar hukumnya.")
    assert dialog.legal_basis.hasFocus() or not dialog.isActiveWindow()
    assert backend.cases.open(case_id).work.consents == ()

    dialog.given_by.set_code("WALI")  # the guardian, named
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["giver_name"].text() == "Wajib diisi."
    assert dialog.errors["legal_basis"].isHidden()
    qtbot.keyClicks(dialog.giver_name, "Yosefina Wali")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _cells(tab)[:3] == ["Menerima layanan PPT", "—", "Wali / orang tua (Yosefina Wali)"]
    assert _cells(tab)[-1] == "Berlaku"


def test_consent_scope_and_agency_from_the_directory(qtbot, backend, runner, prefs):
    from ppt_desk.domain.institutions import Institution

    use_clock(backend)
    _changes, local = backend.directory.save(Institution(
        "", "Dinas Sosial Kota Kupang", "DINAS_SOSIAL", "KABUPATEN_KOTA", acronym="Dinsos"))
    case_id, _number = new_case(backend, "Yosefina Tael", START)
    tab = _tab(qtbot, backend, runner, prefs, case_id, False)
    dialog = _open_dialog(qtbot, tab, tab.record_button, ConsentDialog)
    assert dialog.labels["scope"].text() == "Data yang boleh dibagikan"
    assert dialog.scope_hint.text() == ("Bila tidak ada yang dipilih: identitas dan ringkasan "
                                        "kasus.")
    assert dialog.scope.codes() == []
    offered = [dialog.agency.itemText(n) for n in range(dialog.agency.count())]
    assert "Dinas Sosial Kota Kupang (Dinsos)" in offered
    assert "Lembaga Perlindungan Saksi dan Korban (LPSK)" in offered  # national entries too
    assert dialog.agency.currentText() == ""  # nothing chosen for the user

    dialog.purpose.set_code("RUJUKAN")
    dialog.agency.setCurrentIndex(offered.index("Dinas Sosial Kota Kupang (Dinsos)"))
    dialog.scope.setFocus()
    dialog.scope.setCurrentRow(0)  # Identitas
    qtbot.keyClick(dialog.scope, Qt.Key.Key_Space)
    dialog.scope.set_checked("KESEHATAN")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.message.text()
    consent = backend.cases.open(case_id).work.consents[0]
    assert consent.agency == "Dinas Sosial Kota Kupang (Dinsos)"
    assert consent.scope == ("IDENTITAS", "KESEHATAN")
    assert tab.consents[consent.id].scope == ("IDENTITAS", "KESEHATAN")
    shared = "Data yang boleh dibagikan: Identitas (nama, jenis kelamin, umur), Data kesehatan"
    assert shared in tab.ledger.table.item(0, 0).toolTip()
    tab.ledger.table.selectRow(0)
    assert shared in tab.details.text()
    # the name offered is the entry's "name (acronym)", which a referral to it matches
    assert backend.consent.allows(case_id, "RUJUKAN", local.display).allowed

    dialog = _open_dialog(qtbot, tab, tab.record_button, ConsentDialog)
    assert dialog.scope.codes() == []  # a new consent starts without a choice
    dialog.purpose.set_code("FOTO")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.message.text()
    row = tab.ledger.row_of(next(c.id for c in tab.consents.values() if c.purpose == "FOTO"))
    tab.ledger.table.selectRow(row)
    assert tab.details.text().startswith("Pengambilan foto. Data yang boleh dibagikan: "
                                         "identitas dan ringkasan kasus (bawaan)")
    tab.ledger.table.clearSelection()
    assert tab.details.text() == ("Pilih persetujuan untuk melihat data yang boleh "
                                  "dibagikan.")
