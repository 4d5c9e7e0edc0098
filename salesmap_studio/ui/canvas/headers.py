"""What the view draws over the map: lane names that stay in sight, and a first hint.

When the map is scrolled past its header column, the lane headers are drawn
again at the left edge of the view (like frozen columns). An empty map says
how to start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

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


def paint_empty_map_hint(painter: QPainter, viewport_rect) -> None:
    """In screen pixels, centred: how to draw the first stage."""
    text = QCoreApplication.translate(
        "Canvas", "Double-click to add the first stage, or drag a shape from the left.\n"
        "Then type its name and press Tab for the next one.")
    painter.save()
    painter.resetTransform()
    font = QFont(qt_paint.FAMILY)
    font.setPixelSize(16)
    painter.setFont(font)
    painter.setPen(QColor("#7B8794"))
    painter.drawText(QRectF(viewport_rect).adjusted(12, 0, -12, 0),
                     Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)  # a narrow view wraps it
    painter.restore()
