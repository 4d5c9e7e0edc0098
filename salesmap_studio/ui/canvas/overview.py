"""Far out, the map is shown from one cached picture instead of thousands of items.

Below `OVERVIEW_ZOOM` every item would be redrawn on every frame; instead the
whole map is rendered once at the current zoom (through the same item painters,
so it looks the same) and blitted until the map or the zoom changes. Selection
outlines and the rubber band are drawn on top, live.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap

from .grid import paint_grid

OVERVIEW_ZOOM = 0.2
MAX_PIXELS = 12_000_000  # about 48 MB; beyond this the items draw themselves
SELECTION = QColor("#2B6CB0")


class Overview:
    def __init__(self, scene) -> None:
        self.scene = scene
        self._key: tuple | None = None
        self._pixmap = QPixmap()
        self._source = QRectF()

    def usable(self, zoom: float) -> bool:
        rect = self.scene.map_rect()
        return zoom < OVERVIEW_ZOOM and rect.width() * rect.height() * zoom * zoom <= MAX_PIXELS

    def _picture(self, zoom: float) -> QPixmap:
        key = (self.scene.version, round(zoom, 5))
        if key != self._key:
            self._source = self.scene.map_rect()
            size = self._source.size() * zoom
            self._pixmap = QPixmap(max(1, round(size.width())), max(1, round(size.height())))
            self._pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(self._pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            # Without the scene's background the picture stays transparent between the
            # shapes, so what `paint` draws below it (the grid) shows through as it does close up.
            background = self.scene.backgroundBrush()
            self.scene.setBackgroundBrush(Qt.BrushStyle.NoBrush)
            try:
                self.scene.render(painter, QRectF(self._pixmap.rect()), self._source)
            finally:
                self.scene.setBackgroundBrush(background)
                painter.end()
            self._key = key
        return self._pixmap

    def paint(self, view, event) -> None:
        picture = self._picture(view.zoom())
        painter = QPainter(view.viewport())
        painter.fillRect(event.rect(), self.scene.backgroundBrush())
        if view.snap_to_grid:
            painter.save()
            painter.setTransform(view.viewportTransform())
            paint_grid(painter, view.mapToScene(event.rect()).boundingRect(), view.grid_step, view.zoom())
            painter.restore()
        painter.drawPixmap(view.mapFromScene(self._source.topLeft()), picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(SELECTION, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for item in self.scene.selectedItems():
            rect = item.sceneBoundingRect() if item.kind == "link" else item.box()
            painter.drawRect(view.mapFromScene(rect).boundingRect().adjusted(-2, -2, 2, 2))
        band = view.rubberBandRect()
        if not band.isNull():
            painter.setPen(QPen(SELECTION, 1))
            painter.setBrush(QColor(43, 108, 176, 40))
            painter.drawRect(band)
        painter.end()
