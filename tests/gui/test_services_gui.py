"""Acceptance for the Layanan tab: every service track recorded end to end through the real
widgets of a 1366x768 case page — each form added with Tambah…, filled and saved, the track's
status and list updated — with the refusals a caseworker meets (no consent, no escort, no
health access), printing a document, and a group session."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ppt_desk.gui.labels import casework_config
from ppt_desk.gui.pages.case_page import CasePage
from ppt_desk.gui.settings import DOCUMENTS_FOLDER
from ppt_desk.services.dto import ConsentInput

from casework_fill import MovableClock, click, fill, payloads
from casework_gui_helpers import add_caseworker, new_case, shown_case_page, sign_in
from gui_helpers import make_ctx
from pdf_tools import require_poppler

DAY = date(2025, 5, 10)
P = payloads(DAY)
CONFIG = casework_config()
# The records a caseworker makes for each track, in order, and the status they lead to.
TRACKS = [
    ("KESEHATAN", ["skrining_kesehatan", "visum", "episode_kesehatan", "tindak_lanjut_kesehatan",
                   "kesehatan_selesai"], "SELESAI"),
    ("SOSIAL", ["konseling", "layanan_rehsos", "inventaris_keterampilan", "rehsos_selesai"],
     "SELESAI"),
    ("PEMULANGAN", ["pemulangan_rencana", "pemulangan_pelaksanaan", "serah_terima_pemulangan"],
     "DISERAHTERIMAKAN"),
    ("REINTEGRASI", ["reintegrasi_rencana", "paket_ekonomi", "pendidikan_anak",
                     "kunjungan_reintegrasi", "reintegrasi_selesai"], "SELESAI"),
    ("HUKUM", ["hukum_keputusan", "laporan_polisi", "penyidikan", "penuntutan", "sidang",
               "putusan", "upaya_hukum", "restitusi", "pendamping_hukum", "lpsk", "mediasi",
               "pemantauan_pasca_putusan", "hukum_selesai"], "SELESAI"),
    ("RUJUKAN", ["rujukan"], "DITERIMA"),
    ("PERJALANAN", ["perjalanan", "unsur_tppo", "pelaku"], "UNSUR_DINILAI"),
]


def test_every_form_of_every_track_is_in_this_walk():
    assert [t.code for t in CONFIG.tracks] == [code for code, _, _ in TRACKS]
    for track in CONFIG.tracks:
        assert list(track.forms) == next(kinds for code, kinds, _ in TRACKS if code == track.code)


@pytest.fixture
def page(qtbot, backend, runner, prefs):
    return shown_case_page(qtbot, backend, runner, prefs, DAY)


def test_track_panels_are_built_when_first_shown(qtbot, backend, page):
    case_id, _ = new_case(backend, "Panel Malas", DAY)
    page.load(case_id)
    assert page.services.panels == {}  # the Layanan tab was never opened
    panel = _open(qtbot, page, case_id, "RUJUKAN")
    assert set(page.services.panels) == {"KESEHATAN", "RUJUKAN"}  # the first one, then this
    assert "Belum" in panel.status.text()  # filled with the case shown before it was built


def _open(qtbot, page: CasePage, case_id: str, track: str):
    page.load(case_id)
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.tabRect(page.tabs.indexOf(page.services)).center())
    assert page.tabs.currentWidget() is page.services
    tab = page.services
    row = [tab.tracks.item(n).data(Qt.ItemDataRole.UserRole)
           for n in range(tab.tracks.count())].index(track)
    item = tab.tracks.item(row)
    qtbot.mouseClick(tab.tracks.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.tracks.visualItemRect(item).center())
    panel = tab.panels[track]
    assert tab.stack.currentWidget() is panel and panel.isVisible()
    return panel


def _add(qtbot, page: CasePage, panel, kind: str, payload: dict):
    records = panel.lists[kind]
    records.parentWidget().parentWidget().parentWidget().ensureWidgetVisible(records)
    click(qtbot, records.add_button)
    dialog = page.record_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.width() <= 1366 and dialog.height() <= 768
    fill(qtbot, dialog.form, payload)
    click(qtbot, dialog.save_button)
    return dialog


def _saved(dialog) -> None:
    assert not dialog.isVisible(), dialog.form.summary.text() + dialog.error.text()


def _consent(backend, case_id: str, purpose: str, agency: str = "", **changes) -> None:
    backend.consent.record(case_id, ConsentInput(purpose, changes.pop("given_by", "KORBAN"), DAY,
                                                 "TERTULIS", agency=agency, **changes))


@pytest.mark.parametrize("track, kinds, final", TRACKS, ids=[t[0] for t in TRACKS])
def test_a_track_is_recorded_end_to_end_in_the_gui(qtbot, backend, page, track, kinds, final):
    case_id, _ = new_case(backend, f"Layanan {track.title()}", DAY)
    # The admin who runs this walk holds no special access: restricted fields are not offered.
    consents = {"PEMULANGAN": ("PEMULANGAN", ""), "HUKUM": ("MEDIASI", ""),
                "RUJUKAN": ("RUJUKAN", "LPSK")}
    if track in consents:
        _consent(backend, case_id, *consents[track])
    if track == "PERJALANAN":  # perpetrators' details need that access
        backend.users.update(backend.session.current_user.id, "Admin", backend.session.current_user.roles, True,
                            frozenset({"PELAKU"}))
        backend.session.lock()
        sign_in(backend, "admin")
        page.ctx.user = backend.session.current_user
    panel = _open(qtbot, page, case_id, track)
    assert "Belum" in panel.status.text()
    for kind in kinds:
        payload = {k: v for k, v in P[kind].items()
                   if k not in page_withheld(page, kind)}
        _saved(_add(qtbot, page, panel, kind, payload))
        records = panel.lists[kind]
        assert records.table.rowCount() == 1, kind
        assert records.table.item(0, 2).text()  # who recorded it
    label = CONFIG.track(track).state(final).label_id
    assert f"Status: <b>{label}</b>" in panel.status.text()
    item_text = page.services.tracks.currentItem().text()
    assert label in item_text
    # and on the case timeline
    subjects = {e.subject for e in page.detail.timeline}
    assert set(kinds) <= subjects


def page_withheld(page: CasePage, kind: str) -> set[str]:
    grants = page.ctx.user.grants
    return {f.key for f in CONFIG.forms[kind].fields if f.access and f.access not in grants}


def test_repatriation_is_refused_without_consent_and_a_childs_without_an_escort(
        qtbot, backend, page):
    case_id, _ = new_case(backend, "Anak Pemulangan", DAY, age=15)
    panel = _open(qtbot, page, case_id, "PEMULANGAN")
    plan = {k: v for k, v in P["pemulangan_rencana"].items() if k not in ("pendamping", "sakit")}
    dialog = _add(qtbot, page, panel, "pemulangan_rencana", plan)
    # the form marks the escort as required for a child before anything is saved
    assert dialog.form.labels["pendamping"].text().endswith("*")
    assert dialog.isVisible()
    assert dialog.form.errors["pendamping"].text() == (
        "Pendamping pemulangan wajib untuk korban anak, korban yang sakit, atau bila ada "
        "risiko keamanan.")
    fill(qtbot, dialog.form, {"pendamping": "Petugas PPT"})
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.error.text().startswith(
        "Belum ada persetujuan korban yang berlaku untuk: Pemulangan.")
    assert "tab Persetujuan" in dialog.error.text()
    _consent(backend, case_id, "PEMULANGAN", given_by="WALI", giver_name="Yosefina Wali")
    click(qtbot, dialog.save_button)
    _saved(dialog)
    assert panel.lists["pemulangan_rencana"].table.rowCount() == 1


def test_a_referral_without_sharing_consent_names_the_agency(qtbot, backend, page, tmp_path,
                                                            monkeypatch):
    case_id, number = new_case(backend, "Rujukan Antarmuka", DAY)
    panel = _open(qtbot, page, case_id, "RUJUKAN")
    dialog = _add(qtbot, page, panel, "rujukan", P["rujukan"])
    assert dialog.isVisible()
    assert dialog.error.text().startswith(
        "Belum ada persetujuan korban yang berlaku untuk: Rujukan ke lembaga tertentu — "
        "Lembaga Perlindungan Saksi "
        "dan Korban (LPSK).")
    _consent(backend, case_id, "RUJUKAN", "LPSK")
    click(qtbot, dialog.save_button)
    _saved(dialog)
    records = panel.lists["rujukan"]
    assert "Lembaga Perlindungan Saksi dan Korban" in records.table.item(0, 1).text()
    # Cetak… asks where to save (a file name without personal data) in Qt's own dialog,
    # labelled in Indonesian and saying the PDF is not encrypted, and writes the PDF
    require_poppler()
    target = tmp_path / "surat" / "out.pdf"
    target.parent.mkdir()
    asked = []

    def save_as(dialog):  # the real dialog, set up; the user picks ``target``
        asked.append({"name": Path(dialog.selectedFiles()[0]).name,
                      "folder": Path(dialog.directory().absolutePath()),
                      "title": dialog.windowTitle(),
                      "native": not dialog.testOption(QFileDialog.Option.DontUseNativeDialog),
                      "labels": [dialog.labelText(label) for label in (
                          QFileDialog.DialogLabel.FileName, QFileDialog.DialogLabel.FileType,
                          QFileDialog.DialogLabel.Accept, QFileDialog.DialogLabel.Reject)],
                      "filters": dialog.nameFilters()})
        dialog.selectFile(str(target))
        return QDialog.DialogCode.Accepted

    opened = []
    monkeypatch.setattr(QFileDialog, "exec", save_as)
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)  # no PDF viewer in tests
    assert not records.print_button.isEnabled()  # nothing chosen yet
    backend.casework.save_record(case_id, "rujukan", {**P["rujukan"], "arah": "MASUK",
                                             "lembaga": "nas-kemensos",
                                             "tanggal": (DAY.replace(day=1)).isoformat()})
    page.reload()
    assert records.table.rowCount() == 2  # newest first
    records.table.selectRow(1)  # the incoming one: nothing to print
    assert not records.print_button.isEnabled()
    records.table.selectRow(0)
    assert records.print_button.isVisible() and records.print_button.isEnabled()
    assert page.ctx.prefs.get(DOCUMENTS_FOLDER) == ""
    click(qtbot, records.print_button)
    first = asked[0]
    assert first["name"] == f"surat-rujukan-{number.replace('/', '-')}-{DAY}.pdf"
    assert "Antarmuka" not in first["name"]
    assert not first["native"]
    assert first["title"] == "Simpan dokumen — Berkas PDF tidak terenkripsi"
    assert first["labels"] == ["Nama berkas:", "Jenis berkas:", "&Simpan", "&Batal"]
    assert first["filters"] == ["Dokumen PDF (*.pdf)"]
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    assert page.notice.text() == f"Dokumen disimpan: {target}"
    assert [url.toLocalFile() for url in opened] == [str(target)]
    # the next Cetak… opens in that folder; the settings keep the folder, not the file name
    assert page.ctx.prefs.get(DOCUMENTS_FOLDER) == str(target.parent)
    click(qtbot, records.print_button)
    assert asked[1]["folder"] == target.parent
    assert asked[1]["name"] == first["name"]


def test_a_caseworker_without_health_access_sees_a_restricted_episode_as_such(
        qtbot, backend, runner, prefs):
    backend.deps.clock = MovableClock(DAY)
    ani = add_caseworker(backend, "ani.p", "Ani Pendamping")
    backend.users.update(backend.session.current_user.id, "Admin", backend.session.current_user.roles, True,
                        frozenset({"KESEHATAN"}))
    backend.session.lock()
    sign_in(backend, "admin")
    case_id, _ = new_case(backend, "Episode Terbatas", DAY, assigned=ani.id)
    backend.casework.save_record(case_id, "episode_kesehatan", {**P["episode_kesehatan"],
                                                       "jenis": "HIV_IMS", "layanan": "ARV"})
    backend.casework.save_record(case_id, "skrining_kesehatan", P["skrining_kesehatan"])
    backend.session.lock()
    sign_in(backend, "ani.p")
    page = CasePage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    panel = _open(qtbot, page, case_id, "KESEHATAN")
    episodes = panel.lists["episode_kesehatan"]
    assert episodes.table.rowCount() == 1
    assert episodes.table.item(0, 1).text() == (
        "Terbatas — hanya untuk pengguna dengan akses data kesehatan")
    episodes.table.selectRow(0)
    assert not episodes.edit_button.isEnabled()
    shown = " ".join(episodes.table.item(0, c).text() for c in range(3))
    assert "HIV" not in shown and "ARV" not in shown
    # the screening opens without its restricted fields
    screening = panel.lists["skrining_kesehatan"]
    screening.table.selectRow(0)
    click(qtbot, screening.edit_button)
    form = page.record_dialog.form
    assert "hiv_ims" not in form.editors and "kesehatan_reproduksi" not in form.editors
    assert form.findChild(type(form.summary), "withheldNote").isVisible()
    page.record_dialog.reject()
    # perpetrators' details are a restricted section as a whole: nothing to add without access
    journey = _open(qtbot, page, case_id, "PERJALANAN")
    assert journey.lists["perjalanan"].add_button.isEnabled()
    assert not journey.lists["pelaku"].add_button.isEnabled()


def test_a_group_session_is_recorded_with_another_victim_and_a_family_member(
        qtbot, backend, page, monkeypatch):
    case_id, _ = new_case(backend, "Sesi Kelompok Satu", DAY)
    new_case(backend, "Sesi Kelompok Dua", DAY)
    panel = _open(qtbot, page, case_id, "SOSIAL")
    box = page.services.group_box
    assert box.isVisible() and "Belum ada sesi kelompok." in box.text()
    click(qtbot, box.new_button)
    dialog = page.group_sessions.dialog
    assert dialog.isVisible()
    dialog.kind.set_code("TERAPI_KELOMPOK")
    qtbot.keyClicks(dialog.topic, "Mengelola rasa cemas")
    qtbot.keyClicks(dialog.duration, "90")
    click(qtbot, dialog.save_button)  # only one participant yet
    assert dialog.errors["participants"].text() == (
        "Sesi kelompok perlu paling sedikit dua peserta.")
    qtbot.keyClicks(dialog.search, "Kelompok Dua")
    dialog._search_timer.timeout.emit()  # the pause after typing
    assert dialog.results.count() == 1
    click(qtbot, dialog.add_victim_button)
    dialog.results.setCurrentRow(-1)
    dialog.table.selectRow(0)
    dialog.relation.set_code("IBU")
    click(qtbot, dialog.add_family_button)
    assert dialog.table.rowCount() == 3
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible(), dialog.error.text()
    text = box.text()
    assert "Mengelola rasa cemas" in text and "90 menit" in text
    assert "1 korban lain" in text and "Sesi Kelompok Dua" not in text
    assert panel.isVisible()
    history = [page.history.subject(e) for e in page.detail.timeline]
    assert history.count("Sesi kelompok") == 2  # the victim and her mother
    # Ubah…: the mother did not come after all, and the topic was another
    box.list.setCurrentRow(0)
    click(qtbot, box.edit_button)
    dialog = page.group_sessions.dialog
    assert dialog.isVisible() and dialog.topic.text() == "Mengelola rasa cemas"
    assert dialog.table.rowCount() == 3
    family = next(r for r in range(3) if dialog.table.item(r, 1).text().startswith("Keluarga"))
    dialog.table.selectRow(family)
    click(qtbot, dialog.remove_button)
    dialog.topic.clear()
    qtbot.keyClicks(dialog.topic, "Mengenali pemicu cemas")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible(), dialog.error.text()
    assert "Mengenali pemicu cemas" in box.text()
    assert "Peserta dari kasus ini: korban;" in box.text()
    # Hapus…: recorded by mistake after all
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    box.list.setCurrentRow(0)
    click(qtbot, box.delete_button)
    assert "Belum ada sesi kelompok." in box.text()
    history = [page.history.subject(e) for e in page.detail.timeline]
    # victim and mother added; the mother removed; then the victim's row removed
    assert history.count("Sesi kelompok") == 4


def test_an_inactive_institution_stays_on_the_records_that_name_it(qtbot):
    from ppt_desk.domain.institutions import Institution
    from ppt_desk.gui.widgets.record_form import RecordForm

    old = Institution("l-1", "Puskesmas Lama", "KESEHATAN", "KABUPATEN_KOTA", active=False)
    new = Institution("l-2", "Puskesmas Baru", "KESEHATAN", "KABUPATEN_KOTA")
    form = RecordForm(CONFIG.forms["skrining_kesehatan"])
    qtbot.addWidget(form)
    form.set_payload({"tanggal": DAY.isoformat(), "fasilitas": "l-1"})
    form.set_institutions([old, new])
    assert form.payload()["fasilitas"] == "l-1"
    offered = [form.editors["fasilitas"].itemText(i)
               for i in range(form.editors["fasilitas"].count())]
    assert "Puskesmas Lama" in offered and "Puskesmas Baru" in offered
    blank = RecordForm(CONFIG.forms["skrining_kesehatan"])
    qtbot.addWidget(blank)
    blank.set_institutions([old, new])
    offered = [blank.editors["fasilitas"].itemText(i)
               for i in range(blank.editors["fasilitas"].count())]
    assert "Puskesmas Lama" not in offered and "Puskesmas Baru" in offered


def test_the_journey_reads_in_order_from_departure_to_return(qtbot, backend, page):
    case_id, _ = new_case(backend, "Perjalanan Urut", DAY)
    legs = [("TUJUAN", "MY", "Kebun sawit, Sabah", 5), ("PRA_KEBERANGKATAN", "", "Soe", 1),
            ("TRANSIT", "", "Pelabuhan Nunukan", 3)]
    for phase, country, place, day in legs:
        payload = {"fase": phase, "tempat": place, "tanggal_mulai": DAY.replace(day=day).isoformat()}
        if country:
            payload["negara"] = country
        backend.casework.save_record(case_id, "perjalanan", payload)
    panel = _open(qtbot, page, case_id, "PERJALANAN")
    text = panel.journey.text()
    assert text.startswith("Perjalanan: ")
    assert text.index("Soe") < text.index("Nunukan") < text.index("Sabah / Malaysia")
    assert "(01/05/2025)" in text and " → " in text


def test_ringkasan_kasus_is_printed_from_the_case_header_for_whom_it_is_meant(
        qtbot, backend, page, tmp_path, monkeypatch):
    """Ringkasan kasus… offers the office's own file and the consent purposes; a purpose
    without the victim's consent is a message and no file; with it, the PDF is written."""
    require_poppler()
    case_id, number = new_case(backend, "Ringkasan Antarmuka", DAY)
    page.load(case_id)
    qtbot.waitUntil(lambda: page.detail is not None)
    button = page.summary_button
    assert button.isVisible() and button.isEnabled()
    actions = button.menu().actions()
    assert [a.text() for a in actions][:2] == ["Untuk arsip PPT (internal)",
                                              "Untuk aparat penegak hukum…"]
    targets = iter([tmp_path / "aph.pdf", tmp_path / "arsip.pdf"])

    def save_as(dialog):
        dialog.selectFile(str(next(targets)))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "exec", save_as)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: None)
    actions[1].trigger()   # for the police: no APH consent yet
    qtbot.waitUntil(lambda: page.error.isVisible())
    assert page.error.text().startswith(
        "Belum ada persetujuan korban yang berlaku untuk: Berbagi dengan kepolisian / "
        "kejaksaan.")
    assert not (tmp_path / "aph.pdf").exists()
    actions[0].trigger()   # the office's own file
    qtbot.waitUntil(lambda: (tmp_path / "arsip.pdf").exists())
    qtbot.waitUntil(lambda: page.notice.isVisible())
    assert page.notice.text() == f"Ringkasan kasus disimpan: {tmp_path / 'arsip.pdf'}"


# -- issue 14: a referral without consent says so at the top and keeps what was typed --------
def test_a_referral_without_consent_says_so_at_the_top_and_records_it_in_place(
        qtbot, backend, page):
    """The band appears as soon as the typed referral needs a consent the ledger lacks (the
    backend's answer, with the agency), "Catat persetujuan…" opens the consent form prefilled
    with the purpose, the agency and the guardian from the intake; once recorded the band
    goes, the typed referral is still there and saves."""
    case_id, _ = new_case(backend, "Anak Rujukan", DAY, age=15)
    panel = _open(qtbot, page, case_id, "RUJUKAN")
    records = panel.lists["rujukan"]
    records.parentWidget().parentWidget().parentWidget().ensureWidgetVisible(records)
    click(qtbot, records.add_button)
    dialog = page.record_dialog
    assert not dialog.consent_band.isVisible()  # nothing typed: no direction, no agency yet
    fill(qtbot, dialog.form, {**P["rujukan"], "arah": "MASUK"})
    qtbot.wait(400)
    assert not dialog.consent_band.isVisible()  # an incoming referral needs no consent
    fill(qtbot, dialog.form, {"arah": "KELUAR"})
    qtbot.waitUntil(dialog.consent_band.isVisible, timeout=3000)
    typed = dialog.form.payload()
    assert dialog.consent_text.text().startswith(
        "<b>Persetujuan korban belum tercatat</b> untuk: Rujukan ke lembaga tertentu — "
        "Lembaga Perlindungan Saksi dan Korban (LPSK).")
    # at the top: above the form, before anything is saved
    assert dialog.consent_band.geometry().bottom() < dialog.scroll.geometry().top()
    assert not dialog.error.isVisible()
    click(qtbot, dialog.consent_button)
    consent = dialog.consent_dialog
    assert consent is not None and consent.isVisible()
    assert consent.purpose.code() == "RUJUKAN"
    assert consent.agency.currentText() == "Lembaga Perlindungan Saksi dan Korban (LPSK)"
    assert consent.given_by.code() == "WALI"
    assert consent.giver_name.text() == "Yosefina Wali"  # the guardian from the intake
    consent.method.set_code("TERTULIS")
    click(qtbot, consent.save_button)
    assert not consent.isVisible(), consent.message.text()
    qtbot.waitUntil(lambda: not dialog.consent_band.isVisible(), timeout=3000)
    assert dialog.isVisible() and dialog.form.payload() == typed
    click(qtbot, dialog.save_button)
    _saved(dialog)
    assert records.table.rowCount() == 1
    assert [c.purpose for c in page.detail.work.consents] == ["RUJUKAN"]


def test_batal_on_a_typed_record_asks_before_discarding(qtbot, backend, page):
    case_id, _ = new_case(backend, "Batal Rujukan", DAY)
    panel = _open(qtbot, page, case_id, "RUJUKAN")
    records = panel.lists["rujukan"]
    records.parentWidget().parentWidget().parentWidget().ensureWidgetVisible(records)
    click(qtbot, records.add_button)
    dialog = page.record_dialog
    click(qtbot, dialog.cancel_button)  # nothing typed: closes at once
    assert not dialog.isVisible() and dialog.discard_box is None
    click(qtbot, records.add_button)
    dialog = page.record_dialog
    fill(qtbot, dialog.form, P["rujukan"])
    typed = dialog.form.payload()
    click(qtbot, dialog.cancel_button)
    box = dialog.discard_box
    assert box is not None and box.isVisible() and dialog.isVisible()
    assert box.defaultButton().text() == "Kembali ke formulir"
    box.defaultButton().click()  # back to the form: everything still there
    assert dialog.isVisible() and dialog.form.payload() == typed
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape asks the same
    box = dialog.discard_box
    assert box.isVisible() and dialog.isVisible()
    next(b for b in box.buttons() if b.text() == "Buang isian").click()
    assert not dialog.isVisible()


def test_changing_a_referral_asks_the_ledger_again_only_where_saving_would(
        qtbot, backend, page):
    """The band follows the backend's save rule: a referral already made is not asked again
    (its consent since withdrawn), until it names another agency."""
    case_id, _ = new_case(backend, "Rujukan Diubah", DAY)
    _changes, consent_id = backend.consent.record(
        case_id, ConsentInput("RUJUKAN", "KORBAN", DAY, "TERTULIS", agency="LPSK"))
    _changes, record_id = backend.casework.save_record(case_id, "rujukan", P["rujukan"])
    backend.consent.withdraw(consent_id, DAY)
    _open(qtbot, page, case_id, "RUJUKAN")
    dialog = page.edit_record("rujukan", record_id)
    qtbot.wait(400)
    assert dialog.need is None and not dialog.consent_band.isVisible()
    combo = dialog.form.editors["lembaga"]
    qtbot.waitUntil(lambda: combo.count() > 1, timeout=3000)
    combo.set_code("nas-kemensos")
    qtbot.waitUntil(dialog.consent_band.isVisible, timeout=3000)
    assert "— Kementerian Sosial" in dialog.consent_text.text()
