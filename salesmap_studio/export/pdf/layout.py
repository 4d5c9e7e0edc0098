"""Putting the map on paper: one fitted page, or poster sheets plus an assembly overview."""

from __future__ import annotations

from reportlab.lib.units import mm

from ...analysis.geometry import Rect, palette
from ...analysis.geometry.text import BOLD, REGULAR
from .chrome import (draw_crop_marks, draw_footer, draw_header, draw_legend, draw_sheet_label, pdf_color)
from .draw import Placement, draw_map
from .pages import (MARGIN, MIN_PRINTED_PT, OVERLAP, choose_orientation, fit_scale, map_area, map_rect, page_size,
                    poster_scale, poster_sheets, poster_that_fits, printed_text_pt, sheet_area)
from .words import is_german, say


def small_text_warning(bounds: Rect, scale: float, options, language: str) -> list[str]:
    """A warning when the smallest text would print below 6 pt, naming a poster size that fixes it."""
    points = printed_text_pt(scale)
    if points >= MIN_PRINTED_PT or bounds.w <= 0 or bounds.h <= 0:   # an empty map has no text
        return []
    shown = f"{points:.1f}".replace(".", "," if is_german(language) else ".")
    fix = poster_that_fits(bounds, options.page, options.orientation)
    if fix is None:
        return [say("small-text-no-fix", language, pt=shown, page=options.page)]
    return [say("small-text", language, pt=shown, page=options.page, cols=fix[0], rows=fix[1])]


def draw_map_page(canvas, doc, geometry, options, footer: str) -> list[str]:
    bounds, language = geometry.bounds, doc.info.language
    page = page_size(options.page, choose_orientation(options.page, options.orientation, bounds))
    area = map_rect(page, bounds)
    scale = fit_scale(bounds, area)
    canvas.setPageSize(page)
    canvas.bookmarkPage("map")
    canvas.addOutlineEntry(say("map", language), "map", 0)
    draw_header(canvas, page, doc.info.title, doc.info.goal)
    draw_map(canvas, geometry, Placement.fitting(bounds, area, scale))
    draw_legend(canvas, page, doc.lanes(), language)
    draw_footer(canvas, page, footer, language)
    canvas.showPage()
    return small_text_warning(bounds, scale, options, language)


def _poster_page(options, bounds: Rect, cols: int, rows: int) -> tuple[float, float]:
    if options.orientation != "auto":
        return page_size(options.page, options.orientation)
    pages = [page_size(options.page, o) for o in ("landscape", "portrait")]
    return max(pages, key=lambda p: poster_scale(bounds, p, cols, rows))


def _draw_overview(canvas, doc, geometry, page, sheets, cols, rows, footer) -> None:
    """The whole map small, with the sheet grid and names over it, and how to assemble it."""
    language, bounds = doc.info.language, geometry.bounds
    full = map_area(page)
    area = Rect(full.x, full.y, full.w, full.h - 22)   # room for the assembly line on top
    canvas.setPageSize(page)
    canvas.bookmarkPage("overview")
    canvas.addOutlineEntry(say("overview", language), "overview", 0)
    draw_header(canvas, page, doc.info.title, doc.info.goal)
    image = sheet_area(page)
    total = Rect(0.0, 0.0, cols * image.w - (cols - 1) * OVERLAP, rows * image.h - (rows - 1) * OVERLAP)
    shrink = fit_scale(total, area)
    left = area.x + (area.w - total.w * shrink) / 2
    top = area.bottom - (area.h - total.h * shrink) / 2
    poster = poster_scale(bounds, page, cols, rows)
    inner = Placement.fitting(bounds, Rect(0, 0, total.w, total.h), poster)
    draw_map(canvas, geometry, Placement(inner.s * shrink, left + inner.ox * shrink,
                                        top - (total.h - inner.oy) * shrink))
    canvas.setStrokeColor(pdf_color(palette.LINK["no"]))
    canvas.setLineWidth(0.8)
    canvas.setDash([4, 3])
    for sheet in sheets:
        w = sheet.window
        canvas.rect(left + w.x * shrink, top - w.bottom * shrink, w.w * shrink, w.h * shrink)
        canvas.setFillColor(pdf_color(palette.LINK["no"]))
        canvas.setFont(BOLD, 14)
        canvas.drawCentredString(left + (w.x + w.w / 2) * shrink, top - (w.y + w.h / 2) * shrink, sheet.name())
    canvas.setDash()
    canvas.setFillColor(pdf_color(palette.INK))
    canvas.setFont(REGULAR, 9)
    canvas.drawString(area.x, full.bottom - 10, say("assembly", language, cols=cols, rows=rows))
    draw_legend(canvas, page, doc.lanes(), language)
    draw_footer(canvas, page, footer, language)
    canvas.showPage()


def draw_poster(canvas, doc, geometry, options, footer: str) -> list[str]:
    cols, rows = options.poster
    bounds, language = geometry.bounds, doc.info.language
    page = _poster_page(options, bounds, cols, rows)
    sheets = poster_sheets(page, cols, rows)
    _draw_overview(canvas, doc, geometry, page, sheets, cols, rows, footer)
    scale = poster_scale(bounds, page, cols, rows)
    image = sheet_area(page)
    total = Rect(0.0, 0.0, cols * image.w - (cols - 1) * OVERLAP, rows * image.h - (rows - 1) * OVERLAP)
    inner = Placement.fitting(bounds, total, scale)   # poster points, y up from the poster's bottom
    for sheet in sheets:
        canvas.setPageSize(page)
        label = say("sheet", language, name=sheet.name(), row=sheet.row + 1, rows=rows,
                    col=sheet.col + 1, cols=cols)
        canvas.bookmarkPage(f"sheet-{sheet.name()}")
        canvas.addOutlineEntry(label, f"sheet-{sheet.name()}", 0)
        _draw_sheet(canvas, geometry, inner, sheet, image, total)
        draw_crop_marks(canvas, image)
        draw_sheet_label(canvas, page, f"{label}  —  {doc.info.title}")
        draw_footer(canvas, page, footer, language, y=MARGIN - 4 * mm, inset=8 * mm)  # margin: trimmed off
        canvas.showPage()
    return small_text_warning(bounds, scale, options, language)


def _draw_sheet(canvas, geometry, inner: Placement, sheet, image: Rect, total: Rect) -> None:
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
    draw_map(canvas, geometry, at, visible)
    canvas.restoreState()
