"""Each tab of the case page is the real screen, in its place, filled from the shown case.

The tabs were once loaded through importlib with a placeholder for a missing one: renaming the
consent tab's class left caseworkers with "Buku persetujuan korban belum tersedia…" while the
suite passed. These tests fail on a renamed tab class (the imports fail), on a tab replaced by
a stand-in (the class is not the real one), and on a tab that shows nothing of the case. The
last test keeps the GUI's imports plain, so that the layer contracts see every arrow."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from ppt_desk.domain.intake import CaseIntake
from ppt_desk.gui.i18n import install_translator
from ppt_desk.gui.pages.case_page import CasePage
from ppt_desk.gui.pages.consent_tab import ConsentTab
from ppt_desk.gui.pages.empowerment_tab import EmpowermentTab
from ppt_desk.gui.pages.history_tab import HistoryTab
from ppt_desk.gui.pages.items_tab import ItemsTab
from ppt_desk.gui.pages.protection_tab import ProtectionTab
from ppt_desk.gui.pages.services_tab import ServicesTab
from ppt_desk.gui.pages.summary_tab import SummaryTab
from ppt_desk.services.dto import ConsentInput

from casework_fill import payloads
from casework_gui_helpers import START, protection_done, use_clock
from gui_helpers import make_ctx

TABS = (("Ringkasan", SummaryTab), ("Perlindungan", ProtectionTab),
        ("Pemberdayaan", EmpowermentTab), ("Layanan", ServicesTab), ("Persetujuan", ConsentTab),
        ("Kelengkapan && Hambatan", ItemsTab), ("Riwayat", HistoryTab))
GUI = Path(__file__).resolve().parents[2] / "src" / "ppt_desk" / "gui"
NIK = "5371010101900001"


@pytest.fixture
def page(qtbot, backend, runner, prefs) -> CasePage:
    page = CasePage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def _case(backend) -> tuple[str, str]:
    """A case with something for every tab: identity with NIK, protection records, an
    obstacle, a social-service record and a consent (each leaves a line in the history)."""
    use_clock(backend, START)
    intake = CaseIntake(full_name="Tab Sungguhan", sex="P", intake_date=START,
                        intake_channel="HOTLINE", victim_status="DIDUGA", estimated_age=24,
                        modus=("EBM",), nik=NIK, citizenship="TL")
    _changes, case_id, number = backend.cases.register(intake)
    records = {**protection_done(START), "hambatan": payloads(START)["hambatan"],
               "konseling": payloads(START)["konseling"]}
    for kind, payload in records.items():
        backend.casework.save_record(case_id, kind, payload)
    backend.consent.record(case_id, ConsentInput("FOTO", "KORBAN", START, "TERTULIS"))
    return case_id, number


def test_every_tab_is_the_real_screen_in_its_place(page):
    shown = [(page.tabs.tabText(i), type(page.tabs.widget(i))) for i in range(page.tabs.count())]
    assert shown == list(TABS)
    assert not any(isinstance(page.tabs.widget(i), QLabel) for i in range(page.tabs.count()))
    assert [page.summary_tab, page.protection, page.empowerment, page.services, page.consent,
            page.items, page.history] == [page.tabs.widget(i) for i in range(len(TABS))]


def test_every_tab_shows_the_case(qtbot, backend, page):
    case_id, number = _case(backend)
    page.load(case_id)
    tab = {title: page.tabs.widget(i) for i, (title, _cls) in enumerate(TABS)}
    assert page.title.text() == f"{number} — Tab Sungguhan"

    summary = tab["Ringkasan"]
    assert summary.findChild(QLabel, "fullName").text() == "Tab Sungguhan"
    assert summary.findChild(QLabel, "caseNumber").text() == number
    identity = summary.identity.layout()
    assert any(identity.itemAt(i).widget().text() == "Timor-Leste"
               for i in range(identity.count()) if isinstance(identity.itemAt(i).widget(), QLabel))
    assert summary.findChild(QLabel, "nik").text() == "5371••••••••0001"  # masked until asked
    summary.nik_toggle.click()
    assert summary.findChild(QLabel, "nik").text() == NIK

    protection = tab["Perlindungan"]
    assert protection.lists["asesmen"].table.rowCount() == 1
    assert protection.critical.text() == "Dinyatakan 02/05/2025 oleh dr. Yohana, psikolog."

    empowerment = tab["Pemberdayaan"]
    assert empowerment.status.text() == ("Tahap sekarang: <b>Perlindungan Sosial</b> sejak "
                                       "02/05/2025 (0 hari)")

    services = tab["Layanan"]
    page.tabs.setCurrentWidget(services)
    social = services.show_track("SOSIAL")
    assert social.lists["konseling"].table.rowCount() == 1
    assert services.group_box is not None and services.group_box.isVisible()

    consent = tab["Persetujuan"]
    assert consent.ledger.table.rowCount() == 1
    assert consent.ledger.table.item(0, 0).text() == "Pengambilan foto"

    items = tab["Kelengkapan && Hambatan"]
    assert items.obstacles.table.rowCount() == 1
    assert items.summary.text().endswith(f"dari {len(items.items)} butir lengkap.")

    history = tab["Riwayat"]
    subjects = {history.timeline.item(r, 1).text() for r in range(history.timeline.rowCount())}
    assert {"Persetujuan: Pengambilan foto", "Asesmen", "Hambatan"} <= subjects, subjects

    page.clear()  # lock: no tab keeps anything of the case
    assert not page.title.text()
    assert [label.text() for label in summary.findChildren(QLabel)
            if label.isVisibleTo(summary) and label.text() not in ("", "—")] == []
    assert consent.ledger.table.rowCount() == 0
    assert history.timeline.rowCount() == 0


def test_the_tabs_keep_their_english(qtbot, backend, runner, prefs):
    """Strings that moved with the split keep their translation (the .ts context is the
    class)."""
    install_translator("en")
    page = CasePage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(page)
    case_id, _number = _case(backend)
    page.load(case_id)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Summary", "Protection", "Empowerment", "Services", "Consent",
        "Completeness && obstacles", "History"]
    form = page.summary_tab.identity
    assert [form.itemAt(row, form.ItemRole.LabelRole).widget().text() for row in range(2)] == [
        "Full name", "Other names"]
    assert page.summary_tab.nik_toggle.text() == "Show"


def _dynamic_imports(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            elif isinstance(node, ast.Name) and node.id == "__import__":
                names = ["__import__"]
            if any(n.split(".")[0] in {"importlib", "__import__"} for n in names):
                found.append(f"{path.relative_to(folder)}:{node.lineno}")
    return found


def test_the_gui_imports_its_modules_plainly(tmp_path):
    """importlib hides an import from the layer contracts and turns a rename into a
    placeholder at run time instead of an ImportError."""
    assert _dynamic_imports(GUI) == []
    (tmp_path / "bad.py").write_text("import importlib\nx = __import__('os')\n",
                                     encoding="utf-8")
    assert len(_dynamic_imports(tmp_path)) == 2
