"""Pengaturan › Kop surat: supervisors and admins save the letterhead of printed documents
and see it again; a caseworker has no such box, and the backend refuses a caseworker."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel

from ppt_desk.gui.pages.letterhead_box import LetterheadBox
from ppt_desk.gui.pages.settings_page import SettingsPage
from ppt_desk.services.dto import UserInfo

from gui_helpers import PASSWORD, make_ctx


def _settings(qtbot, ctx) -> SettingsPage:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.page_shown()
    return page


def test_letterhead_is_saved_and_shown_again(qtbot, backend, runner, prefs):
    ctx = make_ctx(backend, runner, prefs)
    page = _settings(qtbot, ctx)
    box = page.letterhead_box
    assert box is not None and box.title() == "Kop surat"
    intro = box.findChild(QLabel, "letterheadIntro")
    assert "surat rujukan dan berita acara" in intro.text()
    assert box.parent_lines.toPlainText() == "" and box.save_button.isEnabled()

    box.parent_lines.setFocus()
    qtbot.keyClicks(box.parent_lines, "PEMERINTAH KOTA KUPANG")
    qtbot.keyClick(box.parent_lines, Qt.Key.Key_Return)
    qtbot.keyClick(box.parent_lines, Qt.Key.Key_Return)  # an empty line is dropped
    qtbot.keyClicks(box.parent_lines, "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK")
    assert box.dirty
    qtbot.keyClicks(box.address, "Jl. Timor Raya No. 118, Kupang")
    qtbot.keyClicks(box.phone, "(0380) 881020")
    qtbot.keyClicks(box.email, "uptdppa@kupangkota.go.id")
    qtbot.keyClicks(box.city, "Kupang")
    qtbot.keyClicks(box.head_name, "Yuliana  Ndolu")
    qtbot.keyClicks(box.head_position, "Kepala UPTD PPA Kota Kupang")
    qtbot.keyClicks(box.head_nip, "197503122000032004")
    with qtbot.waitSignal(ctx.bus.data_changed) as changed:
        qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert changed.args[0].letterhead and not changed.args[0].rules
    assert box.message.text() == "Kop surat tersimpan." and not box.dirty
    stored = backend.office.letterhead()
    assert stored["parent_lines"] == ["PEMERINTAH KOTA KUPANG",
                                      "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"]
    assert stored["head_name"] == "Yuliana Ndolu"  # spaces tidied by the backend…
    assert box.head_name.text() == "Yuliana Ndolu"  # …and shown as stored
    assert (stored["city"], stored["head_position"], stored["head_nip"]) == (
        "Kupang", "Kepala UPTD PPA Kota Kupang", "197503122000032004")

    second = _settings(qtbot, make_ctx(backend, runner, prefs))
    again = second.letterhead_box
    assert again.parent_lines.toPlainText().splitlines() == [
        "PEMERINTAH KOTA KUPANG", "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"]
    assert again.address.text() == "Jl. Timor Raya No. 118, Kupang"
    assert again.email.text() == "uptdppa@kupangkota.go.id"

    box.parent_lines.setPlainText("1\n2\n3\n4\n5")  # at most four lines above the name
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert box.message.text() == "Paling banyak 4 baris di atas nama kantor."
    assert len(backend.office.letterhead()["parent_lines"]) == 2

    box.address.clear()
    qtbot.keyClicks(box.address, "belum disimpan")  # unsaved edits survive showing the page
    page.page_shown()
    assert box.address.text() == "belum disimpan"


def test_caseworker_has_no_letterhead_box_and_cannot_save(qtbot, backend, runner, prefs):
    for roles, shown in (({"PENDAMPING"}, False), ({"ADMIN"}, True), ({"SUPERVISOR"}, True)):
        user = UserInfo("u-" + "-".join(sorted(roles)), "uji", "Pengguna Uji", frozenset(roles))
        page = SettingsPage(make_ctx(backend, runner, prefs, user))
        qtbot.addWidget(page)
        titles = [g.title() for g in page.findChildren(QGroupBox)]
        assert ("Kop surat" in titles) is shown, roles
        assert (page.letterhead_box is not None) is shown

    backend.users.add("maria.p", "Maria Pendamping", frozenset({"PENDAMPING"}), PASSWORD)
    caseworker = backend.session.unlock("maria.p", PASSWORD)
    box = LetterheadBox(make_ctx(backend, runner, prefs, caseworker))  # e.g. a stale screen
    qtbot.addWidget(box)
    box.show()
    box.load()
    qtbot.keyClicks(box.city, "Kupang")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert box.message.text() == "Hanya supervisor yang boleh melakukan ini."
    assert box.save_button.isEnabled() and box.city.text() == "Kupang"
    assert backend.office.letterhead()["city"] == ""
