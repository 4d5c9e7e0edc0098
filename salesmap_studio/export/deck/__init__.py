"""The map as a slide deck (.pptx) for people without the app: a title slide, the map as native,
editable shapes (tiled with an overview when it would not read on one slide), one card per node
in flow order, the KPIs with the reverse funnel, and the parking lot. Words in the map's language.

python-pptx only, no Qt; the map is drawn from the same `analysis.geometry` as the PDF.
"""

from __future__ import annotations

import io
from pathlib import Path

from pptx import Presentation

from ...analysis.geometry import Rect, map_geometry
from ...analysis.geometry.palette import PHASE_LINE
from ...analysis.words import say
from ...persistence import atomic_write
from ..progress import Progress, map_items
from .cards import card_slides
from .kit import RECTANGLE, SLIDE_H, SLIDE_W, SMALL_PT, Run, blank_slide, box, emu, safe, slide_title, write
from .map_shapes import clipped, draw_map
from .summary import kpi_slide, parking_lot_slides, title_slide
from .tiles import MapSlides, plan_map_slides

__all__ = ["render_deck", "export_deck"]


def _overview_grid(slide, plan: MapSlides, bounds: Rect, language: str) -> None:
    """Each tile's outline and name over the whole map, so the audience knows where a tile lies."""
    for tile in plan.tiles:
        seen = clipped(tile.window, bounds) or tile.window   # the part of the window the map fills
        outline = box(slide, RECTANGLE, plan.whole.rect(seen), None, PHASE_LINE[:7], 1.5, dash=True,
                      name=say("deck-shape-tile", language, name=tile.name))
        write(outline, [Run(tile.name, SMALL_PT, True, PHASE_LINE[:7])], inset=4.0, wrap=False)


def map_slides(deck, doc, geometry, language: str, tick=lambda items: None) -> None:
    plan = plan_map_slides(geometry)
    slide = blank_slide(deck)
    title = doc.info.title or say("map", language)
    slide_title(slide, title, say("deck-overview", language) if plan.tiles else doc.info.goal, language=language)
    draw_map(slide, doc, geometry, plan.whole)
    tick(len(doc))
    if plan.tiles:
        _overview_grid(slide, plan, geometry.bounds, language)
    home = plan.home()
    for n, tile in enumerate(plan.tiles, 1):
        slide = blank_slide(deck)
        slide_title(slide, title, say("deck-tile", language, name=tile.name, n=n, total=len(plan.tiles)),
                    language=language)
        draw_map(slide, doc, geometry, tile.at, tile.window, tile.items, tile.strip, home)
        tick(len(tile.items))


def render_deck(doc, progress: Progress | None = None) -> bytes:
    progress = progress or Progress()
    language = doc.info.language
    # measuring, the map slide (and about as much again for tiles), the cards, the rest
    progress.plan(map_items(doc) + 2 * len(doc) + len(doc) + 1)
    geometry = map_geometry(doc, progress.tick)
    deck = Presentation()
    deck.slide_width, deck.slide_height = emu(SLIDE_W), emu(SLIDE_H)
    deck.core_properties.title = safe(doc.info.title)[:200]
    title_slide(deck, doc, language)
    map_slides(deck, doc, geometry, language, progress.tick)
    card_slides(deck, doc, language, progress.tick)
    kpi_slide(deck, doc, language)
    parking_lot_slides(deck, doc, language)
    progress.tick(1)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def export_deck(doc, path: str | Path, progress: Progress | None = None) -> None:
    """Render and write atomically; a `progress` listener that raises `Cancelled` stops it before
    anything is written."""
    atomic_write(path, render_deck(doc, progress))
