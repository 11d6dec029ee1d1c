"""Hari ini's lists as models for item views (no item objects per cell: a thousand rows build
in a few milliseconds and rows keep one height, so nothing re-measures texts on a resize).

``MyCasesModel``: the actor's active cases, one row each (flat). ``GroupedDueModel``: due
items in collapsible groups (group rows at the top level, items below them). Texts come from
the page (``describe``) so that they are translated in the page's context.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from ...services.dto import DueInfo, MyCaseInfo
from .. import theme
from ..theme import Role

Index = QModelIndex | QPersistentModelIndex
CaseIdRole = Qt.ItemDataRole.UserRole + 1
DISPLAY = Qt.ItemDataRole.DisplayRole
# Flags made once (an enum "|" per call is slow in Python); leaves say they never have
# children, so the view does not ask the model again for every row it lays out.
LEAF = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        | Qt.ItemFlag.ItemNeverHasChildren)
GROUP = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass(frozen=True)
class Group:
    key: str
    title: str  # with the counts, e.g. "Kunjungan terlambat — 12 hal, 12 terlambat"
    items: tuple[DueInfo, ...]


class _Model(QAbstractItemModel):
    """Shared parts: headers, the alert look of column 0, the case id of a row."""

    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self._headers = headers
        self.alert_font = QFont()
        self.alert_color = theme.color(Role.ERROR_STRONG)
        self.group_font = QFont()
        self._texts: dict[tuple[int, int, int], str] = {}  # filled lazily, as rows are seen

    def set_fonts(self, view: QWidget) -> None:
        self.alert_font = theme.font(view, Role.ERROR_STRONG)
        self.group_font = theme.font(view, Role.STRONG)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return LEAF if index.isValid() else Qt.ItemFlag.NoItemFlags


class MyCasesModel(_Model):
    """Columns: status, number, name, stage, days in stage, what is due next."""

    def __init__(self, headers: list[str], cell: Callable[[MyCaseInfo, int], str],
                 parent=None) -> None:
        super().__init__(headers, parent)
        self._rows: Sequence[MyCaseInfo] = ()
        self._cell = cell

    def set_rows(self, rows: Sequence[MyCaseInfo]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._texts = {}
        self.endResetModel()

    def row_info(self, row: int) -> MyCaseInfo:
        return self._rows[row]

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if parent.isValid() or not (0 <= row < len(self._rows)):
            return QModelIndex()
        return self.createIndex(row, column, 0)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid():
            return None
        info = self._rows[index.row()]
        column = index.column()
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            key = (0, index.row(), column)
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self._cell(info, column)
            return text
        if role == CaseIdRole:
            return info.case_id
        overdue = info.next_due is not None and info.next_due.overdue
        if column == 0 and overdue and role == Qt.ItemDataRole.ForegroundRole:
            return self.alert_color
        if column == 0 and overdue and role == Qt.ItemDataRole.FontRole:
            return self.alert_font
        if column == 4 and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class GroupedDueModel(_Model):
    """Group rows at the top (their title spans the row), the group's due items below."""

    def __init__(self, headers: list[str], cell: Callable[[DueInfo, int], str],
                 parent=None) -> None:
        super().__init__(headers, parent)
        self._groups: Sequence[Group] = ()
        self._cell = cell

    def set_groups(self, groups: Sequence[Group]) -> None:
        self.beginResetModel()
        self._groups = groups
        self._texts = {}
        self.endResetModel()

    def groups(self) -> Sequence[Group]:
        return self._groups

    def item(self, index: Index) -> DueInfo | None:
        """The due item of a row (None for a group row)."""
        group = index.internalId() if index.isValid() else 0
        return self._groups[group - 1].items[index.row()] if group else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return LEAF if index.internalId() else GROUP

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not parent.isValid():
            if 0 <= row < len(self._groups):
                return self.createIndex(row, column, 0)
            return QModelIndex()
        if parent.internalId() or not (0 <= row < len(self._groups[parent.row()].items)):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        group = index.internalId() if index.isValid() else 0
        return self.createIndex(group - 1, 0, 0) if group else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() or parent.column() != 0:
            return 0
        return len(self._groups[parent.row()].items)

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid():
            return None
        group = index.internalId()
        column = index.column()
        if not group:  # a group row: its title in column 0 (spanned by the view)
            if role == DISPLAY and column == 0:
                return self._groups[index.row()].title
            if role == Qt.ItemDataRole.FontRole:
                return self.group_font
            return None
        d = self._groups[group - 1].items[index.row()]
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            key = (group, index.row(), column)
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self._cell(d, column)
            return text
        if role == CaseIdRole:
            return d.case_id
        if column == 0 and d.overdue and role == Qt.ItemDataRole.ForegroundRole:
            return self.alert_color
        if column == 0 and d.overdue and role == Qt.ItemDataRole.FontRole:
            return self.alert_font
        return None


def list_view(model: _Model, name: str, parent: QWidget) -> QTreeView:
    """A read-only, row-selecting view with one row height (no per-row measuring)."""
    view = QTreeView(parent)
    view.setObjectName(name)
    view.setModel(model)
    model.set_fonts(view)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAllColumnsShowFocus(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setExpandsOnDoubleClick(False)  # the page toggles groups on activation
    view.header().setStretchLastSection(True)
    view.header().setSectionsMovable(False)
    return view


def set_widths(view: QTreeView, widths: dict[int, int]) -> None:
    for column, width in widths.items():
        view.header().resizeSection(column, width)


def span_groups(view: QTreeView, model: GroupedDueModel) -> None:
    """Group titles over the whole row, every group open."""
    root = QModelIndex()
    for row in range(model.rowCount()):
        view.setFirstColumnSpanned(row, root, True)
        # expand() after a reset only notes the state: the rows are laid out once, when the
        # view is next painted (expandAll() would lay out every row now, also when hidden)
        view.expand(model.index(row, 0))


def group_due(items: Sequence[DueInfo], by: str, label: Callable[[str], str],
              title: Callable[[str, int, int], str]) -> list[Group]:
    """Items in groups by caseworker (``by == "user"``) or by kind, keeping their order
    (the most urgent first); groups with something overdue first, then by label."""
    buckets: dict[str, list[DueInfo]] = {}
    for d in items:
        buckets.setdefault(d.assigned_name if by == "user" else d.kind, []).append(d)
    groups = []
    for key, members in buckets.items():
        overdue = sum(1 for d in members if d.overdue)
        name = label(key)
        groups.append((not overdue, name.casefold(),
                       Group(key, title(name, len(members), overdue), tuple(members))))
    groups.sort(key=lambda g: g[:2])
    return [g[2] for g in groups]
