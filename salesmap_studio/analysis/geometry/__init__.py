"""How a map looks, computed once from the model and the bundled font's metrics.

The canvas, the PNG/SVG export and the PDF all draw this same plain data, so
print matches screen. No Qt here. Incremental helpers (`node_geometry`,
`link_geometry`, …) let the canvas update one item per model change; note that a
link depends on its end nodes' boxes and on its siblings between the same nodes.
"""

from __future__ import annotations

from typing import Callable

from ..words import is_german
from .bands import BandFacts, band_facts, content_extent, lane_bands, phase_bands
from .links import label_text, link_shape_geometry
from .primitives import (BandGeometry, Label, LinkGeometry, MapGeometry, NodeGeometry, NoteGeometry,
                         Rect, Shape, TextLine, union)
from .shapes import node_box, node_shape_geometry, note_box, note_shape_geometry, stage_details
from .text import text_width, wrap

__all__ = [
    "map_geometry", "node_geometry", "link_geometry", "note_geometry", "lane_bands", "phase_bands",
    "MapGeometry", "NodeGeometry", "LinkGeometry", "NoteGeometry", "BandGeometry", "Label", "Rect",
    "Shape", "TextLine", "label_text", "stage_details", "text_width", "wrap", "node_box", "note_box",
    "content_extent", "all_links", "BandFacts", "band_facts",
]


def _language(doc) -> str:
    return "de" if is_german(doc.info.language) else "en"


def _lane_color(doc, node) -> str | None:
    owner = getattr(node, "owner", None)
    lane = doc.lane(owner) if owner else None
    return lane.color if lane else None


def node_geometry(doc, node_id: str) -> NodeGeometry:
    node = doc.node(node_id)
    return node_shape_geometry(node, _lane_color(doc, node), _language(doc))


def note_geometry(doc, note_id: str) -> NoteGeometry:
    return note_shape_geometry(doc.note(note_id))


def _category(link) -> str:
    if link.source == link.target:
        return "loop"
    return "objection" if link.kind == "objection" else "flow"


def _pair(link) -> tuple:
    """Which links fan out together: same two nodes (either direction), drawn the same way."""
    return (frozenset((link.source, link.target)), _category(link))


def _siblings(doc, link) -> list[str]:
    """Ids of the link's fan in document order (both directions between its two nodes)."""
    links = doc.links_between(link.source, link.target)
    if link.source != link.target:
        links += doc.links_between(link.target, link.source)
    keys = [other.id for other in links if _category(other) == _category(link)]
    return sorted(keys, key=doc.link_index) if len(keys) > 1 else keys


def _shaped(doc, link, rank: int, count: int, language: str) -> LinkGeometry:
    # Fan offsets are absolute (down / right), so A→B and B→A also land apart.
    src, dst = doc.node(link.source), doc.node(link.target)
    return link_shape_geometry(link, node_box(src), src.kind, node_box(dst), dst.kind, rank, count, language)


def link_geometry(doc, link_id: str) -> LinkGeometry:
    link = doc.link(link_id)
    siblings = _siblings(doc, link)
    return _shaped(doc, link, siblings.index(link_id), len(siblings), _language(doc))


def fans(doc) -> list[list]:
    """The links grouped by fan, each fan in document order (as `link_geometry` ranks them)."""
    grouped: dict[tuple, list] = {}
    for link in doc.links():
        grouped.setdefault(_pair(link), []).append(link)
    return list(grouped.values())


def all_links(doc) -> dict[str, LinkGeometry]:
    """Every link in one pass."""
    language = _language(doc)
    out = {}
    for fan in fans(doc):
        for rank, link in enumerate(fan):
            out[link.id] = _shaped(doc, link, rank, len(fan), language)
    return {link.id: out[link.id] for link in doc.links()}


def map_geometry(doc, tick: Callable[[int], None] = lambda items: None) -> MapGeometry:
    """The look of the whole map; `tick(items)` hears of each node and note measured and of the links."""
    nodes = {}
    for n in doc.nodes():
        nodes[n.id] = node_geometry(doc, n.id)
        tick(1)
    links = all_links(doc)
    tick(len(links))
    notes = {}
    for n in doc.notes():
        notes[n.id] = note_geometry(doc, n.id)
        tick(1)
    lanes, phases = lane_bands(doc), phase_bands(doc)
    rects = [g.box for g in nodes.values()] + [g.box for g in notes.values()]
    rects += [g.bounds for g in links.values()]
    rects += [b.shape.rect for b in lanes] + [b.shape.rect for b in phases]
    bounds = union(rects) or Rect(0.0, 0.0, 0.0, 0.0)
    return MapGeometry(nodes, links, notes, lanes, phases, bounds)
