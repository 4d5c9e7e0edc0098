"""Nodes grouped by their name as the duplicate rule compares it, kept up to date node by node."""

from __future__ import annotations


def compared(name: str) -> str:
    """A name ignoring case and spacing."""
    return " ".join(name.casefold().split())


class NameIndex:
    def __init__(self) -> None:
        self._key_of: dict[str, str] = {}
        self._groups: dict[str, set[str]] = {}

    def place(self, node_id: str, name: str | None) -> set[str]:
        """Files the node under `name` (None: it is gone); the nodes whose count of namesakes changed."""
        key = None if name is None else compared(name)
        old = self._key_of.pop(node_id, None)
        if old == key:
            if key is not None:
                self._key_of[node_id] = key
            return set()
        touched = {node_id}
        if old is not None:
            group = self._groups[old]
            group.discard(node_id)
            touched |= group
            if not group:
                del self._groups[old]
        if key is not None:
            self._key_of[node_id] = key
            group = self._groups.setdefault(key, set())
            group.add(node_id)
            touched |= group
        return touched

    def forget(self, node_ids) -> set[str]:
        """`place(node_id, None)` of each node at once (a big delete): the nodes whose count of
        namesakes changed, those forgotten too."""
        key_of, groups, keys, touched = self._key_of, self._groups, set(), set()
        for node_id in node_ids:
            key = key_of.pop(node_id, None)
            if key is not None:
                groups[key].discard(node_id)
                keys.add(key)
                touched.add(node_id)
        for key in keys:
            if groups[key]:
                touched |= groups[key]
            else:
                del groups[key]
        return touched

    def namesakes(self, node_id: str) -> int:
        """How many nodes (this one too) have the node's name."""
        return len(self._groups[self._key_of[node_id]])
