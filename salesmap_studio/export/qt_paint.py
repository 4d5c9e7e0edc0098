"""Qt painting of `analysis.geometry` objects, shared by the canvas items and PNG export.

Paths and static texts are built once per geometry object and cached, so an item
repaint is a few cached draw calls. Fonts are pixel-sized in scene units, so
what reportlab measured is what Qt draws.
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (QBrush, QColor, QFont, QFontDatabase, QFontMetricsF, QPainter, QPainterPath,
                           QPen, QPolygonF, QStaticText)

from ..analysis.geometry import BandGeometry, Label, LinkGeometry, MapGeometry, NodeGeometry, NoteGeometry
from ..analysis.geometry.palette import rgba
from ..analysis.geometry.text import FACES, font_file

FAMILY = "DejaVu Sans"
CONDENSED_FAMILY = "DejaVu Sans Condensed"   # bold only, as bundled
EIGHTHS = 8         # exact sizes are eighths of a unit (see paint_exact_lines)
LOD_NAMES = 0.45    # below this zoom the quiet detail lines and shadows are left out
LOD_SHAPES = 0.18   # below this zoom no text is drawn at all
_fonts_registered = False


def ensure_fonts() -> None:
    """Register the bundled DejaVu fonts with Qt (needs a QGuiApplication)."""
    global _fonts_registered
    if not _fonts_registered:
        for bold, condensed in FACES:
            QFontDatabase.addApplicationFont(str(font_file(bold, condensed)))
        _fonts_registered = True


@lru_cache(maxsize=4096)
def qcolor(color: str) -> QColor:
    r, g, b, a = rgba(color)
    return QColor.fromRgbF(r, g, b, a)


@lru_cache(maxsize=64)
def scene_font(size: float, bold: bool, condensed: bool = False) -> QFont:
    """The face at `size` units, rounded to whole pixels (Qt's pixel sizes are whole)."""
    ensure_fonts()
    font = QFont(CONDENSED_FAMILY if condensed else FAMILY)
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@lru_cache(maxsize=64)
def _ascent(size: float, bold: bool, condensed: bool = False) -> float:
    return QFontMetricsF(scene_font(size, bold, condensed)).ascent()


@lru_cache(maxsize=100_000)
def _static_text(text: str, size: float, bold: bool, condensed: bool = False) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
    static.prepare(font=scene_font(size, bold, condensed))
    return static


class _PathCache:
    """QPainterPaths keyed by the identity of the (immutable) geometry they were built from."""

    def __init__(self, limit: int = 200_000) -> None:
        self._items: dict[int, tuple[object, QPainterPath]] = {}
        self._limit = limit

    def get(self, obj, build) -> QPainterPath:
        hit = self._items.get(id(obj))
        if hit is not None and hit[0] is obj:
            return hit[1]
        if len(self._items) >= self._limit:
            self._items.clear()
        path = build(obj)
        self._items[id(obj)] = (obj, path)
        return path

    def clear(self) -> None:
        self._items.clear()


_paths = _PathCache()


def _shape_path(shape) -> QPainterPath:
    path = QPainterPath()
    if shape.points:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in shape.points]))
        path.closeSubpath()
    else:
        r = shape.rect
        path.addRoundedRect(QRectF(r.x, r.y, r.w, r.h), shape.radius, shape.radius)
    return path


def _link_path(link: LinkGeometry) -> QPainterPath:
    path = QPainterPath(QPointF(*link.start))
    for c1x, c1y, c2x, c2y, x, y in link.segments:
        path.cubicTo(c1x, c1y, c2x, c2y, x, y)
    return path


def link_path(link: LinkGeometry) -> QPainterPath:
    """The link's curve as the painters stroke it, built once per geometry (hit areas, highlights)."""
    return _paths.get(link, _link_path)


def uncached_link_path(link: LinkGeometry) -> QPainterPath:
    """The same curve built afresh and not kept: far out, caching one per link costs more than it saves."""
    return _link_path(link)


def _pen(color: str, width: float, dash=()) -> QPen:
    pen = QPen(qcolor(color), width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap if not dash else Qt.PenCapStyle.FlatCap)
    if dash:
        pen.setDashPattern([d / width for d in dash])
    return pen


def paint_shape(painter: QPainter, shape) -> None:
    painter.setPen(_pen(shape.stroke, shape.stroke_width, shape.dash) if shape.stroke else Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(qcolor(shape.fill)) if shape.fill else Qt.BrushStyle.NoBrush)
    painter.drawPath(_paths.get(shape, _shape_path))


@contextmanager
def onto_clear(painter: QPainter, clear: bool = True):
    """What is drawn inside lands on pixels that are all transparent (`clear`: the first layer of an
    item's own cached picture), so it replaces them instead of blending with them: the very same
    pixels, without reading and mixing each one (a translucent band took 2.5 times an opaque one)."""
    if not clear:
        yield
        return
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
    try:
        yield
    finally:
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)


def paint_lines(painter: QPainter, lines) -> None:
    for line in lines:
        painter.setFont(scene_font(line.size, line.bold, line.condensed))
        painter.setPen(qcolor(line.color))
        top = line.y - _ascent(line.size, line.bold, line.condensed)
        painter.drawStaticText(QPointF(line.x, top), _static_text(line.text, line.size, line.bold, line.condensed))


def paint_exact_lines(painter: QPainter, lines) -> None:
    """Lines at their exact size in eighths of a unit, where `paint_lines` rounds to whole pixels: a name
    sized to just reach a height on screen (27.375 units) would be drawn at 27 and fall short of it.
    The font is set eight times as large and drawn scaled down by eight."""
    for line in lines:
        big = round(line.size * EIGHTHS)
        painter.save()
        painter.translate(line.x, line.y)
        painter.scale(1 / EIGHTHS, 1 / EIGHTHS)
        painter.setFont(scene_font(big, line.bold, line.condensed))
        painter.setPen(qcolor(line.color))
        top = -_ascent(big, line.bold, line.condensed)
        painter.drawStaticText(QPointF(0, top), _static_text(line.text, big, line.bold, line.condensed))
        painter.restore()


def painted_size(line, exact: bool = False) -> float:
    """The em a line is drawn at: its size in eighths by `paint_exact_lines`, else in whole pixels."""
    return round(line.size * EIGHTHS) / EIGHTHS if exact else scene_font(line.size, line.bold).pixelSize()


def paint_node(painter: QPainter, node: NodeGeometry, lod: float = 1.0, clear: bool = False) -> None:
    """`clear`: nothing is drawn below yet, on a transparent picture (`onto_clear`)."""
    if node.shadow is not None and lod >= LOD_NAMES:
        with onto_clear(painter, clear):
            paint_shape(painter, node.shadow)
    paint_shape(painter, node.shape)
    for accent in node.accents:
        paint_shape(painter, accent)
    if lod >= LOD_SHAPES:
        paint_lines(painter, node.lines if lod >= LOD_NAMES else node.lines[:node.detail_from])


def paint_note(painter: QPainter, note: NoteGeometry, lod: float = 1.0) -> None:
    if note.shadow is not None and lod >= LOD_NAMES:
        paint_shape(painter, note.shadow)
    paint_shape(painter, note.shape)
    if lod >= LOD_SHAPES:
        paint_lines(painter, note.lines)


def paint_link(painter: QPainter, link: LinkGeometry, lod: float = 1.0, label: bool = True) -> None:
    """The curve and arrowhead; its label too unless `label` is False (paint_map draws labels last)."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(link.color, link.width, link.dash))
    painter.drawPath(link_path(link))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(qcolor(link.color)))
    painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in link.arrow]))
    if label:
        paint_link_label(painter, link, lod)


def paint_link_label(painter: QPainter, link: LinkGeometry, lod: float = 1.0) -> None:
    if link.label is not None and lod >= LOD_SHAPES:
        paint_label(painter, link.label)


def paint_label(painter: QPainter, label: Label, exact: bool = False) -> None:
    """A label's background and lines (`exact`: at their sizes in eighths, see `paint_exact_lines`)."""
    paint_shape(painter, label.background)
    (paint_exact_lines if exact else paint_lines)(painter, label.lines)


def paint_band(painter: QPainter, band: BandGeometry, lod: float = 1.0) -> None:
    paint_shape(painter, band.shape)
    paint_shape(painter, band.header)
    if lod >= LOD_SHAPES:
        paint_lines(painter, band.lines)


def paint_map(painter: QPainter, geometry: MapGeometry, lod: float = 1.0, tick=lambda items: None) -> None:
    """The whole map in scene coordinates: bands, links, labels, nodes, then notes on top
    (`tick(items)` hears of the links, and of each node and note painted)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    for band in [*geometry.lanes, *geometry.phases]:
        paint_band(painter, band, lod)
    for link in _let_go(geometry.links.values()):
        paint_link(painter, link, lod, label=False)
    for link in _let_go(geometry.links.values()):
        paint_link_label(painter, link, lod)
    tick(len(geometry.links))
    for node in _let_go(geometry.nodes.values()):
        paint_node(painter, node, lod)
        tick(1)
    for note in _let_go(geometry.notes.values()):
        paint_note(painter, note, lod)
        tick(1)


def _let_go(items, every: int = 2_000):
    """`items`, letting go of the cached paths and texts every few thousand: painting a whole map
    draws each item once, and keeping them all took 700 MB for the largest map (its PNG peaked at 1 GB)."""
    for i, item in enumerate(items, 1):
        yield item
        if i % every == 0:
            _paths.clear()
            _static_text.cache_clear()
