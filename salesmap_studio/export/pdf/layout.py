"""Putting the map on paper: one fitted page, or poster sheets plus an assembly overview."""

from __future__ import annotations

from dataclasses import dataclass

from ...analysis.geometry import Rect
from ...analysis.words import is_german, say
from .chrome import draw_footer, draw_header, draw_legend, draw_pieces
from .draw import Placement, draw_map, end_page
from .furniture import crop_marks, overview, sheet_label, sheet_name
from .pages import (MIN_PRINTED_PT, chosen_page, fit_scale, map_rect, poster_scale, poster_that_fits, printed_text_pt,
                    sheet_area)
from .poster_plan import poster_plan


@dataclass(frozen=True)
class SmallText:
    """The smallest text prints at `points` (< 6 pt) on `page`; `poster` (columns, rows) fixes it, if any."""
    points: float
    page: str
    poster: tuple[int, int] | None


def printed_scale(bounds: Rect, options) -> float:
    """The scale the map prints at, on its page or across the poster's sheets. The Export dialog
    asks this too, so its note says what the PDF will do."""
    return _scale_on(chosen_page(options, bounds).size, bounds, options.poster)


def _scale_on(page: tuple[float, float], bounds: Rect, poster: tuple[int, int] | None) -> float:
    """The scale on a page already chosen: fitted to the map page, or across the poster's sheets."""
    if poster:
        return poster_scale(bounds, page, *poster)
    return fit_scale(bounds, map_rect(page, bounds))


def small_text(bounds: Rect, scale: float, options) -> SmallText | None:
    """Whether the smallest text prints below 6 pt at `scale`, and the smallest poster that fixes it."""
    points = printed_text_pt(scale)
    if points >= MIN_PRINTED_PT or bounds.w <= 0 or bounds.h <= 0:   # an empty map has no text
        return None
    return SmallText(points, options.page, poster_that_fits(bounds, options.page, options.orientation))


def small_text_warning(bounds: Rect, scale: float, options, language: str) -> list[str]:
    """A warning in the map's language when the smallest text would print below 6 pt."""
    small = small_text(bounds, scale, options)
    if small is None:
        return []
    shown = f"{small.points:.1f}".replace(".", "," if is_german(language) else ".")
    if small.poster is None:
        return [say("small-text-no-fix", language, pt=shown, page=small.page)]
    cols, rows = small.poster
    return [say("small-text", language, pt=shown, page=small.page, cols=cols, rows=rows)]


def draw_map_page(canvas, doc, geometry, options, footer: str, tick=lambda items: None) -> list[str]:
    """Draws the map page and leaves it open: the caller drops the geometry before `showPage`, which
    needs as much memory again as the largest map's page holds."""
    bounds, language = geometry.bounds, doc.info.language
    page = chosen_page(options, bounds).size
    area = map_rect(page, bounds)
    scale = _scale_on(page, bounds, None)
    canvas.setPageSize(page)
    canvas.bookmarkPage("map")
    canvas.addOutlineEntry(say("map", language), "map", 0)
    draw_header(canvas, page, doc.info.title, doc.info.goal)
    draw_map(canvas, geometry, Placement.fitting(bounds, area, scale), tick=tick)
    draw_legend(canvas, page, doc.lanes(), language)
    draw_footer(canvas, page, footer, language)
    return small_text_warning(bounds, scale, options, language)  # the caller ends the page (see render_pdf)


def _draw_overview(canvas, doc, geometry, page, poster, footer, tick) -> None:
    """The whole map small, with the sheet grid and names over it, and how to assemble it."""
    language = doc.info.language
    plan = overview(page, poster, language)
    canvas.setPageSize(page)
    canvas.bookmarkPage("overview")
    canvas.addOutlineEntry(say("overview", language), "overview", 0)
    draw_header(canvas, page, doc.info.title, doc.info.goal)
    draw_map(canvas, geometry, Placement.fitting(geometry.bounds, plan.poster, plan.scale), tick=tick)
    draw_pieces(canvas, plan.pieces)
    draw_legend(canvas, page, doc.lanes(), language)
    draw_footer(canvas, page, footer, language)
    end_page(canvas)


def draw_poster(canvas, doc, geometry, options, footer: str, tick=lambda items: None) -> list[str]:
    cols, rows = options.poster
    bounds, language = geometry.bounds, doc.info.language
    page = chosen_page(options, bounds).size
    plan = poster_plan(geometry, page, cols, rows)
    _draw_overview(canvas, doc, geometry, page, plan, footer, tick)
    image, total, box = sheet_area(page), plan.size, plan.map_box
    # poster points, y up from the poster's bottom
    inner = Placement.fitting(bounds, Rect(box.x, total.h - box.bottom, box.w, box.h), plan.scale)
    for sheet in plan.sheets:
        canvas.setPageSize(page)
        label = sheet_name(sheet, cols, rows, language)
        canvas.bookmarkPage(f"sheet-{sheet.name()}")
        canvas.addOutlineEntry(label, f"sheet-{sheet.name()}", 0)
        _draw_sheet(canvas, geometry, inner, sheet, image, total, tick)
        draw_pieces(canvas, crop_marks(image) + [sheet_label(page, label, doc.info.title)])
        draw_footer(canvas, page, footer, language, sheet=True)
        end_page(canvas)
    return small_text_warning(bounds, plan.scale, options, language)


def _draw_sheet(canvas, geometry, inner: Placement, sheet, image: Rect, total: Rect, tick) -> None:
    """This sheet's window of the poster, clipped to the image area."""
    window = sheet.window   # from the poster's top-left, y down
    # Poster point (px, py-up) lands on the page at image.x + px - window.x, image.bottom - (total.h - py - window.y)
    at = Placement(inner.s, image.x - window.x + inner.ox, image.bottom + window.y - total.h + inner.oy)
    visible = Rect((window.x - inner.ox) / inner.s, (total.h - window.y - inner.oy) / -inner.s,
                   window.w / inner.s, window.h / inner.s)
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(image.x, image.y, image.w, image.h)
    canvas.clipPath(path, stroke=0, fill=0)
    draw_map(canvas, geometry, at, visible, tick)
    canvas.restoreState()
