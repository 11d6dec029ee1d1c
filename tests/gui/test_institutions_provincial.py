"""Lembaga with the province's entries (reference data): listed as provincial, opened
read-only, never offered for editing; the dialog says where they came from."""
from __future__ import annotations

from datetime import datetime

from ppt_desk.domain.institutions import Institution
from ppt_desk.gui.pages.institutions_page import COL_NAME, COL_SOURCE, InstitutionsPage

from gui_helpers import make_ctx

POLDA = Institution(id="prov-polda-ntt", name="Subdit PPA Polda NTT", category="KEPOLISIAN",
                    level="PROVINSI", province_code="53")


def test_provincial_entries_are_listed_and_open_read_only(qtbot, backend, runner, prefs):
    uow = backend.sync._store().uow()   # as an imported reference bundle leaves it
    with uow:
        uow.reference.replace_institutions([POLDA], 1, "0" * 36, datetime(2026, 12, 3))
        uow.commit()
    page = InstitutionsPage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(page)
    page.show()
    page.page_shown()
    row = page.list.row_of(POLDA.id)
    assert row >= 0
    assert page.list.table.item(row, COL_NAME).text() == POLDA.name
    assert page.list.table.item(row, COL_SOURCE).text() == "Provinsi (data rujukan)"
    page.list.table.selectRow(row)
    assert not page.edit_button.isEnabled()
    assert "tidak dapat diubah" in page.edit_button.toolTip()
    assert page.edit_selected() is None
    dialog = page.open_row(row)
    assert dialog.read_only and dialog.save_button is None and dialog.name.isReadOnly()
    assert dialog.windowTitle() == "Lembaga provinsi (data rujukan)"
    dialog.close()
