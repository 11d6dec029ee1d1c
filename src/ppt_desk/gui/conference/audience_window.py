"""The audience (projector) window of a case conference (issue 12; T13).

It shows one ``AudienceCase`` at a time, made by ``domain.audience.audience_case``: the
pseudonym, sex and age band, province and regency, the journey, the stage, the stage-2
findings, the agenda, the decisions and what the presenter chose to reveal. It can import
nothing else of the application (a contract in .importlinter), so a case's identity cannot
reach the wall by mistake. Large high-contrast text (``theme.PROJECTOR``, nothing under
20 px) readable on a 1024x768 projector; long content wraps and pages (``page``) instead of
being cut. ``blank(True)`` turns the screen black with nothing on it.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget,
)

from ...domain.audience import AudienceCase
from .. import theme
from ..theme import PROJECTOR, Role

MARGIN = 28


class AudienceWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("audienceWindow")
        self.setWindowTitle(self.tr("Layar peserta sidang kasus"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # the presenter types on
        self.setCursor(Qt.CursorShape.BlankCursor)
        theme.use(PROJECTOR, self)
        self.case: AudienceCase | None = None
        self.blanked = False
        self._used: list[tuple[Role, QLabel]] = []            # body labels shown, in order
        self._spare: dict[Role, list[QLabel]] = {}            # hidden, empty, for reuse

        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.content = QWidget()
        self.content.setObjectName("audienceContent")
        layout = self._outer = QVBoxLayout(self.content)
        layout.setContentsMargins(MARGIN, MARGIN // 2, MARGIN, MARGIN // 2)
        layout.setSpacing(6)
        self.title = self._label("conferenceTitle", Role.HINT)
        self.label = self._label("pseudonym", Role.PAGE_TITLE)
        self.facts = self._label("facts", Role.STRONG)
        self.stage = self._label("stage", Role.TEXT)
        self.consent = self._label("consentMissing", Role.WARNING_STRONG)
        self.consent.setText(self.tr(
            "Persetujuan untuk sidang kasus belum ada. Data kasus ini tidak ditampilkan."))
        for w in (self.title, self.label, self.facts, self.stage, self.consent):
            layout.addWidget(w)
        self.line = QFrame()
        self.line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(self.line)

        self.scroll = QScrollArea()
        self.scroll.setObjectName("audienceScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # pages
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = QWidget()
        self.body.setObjectName("audienceBody")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        self.body_layout.setSpacing(4)
        self.body_layout.addStretch(1)
        self.scroll.setWidget(self.body)
        # the window's white shows through (a sheet above resets these children's palettes)
        self.body.setAutoFillBackground(False)
        self.scroll.viewport().setAutoFillBackground(False)
        # hides the label a page cannot hold whole (it starts the next page)
        self.cover = QWidget(self.scroll.viewport())
        self.cover.setObjectName("audiencePageCover")
        theme.paint_surface(self.cover, PROJECTOR)
        self.cover.hide()
        self._settling = False
        self.scroll.viewport().installEventFilter(self)
        # takes the room of the case's body when there is none (consent missing)
        self.filler = QWidget()
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.filler, 1)
        self.page_label = self._label("pageIndicator", Role.HINT)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.page_label)
        self.scroll.verticalScrollBar().valueChanged.connect(self._update_page)
        self.scroll.verticalScrollBar().rangeChanged.connect(self._update_page)

        self.black = QWidget()
        self.black.setObjectName("audienceBlank")
        theme.paint_blank(self.black)
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.black)
        self.show_case(None)

    # -- what the presenter's side calls ----------------------------------------------------
    def set_conference_title(self, title: str) -> None:
        self.title.setText(title)
        self.title.setVisible(bool(title))

    def show_case(self, case: AudienceCase | None) -> None:
        """Show ``case`` (None: no case yet). The same case again (a decision typed) keeps
        the page the audience is reading."""
        keep = self.case is not None and case is not None and case.label == self.case.label
        position = self.scroll.verticalScrollBar().value()
        self.case = case
        self._clear_body()
        self.label.setText(case.label if case is not None else self.tr("Menunggu kasus…"))
        consent_ok = case is not None and case.consent_ok
        self.consent.setVisible(case is not None and not case.consent_ok)
        for w in (self.facts, self.stage, self.line, self.scroll, self.page_label):
            w.setVisible(consent_ok)
        self.filler.setVisible(not consent_ok)
        if case is None or not case.consent_ok:
            self.facts.clear()
            self.stage.clear()
            return
        self.facts.setText(" · ".join(p for p in (
            case.sex, case.age_band, ", ".join(x for x in (case.regency, case.province) if x))
            if p))
        self.stage.setText(case.stage)
        self._section("journey", self.tr("Perjalanan"), list(case.journey))
        self._findings(case.findings)
        self._section("agenda", self.tr("Agenda"), [f"• {a}" for a in case.agenda])
        self._section("decisions", self.tr("Keputusan"),
                      [f"{n}. {d}" for n, d in enumerate(case.decisions, 1)],
                      empty=self.tr("Belum ada keputusan."))
        self._section("revealed", self.tr("Ditampilkan oleh penyaji"),
                      [f"{k}: {v}" for k, v in case.revealed])
        self._settle()
        self.scroll.verticalScrollBar().setValue(position if keep else 0)

    def blank(self, on: bool) -> None:
        """Black screen, nothing on it (at once); off: the case again."""
        self.blanked = on
        self.stack.setCurrentWidget(self.black if on else self.content)

    def page(self, step: int) -> None:
        """Go ``step`` pages on (back when negative). A page starts at a label's top and
        ends before the first label that does not fit whole: no line is ever cut."""
        starts = self._starts()
        index = min(max(self._page_index(starts) + step, 0), len(starts) - 1)
        self.scroll.verticalScrollBar().setValue(starts[index])

    def page_of(self) -> tuple[int, int]:
        """(the page shown, pages), 1-based."""
        starts = self._starts()
        return self._page_index(starts) + 1, len(starts)

    # -- keys, when the window has the focus --------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down):
            self.page(1)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_Up):
            self.page(-1)
        elif key == Qt.Key.Key_B:
            self.blank(not self.blanked)
        else:
            super().keyPressEvent(event)

    # -- building ---------------------------------------------------------------------------
    def _label(self, name: str, role: Role, parent: QWidget | None = None) -> QLabel:
        label = QLabel(parent or self)   # in the window first: its theme sizes the role
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)   # typed text is never markup
        theme.apply(label, role)
        return label

    def _add(self, name: str, role: Role, text: str) -> QLabel:
        """A body label with ``text``: one kept from an earlier case when there is one (a
        new label and its sheet cost more than the switch's whole budget)."""
        spare = self._spare.get(role)
        label = spare.pop() if spare else self._label(name, role, self.body)
        label.setObjectName(name)
        label.setText(text)
        self._used.append((role, label))
        self.body_layout.insertWidget(self.body_layout.count() - 1, label)
        label.show()    # now, not when the layout's queued show arrives: the range is known
        return label

    def _section(self, name: str, heading: str, lines: list[str], empty: str = "") -> None:
        if not lines and not empty:
            return
        self._add(f"{name}Heading", Role.HEADING, heading)
        for line in lines or [empty]:
            self._add(name, Role.TEXT, line)

    def _findings(self, findings: tuple[tuple[str, str], ...]) -> None:
        if not findings:
            return
        self._add("findingsHeading", Role.HEADING, self.tr("Temuan penelusuran masalah"))
        for heading, text in findings:
            self._add("findingHeading", Role.STRONG, heading)
            self._add("finding", Role.TEXT, text)

    def _clear_body(self) -> None:
        """Empty the body; its labels are kept, blank and hidden, for the next case."""
        while self.body_layout.count() > 1:
            self.body_layout.takeAt(0)
        for role, label in self._used:
            label.hide()
            label.clear()
            self._spare.setdefault(role, []).append(label)
        self._used.clear()

    def _settle(self) -> None:
        """Lay the new content out now, so that the scroll range is known at once."""
        self._settling = True
        try:
            self._lay_out()
        finally:
            self._settling = False

    def _lay_out(self) -> None:
        self._outer.activate()                 # the scroll area's own height first
        self.body.setMinimumHeight(0)
        self.body_layout.activate()
        self.scroll.setWidgetResizable(True)   # sizes the content and the scroll bar's range
        # room after the last label, so that the last page can start at its first label
        starts = self._starts()
        self.body.setMinimumHeight(starts[-1] + self.scroll.viewport().height())
        self.scroll.setWidgetResizable(True)
        self._update_page()

    def _spans(self) -> list[tuple[int, int, bool]]:
        """(top, bottom, a heading) of each label of the body, in the body's coordinates."""
        return [(label.y(), label.y() + label.height(), role in (Role.HEADING, Role.STRONG))
                for role, label in self._used]

    def _starts(self) -> list[int]:
        """Where each page starts: at 0, then at the first label the page before could not
        hold whole, or at the headings just above it (a heading goes with its text); a label
        taller than a page goes on by a page's height."""
        height = max(1, self.scroll.viewport().height())
        spans = self._spans()
        end = max((bottom for _top, bottom, _h in spans), default=0)
        starts = [0]
        while starts[-1] + height < end:
            here = starts[-1]
            k = next((i for i, (_t, bottom, _h) in enumerate(spans) if bottom > here + height),
                     len(spans))
            while 0 < k < len(spans) and spans[k - 1][2] and spans[k - 1][0] > here:
                k -= 1
            following = spans[k][0] if k < len(spans) else end
            starts.append(following if following > here else here + height)
        return starts

    def _page_index(self, starts: list[int]) -> int:
        value = self.scroll.verticalScrollBar().value()
        return max(i for i, start in enumerate(starts) if start <= value or i == 0)

    def _update_page(self, *_args: int) -> None:
        """The page indicator, and the cover over a label the page cannot hold whole."""
        starts = self._starts()
        index = self._page_index(starts)
        self.page_label.setText(self.tr("Halaman {shown} dari {pages}").format(
            shown=index + 1, pages=len(starts)) if len(starts) > 1 else "")
        viewport = self.scroll.viewport()
        value = self.scroll.verticalScrollBar().value()
        cut = starts[index + 1] - value if index + 1 < len(starts) else viewport.height()
        if 0 <= cut < viewport.height():
            self.cover.setGeometry(0, cut, viewport.width(), viewport.height() - cut)
            self.cover.show()
            self.cover.raise_()
        else:
            self.cover.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The pages again when the page's height changes (window resized, title wrapped)."""
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize \
                and not self._settling and self.case is not None and self.case.consent_ok:
            self._settle()
        return super().eventFilter(watched, event)
