"""T13, the widget tree: the audience window showing a case full of canaries holds none of them
in any text of any widget, and shows the pseudonym; without SIDANG_KASUS consent only the
message; blank is black; legible at 1024x768 (20 px and up, WCAG AA on the rendered pixels,
nothing cut off, a long agenda paged)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontInfo, QImage
from PySide6.QtWidgets import QLabel, QScrollBar

from audience_gui_helpers import all_texts, audience_of, leaked, rendered_contrast
from audience_helpers import as_supervisor, build_canary_case, source_of
from ppt_desk.domain.audience import AudienceCase
from ppt_desk.gui.conference.audience_window import AudienceWindow
from ppt_desk.gui.conference.screen_watch import ScreenWatch

AA = 4.5
MIN_PX = 20
TITLE = "Sidang kasus · 3 Desember 2026 · Aula UPTD PPA"


@pytest.fixture
def canary(backend, root):
    as_supervisor(backend, root)
    return build_canary_case(backend)


@pytest.fixture
def window(qtbot):
    w = AudienceWindow()
    qtbot.addWidget(w)
    w.set_conference_title(TITLE)
    w.resize(1024, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def _visible_labels(w: AudienceWindow) -> list[QLabel]:
    return [lab for lab in w.findChildren(QLabel) if lab.isVisibleTo(w) and lab.text()]


def _identity(backend, case_id: str) -> list[str]:
    s = source_of(backend, case_id)
    return [*s.names, *s.other_names, *s.identifiers]


def test_no_identity_in_any_text_of_any_widget(backend, canary, window, qtbot):
    window.show_case(audience_of(backend, canary.case_id))
    qtbot.wait(10)
    texts = all_texts(window)
    assert not leaked(texts, canary.canaries)
    assert not leaked(texts, _identity(backend, canary.case_id))
    assert "Korban A" in texts
    shown = "\n".join(lab.text() for lab in _visible_labels(window))
    for part in ("Perempuan", "Anak", "Kota Kupang", "Nusa Tenggara Timur", "Tahap 2",
                 "Malaysia", "Masalah: Korban A takut pulang", "Rujuk Korban A ke RSUD"):
        assert part in shown, part
    # a case shown before leaves nothing behind when the next is shown
    window.show_case(AudienceCase(label="Korban B", consent_ok=True, decisions=("x",)))
    assert "Korban A" not in "\n".join(all_texts(window))


def test_the_widget_check_finds_what_is_there(backend, canary, window):
    """The same walk catches a canary that does reach a widget (a revealed field)."""
    from audience_helpers import NAME
    window.show_case(audience_of(backend, canary.case_id, revealed=(("Nama", NAME),)))
    assert leaked(all_texts(window), canary.canaries)


def test_without_consent_only_the_label_and_the_message(backend, root, window):
    as_supervisor(backend, root)
    case_id = build_canary_case(backend, consent=False).case_id
    window.show_case(audience_of(backend, case_id, label="Korban B"))
    shown = {lab.objectName(): lab.text() for lab in _visible_labels(window)}
    assert shown == {"conferenceTitle": TITLE, "pseudonym": "Korban B",
                     "consentMissing": "Persetujuan untuk sidang kasus belum ada. "
                                       "Data kasus ini tidak ditampilkan."}
    assert not window.scroll.isVisibleTo(window)


def test_blank_is_a_black_screen_and_comes_back(backend, canary, window, qtbot):
    window.show_case(audience_of(backend, canary.case_id))
    window.blank(True)
    qtbot.wait(10)
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    black = QImage(image.size(), QImage.Format.Format_RGB32)
    black.fill(Qt.GlobalColor.black)
    assert image == black
    assert not _visible_labels(window)
    window.blank(False)
    assert window.label.isVisibleTo(window) and window.label.text() == "Korban A"


def test_legible_at_1024x768(backend, canary, window, qtbot):
    window.show_case(audience_of(backend, canary.case_id))
    qtbot.wait(10)
    image = window.grab().toImage()
    labels = _visible_labels(window)
    assert len(labels) > 10
    for lab in labels:
        assert QFontInfo(lab.font()).pixelSize() >= MIN_PX, (lab.objectName(), lab.text())
        # nothing cut off: the wrapped text fits its label, and the label the width
        assert lab.heightForWidth(lab.width()) <= lab.height() + 1, lab.text()
        assert lab.mapTo(window, lab.rect().topRight()).x() <= window.width()
        top_left = lab.mapTo(window, lab.rect().topLeft())
        if lab.parentWidget() is not window.body or \
                top_left.y() + lab.height() <= window.scroll.geometry().bottom():
            crop = image.copy(top_left.x(), top_left.y(), lab.width(), lab.height())
            assert rendered_contrast(crop) >= AA, (lab.objectName(), lab.text())
    assert not window.scroll.horizontalScrollBar().isVisible()


def test_a_long_agenda_pages_rather_than_clips(window, qtbot):
    items = tuple(f"Butir agenda nomor {n}: kebutuhan ekonomi, sosial dan psikologis korban "
                  f"dibahas bersama lembaga layanan" for n in range(1, 41))
    window.show_case(AudienceCase(label="Korban C", consent_ok=True, sex="Laki-laki",
                                  age_band="Dewasa", agenda=items))
    qtbot.wait(10)
    bar: QScrollBar = window.scroll.verticalScrollBar()
    shown, pages = window.page_of()
    assert (shown, pages) == (1, pages) and pages >= 3
    assert window.page_label.text() == f"Halaman 1 dari {pages}"
    for lab in _visible_labels(window):
        assert lab.heightForWidth(lab.width()) <= lab.height() + 1, lab.text()
    window.page(1)
    assert bar.value() == bar.pageStep() and window.page_of()[0] == 2
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.page_of()[0] == 3
    for _ in range(pages):
        window.page(1)
    assert bar.value() == bar.maximum() and window.page_of() == (pages, pages)
    # the last page ends with the last item, whole (no blank pages after it)
    viewport = window.scroll.viewport()
    last = [lab for lab in _visible_labels(window) if lab.objectName() == "agenda"][-1]
    top = last.mapTo(viewport, QPoint(0, 0)).y()
    assert last.text().startswith("• Butir agenda nomor 40")
    assert 0 <= top and top + last.height() <= viewport.height()
    assert viewport.height() - (top + last.height()) < 100   # at most a margin
    # a decision typed on the same case keeps the page the room is reading
    window.show_case(AudienceCase(label="Korban C", consent_ok=True, agenda=items,
                                  decisions=("Disepakati",)))
    assert bar.value() > 0
    window.show_case(AudienceCase(label="Korban D", consent_ok=True, agenda=items))
    assert bar.value() == 0


def test_one_screen_has_no_audience_screen(qapp):
    watch = ScreenWatch()
    assert watch.audience_screen() is None
