"""Where a wall poster's sheets go: no sheet that would hold nothing, no cut through a note or a stage.

The map takes the scale that fits it on the C × R grid and sits centred in the
columns and rows it needs, at the grid's top-left; a sheet outside them would
print blank and is left out. Each cut between neighbouring sheets may move back
by up to one more overlap, where the map leaves room at the far end, so that
it runs between sticky notes and stages rather than through one. The PDF, Qt's
printing and the Export dialog's preview all draw from this one plan.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ...analysis.geometry import MapGeometry, Rect
from .pages import OVERLAP, Sheet, poster_scale, poster_size, sheet_area, used_sides

SHIFT_STEP = 1.0   # points: the cut is tried at every point within the overlap
SLACK = 1e-6   # points
MOST_FORWARD = OVERLAP / 2   # a cut may also move on, keeping half the overlap to glue


@dataclass(frozen=True)
class PosterPlan:
    cols: int
    rows: int
    scale: float        # poster points per scene unit
    size: Rect          # the whole C × R poster, y down from its top-left
    map_box: Rect       # where the map lies on it, y down
    sheets: list[Sheet]   # the sheets printed, in reading order
    omitted: list[Sheet]  # the sheets left out: they would hold nothing


def poster_plan(geometry: MapGeometry, page: tuple[float, float], cols: int, rows: int) -> PosterPlan:
    bounds, area = geometry.bounds, sheet_area(page)
    scale = poster_scale(bounds, page, cols, rows)
    used_cols, used_rows = used_sides(bounds, page, cols, rows)
    used = poster_size(page, used_cols, used_rows)
    width, height = bounds.w * scale, bounds.h * scale
    boxes = _kept_whole(geometry)
    left, xs = _cuts(used_cols, area.w, width, used.w - width, [((b.x - bounds.x) * scale, b.w * scale) for b in boxes])
    top, ys = _cuts(used_rows, area.h, height, used.h - height, [((b.y - bounds.y) * scale, b.h * scale) for b in boxes])
    xs += [xs[-1] + (k + 1) * (area.w - OVERLAP) for k in range(cols - used_cols)]
    ys += [ys[-1] + (k + 1) * (area.h - OVERLAP) for k in range(rows - used_rows)]
    sheets, omitted = [], []
    for row, y in enumerate(ys):
        for col, x in enumerate(xs):
            sheet = Sheet(col, row, Rect(x, y, area.w, area.h))
            (sheets if col < used_cols and row < used_rows else omitted).append(sheet)
    map_box = Rect(left, top, width, height)
    return PosterPlan(cols, rows, scale, poster_size(page, cols, rows), map_box, sheets, omitted)


def _kept_whole(geometry: MapGeometry) -> list[Rect]:
    """What a cut should not run through: sticky notes and nodes (whose names they hold)."""
    return [node.box for node in geometry.nodes.values()] + [note.box for note in geometry.notes.values()]


def _cuts(count: int, side: float, length: float, slack: float, spans) -> tuple[float, list[float]]:
    """Along one axis: where the map starts on the poster and where each of `count` sheets starts.

    The map may sit anywhere in the `slack` its sheets leave, and each sheet may start up to one
    overlap earlier or half an overlap later; the fewest cuts through a span (start, length on the map) win, then the map
    nearest the centre. Spans are counted per point, so a map of thousands of stages costs no more.
    """
    crossing = _coverage(length, spans)
    best = None
    for offset in np.arange(0.0, max(slack, 0.0) + SLACK, SHIFT_STEP):
        starts, crossed = _starts(count, side, offset + length, lambda at: _at(crossing, at - offset))
        key = (crossed, abs(offset - slack / 2))
        if best is None or key < best[0]:
            best = (key, float(offset), starts)
    return best[1], best[2]


def _coverage(length: float, spans) -> np.ndarray:
    """How many spans each whole point along the map lies strictly inside."""
    size = int(math.ceil(length)) + 2
    change = np.zeros(size + 1, dtype=np.int64)
    for start, extent in spans:
        first, last = int(math.floor(start)) + 1, int(math.ceil(start + extent))
        if first < last:
            change[max(0, min(first, size))] += 1
            change[max(0, min(last, size))] -= 1
    return np.cumsum(change)[:size]


def _at(crossing: np.ndarray, at: np.ndarray) -> np.ndarray:
    """How many spans each of the points `at` (on the map) lies inside; none outside the map."""
    index = np.floor(at).astype(np.int64)
    inside = (index >= 0) & (index < len(crossing))
    return np.where(inside, crossing[np.clip(index, 0, len(crossing) - 1)], 0)


def _starts(count: int, side: float, end: float, crossed_at) -> tuple[list[float], int]:
    """Where each sheet starts (the last must still reach `end`), and how many spans the cuts cross."""
    starts, total = [0.0], 0
    for k in range(1, count):
        nominal = starts[-1] + side - OVERLAP
        room = nominal + (count - 1 - k) * (side - OVERLAP) + side - end   # how far the rest may move back
        back = np.arange(0.0, max(0.0, min(OVERLAP, room)) + SLACK, SHIFT_STEP)
        shifts = np.concatenate([back, -np.arange(SHIFT_STEP, MOST_FORWARD + SLACK, SHIFT_STEP)])
        shifts = shifts[np.argsort(np.abs(shifts), kind="stable")]   # the least moved wins a tie
        crossed = crossed_at(nominal - shifts)   # a later sheet lies on top: its edge is the cut
        pick = int(np.argmin(crossed))
        starts.append(nominal - float(shifts[pick]))
        total += int(crossed[pick])
    return starts, total
