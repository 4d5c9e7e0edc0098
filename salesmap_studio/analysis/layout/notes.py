"""Sticky notes after an auto layout: those a node or a link label now covers move to a row above the map."""

from __future__ import annotations

from ...model import SalesMap
from ..geometry import map_geometry
from ..geometry.shapes import SIZES

NOTE_GAP = 40.0

Box = tuple[float, float, float, float]  # left, top, right, bottom


def moved_copy(doc: SalesMap, nodes: dict[str, tuple[float, float]],
               notes: dict[str, tuple[float, float]] | None = None) -> SalesMap:
    """A copy of the map with nodes (and notes) at new centres; lanes, links and the rest unchanged."""
    notes = notes or {}
    placed = [n.replace(x=nodes[n.id][0], y=nodes[n.id][1]) if n.id in nodes else n for n in doc.nodes()]
    stuck = [n.replace(x=notes[n.id][0], y=notes[n.id][1]) if n.id in notes else n for n in doc.notes()]
    return SalesMap.from_parts(doc.info, doc.lanes(), doc.phases(), placed, doc.links(), stuck)


def park_notes(doc: SalesMap, positions: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """New centres for the notes that would overlap a node or a link label at `positions`; others keep theirs."""
    if not doc.notes():
        return {}
    geometry = map_geometry(moved_copy(doc, positions))
    obstacles = _obstacles(geometry)
    covered = [note for note in doc.notes() if any(_meet(_note_box(note.x, note.y), b) for b in obstacles)]
    if not covered:
        return {}
    top = geometry.bounds.y  # above everything: bands, arcs and the notes that stay
    w, h = SIZES["note"]
    x, y = min(b[0] for b in obstacles) + w / 2, top - NOTE_GAP - h / 2
    moved = {}
    for note in covered:
        moved[note.id] = (round(x, 2), round(y, 2))
        x += w + NOTE_GAP
    return moved


def _obstacles(geometry) -> list[Box]:
    boxes = [(g.box.x, g.box.y, g.box.x + g.box.w, g.box.y + g.box.h) for g in geometry.nodes.values()]
    for link in geometry.links.values():
        if link.label is not None:
            r = link.label.background.rect
            boxes.append((r.x, r.y, r.x + r.w, r.y + r.h))
    return boxes


def _note_box(x: float, y: float) -> Box:
    w, h = SIZES["note"]
    return x - w / 2, y - h / 2, x + w / 2, y + h / 2


def _meet(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
