"""The "Konflik data" page over the real backend: a conflict opened by the import engine at
this office (the ``backend`` fixture) from an edit made at another office's copy, listed,
decided by a supervisor after a confirmation naming both values; the row goes."""
from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from ppt_desk.domain.intake import CaseIntake
from ppt_desk.gui.main_window import MainWindow
from ppt_desk.gui.sync.conflicts_page import COL_CASE, COL_INCOMING, COL_LOCAL, COL_OFFICE, \
    COL_WHAT, ConflictsPage
from ppt_desk.security.keyslots import KeyslotFile
from ppt_desk.services.change_set import ChangeSet
from ppt_desk.services.sync.ports import PeerDevice
from ppt_desk.storage.database import DataFolder, unlock_with_password
from ppt_desk.storage.engine import open_engine

from gui_helpers import ADMIN, PASSWORD, make_ctx

ORIGIN = "0190bbbb-0000-7000-8000-0000000000b1"
BELU = "UPTD PPA Kabupaten Belu"
DERIVED = {"age_at_intake": 24, "age_band": "DEWASA", "is_child": False}


def _origin(template: Path, folder: Path):
    """Another laptop: a copy of the template with its own device id and an empty outbox."""
    shutil.copytree(template, folder)
    _, key = KeyslotFile(folder / "keyslots.json").unlock_password(ADMIN, PASSWORD)
    engine = open_engine(folder / "ppt-desk.db", bytes(key))
    with engine.begin() as conn:
        conn.execute(text("UPDATE device_state SET device_id = :d, next_seq = 1, "
                          "device_code = 'B'"), {"d": ORIGIN})
        conn.execute(text("DELETE FROM outbox_event"))
    engine.dispose()
    return unlock_with_password(DataFolder(folder), ADMIN, PASSWORD)


def _send(origin, here) -> None:
    with origin.uow() as uow:
        events = list(uow.sync.unacked_events())
    with here.uow() as uow:
        outcome = uow.sync.apply_events(iter(events), f"b-{len(events)}")
        assert not outcome.forks and not outcome.malformed
        uow.commit()


def _edit(db, case_id: str, notes: str) -> None:
    with db.uow() as uow:
        uow.casework.update_case(case_id, notes=notes)
        uow.commit()


@pytest.fixture
def conflict(backend, template_folder, tmp_path):
    """A case's notes changed here and at Belu to other values; (case id, case number)."""
    here = backend.session.db
    with here.uow() as uow:   # Belu's card was enrolled here
        uow.sync.add_peer(PeerDevice(
            ORIGIN, "PPT", "office-belu", BELU, "53", "53.04", "B", bytes(32), ("age1x",),
            "AAAA-BBBB-CCCC-DDDD", datetime(2026, 3, 1), None))
        uow.commit()
    origin = _origin(template_folder[0], tmp_path / "belu")
    with origin.uow() as uow:
        intake = CaseIntake(full_name="Maria Seran", sex="P", intake_date=date(2026, 3, 2),
                            intake_channel="HOTLINE", victim_status="DIDUGA", estimated_age=24,
                            modus=("EBM",), languages=("ind",))
        case_id, number = uow.cases.add(intake, uow.office.get(), DERIVED)
        uow.commit()
    _send(origin, here)
    with here.uow() as uow:   # the case is this office's now (as after a transfer)
        uow.sync.set_owner(case_id, uow.sync.own_device().device_id, 1, "")
        uow.commit()
    _edit(here, case_id, "versi kantor")
    _edit(origin, case_id, "versi lapangan")
    _send(origin, here)
    origin.close()
    return case_id, number


def _page(qtbot, backend, runner, prefs) -> ConflictsPage:
    page = ConflictsPage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.page_shown()
    return page


def _cells(page: ConflictsPage, row: int = 0) -> dict[int, str]:
    return {c: page.list.table.item(row, c).text() for c in range(page.list.table.columnCount())}


def _accept(box: QMessageBox) -> None:
    (yes,) = [b for b in box.buttons()
              if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    yes.click()


def test_the_list_shows_the_conflict_and_a_supervisor_decides_it(qtbot, backend, runner, prefs,
                                                                  conflict):
    case_id, number = conflict
    page = _page(qtbot, backend, runner, prefs)
    assert page.list.table.rowCount() == 1
    cells = _cells(page)
    assert (cells[COL_CASE], cells[COL_WHAT], cells[COL_LOCAL], cells[COL_INCOMING],
            cells[COL_OFFICE]) == (number, "Berkas kasus · Catatan kasus", "versi kantor",
                                   "versi lapangan", BELU)
    assert not page.use_incoming.isEnabled()   # nothing chosen yet
    page.list.table.selectRow(0)
    assert page.local_value.text() == "versi kantor"
    assert page.incoming_value.text() == "versi lapangan"
    assert number in page.facts.text() and BELU in page.facts.text()
    assert page.use_local.isEnabled() and page.use_incoming.isEnabled()

    box = page.decide("INCOMING")
    assert box is not None and box.isVisible()
    named = box.text() + box.informativeText()
    assert "versi kantor" in named and "versi lapangan" in named and number in named
    _accept(box)

    assert page.list.table.rowCount() == 0 and page.list.empty.isVisibleTo(page)
    assert not page.use_incoming.isEnabled()
    with backend.session.db.engine.connect() as conn:
        assert conn.execute(text("SELECT notes FROM case_file WHERE id = :c"),
                            {"c": case_id}).scalar() == "versi lapangan"
    assert backend.sync.conflicts() == []


def test_cancelling_the_confirmation_changes_nothing(qtbot, backend, runner, prefs, conflict):
    page = _page(qtbot, backend, runner, prefs)
    page.list.table.selectRow(0)
    box = page.decide("LOCAL")
    (cancel,) = [b for b in box.buttons()
                 if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole]
    cancel.click()
    assert page.list.table.rowCount() == 1
    assert len(backend.sync.conflicts()) == 1


def test_a_caseworker_sees_her_cases_conflicts_but_cannot_decide(qtbot, backend, runner, prefs,
                                                                 conflict):
    case_id, number = conflict
    _, worker = backend.users.add("pendamping", "Pendamping Satu", frozenset({"PENDAMPING"}),
                                  "kata-sandi-uji-2")
    with backend.session.db.uow() as uow:   # (the case is Belu's: no hand-over here)
        uow.casework.update_case(case_id, assigned_user_id=worker.id)
        uow.commit()
    backend.session.lock()
    backend.session.unlock("pendamping", "kata-sandi-uji-2")
    page = _page(qtbot, backend, runner, prefs)
    assert _cells(page)[COL_CASE] == number
    page.list.table.selectRow(0)
    assert not page.use_local.isVisibleTo(page) and not page.use_incoming.isVisibleTo(page)
    assert page.decide("INCOMING") is None
    assert "supervisor" in page.note.text()


def test_the_navigation_counts_open_conflicts_next_to_the_sync_page(qtbot, backend, runner,
                                                                    prefs, conflict):
    window = MainWindow(make_ctx(backend, runner, prefs))
    qtbot.addWidget(window)
    titles = [window.nav.item(r).text() for r in range(window.nav.count())]
    assert titles[titles.index("Sinkronisasi") + 1] == "Konflik data (1)"
    window.show_page(window.conflicts_page)
    page = window.conflicts_page
    page.list.table.selectRow(0)
    _accept(page.decide("LOCAL"))
    assert window.nav.item(titles.index("Konflik data (1)")).text() == "Konflik data"


def test_an_import_elsewhere_refreshes_the_list_and_locking_clears_it(qtbot, backend, runner,
                                                                      prefs, conflict):
    page = _page(qtbot, backend, runner, prefs)
    page.list.table.selectRow(0)
    page.clear()   # lock
    assert page.list.table.rowCount() == 0 and page.local_value.text() == ""
    page.page_shown()
    assert page.list.table.rowCount() == 1
    (item,) = backend.sync.conflicts()
    backend.sync.decide_conflict(item.id, "LOCAL")   # not announced: as if by an import
    page.ctx.bus.data_changed.emit(ChangeSet(bundles=True))
    assert page.list.table.rowCount() == 0


def test_an_item_decided_meanwhile_elsewhere_says_so_and_leaves_the_list(qtbot, backend, runner,
                                                                         prefs, conflict):
    page = _page(qtbot, backend, runner, prefs)
    page.list.table.selectRow(0)
    (item,) = backend.sync.conflicts()
    backend.sync.decide_conflict(item.id, "LOCAL")   # another window, before this one reloads
    _accept(page.decide("INCOMING"))
    assert page.error.isVisibleTo(page) and "sudah diputuskan" in page.error.text()
    assert page.list.table.rowCount() == 0


def test_restricted_values_cannot_be_chosen_here(qtbot, backend, runner, prefs, conflict):
    page = _page(qtbot, backend, runner, prefs)
    (item,) = backend.sync.conflicts()
    hidden = replace(item, local_text="(dibatasi)", incoming_text="(dibatasi)", restricted=True)
    page._show([hidden])   # what the service hands a user without the grant
    page.list.table.selectRow(0)
    assert not page.use_local.isEnabled() and not page.use_incoming.isEnabled()
    assert page.decide("INCOMING") is None
    assert "terbatas" in page.note.text()


def test_a_case_owned_elsewhere_is_decided_there(qtbot, backend, runner, prefs, conflict):
    page = _page(qtbot, backend, runner, prefs)
    (item,) = backend.sync.conflicts()
    page._show([replace(item, held_by=BELU)])
    page.list.table.selectRow(0)
    assert not page.use_local.isEnabled() and not page.use_incoming.isEnabled()
    assert page.decide("LOCAL") is None
    assert BELU in page.note.text()
