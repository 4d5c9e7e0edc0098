"""Sticky notes after an auto layout: the ones a node now covers move to a row above the map."""

from __future__ import annotations

from ...model import SalesMap
from ..geometry.shapes import SIZES

NOTE_GAP = 40.0


def _box(x: float, y: float, size: tuple[float, float]) -> tuple[float, float, float, float]:
    w, h = size
    return x - w / 2, y - h / 2, x + w / 2, y + h / 2


def _meet(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def park_notes(doc: SalesMap, positions: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """New centres for the notes that would overlap a node at `positions`; the others keep theirs."""
    boxes = [_box(*positions[node.id], SIZES[node.kind]) for node in doc.nodes() if node.id in positions]
    covered = [note for note in doc.notes() if any(_meet(_box(note.x, note.y, SIZES["note"]), b) for b in boxes)]
    if not covered or not boxes:
        return {}
    w, h = SIZES["note"]
    kept = [_box(n.x, n.y, SIZES["note"]) for n in doc.notes() if n not in covered]
    top = min(b[1] for b in boxes + kept)  # the row goes above everything, notes left in place included
    x, y = min(b[0] for b in boxes) + w / 2, top - NOTE_GAP - h / 2
    moved = {}
    for note in covered:
        moved[note.id] = (round(x, 2), round(y, 2))
        x += w + NOTE_GAP
    return moved
