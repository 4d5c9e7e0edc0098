"""The parking lot: the row of sticky notes above the map. N puts a new note there, and after an auto
layout the notes a node or a link label now covers move there."""

from __future__ import annotations

import math

from ...model import SalesMap
from ..geometry import lane_bands, link_geometry, map_geometry, node_box
from ..geometry.shapes import SIZES
from .free_spot import Box, centred, free_spot

NOTE_GAP = 40.0


def moved_copy(doc: SalesMap, nodes: dict[str, tuple[float, float]],
               notes: dict[str, tuple[float, float]] | None = None) -> SalesMap:
    """A copy of the map with nodes (and notes) at new centres; lanes, links and the rest unchanged."""
    notes = notes or {}
    placed = [n.replace(x=nodes[n.id][0], y=nodes[n.id][1]) if n.id in nodes else n for n in doc.nodes()]
    stuck = [n.replace(x=notes[n.id][0], y=notes[n.id][1]) if n.id in notes else n for n in doc.notes()]
    return SalesMap.from_parts(doc.info, doc.lanes(), doc.phases(), placed, doc.links(), stuck, doc.conflicts())


def park_notes(doc: SalesMap, positions: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """New centres for the notes that would overlap a node or a link label at `positions`; others keep theirs."""
    if not doc.notes():
        return {}
    geometry = map_geometry(moved_copy(doc, positions))
    obstacles = _obstacles(geometry)
    covered = [note for note in doc.notes() if any(_meet(centred(note.x, note.y, "note"), b) for b in obstacles)]
    if not covered:
        return {}
    # above everything: bands, arcs and the notes that stay
    x, y = _row_start(min(b[0] for b in obstacles), geometry.bounds.y)
    w = SIZES["note"][0]
    moved = {}
    for note in covered:
        moved[note.id] = (round(x, 2), round(y, 2))
        x += w + NOTE_GAP
    return moved


def parking_spot(doc: SalesMap) -> tuple[float, float]:
    """The centre for a new sticky note: the first free place from the left in the row above the map.

    The row sits above the nodes, lanes and objection arcs. Not above the notes, so it stays put as it
    fills; nor above the phase headers, which rise above whatever notes are on the map.
    """
    boxes = [node_box(node) for node in doc.nodes()]
    arcs = [link_geometry(doc, link.id).bounds for link in doc.links()
            if link.kind == "objection" or link.source == link.target]
    rects = boxes + arcs + [band.shape.rect for band in lane_bands(doc)]
    left = min((r.x for r in boxes), default=0.0)
    x, y = _row_start(left, min((r.y for r in rects), default=0.0))
    h = SIZES["note"][1]
    return free_spot(doc, "note", x, y, within=(left, y - h / 2, math.inf, y + h / 2))


def _row_start(left: float, top: float) -> tuple[float, float]:
    """The centre of the first note in a row whose notes start at `left` and end NOTE_GAP above `top`."""
    w, h = SIZES["note"]
    return left + w / 2, top - NOTE_GAP - h / 2


def _obstacles(geometry) -> list[Box]:
    boxes = [(g.box.x, g.box.y, g.box.x + g.box.w, g.box.y + g.box.h) for g in geometry.nodes.values()]
    for link in geometry.links.values():
        if link.label is not None:
            r = link.label.background.rect
            boxes.append((r.x, r.y, r.x + r.w, r.y + r.h))
    return boxes


def _meet(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def laid_out(doc: SalesMap) -> SalesMap:
    """A copy of the map with the auto-layout positions; notes a node or label would cover move above it."""
    from . import auto_layout  # the package imports this module's neighbours first

    positions = auto_layout(doc)
    return moved_copy(doc, positions, park_notes(doc, positions))
