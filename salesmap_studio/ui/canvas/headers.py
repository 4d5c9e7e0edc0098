"""Lane names stay in sight: when the map is scrolled past its header column,
the headers are drawn again at the left edge of the view (like frozen columns)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from ...export import qt_paint

MIN_ZOOM = 0.3  # further out the names are too small to read anyway
EDGE = QColor(31, 41, 51, 40)


def paint_sticky_lane_headers(painter: QPainter, lanes: list, visible: QRectF, zoom: float, background) -> None:
    if not lanes or zoom < MIN_ZOOM:
        return
    shift = visible.left() - lanes[0].header.rect.x
    if shift <= 0:
        return
    painter.save()
    painter.translate(shift, 0)
    for band in lanes:
        r = band.header.rect
        painter.fillRect(QRectF(r.x, r.y, r.w, r.h), background)
        qt_paint.paint_shape(painter, band.header)
        qt_paint.paint_lines(painter, band.lines)
    first, last = lanes[0].header.rect, lanes[-1].header.rect
    painter.setPen(QPen(EDGE, 1.5 / zoom))
    painter.drawLine(first.x + first.w, first.y, last.x + last.w, last.y + last.h)
    painter.restore()
