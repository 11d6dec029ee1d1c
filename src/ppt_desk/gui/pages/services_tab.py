"""Layanan: the service tracks that run beside the empowerment stages [001:565-571] —
health and social rehabilitation, repatriation, reintegration, legal aid, referrals — and
the journey with the TPPO elements and (restricted) perpetrators.

A list of tracks with their status on the left; the chosen track's records on the right,
each form with Tambah / Ubah (and Cetak… for documents). The tracks, their forms and their
states come from resources/casework/tracks.json.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame, QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QScrollArea, QStackedWidget, QVBoxLayout, QWidget,
)

from ...domain.tracks import TrackDef
from ...services.dto import CaseWork, GroupSessionInfo
from .. import theme
from ..i18n import current_language
from ..labels import casework_config, code_label
from ..theme import Role
from .casework_common import RecordList, fmt_date, value_text

CodeRole = Qt.ItemDataRole.UserRole
JOURNEY = "perjalanan"
SOCIAL = "SOSIAL"


class TrackPanel(QWidget):
    """One track: its status line, a note on its rules, and the records of each form."""

    add_requested = Signal(str)
    edit_requested = Signal(str, str)
    print_requested = Signal(str, str)

    def __init__(self, track: TrackDef, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.track = track
        self.setObjectName(f"track_{track.code}")
        config = casework_config()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        self.body_layout = layout = QVBoxLayout(body)
        title = QLabel(track.label(current_language()), body)
        theme.apply(title, Role.HEADING)
        layout.addWidget(title)
        self.status = QLabel(body)
        self.status.setObjectName(f"trackStatus_{track.code}")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        if note:
            hint = QLabel(note, body)
            hint.setObjectName(f"trackNote_{track.code}")
            hint.setWordWrap(True)
            theme.apply(hint, Role.BANNER_INFO)
            layout.addWidget(hint)
        # The journey in order, as one line: Pra-keberangkatan: Kupang (01/03/2026) → …
        self.journey = QLabel(body)
        self.journey.setObjectName(f"journey_{track.code}")
        self.journey.setWordWrap(True)
        self.journey.setVisible(JOURNEY in track.forms)
        layout.addWidget(self.journey)
        self.lists: dict[str, RecordList] = {}
        for kind in track.forms:
            records = RecordList(config.forms[kind], body)
            records.add_requested.connect(self.add_requested.emit)
            records.edit_requested.connect(self.edit_requested.emit)
            records.print_requested.connect(self.print_requested.emit)
            layout.addWidget(records)
            self.lists[kind] = records
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)

    def show_work(self, work: CaseWork, names: dict[str, str], open_case: bool,
                  grants: frozenset[str] = frozenset()) -> None:
        status = next((s for s in work.tracks if s.track == self.track.code), None)
        if status is None:
            self.status.clear()
        else:
            state = self.track.state(status.state).label(current_language())
            text = self.tr("Status: <b>{state}</b>").format(state=state)
            if status.since is not None:
                text += self.tr(" (catatan terakhir {date})").format(
                    date=fmt_date(status.since))
            self.status.setText(text)
        if JOURNEY in self.track.forms:
            self.journey.setText(self._journey(work))
        for kind, records in self.lists.items():
            rule = casework_config().forms[kind].access
            # a form that is restricted as a whole (perpetrators) is no use without access
            allowed = rule is None or rule.when is not None or rule.grant in grants
            records.show_records(list(work.records), open_case and allowed, open_case, names)
            records.add_button.setToolTip("" if allowed else self.tr(
                "Hanya pengguna dengan akses khusus yang dapat mencatat bagian ini."))

    def _journey(self, work: CaseWork) -> str:
        form = casework_config().forms[JOURNEY]
        legs = sorted((r for r in work.records if r.kind == JOURNEY and not r.hidden),
                      key=lambda r: (r.record_date or date.max, r.created_at))
        if not legs:
            return ""
        parts = []
        for r in legs:
            p = r.payload
            place = " / ".join(x for x in (
                p.get("tempat", ""), value_text(form.field("wilayah"), p.get("wilayah")),
                value_text(form.field("negara"), p.get("negara"))) if x)
            when = f" ({fmt_date(r.record_date)})" if r.record_date else ""
            parts.append(f"{value_text(form.field('fase'), p.get('fase'))}: "
                         f"{place or '—'}{when}")
        return self.tr("Perjalanan: {legs}").format(legs=" → ".join(parts))

    def clear(self) -> None:
        self.status.clear()
        self.journey.clear()
        for records in self.lists.values():
            records.clear()


class GroupSessionsBox(QGroupBox):
    """The group sessions this case took part in; other participants only as counts."""

    new_requested = Signal()
    edit_requested = Signal(str)    # session id
    delete_requested = Signal(str)  # session id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sesi kelompok"), parent)
        self.setObjectName("groupSessions")
        layout = QHBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("groupSessionList")
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _i: self._edit())
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.empty = QLabel(self.tr("Belum ada sesi kelompok."), self)
        self.empty.setObjectName("groupSessionsEmpty")
        theme.apply(self.empty, Role.PLACEHOLDER)
        self.new_button = QPushButton(self.tr("Sesi kelompok baru…"), self)
        self.new_button.setObjectName("newGroupSession")
        self.new_button.clicked.connect(self.new_requested.emit)
        self.edit_button = QPushButton(self.tr("Ubah…"), self)
        self.edit_button.setObjectName("editGroupSession")
        self.edit_button.clicked.connect(self._edit)
        self.delete_button = QPushButton(self.tr("Hapus…"), self)
        self.delete_button.setObjectName("deleteGroupSession")
        self.delete_button.clicked.connect(self._delete)
        left = QVBoxLayout()
        left.addWidget(self.list)
        left.addWidget(self.empty)
        left.addStretch(1)
        layout.addLayout(left, 1)
        buttons = QVBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._open_case = False

    def show_sessions(self, sessions: tuple[GroupSessionInfo, ...], open_case: bool) -> None:
        self._open_case = open_case
        self.new_button.setEnabled(open_case)
        self.list.clear()
        for s in sessions:
            own = ", ".join(code_label("guardian_relation", relation) if role == "KELUARGA"
                            else self.tr("korban") for role, relation in s.own)
            others = self.tr("{victims} korban lain, {family} anggota keluarga lain").format(
                victims=s.other_victims, family=s.other_family)
            minutes = self.tr(", {n} menit").format(n=s.duration_min) if s.duration_min else ""
            item = QListWidgetItem(self.tr("{date} — {kind}: {topic}{minutes}\n"
                                           "   Peserta dari kasus ini: {own}; {others}").format(
                date=fmt_date(s.held_on), kind=code_label("group_session_kind", s.kind),
                topic=s.topic, minutes=minutes, own=own, others=others), self.list)
            item.setData(CodeRole, s.id)
        rows = sum(self.list.sizeHintForRow(n) for n in range(min(self.list.count(), 3)))
        self.list.setFixedHeight(rows + 2 * self.list.frameWidth() + 4)
        self.list.setVisible(bool(sessions))
        self.empty.setVisible(not sessions)
        self._update_buttons()

    def text(self) -> str:
        """What the box shows, as plain text."""
        if not self.list.count():
            return self.empty.text()
        return "\n".join(self.list.item(n).text() for n in range(self.list.count()))

    def _current(self) -> str | None:
        item = self.list.currentItem()
        return item.data(CodeRole) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self._current() is not None
        for button in (self.edit_button, self.delete_button):
            button.setVisible(self.list.count() > 0)
            button.setEnabled(chosen and self._open_case)

    def _edit(self) -> None:
        if self._current() and self._open_case:
            self.edit_requested.emit(self._current())

    def _delete(self) -> None:
        if self._current() and self._open_case:
            self.delete_requested.emit(self._current())

    def clear(self) -> None:
        self.list.clear()
        self._update_buttons()


class ServicesTab(QWidget):
    add_requested = Signal(str)
    edit_requested = Signal(str, str)
    print_requested = Signal(str, str)
    group_session_requested = Signal()
    group_session_edit_requested = Signal(str)
    group_session_delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        config = casework_config()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.tracks = QListWidget(self)
        self.tracks.setObjectName("trackList")
        self.tracks.setFixedWidth(250)
        self.tracks.setWordWrap(True)
        self.tracks.setSpacing(2)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.tracks)
        layout.addWidget(self.stack, 1)
        # A track's panel (its record lists) is built when it is first shown: most case
        # visits never open the Layanan tab, and 34 record lists cost memory and start-up.
        self.panels: dict[str, TrackPanel] = {}
        self.group_box: GroupSessionsBox | None = None
        self._shown: tuple[CaseWork, dict[str, str], frozenset[str]] | None = None
        for track in config.tracks:
            item = QListWidgetItem(track.label(current_language()), self.tracks)
            item.setData(CodeRole, track.code)
        self.tracks.currentRowChanged.connect(self._select)
        self.tracks.setCurrentRow(0)

    def panel(self, code: str) -> TrackPanel:
        """The panel of track ``code``, built (and filled with the shown case) on first use."""
        if code not in self.panels:
            panel = TrackPanel(casework_config().track(code), self._notes().get(code, ""),
                               self.stack)
            panel.add_requested.connect(self.add_requested.emit)
            panel.edit_requested.connect(self.edit_requested.emit)
            panel.print_requested.connect(self.print_requested.emit)
            if code == SOCIAL:
                self.group_box = GroupSessionsBox(panel)
                self.group_box.new_requested.connect(self.group_session_requested.emit)
                self.group_box.edit_requested.connect(self.group_session_edit_requested.emit)
                self.group_box.delete_requested.connect(
                    self.group_session_delete_requested.emit)
                panel.extra.addWidget(self.group_box)
            self.stack.addWidget(panel)
            self.panels[code] = panel
            if self._shown is not None:
                self._fill(code, *self._shown)
        return self.panels[code]

    def _select(self, row: int) -> None:
        if row >= 0 and self.isVisible():
            self.stack.setCurrentWidget(self.panel(self.tracks.item(row).data(CodeRole)))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        self._select(self.tracks.currentRow())

    def _fill(self, code: str, work: CaseWork, names: dict[str, str],
              grants: frozenset[str]) -> None:
        open_case = work.stage != "TERMINASI"
        self.panels[code].show_work(work, names, open_case, grants)
        if code == SOCIAL and self.group_box is not None:
            self.group_box.show_sessions(work.group_sessions, open_case)

    def _notes(self) -> dict[str, str]:
        return {
            "KESEHATAN": self.tr(
                "Episode HIV/IMS dan kesehatan reproduksi hanya terlihat oleh pengguna dengan "
                "akses data kesehatan; pengguna lain hanya melihat bahwa episode itu ada."),
            "PEMULANGAN": self.tr(
                "Pemulangan hanya atas keinginan dan persetujuan korban: catat persetujuan "
                "(tujuan Pemulangan) di tab Persetujuan lebih dulu. Pendamping wajib untuk "
                "korban anak, sakit, atau berisiko keamanan."),
            "HUKUM": self.tr(
                "Korban boleh memilih tidak menempuh jalur hukum; layanan lain tidak bergantung "
                "pada keputusan itu. Mediasi dengan pelaku hanya bila disetujui korban."),
            "RUJUKAN": self.tr(
                "Rujukan keluar memerlukan persetujuan korban untuk berbagi data dengan lembaga "
                "tujuan. Surat rujukan hanya memuat data yang dicakup persetujuan itu."),
            "PERJALANAN": self.tr(
                "Nama dan rincian pelaku berada di bagian terbatas (akses data pelaku)."),
        }

    def show_work(self, work: CaseWork, names: dict[str, str],
                  grants: frozenset[str] = frozenset()) -> None:
        self._shown = (work, names, grants)
        for code in self.panels:
            self._fill(code, work, names, grants)
        language = current_language()
        config = casework_config()
        for row in range(self.tracks.count()):
            item = self.tracks.item(row)
            code = item.data(CodeRole)
            status = next((s for s in work.tracks if s.track == code), None)
            track = config.track(code)
            state = track.state(status.state).label(language) if status else ""
            item.setText(f"{track.label(language)}\n   {state}")

    def show_track(self, code: str) -> TrackPanel:
        panel = self.panel(code)
        row = next(r for r in range(self.tracks.count())
                   if self.tracks.item(r).data(CodeRole) == code)
        self.tracks.setCurrentRow(row)
        self.stack.setCurrentWidget(panel)
        return panel

    def clear(self) -> None:
        self._shown = None
        for panel in self.panels.values():
            panel.clear()
        if self.group_box is not None:
            self.group_box.clear()
