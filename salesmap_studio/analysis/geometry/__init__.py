"""How a map looks, computed once from the model and the bundled font's metrics.

The canvas, the PNG/SVG export and the PDF all draw this same plain data, so
print matches screen. No Qt here. Incremental helpers (`node_geometry`,
`link_geometry`, …) let the canvas update one item per model change; note that a
link depends on its end nodes' boxes and on its siblings between the same nodes.
"""

from __future__ import annotations

from .bands import content_extent, lane_bands, phase_bands
from .links import label_text, link_shape_geometry
from .primitives import (BandGeometry, Label, LinkGeometry, MapGeometry, NodeGeometry, NoteGeometry,
                         Rect, Shape, TextLine, union)
from .shapes import node_box, node_shape_geometry, note_shape_geometry, stage_details
from .text import text_width, wrap

__all__ = [
    "map_geometry", "node_geometry", "link_geometry", "note_geometry", "lane_bands", "phase_bands",
    "MapGeometry", "NodeGeometry", "LinkGeometry", "NoteGeometry", "BandGeometry", "Label", "Rect",
    "Shape", "TextLine", "label_text", "stage_details", "text_width", "wrap", "node_box", "content_extent",
]


def _language(doc) -> str:
    return "de" if doc.info.language.lower().startswith("de") else "en"


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


def _siblings(doc, link) -> list:
    """Links joining the same two nodes (either direction) that are drawn the same way."""
    pair = {link.source, link.target}
    category = _category(link)
    return [other for other in doc.links_of(link.source)
            if {other.source, other.target} == pair and _category(other) == category]


def link_geometry(doc, link_id: str) -> LinkGeometry:
    link = doc.link(link_id)
    siblings = _siblings(doc, link)
    # Fan offsets are absolute (down / right), so A→B and B→A also land apart.
    rank = [s.id for s in siblings].index(link.id)
    src, dst = doc.node(link.source), doc.node(link.target)
    return link_shape_geometry(link, node_box(src), src.kind, node_box(dst), dst.kind,
                               rank, len(siblings), _language(doc))


def map_geometry(doc) -> MapGeometry:
    nodes = {n.id: node_geometry(doc, n.id) for n in doc.nodes()}
    links = {link.id: link_geometry(doc, link.id) for link in doc.links()}
    notes = {n.id: note_geometry(doc, n.id) for n in doc.notes()}
    lanes, phases = lane_bands(doc), phase_bands(doc)
    rects = [g.box for g in nodes.values()] + [g.box for g in notes.values()]
    rects += [g.bounds for g in links.values()]
    rects += [b.shape.rect for b in lanes] + [b.shape.rect for b in phases]
    bounds = union(rects) or Rect(0.0, 0.0, 0.0, 0.0)
    return MapGeometry(nodes, links, notes, lanes, phases, bounds)
