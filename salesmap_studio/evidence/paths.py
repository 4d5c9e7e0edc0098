"""Observed steps laid onto the map's links. A step from node A to node B follows the link A -> B,
or a way through decisions only (a CRM records no decision: Close -> Won may be Close ->
Signed? -> Won on the map); anything else is a transition the map does not have, and the stages
on the map's shortest way from A to B are the ones those deals skipped. Loops here run over the
distinct steps (a few dozen), never over events.
"""

from __future__ import annotations

from collections import deque

from ..analysis.flow import by_kind
from ..model import Decision, Outcome, SalesMap, Stage


def route(doc: SalesMap, source: str, target: str, through_decisions_only: bool = True) -> list[str] | None:
    """Link ids of the shortest way source -> target (breadth first, links in kind order), or None."""
    came: dict[str, tuple[str, str] | None] = {source: None}
    queue = deque([source])
    while queue:
        here = queue.popleft()
        for link in by_kind(doc.links_from(here)):
            if link.target in came:
                continue
            came[link.target] = (here, link.id)
            if link.target == target:
                return _walk_back(came, target)
            if not through_decisions_only or isinstance(doc.node(link.target), Decision):
                queue.append(link.target)
    return None


def _walk_back(came: dict, node: str) -> list[str]:
    links = []
    while came[node] is not None:
        node, link = came[node]
        links.append(link)
    return links[::-1]


def lay_onto_links(doc: SalesMap, steps) -> tuple[dict[str, int], list[dict], dict[str, int], set]:
    """(transitions per link id, unmapped transitions in CRM names (with the node ids they are
    matched to, or None: the canvas overlay draws them), deals per skipped stage id, the (from, to)
    node pairs the map has a way for).

    A step from a stage straight to a lost outcome that the map draws no way for is the stage's
    drop-out (the funnel's 1 - conversion), not a missing transition."""
    per_link = {link.id: 0 for link in doc.links()}
    unmapped, skipped, routed = [], {}, set()
    for source, target, from_name, to_name, count in steps:
        way = route(doc, source, target) if source and target else None
        if way is not None:
            routed.add((source, target))
            for link_id in way:
                per_link[link_id] += count
            continue
        target_node = doc.node(target) if target else None
        source_node = doc.node(source) if source else None
        if isinstance(target_node, Outcome) and target_node.result != "won" and isinstance(source_node, Stage):
            continue
        unmapped.append({"from": from_name, "to": to_name, "count": count, "from_node": source, "to_node": target})
        detour = route(doc, source, target, through_decisions_only=False) if source and target else None
        for link_id in (detour or [])[:-1]:
            between = doc.link(link_id).target
            if isinstance(doc.node(between), Stage):
                skipped[between] = skipped.get(between, 0) + count
    return per_link, unmapped, skipped, routed


def shares(doc: SalesMap, per_link: dict[str, int]) -> dict[str, dict]:
    """Each link's transitions and its share of all transitions out of its source."""
    out: dict[str, int] = {}
    for link in doc.links():
        out[link.source] = out.get(link.source, 0) + per_link[link.id]
    return {link.id: {"transitions": per_link[link.id],
                      "share": per_link[link.id] / out[link.source] if out[link.source] else None}
            for link in doc.links()}
