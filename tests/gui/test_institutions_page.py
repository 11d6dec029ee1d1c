"""Lembaga: the institution directory page and its dialog, through the widgets and the real
backend — national entries are listed and read-only, search and category filter, a local
entry added (problems under the fields, typed text kept) and changed, inactive ones hidden
unless asked for."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ppt_desk.gui.dialogs.institution_dialog import InstitutionDialog
from ppt_desk.gui.main_window import MainWindow
from ppt_desk.gui.pages.institutions_page import (
    COL_CATEGORY, COL_NAME, COL_REGION, COL_SOURCE, InstitutionsPage,
)

from gui_helpers import make_ctx


def _page(qtbot, backend, runner, prefs) -> InstitutionsPage:
    page = InstitutionsPage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    page.page_shown()
    return page


def _cell(page: InstitutionsPage, key: str, column: int) -> str:
    return page.list.table.item(page.list.row_of(key), column).text()


def _open_add(qtbot, page: InstitutionsPage) -> InstitutionDialog:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialogs = [d for d in page.findChildren(InstitutionDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def _save(qtbot, dialog: InstitutionDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def _add_local(qtbot, page: InstitutionsPage, name: str, **extra) -> str:
    dialog = _open_add(qtbot, page)
    qtbot.keyClicks(dialog.name, name)
    dialog.category.set_code(extra.get("category", "DINAS_SOSIAL"))
    dialog.level.set_code(extra.get("level", "KABUPATEN_KOTA"))
    _save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.message.text()
    return dialog.saved.id


def test_lembaga_page_follows_kasus_baru_in_the_navigation(qtbot, backend, runner, prefs):
    window = MainWindow(make_ctx(backend, runner, prefs))
    qtbot.addWidget(window)
    nav = [window.nav.item(r).text() for r in range(window.nav.count())]
    assert nav[nav.index("Kasus Baru") + 1] == "Lembaga"
    window.show_page(window.institutions_page)
    assert window.institutions_page.list.table.rowCount() == len(backend.directory.search())


def test_national_entries_are_listed_and_open_read_only(qtbot, backend, runner, prefs):
    national = [inst for inst in backend.directory.search() if inst.national]
    assert national, "the directory ships with national entries"
    page = _page(qtbot, backend, runner, prefs)
    assert set(page.list.keys()) >= {inst.id for inst in national}
    assert _cell(page, "nas-lpsk", COL_NAME) == "Lembaga Perlindungan Saksi dan Korban"
    assert _cell(page, "nas-lpsk", COL_SOURCE) == "Nasional (bawaan)"
    assert _cell(page, "nas-lpsk", COL_CATEGORY) == "LPSK"  # the label without its brackets
    assert _cell(page, "nas-lpsk", COL_REGION) == "Daerah Khusus Ibukota Jakarta"
    assert page.count_label.text() == f"{len(national)} lembaga"

    assert not page.edit_button.isEnabled()  # nothing selected
    page.list.table.selectRow(page.list.row_of("nas-lpsk"))
    assert not page.edit_button.isEnabled()
    assert "tidak dapat diubah" in page.edit_button.toolTip()
    assert page.edit_selected() is None

    dialog = page.open_row(page.list.row_of("nas-lpsk"))  # what a double-click does
    assert dialog.read_only and dialog.isVisible() and dialog.save_button is None
    assert dialog.name.text() == "Lembaga Perlindungan Saksi dan Korban"
    assert dialog.name.isReadOnly() and dialog.acronym.isReadOnly()
    assert not dialog.category.isEnabled() and not dialog.region.combos[0].isEnabled()
    assert not dialog.active.isEnabled()
    assert [b.text() for b in dialog.findChildren(type(page.add_button))
            if b.isVisibleTo(dialog)] == ["Tutup"]
    dialog.submit()  # Enter in a read-only dialog only closes it
    assert not dialog.isVisible()


def test_search_and_category_filter(qtbot, backend, runner, prefs):
    page = _page(qtbot, backend, runner, prefs)
    everything = len(page.list.keys())
    qtbot.keyClicks(page.search, "lpsk")
    qtbot.waitUntil(lambda: page.list.keys() == ["nas-lpsk"], timeout=2000)
    page.search.clear()
    qtbot.waitUntil(lambda: len(page.list.keys()) == everything, timeout=2000)

    page.category.set_code("KEPOLISIAN")
    police = [i.id for i in backend.directory.search(category="KEPOLISIAN")]
    assert police and page.list.keys() == police
    qtbot.keyClicks(page.search, "zzz tidak ada")
    qtbot.waitUntil(lambda: page.list.empty.isVisibleTo(page), timeout=2000)
    assert page.list.empty.text() == "Tidak ada lembaga yang cocok."
    assert page.count_label.text() == "0 lembaga"


def test_add_a_local_entry_with_errors_then_change_it(qtbot, backend, runner, prefs):
    page = _page(qtbot, backend, runner, prefs)
    dialog = _open_add(qtbot, page)
    assert dialog.windowTitle() == "Tambah lembaga" and not dialog.read_only
    qtbot.keyClicks(dialog.acronym, "Dinsos")
    qtbot.keyClicks(dialog.email, "dinsos kupang")
    qtbot.keyClicks(dialog.contact_person, "Ibu Maria Lake")
    dialog.services.set_checked("REINTEGRASI")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors["name"].text() == "Wajib diisi."
    assert dialog.errors["name"].isVisibleTo(dialog)
    assert dialog.errors["email"].text() == "Alamat email tidak valid."
    assert dialog.errors["category"].text() == "Wajib diisi."
    assert dialog.errors["level"].text() == "Wajib diisi."
    assert not dialog.errors["phone"].isVisibleTo(dialog)
    assert "Periksa pesan berwarna merah" in dialog.message.text()
    assert dialog.name.hasFocus() or not dialog.isActiveWindow()
    # what was typed stays
    assert (dialog.acronym.text(), dialog.email.text(), dialog.contact_person.text()) == (
        "Dinsos", "dinsos kupang", "Ibu Maria Lake")
    assert dialog.services.codes() == ["REINTEGRASI"]
    assert all(not inst.acronym == "Dinsos" for inst in backend.directory.search())

    qtbot.keyClicks(dialog.name, "Dinas Sosial  Kota Kupang")
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "dinsos@kupangkota.go.id")
    dialog.category.set_code("DINAS_SOSIAL")
    dialog.level.set_code("KABUPATEN_KOTA")
    dialog.region.set_codes(["53", "53.71"])
    qtbot.keyClicks(dialog.phone, "(0380) 833123")
    dialog.services.set_checked("PEMULANGAN")
    with qtbot.waitSignal(page.ctx.bus.data_changed) as changed:
        _save(qtbot, dialog)
    assert changed.args[0].directory and not dialog.isVisible()
    saved = backend.directory.get(dialog.saved.id)
    assert saved.name == "Dinas Sosial Kota Kupang" and not saved.national
    assert (saved.province_code, saved.regency_code) == ("53", "53.71")
    assert set(saved.services) == {"REINTEGRASI", "PEMULANGAN"}
    assert saved.email == "dinsos@kupangkota.go.id" and saved.active

    key = saved.id
    assert page.list.current_key() == key  # the new entry is listed and selected
    assert _cell(page, key, COL_SOURCE) == "Lokal"
    assert _cell(page, key, COL_REGION) == "Kota Kupang, Nusa Tenggara Timur"
    assert page.edit_button.isEnabled()

    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    edit = next(d for d in page.findChildren(InstitutionDialog) if d.isVisible())
    assert edit.windowTitle() == "Ubah lembaga"
    assert edit.name.text() == "Dinas Sosial Kota Kupang"
    assert edit.region.codes() == ["53", "53.71"]
    assert set(edit.services.codes()) == {"REINTEGRASI", "PEMULANGAN"}
    edit.phone.clear()
    qtbot.keyClicks(edit.phone, "(0380) 999 000")
    edit.email.setText("bukan email")
    _save(qtbot, edit)
    assert edit.errors["email"].text() == "Alamat email tidak valid."
    assert edit.phone.text() == "(0380) 999 000"
    edit.email.setText("rehsos@kupangkota.go.id")
    _save(qtbot, edit)
    assert not edit.isVisible()
    assert backend.directory.get(key).phone == "(0380) 999 000"
    assert backend.directory.get(key).email == "rehsos@kupangkota.go.id"
    assert _cell(page, key, 5) == "(0380) 999 000"
    assert len([k for k in page.list.keys() if k == key]) == 1  # changed, not added


def test_inactive_entries_hidden_unless_the_box_is_ticked(qtbot, backend, runner, prefs):
    page = _page(qtbot, backend, runner, prefs)
    key = _add_local(qtbot, page, "Rumah Perempuan Kupang", category="LSM")
    assert page.list.row_of(key) >= 0
    page.list.table.selectRow(page.list.row_of(key))
    dialog = page.edit_selected()
    dialog.active.setChecked(False)
    _save(qtbot, dialog)
    assert not dialog.isVisible() and not backend.directory.get(key).active
    assert page.list.row_of(key) < 0  # hidden
    page.show_inactive.setChecked(True)
    assert _cell(page, key, COL_NAME) == "Rumah Perempuan Kupang (nonaktif)"
    assert page.list.table.item(page.list.row_of(key), COL_NAME).font().italic()
    page.show_inactive.setChecked(False)
    assert page.list.row_of(key) < 0

    qtbot.keyClicks(page.search, "rumah")
    open_dialog = page.add_institution()
    page.clear()  # lock
    assert page.list.table.rowCount() == 0 and page.count_label.text() == ""
    assert page.search.text() == "" and not open_dialog.isVisible()
