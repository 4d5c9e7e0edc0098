"""Map pages painted with Qt for printing and the export preview, laid out like the PDF.

The page math (margins, map area, poster sheets) is the PDF's own
(`export.pdf.pages`, in points with y up); here it is turned into device pixels
with y down, so a printout matches the exported PDF.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ..analysis.geometry import MapGeometry, Rect
from ..analysis.geometry.palette import INK, INK_SOFT, LINK
from .pdf.pages import OVERLAP, fit_scale, map_rect, poster_scale, sheet_area
from .qt_paint import paint_map, qcolor, scene_font


@dataclass(frozen=True)
class Paper:
    """A page of `w` × `h` points painted at `k` device pixels per point."""

    w: float
    h: float
    k: float

    def rect(self, r: Rect) -> QRectF:
        return QRectF(r.x * self.k, (self.h - r.bottom) * self.k, r.w * self.k, r.h * self.k)


def paint_fitted(painter: QPainter, geometry: MapGeometry, target: QRectF, scale: float | None = None) -> float:
    """The map scaled (to fit, unless `scale` device px per scene unit is given) and centred in `target`."""
    b = geometry.bounds
    scale = scale or min(target.width() / max(b.w, 1.0), target.height() / max(b.h, 1.0))
    painter.save()
    painter.translate(target.center().x() - (b.x + b.w / 2) * scale, target.center().y() - (b.y + b.h / 2) * scale)
    painter.scale(scale, scale)
    paint_map(painter, geometry, lod=max(scale * 4, 0.5))
    painter.restore()
    return scale


def _text(painter: QPainter, x: float, y: float, text: str, size_px: float, bold: bool, color: str) -> None:
    painter.setFont(scene_font(size_px, bold))
    painter.setPen(qcolor(color))
    painter.drawText(QPointF(x, y), text)


def paint_map_page(painter: QPainter, paper: Paper, geometry: MapGeometry, title: str, goal: str) -> None:
    """Header (title, goal) and the map fitted into the PDF's map area."""
    k, margin = paper.k, sheet_area((paper.w, paper.h)).x
    _text(painter, margin * k, (margin + 16) * k, title, 16 * k, True, INK)
    if goal:
        _text(painter, margin * k, (margin + 32) * k, goal, 10 * k, False, INK_SOFT)
    area = map_rect((paper.w, paper.h), geometry.bounds)
    paint_fitted(painter, geometry, paper.rect(area), fit_scale(geometry.bounds, area) * k)


def poster_total(paper: Paper, cols: int, rows: int) -> Rect:
    image = sheet_area((paper.w, paper.h))
    return Rect(0.0, 0.0, cols * image.w - (cols - 1) * OVERLAP, rows * image.h - (rows - 1) * OVERLAP)


def paint_poster_sheet(painter: QPainter, paper: Paper, geometry: MapGeometry, sheet, cols: int, rows: int,
                       label: str) -> None:
    """One sheet: its window of the poster, clipped to the image area, with crop marks and its label."""
    k, image = paper.k, sheet_area((paper.w, paper.h))
    total = poster_total(paper, cols, rows)
    target = paper.rect(image)
    scale = poster_scale(geometry.bounds, (paper.w, paper.h), cols, rows) * k
    poster = QRectF(target.x() - sheet.window.x * k, target.y() - sheet.window.y * k, total.w * k, total.h * k)
    painter.save()
    painter.setClipRect(target)
    paint_fitted(painter, geometry, poster, scale)
    painter.restore()
    pen = QPen(QColor("black"), 0.3 * k)
    painter.setPen(pen)
    gap, length = 5.67 * k, 17.0 * k
    for x, dx in ((target.left(), -1), (target.right(), 1)):
        for y, dy in ((target.top(), -1), (target.bottom(), 1)):
            painter.drawLine(QPointF(x + dx * gap, y), QPointF(x + dx * (gap + length), y))
            painter.drawLine(QPointF(x, y + dy * gap), QPointF(x, y + dy * (gap + length)))
    _text(painter, target.left() + 22 * k, target.top() - 8 * k, label, 9 * k, True, INK)


def paint_sheet_grid(painter: QPainter, target: QRectF, sheets, k: float) -> None:
    """Dashed outlines and names of the sheets over a preview of the whole poster (`k` px per point)."""
    painter.setPen(QPen(qcolor(LINK["no"]), 1.0, Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setFont(scene_font(11, True))
    for sheet in sheets:
        w = sheet.window
        rect = QRectF(target.x() + w.x * k, target.y() + w.y * k, w.w * k, w.h * k)
        painter.drawRect(rect)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, sheet.name())
