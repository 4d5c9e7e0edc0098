"""A link's bend points follow its ends: both ends moved together carry the points along;
one end moved (or the two by different amounts) makes them meaningless, so they are cleared
and the link is drawn as its own curve again."""

from __future__ import annotations

from typing import Iterable

from pydantic import ValidationError

from ..model import Link, SalesMap
from ..model.document import AnyNode

_FEW = 64  # moved nodes up to which their links are looked up node by node
_SAME = 0.005  # positions keep two decimals: deltas closer than this are one delta


def bent_links(doc: SalesMap, new_nodes: Iterable[AnyNode]) -> list[Link]:
    """The links with bend points at the nodes that `new_nodes` move, with their points moved or cleared."""
    shift = {}
    for node in new_nodes:
        old = doc.node(node.id)
        if (node.x, node.y) != (old.x, old.y):
            shift[node.id] = (node.x - old.x, node.y - old.y)
    if len(shift) <= _FEW:
        touched = list({link.id: link for node_id in shift for link in doc.links_of(node_id)}.values())
    else:  # one pass over the links costs less than asking the graph about each of many nodes
        touched = [link for link in doc.links() if link.source in shift or link.target in shift]
    return [_follow(link, shift.get(link.source, (0.0, 0.0)), shift.get(link.target, (0.0, 0.0)))
            for link in touched if link.points]


def _follow(link: Link, source: tuple[float, float], target: tuple[float, float]) -> Link:
    if abs(source[0] - target[0]) > _SAME or abs(source[1] - target[1]) > _SAME:
        return link.replace(points=())
    dx, dy = source
    try:
        return link.replace(points=[(x + dx, y + dy) for x, y in link.points])
    except ValidationError:  # carried beyond the edge of the canvas: drawn as a curve instead
        return link.replace(points=())
