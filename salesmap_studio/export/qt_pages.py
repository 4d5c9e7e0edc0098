"""Map pages painted with Qt for printing and the export preview, laid out like the PDF.

The page math (margins, map area, poster sheets) and the furniture around the map (header,
legend, footer, crop marks, labels, the poster overview) are the PDF's own
(`export.pdf.pages`, `export.pdf.furniture`, in points with y up); here they are turned into
device pixels with y down, so a printout matches the exported PDF.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPen

from ..analysis.geometry import MapGeometry, Rect
from ..analysis.geometry.palette import INK_SOFT, LINK
from .pdf import furniture
from .pdf.furniture import Box, Line, PageTotal, Words
from .pdf.pages import fit_scale, map_rect, sheet_area
from .qt_paint import paint_map, qcolor, scene_font


@dataclass(frozen=True)
class Paper:
    """A page of `w` × `h` points painted at `k` device pixels per point."""

    w: float
    h: float
    k: float

    @property
    def size(self) -> tuple[float, float]:
        return (self.w, self.h)

    def rect(self, r: Rect) -> QRectF:
        return QRectF(r.x * self.k, (self.h - r.bottom) * self.k, r.w * self.k, r.h * self.k)

    def point(self, x: float, y: float) -> QPointF:
        return QPointF(x * self.k, (self.h - y) * self.k)


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


def _pen(color: str, width: float, dash: tuple[float, ...]) -> QPen:
    """A PDF-like pen: butt caps, dash lengths in the same units as the width."""
    pen = QPen(qcolor(color), width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if dash:
        pen.setDashPattern([d / width for d in dash])
    return pen


def _paper_font(painter: QPainter, size_px: float, bold: bool) -> QFont:
    """The PDF's font at exactly `size_px` device pixels and without kerning, as reportlab sets it:
    then a line is as wide as the PDF's own text widths say."""
    font = QFont(scene_font(size_px, bold))
    font.setKerning(False)
    font.setPointSizeF(size_px * 72.0 / painter.device().logicalDpiY())   # pixel sizes are whole numbers
    return font


def _words(painter: QPainter, paper: Paper, piece: Words) -> None:
    # Placed by the PDF's own text widths, so right-aligned and centred words land where they do there.
    painter.setFont(_paper_font(painter, piece.size * paper.k, piece.bold))
    painter.setPen(qcolor(piece.color))
    painter.drawText(paper.point(piece.left(), piece.y), piece.text)


def _line(painter: QPainter, paper: Paper, piece: Line) -> None:
    painter.setPen(_pen(piece.color, piece.width * paper.k, tuple(d * paper.k for d in piece.dash)))
    painter.drawLine(paper.point(piece.x0, piece.y0), paper.point(piece.x1, piece.y1))


def _box(painter: QPainter, paper: Paper, piece: Box) -> None:
    k = paper.k
    stroke = _pen(piece.stroke, piece.width * k, tuple(d * k for d in piece.dash)) if piece.stroke else None
    painter.setPen(stroke or Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(qcolor(piece.fill)) if piece.fill else Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(paper.rect(piece.rect), piece.radius * k, piece.radius * k)


def paint_pieces(painter: QPainter, paper: Paper, pieces, pages: int) -> None:
    """Draw the PDF's furniture pieces; `pages` is the total that 'Page n of' shows."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for piece in pieces:
        if isinstance(piece, PageTotal):
            _words(painter, paper, Words(str(pages), piece.x, piece.y, piece.size, color=piece.color))
        elif isinstance(piece, Words):
            _words(painter, paper, piece)
        elif isinstance(piece, Line):
            _line(painter, paper, piece)
        else:
            _box(painter, paper, piece)
    painter.restore()


def paint_map_page(painter: QPainter, paper: Paper, geometry: MapGeometry, title: str, goal: str) -> None:
    """Header (title, goal, rule) and the map fitted into the PDF's map area."""
    paint_pieces(painter, paper, furniture.header(paper.size, title, goal), 1)
    area = map_rect(paper.size, geometry.bounds)
    paint_fitted(painter, geometry, paper.rect(area), fit_scale(geometry.bounds, area) * paper.k)


def paint_overview(painter: QPainter, paper: Paper, geometry: MapGeometry, plan: furniture.Overview) -> None:
    """The assembly overview's map (the whole poster shrunk) with the sheet grid and assembly line."""
    paint_fitted(painter, geometry, paper.rect(plan.poster), plan.scale * paper.k)
    paint_pieces(painter, paper, plan.pieces, 1)


def paint_poster_sheet(painter: QPainter, paper: Paper, geometry: MapGeometry, sheet, plan,
                       name: str, title: str) -> None:
    """One sheet of the `PosterPlan`: its window of the poster, clipped to the image area, with crop
    marks and its label ('B2 · row 2 of 2, …  —  title')."""
    k, image = paper.k, sheet_area(paper.size)
    target = paper.rect(image)
    box = plan.map_box
    on_sheet = QRectF(target.x() + (box.x - sheet.window.x) * k, target.y() + (box.y - sheet.window.y) * k,
                      box.w * k, box.h * k)
    painter.save()
    painter.setClipRect(target)
    paint_fitted(painter, geometry, on_sheet, plan.scale * k)
    painter.restore()
    paint_pieces(painter, paper, furniture.crop_marks(image) + [furniture.sheet_label(paper.size, name, title)], 1)


def paint_sheet_grid(painter: QPainter, target: QRectF, plan, k: float) -> None:
    """Dashed outlines and names of the sheets over a preview of the whole poster (`k` px per point);
    the sheets left out dotted, their names crossed out."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for sheets, style, colour in ((plan.sheets, Qt.PenStyle.DashLine, LINK["no"]),
                                  (plan.omitted, Qt.PenStyle.DotLine, INK_SOFT)):
        painter.setPen(QPen(qcolor(colour), 1.0, style))
        font = scene_font(11, True)
        font.setStrikeOut(style == Qt.PenStyle.DotLine)
        painter.setFont(font)
        for sheet in sheets:
            w = sheet.window
            rect = QRectF(target.x() + w.x * k, target.y() + w.y * k, w.w * k, w.h * k)
            painter.drawRect(rect)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, sheet.name())
