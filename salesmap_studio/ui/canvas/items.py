"""The graphics items of the canvas. They hold plain geometry, never the model.

Each item draws in scene coordinates straight from its geometry (through the
shared `export.qt_paint` painters and their cached paths), so an item's `pos()`
is (0, 0) except while a drag shows where it is going.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyle, QStyleOptionGraphicsItem

from ...analysis.geometry import legible, room_labels
from ...export import qt_paint
from .marks import paint_mark

SELECTION = QColor("#2B6CB0")
SELECTED_LINK = QColor(43, 108, 176, 90)  # a translucent band along a selected link
HANDLE_RADIUS = 5.5
HANDLE_REACH = 11.0  # how close to a handle a press must land to start a link
BADGE_COLOURS = {"error": QColor("#D1453B"), "warning": QColor("#D98E04")}
LINK_HIT_WIDTH = 12.0
# Items keep a pixmap of themselves at screen resolution (the visible part only):
# a drag or a scroll then blits instead of re-rasterising antialiased paths.
CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache
# Looked up once: undo of a big delete makes thousands of items, and each enum lookup costs.
SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
NO_CACHE = QGraphicsItem.CacheMode.NoCache
NO_PEN = QPen(Qt.PenStyle.NoPen)
SELECTED_STATE = QStyle.StateFlag.State_Selected


def _selected(option) -> bool:
    """Whether to draw the item selected: Qt says so in the option it paints with, and the far-out
    picture paints with a plain option, so a selection never stays baked into it."""
    return bool(option.state & SELECTED_STATE)


def qrect(rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def paint_plain(painter: QPainter, shapes) -> None:
    """Far out: flat outlines without antialiasing or cached paths (fast, and no memory per item)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for shape in shapes:
        painter.setPen(QPen(qt_paint.qcolor(shape.stroke), 0) if shape.stroke else Qt.PenStyle.NoPen)
        painter.setBrush(qt_paint.qcolor(shape.fill) if shape.fill else Qt.BrushStyle.NoBrush)
        if shape.points:
            painter.drawPolygon([QPointF(x, y) for x, y in shape.points])
        else:
            painter.drawRect(qrect(shape.rect))


@dataclass(frozen=True, slots=True)
class Deferred:
    """A node's or note's shape, worked out when it is first drawn or asked for: a box is known at
    once (sizes are fixed per kind), while wrapping thousands of names would hold up opening a map.
    `make(item_id)` is one shared function, not a closure per item (undo of a big delete makes
    thousands of these, and each closure is more for the garbage collector to walk)."""

    box: object
    make: Callable[[str], object]
    item_id: str
    source: object = None   # what the box and shape are made from (the scene's to compare, by identity)


def lod_of(painter: QPainter) -> float:
    """How much detail to draw: the painter's scale (the zoom)."""
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


class BoundedItem(QGraphicsRectItem):
    """An item whose bounds Qt reads in C++: the rect item's rect, without a pen, is its bounding rect.
    Qt asks for the bounds of every item it updates or indexes (10,200 on a Select All of 5,000
    stages, and again when it rebuilds its index); a `boundingRect` written in Python cost a call
    into Python each time. Each subclass paints itself; the rect is never drawn."""

    def __init__(self) -> None:
        super().__init__()
        self.setPen(NO_PEN)

    def redraw(self) -> None:
        """Drawn again whole. `update()` is not enough for an item larger than the view: Qt caches
        only the part on screen, and if the view scrolls before the next paint it paints only the
        strip newly shown and keeps the rest of the old picture (a curve cut short, a lane's old
        end). So the cached picture is dropped."""
        mode = self.cacheMode()
        if mode != NO_CACHE:
            self.setCacheMode(NO_CACHE)
            self.setCacheMode(mode)
        self.update()


class MapItem(BoundedItem):
    """Shared by nodes, notes and links: an id, a geometry, a badge, selection."""

    kind = ""
    # Around the box (left, top, right, bottom): the selection outline, the handles, the badge.
    # The scene's bounds are the boxes' with these around them (extent.py).
    MARGINS = (10.0, 12.0, 12.0, 10.0)

    def __init__(self, item_id: str, geometry, cache_mode=CACHED) -> None:
        super().__init__()
        self.item_id = item_id
        self.badge: str | None = None
        self.mark: str | None = None   # canvas/marks.py: added, changed, conflict
        self.setFlag(SELECTABLE)
        self.setCacheMode(cache_mode)
        self._take(geometry)  # a new item: nothing drawn yet to update (thousands of them on opening)

    def set_geometry(self, geometry) -> None:
        """`geometry`: the item's shape, or a `Deferred` one."""
        self.prepareGeometryChange()
        self._take(geometry)
        self.setPos(0.0, 0.0)
        self.redraw()

    def _take(self, geometry) -> None:
        self._deferred = geometry if isinstance(geometry, Deferred) else None
        self._geometry = None if self._deferred else geometry
        self._box = geometry.bounds if self.kind == "link" else geometry.box
        self.setRect(self.compute_bounds())   # announces the change of geometry to the scene, if any

    def deferred_from(self, source) -> Deferred | None:
        """The deferred shape it was given, if made from this very `source` (else None)."""
        deferred = self._deferred
        return deferred if deferred is not None and deferred.source is source else None

    @property
    def geometry(self):
        if self._geometry is None:
            self._geometry = self._deferred.make(self._deferred.item_id)
        return self._geometry

    @property
    def box_rect(self) -> QRectF:
        """Where the model has the box (the far-out sketch draws it)."""
        return qrect(self._box)

    def compute_bounds(self) -> QRectF:
        box, (left, top, right, bottom) = self._box, self.MARGINS
        return QRectF(box.x - left, box.y - top, box.w + left + right, box.h + top + bottom)

    def come_back(self, geometry) -> None:
        """Shown again, as a new item would be: undo put back what the step before took away (the
        scene keeps its cache mode while it is away). Out of the scene, so no geometry change to
        announce. `update` may not be enough to forget the picture cached before (see `redraw`): the
        scene drops every cached picture after a step that brings items back, in one call."""
        self.setSelected(False)
        self.badge = self.mark = None
        # A remembered shape, or the deferred one it had, is the same object: its bounds stand.
        if geometry is not self._geometry and geometry is not self._deferred:
            self._take(geometry)
        self.setPos(0.0, 0.0)
        self.update()

    def set_badge(self, severity: str | None) -> None:
        if severity != self.badge:
            self.badge = severity
            self.update()

    def set_mark(self, mark: str | None) -> None:
        if mark != self.mark:
            self.mark = mark
            self.update()

    @property
    def model_box(self):
        """The box (a `Rect`) where the model has it, known without working out the item's shape."""
        return self._box

    def box(self) -> QRectF:
        """Where the item's box is now (moved along while dragged)."""
        return self.box_rect.translated(self.pos())

    def into_own_picture(self, painter: QPainter, widget) -> bool:
        """True while Qt paints the item into its cached picture: a buffer of the item's own, all
        transparent before the item's first layer. Qt passes no widget then, and the buffer lies
        within the item's bounds on the device (the far-out picture, or an export, holds much more)."""
        if widget is not None or self.cacheMode() == NO_CACHE:
            return False
        device = painter.device()
        ratio = device.devicePixelRatioF()
        buffer = QRectF(0.0, 0.0, device.width() / ratio, device.height() / ratio)
        return painter.worldTransform().mapRect(self.rect()).adjusted(-2, -2, 2, 2).contains(buffer)

    def paint_badge(self, painter: QPainter) -> None:
        colour = BADGE_COLOURS.get(self.badge or "")
        if colour is None:
            return
        box = self.geometry.box
        centre = QPointF(box.x + box.w - 4, box.y + 4)
        painter.setPen(QPen(QColor("#FFFFFF"), 2))
        painter.setBrush(colour)
        painter.drawEllipse(centre, 9, 9)
        painter.setFont(qt_paint.scene_font(13, True))
        painter.drawText(QRectF(centre.x() - 9, centre.y() - 9, 18, 18), Qt.AlignmentFlag.AlignCenter, "!")


class NodeItem(MapItem):
    kind = "node"

    def __init__(self, item_id: str, geometry, cache_mode=CACHED) -> None:
        super().__init__(item_id, geometry, cache_mode)
        self.setZValue(2)
        self.setAcceptHoverEvents(True)
        self.hovered = False
        self.painted_name: tuple = ()   # the name's lines as last painted (what the room sees; bench/canvas.py)
        self.painted_exact = False      # … at their exact sizes (a name drawn alone), else in whole pixels
        self.painted_shape = None       # … and its outline (a cut diamond in projector view, see legible)

    def come_back(self, geometry) -> None:
        super().come_back(geometry)
        self.hovered = False
        self.painted_name = ()
        self.painted_shape = None

    def handles(self) -> list[QPointF]:
        """The four edge handles a link is dragged from (the middle of each side)."""
        box = self.box()
        c = box.center()
        return [QPointF(box.right(), c.y()), QPointF(c.x(), box.bottom()),
                QPointF(box.left(), c.y()), QPointF(c.x(), box.top())]

    def handle_at(self, scene_pos: QPointF, reach: float = HANDLE_REACH) -> bool:
        return any((h - scene_pos).manhattanLength() <= reach for h in self.handles())

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.update()

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(qrect(self._box))
        return path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        lod = lod_of(painter)
        if lod < qt_paint.LOD_SHAPES:  # no name could be read this far out: plain cards, fast
            self.painted_name = ()
            paint_plain(painter, (self.geometry.shape, *self.geometry.accents))
            return
        readable = self.scene().readable
        selected = _selected(option)
        if legible.needs_legible(self.geometry, lod, readable.px):
            self._paint_legible(painter, lod, readable, selected)
            return
        self.painted_name, self.painted_exact = self.geometry.lines[:self.geometry.detail_from], False
        self.painted_shape = self.geometry.shape
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        qt_paint.paint_node(painter, self.geometry, lod, clear=self.into_own_picture(painter, widget))
        if selected:
            self._paint_selection(painter)
        if (self.hovered or selected) and lod >= qt_paint.LOD_NAMES and self.scene().show_handles:
            self._paint_handles(painter)
        paint_mark(painter, self)
        self.paint_badge(painter)

    def painted_name_px(self, zoom: float) -> float:
        """How tall the name was last painted on screen at `zoom` (its font's em in pixels; 0: no name)."""
        sizes = [qt_paint.painted_size(line, self.painted_exact) for line in self.painted_name]
        return min(sizes, default=0) * zoom

    def _paint_legible(self, painter: QPainter, lod: float, readable: legible.Readable, selected: bool) -> None:
        """Zoomed out: the shape plain and the name alone, as large as reads (details and badges dropped)."""
        outline = legible.plain_shape(self.geometry, readable)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for shape in (outline, *self.geometry.accents):
            qt_paint.paint_shape(painter, shape)
        if selected:
            self._paint_selection(painter, outline)
        key = (round(lod, 3), readable)
        if getattr(self, "_legible_key", None) != (key, self.geometry):
            self._legible_key, self._legible = (key, self.geometry), legible.legible_name(self.geometry, lod, readable)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        qt_paint.paint_exact_lines(painter, self._legible)
        self.painted_name, self.painted_exact, self.painted_shape = self._legible, True, outline

    def _paint_selection(self, painter: QPainter, shape=None) -> None:
        painter.setPen(QPen(SELECTION, 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        shape = shape or self.geometry.shape
        if shape.points:
            painter.drawPolygon([QPointF(x, y) for x, y in shape.points])
        else:
            radius = shape.radius + 4
            painter.drawRoundedRect(qrect(self.geometry.box).adjusted(-4, -4, 4, 4), radius, radius)

    def _paint_handles(self, painter: QPainter) -> None:
        painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
        painter.setBrush(SELECTION)
        for handle in self.handles():
            painter.drawEllipse(handle - self.pos(), HANDLE_RADIUS, HANDLE_RADIUS)


class NoteItem(MapItem):
    kind = "note"

    def __init__(self, item_id: str, geometry, cache_mode=CACHED) -> None:
        super().__init__(item_id, geometry, cache_mode)
        self.setZValue(3)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if lod_of(painter) < qt_paint.LOD_SHAPES:
            paint_plain(painter, (self.geometry.shape,))
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        qt_paint.paint_note(painter, self.geometry, lod_of(painter))
        if _selected(option):
            painter.setPen(QPen(SELECTION, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(qrect(self.geometry.box).adjusted(-4, -4, 4, 4))
        paint_mark(painter, self)
        self.paint_badge(painter)


class LinkItem(MapItem):
    """The curve and arrowhead; its label is a separate item above every curve."""

    kind = "link"
    MARGINS = (8.0, 8.0, 8.0, 8.0)  # around the curve: the selection's wide stroke

    def __init__(self, item_id: str, geometry, cache_mode=CACHED) -> None:
        self._hit: QPainterPath | None = None
        super().__init__(item_id, geometry, cache_mode)
        self.setZValue(1)

    def compute_bounds(self) -> QRectF:
        self._hit = None  # built when first asked: most links are never hit-tested
        return super().compute_bounds()

    def shape(self) -> QPainterPath:
        if self._hit is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(LINK_HIT_WIDTH)
            self._hit = stroker.createStroke(qt_paint.link_path(self.geometry))
            self._hit.addPolygon([QPointF(x, y) for x, y in self.geometry.arrow])
            if self.geometry.label is not None:
                self._hit.addRect(qrect(self.geometry.label.background.rect))
        return self._hit

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if lod_of(painter) < qt_paint.LOD_SHAPES:
            painter.setPen(QPen(qt_paint.qcolor(self.geometry.color), 0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(qt_paint.uncached_link_path(self.geometry))
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_mark(painter, self)
        if _selected(option):
            painter.setPen(QPen(SELECTED_LINK, self.geometry.width + 6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            with qt_paint.onto_clear(painter, self.mark is None and self.into_own_picture(painter, widget)):
                painter.drawPath(qt_paint.link_path(self.geometry))
        qt_paint.paint_link(painter, self.geometry, lod_of(painter), label=False)


class LabelItem(BoundedItem):
    """A link's label, drawn above every curve so no line crosses it (only labelled links have one)."""

    def __init__(self, link: LinkItem) -> None:
        super().__init__()
        self.link = link
        self.setZValue(1.5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(CACHED)
        self.painted_label = None    # the label as last painted (what the room sees; bench/projector_shots.py)
        self.painted_exact = False   # … at its exact sizes (projector view's larger label)
        self.refresh()

    def refresh(self) -> None:
        """Its bounds: the label's, or in projector view all it may grow into (room_labels.reach)."""
        label, scene = self.link.geometry.label, self.link.scene()
        rect = room_labels.reach(label) if scene is not None and scene.readable.label_px else label.background.rect
        self.setRect(qrect(rect).adjusted(-2, -2, 2, 2))
        self.setPos(self.link.pos())
        self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        lod = lod_of(painter)
        if lod < qt_paint.LOD_SHAPES:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        room = self.scene().room_labels.label(self.link.item_id, lod)
        label = room or self.link.geometry.label
        qt_paint.paint_label(painter, label, exact=room is not None)
        self.painted_label, self.painted_exact = label, room is not None

    def painted_px(self, zoom: float) -> float:
        """How tall the label was last painted on screen at `zoom` (its font's em in pixels)."""
        lines = self.painted_label.lines if self.painted_label else ()
        sizes = [qt_paint.painted_size(line, self.painted_exact) for line in lines]
        return min(sizes, default=0) * zoom
