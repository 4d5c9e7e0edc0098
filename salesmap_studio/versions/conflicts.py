"""The conflicts list a merge writes (format version 2): ids, no item recorded twice."""

from __future__ import annotations

import copy
from typing import Any


class Conflicts:
    """Ours' existing conflicts, and the new ones this merge records."""

    def __init__(self, existing: list[dict[str, Any]]) -> None:
        self._existing = [copy.deepcopy(c) for c in existing]
        self.new: list[dict[str, Any]] = []
        self._ids = {c["id"] for c in existing}
        self._items = {(c["what"], c["item"]) for c in existing}

    def has(self, what: str, item: str | None) -> bool:
        return (what, item) in self._items

    def add(self, what: str, item: str | None, fields: list[str], base, theirs) -> None:
        if self.has(what, item):
            return
        cid = _next_free(self._ids)
        self._ids.add(cid)
        self._items.add((what, item))
        self.new.append({"id": cid, "what": what, "item": item, "fields": list(fields),
                         "base": copy.deepcopy(base), "theirs": copy.deepcopy(theirs)})

    def adopt(self, base: list[dict[str, Any]], theirs: list[dict[str, Any]]) -> None:
        """Theirs' unresolved conflicts that ours does not know: kept, under fresh ids."""
        known = [_content(c) for c in (*base, *self._existing)]
        for conflict in theirs:
            if _content(conflict) not in known and not self.has(conflict["what"], conflict["item"]):
                self.add(conflict["what"], conflict["item"], conflict["fields"], conflict["base"], conflict["theirs"])

    def all(self) -> list[dict[str, Any]]:
        return self._existing + self.new


def _next_free(taken: set[str]) -> str:
    n = len(taken) + 1
    while f"c{n}" in taken:
        n += 1
    return f"c{n}"


def _content(conflict: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in conflict.items() if k != "id"}
