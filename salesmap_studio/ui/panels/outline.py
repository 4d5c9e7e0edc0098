"""The Outline panel: every node in flow order (the main path from the start, then the rest).

Each row shows the node's kind icon, its name and a swatch in its owner lane's
colour (the lane's name in its tooltip: the names get the width); the filter box
narrows the list by name or lane. Picking a row (click
or arrow keys) selects the node and centres it on the canvas; a selection
made on the canvas is followed here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QHeaderView, QLineEdit, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ...analysis.flow_order import flow_order
from ...model import Outcome
from ..icons import icon
from ..plain_text import auto_text
from .band_list import swatch
from .context import PanelContext
from .when_seen import WhenSeen

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole
LANE_ROLE = Qt.ItemDataRole.UserRole + 1  # the lane's name, for the filter
SWATCH_COLUMN_WIDTH = 28


def kind_icon_name(node) -> str:
    return f"outcome-{node.result}" if isinstance(node, Outcome) else node.kind


def row_of(node, lanes: dict) -> tuple:
    """What a row shows: id, name, kind icon, and the owner lane's name and colour (or None)."""
    lane = lanes.get(getattr(node, "owner", None))
    return (node.id, node.name, kind_icon_name(node), lane.name if lane else None, lane.color if lane else None)


def show_row(item: QTreeWidgetItem, row: tuple, swatches: dict[str, QIcon]) -> QTreeWidgetItem:
    node_id, name, icon_name, lane_name, lane_colour = row
    item.setText(0, name)
    item.setData(0, ID_ROLE, node_id)
    item.setIcon(0, icon(icon_name))
    item.setToolTip(0, auto_text(name))
    if lane_colour not in swatches and lane_colour:
        swatches[lane_colour] = swatch(lane_colour)
    item.setIcon(1, swatches[lane_colour] if lane_colour else QIcon())
    item.setData(1, LANE_ROLE, lane_name)
    item.setData(1, Qt.ItemDataRole.AccessibleTextRole, lane_name)
    item.setToolTip(1, auto_text(translate("Outline", "Lane: {lane}").format(lane=lane_name)) if lane_name else "")
    return item


def runs(rows: list[int]) -> list[tuple[int, int]]:
    """Ascending row numbers as (first, last) runs of consecutive rows."""
    found: list[tuple[int, int]] = []
    for row in rows:
        if found and found[-1][1] == row - 1:
            found[-1] = (found[-1][0], row)
        else:
            found.append((row, row))
    return found


class Outline(QWidget):
    def __init__(self, context: PanelContext, dock: QDockWidget | None = None) -> None:
        """`dock`: the panel it is shown in; while that is behind a tab, the rows wait (thousands on a big map)."""
        super().__init__()
        self.context = context
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("Outline", "Filter by name or lane"))
        self.filter.setAccessibleName(translate("Outline", "Filter the outline"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _text: self._apply_filter())
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(translate("Outline", "Outline: the map's nodes in flow order"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)  # name and lane colour speak for themselves; the dock title says what
        self.tree.setRootIsDecorated(False)
        # Every row is one line: the tree lays out thousands of rows without measuring each
        # (a Select All of 5,000 stages laid them all out to find where the selection was).
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, SWATCH_COLUMN_WIDTH)
        self.tree.itemSelectionChanged.connect(self._picked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self._shown: list[tuple] = []  # the rows as last shown (see `row_of`)
        rebuild = self.rebuild if dock is None else WhenSeen(dock, self.rebuild)
        context.listen_to_flow(rebuild)
        context.selection.changed.connect(self.follow_selection)
        rebuild()

    def rows(self) -> list[str]:
        """The ids of the rows the filter lets through, top to bottom."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.data(0, ID_ROLE) for item in items if not item.isHidden()]

    def rebuild(self) -> None:
        """Shows the nodes in flow order; when the same nodes are listed, only changed rows are touched."""
        doc = self.context.document
        lanes = {lane.id: lane for lane in doc.lanes()}
        rows = [row_of(doc.node(node_id), lanes) for node_id in flow_order(doc)]
        if rows == self._shown:
            return
        blocked = self.tree.blockSignals(True)
        swatches: dict[str, QIcon] = {}  # one picture per lane colour, not one per row
        if [row[0] for row in rows] == [row[0] for row in self._shown]:
            changed = [i for i, (row, old) in enumerate(zip(rows, self._shown)) if row != old]
            for i in changed:
                show_row(self.tree.topLevelItem(i), rows[i], swatches)
        else:
            self.tree.invisibleRootItem().takeChildren()  # `clear()` takes quadratic time
            self.tree.addTopLevelItems([show_row(QTreeWidgetItem(), row, swatches) for row in rows])
            changed = None
        self._shown = rows
        self.tree.blockSignals(blocked)
        self._apply_filter(changed)
        self.follow_selection()

    def _apply_filter(self, rows: list[int] | None = None) -> None:
        """Hides the rows the filter does not let through: all of them, or only the `rows` that changed."""
        words = self.filter.text().strip().casefold()
        for i in range(self.tree.topLevelItemCount()) if rows is None else rows:
            item = self.tree.topLevelItem(i)
            shown = not words or words in item.text(0).casefold() or words in (item.data(1, LANE_ROLE) or "").casefold()
            item.setHidden(not shown)

    def follow_selection(self) -> None:
        """Selects the rows of what is selected on the canvas (without selecting back).

        One selection of row ranges replaces the old one: selecting rows one by one
        made the tree update its selection per row, quadratic for Select All.
        """
        wanted = set(self.context.selection.ids())
        rows = [i for i, row in enumerate(self._shown) if row[0] in wanted]
        model = self.tree.model()
        chosen = QItemSelection()
        for first, last in runs(rows):
            chosen.select(model.index(first, 0), model.index(last, model.columnCount() - 1))
        blocked = self.tree.blockSignals(True)
        flags = QItemSelectionModel.SelectionFlag
        self.tree.selectionModel().select(chosen, flags.ClearAndSelect)
        if rows:
            item = self.tree.topLevelItem(rows[0])
            self.tree.setCurrentItem(item, 0, flags.NoUpdate)
            self.tree.scrollToItem(item)
        self.tree.blockSignals(blocked)

    def _picked(self) -> None:
        ids = [item.data(0, ID_ROLE) for item in self.tree.selectedItems()]
        self.context.selection.set_ids(ids)
        current = self.tree.currentItem()
        if current is not None and current.isSelected():
            self.context.center_on(current.data(0, ID_ROLE))
