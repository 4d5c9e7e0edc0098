"""The snapping grid, drawn as quiet dots behind the map while Snap to Grid is on.

Screen only: exports and prints draw from the geometry, never from the scene. The
dots sit in the view's background, so the lanes' light tint lies over them and
cards and links cover them.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

DOT = QColor("#B8C0CA")
MIN_SPACING_PX = 12.0   # closer dots read as a grey wash: show every fifth point instead
MAX_DOTS = 40_000       # a huge exposed rect at a tiny zoom draws nothing rather than stall


def visible_step(step: float, zoom: float) -> float:
    """The grid step to draw: the snapping step, or a multiple of five of it when zoomed far out."""
    while step * zoom < MIN_SPACING_PX:
        step *= 5
    return step


def paint_grid(painter: QPainter, rect: QRectF, step: float, zoom: float) -> None:
    step = visible_step(step, zoom)
    left, top = math.floor(rect.left() / step), math.floor(rect.top() / step)
    right, bottom = math.ceil(rect.right() / step), math.ceil(rect.bottom() / step)
    if (right - left + 1) * (bottom - top + 1) > MAX_DOTS:
        return
    # One row of dots, shifted down row by row: building every point in Python costs
    # 20 ms for a full-HD screen, this costs 3 ms.
    row = QPolygonF([QPointF(i * step, 0.0) for i in range(left, right + 1)])
    pen = QPen(DOT, 2.0)
    pen.setCosmetic(True)   # two pixels on screen at every zoom
    painter.save()
    painter.setPen(pen)
    for j in range(top, bottom + 1):
        painter.drawPoints(row.translated(0.0, j * step))
    painter.restore()
