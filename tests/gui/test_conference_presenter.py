"""The presenter's window, one rule at a time: F7 blanks the projector at once (also from the
audience window) and says so on its button; Tampilkan di layar… asks first, and only a yes
shows the field and writes the audit entry; the audience window follows the decisions as
they are typed, changed and removed; switching the case shown; locking darkens the wall."""
from __future__ import annotations

import time
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import text

from ppt_desk.gui.conference.case_conferences import PresenterHost
from ppt_desk.services.conference_dto import ConferenceInput, DecisionInput, ParticipantInput
from ppt_desk.storage.verify import verify

from casework_fill import click
from casework_gui_helpers import use_clock
from conference_gui_helpers import shown_text, stage2_case
from gui_helpers import make_ctx

START = date(2025, 5, 2)
NAME = "Yosefina Kolo Uji"
OTHER = "Agustina Seran Uji"


def _presenter(qtbot, backend, runner, prefs, case_ids: tuple[str, ...], start: bool = True):
    _c, conference_id = backend.conferences.plan(ConferenceInput(
        "PEMBAHASAN_KASUS", START, "Ruang rapat", case_ids,
        (ParticipantInput("Ketua Uji", None, "KETUA", START),)))
    host_window = QWidget()
    qtbot.addWidget(host_window)
    host_window.show()
    presenter = PresenterHost.of(host_window).open(make_ctx(backend, runner, prefs),
                                                   conference_id)
    presenter.resize(1366, 700)
    presenter.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is presenter, timeout=2000)
    if start:
        click(qtbot, presenter.start_button)
        assert presenter.projector.is_on
    return host_window, presenter


def _answer(box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    (button,) = [b for b in box.buttons() if box.buttonRole(b) == role]
    button.click()


def test_f7_blanks_the_projector_at_once_and_again_shows_it(qtbot, backend, runner, prefs):
    use_clock(backend, START)
    case_id, _ = stage2_case(backend, NAME, START)
    _host, presenter = _presenter(qtbot, backend, runner, prefs, (case_id,))
    audience = presenter.projector.window
    assert presenter.blank_button.text() == "Kosongkan layar (F7)"
    qtbot.waitUntil(lambda: "Korban A" in shown_text(audience), timeout=2000)
    qtbot.keyClick(presenter.decisions.text, Qt.Key.Key_F7)
    assert presenter.projector.blanked  # no backend call between the key and the dark wall
    assert audience.blanked and not _visible_content(audience)
    assert presenter.blank_button.isChecked()
    assert presenter.blank_button.text() == "Tampilkan layar lagi (F7)"
    assert "Sedang dikosongkan." in presenter.projector_state.text()
    qtbot.keyClick(audience, Qt.Key.Key_F7)  # the same key on the projector's window
    assert not presenter.projector.blanked
    assert _visible_content(audience)
    click(qtbot, presenter.blank_button)
    assert presenter.projector.blanked
    presenter.wipe()


def _visible_content(window: QWidget) -> bool:
    """Some text widget of the audience view is visible."""
    from PySide6.QtWidgets import QLabel
    return any(w.isVisible() and w.text() and "Korban A" in w.text()
               for w in window.findChildren(QLabel))


def _reveal_entries(backend, case_id: str) -> list[str]:
    with backend.session.db.engine.connect() as conn:
        return list(conn.execute(text("SELECT action FROM audit_entry WHERE entity_id = :c "
                                      "AND action = 'conference_reveal'"),
                                 {"c": case_id}).scalars())


def test_reveal_asks_first_and_is_audited(qtbot, backend, runner, prefs):
    use_clock(backend, START)
    case_id, _ = stage2_case(backend, NAME, START)
    _host, presenter = _presenter(qtbot, backend, runner, prefs, (case_id,))
    audience = presenter.projector.window
    agenda = presenter.agenda
    qtbot.waitUntil(lambda: "Korban A" in shown_text(audience), timeout=2000)
    agenda.field.set_code("full_name")
    box = agenda.ask_reveal()
    assert box is not None and box.isVisible()
    assert "Nama lengkap" in box.text() and "jejak audit" in box.informativeText()
    _answer(box, QMessageBox.ButtonRole.RejectRole)  # Batal: nothing shown, nothing written
    assert _reveal_entries(backend, case_id) == []
    assert NAME not in shown_text(audience) and agenda.revealed.text() == ""

    box = agenda.ask_reveal()
    _answer(box, QMessageBox.ButtonRole.AcceptRole)
    # (written behind the commit: read it once it is there)
    qtbot.waitUntil(lambda: _reveal_entries(backend, case_id) == ["conference_reveal"],
                    timeout=3000)
    qtbot.waitUntil(lambda: NAME in shown_text(audience), timeout=2000)
    assert NAME in agenda.revealed.text()
    report = verify(backend.session.db.engine)
    assert not [p for p in report.problems if p.area in ("chain", "kept")], report.problems
    presenter.wipe()


def test_reveal_is_offered_only_while_projecting(qtbot, backend, runner, prefs):
    use_clock(backend, START)
    case_id, _ = stage2_case(backend, NAME, START)
    _host, presenter = _presenter(qtbot, backend, runner, prefs, (case_id,), start=False)
    presenter.agenda.field.set_code("full_name")
    assert not presenter.agenda.reveal_button.isEnabled()
    assert presenter.agenda.ask_reveal() is None
    presenter.wipe()


def test_the_audience_window_follows_the_decisions_as_typed(qtbot, backend, runner, prefs):
    use_clock(backend, START)
    case_id, _ = stage2_case(backend, NAME, START)
    _host, presenter = _presenter(qtbot, backend, runner, prefs, (case_id,))
    audience = presenter.projector.window
    panel = presenter.decisions
    qtbot.keyClicks(panel.text, "Rujuk ke rumah aman")
    assert "Rujuk ke rumah aman" not in shown_text(audience)  # not before it is saved
    qtbot.waitUntil(lambda: "Rujuk ke rumah aman" in shown_text(audience), timeout=3000)
    qtbot.keyClicks(panel.text, f" bersama {NAME}")  # the name typed never reaches the wall
    qtbot.waitUntil(lambda: "rumah aman bersama Korban A" in shown_text(audience),
                    timeout=3000)
    assert "Yosefina" not in shown_text(audience)
    assert panel.list.count() == 1
    box = panel.remove()
    _answer(box, QMessageBox.ButtonRole.AcceptRole)
    qtbot.waitUntil(lambda: "rumah aman" not in shown_text(audience), timeout=3000)
    assert panel.list.count() == 0
    presenter.wipe()


def test_switching_the_case_shown(qtbot, backend, runner, prefs):
    use_clock(backend, START)
    first, _ = stage2_case(backend, NAME, START)
    second, _ = stage2_case(backend, OTHER, START, consent=False)
    _host, presenter = _presenter(qtbot, backend, runner, prefs, (first, second))
    audience = presenter.projector.window
    assert presenter.case_choice.isEnabled() and presenter.case_choice.count() == 2
    qtbot.waitUntil(lambda: "Korban A" in shown_text(audience), timeout=2000)
    began = time.perf_counter()
    presenter.case_choice.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "Korban B" in shown_text(audience), timeout=2000)
    took = time.perf_counter() - began
    wall = shown_text(audience)
    assert "Korban A" not in wall and "Agustina" not in wall
    assert "persetujuan" in wall.lower()  # no SIDANG_KASUS consent: only that it is missing
    assert took < 1.0, took  # the 100 ms goal is measured by bench/conference.py
    presenter.wipe()


def test_hiding_the_main_window_for_the_lock_closes_the_conference(qtbot, backend, runner,
                                                                   prefs):
    use_clock(backend, START)
    case_id, _ = stage2_case(backend, NAME, START)
    host_window, presenter = _presenter(qtbot, backend, runner, prefs, (case_id,))
    audience = presenter.projector.window
    conference_id = presenter.conference_id
    qtbot.keyClicks(presenter.focus, "Fokus yang belum tersimpan")
    host_window.hide()  # what the app does on lock, before the database is closed
    assert PresenterHost.of(host_window).presenter is None
    assert not audience.isVisible()
    assert backend.conferences.get(conference_id).problem_focus == "Fokus yang belum tersimpan"


def test_tab_follows_the_decision_fields_as_they_read(qtbot, backend, runner, prefs):
    use_clock(backend, START)
    case_id, _ = stage2_case(backend, NAME, START)
    _host, presenter = _presenter(qtbot, backend, runner, prefs, (case_id,))
    panel = presenter.decisions
    panel.text.setFocus()
    seen = []
    for _ in range(5):
        seen.append(QApplication.focusWidget())
        presenter.focusNextChild()
    assert seen[:4] == [panel.text, panel.what, panel.due, panel.institution.lineEdit()] or \
        seen[:4] == [panel.text, panel.what, panel.due, panel.institution]
    presenter.wipe()


def test_a_long_agenda_is_paged_from_the_laptop(qtbot, backend, runner, prefs):
    use_clock(backend, START)
    case_id, _ = stage2_case(backend, NAME, START)
    _host, presenter = _presenter(qtbot, backend, runner, prefs, (case_id,))
    for n in range(25):
        backend.conferences.add_decision(presenter.conference_id, DecisionInput(
            case_id, f"Keputusan panjang nomor {n + 1} tentang layanan lanjutan korban"))
    presenter.reload()
    audience = presenter.projector.window
    qtbot.waitUntil(lambda: "nomor 25" in shown_text(audience), timeout=3000)
    qtbot.waitUntil(lambda: audience.page_of()[1] > 1, timeout=2000)
    assert audience.page_of()[0] == 1
    qtbot.keyClick(presenter.decisions.text, Qt.Key.Key_PageDown,
                   Qt.KeyboardModifier.ControlModifier)
    assert audience.page_of()[0] == 2
    qtbot.keyClick(presenter.decisions.text, Qt.Key.Key_PageUp,
                   Qt.KeyboardModifier.ControlModifier)
    assert audience.page_of()[0] == 1
    presenter.wipe()


def test_cancelling_asks_and_takes_the_view_off_the_wall(qtbot, backend, runner, prefs):
    use_clock(backend, START)
    case_id, _ = stage2_case(backend, NAME, START)
    _host, presenter = _presenter(qtbot, backend, runner, prefs, (case_id,))
    box = presenter.ask_cancel()
    _answer(box, QMessageBox.ButtonRole.RejectRole)
    assert presenter.detail.status == "BERLANGSUNG" and presenter.projector.is_on
    box = presenter.ask_cancel()
    _answer(box, QMessageBox.ButtonRole.AcceptRole)
    assert presenter.detail.status == "DIBATALKAN"
    assert not presenter.projector.is_on
    assert not presenter.cancel_button.isVisible() and not presenter.start_button.isEnabled()
    assert not presenter.decisions.text.isEnabled()
    presenter.wipe()


def test_a_screen_plugged_in_during_conference_mode_takes_the_audience_view(
        qtbot, backend, runner, prefs):
    use_clock(backend, START)
    case_id, _ = stage2_case(backend, NAME, START)
    _host, presenter = _presenter(qtbot, backend, runner, prefs, (case_id,))
    projector = presenter.projector
    audience = projector.window
    assert projector.screen_name == "" and not audience.isFullScreen()  # one screen: windowed
    assert presenter.full_button.isEnabled()
    screen = QGuiApplication.primaryScreen()  # offscreen has one screen: it stands in for it
    projector.watch.screen_added.emit(screen)
    assert audience.isFullScreen() and audience.screen() is screen
    assert projector.screen_name == screen.name()
    assert "layar kedua" in presenter.projector_state.text()
    presenter.wipe()


def test_a_screen_plugged_in_before_conference_mode_gets_the_audience_view_at_once(
        qtbot, backend, runner, prefs):
    """Qt's screen-added signal with the conference open but not shown: the audience view
    goes full screen on the new screen, and the planned conference stays planned."""
    use_clock(backend, START)
    case_id, _ = stage2_case(backend, NAME, START)
    _host, presenter = _presenter(qtbot, backend, runner, prefs, (case_id,), start=False)
    projector = presenter.projector
    assert not projector.is_on
    screen = QGuiApplication.primaryScreen()  # offscreen has one screen: it stands in for it
    projector.watch.screen_added.emit(screen)
    assert projector.is_on and projector.window.isFullScreen()
    assert projector.window.screen() is screen
    qtbot.waitUntil(lambda: projector.window.case is not None, timeout=3000)
    assert projector.window.label.text() == "Korban A"
    assert presenter.detail.status == "DIRENCANAKAN"
    presenter.wipe()


def test_the_conference_stays_open_while_the_presenter_opens_another_case(
        qtbot, backend, runner, prefs):
    from ppt_desk.gui.pages.case_page import CasePage
    use_clock(backend, START)
    case_id, _ = stage2_case(backend, NAME, START)
    other_id, _ = stage2_case(backend, OTHER, START)
    _c, conference_id = backend.conferences.plan(ConferenceInput(
        "PEMBAHASAN_KASUS", START, "Ruang rapat", (case_id,)))
    page = CasePage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(page)
    page.show()
    page.load(case_id)
    page.tabs.setCurrentWidget(page.empowerment)
    box = page.empowerment.panels["PENELUSURAN"].conferences
    assert box.table.keys() == [conference_id]
    box.table.table.selectRow(0)
    click(qtbot, box.open_button)
    presenter = PresenterHost.of(page).presenter
    assert presenter is not None and presenter.isVisible()
    page.load(other_id)  # another case in the main window: the conference stays
    assert presenter.isVisible() and PresenterHost.of(page).presenter is presenter
    assert box.table.keys() == []  # the other case has none
    audience_before = presenter.projector.is_on
    presenter.close()  # closed by the presenter: the host lets it go
    assert not audience_before and PresenterHost.of(page).presenter is None
    box.open_presenter(conference_id)
    assert PresenterHost.of(page).presenter.isVisible()
    page.hide()  # the lock hides the main window
    assert PresenterHost.of(page).presenter is None
