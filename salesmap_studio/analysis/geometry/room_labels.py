"""Links' labels in projector view: as large as the room needs where the map leaves them room (issue 15).

At the fit of the extended template a label's 12 units are 9 px on the screen, too small from the back of a
room. Projector view draws each label up to `label_px` screen px tall (the style's, see `legible.Readable`)
in the condensed bold face the names use (as wide as the usual regular face, with more ink), but only where
it then covers no box, no note, no arrowhead, no other link's curve and no other label. Where the middle of
its curve leaves too little room, the label slides along its curve or stands beside it (a short link between
two stages: above its line, where it clears the arrowhead); where it still cannot grow it keeps the usual
label. Labels are placed one after another, each clear of those placed and of the others' usual places, so
a label never takes the only place another one had.

A label stays within its `reach` (twice its usual size, and a little way along its curve), which the canvas
takes as the label's bounds: they do not depend on the zoom.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from .links import LABEL_MAX_W, LABEL_PAD_X, LABEL_PAD_Y, LABEL_SIZE
from .paths import flatten, polyline_hits
from .primitives import Label, LinkGeometry, Rect, TextLine, union
from .shapes import ASCENT, LINE_GAP
from .text import text_width

MAX_GROWTH = 2.0   # a label at most twice its usual size: its reach is known without the zoom
SLIDE = 40.0       # how far along its curve (units, either way) a label may move from its middle
CLEAR = 2.0        # kept between a label and what it must not cover (units)
STEP = 0.125       # sizes in eighths, as the names' (`paint_exact_lines` draws them exactly)
ALONG = 6.0        # places tried along the curve this far apart (units)
PAD = 0.5          # the room label's padding, as a share of the usual one's (its text needs the room)
USUAL = math.floor(LABEL_SIZE / STEP)   # the usual size, in steps


def reach(label: Label) -> Rect:
    """Where the label may be drawn in projector view, at any zoom."""
    rect = label.background.rect
    cx, cy = rect.center
    w, h = rect.w * MAX_GROWTH, rect.h * MAX_GROWTH
    return Rect(cx - w / 2, cy - h / 2, w, h).adjusted(SLIDE)


def _per_unit(label: Label) -> tuple[float, float]:
    """A room label's width and height per unit of its size (both grow with it; measured once, not per try)."""
    widest = max(text_width(line.text, LABEL_SIZE, True, True) for line in label.lines)
    return ((widest + 2 * LABEL_PAD_X * PAD) / LABEL_SIZE,
            len(label.lines) * LINE_GAP + 2 * LABEL_PAD_Y * PAD / LABEL_SIZE)


def _drawn(label: Label, rect: Rect, size: float) -> Label:
    """The label's lines at `size` in the condensed bold face, centred in `rect`."""
    cx = rect.center[0]
    first = rect.y + LABEL_PAD_Y * PAD * size / LABEL_SIZE
    lines = []
    for i, line in enumerate(label.lines):
        w = text_width(line.text, size, True, True)
        lines.append(TextLine(line.text, cx - w / 2, first + i * size * LINE_GAP + size * ASCENT, size, True,
                              line.color, w, True))
    return Label(replace(label.background, rect=rect), tuple(lines))


def _places(points: list[tuple[float, float]]) -> list[tuple[float, tuple[float, float]]]:
    """Points along the curve within `SLIDE` of its middle (by length), each with its distance from it."""
    lengths = [0.0]
    for (ax, ay), (bx, by) in zip(points, points[1:]):
        lengths.append(lengths[-1] + math.hypot(bx - ax, by - ay))
    middle, out = lengths[-1] / 2, []
    steps = int(SLIDE / ALONG)
    for k in range(-steps, steps + 1):
        at = middle + k * ALONG
        if not 0.0 <= at <= lengths[-1]:
            continue
        i = next(i for i in range(1, len(points)) if lengths[i] >= at - 1e-9)
        span = lengths[i] - lengths[i - 1] or 1.0
        t = (at - lengths[i - 1]) / span
        (ax, ay), (bx, by) = points[i - 1], points[i]
        out.append((abs(k) * ALONG, (ax + t * (bx - ax), ay + t * (by - ay))))
    return sorted(out, key=lambda place: place[0])


# A label centred on its curve, or beside it: above, below, left or right of the point, just clear of the line
_SIDES = ((0.0, 0.0), (0.0, -1.0), (0.0, 1.0), (-1.0, 0.0), (1.0, 0.0))
BESIDE = 8.0   # from the line to a label beside it: clear of the arrowhead (5.5 either side of the line)


def _rect_at(point, side, w: float, h: float) -> Rect:
    (px, py), (sx, sy) = point, side
    cx = px + sx * (w / 2 + BESIDE)
    cy = py + sy * (h / 2 + BESIDE)
    return Rect(cx - w / 2, cy - h / 2, w, h)


def _meets(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


class _Room:
    """Whether a label's rectangle is clear where it would stand: inside the map and its reach, and off
    every box, arrowhead, other label and other curve near it. Tried a few hundred times a label, so the
    rectangles are compared as plain edges."""

    def __init__(self, area: Rect, reach_rect: Rect, solid: list[Rect], curves: list[list]) -> None:
        inside = (max(area.x, reach_rect.x), max(area.y, reach_rect.y), min(area.right, reach_rect.right),
                  min(area.bottom, reach_rect.bottom))
        self._inside = tuple(edge + eps for edge, eps in zip(inside, (-1e-6, -1e-6, 1e-6, 1e-6)))
        self._solid = [(r.x - CLEAR, r.y - CLEAR, r.right + CLEAR, r.bottom + CLEAR) for r in solid]
        self._curves = [(min(xs) - CLEAR, min(ys) - CLEAR, max(xs) + CLEAR, max(ys) + CLEAR, c)   # its bounds first
                        for c, xs, ys in ((c, [p[0] for p in c], [p[1] for p in c]) for c in curves)]

    def __call__(self, rect: Rect) -> bool:
        x0, y0, x1, y1 = rect.x, rect.y, rect.x + rect.w, rect.y + rect.h
        left, top, right, bottom = self._inside
        if x0 < left or y0 < top or x1 > right or y1 > bottom:
            return False
        if any(x0 < sx1 and sx0 < x1 and y0 < sy1 and sy0 < y1 for sx0, sy0, sx1, sy1 in self._solid):
            return False
        grown = rect.adjusted(CLEAR)
        return not any(x0 < cx1 and cx0 < x1 and y0 < cy1 and cy0 < y1 and polyline_hits(c, grown)
                       for cx0, cy0, cx1, cy1, c in self._curves)


def _largest(per_unit, point, side, low: int, high: int, fits) -> int:
    """The largest size in eighths in [low, high] at which the label placed so is clear (0: none): a
    larger label at the same place covers all the smaller one did."""
    def ok(steps: int) -> bool:
        return fits(_rect_at(point, side, per_unit[0] * steps * STEP, per_unit[1] * steps * STEP))
    if low > high or not ok(low):
        return 0
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if ok(middle) else (low, middle - 1)
    return low


class _Grid:
    """Rectangles filed by the square cells they touch: what lies near a label is found without looking
    at every box and curve of a big map (the canvas asks Qt's index instead)."""

    CELL = 300.0

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list] = {}

    def _keys(self, rect: Rect):
        for i in range(math.floor(rect.x / self.CELL), math.floor(rect.right / self.CELL) + 1):
            for j in range(math.floor(rect.y / self.CELL), math.floor(rect.bottom / self.CELL) + 1):
                yield i, j

    def add(self, rect: Rect, thing) -> None:
        for key in self._keys(rect):
            self._cells.setdefault(key, []).append((rect, thing))

    def near(self, rect: Rect) -> list:
        """Each thing filed with a rectangle that meets `rect`, once."""
        found = {}
        for key in self._keys(rect):
            for filed, thing in self._cells.get(key, ()):
                if _meets(filed, rect):
                    found[id(thing)] = thing
        return list(found.values())


# How far beyond a link's bounds its label's reach may lie: the widest label's half and the slide
REACH_MARGIN = SLIDE + (LABEL_MAX_W + 2 * LABEL_PAD_X) / 2 + 10.0
Near = Callable[[Rect], tuple[list[Rect], list[LinkGeometry]]]


def _order(link: LinkGeometry) -> tuple:
    """Labels are placed top to bottom, left to right: the same order every time, so none jumps between
    frames, and each is clear of those placed before it and of the usual places of those after it."""
    rect = link.label.background.rect
    return rect.y, rect.x, link.id


class LabelPlaces:
    """Where projector view draws the labels at one size (`wanted_size`), each worked out when first asked for (a big map's
    labels off screen never are), after the labels before it that it could meet.

    `near(rect)`: the boxes (nodes, notes) and the links whose bounds meet `rect`."""

    def __init__(self, near: Near, area: Rect, wanted: int) -> None:
        self._near, self._area, self._wanted = near, area, wanted
        self._done: dict[str, Label | None] = {}
        self._flat: dict[str, list] = {}
        self._arrows: dict[str, Rect] = {}
        self._around: dict[str, tuple[list[Rect], list[LinkGeometry]]] = {}

    def label(self, link: LinkGeometry) -> Label | None:
        """The link's label as projector view draws it; None: the usual one."""
        if self._wanted <= USUAL or link.label is None:
            return None
        stack = [link]
        while stack:   # the labels before it first (no recursion: on a big map they may be many)
            top = stack[-1]
            if top.id in self._done:
                stack.pop()
                continue
            if top.id not in self._around:
                self._around[top.id] = self._near(reach(top.label).adjusted(REACH_MARGIN))
            boxes, links = self._around[top.id]
            before = [other for other in self._labelled_near(top, links)
                      if _order(other) < _order(top) and other.id not in self._done]
            if before:
                stack.extend(before)
                continue
            stack.pop()
            self._done[top.id] = self._place(top, boxes, links)
        return self._done[link.id]

    def _labelled_near(self, link: LinkGeometry, links: list[LinkGeometry]) -> list[LinkGeometry]:
        mine = reach(link.label)
        return [other for other in links
                if other.label is not None and other.id != link.id and _meets(reach(other.label), mine)]

    def _arrow(self, link: LinkGeometry) -> Rect:
        if link.id not in self._arrows:
            self._arrows[link.id] = union(Rect(x, y, 0.0, 0.0) for x, y in link.arrow)
        return self._arrows[link.id]

    def _curve(self, link: LinkGeometry) -> list:
        return self._flat.setdefault(link.id, flatten(link))

    def _place(self, link: LinkGeometry, boxes: list[Rect], links: list[LinkGeometry]) -> Label | None:
        reach_rect, mine = reach(link.label), _order(link)
        others = []
        for other in self._labelled_near(link, links):
            placed = self._done.get(other.id) if _order(other) < mine else None
            others.append((placed or other.label).background.rect)
        arrows = [self._arrow(other) for other in links]
        solid = [r for r in (*boxes, *arrows, *others) if _meets(r, reach_rect)]
        lines = [self._curve(other) for other in links if other.id != link.id and _meets(other.bounds, reach_rect)]
        per_unit = _per_unit(link.label)
        fits = _Room(self._area, reach_rect, solid, lines)
        best = (USUAL, None)
        for _, point in _places(self._curve(link)):
            for side in _SIDES:
                size = _largest(per_unit, point, side, best[0] + 1, self._wanted, fits)
                if size > best[0]:
                    best = (size, (point, side))
            if best[0] == self._wanted:
                break
        size, place = best
        if place is None:
            return None
        size *= STEP
        return _drawn(link.label, _rect_at(*place, per_unit[0] * size, per_unit[1] * size), size)


def wanted_size(scale: float, px: float) -> int:
    """The size, in steps, that reads `px` tall on screen at `scale`, rounded up to whole units and at most
    `MAX_GROWTH` times the usual. It is all that the labels' places depend on, so zooming places them again
    only every few 1 % steps (a label reads up to 0.7 px larger than asked), and not at all beyond that."""
    units = math.ceil(px / max(scale, 1e-6) - 1e-6)
    return min(round(units / STEP), round(LABEL_SIZE * MAX_GROWTH / STEP))


def room_labels(links: dict[str, LinkGeometry], boxes: list[Rect], scale: float,
                px: float) -> dict[str, Label]:
    """Every label drawn larger than usual at `scale` (screen px per unit) to reach `px` on screen, by link
    id (a label missing here keeps its usual drawing); `boxes`: the nodes' and notes' boxes."""
    labelled = [link for link in links.values() if link.label is not None]
    if not labelled:
        return {}
    solid, curves = _Grid(), _Grid()
    for box in boxes:
        solid.add(box, box)
    for link in links.values():
        curves.add(link.bounds, link)
    places = LabelPlaces(lambda rect: (solid.near(rect), curves.near(rect)),
                         union([*boxes, *(link.label.background.rect for link in labelled)]),
                         wanted_size(scale, px))
    found = {link.id: places.label(link) for link in labelled}
    return {key: label for key, label in found.items() if label is not None}
