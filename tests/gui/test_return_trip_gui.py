"""Routing and the return trip through the real widgets (ADR 0018): Kupang's transfer dialog
sends a case "lewat Sekretariat" into the stick's routing folder; the province carries it on;
Belu's Impor tab takes the whole stick in one step with a progress bar and a line per file,
leaving Kupang's own bundle for the province untouched. Screenshots at 1366x768 and 1024x768."""
from __future__ import annotations

from pathlib import Path

import pyrage
from PySide6.QtCore import Qt

from ppt_desk.bootstrap import make_backend
from ppt_desk.domain.institutions import Institution
from ppt_desk.gui.sync.sync_page import SyncPage
from ppt_desk.gui.sync.transfer_dialog import TransferDialog
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.dto import ConsentInput, OfficeProfile

from casework_gui_helpers import START, new_case, use_clock
from gui_helpers import ADMIN, PASSWORD, make_ctx

BELU = OfficeProfile("UPTD PPA Kabupaten Belu", "UPTD_PPA", "53", "53.04", "BLU")
PROVINCE = OfficeProfile("Sekretariat Gugus Tugas PP-TPPO Provinsi NTT", "LAINNYA", "53",
                         "53.71", "GT")
SHOTS = Path(__file__).resolve().parents[2] / "tmp" / "shots" / "return-trip"
SIZES = ((1366, 768), (1024, 768))


def _office(folder: Path, profile: OfficeProfile):
    backend = make_backend(folder, TEST_PARAMS)
    backend.session.setup(profile, ADMIN, "Admin", PASSWORD, PASSWORD)
    backend.session.unlock(ADMIN, PASSWORD)
    return backend


def _enrol(a, b, cards: Path, backup: str = "") -> None:
    """``a`` trusts ``b``'s card and the other way round."""
    for x, y, name in ((a, b, "b"), (b, a, "a")):
        folder = cards / name
        folder.mkdir(parents=True)
        card = y.sync.write_own_card(folder, backup if y is b else "")
        x.sync.enrol(card, x.sync.read_card(card).fingerprint)


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def test_a_routed_case_reaches_belu_in_one_step(qtbot, backend, runner, prefs, tmp_path):
    use_clock(backend, START)
    belu = _office(tmp_path / "belu", BELU)
    province = _office(tmp_path / "province", PROVINCE)
    backup = str(pyrage.x25519.Identity.generate().to_public())
    _enrol(backend, belu, tmp_path / "cards" / "ab")
    _enrol(backend, province, tmp_path / "cards" / "ap", backup)
    _enrol(belu, province, tmp_path / "cards" / "bp", backup)
    province.directory.save(Institution("", "Subdit PPA Polda NTT", "KEPOLISIAN", "PROVINSI",
                                        province_code="53", services=("PENEGAKAN_HUKUM",)))
    case_id, _ = new_case(backend, "Yuliana Bria", START)
    backend.consent.record(case_id, ConsentInput("RUJUKAN", "KORBAN", START, "TERTULIS",
                                                 BELU.name))
    stick = tmp_path / "stick"
    stick.mkdir()
    backend.sync.export(stick)          # Kupang's own bundle for the province stays on top

    # Kupang: the transfer dialog, "lewat Sekretariat".
    dialog = TransferDialog(make_ctx(backend, runner, prefs), case_id, "Kasus uji", drives=[])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_destination(stick)
    qtbot.keyClicks(dialog.reason, "Korban dipulangkan ke daerah asal")
    dialog.via.setChecked(True)
    _shot(dialog, "transfer-dialog-via-secretariat.png")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    belu_id = belu.office.profile().device_id
    assert (stick / "ppt-desk-rute" / belu_id / dialog.file_name).is_file()

    # The province: its import of the stick takes the routed file; the return trip for all.
    province.return_trip.collect_routed(stick)
    province.return_trip.prepare_all(stick)

    # Belu: Sinkronisasi > Impor dari flashdisk > the whole stick.
    ctx = make_ctx(belu, runner, prefs)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.resize(*SIZES[0])
    page.show()
    page.page_shown()
    page.tabs.setCurrentWidget(page.imports)
    panel = page.imports
    seen: list[tuple[int, int]] = []
    panel.bar.valueChanged.connect(lambda v: seen.append((v, panel.bar.maximum())))
    with qtbot.waitSignal(ctx.bus.data_changed) as changed:
        panel.import_folder(stick)
    assert changed.args[0].touches_case(case_id)
    assert seen and seen[-1] == (3, 3)             # reference, receipt, transfer
    assert not panel.bar.isVisible() and panel.folder_button.isEnabled()
    outcomes = [outcome for _name, outcome, _text in panel.results]
    assert sorted(outcomes) == ["applied", "applied", "applied", "not_for_us"]
    texts = panel.texts()
    assert any("dibiarkan di flashdisk tanpa diubah" in t for t in texts)
    assert any("Kasus yang dipindahkan dari P2TP2A Kota Kupang" in t for t in texts)
    assert any("Data rujukan versi 1" in t for t in texts)
    # Gaps in the senders' chains are bundles for other devices: no "ask the sender" here.
    assert not any("belum pernah diimpor di sini" in t for t in texts)
    table = panel.list.table
    labels = {table.item(r, 1).text() for r in range(table.rowCount())}
    assert {"Diterapkan", "Bukan untuk perangkat ini"} <= labels
    assert belu.cases.open(case_id) is not None
    for width, height in SIZES:
        page.resize(width, height)
        qtbot.wait(10)
        _shot(page, f"impor-semua-{width}x{height}.png")
    page.clear()
    belu.session.lock()
    province.session.lock()


def test_an_empty_folder_says_so(qtbot, backend, runner, prefs, tmp_path):
    ctx = make_ctx(backend, runner, prefs)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    empty = tmp_path / "kosong"
    empty.mkdir()
    page.imports.import_folder(empty)
    assert page.imports.texts() == ["Tidak ada bundel untuk perangkat ini di folder itu."]


def test_the_secretariat_page_collects_and_sends_back(qtbot, backend, runner, prefs, tmp_path):
    from ppt_desk.gui.secretariat.return_page import ReturnTripPage

    use_clock(backend, START)
    belu = _office(tmp_path / "belu", BELU)
    province = _office(tmp_path / "province", PROVINCE)
    backup = str(pyrage.x25519.Identity.generate().to_public())
    _enrol(backend, belu, tmp_path / "cards" / "ab")
    _enrol(backend, province, tmp_path / "cards" / "ap", backup)
    _enrol(belu, province, tmp_path / "cards" / "bp", backup)
    province.directory.save(Institution("", "Subdit PPA Polda NTT", "KEPOLISIAN", "PROVINSI",
                                        province_code="53", services=("PENEGAKAN_HUKUM",)))
    case_id, _ = new_case(backend, "Yuliana Bria", START)
    backend.consent.record(case_id, ConsentInput("RUJUKAN", "KORBAN", START, "TERTULIS",
                                                 BELU.name))
    stick = tmp_path / "stick"
    stick.mkdir()
    belu_id = belu.office.profile().device_id
    backend.sync.transfer_case(case_id, belu_id, "Korban dipulangkan", stick, True)

    page = ReturnTripPage(make_ctx(province, runner, prefs), drives=[])
    qtbot.addWidget(page)
    page.resize(*SIZES[0])
    page.show()
    page.page_shown()
    qtbot.mouseClick(page.one_button, Qt.MouseButton.LeftButton)   # nothing selected: off
    qtbot.mouseClick(page.collect_button, Qt.MouseButton.LeftButton)
    assert page.error.text() == "Pilih flashdisk atau folder tujuan lebih dulu."
    page.set_destination(stick)
    qtbot.mouseClick(page.collect_button, Qt.MouseButton.LeftButton)
    assert page.outcome.text() == ("Pemindahan kasus untuk UPTD PPA Kabupaten Belu diterima "
                                   "untuk diteruskan (tanpa dibuka).")
    table = page.list.table
    cells = {table.item(r, 0).text(): [table.item(r, c).text() for c in (2, 3)]
             for r in range(table.rowCount())}
    assert cells == {BELU.name: ["1", "perlu dikirim"],
                     "P2TP2A Kota Kupang": ["0", "perlu dikirim"]}
    table.selectRow(page.list.row_of(belu_id))
    assert page.one_button.isEnabled()
    _shot(page, "kirim-balik-sebelum-1366x768.png")
    qtbot.mouseClick(page.one_button, Qt.MouseButton.LeftButton)
    assert page.outcome.text().startswith(
        f"Untuk {BELU.name}: tanda terima, data rujukan versi 1, 1 pemindahan kasus.")
    cells = {table.item(r, 0).text(): [table.item(r, c).text() for c in (2, 3)]
             for r in range(table.rowCount())}
    assert cells[BELU.name] == ["0", "terbaru"]
    for width, height in SIZES:
        page.resize(width, height)
        qtbot.wait(10)
        _shot(page, f"kirim-balik-{width}x{height}.png")
    _, results = belu.sync.import_many([stick])
    assert [r.result.kind for r in results] == ["reference", "receipt", "transfer"]
    page.clear()
    belu.session.lock()
    province.session.lock()
