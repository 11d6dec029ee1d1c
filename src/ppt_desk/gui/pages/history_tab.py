"""Riwayat: every change of the case (time, what, change, by whom), newest last."""
from __future__ import annotations

from datetime import timezone

from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...services.dto import TimelineEntry
from ..i18n import current_language
from ..labels import casework_config, code_label, stage_label


SUBJECT_CHARS = 70  # a decision's text in the Data column, cut after this many characters


class HistoryTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.timeline = QTableWidget(0, 4, self)
        self.timeline.setObjectName("timeline")
        self.timeline.setHorizontalHeaderLabels([self.tr("Waktu"), self.tr("Data"),
                                                 self.tr("Perubahan"), self.tr("Oleh")])
        self.timeline.verticalHeader().hide()
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setTabKeyNavigation(False)
        self.timeline.setWordWrap(False)
        self.timeline.setAlternatingRowColors(True)
        header = self.timeline.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.timeline.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        layout.addWidget(self.timeline)

    def subject(self, entry: TimelineEntry) -> str:
        """What an entry is about, in words."""
        entities = {"person": self.tr("Data pribadi"), "case_file": self.tr("Berkas kasus"),
                    "case_modus": self.tr("Modus"), "case_share": self.tr("Akses kasus"),
                    "case_record": self.tr("Catatan"), "stage_change": self.tr("Perubahan tahap"),
                    "consent": self.tr("Persetujuan"),
                    "group_participant": self.tr("Sesi kelompok"),
                    "conference_case": self.tr("Sidang kasus"),
                    "conference_decision": self.tr("Keputusan sidang kasus")}
        name = entities.get(entry.entity, entry.entity)
        if not entry.subject or entry.entity == "group_participant":
            return name
        if entry.entity == "case_record":
            form = casework_config().forms.get(entry.subject)
            return form.label(current_language()) if form is not None else entry.subject
        if entry.entity == "stage_change":
            source, _, target = entry.subject.partition(">")
            return self.tr("Tahap: {source} → {target}").format(source=stage_label(source),
                                                               target=stage_label(target))
        if entry.entity == "consent":
            return self.tr("Persetujuan: {purpose}").format(
                purpose=code_label("consent_purpose", entry.subject))
        if entry.entity in ("conference", "conference_case"):
            return self.tr("Sidang kasus: {kind}").format(
                kind=code_label("conference_kind", entry.subject))
        if entry.entity == "conference_decision":
            text = " ".join(entry.subject.split())
            if len(text) > SUBJECT_CHARS:
                text = text[:SUBJECT_CHARS - 1].rstrip() + "…"
            return self.tr("Keputusan sidang kasus: {text}").format(text=text)
        return f"{name}: {entry.subject}"

    def change(self, entry: TimelineEntry) -> str:
        """'dibuat', or 'diubah: tahap, status' naming the case fields that changed."""
        ops = {"create": self.tr("dibuat"), "update": self.tr("diubah"),
               "delete": self.tr("dihapus"), "transfer": self.tr("dipindahkan"),
               "transfer_back": self.tr("ditarik kembali (perangkat penerima dicabut)")}
        text = ops.get(entry.op, entry.op)
        if entry.note:  # the reason of a transfer
            text += " — " + entry.note
        if entry.entity == "conference_case" and entry.op in ("create", "delete"):
            return self.tr("direncanakan") if entry.op == "create" \
                else self.tr("dikeluarkan dari sidang")
        if entry.entity == "conference" and entry.note:  # its status changed
            steps = {"BERLANGSUNG": self.tr("dimulai"), "SELESAI": self.tr("selesai diadakan"),
                     "DIBATALKAN": self.tr("dibatalkan")}
            return steps.get(entry.note, text)
        if entry.op == "update" and entry.entity in ("conference", "conference_decision"):
            names = {"status": self.tr("status"), "held_on": self.tr("tanggal diadakan"),
                     "planned_on": self.tr("tanggal"), "place": self.tr("tempat"),
                     "problem_focus": self.tr("fokus masalah"),
                     "alternatives": self.tr("alternatif"), "notes": self.tr("catatan"),
                     "text": self.tr("keputusan"), "action_what": self.tr("tindak lanjut"),
                     "action_due": self.tr("batas waktu"), "done_on": self.tr("selesai")}
            changed = [names[f] for f in entry.fields if f in names]
            if changed:
                text += ": " + ", ".join(changed)
        if entry.op == "update" and entry.entity == "case_file":
            names = {"stage": self.tr("tahap"), "status": self.tr("status"),
                     "victim_status": self.tr("status korban"),
                     "assigned_user_id": self.tr("pendamping"),
                     "owner_device_id": self.tr("perangkat pemegang"),
                     "transferred_to": self.tr("dipindahkan")}
            changed = [names[f] for f in entry.fields if f in names]
            if changed:
                text += ": " + ", ".join(changed)
        return text

    def show_entries(self, entries: tuple[TimelineEntry, ...]) -> None:
        self.timeline.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            local = entry.at.replace(tzinfo=timezone.utc).astimezone()
            author = f"{entry.author_name} ({entry.office})" if entry.office \
                else entry.author_name   # written at another office (a transferred case)
            cells = (local.strftime("%d/%m/%Y %H:%M"), self.subject(entry),
                     self.change(entry), author)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.timeline.setItem(row, column, item)
        if entries:
            self.timeline.scrollToBottom()

    def clear(self) -> None:
        self.timeline.clearContents()
        self.timeline.setRowCount(0)
