"""The map as a PNG: Qt paints the shared geometry at a chosen DPI or scale.

One scene unit is one pixel at 96 DPI (the canvas at 100 %). The DPI is
recorded in the file. A size Qt cannot render is refused with a message that
says which DPI would work, before anything is allocated or written.
"""

from __future__ import annotations

import math

import os
import sys
from pathlib import Path

from ..analysis.geometry import map_geometry
from ..persistence import atomic_write
from .progress import Progress, map_items

SCREEN_DPI = 96.0
PADDING = 20.0
MAX_SIDE = 32767                 # QPainter's raster engine limit per side
MAX_BYTES = 2**31 - 1            # QImage's limit on its buffer


def ensure_gui_app():
    """A QGuiApplication to paint text with (offscreen when there is no display)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app


def image_size(bounds, scale: float) -> tuple[int, int]:
    return (max(1, round((bounds.w + 2 * PADDING) * scale)), max(1, round((bounds.h + 2 * PADDING) * scale)))


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
               progress: Progress | None = None) -> bytes:
    """PNG bytes of the map; `scale` (pixels per scene unit) overrides `dpi` when given."""
    progress = progress or Progress()
    if not math.isfinite(scale or dpi) or (scale or dpi) <= 0:
        raise ValueError("DPI and scale must be finite numbers above 0")
    scale = scale if scale else dpi / SCREEN_DPI
    dpi = scale * SCREEN_DPI
    progress.plan(2 * map_items(doc))
    geometry = map_geometry(doc, progress.tick)
    width, height = image_size(geometry.bounds, scale)
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
    painter.scale(scale, scale)
    painter.translate(PADDING - geometry.bounds.x, PADDING - geometry.bounds.y)
    paint_map(painter, geometry, tick=progress.tick)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def export_png(doc, path: str | Path, dpi: float = 150.0, scale: float | None = None,
               transparent: bool = False, progress: Progress | None = None) -> None:
    atomic_write(path, render_png(doc, dpi, scale, transparent, progress))
