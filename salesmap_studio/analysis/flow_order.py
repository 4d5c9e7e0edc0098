"""The order of a map's nodes along its flow: the main path first, then the branches.

The PDF playbook, the outline panel and the presentation mode walk a map in this
order, and the health checks use the main path ("the longest path from the start
along flow and yes links"). Loops are allowed anywhere, so every walk here keeps
a visited set and never recurses (maps may have thousands of nodes).
"""

from __future__ import annotations

import weakref
from collections import defaultdict

from ..model import Link, SalesMap
from .flow import depth_first

MAIN_KINDS = frozenset({"flow", "yes"})


def outgoing(doc: SalesMap, kinds: frozenset[str] | None = None) -> dict[str, list[Link]]:
    """Each node's outgoing links in document order (optionally only some kinds)."""
    out: dict[str, list[Link]] = defaultdict(list)
    for link in doc.links():
        if kinds is None or link.kind in kinds:
            out[link.source].append(link)
    return out


def neighbours(doc: SalesMap, reverse: bool = False) -> dict[str, list[str]]:
    """Each node's link targets (or, reversed, its link sources) in document order."""
    out: dict[str, list[str]] = defaultdict(list)
    for link in doc.links():
        source, target = (link.target, link.source) if reverse else (link.source, link.target)
        out[source].append(target)
    return out


def reachable(starts: list[str], step: dict[str, list[str]]) -> set[str]:
    """Every node reached from `starts` by following `step` (the starts included)."""
    seen = set(starts)
    stack = list(starts)
    while stack:
        for nxt in step.get(stack.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


def start_nodes(doc: SalesMap) -> list[str]:
    """Where deals enter: the map's `start`, else every node no other node links to."""
    if doc.start is not None and doc.has_node(doc.start):
        return [doc.start]
    return _unentered(doc)


def _unentered(doc: SalesMap) -> list[str]:
    """Nodes no other node links to, in document order."""
    entered = {link.target for link in doc.links() if link.source != link.target}
    return [node.id for node in doc.nodes() if node.id not in entered]


# The walks below are asked for by several panels after every edit (health checks, outline, map
# inspector, funnel); a rename or a move does not change them. Kept per map until its flow_revision
# changes; weak keys, so a closed map's walks go with it.
_walks: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _remembered(doc: SalesMap, name: str, walk) -> list[str]:
    revision, found = _walks.get(doc, (None, {}))
    if revision != doc.flow_revision:
        found = {}
        _walks[doc] = (doc.flow_revision, found)
    if name not in found:
        found[name] = tuple(walk(doc))
    return list(found[name])   # a fresh list: callers may extend it


def main_path(doc: SalesMap) -> list[str]:
    """The longest path from the start along `flow` and `yes` links (node ids, start first).

    Links that close a loop (found by a depth-first walk in document order) are
    ignored, so the path is simple. Ties go to the link listed first.
    """
    return _remembered(doc, "main_path", _main_path)


def _main_path(doc: SalesMap) -> list[str]:
    starts = start_nodes(doc)
    if not starts:
        return []
    start = starts[0]
    forward = _forward_links(start, outgoing(doc, MAIN_KINDS))
    length = _path_lengths(start, forward)
    path = [start]
    while forward[path[-1]]:
        path.append(max(forward[path[-1]], key=lambda target: length[target]))
    return path


def flow_order(doc: SalesMap) -> list[str]:
    """Every node once: the main path, then each branch depth-first, then the unreachable parts."""
    return _remembered(doc, "flow_order", _flow_order)


def _flow_order(doc: SalesMap) -> list[str]:
    order = main_path(doc)
    seen = set(order)
    links = outgoing(doc)
    # Unreachable parts are walked from their own beginnings where they have one.
    for root in order + _unentered(doc) + [node.id for node in doc.nodes()]:
        # A main-path node is already placed: its branches start at its successors.
        stack = _unseen_targets(root, links, seen) if root in seen else [root]
        while stack:
            node_id = stack.pop()
            if node_id in seen:
                continue
            seen.add(node_id)
            order.append(node_id)
            stack.extend(_unseen_targets(node_id, links, seen))
    return order


def _unseen_targets(node_id: str, links: dict[str, list[Link]], seen: set[str]) -> list[str]:
    """Targets not yet placed, reversed so that popping them visits the first link first."""
    return [link.target for link in reversed(links.get(node_id, ())) if link.target not in seen]


def _forward_links(start: str, links: dict[str, list[Link]]) -> dict[str, list[str]]:
    """The successors of every node reachable from `start`, minus links back into the walk."""
    forward, _back = depth_first([start], lambda node_id: (link.target for link in links.get(node_id, ())))
    return forward


def _path_lengths(start: str, forward: dict[str, list[str]]) -> dict[str, int]:
    """Nodes on the longest forward path from each node (the forward links form no loop)."""
    length: dict[str, int] = {}
    stack = [(start, False)]
    while stack:
        node_id, expanded = stack.pop()
        if node_id in length:
            continue
        if expanded:
            length[node_id] = 1 + max((length[t] for t in forward[node_id]), default=0)
            continue
        stack.append((node_id, True))
        stack.extend((t, False) for t in forward[node_id] if t not in length)
    return length
