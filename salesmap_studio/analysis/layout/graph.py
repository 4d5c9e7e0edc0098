"""The map as a plain layered-layout graph: integer nodes, oriented edges without cycles.

Objection links are turned round first: they lead back to an earlier step, so
they are laid out as if they ran forward from it (one that closes no loop would
otherwise push its target to the right). Cycle breaking then: the flow's
depth-first walk (`flow.depth_first`) from the start (main path first, links in
`flow.LINK_KIND_ORDER`) keeps every link that points forward in the walk and
turns the ones that point back into it around, so the flow stays left to right.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import SalesMap
from ..flow import by_kind, depth_first
from ..flow_order import flow_order, main_path


@dataclass
class LayoutGraph:
    ids: list[str]                       # node index -> node id, in flow order
    kinds: list[str]                     # "stage" | "decision" | "outcome"
    main: list[int]                      # the main path, start first
    succ: list[list[int]] = field(default_factory=list)   # forward edges (duplicates merged)
    back: list[tuple[int, int]] = field(default_factory=list)  # links turned around, as drawn (source, target)
    ends: dict[str, tuple[int, int]] = field(default_factory=dict)  # link id -> its (source, target) nodes

    def __len__(self) -> int:
        return len(self.ids)


def build_graph(doc: SalesMap) -> LayoutGraph:
    order = flow_order(doc)
    index = {node_id: i for i, node_id in enumerate(order)}
    graph = LayoutGraph(order, [doc.node(n).kind for n in order], [index[n] for n in main_path(doc)])
    out: list[list[int]] = [[] for _ in order]
    for link in by_kind(doc.links()):
        if link.source != link.target:
            source, target = index[link.source], index[link.target]
            graph.ends[link.id] = (source, target)
            if link.kind == "objection":
                source, target = target, source
            out[source].append(target)
    graph.succ, graph.back = _break_cycles(out)
    return graph


def _break_cycles(out: list[list[int]]) -> tuple[list[list[int]], list[tuple[int, int]]]:
    """Forward successors without cycles, and the edges that closed a cycle (then turned around)."""
    # node 0 is the start; the flow order visits branches next
    forward, back = depth_first(range(len(out)), out.__getitem__)
    turned = [set(forward[node]) for node in range(len(out))]
    for source, target in back:
        turned[target].add(source)
    return [sorted(targets) for targets in turned], back
