"""The map as a PNG: Qt paints the shared geometry at a chosen DPI or scale.

One scene unit is one pixel at 96 DPI (the canvas at 100 %). The DPI is
recorded in the file. A size Qt cannot render is refused with a message that
says which DPI would work, before anything is allocated or written. With
`title_and_legend` the image carries the PDF's header (title, goal) above the
map and its legend below, the same pieces the PDF draws, one point per scene unit.
"""

from __future__ import annotations

import math

import os
import sys
from pathlib import Path

from ..analysis.geometry import Rect, map_geometry
from ..persistence import atomic_write
from .pdf.pages import FOOTER_H, HEADER_H, LEGEND_H, MARGIN
from .progress import Progress, map_items

SCREEN_DPI = 96.0
PADDING = 20.0
MAX_SIDE = 32767                 # QPainter's raster engine limit per side
MAX_BYTES = 2**31 - 1            # QImage's limit on its buffer
MIN_FURNISHED_WIDTH = 480.0      # a narrow map still gets room for its title and a legend row


def ensure_gui_app():
    """A QGuiApplication to paint text with (offscreen when there is no display)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app


def image_page(bounds, title_and_legend: bool) -> tuple[float, float, Rect]:
    """The image's size in scene units, and where the map (with its padding) goes, y down."""
    w, h = bounds.w + 2 * PADDING, bounds.h + 2 * PADDING
    if not title_and_legend:
        return w, h, Rect(0.0, 0.0, w, h)
    width = max(w + 2 * MARGIN, MIN_FURNISHED_WIDTH)
    below = MARGIN + FOOTER_H + LEGEND_H   # the legend row sits where the PDF puts it, above the footer's room
    return width, MARGIN + HEADER_H + h + below, Rect((width - w) / 2, MARGIN + HEADER_H, w, h)


def image_size(bounds, scale: float, title_and_legend: bool = False) -> tuple[int, int]:
    w, h, _ = image_page(bounds, title_and_legend)
    return max(1, round(w * scale)), max(1, round(h * scale))


class ImageTooLarge(ValueError):
    """An image larger than Qt can render. `str()` is the CLI's English line; a translated UI
    builds its own sentence from `width`, `height`, `max_side` and `max_dpi`."""

    def __init__(self, width: int, height: int, max_dpi: int) -> None:
        self.width, self.height, self.max_side, self.max_dpi = width, height, MAX_SIDE, max_dpi
        super().__init__(f"the image would be {width:,} × {height:,} pixels, more than the largest PNG that can "
                         f"be rendered ({MAX_SIDE:,} pixels a side, 2 GB); use {max_dpi} DPI or less")


def check_size(width: int, height: int, dpi: float) -> None:
    """Refuse an image Qt cannot render, naming the largest DPI that fits."""
    if width <= MAX_SIDE and height <= MAX_SIDE and width * height * 4 <= MAX_BYTES:
        return
    shrink = min(MAX_SIDE / width, MAX_SIDE / height, (MAX_BYTES / (width * height * 4)) ** 0.5)
    raise ImageTooLarge(width, height, int(dpi * shrink))


def render_png(doc, dpi: float = 150.0, scale: float | None = None, transparent: bool = False,
               title_and_legend: bool = False, progress: Progress | None = None) -> bytes:
    """PNG bytes of the map; `scale` (pixels per scene unit) overrides `dpi` when given."""
    progress = progress or Progress()
    if not math.isfinite(scale or dpi) or (scale or dpi) <= 0:
        raise ValueError("DPI and scale must be finite numbers above 0")
    scale = scale if scale else dpi / SCREEN_DPI
    dpi = scale * SCREEN_DPI
    progress.plan(2 * map_items(doc))
    geometry = map_geometry(doc, progress.tick)
    width, height = image_size(geometry.bounds, scale, title_and_legend)
    check_size(width, height, dpi)
    ensure_gui_app()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter

    from .qt_paint import paint_map

    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent if transparent else Qt.GlobalColor.white)
    dots_per_meter = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    painter = QPainter(image)
    page_w, page_h, at = image_page(geometry.bounds, title_and_legend)
    painter.save()
    painter.scale(scale, scale)
    painter.translate(at.x + PADDING - geometry.bounds.x, at.y + PADDING - geometry.bounds.y)
    paint_map(painter, geometry, tick=progress.tick)
    painter.restore()
    if title_and_legend:
        _paint_title_and_legend(painter, doc, page_w, page_h, scale)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _paint_title_and_legend(painter, doc, width: float, height: float, scale: float) -> None:
    """The PDF's header and legend pieces (points, y up) on an image page of `width` × `height`."""
    from .pdf.furniture import header, legend
    from .qt_pages import Paper, paint_pieces

    page = (width, height)
    pieces = header(page, doc.info.title, doc.info.goal) + legend(page, doc.lanes(), doc.info.language)
    paint_pieces(painter, Paper(width, height, scale), pieces, 1)


def export_png(doc, path: str | Path, dpi: float = 150.0, scale: float | None = None,
               transparent: bool = False, title_and_legend: bool = False,
               progress: Progress | None = None) -> None:
    atomic_write(path, render_png(doc, dpi, scale, transparent, title_and_legend, progress))
