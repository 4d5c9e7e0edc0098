"""The last step of the layout: among each link's routes that pass no box, the one drawn with the fewest crossings.

A link may have several routes that avoid every box (an objection between
neighbouring columns: an arc over the row or a turn through the gap; a long
link: through its dummies with or without its ends' rows). The ordering counted
crossings between columns, not the curves the painters draw, so the choice is
made on the drawn curves themselves: each link in turn takes the route whose
flattened curve crosses the fewest other links (sharing no node with it, as
bench/layout.py counts them), until a pass changes nothing. Ties keep the
plainer route, so the result is deterministic.
"""

from __future__ import annotations

from ..geometry import fans
from ..geometry.links import link_shape_geometry
from ..geometry.paths import flatten, segments_cross
from ..geometry.primitives import Rect

CELL_W, CELL_H = 160.0, 160.0 # grid cells for looking up nearby pieces of curves (long runs lie flat)
PASSES = 3         # rounds over the links; one or two usually settle it
CHOICE_LINKS = 600  # above this many links the first route that passes no box is kept (speed)

Point = tuple[float, float]
Line = list[Point]


def choose_routes(doc, boxes: dict[str, Rect], options: dict[str, tuple[list[list[Point]], list[list[Point]]]]
                  ) -> tuple[dict[str, list[Point]], int | None]:
    """Per link id one of its routes, and the crossings of the chosen routes as drawn (None on a map too big to
    weigh). `options` holds the routes in order of preference (the first when it is alone) and those tried only
    once the choice among the first settled (each switch lowers the count, so offering them late never ends
    worse than without them)."""
    first = {link_id: plain for link_id, (plain, _) in options.items()}
    every = {link_id: plain + later for link_id, (plain, later) in options.items()}
    if len(options) > CHOICE_LINKS:
        return {link_id: routes[0] for link_id, routes in first.items()}, None
    drawn = _Drawn(doc, boxes, every)
    chosen = {link_id: 0 for link_id in options}
    _settle(drawn, first, chosen)
    _settle(drawn, {link_id: every[link_id] for link_id, (_, later) in options.items() if later}, chosen)
    crossings = sum(drawn.crossings(link_id, i, set()) for link_id, i in chosen.items()) // 2  # each seen twice
    return {link_id: every[link_id][i] for link_id, i in chosen.items()}, crossings


def _settle(drawn: "_Drawn", options: dict[str, list[list[Point]]], chosen: dict[str, int]) -> None:
    """Each link in turn takes the route of `options` that crosses the fewest, until a pass changes nothing."""
    for _ in range(PASSES):
        changed = False
        for link_id, routes in options.items():
            if len(routes) < 2:
                continue
            drawn.remove(link_id)
            lines = [drawn.line(link_id, i) for i in range(len(routes))]
            shared = set.intersection(*(set(zip(line, line[1:])) for line in lines))  # counts the same for all
            counts = [drawn.crossings(link_id, i, shared) for i in range(len(routes))]
            best = counts.index(min(counts))
            changed |= best != chosen[link_id]
            chosen[link_id] = best
            drawn.add(link_id, best)
        if not changed:
            break


class _Drawn:
    """The flattened curves of the chosen routes, their pieces filed in a grid."""

    def __init__(self, doc, boxes: dict[str, Rect], options: dict[str, list[list[Point]]]) -> None:
        self.doc, self.boxes, self.options = doc, boxes, options
        self.fan = {link.id: (rank, len(fan)) for fan in fans(doc) for rank, link in enumerate(fan)}
        self.ends = {link.id: {link.source, link.target} for link in doc.links()}
        self.grid: dict[tuple[int, int], set[tuple[str, int]]] = {}
        self.lines: dict[str, Line] = {}
        self.filed: dict[str, list[tuple[int, list[tuple[int, int]]]]] = {}  # per link, the cells of its pieces
        self.flattened: dict[tuple[str, int], tuple[Line, list[tuple[int, list[tuple[int, int]]]]]] = {}
        for link_id in options:
            self.add(link_id, 0)

    def line(self, link_id: str, option: int) -> Line:
        key = (link_id, option)
        if key not in self.flattened:  # each route is drawn once, however often it is weighed
            link = self.doc.link(link_id)
            src, dst = self.doc.node(link.source), self.doc.node(link.target)
            rank, count = self.fan[link_id]
            shape = link_shape_geometry(link, self.boxes[src.id], src.kind, self.boxes[dst.id], dst.kind, rank, count,
                                        "en", self.options[link_id][option])
            line = _straightened(flatten(shape))
            self.flattened[key] = line, [(k, _cells(line[k], line[k + 1])) for k in range(len(line) - 1)]
        return self.flattened[key][0]

    def add(self, link_id: str, option: int) -> None:
        self.lines[link_id] = self.line(link_id, option)
        self.filed[link_id] = cells = self.flattened[link_id, option][1]
        for k, near in cells:
            for cell in near:
                self.grid.setdefault(cell, set()).add((link_id, k))

    def remove(self, link_id: str) -> None:
        del self.lines[link_id]
        for k, near in self.filed.pop(link_id):
            for cell in near:
                self.grid[cell].discard((link_id, k))

    def crossings(self, link_id: str, option: int, skip: set[tuple[Point, Point]]) -> int:
        """Points where the link's route `option`, but for its pieces in `skip`, crosses the drawn curves of
        links that share no node with it."""
        ends = self.ends[link_id]
        line, cells = self.flattened[link_id, option]
        met: set[tuple[int, str, int]] = set()
        for k, near in cells:
            a, b = line[k], line[k + 1]
            if (a, b) in skip:
                continue
            for cell in near:
                for other, m in self.grid.get(cell, ()):
                    if (k, other, m) in met or ends & self.ends[other]:
                        continue
                    c, d = self.lines[other][m], self.lines[other][m + 1]
                    if segments_cross(a, b, c, d):
                        met.add((k, other, m))
        return len(met)


def _straightened(line: Line) -> Line:
    """The polyline without the points inside its straight runs (a long link's runs across columns)."""
    kept = line[:1]
    for point, after in zip(line[1:-1], line[2:]):
        before = kept[-1]
        if (point[0] - before[0]) * (after[1] - before[1]) != (point[1] - before[1]) * (after[0] - before[0]):
            kept.append(point)
    return kept + line[-1:] if len(line) > 1 else kept


def _cells(a: Point, b: Point):
    x0, x1 = sorted((int(a[0] // CELL_W), int(b[0] // CELL_W)))
    y0, y1 = sorted((int(a[1] // CELL_H), int(b[1] // CELL_H)))
    return [(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]
