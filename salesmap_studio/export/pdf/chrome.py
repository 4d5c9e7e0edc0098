"""What frames the map on paper, drawn with reportlab: the pieces `furniture` lays out
(header, footer with "page x of y", legend, crop marks, sheet labels)."""

from __future__ import annotations

from ...analysis.geometry import palette
from ...analysis.geometry.text import BOLD, REGULAR
from . import furniture
from .draw import pdf_color
from .furniture import FOOTER_PT, Box, Line, PageTotal, Words

TOTAL_FORM = "page-total"


def _words(canvas, piece: Words) -> None:
    canvas.setFillColor(pdf_color(piece.color))
    canvas.setFont(BOLD if piece.bold else REGULAR, piece.size)
    draw = {"left": canvas.drawString, "right": canvas.drawRightString, "centre": canvas.drawCentredString}
    draw[piece.align](piece.x, piece.y, piece.text)


def _line(canvas, piece: Line) -> None:
    canvas.setStrokeColor(pdf_color(piece.color))
    canvas.setLineWidth(piece.width)
    if piece.dash:
        canvas.setDash(list(piece.dash))
    canvas.line(piece.x0, piece.y0, piece.x1, piece.y1)
    if piece.dash:
        canvas.setDash()


def _box(canvas, piece: Box) -> None:
    r = piece.rect
    if piece.fill:
        canvas.setFillColor(pdf_color(piece.fill))
    if piece.stroke:
        canvas.setStrokeColor(pdf_color(piece.stroke))
        canvas.setLineWidth(piece.width)
        canvas.setDash(list(piece.dash)) if piece.dash else canvas.setDash()
    stroke, fill = int(bool(piece.stroke)), int(bool(piece.fill))
    if piece.radius:
        canvas.roundRect(r.x, r.y, r.w, r.h, piece.radius, stroke=stroke, fill=fill)
    else:
        canvas.rect(r.x, r.y, r.w, r.h, stroke=stroke, fill=fill)
    if piece.dash:
        canvas.setDash()


def _page_total(canvas, piece: PageTotal) -> None:
    canvas.saveState()
    canvas.translate(piece.x, piece.y)
    canvas.doForm(TOTAL_FORM)
    canvas.restoreState()


DRAW = {Words: _words, Line: _line, Box: _box, PageTotal: _page_total}


def draw_pieces(canvas, pieces) -> None:
    for piece in pieces:
        DRAW[type(piece)](canvas, piece)


def draw_header(canvas, page, title: str, goal: str) -> None:
    draw_pieces(canvas, furniture.header(page, title, goal))


def draw_footer(canvas, page, left: str, language: str, sheet: bool = False) -> None:
    """'date · file' on the left, 'Page n of' + the total (filled in at the end) on the right."""
    draw_pieces(canvas, furniture.footer(page, left, language, canvas.getPageNumber(), sheet))


def finish_page_total(canvas) -> None:
    """Define the form every footer refers to, once the number of pages is known."""
    total = canvas.getPageNumber() - 1
    canvas.beginForm(TOTAL_FORM)
    _words(canvas, Words(str(total), 0, 0, FOOTER_PT, color=palette.INK_SOFT))
    canvas.endForm()


def draw_legend(canvas, page, lanes, language: str) -> None:
    draw_pieces(canvas, furniture.legend(page, lanes, language))

