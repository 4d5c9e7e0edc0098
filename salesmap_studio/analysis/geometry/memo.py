"""Shapes remembered per item, worked out again only when what they are made of changed.

The model's nodes and links are frozen objects, and undo puts the very objects
back that a delete took away: restoring 5,000 deleted stages then needs no
name wrapping or curve fitting at all. A shape is a pure function of its key
(the node, its lane's colour and the map's language; or the link, its two end
nodes, its place in its fan and the language), so a shape whose key is equal
is the same shape.
"""

from __future__ import annotations

from typing import Callable


def _same(old: tuple, new: tuple) -> bool:
    return all(a is b or a == b for a, b in zip(old, new, strict=True))


class GeometryMemo:
    def __init__(self) -> None:
        self._kept: dict[str, tuple[tuple, object]] = {}

    def node(self, doc, node_id: str):
        from . import _lane_color, _language, node_geometry

        node = doc.node(node_id)
        return self._remember(node_id, ("node", node, _lane_color(doc, node), _language(doc)),
                              lambda: node_geometry(doc, node_id))

    def link(self, doc, link_id: str):
        from . import _language, _siblings, link_geometry

        link = doc.link(link_id)
        fan = _siblings(doc, link)
        key = ("link", link, doc.node(link.source), doc.node(link.target), fan.index(link_id), len(fan), _language(doc))
        return self._remember(link_id, key, lambda: link_geometry(doc, link_id))

    def seed_links(self, doc, links: dict) -> None:
        """Forgets every shape and remembers the links' (`all_links`), in one pass over their fans;
        nodes are worked out again when asked (the canvas asks when it first draws one)."""
        from . import _language, fans

        self._kept.clear()
        language = _language(doc)
        for fan in fans(doc):
            for rank, link in enumerate(fan):
                key = ("link", link, doc.node(link.source), doc.node(link.target), rank, len(fan), language)
                self._kept[link.id] = (key, links[link.id])

    def _remember(self, item_id: str, key: tuple, make: Callable[[], object]):
        kept = self._kept.get(item_id)
        if kept is not None and len(kept[0]) == len(key) and _same(kept[0], key):
            return kept[1]
        shape = make()
        self._kept[item_id] = (key, shape)
        return shape
