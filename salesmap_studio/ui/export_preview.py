"""The export dialog's live thumbnail: the page with the map placed as the PDF will place it,
the poster with its sheet grid, or the image as PNG/SVG will show it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from ..analysis.geometry import MapGeometry
from ..export.pdf.pages import chosen_page
from ..export.pdf.poster_plan import poster_plan
from ..export.qt_pages import Paper, paint_fitted, paint_map_page, paint_sheet_grid

DESK = QColor("#E4E7EB")
GAP = 14.0


def _sheet(painter: QPainter, rect: QRectF, transparent: bool = False) -> None:
    """A white sheet with a soft edge (a checkerboard when the background is transparent)."""
    painter.fillRect(rect.translated(0, 2), QColor(0, 0, 0, 40))
    if not transparent:
        painter.fillRect(rect, QColor("white"))
        return
    cell = 8
    for i in range(int(rect.width() // cell) + 1):
        for j in range(int(rect.height() // cell) + 1):
            shade = QColor("#FFFFFF") if (i + j) % 2 else QColor("#D9DEE4")
            painter.fillRect(QRectF(rect.x() + i * cell, rect.y() + j * cell, cell, cell).intersected(rect), shade)


def _fit(width: float, height: float, size: QSize) -> QRectF:
    k = min((size.width() - 2 * GAP) / width, (size.height() - 2 * GAP) / height)
    return QRectF((size.width() - width * k) / 2, (size.height() - height * k) / 2, width * k, height * k)


def _page(painter, geometry, choices, size, title, goal) -> None:
    w, h = chosen_page(choices.pdf_options(), geometry.bounds).size
    rect = _fit(w, h, size)
    _sheet(painter, rect)
    painter.translate(rect.topLeft())
    paint_map_page(painter, Paper(w, h, rect.width() / w), geometry, title, goal)


def _poster(painter, geometry, choices, size) -> None:
    page = chosen_page(choices.pdf_options(), geometry.bounds).size
    plan = poster_plan(geometry, page, choices.columns, choices.rows)
    total, box = plan.size, plan.map_box
    rect = _fit(total.w, total.h, size)
    _sheet(painter, rect)
    k = rect.width() / total.w
    paint_fitted(painter, geometry, QRectF(rect.x() + box.x * k, rect.y() + box.y * k, box.w * k, box.h * k),
                 plan.scale * k)
    paint_sheet_grid(painter, rect, plan, k)


def preview_image(geometry: MapGeometry, choices, size: QSize, title: str = "", goal: str = "") -> QImage:
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(DESK)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if choices.format == "pdf" and choices.poster:
        _poster(painter, geometry, choices, size)
    elif choices.format == "pdf":
        _page(painter, geometry, choices, size, title, goal)
    else:
        b = geometry.bounds
        rect = _fit(b.w + 40, b.h + 40, size)
        _sheet(painter, rect, choices.transparent)
        paint_fitted(painter, geometry, rect.adjusted(2, 2, -2, -2))
    painter.end()
    return image
