"""The slides around the map: the title (title, goal, date), the KPIs with the reverse funnel
(`analysis.funnel`: how many deals must be at each stage), and the parking lot."""

from __future__ import annotations

from datetime import date

from ...analysis.flow_order import flow_order
from ...analysis.funnel import FunnelError, compute_funnel
from ...analysis.geometry import Rect, palette, wrap
from ...analysis.node_card import funnel_lines
from ...analysis.words import date_text, number, say
from ...model import Stage
from .cards import COLUMN_H, COLUMN_W, GAP, TOP, Section, column, fitting_size
from .kit import (BODY_PT, MARGIN, RECTANGLE, SLIDE_H, SLIDE_W, SMALL_PT, TITLE_PT, Run, blank_slide, box, safe,
                  slide_title, text_box)

BAR_H, BAR_GAP = 24.0, 7.0
NAME_W = 250.0
NOTE_LINE = BODY_PT * 1.25


def title_slide(deck, doc, language: str) -> None:
    slide = blank_slide(deck)
    info = doc.info
    width = SLIDE_W - 4 * MARGIN
    box(slide, RECTANGLE, Rect(0.0, 0.0, SLIDE_W, 14.0), palette.DECISION_BORDER,
        name=say("deck-shape-band", language))
    title = wrap(safe(info.title) or say("map", language), width, TITLE_PT + 8, True, 3)
    runs = [Run("\n".join(title), TITLE_PT + 8, True)]
    if info.goal.strip():
        runs.append(Run("\n".join(wrap(safe(info.goal), width, 22.0, False, 4)), 22.0, False, palette.INK_SOFT, 18.0))
    runs.append(Run(say("deck-as-of", language, date=date_text(date.today(), language)), BODY_PT, False,
                    palette.INK_SOFT, 30.0))
    text_box(slide, Rect(2 * MARGIN, 130.0, width, SLIDE_H - 170.0), runs, name=say("deck-shape-title-goal", language))


def _kpi_sections(doc, language: str) -> list[Section]:
    info, sections = doc.info, []
    if info.kpis:
        sections.append((say("kpis", language), [f"•  {k.name}" + (f": {k.target}" if k.target else "")
                                                 for k in info.kpis]))
    if info.funnel is not None:
        sections.append((say("funnel", language), [f"•  {line}" for line in funnel_lines(doc, language)]))
    return sections


def _volumes(doc) -> list[tuple[str, float]]:
    """(stage name, deals per period) along the flow, for the stages deals reach."""
    try:
        result = compute_funnel(doc)
    except FunnelError:
        return []
    stages = [doc.node(i) for i in flow_order(doc) if isinstance(doc.node(i), Stage)]
    return [(s.name, result.volumes[s.id]) for s in stages if result.volumes.get(s.id, 0.0) > 0.0]


def _bars(slide, doc, language: str, area: Rect) -> None:
    volumes = _volumes(doc)[:int((area.h - 30.0) // (BAR_H + BAR_GAP))]
    if not volumes:
        return
    period = say(doc.info.funnel.period, language)
    text_box(slide, Rect(area.x, area.y, area.w, 24.0), [Run(say("deck-volumes", language, period=period),
                                                             SMALL_PT, True, palette.INK_SOFT)])
    most = max(v for _, v in volumes)
    room = area.w - NAME_W - 70.0
    for i, (name, volume) in enumerate(volumes):
        y = area.y + 30.0 + i * (BAR_H + BAR_GAP)
        label = (wrap(safe(name), NAME_W - 10.0, SMALL_PT, False, 1) or [""])[0]
        text_box(slide, Rect(area.x, y, NAME_W - 10.0, BAR_H), [Run(label, SMALL_PT)], anchor="middle")
        width = max(room * volume / most, 2.0)
        box(slide, RECTANGLE, Rect(area.x + NAME_W, y + 3.0, width, BAR_H - 6.0), palette.LINK["yes"], name=label)
        text_box(slide, Rect(area.x + NAME_W + width + 6.0, y, 70.0, BAR_H),
                 [Run(number(volume, language, 0 if volume >= 10 else 1), SMALL_PT, True)], anchor="middle")


def kpi_slide(deck, doc, language: str) -> None:
    """KPIs and the funnel's figures on the left, the deals each stage must see on the right."""
    sections = _kpi_sections(doc, language)
    if not sections:
        return
    slide = blank_slide(deck)
    slide_title(slide, say("deck-kpis-funnel", language), language=language)
    column(slide, sections, 0, fitting_size([sections]), "KPIs")
    if doc.info.funnel is not None:
        _bars(slide, doc, language, Rect(MARGIN + COLUMN_W + GAP, TOP, COLUMN_W, COLUMN_H))


def _note_pages(texts: list[str]) -> list[list[str]]:
    """The notes spread over as many slides as their measured height needs."""
    width, room = SLIDE_W - 2 * MARGIN, SLIDE_H - TOP - MARGIN - 30.0
    pages, page, used = [], [], 0.0
    for text in texts:
        lines = wrap(text, width - 30.0, BODY_PT, False, 6) or [""]
        height = len(lines) * NOTE_LINE + 10.0
        if page and used + height > room:
            pages.append(page)
            page, used = [], 0.0
        page.append(" ".join(lines))
        used += height
    return pages + [page] if page else pages


def parking_lot_slides(deck, doc, language: str) -> None:
    """Every sticky note as an open question with a tick box, in the Parking lot panel's order."""
    texts = [safe(note.text.strip()) for note in doc.notes() if note.text.strip()]
    for page in _note_pages(texts):
        slide = blank_slide(deck)
        slide_title(slide, say("parking-lot", language), say("parking-lot-intro", language, n=len(texts)),
                    language=language)
        runs = [Run(f"☐  {text}", BODY_PT, space_before=10.0) for text in page]
        text_box(slide, Rect(MARGIN, TOP, SLIDE_W - 2 * MARGIN, SLIDE_H - TOP - MARGIN), runs,
                 name=say("parking-lot", language))
