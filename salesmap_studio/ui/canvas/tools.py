"""What a mouse drag on the canvas does: move the selection, draw a link, or pan.

Selecting (click, Ctrl-click, rubber band) is Qt's own; these tools take over
only once a press lands on something they own. A move is previewed on the
items and recorded as one `MoveNodes` step on release.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QApplication, QGraphicsPathItem

from .items import NodeItem

PREVIEW_COLOURS = {True: QColor("#2F9E63"), False: QColor("#D1453B"), None: QColor("#7B8794")}


class MoveTool:
    def __init__(self, view, press: QPointF, ids: list[str]) -> None:
        self.view, self.press, self.ids = view, press, ids
        self.offsets: dict[str, tuple[float, float]] = {}
        self.started = False

    def move(self, scene_pos: QPointF, screen_distance: int) -> None:
        if not self.started and screen_distance < QApplication.startDragDistance():
            return
        self.started = True
        dx, dy = self.view.snapped_delta(self.ids[0], scene_pos - self.press)
        self.offsets = {item_id: (dx, dy) for item_id in self.ids}
        self.view.scene().preview_move(self.offsets)

    def finish(self) -> None:
        if not self.started or not self.offsets:
            return
        doc = self.view.modeling.doc
        positions = {}
        for item_id, (dx, dy) in self.offsets.items():
            entity = doc.node(item_id) if doc.has_node(item_id) else doc.note(item_id)
            positions[item_id] = (entity.x + dx, entity.y + dy)
        try:
            self.view.modeling.move_nodes(positions)
        except ValueError as error:
            self.view.report(str(error))
        self.view.scene().end_preview(self.offsets)

    def cancel(self) -> None:
        self.view.scene().end_preview(self.offsets)


class ConnectTool:
    """Dragging from a node's edge handle: a preview curve, green where a link may go."""

    def __init__(self, view, source: NodeItem, start: QPointF) -> None:
        self.view, self.source, self.start = view, source, start
        self.target: NodeItem | None = None
        away = start - source.box().center()  # leave the node the way the handle faces
        self.outwards = QPointF(1 if away.x() > 0 else -1, 0) if abs(away.x()) >= abs(away.y()) \
            else QPointF(0, 1 if away.y() > 0 else -1)
        self.preview = QGraphicsPathItem()
        self.preview.setZValue(50)
        view.scene().addItem(self.preview)

    def kind_for(self, target_id: str) -> str:
        if target_id == self.source.item_id:
            return "objection"
        return self.view.modeling.next_branch_kind(self.source.item_id)

    def allowed(self) -> bool | None:
        if self.target is None:
            return None
        target_id = self.target.item_id
        return self.view.modeling.can_connect(self.source.item_id, target_id, self.kind_for(target_id))

    def move(self, scene_pos: QPointF) -> None:
        item = self.view.scene().top_item_at(scene_pos, kinds=("node",))
        self.target = item if isinstance(item, NodeItem) else None
        end = self.target.box().center() if self.target is not None else scene_pos
        path = QPainterPath(self.start)
        reach = max((end - self.start).manhattanLength() / 3, 40)
        path.cubicTo(self.start + self.outwards * reach, end, end)
        pen = QPen(PREVIEW_COLOURS[self.allowed()], 2.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.preview.setPen(pen)
        self.preview.setPath(path)

    def finish(self) -> None:
        self.cancel()
        if self.target is None:
            return
        source, target = self.source.item_id, self.target.item_id
        self.view.try_edit(self.view.modeling.connect, source, target, self.kind_for(target))

    def cancel(self) -> None:
        if self.preview.scene() is not None:
            self.preview.scene().removeItem(self.preview)


class PanTool:
    """Middle-drag or space-drag: the map follows the pointer."""

    def __init__(self, view, press) -> None:
        self.view, self.last = view, press

    def move(self, pos) -> None:
        delta = pos - self.last
        self.last = pos
        bars = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        bars[0].setValue(bars[0].value() - round(delta.x()))
        bars[1].setValue(bars[1].value() - round(delta.y()))

    def finish(self) -> None:
        self.view.viewport().unsetCursor()

    def cancel(self) -> None:
        self.finish()
