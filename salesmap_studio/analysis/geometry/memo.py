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


ONE_PASS_SHARE = 8  # one pass over every fan costs about what looking up an eighth of the links one by one does
FEW = 64  # so few links are looked up one by one without counting the map's links first


def _fan_keys(doc):
    """The key of every link's shape, fan by fan (as `link` makes it)."""
    from . import _language, fans

    language = _language(doc)
    for fan in fans(doc):
        for rank, link in enumerate(fan):
            yield ("link", link, doc.node(link.source), doc.node(link.target), rank, len(fan), language)




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

    def links(self, doc, link_ids) -> dict:
        """The shapes of the links `link_ids`, by id. When they are many of the map's links (undo of
        a big delete: all), their fans are found in one pass over the links, not by lookups for each."""
        from . import _shaped

        if len(link_ids) < FEW or len(link_ids) * ONE_PASS_SHARE < len(doc.links()):
            # In the file's order too: the canvas stacks links in the order they come (where two cross,
            # the later is on top), so an undo shows the crossings as they were.
            return {link_id: self.link(doc, link_id) for link_id in doc.in_link_order(link_ids)}
        wanted = set(link_ids)
        shapes = {key[1].id: self._remember(key[1].id, key, lambda: _shaped(doc, key[1], *key[4:]))
                  for key in _fan_keys(doc) if key[1].id in wanted}
        return {link.id: shapes[link.id] for link in doc.links() if link.id in shapes}  # in the file's order

    def seed_links(self, doc, links: dict) -> None:
        """Forgets every shape and remembers the links' (`all_links`), in one pass over their fans;
        nodes are worked out again when asked (the canvas asks when it first draws one)."""
        self._kept.clear()
        for key in _fan_keys(doc):
            self._kept[key[1].id] = (key, links[key[1].id])

    def _remember(self, item_id: str, key: tuple, make: Callable[[], object]):
        kept = self._kept.get(item_id)
        if kept is not None and kept[0] == key:   # compared item by item, each first by identity (at C speed)
            return kept[1]
        shape = make()
        self._kept[item_id] = (key, shape)
        return shape
