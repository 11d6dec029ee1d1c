"""Acceptance (issue 12): a caseworker plans a case discussion from a stage-2 case through the
real widgets, starts conference mode (the audience window shows the pseudonym, never the
name), records decisions that become action items, prints the minutes, closes the meeting;
the action items show on Hari ini, the held meeting opens the way to stage 3, and the
sidang kasus held at stage 3 does the same for the stage-3 checklist and starts its plan."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ppt_desk.gui.conference.case_conferences import PresenterHost
from ppt_desk.gui.main_window import MainWindow
from ppt_desk.gui.pages.case_page import CasePage

from casework_fill import click, fill
from casework_gui_helpers import add_caseworker, sign_in, use_clock
from conference_gui_helpers import STAGE2_FINDING, shown_text, stage2_case
from gui_helpers import make_ctx

START = date(2025, 5, 2)
NAME = "Maria Goreti Bunga"


def _tab(qtbot, page: CasePage, widget) -> None:
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.tabRect(page.tabs.indexOf(widget)).center())
    assert page.tabs.currentWidget() is widget


def _plan(qtbot, window: MainWindow, stage: str, place: str):
    """Rencanakan… on the stage's panel; a chair who signed the acknowledgement; Simpan."""
    tab = window.case_page.empowerment
    box = tab.panels[stage].conferences
    click(qtbot, box.plan_button)
    dialog = box.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.cases.table.table.item(0, 0).text() == "Korban A"
    qtbot.keyClicks(dialog.place, place)
    p = dialog.participants
    qtbot.keyClicks(p.name, "Ketua Sidang Uji")
    p.role.set_code("KETUA")
    click(qtbot, p.acknowledged)
    click(qtbot, p.add_button)
    qtbot.keyClicks(p.name, "Notulis Uji")
    p.role.set_code("NOTULIS")
    click(qtbot, p.add_button)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible(), dialog.error.text()
    presenter = PresenterHost.of(window).presenter
    assert presenter is not None and presenter.isVisible()
    return presenter


def _decide(qtbot, presenter, text: str, what: str = "", person: str = "",
            due: date | None = None) -> None:
    panel = presenter.decisions
    click(qtbot, panel.new_button)
    before = len(presenter.detail.decisions)
    qtbot.keyClicks(panel.text, text)
    if what:
        qtbot.keyClicks(panel.what, what)
        qtbot.keyClicks(panel.person, person)
        panel.due.set_iso(due.isoformat())
    qtbot.waitUntil(lambda: len(presenter.detail.decisions) == before + 1
                    and presenter.detail.decisions[-1].action_what == what
                    and presenter.detail.decisions[-1].action_due == due, timeout=4000)


def _finish(qtbot, presenter) -> None:
    click(qtbot, presenter.finish_button)
    dialog = presenter.finish_dialog
    assert dialog.isVisible() and dialog.day() == START + timedelta(days=1)
    click(qtbot, dialog.finish_button)
    assert presenter.detail.status == "SELESAI", presenter.error.text()
    assert not presenter.projector.is_on


def _stage_option(tab, target: str):
    dialog = tab.open_stage_dialog()
    option = dialog.options[target]
    text = dialog.details[target].text()
    dialog.reject()
    return option, text


def test_conference_walk(qtbot, backend, runner, prefs, tmp_path):
    clock = use_clock(backend, START)
    worker = add_caseworker(backend, "yuliana.b", "Yuliana Bria")
    sign_in(backend, "yuliana.b")
    case_id, number = stage2_case(backend, NAME, START, worker.id)
    clock.advance(1)
    window = MainWindow(make_ctx(backend, runner, prefs))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.open_case(case_id)
    page = window.case_page
    tab = page.empowerment
    _tab(qtbot, page, tab)
    assert tab.strip.current_code() == "PENELUSURAN"
    # Each kind is planned on its stage's panel: not a sidang kasus while at stage 2.
    assert not tab.panels["RENCANA"].conferences.plan_button.isEnabled()
    option, missing = _stage_option(tab, "RENCANA")
    assert not option.ready and "Pertemuan pembahasan kasus" in missing

    # Plan from the stage-2 panel: the presenter's window opens on the new conference.
    presenter = _plan(qtbot, window, "PENELUSURAN", "Ruang rapat UPTD PPA")
    assert presenter.detail.kind == "PEMBAHASAN_KASUS"
    assert presenter.detail.status == "DIRENCANAKAN"
    assert any(STAGE2_FINDING in presenter.agenda.list.item(i).text()
               for i in range(presenter.agenda.list.count()))
    assert not presenter.finish_button.isEnabled()

    # Conference mode: the audience window shows the pseudonym and never the name.
    click(qtbot, presenter.start_button)
    assert presenter.detail.status == "BERLANGSUNG"
    audience = presenter.projector.window
    assert audience is not None and audience.isVisible()
    qtbot.waitUntil(lambda: "Korban A" in shown_text(audience), timeout=2000)
    assert "Maria" not in shown_text(audience) and number not in shown_text(audience)

    qtbot.keyClicks(presenter.focus, "Pemulihan ekonomi dan psikologis")
    qtbot.keyClicks(presenter.alternatives, "Pelatihan menjahit atau modal usaha")
    due = START + timedelta(days=14)
    # A decision naming the victim: on the wall it reads "Korban A".
    _decide(qtbot, presenter, f"{NAME} ikut pelatihan menjahit", "Daftarkan ke BLK",
            "Petugas Dinas Sosial", due)
    _decide(qtbot, presenter, "Konseling lanjutan dua kali sebulan")
    qtbot.waitUntil(lambda: "Konseling lanjutan" in shown_text(audience), timeout=3000)
    wall = shown_text(audience)
    assert "ikut pelatihan menjahit" in wall and "Maria" not in wall and "Goreti" not in wall
    assert backend.conferences.get(presenter.conference_id).problem_focus == \
        "Pemulihan ekonomi dan psikologis"

    # Minutes, then the meeting is closed; the projector goes dark.
    minutes = tmp_path / "notulen.pdf"
    presenter.print_to(minutes, open_it=False)
    assert minutes.read_bytes().startswith(b"%PDF")
    assert "Notulen disimpan" in presenter.message.text()
    _finish(qtbot, presenter)
    assert not presenter.decisions.text.isEnabled()
    presenter.close()

    # Hari ini: the action item, overdue or not, opens its case.
    window.show_page(window.today_page)
    actions = window.today_page.actions
    table = actions.table.table
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=2000)
    assert [table.item(0, c).text() for c in (1, 2)] == [number, "Daftarkan ke BLK"]
    assert "Petugas Dinas Sosial" in table.item(0, 3).text()

    # The held meeting meets the stage-2 requirement: on to stage 3.
    table.selectRow(0)
    click(qtbot, actions.open_button)
    assert window.stack.currentWidget() is page and page.detail.id == case_id
    _tab(qtbot, page, tab)
    option, _text = _stage_option(tab, "RENCANA")
    assert option.ready
    dialog = tab.open_stage_dialog("RENCANA")
    click(qtbot, dialog.submit)
    assert tab.strip.current_code() == "RENCANA", dialog.error.text()

    # Stage 3: a sidang kasus, held, meets the stage-3 item and starts the plan.
    _option, missing = _stage_option(tab, "PELAKSANAAN")
    assert "formulir Penyusunan Rencana Pemberdayaan" in missing  # no plan record yet
    presenter = _plan(qtbot, window, "RENCANA", "Aula Dinas Sosial")
    assert presenter.detail.kind == "SIDANG_KASUS"
    click(qtbot, presenter.start_button)
    qtbot.keyClicks(presenter.focus, "Kemandirian ekonomi")
    _decide(qtbot, presenter, "Ikut kursus menjahit tiga bulan", "Cari kursus menjahit",
            "Pendamping", START + timedelta(days=30))
    _finish(qtbot, presenter)
    assert presenter.plan_button.isVisible()
    click(qtbot, presenter.plan_button)
    # Filled from the conference; what it cannot know is completed in the form.
    form = presenter.stage3.dialog
    assert form is not None and form.isVisible(), presenter.error.text()
    assert "diisi dari keputusan sidang" in presenter.message.text()
    filled = form.payload()
    assert filled["sidang_kasus"] is True and filled["tanggal_sidang"] == \
        (START + timedelta(days=1)).isoformat()
    assert filled["masalah_prioritas"] == "Kemandirian ekonomi"
    assert "Ikut kursus menjahit tiga bulan" in filled["strategi"]
    fill(qtbot, form.form, {"kebutuhan": ["EKONOMI"], "kesepakatan_pemberdayaan": True})
    click(qtbot, form.save_button)
    assert not form.isVisible(), form.error.text()
    presenter.close()
    option, missing = _stage_option(tab, "PELAKSANAAN")
    assert option.ready, missing

    # Hari ini: both meetings' action items; one done is gone from the list.
    window.show_page(window.today_page)
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=2000)
    assert {table.item(r, 2).text() for r in range(2)} == {"Daftarkan ke BLK",
                                                           "Cari kursus menjahit"}
    row = next(r for r in range(2) if table.item(r, 2).text() == "Daftarkan ke BLK")
    table.selectRow(row)
    click(qtbot, actions.done_button)
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=2000)
    assert table.item(0, 2).text() == "Cari kursus menjahit"
    window.clear()
