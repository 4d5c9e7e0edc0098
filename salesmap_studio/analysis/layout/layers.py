"""Layer assignment: each node gets a column (rank); long edges get chains of dummy nodes."""

from __future__ import annotations

from dataclasses import dataclass

from .graph import LayoutGraph

# Long edges get chains of dummies, shortest first, until this many dummies per node are used:
# a big map whose every "no" runs into one far "Closed lost" would otherwise need tens of
# thousands of them (seconds of work); the longest of those edges are left out of the ordering.
DUMMIES_PER_NODE = 4
MIN_DUMMIES = 4000


@dataclass
class Layered:
    """The graph split into columns; nodes past `real` are dummies that carry long edges."""

    real: int
    rank: list[int]
    edges: list[tuple[int, int]]   # between neighbouring columns only
    layers: list[list[int]]
    far: list[tuple[int, int]]     # edges longer than the dummy budget allows, left out of the ordering
    chains: dict[tuple[int, int], list[int]]  # each forward edge (u, v) -> the dummies it passes, from u

    def route(self, source: int, target: int) -> list[int] | None:
        """The dummies a link from `source` to `target` passes, in its direction (None: left out)."""
        if (source, target) in self.chains:
            return self.chains[source, target]
        if (target, source) in self.chains:
            return self.chains[target, source][::-1]
        return None

    def is_dummy(self, node: int) -> bool:
        return node >= self.real


def topological(succ: list[list[int]]) -> list[int]:
    indegree = [0] * len(succ)
    for targets in succ:
        for t in targets:
            indegree[t] += 1
    ready = [n for n in range(len(succ)) if not indegree[n]][::-1]
    order = []
    while ready:
        node = ready.pop()
        order.append(node)
        for t in reversed(succ[node]):
            indegree[t] -= 1
            if not indegree[t]:
                ready.append(t)
    return order


def assign_ranks(graph: LayoutGraph) -> list[int]:
    """Longest path from the sources, then sources moved up next to their first successor."""
    order = topological(graph.succ)
    rank = [0] * len(graph)
    for node in order:
        for t in graph.succ[node]:
            rank[t] = max(rank[t], rank[node] + 1)
    has_pred = [False] * len(graph)
    for targets in graph.succ:
        for t in targets:
            has_pred[t] = True
    for node in reversed(order):
        if not has_pred[node] and graph.succ[node]:
            rank[node] = min(rank[t] for t in graph.succ[node]) - 1
    low = min(rank, default=0)
    return [r - low for r in rank]


def split_long_edges(graph: LayoutGraph, rank: list[int]) -> Layered:
    """Dummy chains so that every edge joins neighbouring columns (back edges included, turned round)."""
    rank = list(rank)
    edges: list[tuple[int, int]] = []
    far: list[tuple[int, int]] = []
    chains: dict[tuple[int, int], list[int]] = {}
    spans = sorted(((u, v) for u in range(len(graph)) for v in graph.succ[u]), key=lambda e: rank[e[1]] - rank[e[0]])
    budget = max(MIN_DUMMIES, DUMMIES_PER_NODE * len(graph))
    for u, v in spans:
        if len(rank) - len(graph) + rank[v] - rank[u] - 1 > budget:
            far.append((u, v))
            continue
        previous, chain = u, []
        for r in range(rank[u] + 1, rank[v]):
            rank.append(r)
            edges.append((previous, len(rank) - 1))
            previous = len(rank) - 1
            chain.append(previous)
        edges.append((previous, v))
        chains[u, v] = chain
    layers: list[list[int]] = [[] for _ in range(max(rank, default=-1) + 1)]
    for node, r in enumerate(rank):
        layers[r].append(node)
    return Layered(len(graph), rank, edges, layers, far, chains)
