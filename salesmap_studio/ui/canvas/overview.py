"""Far out, the map is shown from one cached picture instead of thousands of items.

Below `OVERVIEW_ZOOM` every item would be redrawn on every frame; instead the
whole map is rendered once at the current zoom (through the same item painters,
in the order and with the transform `QGraphicsScene.render` uses, so it looks the
same) and blitted until the map or the zoom changes. The picture is painted a
few items at a time between frames (a big map takes most of a second), and until
it is complete a sketch stands in: the bands and every box as a flat card. A
small map's picture (a workshop's) is painted whole within its first frame.
Selection outlines and the rubber band are drawn on top, live.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QTransform
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from ...analysis.geometry import palette
from ...export import qt_paint
from .grid import paint_grid

OVERVIEW_ZOOM = 0.2
MAX_PIXELS = 12_000_000  # about 48 MB; beyond this the items draw themselves
SELECTION = QColor("#2B6CB0")
SLICE_SECONDS = 0.008  # painting the picture takes at most this long between two frames
SMALL = 400  # items: a picture of so few is painted within its first frame (no sketch shows)
SKETCH_CARD = qt_paint.qcolor(palette.CARD_BORDER)


class Overview:
    def __init__(self, scene, picture_ready) -> None:
        """`picture_ready()` is called when a picture is complete (the view repaints)."""
        self.scene = scene
        self._picture_ready = picture_ready
        self._key: tuple | None = None
        self._pixmap = QPixmap()
        self._source = QRectF()
        self._transform = QTransform()
        self._waiting: list = []   # items still to paint into the picture, bottom first
        self._sketch: tuple[int, list[QRectF]] = (-1, [])
        self._timer = QTimer(scene, singleShot=True, interval=0)  # goes with the scene
        self._timer.timeout.connect(self._paint_slice)

    def usable(self, zoom: float) -> bool:
        rect = self.scene.map_rect()
        return zoom < OVERVIEW_ZOOM and rect.width() * rect.height() * zoom * zoom <= MAX_PIXELS

    def ready(self, zoom: float) -> bool:
        """True when the picture for this zoom and the map as it is now is complete."""
        return self._key == self._wanted(zoom) and self._waiting == []

    def _wanted(self, zoom: float) -> tuple:
        return (self.scene.version, round(zoom, 5))

    def _start(self, key: tuple, zoom: float) -> None:
        """A fresh, empty picture; its items are painted in slices from the event loop."""
        self._key = key
        self._source = self.scene.map_rect()
        size = self._source.size() * zoom
        self._pixmap = QPixmap(max(1, round(size.width())), max(1, round(size.height())))
        self._pixmap.fill(Qt.GlobalColor.transparent)
        # The scale `QGraphicsScene.render(painter, pixmap rect, source)` would use, so the picture is the same.
        ratio = min(self._pixmap.width() / self._source.width(), self._pixmap.height() / self._source.height())
        self._transform = QTransform().scale(ratio, ratio).translate(-self._source.left(), -self._source.top())
        self._waiting = None   # listed by the first slice, not in this frame
        self._timer.start()

    def _paint_slice(self, in_frame: bool = False) -> None:
        if self._key is None or self._key[0] != self.scene.version:
            self._waiting = []   # the map changed: the next frame starts a fresh picture
            return
        if self._waiting is None:
            # Every item, bottom first (the map's rect holds them all): sorting them is quicker
            # than the first query of a freshly built index would be.
            items = self.scene.items(Qt.SortOrder.AscendingOrder)
            self._waiting = [item for item in reversed(items) if item.isVisible()]
        option = QStyleOptionGraphicsItem()
        painter = QPainter(self._pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(QRectF(self._pixmap.rect()), Qt.ClipOperation.IntersectClip)
        ends = float("inf") if in_frame else time.perf_counter() + SLICE_SECONDS  # a small map: all at once
        while self._waiting and time.perf_counter() < ends:
            item = self._waiting.pop()
            painter.save()   # as the scene protects the painter's state around each item
            painter.setWorldTransform(item.sceneTransform() * self._transform)
            item.paint(painter, option, None)
            painter.restore()
        painter.end()
        if self._waiting:
            self._timer.start()
        elif not in_frame:
            self._picture_ready()

    def paint(self, view, event) -> None:
        zoom = view.zoom()
        key = self._wanted(zoom)
        if key != self._key:
            self._start(key, zoom)
            if len(self.scene.map_items()) <= SMALL:
                self._paint_slice(in_frame=True)
        painter = QPainter(view.viewport())
        painter.fillRect(event.rect(), self.scene.backgroundBrush())
        if view.snap_to_grid:
            painter.save()
            painter.setTransform(view.viewportTransform())
            paint_grid(painter, view.mapToScene(event.rect()).boundingRect(), view.grid_step, view.zoom())
            painter.restore()
        if self._waiting != []:
            self._paint_sketch(painter, view)
        else:
            painter.drawPixmap(view.mapFromScene(self._source.topLeft()), self._pixmap)
        self._paint_selection(painter, view)
        painter.end()

    def _paint_sketch(self, painter: QPainter, view) -> None:
        """While the picture is being painted: the bands, and each node and note as a flat box."""
        if self._sketch[0] != self.scene.version:
            self._sketch = (self.scene.version, [item.box_rect for item in self.scene.map_items() if item.kind != "link"])
        painter.save()
        painter.setTransform(view.viewportTransform())
        self.scene.bands.paint(painter, None)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SKETCH_CARD)
        painter.drawRects(self._sketch[1])
        painter.restore()

    def _paint_selection(self, painter: QPainter, view) -> None:
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
