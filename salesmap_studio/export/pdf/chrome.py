"""What frames the map on paper: header, footer with "page x of y", legend, crop marks, sheet labels."""

from __future__ import annotations

from reportlab.lib.units import mm

from ...analysis.geometry import palette, wrap
from ...analysis.geometry.text import BOLD, REGULAR, text_width
from .draw import pdf_color
from .pages import FOOTER_H, HEADER_H, MARGIN
from .words import say

TOTAL_FORM = "page-total"
INK, SOFT = pdf_color(palette.INK), pdf_color(palette.INK_SOFT)


def draw_header(canvas, page, title: str, goal: str) -> None:
    w, h = page
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 16)
    canvas.drawString(MARGIN, h - MARGIN - 16, (wrap(title, w - 2 * MARGIN, 16, True, 1) or [""])[0])
    if goal:
        canvas.setFillColor(SOFT)
        canvas.setFont(REGULAR, 10)
        canvas.drawString(MARGIN, h - MARGIN - 32, wrap(goal, w - 2 * MARGIN, 10, False, 1)[0])
    canvas.setStrokeColor(pdf_color(palette.LANE_LINE))
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, h - MARGIN - HEADER_H + 4, w - MARGIN, h - MARGIN - HEADER_H + 4)


def draw_footer(canvas, page, left: str, language: str, y: float | None = None, inset: float = 0.0) -> None:
    """'date · file' on the left, 'Page n of' + the total (filled in at the end) on the right."""
    w, _ = page
    y = MARGIN + FOOTER_H - 12 if y is None else y
    x0, x1 = MARGIN + inset, w - MARGIN - inset
    canvas.setFillColor(SOFT)
    canvas.setFont(REGULAR, 8)
    canvas.drawString(x0, y, left)
    total_w = text_width("0000", 8)
    text = say("page", language, n=canvas.getPageNumber()) + " "
    canvas.drawRightString(x1 - total_w, y, text)
    canvas.saveState()
    canvas.translate(x1 - total_w, y)
    canvas.doForm(TOTAL_FORM)
    canvas.restoreState()


def finish_page_total(canvas) -> None:
    """Define the form every footer refers to, once the number of pages is known."""
    total = canvas.getPageNumber() - 1
    canvas.beginForm(TOTAL_FORM)
    canvas.setFillColor(SOFT)
    canvas.setFont(REGULAR, 8)
    canvas.drawString(0, 0, str(total))
    canvas.endForm()


def _legend_items(lanes, language):
    items = [("lane", lane.color, lane.name) for lane in lanes]
    items += [(kind, palette.LINK[kind], say(kind, language)) for kind in ("flow", "yes", "no", "objection")]
    return items


def draw_legend(canvas, page, lanes, language: str) -> None:
    """One row above the footer: lane colour swatches, then a sample line per link kind."""
    w, _ = page
    x, y = MARGIN, MARGIN + FOOTER_H + 6
    canvas.setFont(REGULAR, 8)
    for kind, color, name in _legend_items(lanes, language):
        width = 18 + text_width(name, 8) + 12
        if x + width > w - MARGIN:
            break
        if kind == "lane":
            canvas.setFillColor(pdf_color(color))
            canvas.roundRect(x, y - 1, 12, 8, 2, stroke=0, fill=1)
        else:
            canvas.setStrokeColor(pdf_color(color))
            canvas.setLineWidth(1.4)
            canvas.setDash([3, 2] if kind == "objection" else [])
            canvas.line(x, y + 3, x + 13, y + 3)
            canvas.setDash()
        canvas.setFillColor(INK)
        canvas.drawString(x + 17, y, name)
        x += width


def draw_crop_marks(canvas, area) -> None:
    """Short hairlines in the margin at each corner of the image area."""
    canvas.setStrokeColor(pdf_color("#000000"))
    canvas.setLineWidth(0.3)
    gap, length = 2 * mm, 6 * mm
    for x in (area.x, area.right):
        for y in (area.y, area.bottom):
            dx = -1 if x == area.x else 1
            dy = -1 if y == area.y else 1
            canvas.line(x + dx * gap, y, x + dx * (gap + length), y)
            canvas.line(x, y + dy * gap, x, y + dy * (gap + length))


def draw_sheet_label(canvas, page, text: str) -> None:
    _, h = page
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 9)
    canvas.drawString(MARGIN + 8 * mm, h - MARGIN + 3 * mm, text)
