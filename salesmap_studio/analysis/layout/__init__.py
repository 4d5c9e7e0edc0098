"""Automatic layout: a layered left-to-right drawing of the flow (pure, no Qt).

`layout(doc)` returns a new centre for every node and the route of each long
link (`routes`); `auto_layout(doc)` the centres alone. The steps are the
classic ones (Sugiyama): break cycles (objection loops become back edges), put
nodes in columns, order each column to avoid crossings (objection loops on the
outer side, above the main path; where that is still drawn with crossings, on a
map of up to a few hundred nodes, also the order without that preference, and
the one drawn with fewer crossings is kept), then assign coordinates — the
main path on one straight line, branches above and below it, and, when the map
has lanes, every node inside its owner's band.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import SalesMap
from ..geometry.primitives import Rect
from ..geometry.shapes import SIZES
from ..swimlanes import lane_span
from .coordinates import (COLUMN_GAP, DUMMY_SIZE, ROW_GAP, TIGHT_COLUMN_GAP, ColumnPlacer, clear_dummies,
                          column_xs)
from .graph import LayoutGraph, build_graph
from .lanes import LANE_GAP, MARGIN, band, lane_rows, split_full_columns
from .layers import Layered, assign_ranks, split_long_edges
from .ordering import Ordering
from .routes import link_routes
from .wrap import LanesTooLong, LayoutError, fits, wrap_bands

__all__ = ["auto_layout", "layout", "Layout", "LayoutError", "LanesTooLong", "SIZES"]

Positions = dict[str, tuple[float, float]]
SECOND_ORDER_WORK = 3000  # nodes + dummies at most for laying out the second order too (it costs a whole layout)


@dataclass
class Layout:
    positions: Positions                                   # node id -> new centre
    routes: dict[str, list[tuple[float, float]]] = field(default_factory=dict)  # link id -> bend points


def auto_layout(doc: SalesMap) -> Positions:
    """New (x, y) centres for every node of the map; the start sits at x = 0."""
    return layout(doc).positions


def layout(doc: SalesMap) -> Layout:
    """New centres for every node and the routes of the links that need bend points.

    A map too long for the canvas wraps into bands (see `wrap`) and its links are
    drawn without routes; with lanes it cannot wrap, and `LanesTooLong` (a
    `LayoutError`) says so when closer columns are not enough.
    """
    if not len(doc):
        return Layout({})
    graph = build_graph(doc)
    sizes = [SIZES[kind] for kind in graph.kinds]
    rank = assign_ranks(graph)
    lanes = lane_rows(doc, graph, rank) if doc.lanes() else None
    if lanes is not None:
        rank = split_full_columns(rank, lanes, [h for _, h in sizes], doc.info.lane_height)
    layered = split_long_edges(graph, rank)
    sizes += [DUMMY_SIZE] * (len(layered.rank) - layered.real)
    groups, outer = _groups(graph, layered, lanes), _returns(doc, graph, layered)
    best, best_crossings = None, None
    # objections above the main path first (mostly fewer crossings); where that still crosses, the main path's
    # preference alone, and the one drawn with fewer crossings is kept (the ordering counts straight pieces
    # between columns, the drawing has curves that leave a box by its top)
    second = outer and len(layered.rank) <= SECOND_ORDER_WORK
    for returns in (outer, set()) if second else (outer,):
        ordering = Ordering(layered, groups, set(graph.main), returns)
        placed, crossings = _placed(doc, graph, layered, ordering, sizes, lanes)
        if best is None or (crossings is not None and crossings < best_crossings):  # None: wrapped, not counted
            best, best_crossings = placed, crossings
        if not best_crossings:  # none, or not counted (a map too big to weigh its routes)
            break
    return best


def _placed(doc, graph: LayoutGraph, layered: Layered, ordering: Ordering, sizes, lanes) -> tuple[Layout, int | None]:
    """The layout for one ordering and its crossings as drawn (None when not counted)."""
    layers = ordering.run()
    ys = _rows(doc, graph, layered, layers, ordering, sizes, lanes)
    clear_dummies(layers, ys, [h for _, h in sizes], layered.real)
    positions, xs = _within_canvas(graph, layered, layers, sizes, ys, lanes is not None)
    if xs is None:
        return Layout(positions), None
    boxes = {}
    for n, node_id in enumerate(graph.ids):
        (x, y), (w, h) = positions[node_id], sizes[n]
        boxes[node_id] = Rect(x - w / 2, y - h / 2, w, h)
    halves = [max(sizes[n][0] for n in layer) / 2 if layer else 0.0 for layer in layers]
    spans = [(round(x - half, 2), round(x + half, 2)) for x, half in zip(xs, halves)]
    routes, crossings = link_routes(doc, graph, layered, spans, ys, boxes)
    return Layout(positions, routes), crossings


def _within_canvas(graph: LayoutGraph, layered: Layered, layers, sizes, ys, has_lanes: bool):
    """The centres, kept inside the canvas: wrapped into bands, or with lanes, columns closer together;
    and the columns' x (None once wrapped: the routes would no longer hold)."""
    widths = [w for w, _ in sizes]
    box = {node_id: sizes[n] for n, node_id in enumerate(graph.ids)}

    def place(xs: list[float]) -> Positions:
        return {node_id: (round(xs[layered.rank[n]], 2), round(ys[n] + 0.0, 2)) for n, node_id in enumerate(graph.ids)}

    xs = column_xs(layers, widths, COLUMN_GAP)
    positions = place(xs)
    if fits(positions, box):
        return positions, xs
    if has_lanes:
        xs = column_xs(layers, widths, TIGHT_COLUMN_GAP)
        positions = place(xs)
    else:
        positions, xs = wrap_bands(positions, box), None
    if not fits(positions, box):
        raise LanesTooLong(len(layers))
    return positions, xs


def _rows(doc, graph: LayoutGraph, layered: Layered, layers, ordering: Ordering, sizes, lanes) -> list[float]:
    heights = [h for _, h in sizes]
    lane_height = doc.info.lane_height
    bands = None
    if lanes is not None:
        bands = [band(lanes[n], lane_height, heights[n]) for n in range(layered.real)]
        bands += [None] * (len(heights) - layered.real)

    def gap(a: int, b: int) -> float:
        if layered.is_dummy(a) or layered.is_dummy(b):
            return (heights[a] + heights[b]) / 2 + 16.0
        if lanes is None:
            return (heights[a] + heights[b]) / 2 + ROW_GAP
        extra = LANE_GAP if lanes[a] == lanes[b] else 2 * MARGIN
        return (heights[a] + heights[b]) / 2 + extra

    placer = ColumnPlacer(layers, ordering.up, ordering.down, heights, gap, bands)
    return placer.run(_main_line(graph, layered, lanes, lane_height))


def _main_line(graph: LayoutGraph, layered: Layered, lanes, lane_height: float) -> dict[int, float]:
    """The y each main-path node is pinned to: 0; with lanes, one row per lane (see `_lane_rows`)."""
    fixed: dict[int, float] = {}
    last_rank = -1
    for node in graph.main:
        if layered.rank[node] <= last_rank:
            break  # the path turned back on itself in the drawing: pin only the straight part
        last_rank = layered.rank[node]
        fixed[node] = 0.0
    if lanes is not None:
        rows = _lane_rows(layered, lanes, lane_height, fixed)
        fixed = {node: rows[lanes[node]] for node in fixed}
    return fixed


def _lane_rows(layered: Layered, lanes: list[int], lane_height: float, main: dict[int, float]) -> dict[int, float]:
    """The main path's row in each lane: the middle, or near the top when a branch shares a column there."""
    crowded = set()
    for layer in layered.layers:
        for node in layer:
            if node in main and any(o != node and not layered.is_dummy(o) and lanes[o] == lanes[node] for o in layer):
                crowded.add(lanes[node])
    tallest = max(SIZES[kind][1] for kind in ("stage", "decision", "outcome"))
    return {lane: lane_span(lane, lane_height)[0] + (MARGIN + tallest / 2 if lane in crowded else lane_height / 2)
            for lane in set(lanes)}


def _returns(doc: SalesMap, graph: LayoutGraph, layered: Layered) -> set[int]:
    """The dummies of the objection links (the ordering's outer side)."""
    return {d for link in doc.links() if link.kind == "objection" and link.id in graph.ends
            for d in layered.route(*graph.ends[link.id]) or ()}


def _groups(graph: LayoutGraph, layered: Layered, lanes: list[int] | None) -> list[int]:
    """Per node: its lane; a dummy goes with its edge's source."""
    groups = [lanes[n] if lanes else 0 for n in range(layered.real)]
    groups += [0] * (len(layered.rank) - layered.real)
    for u, v in layered.edges:  # dummy chains are listed source first
        if layered.is_dummy(v):
            groups[v] = groups[u]
    return groups
