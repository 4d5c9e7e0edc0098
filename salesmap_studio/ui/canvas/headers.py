"""What the view draws over the map: on an empty map, how to start.

(Lane and phase names that stay in sight are the frozen panes beside the view:
`frozen_panes.py`.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from ...export import qt_paint


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
