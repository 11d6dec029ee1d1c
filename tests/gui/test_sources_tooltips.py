"""Source markers ("002:666-795", the guideline passage a form, field, stage or recording item
comes from) mean nothing to a caseworker: they are in a tooltip ("Rujukan pedoman: …"), never in
the text of the caseworker's screens (issue 14). The supervisor's Statistik page keeps its
"Sumber:" lines (tests/gui/test_stats_page.py)."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton, QCheckBox, QGroupBox, QLabel, QTableWidget, QTabWidget, QWidget,
)

from ppt_desk.domain.intake import CaseIntake
from ppt_desk.gui.labels import casework_config
from ppt_desk.gui.pages.case_page import CasePage
from ppt_desk.gui.pages.items_tab import ItemsTab
from ppt_desk.gui.widgets.record_form import RecordForm

from casework_fill import payloads
from casework_gui_helpers import START, protection_done, use_clock
from gui_helpers import make_ctx

CITE = re.compile(r"\b\d{3}:\d+")  # 002:666-795, 001:1249, [002:1383]
FORMS = casework_config().forms


def _tip(cite: str) -> str:
    return f"Rujukan pedoman: {cite}"


def _texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a caseworker reads on ``root``: labels, buttons, group
    titles, tab titles, table headers and cells."""
    out: list[tuple[str, str]] = []
    for label in root.findChildren(QLabel):
        out.append((f"QLabel {label.objectName()}", label.text()))
    for button in root.findChildren(QAbstractButton):
        out.append((f"button {button.objectName()}", button.text()))
    for box in root.findChildren(QGroupBox):
        out.append((f"group {box.objectName()}", box.title()))
    for tabs in root.findChildren(QTabWidget):
        out += [(f"tab {tabs.objectName()}", tabs.tabText(i)) for i in range(tabs.count())]
    for table in root.findChildren(QTableWidget):
        name = table.objectName()
        for c in range(table.columnCount()):
            head = table.horizontalHeaderItem(c)
            out.append((f"header {name}", head.text() if head else ""))
            for r in range(table.rowCount()):
                item = table.item(r, c)
                out.append((f"cell {name}[{r},{c}]", item.text() if item else ""))
    return out


def _marked(root: QWidget) -> list[tuple[str, str]]:
    return [(where, text) for where, text in _texts(root) if CITE.search(text)]


@pytest.mark.parametrize("kind", sorted(k for k, f in FORMS.items()
                                        if any(fd.cite for fd in f.fields)))
def test_a_form_field_keeps_its_source_in_the_tooltip_not_its_label(qtbot, kind):
    form = RecordForm(FORMS[kind])
    qtbot.addWidget(form)
    assert _marked(form) == []
    for fd in form.fields:
        if not fd.cite:
            continue
        label = form.labels[fd.key]
        assert fd.cite not in label.text()
        assert label.toolTip() == _tip(fd.cite)
        if not isinstance(label, QCheckBox) and not fd.sensitive:
            assert form.editors[fd.key].toolTip() == _tip(fd.cite)


def test_recording_items_show_no_source_column_their_tooltips_do(qtbot):
    tab = ItemsTab()
    qtbot.addWidget(tab)
    assert _marked(tab) == []
    headers = [tab.table.horizontalHeaderItem(c).text() for c in range(tab.table.columnCount())]
    assert headers == ["Butir", "Status"]
    for row, item in enumerate(tab.items):
        assert tab.table.item(row, 0).text() == f"{item.code}. {item.label('id')}"
        assert tab.table.item(row, 0).toolTip() == _tip(item.cite)
        assert tab.table.item(row, 1).toolTip() == _tip(item.cite)


def _case_page(qtbot, backend, runner, prefs) -> CasePage:
    """The case page showing a case with casework on several tabs."""
    page = CasePage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    use_clock(backend, START)
    intake = CaseIntake(full_name="Sumber Tersembunyi", sex="P", intake_date=START,
                        intake_channel="HOTLINE", victim_status="DIDUGA", estimated_age=24,
                        modus=("EBM",))
    _changes, case_id, _number = backend.cases.register(intake)
    for kind, payload in {**protection_done(START), "hambatan": payloads(START)["hambatan"],
                          "konseling": payloads(START)["konseling"]}.items():
        backend.casework.save_record(case_id, kind, payload)
    page.load(case_id)
    assert page.items.summary.text()  # the case is shown
    return page


STAGE_TITLE = "QLabel panelTitle_"


def test_the_case_page_text_has_no_source_marker(qtbot, backend, runner, prefs):
    """No label, button, title or cell of the case page shows a source marker (the stage
    panels' checklists and lists, forms' lists, items, services included)."""
    page = _case_page(qtbot, backend, runner, prefs)
    assert _marked(page) == []


def test_the_stage_panel_titles_have_no_source_marker(qtbot, backend, runner, prefs):
    page = _case_page(qtbot, backend, runner, prefs)
    titles = [m for m in _texts(page) if m[0].startswith(STAGE_TITLE)]
    assert len(titles) == len(casework_config().stages)
    assert [m for m in titles if CITE.search(m[1])] == []
    tips = {label.objectName(): label.toolTip() for label in page.findChildren(QLabel)
            if label.objectName().startswith("panelTitle_")}
    assert tips == {f"panelTitle_{s.code}": _tip(s.cite) for s in casework_config().stages}


def test_the_marker_pattern_finds_what_it_should():
    """The pattern the tests above rely on (so an empty result means something)."""
    assert CITE.search("[002:666-795]") and CITE.search("002:1383")
    assert CITE.search(_tip("001:1249; 003:176"))
    assert not CITE.search("02/05/2025 12:30") and not CITE.search("Tahap 2: Asesmen")
