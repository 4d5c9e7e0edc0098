"""The map as a PDF: one page or a C × R wall poster, optionally followed by the playbook,
the parking lot and, when deal history is loaded, the "Planned versus actual" pages.

reportlab only, no Qt. Draws the same `analysis.geometry` as the canvas, with
the bundled DejaVu fonts embedded as subsets.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from ...analysis.geometry import map_geometry
from ...analysis.geometry.text import register_fonts
from ...analysis.words import date_text
from ...persistence import atomic_write
from ..progress import Progress, map_items
from .chrome import draw_footer, finish_page_total
from .draw import end_page
from .evidence_pages import evidence_story
from .layout import draw_map_page, draw_poster
from .pages import FOOTER_H, MARGIN, ORIENTATIONS, PAGE_SIZES, page_size
from .parking_lot import parking_lot_story
from .playbook import lay_out, playbook_story
from .story import Story

# Streams are compressed binary anyway; ASCII85 on top only adds a quarter to the size and
# costs a second per 5,000 stages in reportlab's pure-Python encoder.
rl_config.useA85 = 0

__all__ = ["PdfOptions", "PdfResult", "render_pdf", "export_pdf", "PAGE_SIZES", "ORIENTATIONS", "footer_text"]


@dataclass(frozen=True)
class PdfOptions:
    page: str = "A3"
    orientation: str = "auto"          # "auto" | "portrait" | "landscape"
    poster: tuple[int, int] | None = None   # (columns, rows)
    playbook: bool = False
    parking_lot: bool = False     # the sticky notes as a list of open questions after the map

    def check(self) -> None:
        """Raise ValueError with a readable message for an option the export cannot honour."""
        if self.page not in PAGE_SIZES:
            raise ValueError(f"unknown page size {self.page!r} (choose {', '.join(PAGE_SIZES)})")
        if self.orientation not in ORIENTATIONS:
            raise ValueError(f"unknown orientation {self.orientation!r} (choose {', '.join(ORIENTATIONS)})")
        if self.poster is not None and not all(1 <= n <= 20 for n in self.poster):
            raise ValueError("a poster has 1 to 20 columns and 1 to 20 rows")


@dataclass
class PdfResult:
    data: bytes
    pages: int
    warnings: list[str] = field(default_factory=list)


def footer_text(doc, file_name: str) -> str:
    stamp = date_text(date.today(), doc.info.language)
    return " · ".join(part for part in (stamp, file_name, doc.info.title) if part)


def _playbook_page(options: PdfOptions) -> tuple[float, float]:
    """The playbook and the parking lot are a handout: A4 portrait, or Letter for the US page sizes."""
    return page_size("A4" if options.page.startswith("A") else "Letter", "portrait")


def render_pdf(doc, options: PdfOptions = PdfOptions(), file_name: str = "", progress: Progress | None = None,
               evidence: dict | None = None) -> PdfResult:
    """`evidence`: the figures of deal history against this map (evidence's JSON contract), for the
    "Planned versus actual" pages; None leaves them out."""
    progress = progress or Progress()
    options.check()
    register_fonts()
    items = map_items(doc)
    drawings = 1 + (options.poster[0] * options.poster[1] if options.poster else 0)
    progress.plan(items * (1 + drawings) + (len(doc) if options.playbook else 0))
    geometry = map_geometry(doc, progress.tick)
    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=1, initialFontName="DejaVuSans", initialFontSize=10)
    canvas.setTitle(doc.info.title or file_name)
    canvas.setCreator("SalesMap Studio")
    language, footer = doc.info.language, footer_text(doc, file_name)
    if options.poster:
        warnings = draw_poster(canvas, doc, geometry, options, footer, progress.tick)
        del geometry
    else:
        warnings = draw_map_page(canvas, doc, geometry, options, footer, progress.tick)
        del geometry  # writing the page out joins and compresses it: a copy as large as the page
        end_page(canvas)
    page = _playbook_page(options)
    frame = (MARGIN * 1.5, MARGIN + FOOTER_H + 6, page[0] - 3 * MARGIN, page[1] - 2.5 * MARGIN - FOOTER_H)
    story = Story(playbook_story(doc, language, progress.tick) if options.playbook else (),
                  parking_lot_story(doc, language) if options.parking_lot else (),
                  evidence_story(doc, evidence, frame[2]) if evidence is not None else ())
    if story:
        lay_out(canvas, story, page, frame, lambda c: draw_footer(c, page, footer, language))
    pages = canvas.getPageNumber() - 1
    finish_page_total(canvas)
    canvas.showOutline()
    canvas.save()
    return PdfResult(out.getvalue(), pages, warnings)


def export_pdf(doc, path: str | Path, options: PdfOptions = PdfOptions(), progress: Progress | None = None,
               evidence: dict | None = None) -> PdfResult:
    """Render and write atomically; returns the result (its `warnings` say when text prints small).
    A `progress` listener that raises `Cancelled` stops it before anything is written."""
    result = render_pdf(doc, options, Path(path).name, progress, evidence)
    atomic_write(path, result.data)
    return result
