"""Paper: page sizes, orientation, the printable area, and how a map is fitted or tiled."""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib.pagesizes import A1, A2, A3, A4, LEGAL, LETTER
from reportlab.lib.units import mm

from ...analysis.geometry import Rect

PAGE_SIZES = {"A4": A4, "A3": A3, "A2": A2, "A1": A1, "Letter": LETTER, "Legal": LEGAL,
              "Tabloid": (11 * 72.0, 17 * 72.0)}
ORIENTATIONS = ("auto", "portrait", "landscape")
MARGIN = 12 * mm
OVERLAP = 10 * mm
HEADER_H = 44.0        # title and goal above the map
FOOTER_H = 18.0        # date, file name, page x of y
LEGEND_H = 22.0
SMALLEST_TEXT = 12.0   # the smallest font size in the geometry (details, link labels)
MIN_PRINTED_PT = 6.0
MAX_POSTER_SIDE = 12


def page_size(name: str, orientation: str) -> tuple[float, float]:
    w, h = PAGE_SIZES[name]
    w, h = min(w, h), max(w, h)
    return (h, w) if orientation == "landscape" else (w, h)


def map_area(page: tuple[float, float]) -> Rect:
    """Where the map goes on a single map page (PDF points, y up): inside margins, header, legend, footer."""
    w, h = page
    bottom = MARGIN + FOOTER_H + LEGEND_H
    return Rect(MARGIN, bottom, w - 2 * MARGIN, h - MARGIN - HEADER_H - bottom)


def fit_scale(bounds: Rect, area: Rect) -> float:
    return min(area.w / max(bounds.w, 1.0), area.h / max(bounds.h, 1.0))


def map_rect(page: tuple[float, float], bounds: Rect) -> Rect:
    """The part of the map area the fitted map fills, at its top: right under the header
    reads as intended; a wide map centred on a tall page looks lost."""
    area = map_area(page)
    height = bounds.h * fit_scale(bounds, area)
    return Rect(area.x, area.bottom - height, area.w, height)


def sheet_area(page: tuple[float, float]) -> Rect:
    """The image area of one poster sheet: inside the margins (which hold label and crop marks)."""
    w, h = page
    return Rect(MARGIN, MARGIN, w - 2 * MARGIN, h - 2 * MARGIN)


def poster_size(page: tuple[float, float], cols: int, rows: int) -> Rect:
    """The whole poster (at the origin): C × R image areas that overlap by OVERLAP."""
    area = sheet_area(page)
    return Rect(0.0, 0.0, cols * area.w - (cols - 1) * OVERLAP, rows * area.h - (rows - 1) * OVERLAP)


def poster_scale(bounds: Rect, page: tuple[float, float], cols: int, rows: int) -> float:
    """The scale that fits the map on C × R sheets whose image areas overlap by OVERLAP."""
    return fit_scale(bounds, poster_size(page, cols, rows))


@dataclass(frozen=True)
class ChosenPage:
    size: tuple[float, float]   # width, height in points
    orientation: str            # "portrait" | "landscape"


def chosen_page(options, bounds: Rect) -> ChosenPage:
    """The page the map prints on (the poster's sheet, if `options.poster` is set). 'auto' picks the
    orientation that prints the map larger, landscape on a tie. The PDF, the export preview and
    printing all ask this, so they agree."""
    name, poster = options.page, options.poster

    def scale(orientation: str) -> float:
        page = page_size(name, orientation)
        return poster_scale(bounds, page, *poster) if poster else fit_scale(bounds, map_area(page))

    orientation = options.orientation
    if orientation == "auto":
        orientation = max(("landscape", "portrait"), key=scale)
    return ChosenPage(page_size(name, orientation), orientation)


@dataclass(frozen=True)
class Sheet:
    col: int
    row: int
    window: Rect      # the part of the poster (in points from the poster's top-left) this sheet shows

    def name(self) -> str:
        return f"{chr(ord('A') + self.col)}{self.row + 1}"


def poster_sheets(page: tuple[float, float], cols: int, rows: int) -> list[Sheet]:
    area = sheet_area(page)
    step_x, step_y = area.w - OVERLAP, area.h - OVERLAP
    return [Sheet(c, r, Rect(c * step_x, r * step_y, area.w, area.h))
            for r in range(rows) for c in range(cols)]


def printed_text_pt(scale: float) -> float:
    return SMALLEST_TEXT * scale


def used_sides(bounds: Rect, page: tuple[float, float], cols: int, rows: int) -> tuple[int, int]:
    """The columns and rows the map needs at the scale that fits it on C × R sheets: the rest would
    print blank and are left out."""
    scale, area = poster_scale(bounds, page, cols, rows), sheet_area(page)

    def needed(length: float, side: float, most: int) -> int:
        return min(most, max(1, math.ceil((length - OVERLAP) / (side - OVERLAP) - 1e-9)))

    return needed(bounds.w * scale, area.w, cols), needed(bounds.h * scale, area.h, rows)


def poster_that_fits(bounds: Rect, name: str, orientation: str) -> tuple[int, int] | None:
    """The C × R poster that prints text at 6 pt or more on the fewest printed sheets (blank ones are
    left out), then the smallest grid, then the largest text."""
    choices = ("landscape", "portrait") if orientation == "auto" else (orientation,)
    return grid_that_fits(bounds, [page_size(name, o) for o in choices], MIN_PRINTED_PT)


def grid_that_fits(bounds: Rect, pages, least_pt: float, most: int = MAX_POSTER_SIDE) -> tuple[int, int] | None:
    """The grid of sheets (of one of `pages`, up to `most` a side) that shows the smallest text at `least_pt`
    or more on the fewest sheets used, then the smallest grid, then the largest text; None if none does.
    The poster asks it for paper, the slide deck for the tiles of a map too big for one slide."""
    best = None
    for page in pages:
        for cols in range(1, most + 1):
            for rows in range(1, most + 1):
                scale = poster_scale(bounds, page, cols, rows)
                if printed_text_pt(scale) >= least_pt:
                    used_cols, used_rows = used_sides(bounds, page, cols, rows)
                    key = (used_cols * used_rows, cols * rows, -scale)
                    if best is None or key < best[0]:
                        best = (key, (cols, rows))
                    break
    return best[1] if best else None
