"""A read-only stand-in for the document while a drag is in progress.

It answers like the document, except that the dragged nodes sit where the
pointer has taken them; the link geometry of the shared look is computed from it,
so the curves follow a dragged node exactly as they will look after the drop.
"""

from __future__ import annotations


class MovedDocument:
    def __init__(self, document, offsets: dict[str, tuple[float, float]]) -> None:
        self._document = document
        self._offsets = offsets

    def node(self, node_id: str):
        node = self._document.node(node_id)
        dx, dy = self._offsets.get(node_id, (0.0, 0.0))
        if not (dx or dy):
            return node
        # model_copy skips validation: this copy is only looked at, never stored.
        return node.model_copy(update={"x": node.x + dx, "y": node.y + dy})

    def __getattr__(self, name: str):
        return getattr(self._document, name)
