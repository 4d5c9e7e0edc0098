"""The map as a plain layered-layout graph: integer nodes, oriented edges without cycles.

Cycle breaking: a depth-first walk from the start (main path first, `objection`
links last) keeps every link that points forward in the walk and turns the ones
that point back into it around, so objection loops become back edges and the
flow stays left to right.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import SalesMap
from ..flow_order import flow_order, main_path

KIND_PRIORITY = {"flow": 0, "yes": 0, "no": 1, "objection": 2}


@dataclass
class LayoutGraph:
    ids: list[str]                       # node index -> node id, in flow order
    kinds: list[str]                     # "stage" | "decision" | "outcome"
    main: list[int]                      # the main path, start first
    succ: list[list[int]] = field(default_factory=list)   # forward edges (duplicates merged)
    back: list[tuple[int, int]] = field(default_factory=list)  # links turned around, as drawn (source, target)

    def __len__(self) -> int:
        return len(self.ids)


def build_graph(doc: SalesMap) -> LayoutGraph:
    order = flow_order(doc)
    index = {node_id: i for i, node_id in enumerate(order)}
    graph = LayoutGraph(order, [doc.node(n).kind for n in order], [index[n] for n in main_path(doc)])
    out: list[list[int]] = [[] for _ in order]
    links = sorted(doc.links(), key=lambda link: KIND_PRIORITY[link.kind])
    for link in links:
        if link.source != link.target:
            out[index[link.source]].append(index[link.target])
    graph.succ, graph.back = _break_cycles(out)
    return graph


def _break_cycles(out: list[list[int]]) -> tuple[list[list[int]], list[tuple[int, int]]]:
    """Forward successors without cycles, and the edges that closed a cycle (then turned around)."""
    count = len(out)
    state = [0] * count  # 0 new, 1 on the walk, 2 done
    forward: list[set[int]] = [set() for _ in range(count)]
    back: list[tuple[int, int]] = []
    for root in range(count):  # node 0 is the start; the flow order visits branches next
        if state[root]:
            continue
        state[root] = 1
        stack = [(root, iter(out[root]))]
        while stack:
            node, pending = stack[-1]
            target = next(pending, None)
            if target is None:
                state[node] = 2
                stack.pop()
            elif state[target] == 1:
                back.append((node, target))
                forward[target].add(node)
            else:
                forward[node].add(target)
                if state[target] == 0:
                    state[target] = 1
                    stack.append((target, iter(out[target])))
    return [sorted(targets) for targets in forward], back
