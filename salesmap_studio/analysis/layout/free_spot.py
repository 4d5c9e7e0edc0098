"""Where a new shape may go: the free spot nearest a wanted centre, so it covers no node or sticky note.

Every way of adding a shape (S, N, Tab, a palette drop or click, a double-click)
asks here, so none of them puts a new item on top of another. Pure, no Qt.

The free centres are what is left when every neighbour is grown by half the new
box and the gap; the nearest of them lies at the wanted point or on an edge or
corner of those grown boxes, so only those few candidates are tried.
"""

from __future__ import annotations

import heapq
import math

from ...model import SalesMap
from ..geometry.shapes import SIZES

GAP = 20.0              # room kept between a new item and its neighbours (one grid step)
FIRST_REACH = 400.0     # the search looks this far around the wanted point first, then twice as far …
MAX_NEAR = 60           # … until this many neighbours are in reach; past that the spot is found beside the map
Box = tuple[float, float, float, float]  # left, top, right, bottom
EVERYWHERE: Box = (-math.inf, -math.inf, math.inf, math.inf)


def occupied(doc: SalesMap) -> list[Box]:
    """The boxes of every node and sticky note."""
    boxes = [centred(node.x, node.y, node.kind) for node in doc.nodes()]
    return boxes + [centred(note.x, note.y, "note") for note in doc.notes()]


def centred(x: float, y: float, kind: str) -> Box:
    w, h = SIZES[kind]
    return x - w / 2, y - h / 2, x + w / 2, y + h / 2


def free_spot(doc: SalesMap, kind: str, x: float, y: float, within: Box | None = None) -> tuple[float, float]:
    """The centre nearest (x, y) for a `kind` box ("stage", "decision", "outcome", "note") that keeps GAP
    from every node and note; ties go down, then right.

    `within` (the area the user sees) keeps the whole box inside it; when that area has no room left,
    the nearest free spot outside it is taken.
    """
    w, h = SIZES[kind]
    blocked = [(left - w / 2 - GAP, top - h / 2 - GAP, right + w / 2 + GAP, bottom + h / 2 + GAP)
               for left, top, right, bottom in occupied(doc)]
    if within is not None:
        area = _centres_inside(within, w, h)
        spot = _nearest(blocked, min(max(x, area[0]), area[2]), min(max(y, area[1]), area[3]), area)
        if spot is not None:
            return spot
    return _nearest(blocked, x, y, EVERYWHERE) or _beside_everything(blocked, x, y)


def _centres_inside(area: Box, w: float, h: float) -> Box:
    """Where a w × h box's centre may be with the whole box in `area` (its middle, if the box is larger)."""
    left, top, right, bottom = area
    if right - left < w:
        left = right = (left + right) / 2
    else:
        left, right = left + w / 2, right - w / 2
    if bottom - top < h:
        top = bottom = (top + bottom) / 2
    else:
        top, bottom = top + h / 2, bottom - h / 2
    return left, top, right, bottom


def _nearest(blocked: list[Box], x: float, y: float, area: Box) -> tuple[float, float] | None:
    """The free centre in `area` nearest (x, y), looking ever further; None if `area` is full or crowded."""
    reach = FIRST_REACH
    while True:
        square = (max(x - reach, area[0]), max(y - reach, area[1]), min(x + reach, area[2]), min(y + reach, area[3]))
        near = [b for b in blocked if b[0] < square[2] and b[2] > square[0] and b[1] < square[3] and b[3] > square[1]]
        if len(near) > MAX_NEAR:
            return None
        spot = _first_free(near, x, y, square)
        if spot is not None:
            return spot
        if square == area:
            return None
        reach *= 2


def _first_free(near: list[Box], x: float, y: float, square: Box) -> tuple[float, float] | None:
    """Tries the wanted point, then the grown boxes' edges and corners inside `square`, nearest first."""
    xs = {x, square[0], square[2], *(b[0] for b in near), *(b[2] for b in near)}
    ys = {y, square[1], square[3], *(b[1] for b in near), *(b[3] for b in near)}
    xs = [cx for cx in xs if square[0] <= cx <= square[2]]
    ys = [cy for cy in ys if square[1] <= cy <= square[3]]
    candidates = [((cx - x) ** 2 + (cy - y) ** 2, cy < y, cx < x, cx, cy) for cx in xs for cy in ys]
    heapq.heapify(candidates)
    while candidates:
        *_, cx, cy = heapq.heappop(candidates)
        if not any(b[0] < cx < b[2] and b[1] < cy < b[3] for b in near):
            return cx, cy
    return None


def _beside_everything(blocked: list[Box], x: float, y: float) -> tuple[float, float]:
    """In a crowded map: straight above, below, left or right of all of it, whichever is nearest."""
    left, top = min(b[0] for b in blocked), min(b[1] for b in blocked)
    right, bottom = max(b[2] for b in blocked), max(b[3] for b in blocked)
    spots = [(x, bottom), (right, y), (x, top), (left, y)]
    return min(spots, key=lambda s: (s[0] - x) ** 2 + (s[1] - y) ** 2)
