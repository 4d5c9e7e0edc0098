"""Drawing `analysis.geometry` on a reportlab canvas: the same look as the Qt painter.

Scene units become PDF points through a `Placement` (scale and offset; the y
axis flips because PDF y grows upwards). Items outside `visible` are skipped,
so a poster sheet only draws its own part of a large map.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from functools import lru_cache

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfdoc import PDFArray, PDFBase85Encode, PDFName, PDFStream, PDFZCompress

from ...analysis.geometry import MapGeometry, Rect
from ...analysis.geometry.palette import rgba
from ...analysis.geometry.text import font_name, register_fonts


@dataclass(frozen=True)
class Placement:
    """Page point of scene (x, y) = (ox + s·x, oy − s·y)."""

    s: float
    ox: float
    oy: float

    def point(self, x: float, y: float) -> tuple[float, float]:
        return self.ox + self.s * x, self.oy - self.s * y

    def rect(self, r: Rect) -> tuple[float, float, float, float]:
        """(x, bottom, w, h) on the page."""
        return self.ox + self.s * r.x, self.oy - self.s * r.bottom, self.s * r.w, self.s * r.h

    @classmethod
    def fitting(cls, bounds: Rect, area: Rect, scale: float) -> "Placement":
        """`bounds` scaled by `scale` and centred in the page rectangle `area` (y up)."""
        ox = area.x + (area.w - bounds.w * scale) / 2 - bounds.x * scale
        top = area.bottom - (area.h - bounds.h * scale) / 2
        return cls(scale, ox, top + bounds.y * scale)


@lru_cache(maxsize=1024)
def pdf_color(color: str) -> Color:
    r, g, b, a = rgba(color)
    return Color(r, g, b, alpha=a)


def _overlaps(a: Rect, b: Rect | None) -> bool:
    return b is None or not (a.right < b.x or b.right < a.x or a.bottom < b.y or b.bottom < a.y)


def draw_shape(canvas, shape, at: Placement) -> None:
    fill, stroke = bool(shape.fill), bool(shape.stroke)
    if fill:
        canvas.setFillColor(pdf_color(shape.fill))
    if stroke:
        canvas.setStrokeColor(pdf_color(shape.stroke))
        canvas.setLineWidth(shape.stroke_width * at.s)
        canvas.setDash([d * at.s for d in shape.dash]) if shape.dash else canvas.setDash()
    if shape.points:
        path = canvas.beginPath()
        path.moveTo(*at.point(*shape.points[0]))
        for point in shape.points[1:]:
            path.lineTo(*at.point(*point))
        path.close()
        canvas.drawPath(path, stroke=int(stroke), fill=int(fill))
    else:
        x, y, w, h = at.rect(shape.rect)
        canvas.roundRect(x, y, w, h, shape.radius * at.s, stroke=int(stroke), fill=int(fill))


def draw_lines(canvas, lines, at: Placement) -> None:
    for line in lines:
        canvas.setFillColor(pdf_color(line.color))
        canvas.setFont(font_name(line.bold, line.condensed), line.size * at.s)
        canvas.drawString(*at.point(line.x, line.y), line.text)


def draw_link(canvas, link, at: Placement) -> None:
    canvas.setStrokeColor(pdf_color(link.color))
    canvas.setLineWidth(link.width * at.s)
    canvas.setDash([d * at.s for d in link.dash]) if link.dash else canvas.setDash()
    path = canvas.beginPath()
    path.moveTo(*at.point(*link.start))
    for c1x, c1y, c2x, c2y, x, y in link.segments:
        path.curveTo(*at.point(c1x, c1y), *at.point(c2x, c2y), *at.point(x, y))
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.setFillColor(pdf_color(link.color))
    arrow = canvas.beginPath()
    arrow.moveTo(*at.point(*link.arrow[0]))
    for point in link.arrow[1:]:
        arrow.lineTo(*at.point(*point))
    arrow.close()
    canvas.drawPath(arrow, stroke=0, fill=1)


COMPACT_EVERY = 500  # items drawn


def _compacting(canvas, items: list):
    """`items`, while the drawing operators they add are joined into one string per COMPACT_EVERY items.

    reportlab keeps a page's operators as a list of small strings until the page ends: 2.2 million
    for the largest map (~60 bytes each beside their text). The page stream is the same, as reportlab
    joins them with "\n" too; the last operator stays apart (a following transform may merge into it)."""
    start = len(canvas._code)
    for n, item in enumerate(items, 1):
        yield item
        if n % COMPACT_EVERY == 0 or n == len(items):
            code = canvas._code
            if len(code) - start > 2:
                code[start:-1] = ["\n".join(code[start:-1])]
            start = len(code) - 1


def end_page(canvas) -> None:
    """`canvas.showPage()`, with the page's stream compressed at once, piece by piece.

    reportlab joins a page's operators into one string and keeps it until the document is saved: a
    poster's overview and its sheets each held the whole map's operators, beside the joined copy of the
    page being ended. Here the operators are compressed as they are let go, with the filters reportlab
    would apply, in the same order: the file is the same, and a page's text lasts no longer than the page."""
    code, canvas._code = canvas._code, []
    canvas.showPage()  # the page's stream is now its preamble, "\n", and the closing " \n"
    page = canvas._doc.Pages.pages[-1]
    if not page.compression:
        page.stream = page.stream[:-2] + "\n".join(code) + ("\n \n" if code else " \n")
        return
    deflate = zlib.compressobj()
    parts = [deflate.compress(page.stream[:-2].encode("utf8"))]
    for n in range(len(code)):
        piece, code[n] = code[n], None
        parts.append(deflate.compress((("\n" if n else "") + piece).encode("utf8")))
    parts.append(deflate.compress(("\n \n" if code else " \n").encode("utf8")) + deflate.flush())
    content = b"".join(parts)
    filters = [PDFBase85Encode, PDFZCompress] if rl_config.useA85 else [PDFZCompress]
    if rl_config.useA85:
        content = PDFBase85Encode.encode(content)
    page.Contents, page.stream = PDFStream(content=content), None
    page.Contents.dictionary["Filter"] = PDFArray([PDFName(encoding.pdfname) for encoding in filters])
    page.Contents.__Comment__ = "page stream"


def draw_map(canvas, geometry: MapGeometry, at: Placement, visible: Rect | None = None,
             tick=lambda items: None) -> None:
    """The whole map (or what lies in `visible`, in scene units): bands, links, labels, nodes, notes;
    `tick(items)` hears of each link, node and note looked at."""
    register_fonts()
    canvas.saveState()
    canvas.setLineJoin(1)
    for band in [*geometry.lanes, *geometry.phases]:
        if _overlaps(band.shape.rect, visible):
            draw_shape(canvas, band.shape, at)
            draw_shape(canvas, band.header, at)
            draw_lines(canvas, band.lines, at)
    links = [link for link in geometry.links.values() if _overlaps(link.bounds, visible)]
    for link in _compacting(canvas, links):
        draw_link(canvas, link, at)
    for link in _compacting(canvas, links):
        if link.label is not None:
            draw_shape(canvas, link.label.background, at)
            draw_lines(canvas, link.label.lines, at)
    tick(len(geometry.links))
    for item in _compacting(canvas, [*geometry.nodes.values(), *geometry.notes.values()]):
        tick(1)
        if _overlaps(item.box, visible):
            for shape in (item.shadow, item.shape, *getattr(item, "accents", ())):
                if shape is not None:
                    draw_shape(canvas, shape, at)
            draw_lines(canvas, item.lines, at)
    canvas.restoreState()
