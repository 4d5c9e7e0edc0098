"""Each link's route as the layout laid it out, as bend points (`points` on links, format v2).

A long link runs through its dummies' places: straight across each column it
passes (the column's full width, where no box stands at that height) and in a
smooth turn through the gap to the next; bends that line up are merged. A link
between neighbouring columns needs no points, except an objection whose arc
over the two boxes would run through another box: it turns back through the
gap between the columns instead. A long link may also run level: out into the
gap beside its source, along a track below or above every box it passes, and in
beside its target (down and up in the gaps between columns, where no box
stands); one whose route would need more bends than the format allows, or that
the ordering left out (a map past its dummy budget), also at the free height
nearest its dummies. Of the routes that pass no box, the one drawn with the
fewest crossings is kept (`route_choice`; the level ones are tried last). Every
painter draws through the points (`geometry.links`), so the drawing shows the
order the crossing minimisation chose.
"""

from __future__ import annotations

from ...model import SalesMap
from ...model.entities import MAX_POINTS  # the format's limit per link
from ..geometry.links import link_shape_geometry
from ..geometry.paths import flatten, polyline_hits
from ..geometry.primitives import Rect
from .graph import LayoutGraph
from .layers import Layered
from .route_choice import CHOICE_LINKS, choose_routes

GAP_LIFT = 18.0   # an objection turned back in the gap runs this far above the flow link it pairs with
GENTLE = 40.0     # a height change between neighbouring dummies small enough to turn through a column's middle
CHANNEL_GAP = 40.0  # between the lowest (highest) box a channel route passes and the channel
TRACK_ROOM = 20.0   # between a box and a level route passing it

Point = tuple[float, float]


def dummy_points(layered: Layered, dummies: list[int], spans: list[tuple[float, float]], ys: list[float],
                 leftwards: bool) -> list[Point]:
    """Across each passed column at its dummy's height, in the link's direction; straight runs merged.

    A route that would need more points than the format allows passes each column
    through one point at its middle where its height barely changes (the turn
    then stays within the room kept around the dummy), through both edges elsewhere.
    """
    points = _merged(_across(layered, dummies, spans, ys, leftwards, lambda i: False))
    if len(points) > MAX_POINTS:
        def gentle(i: int) -> bool:
            near = [ys[dummies[j]] for j in (i - 1, i + 1) if 0 <= j < len(dummies)]
            return all(abs(y - ys[dummies[i]]) < GENTLE for y in near)
        points = _merged(_across(layered, dummies, spans, ys, leftwards, gentle))
    return points


def _across(layered, dummies, spans, ys, leftwards: bool, through_middle) -> list[Point]:
    points: list[Point] = []
    for i, dummy in enumerate(dummies):
        left, right = spans[layered.rank[dummy]]
        y = round(ys[dummy], 2)
        if through_middle(i):
            points.append((round((left + right) / 2, 2), y))
        else:
            points += [(right, y), (left, y)] if leftwards else [(left, y), (right, y)]
    return points


def _merged(points: list[Point]) -> list[Point]:
    merged: list[Point] = []
    for point in points:
        if len(merged) >= 2 and merged[-1][1] == merged[-2][1] == point[1]:
            merged[-1] = point
        else:
            merged.append(point)
    return merged


def link_routes(doc: SalesMap, graph: LayoutGraph, layered: Layered, spans: list[tuple[float, float]],
                ys: list[float], boxes: dict[str, Rect]) -> tuple[dict[str, list[Point]], int | None]:
    """The bend points of every link that needs them, by link id, and the crossings as drawn (None: not weighed)."""
    router = _Router(doc, graph, layered, spans, boxes)
    weighed = len(graph.ends) <= CHOICE_LINKS  # else the first route is kept: no level routes to offer
    options = {link.id: router.options(link, ys, weighed) for link in doc.links() if link.id in graph.ends}  # no loops
    routes, crossings = choose_routes(doc, boxes, options)
    return {link_id: points for link_id, points in routes.items() if points}, crossings


class _Router:
    """A link's routes from the plainest on that run through no other box (the channel when none does)."""

    def __init__(self, doc, graph: LayoutGraph, layered: Layered, spans, boxes: dict[str, Rect]) -> None:
        self.doc, self.graph, self.layered, self.spans, self.boxes = doc, graph, layered, spans, boxes
        self.columns: dict[int, list[str]] = {}
        for n, node_id in enumerate(graph.ids):
            self.columns.setdefault(layered.rank[n], []).append(node_id)
        self.column_boxes = {rank: [boxes[node_id] for node_id in ids] for rank, ids in self.columns.items()}
        # per column, the top of its highest box and the bottom of its lowest
        self.extent = [(min((b.y for b in self.column_boxes.get(r, ())), default=float("inf")),
                        max((b.bottom for b in self.column_boxes.get(r, ())), default=float("-inf")))
                       for r in range(max(layered.rank, default=0) + 1)]

    def options(self, link, ys: list[float], level: bool = True) -> tuple[list[list[Point]], list[list[Point]]]:
        """The link's routes that pass no box, plainest first, and the level ones to try after them."""
        source, target = self.graph.ends[link.id]
        dummies = self.layered.route(source, target)
        s_rank, t_rank = self.layered.rank[source], self.layered.rank[target]
        src, dst = self.boxes[link.source].center, self.boxes[link.target].center
        tries: list[list[Point]] = []
        if dummies is not None:
            middle = dummy_points(self.layered, dummies, self.spans, ys, t_rank < s_rank)
            if link.kind == "objection" and not dummies:
                tries += [[], [_gap_point(self.boxes[link.source], self.boxes[link.target])]]
            else:
                tries.append(middle)
            ends = [self._edge_point(s_rank, t_rank, src), self._edge_point(t_rank, s_rank, dst)]
            tries.append([ends[0], *middle, ends[1]])
        clear = [points for points in tries
                 if len(points) <= MAX_POINTS and not self._blocked(link, points, (s_rank, t_rank))]
        below = self._channel(s_rank, t_rank, src, dst, self._below(s_rank, t_rank))
        if abs(t_rank - s_rank) < 2 or not level:
            return clear or [below], []
        # a long link may also run level past every box: below them, above them, or (when its own route has too
        # many bends or the ordering left it out) at the free height nearest its dummies; tried once the
        # plainer routes are settled (tried together, an early switch could stop a better choice of others)
        tracks = [self._above(s_rank, t_rank)]
        if not clear:
            near = sorted(ys[d] for d in dummies) if dummies else [(src[1] + dst[1]) / 2]
            tracks.append(self._free_track(s_rank, t_rank, near[len(near) // 2]))
        level = [self._channel(s_rank, t_rank, src, dst, track) for track in tracks]
        level += [self._channel(s_rank, t_rank, src, dst, track, around, behind)
                  for around, behind in ((True, False), (False, True)) for track in (below[1][1], tracks[0])]
        return (clear, [below, *level]) if clear else ([below], level)

    def _below(self, s_rank: int, t_rank: int) -> float:
        low, high = sorted((s_rank, t_rank))
        return round(max(self.extent[r][1] for r in range(low, high + 1)) + CHANNEL_GAP, 2)

    def _above(self, s_rank: int, t_rank: int) -> float:
        low, high = sorted((s_rank, t_rank))
        return round(min(self.extent[r][0] for r in range(low, high + 1)) - CHANNEL_GAP, 2)

    def _free_track(self, s_rank: int, t_rank: int, wanted: float) -> float:
        """The height nearest `wanted` at which a level line passes every box of the columns between."""
        low, high = sorted((s_rank, t_rank))
        blocked = sorted((box.y - TRACK_ROOM, box.bottom + TRACK_ROOM)
                         for r in range(low + 1, high) for box in self.column_boxes.get(r, ()))
        for top, bottom in _merged_spans(blocked):
            if top < wanted < bottom:
                return round(top if wanted - top <= bottom - wanted else bottom, 2)
        return round(wanted, 2)

    def _channel(self, s_rank: int, t_rank: int, src: Point, dst: Point, track: float,
                 around: bool = False, behind: bool = False) -> list[Point]:
        """Out into the gap beside the source, to the level `track`, along it, and in beside the target. `around`:
        past the target into the gap behind it and in from there, `behind`: out through the gap behind the
        source (a link from the far side of the main path to one of its ends then goes round that end
        instead of across the path)."""
        step = 1 if t_rank > s_rank else -1
        out_x, in_x = _gap_x(self.spans, s_rank, -step if behind else step), _gap_x(self.spans, t_rank, step if around else -step)
        return [(out_x, round(src[1], 2)), (out_x, track), (in_x, track), (in_x, round(dst[1], 2))]

    def _edge_point(self, rank: int, towards: int, centre: Point) -> Point:
        left, right = self.spans[rank]
        return (right if towards > rank else left, round(centre[1], 2))

    def _blocked(self, link, points: list[Point], ranks: tuple[int, int]) -> bool:
        """Whether the link drawn through `points` runs through a box by its ends (its dummies' places are clear)."""
        src, dst = self.doc.node(link.source), self.doc.node(link.target)
        drawn = link_shape_geometry(link, self.boxes[src.id], src.kind, self.boxes[dst.id], dst.kind, 0, 1, "en", points)
        line = flatten(drawn)
        near = {rank + step for rank in ranks for step in (-1, 0, 1)}
        return any(polyline_hits(line, self.boxes[other]) for rank in near for other in self.columns.get(rank, ())
                   if other not in (src.id, dst.id))


def _merged_spans(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Sorted (top, bottom) spans with the overlapping ones joined."""
    merged: list[list[float]] = []
    for top, bottom in spans:
        if merged and top <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], bottom)
        else:
            merged.append([top, bottom])
    return [(top, bottom) for top, bottom in merged]


def _gap_x(spans, rank: int, step: int) -> float:
    """The middle of the gap on one side of column `rank` (past the outer columns: as far out as a gap)."""
    left, right = spans[rank]
    if 0 <= rank + step < len(spans):
        other = spans[rank + step]
        return round((right + other[0]) / 2 if step > 0 else (other[1] + left) / 2, 2)
    return round(right + 60.0 if step > 0 else left - 60.0, 2)


def _gap_point(src: Rect, dst: Rect) -> Point:
    left, right = (dst, src) if dst.x < src.x else (src, dst)
    return (round((left.right + right.x) / 2, 2), round(min(src.center[1], dst.center[1]) - GAP_LIFT, 2))
