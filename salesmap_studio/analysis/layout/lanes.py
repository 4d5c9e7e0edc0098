"""Swimlanes in the layout: which band each node belongs in, and columns that fit their bands.

Lanes lie where `swimlanes.lane_span` puts them. A node
with an owner stays in its owner's band; a node without one (an outcome, say)
joins the band of the step that leads to it, so it sits next to its flow. A
node that many links run into (a "Lost" at the end) joins the nearest one's band
(the latest column), so that those links do not all climb across the main path
to an early step's lane; with one or two, the first step's band (measured on
bench/layout.py: the nearest there moves objection arcs into each other).
"""

from __future__ import annotations

from ...model import SalesMap
from ..swimlanes import lane_span
from .graph import LayoutGraph
from .layers import topological

MARGIN = 10.0    # between a box and its band's edge
LANE_GAP = 20.0  # between two boxes in one band
COLLECTOR = 3    # links into a node without an owner from which on it joins its nearest step's band


def lane_rows(doc: SalesMap, graph: LayoutGraph, rank: list[int]) -> list[int]:
    """The lane index each node is laid out in (`rank`: each node's column)."""
    lane: list[int | None] = []
    for node_id in graph.ids:
        owner = getattr(doc.node(node_id), "owner", None)
        lane.append(doc.lane_index(owner) if owner else None)
    preds: list[list[int]] = [[] for _ in graph.ids]
    for u, targets in enumerate(graph.succ):
        for v in targets:
            preds[v].append(u)
    for node in topological(graph.succ):  # predecessors first, so lanes flow down the graph
        if lane[node] is None:
            ordered = preds[node] if len(preds[node]) < COLLECTOR else sorted(preds[node], key=lambda p: -rank[p])
            near = [lane[p] for p in ordered if lane[p] is not None]
            near += [lane[s] for s in graph.succ[node] if lane[s] is not None]
            lane[node] = near[0] if near else 0
    return [int(value) for value in lane]


def band(lane: int, lane_height: float, height: float) -> tuple[float, float]:
    """The lowest and highest centre y a box of `height` may take inside the lane."""
    top, bottom = lane_span(lane, lane_height)
    low, high = top + height / 2 + MARGIN, bottom - height / 2 - MARGIN
    if low > high:  # a band lower than the box: centre it, the box sticks out evenly
        low = high = (top + bottom) / 2
    return low, high


def split_full_columns(rank: list[int], lanes: list[int], heights: list[float], lane_height: float) -> list[int]:
    """New ranks in which no column holds more boxes in one band than fit; overflow moves right."""
    usable = lane_height - 2 * MARGIN
    chunk_of: list[int] = [0] * len(rank)
    filled: dict[tuple[int, int], tuple[int, float]] = {}
    for node in range(len(rank)):
        key = (rank[node], lanes[node])
        chunk, used = filled.get(key, (0, -LANE_GAP))
        need = heights[node] + LANE_GAP
        if used + need > usable and used > 0:
            chunk, used = chunk + 1, -LANE_GAP
        filled[key] = (chunk, used + need)
        chunk_of[node] = chunk
    width = [1] * (max(rank, default=-1) + 1)
    for node in range(len(rank)):
        width[rank[node]] = max(width[rank[node]], chunk_of[node] + 1)
    start = [0] * len(width)
    for r in range(1, len(width)):
        start[r] = start[r - 1] + width[r - 1]
    return [start[rank[node]] + chunk_of[node] for node in range(len(rank))]
