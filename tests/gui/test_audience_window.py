"""T13, the widget tree: the audience window showing a case full of canaries holds none of them
in any text of any widget, and shows the pseudonym; without SIDANG_KASUS consent only the
message; blank is black; legible at 1024x768 (20 px and up, WCAG AA on the rendered pixels,
nothing cut off, a long agenda paged)."""
from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QImage
from PySide6.QtWidgets import QLabel

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
    seen = _seen_whole(window)
    assert len(labels) > 10 and len(seen) > 5
    for lab in labels:
        assert QFontInfo(lab.font()).pixelSize() >= MIN_PX, (lab.objectName(), lab.text())
        # nothing cut off: the wrapped text fits its label, and the label the width
        assert lab.heightForWidth(lab.width()) <= lab.height() + 1, lab.text()
        assert lab.mapTo(window, lab.rect().topRight()).x() <= window.width()
        top_left = lab.mapTo(window, lab.rect().topLeft())
        if lab.parentWidget() is not window.body or lab in seen:
            crop = image.copy(top_left.x(), top_left.y(), lab.width(), lab.height())
            assert rendered_contrast(crop) >= AA, (lab.objectName(), lab.text())
    assert not _seen_in_part(window)
    assert not window.scroll.horizontalScrollBar().isVisible()


def _seen_in_part(window: AudienceWindow) -> list[str]:
    """Body labels the room sees only in part: neither whole nor under the page's cover."""
    viewport = window.scroll.viewport()
    value = window.scroll.verticalScrollBar().value()
    cover_top = window.cover.y() if window.cover.isVisible() else viewport.height()
    out = []
    for lab in _visible_labels(window):
        if lab.parentWidget() is not window.body:
            continue
        top = lab.y() - value
        bottom = top + lab.height()
        if max(top, 0) < min(bottom, cover_top) and (top < 0 or bottom > cover_top):
            out.append(lab.text())
    return out


def _seen_whole(window: AudienceWindow) -> list[QLabel]:
    """Body labels on the page shown, whole."""
    value = window.scroll.verticalScrollBar().value()
    cover_top = window.cover.y() if window.cover.isVisible() else window.scroll.viewport().height()
    return [lab for lab in _visible_labels(window) if lab.parentWidget() is window.body
            and lab.y() - value >= 0 and lab.y() - value + lab.height() <= cover_top]


def _last_seen(window: AudienceWindow) -> QLabel:
    return max(_seen_whole(window), key=lambda lab: lab.y())


def test_a_long_case_pages_rather_than_cuts(window, qtbot):
    findings = tuple((f"{n}. Temuan dengan judul yang panjang", "Uraian temuan yang cukup "
                      "panjang sehingga terbungkus ke baris berikutnya pada layar proyektor. " * 2)
                     for n in range(1, 7))
    items = tuple(f"Butir agenda nomor {n}: kebutuhan ekonomi, sosial dan psikologis korban "
                  f"dibahas bersama lembaga layanan" for n in range(1, 31))
    case = AudienceCase(label="Korban C", consent_ok=True, sex="Laki-laki", age_band="Dewasa",
                        findings=findings, agenda=items)
    window.show_case(case)
    qtbot.wait(10)
    shown, pages = window.page_of()
    assert shown == 1 and pages >= 4
    assert window.page_label.text() == f"Halaman 1 dari {pages}"
    seen: set[str] = set()
    for page in range(1, pages + 1):
        assert window.page_of() == (page, pages)
        assert not _seen_in_part(window), page
        seen |= {lab.text() for lab in _seen_whole(window)}
        if page < pages:   # a heading never ends a page: it goes with its text
            assert _last_seen(window).objectName() not in (
                "findingHeading", "findingsHeading", "agendaHeading"), page
        window.page(1)
    assert window.page_of() == (pages, pages)
    # every line of the case was on some page, whole
    assert seen == {lab.text() for lab in _visible_labels(window)
                    if lab.parentWidget() is window.body}
    assert _last_seen(window).text() == "Belum ada keputusan."
    window.page(-pages)
    assert window.page_of() == (1, pages)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.page_of() == (2, pages)
    # a decision typed on the same case keeps the page the room is reading
    window.show_case(dataclasses.replace(case, decisions=("Disepakati",)))
    assert window.page_of()[0] == 2
    window.show_case(dataclasses.replace(case, label="Korban D"))
    assert window.page_of()[0] == 1


def test_one_screen_has_no_audience_screen(qapp):
    watch = ScreenWatch()
    assert watch.audience_screen() is None


def test_through_the_conference_facade_nothing_of_the_identity_either(backend, root, window):
    """The path the presenter's window takes: backend.conferences.audience (C1's agenda,
    decisions as typed) shown on the window."""
    from datetime import timedelta

    from audience_helpers import NAME, PERPETRATOR, TODAY
    from ppt_desk.services.conference_dto import ConferenceInput, DecisionInput

    as_supervisor(backend, root)
    canary = build_canary_case(backend)
    conf = backend.conferences
    _, cid = conf.plan(ConferenceInput("PEMBAHASAN_KASUS", TODAY, "Aula", (canary.case_id,)))
    conf.start(cid)
    conf.add_decision(cid, DecisionInput(canary.case_id, f"{NAME} melapor tentang {PERPETRATOR}",
                                         f"Dampingi {NAME}", None, PERPETRATOR,
                                         TODAY + timedelta(days=7)))
    window.show_case(conf.audience(cid, canary.case_id))
    texts = all_texts(window)
    assert not leaked(texts, canary.canaries)
    assert not leaked(texts, _identity(backend, canary.case_id))
    assert "Korban A" in texts
    assert any(t.startswith("1. Korban A melapor tentang […]") for t in texts)
