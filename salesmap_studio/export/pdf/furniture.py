"""The furniture around the map on paper: header, legend, footer, crop marks, sheet labels and the
poster's assembly overview, as plain pieces (words, lines, boxes) in PDF points with y up.

The PDF export (`chrome`, `layout`) and Qt's printing (`export.qt_pages`) both draw these same
pieces, so a printout cannot drift from the PDF. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm

from ...analysis.geometry import Rect, palette, wrap
from ...analysis.geometry.text import text_width
from ...analysis.words import say
from ...model import LINK_KINDS
from .pages import FOOTER_H, HEADER_H, MARGIN, fit_scale, map_area, poster_size

FOOTER_PT = 8.0
TOTAL_ROOM = text_width("0000", FOOTER_PT)   # the page total is filled in last: room for 4 digits


@dataclass(frozen=True)
class Words:
    """One line of text; `x` is its left end, right end or centre as `align` says, `y` its baseline."""

    text: str
    x: float
    y: float
    size: float
    bold: bool = False
    color: str = palette.INK
    align: str = "left"   # "left" | "right" | "centre"

    def left(self) -> float:
        width = text_width(self.text, self.size, self.bold)
        return self.x - {"left": 0.0, "centre": width / 2, "right": width}[self.align]


@dataclass(frozen=True)
class Line:
    x0: float
    y0: float
    x1: float
    y1: float
    color: str
    width: float
    dash: tuple[float, ...] = ()


@dataclass(frozen=True)
class Box:
    """A rectangle, filled or outlined (never both here), with rounded corners when `radius` is set."""

    rect: Rect
    fill: str | None = None
    stroke: str | None = None
    width: float = 0.0
    dash: tuple[float, ...] = ()
    radius: float = 0.0


@dataclass(frozen=True)
class PageTotal:
    """Where the number of pages goes, left-aligned at (x, y): known only once every page is drawn."""

    x: float
    y: float
    size: float = FOOTER_PT
    color: str = palette.INK_SOFT


def header(page, title: str, goal: str) -> list:
    """Title, goal (one line each, cut with an ellipsis) and a rule above the map."""
    w, h = page
    pieces: list = [Words((wrap(title, w - 2 * MARGIN, 16, True, 1) or [""])[0], MARGIN, h - MARGIN - 16, 16, True)]
    if goal:
        line = (wrap(goal, w - 2 * MARGIN, 10, False, 1) or [""])[0]
        pieces.append(Words(line, MARGIN, h - MARGIN - 32, 10, color=palette.INK_SOFT))
    rule = h - MARGIN - HEADER_H + 4
    return pieces + [Line(MARGIN, rule, w - MARGIN, rule, palette.LANE_LINE, 0.6)]


def footer(page, left: str, language: str, number: int, sheet: bool = False) -> list:
    """'date · file · title' on the left, 'Page n of N' on the right; a poster sheet's sits in the
    margin (trimmed off), inside the crop marks' reach."""
    w, _ = page
    y, inset = (MARGIN - 4 * mm, 8 * mm) if sheet else (MARGIN + FOOTER_H - 12, 0.0)
    x0, total_x = MARGIN + inset, w - MARGIN - inset - TOTAL_ROOM
    soft = palette.INK_SOFT
    return [Words(left, x0, y, FOOTER_PT, color=soft),
            Words(say("page", language, n=number) + " ", total_x, y, FOOTER_PT, color=soft, align="right"),
            PageTotal(total_x, y)]


def _legend_items(lanes, language: str):
    items = [("lane", lane.color, lane.name) for lane in lanes]
    items += [(kind, palette.LINK[kind], say(kind, language)) for kind in LINK_KINDS]
    return items


def legend(page, lanes, language: str) -> list:
    """One row above the footer: lane colour swatches, then a sample line per link kind (as many as fit)."""
    w, _ = page
    x, y = MARGIN, MARGIN + FOOTER_H + 6
    pieces: list = []
    for kind, color, name in _legend_items(lanes, language):
        width = 18 + text_width(name, 8) + 12
        if x + width > w - MARGIN:
            break
        if kind == "lane":
            pieces.append(Box(Rect(x, y - 1, 12, 8), fill=color, radius=2))
        else:
            pieces.append(Line(x, y + 3, x + 13, y + 3, color, 1.4, (3, 2) if kind == "objection" else ()))
        pieces.append(Words(name, x + 17, y, 8))
        x += width
    return pieces


def crop_marks(area: Rect) -> list:
    """Short hairlines in the margin at each corner of the image area."""
    gap, length = 2 * mm, 6 * mm
    lines = []
    for x, dx in ((area.x, -1), (area.right, 1)):
        for y, dy in ((area.y, -1), (area.bottom, 1)):
            lines.append(Line(x + dx * gap, y, x + dx * (gap + length), y, "#000000", 0.3))
            lines.append(Line(x, y + dy * gap, x, y + dy * (gap + length), "#000000", 0.3))
    return lines


def sheet_name(sheet, cols: int, rows: int, language: str) -> str:
    """'B2 · row 2 of 2, column 2 of 3' (the bookmark; the printed label adds the title)."""
    return say("sheet", language, name=sheet.name(), row=sheet.row + 1, rows=rows, col=sheet.col + 1, cols=cols)


def sheet_label(page, name: str, title: str) -> Words:
    """The sheet's name and the map's title, above the image area's top-left crop mark."""
    _, h = page
    return Words(f"{name}  —  {title}", MARGIN + 8 * mm, h - MARGIN + 3 * mm, 9, True)


@dataclass(frozen=True)
class Overview:
    """The assembly overview page: the whole poster shrunk into `poster`, the map on it at `scale`
    (page points per scene unit, centred in `poster`), and the sheet grid and assembly line."""

    poster: Rect
    scale: float
    pieces: list


def overview(page, scale: float, sheets, cols: int, rows: int, language: str) -> Overview:
    """`scale` is the map's scale on the full-size poster (page points per scene unit); the caller
    has it already, so it is passed in rather than worked out again."""
    full = map_area(page)
    area = Rect(full.x, full.y, full.w, full.h - 22)   # room for the assembly line on top
    total = poster_size(page, cols, rows)
    shrink = fit_scale(total, area)
    left = area.x + (area.w - total.w * shrink) / 2
    top = area.bottom - (area.h - total.h * shrink) / 2
    grid = palette.LINK["no"]
    pieces: list = []
    for sheet in sheets:
        w = sheet.window
        pieces.append(Box(Rect(left + w.x * shrink, top - w.bottom * shrink, w.w * shrink, w.h * shrink),
                          stroke=grid, width=0.8, dash=(4, 3)))
        pieces.append(Words(sheet.name(), left + (w.x + w.w / 2) * shrink, top - (w.y + w.h / 2) * shrink, 14,
                            True, grid, "centre"))
    pieces.append(Words(say("assembly", language, cols=cols, rows=rows), area.x, full.bottom - 10, 9))
    poster = Rect(left, top - total.h * shrink, total.w * shrink, total.h * shrink)
    return Overview(poster, scale * shrink, pieces)
