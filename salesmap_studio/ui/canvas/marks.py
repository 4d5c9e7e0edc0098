"""Coloured outlines on the canvas: what a comparison found (added, changed, and ghosts of what
was removed) and which items have an unresolved merge conflict.

Several features mark at once, each in its own layer; an item shows the mark of the first layer
that names it (a comparison over conflicts), and leaving a layer brings the others back.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from ...export import qt_paint

MARK_COLOURS = {"added": QColor("#2E9E44"), "changed": QColor("#E0A100"), "removed": QColor("#D1453B"),
                "conflict": QColor("#8E44AD")}
LAYERS = ("compare", "conflicts")   # first wins
OUTLINE = 7.0


def paint_mark(painter: QPainter, item) -> None:
    """An outline around a node or note box, or a wide band under a link, in the mark's colour."""
    colour = MARK_COLOURS.get(item.mark or "")
    if colour is None:
        return
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if item.kind == "link":
        band = QColor(colour)
        band.setAlpha(150)
        painter.setPen(QPen(band, item.geometry.width + 8))
        painter.drawPath(qt_paint.link_path(item.geometry))
        return
    painter.setPen(QPen(colour, 4))
    box = item.geometry.box
    painter.drawRoundedRect(QRectF(box.x, box.y, box.w, box.h).adjusted(-OUTLINE, -OUTLINE, OUTLINE, OUTLINE), 8, 8)


class GhostItem(QGraphicsItem):
    """Where a removed node or note was: a dashed red outline with its name, not selectable."""

    kind = "ghost"

    def __init__(self, item_id: str, rect: QRectF, name: str) -> None:
        super().__init__()
        self.item_id, self.rect, self.name = item_id, rect, name
        self.setZValue(4)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-OUTLINE - 4, -OUTLINE - 4, OUTLINE + 4, OUTLINE + 4)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(MARK_COLOURS["removed"], 4, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(209, 69, 59, 30))
        painter.drawRoundedRect(self.rect.adjusted(-OUTLINE, -OUTLINE, OUTLINE, OUTLINE), 8, 8)
        painter.setFont(qt_paint.scene_font(14, True))
        painter.drawText(self.rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.name)


class Marks:
    """The scene's mark layers: layer -> {item id: mark}."""

    def __init__(self, scene) -> None:
        self.scene = scene
        self.layers: dict[str, dict[str, str]] = {}
        self.ghosts: list[GhostItem] = []

    def mark_of(self, item_id: str) -> str | None:
        for layer in LAYERS:
            mark = self.layers.get(layer, {}).get(item_id)
            if mark:
                return mark
        return None

    def set_layer(self, layer: str, marks: dict[str, str]) -> None:
        if self.layers.get(layer, {}) == marks:
            return
        self.layers[layer] = dict(marks)
        for item in self.scene.map_items():
            item.set_mark(self.mark_of(item.item_id))
        self.scene.touch()

    def set_ghosts(self, ghosts: list[tuple[str, QRectF, str]]) -> None:
        for ghost in self.ghosts:
            self.scene.removeItem(ghost)
        self.ghosts = [GhostItem(*ghost) for ghost in ghosts]
        for ghost in self.ghosts:
            self.scene.addItem(ghost)
        self.scene.touch()

    def ghost(self, item_id: str) -> GhostItem | None:
        return next((g for g in self.ghosts if g.item_id == item_id), None)
