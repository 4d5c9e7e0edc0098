"""Swimlane bands (one per lane, where `swimlanes.lane_span` puts it) and phase bands (over the x-range of the nodes each phase holds)."""

from __future__ import annotations

from dataclasses import dataclass

from ..swimlanes import lane_span, lanes_bottom
from . import palette
from .primitives import BandGeometry, Rect, Shape, TextLine, union
from .shapes import ASCENT, LINE_GAP, SIZES
from .text import text_width, wrap

MARGIN = 40.0
HEADER_W = 150.0
PHASE_HEADER_H = 34.0
PHASE_PAD = 22.0
BAND_TEXT = 15.0


def _box(x: float, y: float, kind: str) -> Rect:
    w, h = SIZES[kind]
    return Rect(x - w / 2, y - h / 2, w, h)


def content_extent(doc) -> Rect | None:
    """The rectangle covering every node and note box, or None for an empty map."""
    # Corners, not a Rect per box united one by one: the canvas asks after each edit, and a
    # Rect per box cost 50 ms at 5,000 stages.
    corners = [(n.x - SIZES[n.kind][0] / 2, n.y - SIZES[n.kind][1] / 2, *SIZES[n.kind]) for n in doc.nodes()]
    note_w, note_h = SIZES["note"]
    corners += [(n.x - note_w / 2, n.y - note_h / 2, note_w, note_h) for n in doc.notes()]
    if not corners:
        return None
    left, top = min(c[0] for c in corners), min(c[1] for c in corners)
    right, bottom = max(c[0] + c[2] for c in corners), max(c[1] + c[3] for c in corners)
    return Rect(left, top, right - left, bottom - top)


@dataclass(frozen=True)
class BandFacts:
    """What the bands are sized from: `extent`, the content's (`content_extent`), and `spans`, the
    rectangle covering the boxes of each phase's nodes (a phase without nodes is absent). The canvas
    keeps these as edits come (ui/canvas/extent.py) instead of walking every node after each one."""

    extent: Rect | None
    spans: dict[str, Rect]


def band_facts(doc) -> BandFacts:
    """The facts worked out from the whole map."""
    held: dict[str, list[Rect]] = {phase.id: [] for phase in doc.phases()}
    if held:
        for node in doc.nodes():
            phase = getattr(node, "phase", None)
            if phase in held:
                held[phase].append(_box(node.x, node.y, node.kind))
    spans = {phase: union(boxes) for phase, boxes in held.items() if boxes}
    return BandFacts(content_extent(doc), spans)


def _centred_lines(texts, rect: Rect, size: float, color: str, left: float | None = None):
    line_h = size * LINE_GAP
    top = rect.y + (rect.h - len(texts) * line_h) / 2
    out = []
    for i, text in enumerate(texts):
        width = text_width(text, size, True)
        x = left if left is not None else rect.x + (rect.w - width) / 2
        out.append(TextLine(text, x, top + i * line_h + size * ASCENT, size, True, color, width))
    return tuple(out)


def lane_bands(doc, facts: BandFacts | None = None) -> list[BandGeometry]:
    lanes = doc.lanes()
    if not lanes:
        return []
    extent = (facts.extent if facts else content_extent(doc)) or Rect(0.0, 0.0, 800.0, 0.0)
    x0 = extent.x - MARGIN - HEADER_W
    width = extent.right + MARGIN - x0
    height = doc.info.lane_height
    bands = []
    for i, lane in enumerate(lanes):
        top, bottom = lane_span(i, height)
        rect = Rect(x0, top, width, bottom - top)
        header = Rect(x0, rect.y, HEADER_W, rect.h)
        ink = palette.darker(lane.color, 0.55)
        texts = wrap(lane.name, HEADER_W - 28.0, BAND_TEXT, True, max(1, int(height // 24) - 1))
        bands.append(BandGeometry(
            lane.id, "lane",
            Shape(rect, palette.with_alpha(lane.color, palette.LANE_TINT_ALPHA), palette.LANE_LINE, 1.0),
            Shape(header, palette.with_alpha(lane.color, palette.LANE_HEADER_ALPHA)),
            _centred_lines(texts, header, BAND_TEXT, ink, left=header.x + 14.0),
        ))
    return bands


def _vertical_span(doc, extent: Rect) -> tuple[float, float]:
    top, bottom = extent.y - PHASE_PAD, extent.bottom + PHASE_PAD
    if doc.lanes():
        top, bottom = min(top, 0.0), max(bottom, lanes_bottom(doc))
    return top - PHASE_HEADER_H, bottom


def phase_bands(doc, facts: BandFacts | None = None) -> list[BandGeometry]:
    phases = doc.phases()
    if not phases:
        return []
    facts = facts or band_facts(doc)
    if facts.extent is None:
        return []
    top, bottom = _vertical_span(doc, facts.extent)
    bands = []
    for phase in phases:
        span = facts.spans.get(phase.id)
        if span is None:
            continue
        rect = Rect(span.x - PHASE_PAD, top, span.w + 2 * PHASE_PAD, bottom - top)
        header = Rect(rect.x, top, rect.w, PHASE_HEADER_H)
        texts = wrap(phase.name, rect.w - 16.0, BAND_TEXT, True, 1)
        bands.append(BandGeometry(
            phase.id, "phase",
            Shape(rect, palette.PHASE_FILL, palette.PHASE_LINE, 1.0, radius=8.0, dash=(4.0, 4.0)),
            Shape(header, palette.PHASE_HEADER, radius=8.0),
            _centred_lines(texts, header, BAND_TEXT, palette.PHASE_TEXT),
        ))
    return bands
