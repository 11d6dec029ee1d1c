"""The secretariat's own pages over real widgets and a real secretariat fed by real bundles:
Dasbor perangkat, Register provinsi (with the read-only case view it opens) and Pindahan
kasus. Screenshots at 1366x768 and 1024x768 go to tmp/shots/secretariat-pages/."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from ppt_desk.gui.secretariat.dashboard_page import (
    COL_ALERTS, COL_DATA, COL_IDENTITY, COL_PPT, COL_RECEIPT, COL_REGION, DashboardPage,
)
from ppt_desk.gui.secretariat.register_page import (
    COL_NAME, COL_NUMBER, COL_PPT as REG_PPT, ProvincialRegisterPage,
)
from ppt_desk.gui.secretariat.transfers_page import (
    COL_CASE, COL_DAYS, COL_FROM, COL_TO, TransfersPage,
)

from gui_helpers import make_ctx
from secretariat_gui_helpers import BELU, make_province

SHOTS = Path(__file__).resolve().parents[2] / "tmp" / "shots" / "secretariat-pages"
SIZES = ((1366, 768), (1024, 768))


@pytest.fixture
def province(backend, tmp_path):
    world = make_province(backend, tmp_path)
    yield world
    world.lock()


def _show(qtbot, page, size=SIZES[0]):
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    page.page_shown()
    return page


def _shots(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        page.resize(*size)
        for _ in range(3):      # layouts and row heights follow the new width
            QApplication.processEvents()
        page.grab().save(str(SHOTS / f"{name}-{size[0]}x{size[1]}.png"))


def _cells(table, row: int) -> dict[int, str]:
    return {c: table.item(row, c).text() for c in range(table.columnCount())}


def _row_of(table, column: int, starts: str) -> dict[int, str]:
    for r in range(table.rowCount()):
        if table.item(r, column).text().startswith(starts):
            return _cells(table, r)
    raise AssertionError(f"no row {starts!r}")


def test_the_dashboard_shows_each_device(qtbot, runner, prefs, province):
    sek = province.secretariat
    page = _show(qtbot, DashboardPage(make_ctx(sek, runner, prefs)))
    table = page.list.table
    assert table.rowCount() == 2
    kupang = _row_of(table, COL_PPT, province.kupang.office.profile().name)
    belu = _row_of(table, COL_PPT, BELU.name)
    assert kupang[COL_REGION] == "Kota Kupang" and belu[COL_REGION] == "Kabupaten Belu"
    assert kupang[COL_IDENTITY] == "1 / 2"        # one named, two pseudonyms (one moved away)
    assert belu[COL_IDENTITY] == "0 / 3"          # its two and the one moved to it
    assert kupang[COL_DATA].startswith("s.d. no. ")
    assert kupang[COL_RECEIPT].startswith("perlu dikirim")
    assert belu[COL_RECEIPT].startswith("terkirim")
    assert "1× percabangan" in belu[COL_ALERTS] and "1 berkas dikarantina" in belu[COL_ALERTS]
    assert "2 perangkat PPT" in page.summary.text()
    assert "tidak dikenal (1)" in page.unknown.text()
    assert "bukan bundel ppt-desk" in page.unknown.text()
    table.selectRow(page.list.row_of(province.belu.office.profile().device_id))
    detail = page.detail.text()
    assert "PERINGATAN" in detail and "disalin" in detail
    assert "1 kasus dipindahkan ke PPT ini belum dilaporkan" in detail
    assert "3 dengan pseudonim" in detail
    _shots(page, "dashboard")
    page.clear()
    assert table.rowCount() == 0 and page.board is None and not page.unknown.isVisible()


def test_the_register_lists_every_ppts_cases_and_opens_one_read_only(qtbot, runner, prefs,
                                                                     province):
    sek = province.secretariat
    page = _show(qtbot, ProvincialRegisterPage(make_ctx(sek, runner, prefs)))
    cases = page.cases
    table = cases.list.table
    assert table.rowCount() == 6 and cases.count.text() == "6 dari 6 kasus"
    maria = _row_of(table, COL_NAME, "Maria Goreti Seran")
    assert maria[REG_PPT] == province.kupang.office.profile().name
    pseudonyms = [_cells(table, r) for r in range(6)
                  if _cells(table, r)[COL_NAME].startswith("PSN-")]
    assert len(pseudonyms) == 5 and all("(pseudonim)" in r[COL_NAME] for r in pseudonyms)
    assert sum(r[REG_PPT] == BELU.name for r in pseudonyms) == 3   # the moved case too
    _shots(page, "register")
    # Filter by PPT, then search in any spelling.
    cases.office.setCurrentIndex(cases.office.findText(BELU.name))
    assert table.rowCount() == 3
    assert {_cells(table, r)[REG_PPT] for r in range(3)} == {BELU.name}
    cases.office.setCurrentIndex(0)
    cases.search.setText("Mari Seran")
    cases.refresh()
    assert table.rowCount() == 1 and _cells(table, 0)[COL_NUMBER] == maria[COL_NUMBER]
    cases.search.setText("Tidak Ada Nama Begini")
    cases.refresh()
    assert not table.isVisible() and cases.list.empty.text() == "Tidak ada kasus yang cocok."
    # Opening a case: the PPT's case view, read-only, no writing button enabled.
    page.open_case(province.named)
    view = page.case_page
    assert page.stack.currentWidget() is view
    assert view.detail is not None and view.detail.read_only
    assert view.ownership.banner.isVisible()
    assert "hanya dapat dibaca" in view.ownership.banner.text()
    enabled = [b.objectName() or b.text() for b in view.findChildren(QPushButton)
               if b.isEnabled() and b.isVisible() and b is not view.back_button
               and b.objectName() != "transferCase"]
    writing = [name for name in enabled if not name.startswith(("stage_", "print_"))
               and name not in ("nikToggle", "checkButton", "toProtection")]
    assert writing == [], writing
    assert not view.ownership.transfer_button.isVisible()   # a secretariat moves no case
    _shots(page, "register-case")
    view.back_button.click()
    assert page.stack.currentWidget() is cases
    page.clear()
    assert table.rowCount() == 0 and cases.search.text() == ""


def test_transfers_in_flight(qtbot, runner, prefs, province):
    sek = province.secretariat
    page = _show(qtbot, TransfersPage(make_ctx(sek, runner, prefs)))
    table = page.list.table
    assert table.rowCount() == 1
    row = _cells(table, 0)
    assert (row[COL_FROM], row[COL_TO], row[COL_DAYS]) == (
        province.kupang.office.profile().name, BELU.name, "0")
    assert row[COL_CASE] == sek.cases.open(province.moved).case_number
    assert page.count.text() == "1 kasus sedang dipindahkan"
    assert page.waiting.table.rowCount() == 1
    waiting = _cells(page.waiting.table, 0)
    assert waiting[0] == BELU.name and waiting[1] != "—"
    _shots(page, "transfers")
    page.clear()
    assert table.rowCount() == 0


def test_pages_say_what_a_role_without_access_sees(qtbot, runner, prefs, province):
    sek = province.secretariat
    _, user = sek.users.add("pendamping", "Pendamping", frozenset({"ADMIN"}),
                            "kata-sandi-uji-2")
    sek.session.lock()
    sek.session.unlock("pendamping", "kata-sandi-uji-2")
    page = _show(qtbot, ProvincialRegisterPage(make_ctx(sek, runner, prefs)))
    assert page.cases.error.isVisible()
    assert "petugas sekretariat" in page.cases.error.text()
    assert page.cases.list.table.rowCount() == 0


def test_an_officer_without_admin_rights_reads_the_dashboard(qtbot, runner, prefs, province):
    sek = province.secretariat
    sek.users.add("petugas", "Petugas", frozenset({"PETUGAS_SEKRETARIAT"}), "kata-sandi-uji-2")
    sek.session.lock()
    sek.session.unlock("petugas", "kata-sandi-uji-2")
    page = _show(qtbot, DashboardPage(make_ctx(sek, runner, prefs)))
    assert page.list.table.rowCount() == 2 and not page.error.isVisible()


def test_the_ppt_conflict_queue_works_at_the_secretariat(qtbot, runner, prefs, province):
    """gui/sync/conflicts_page.ConflictsPage at the secretariat: a case's item (the case is
    held by a PPT) and an item about no case are both decided here, after a confirmation; the
    note says the choice is the provincial register's reading."""
    import json

    from sqlalchemy import text

    from ppt_desk.gui.sync.conflicts_page import ConflictsPage

    sek = province.secretariat
    kupang_device = province.kupang.office.profile().device_id
    own_office = sek.office.profile().id
    with sek.session.db.engine.begin() as conn:
        for entity, entity_id, case_id, field, here, there in (
                ("case_file", province.named, province.named, "notes",
                 "Korban dirujuk ke RSUD Kupang.", "Korban dirujuk ke RSUD Kupang dan LPSK."),
                ("office", own_office, None, "name", "Sekretariat GT PP-TPPO NTT",
                 "Sekretariat Gugus Tugas PP-TPPO Provinsi NTT")):
            conn.execute(text(
                "INSERT INTO sync_conflict (entity, entity_id, case_id, field, local_value, "
                "incoming_value, origin_device_id, event_id, opened_at, status) VALUES "
                "(:e, :i, :c, :f, :here, :there, :d, 'ev', CURRENT_TIMESTAMP, 'OPEN')"),
                {"e": entity, "i": entity_id, "c": case_id, "f": field, "d": kupang_device,
                 "here": json.dumps(here), "there": json.dumps(there)})
    page = _show(qtbot, ConflictsPage(make_ctx(sek, runner, prefs)))
    table = page.list.table
    assert table.rowCount() == 2
    case_row = page.list.row_of(next(k for k, c in page.items.items() if c.case_number))
    table.selectRow(case_row)
    assert "menjadi isi register provinsi" in page.note.text()
    assert page.use_local.isEnabled()
    _shots(page, "conflicts")
    for _ in range(2):
        table.selectRow(0)
        box = page.decide("LOCAL")
        (yes,) = [b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole]
        yes.click()
    assert table.rowCount() == 0 and sek.sync.open_conflicts() == 0


def test_screenshots_of_a_province_with_twelve_ppts(qtbot, runner, prefs, province):
    from secretariat_gui_helpers import add_quiet_ppts

    sek = province.secretariat
    add_quiet_ppts(sek, 10)
    page = _show(qtbot, DashboardPage(make_ctx(sek, runner, prefs)))
    assert page.list.table.rowCount() == 12
    assert "12 perangkat PPT" in page.summary.text()
    held = next(d for d in page.board.devices if d.held)
    page.list.table.selectRow(page.list.row_of(held.device_id))
    assert "tertahan" in page.detail.text()
    _shots(page, "dashboard-12-ppt")
    register = _show(qtbot, ProvincialRegisterPage(make_ctx(sek, runner, prefs)))
    assert register.cases.office.count() == 13      # "Semua PPT" and twelve PPTs
    _shots(register, "register-12-ppt")


def test_a_page_refused_for_a_role_says_so_in_words(qtbot, runner, prefs, province):
    """The dashboard and transfers pages show the shared message of needs_secretariat_role
    (gui/labels), not the code."""
    from ppt_desk.domain.errors import DomainError
    from ppt_desk.gui.secretariat.dashboard_page import DashboardPage
    from ppt_desk.gui.secretariat.transfers_page import TransfersPage

    for page_class in (DashboardPage, TransfersPage):
        page = page_class(make_ctx(province.secretariat, runner, prefs))
        qtbot.addWidget(page)
        page._failed(DomainError("needs_secretariat_role"))
        assert page.error.text() == ("Hanya petugas sekretariat atau admin yang dapat melihat "
                                     "halaman ini.")
