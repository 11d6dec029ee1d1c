"""English interface: the translator is loaded from the shipped .qm file."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ppt_desk.gui.i18n import current_language, install_translator
from ppt_desk.gui.labels import code_label, error_text
from ppt_desk.gui.main_window import MainWindow
from ppt_desk.gui.models.case_table_model import COL_DATE, COL_STATUS
from ppt_desk.gui.unlock_dialog import UnlockDialog

from gui_helpers import make_ctx, register


def test_english_interface_from_qm(qtbot, backend, runner, prefs):
    assert install_translator("en") == "en"
    assert current_language() == "en"
    register(backend, "Kristina Nenobais")
    window = MainWindow(make_ctx(backend, runner, prefs))
    qtbot.addWidget(window)
    nav = [window.nav.item(r).text() for r in range(window.nav.count())]
    assert nav == ["Today", "Case list", "New case", "Institutions", "Statistics", "Users",
                   "Synchronisation", "Data conflicts", "Settings"]
    assert window.lock_action.text() == "Lock"
    window.show_page(window.case_list)  # the start page is Today
    model = window.case_list.model
    assert model.headerData(COL_DATE, Qt.Orientation.Horizontal) == "Intake date"
    assert model.index(0, COL_STATUS).data() == "Presumed victim"  # code list label_en
    assert window.case_list.count_label.text() == "Showing 1 of 1 cases"
    assert window.intake.fields.errors  # built
    assert window.intake.save_button.text() == "Save case (Ctrl+S)"
    assert code_label("sex", "P") == "Female"
    assert error_text("wrong_password", seconds=4) == ("Wrong username or password. "
                                                       "Try again in 4 seconds.")
    dialog = UnlockDialog(backend, runner)
    qtbot.addWidget(dialog)
    assert dialog.open_button.text() == "Open"

    assert install_translator("id") == "id"
    assert code_label("sex", "P") == "Perempuan"
    again = MainWindow(make_ctx(backend, runner, prefs))
    qtbot.addWidget(again)
    assert again.lock_action.text() == "Kunci"
