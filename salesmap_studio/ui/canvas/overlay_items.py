"""The evidence overlay's items: deal volume along a link, a stage's plan-versus-actual badge (with
the biggest drop outlined), and a transition the map lacks as a dashed ghost link with "Add to Map".

Like the map's items they get plain view data (rects, paths, texts, a link geometry), never the
model. None is selectable and only a ghost link takes a click, so the map's own gestures (select,
drag, connect) work through the overlay as without it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QMenu

from ...export import qt_paint
from .items import lod_of

translate = QCoreApplication.translate
VOLUME = QColor(37, 99, 235, 70)
VOLUME_INK = QColor("#1D4ED8")
BADGE_FILL = QColor(255, 255, 255, 238)
BADGE_EDGE = QColor("#8A94A6")
INK = QColor("#1F2933")
DROP = QColor("#C62828")
GHOST = "#7C3AED"
BADGE_SIZE, COUNT_SIZE = 15.0, 12.0
BADGE_GAP, PAD_X, PAD_Y = 8.0, 7.0, 4.0
DROP_OUTLINE = 7.0
GHOST_HIT_WIDTH = 14.0
# Volume and ghosts over the link lines (1) and under their labels (1.5); badges over the nodes (2),
# and a ghost's count over the badges.
Z_VOLUME, Z_GHOST, Z_BADGE, Z_GHOST_LABEL = 1.2, 1.4, 2.6, 2.7
Segment = tuple[str, QColor]


class _Passive(QGraphicsItem):
    """Drawn once into a screen pixmap; clicks go to the map's items beneath."""

    def __init__(self, z: float) -> None:
        super().__init__()
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def count_pill(centre: QPointF, text: str) -> QRectF:
    width = QFontMetricsF(qt_paint.scene_font(COUNT_SIZE, True)).horizontalAdvance(text)
    return QRectF(centre.x() - width / 2 - 5, centre.y() - COUNT_SIZE * 0.75, width + 10, COUNT_SIZE * 1.5)


class VolumeItem(_Passive):
    """A translucent band along a link, as wide as its deal volume, with the count where it fits."""

    kind = "volume"

    def __init__(self, link_id: str, path: QPainterPath, width: float, count: str, count_at: QPointF | None) -> None:
        super().__init__(Z_VOLUME)
        self.link_id, self.path, self.width, self.count = link_id, path, width, count
        self.pill = count_pill(count_at, count) if count_at is not None else None
        bounds = path.boundingRect().adjusted(-width, -width, width, width)
        self._bounds = bounds.united(self.pill) if self.pill is not None else bounds

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(VOLUME, self.width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path)
        if self.pill is None or lod_of(painter) < qt_paint.LOD_SHAPES:
            return
        painter.setPen(QPen(VOLUME_INK, 1.2))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(self.pill, self.pill.height() / 2, self.pill.height() / 2)
        painter.setFont(qt_paint.scene_font(COUNT_SIZE, True))
        painter.drawText(self.pill, Qt.AlignmentFlag.AlignCenter, self.count)


class BadgeItem(_Passive):
    """Plan beside reality under a stage's box (never over its name); the biggest drop outlined in red."""

    kind = "badge"

    def __init__(self, node_id: str, box: QRectF, lines: list[list[Segment]], drop: bool,
                 tip: Callable[[], str] = str) -> None:
        super().__init__(Z_BADGE)
        self.node_id, self.box, self.lines, self.drop = node_id, QRectF(box), lines, drop
        self.widths = [[_advance(text, colour != INK) for text, colour in line] for line in lines]
        self.line_h = _line_height()
        width = max(sum(w) for w in self.widths) + 2 * PAD_X
        height = len(lines) * self.line_h + 2 * PAD_Y
        self.rect = QRectF(box.center().x() - width / 2, box.bottom() + BADGE_GAP, width, height)
        bounds = self.rect.adjusted(-2, -2, 2, 2)
        if drop:
            reach = DROP_OUTLINE + 3
            bounds = bounds.united(box.adjusted(-reach, -reach, reach, reach))
        self._bounds = bounds
        self.tip = tip   # worded when the pointer first rests on the badge: thousands are made at once
        self.setAcceptHoverEvents(True)

    def shape(self) -> QPainterPath:
        """The badge itself: the drop's outline round the stage leaves the stage its hover and handles."""
        path = QPainterPath()
        path.addRect(self.rect)
        return path

    def hoverEnterEvent(self, event) -> None:
        if not self.toolTip():
            self.setToolTip(self.tip())
        super().hoverEnterEvent(event)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.drop:
            painter.setPen(QPen(DROP, 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            outline = self.box.adjusted(-DROP_OUTLINE, -DROP_OUTLINE, DROP_OUTLINE, DROP_OUTLINE)
            painter.drawRoundedRect(outline, 8, 8)
        painter.setPen(QPen(DROP if self.drop else BADGE_EDGE, 2 if self.drop else 1))
        painter.setBrush(BADGE_FILL)
        painter.drawRoundedRect(self.rect, 6, 6)
        if lod_of(painter) < qt_paint.LOD_SHAPES:
            return
        for row, (line, widths) in enumerate(zip(self.lines, self.widths)):
            x = self.rect.center().x() - sum(widths) / 2
            y = self.rect.top() + PAD_Y + row * self.line_h
            for (text, colour), width in zip(line, widths):
                painter.setFont(_font(colour))
                painter.setPen(colour)
                painter.drawText(QRectF(x, y, width + 4, self.line_h), Qt.AlignmentFlag.AlignLeft
                                 | Qt.AlignmentFlag.AlignVCenter, text)
                x += width


def _font(colour: QColor):
    """Badge text: what differs from the plan (coloured) in bold."""
    return qt_paint.scene_font(BADGE_SIZE, colour != INK)


@lru_cache(maxsize=4096)
def _advance(text: str, bold: bool) -> float:
    """Badge texts repeat ("plan 50%", " · "): measured once each, not once per stage."""
    return QFontMetricsF(qt_paint.scene_font(BADGE_SIZE, bold)).horizontalAdvance(text)


@lru_cache(maxsize=1)
def _line_height() -> float:
    return QFontMetricsF(qt_paint.scene_font(BADGE_SIZE, False)).height()


class _OffersAdding:
    """A click (or the context menu) on a ghost offers "Add to Map"."""

    add: Callable[[], None]

    def menu(self, parent) -> QMenu:
        menu = QMenu(parent)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(translate("EvidenceOverlay", "Add to Map"), self.add)
        return menu

    def mousePressEvent(self, event) -> None:
        event.accept()
        views = self.scene().views() if self.scene() else []
        if views:
            self.menu(views[0]).popup(event.screenPos())


class GhostLinkItem(_OffersAdding, QGraphicsItem):
    """A transition the deals took that the map lacks: a dashed curve; its count is `label_item`, a
    separate item above the badges, so no badge hides it."""

    kind = "ghost-link"

    def __init__(self, source: str, target: str, geometry, add: Callable[[], None]) -> None:
        super().__init__()
        self.source, self.target, self.geometry, self.add = source, target, geometry, add
        self.setZValue(Z_GHOST)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        box = geometry.bounds
        self._bounds = QRectF(box.x, box.y, box.w, box.h).adjusted(-8, -8, 8, 8)
        stroker = QPainterPathStroker()
        stroker.setWidth(GHOST_HIT_WIDTH)
        self._hit = stroker.createStroke(qt_paint.link_path(geometry))
        self.label_item = GhostLabelItem(self) if geometry.label is not None else None

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._hit

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        qt_paint.paint_link(painter, self.geometry, lod_of(painter), label=False)


class GhostLabelItem(_OffersAdding, QGraphicsItem):
    """A ghost link's count ("deals: 12"), over the badges."""

    kind = "ghost-label"

    def __init__(self, ghost: GhostLinkItem) -> None:
        super().__init__()
        self.ghost, self.add = ghost, ghost.add
        self.setZValue(Z_GHOST_LABEL)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        rect = ghost.geometry.label.background.rect
        self._bounds = QRectF(rect.x, rect.y, rect.w, rect.h).adjusted(-2, -2, 2, 2)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        qt_paint.paint_link_label(painter, self.ghost.geometry, lod_of(painter))
