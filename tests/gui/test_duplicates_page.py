"""The "Kemungkinan Duplikat" page over the real backend and real widgets: cases of two offices
in one store (the second office's rows written as an import would leave them), the pairs the
search proposes, the side-by-side comparison, a decision after a confirmation; nothing merged.
Screenshots at 1366x768 and 1024x768 go to tmp/shots/duplicates/."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from ppt_desk.domain.intake import CaseIntake
from ppt_desk.gui.secretariat.duplicates_page import (
    COL_PPT_A, COL_PPT_B, COL_REASONS, COL_SCORE, COL_STATUS, SHOW_ALL, SHOW_DECIDED,
    DuplicatesPage,
)
from ppt_desk.services.change_set import ChangeSet

from gui_helpers import make_ctx

BELU = "UPTD PPA Kabupaten Belu"
SHOTS = Path(__file__).resolve().parents[2] / "tmp" / "shots" / "duplicates"
NIK = "5371015207950003"


def _case(backend, name, born, nik="", aliases=()):
    intake = CaseIntake(full_name=name, sex="P", intake_date=date(2026, 3, 2), nik=nik,
                        intake_channel="HOTLINE", victim_status="DIDUGA", birth_date=born,
                        aliases=aliases, modus=("EBM",), languages=("ind",))
    return backend.cases.register(intake)[1]


@pytest.fixture
def pairs(backend):
    """Two pairs across this office and Belu, and a pseudonymised Belu case; Belu's rows are
    moved there with SQL, as the import of Belu's bundle would have written them."""
    here = [_case(backend, "Hj. Siti Fatimah", date(1990, 3, 4)),
            _case(backend, "Yuliana Kase", date(1995, 7, 12), NIK),
            _case(backend, "Agustina Nahak", date(1998, 1, 2))]
    belu = [_case(backend, "Sity Fatima", date(1990, 4, 3), aliases=("Fatma",)),
            _case(backend, "Yuliana Kasse", date(1995, 7, 12), NIK),
            _case(backend, "Agustina Nahak", date(1998, 1, 2))]
    with backend.session.db.engine.begin() as conn:
        conn.execute(text("INSERT INTO office (id, name, kind, province_code, regency_code, "
                          "case_prefix, device_id, version) VALUES ('office-belu', :n, "
                          "'UPTD_PPA', '53', '53.04', 'BLU', 'device-belu', 1)"), {"n": BELU})
        for case_id in belu:
            conn.execute(text("UPDATE case_file SET office_id = 'office-belu' WHERE id = :c"),
                         {"c": case_id})
        conn.execute(text("UPDATE person SET full_name = 'PSN-ABCDEFGHIJKLMNOP', birth_date = "
                          "NULL WHERE id = (SELECT person_id FROM case_file WHERE id = :c)"),
                     {"c": belu[2]})
    backend.duplicates.rescan()
    return here, belu


def _page(qtbot, backend, runner, prefs, size=(1366, 768)) -> DuplicatesPage:
    page = DuplicatesPage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    page.page_shown()
    return page


def _cells(page: DuplicatesPage, row: int) -> dict[int, str]:
    return {c: page.list.table.item(row, c).text() for c in range(page.list.table.columnCount())}


def _accept(box: QMessageBox) -> None:
    (yes,) = [b for b in box.buttons()
              if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    yes.click()


def _shot(page: DuplicatesPage, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / name))


def test_the_list_compares_and_an_officer_decides(qtbot, backend, runner, prefs, pairs):
    here, belu = pairs
    page = _page(qtbot, backend, runner, prefs)
    table = page.list.table
    assert table.rowCount() == 2           # never the pseudonymised case, never merged
    rows = [_cells(page, r) for r in range(2)]
    assert int(rows[0][COL_SCORE]) >= int(rows[1][COL_SCORE]) >= 60
    assert rows[0][COL_REASONS].startswith("NIK sama")
    assert {rows[0][COL_PPT_A], rows[0][COL_PPT_B]} == {BELU, backend.office.profile().name}
    assert all(r[COL_STATUS] == "Menunggu keputusan" for r in rows)
    assert "Tanggal dan bulan lahir tertukar".lower() in rows[1][COL_REASONS].lower()
    # The first row is selected: both records side by side.
    names = {page.cells[("name", 0)].text(), page.cells[("name", 1)].text()}
    assert names == {"Yuliana Kase", "Yuliana Kasse"}
    assert page.cells[("nik", 0)].text() == NIK
    assert page.same.isEnabled() and page.different.isEnabled()
    _shot(page, "duplicates-1366x768.png")

    table.selectRow(1)
    assert {page.cells[("birth", 0)].text(), page.cells[("birth", 1)].text()} == {
        "04-03-1990", "03-04-1990"}
    assert "Fatma" in {page.cells[("aliases", 0)].text(), page.cells[("aliases", 1)].text()}
    page.note.setText("Dicek lewat telepon ke kedua PPT")
    box = page.decide("DISMISSED")
    assert box is not None and "Bukan orang yang sama" in box.text()
    _accept(box)
    assert table.rowCount() == 1            # the open list no longer has it
    page.filter.setCurrentIndex(SHOW_DECIDED)
    assert table.rowCount() == 1 and _cells(page, 0)[COL_STATUS] == "Bukan orang yang sama"
    table.selectRow(0)
    assert "Dicek lewat telepon" in page.decided.text()
    assert not page.same.isEnabled() and not page.different.isEnabled()
    # Rescanning does not bring it back.
    page.filter.setCurrentIndex(SHOW_ALL)
    page.rescan()
    assert table.rowCount() == 2
    assert [p.status for p in backend.duplicates.pairs()] == ["OPEN", "DISMISSED"]


def test_confirming_marks_both_cases_and_cancel_changes_nothing(qtbot, backend, runner, prefs,
                                                                pairs):
    page = _page(qtbot, backend, runner, prefs)
    page.list.table.selectRow(0)
    box = page.decide("CONFIRMED")
    (cancel,) = [b for b in box.buttons()
                 if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole]
    cancel.click()
    assert [p.status for p in backend.duplicates.pairs()] == ["OPEN", "OPEN"]
    _accept(page.decide("CONFIRMED"))
    confirmed = [p for p in backend.duplicates.pairs() if p.status == "CONFIRMED"]
    assert len(confirmed) == 1
    (link,) = backend.duplicates.links(confirmed[0].a.case_id)
    assert link.other_case_number == confirmed[0].b.case_number


def test_the_small_screen_and_locking(qtbot, backend, runner, prefs, pairs):
    page = _page(qtbot, backend, runner, prefs, size=(1024, 768))
    page.list.table.selectRow(1)
    _shot(page, "duplicates-1024x768.png")
    for button in (page.same, page.different):
        assert button.isVisibleTo(page)
        assert button.geometry().right() <= page.width()
    page.clear()
    assert page.list.table.rowCount() == 0 and page.cells[("name", 0)].text() == ""
    page.page_shown()
    assert page.list.table.rowCount() == 2
    page.ctx.bus.data_changed.emit(ChangeSet(bundles=True))   # an import: the list reloads
    assert page.list.table.rowCount() == 2


def test_a_caseworker_is_told_the_page_is_not_for_her(qtbot, backend, runner, prefs, pairs):
    backend.users.add("pendamping", "Pendamping Satu", frozenset({"PENDAMPING"}),
                      "kata-sandi-uji-2")
    backend.session.lock()
    backend.session.unlock("pendamping", "kata-sandi-uji-2")
    page = _page(qtbot, backend, runner, prefs)
    assert page.list.table.rowCount() == 0
    assert page.error.isVisibleTo(page) and "petugas sekretariat" in page.error.text()
