"""`OrderedIds`: the document order of nodes or links, with cheap positions.

The order is a plain list of ids (iterating it is the document order); beside
it every id has a number that grows along the list, so finding an id's
position is a binary search and sorting a handful of ids into document order
needs no search at all. Deleting or restoring thousands of entities one by one
(undo of a bulk delete) then costs O(log n) searches each instead of a scan of
the whole list. An id put back at an index gets a number between its
neighbours'; when two neighbours have no room left between them, all numbers
are dealt out again.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import islice
from typing import Iterable, Iterator

SPACING = 1 << 20  # room for 20 restores between the same two neighbours before renumbering
# Ids put back at once, per id already there, beyond which the list is merged and renumbered in one
# pass rather than searched and shifted once per id.
MERGE_SHARE = 1 / 32


class OrderedIds:
    def __init__(self, ids: Iterable[str] = ()) -> None:
        self._ids: list[str] = []
        self._rank: dict[str, int] = {}
        for item_id in ids:
            self.insert(item_id)

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def index(self, item_id: str) -> int:
        """The id's position; ValueError if it is not there (as `list.index`)."""
        if item_id not in self._rank:
            raise ValueError(f"{item_id!r} is not in the order")
        return bisect_left(self._ids, self._rank[item_id], key=self._rank.__getitem__)

    def sort_key(self, item_id: str) -> int:
        """A number that sorts ids into document order (not their position)."""
        return self._rank[item_id]

    def insert(self, item_id: str, index: int | None = None) -> int:
        """Puts the id at `index` (the end when None, clamped like `list.insert`); returns where it went."""
        size = len(self._ids)
        index = size if index is None else max(0, min(size, index if index >= 0 else size + index))
        before = self._rank[self._ids[index - 1]] if index > 0 else None
        after = self._rank[self._ids[index]] if index < size else None
        rank = self._between(before, after)
        if rank is None:
            self._renumber()
            return self.insert(item_id, index)
        self._ids.insert(index, item_id)
        self._rank[item_id] = rank
        return index

    def insert_all(self, placed: list[tuple[int, str]]) -> None:
        """Puts ids back at once, as `insert` of each in turn would: `placed` is (index, id) with the
        indices ascending, each the id's position once all are in (undo of a delete of thousands)."""
        if any(not 0 <= a < b for (a, _), (b, _) in zip(placed, placed[1:])) or (placed and placed[0][0] < 0):
            raise ValueError("ids are put back at positions from 0 up, each after the one before")
        if len(placed) < MERGE_SHARE * len(self._ids):
            for index, item_id in placed:
                self.insert(item_id, index)
            return
        there, merged = iter(self._ids), []
        if not self._ids:   # all of them back (a delete of everything): ascending, each goes at the end
            merged, placed = [item_id for _, item_id in placed], ()
        for index, item_id in placed:
            merged.extend(islice(there, index - len(merged)))
            merged.append(item_id)
        merged.extend(there)
        self._ids = merged
        self._renumber()

    def remove(self, item_id: str) -> int:
        """Takes the id out; returns the position it had."""
        ids = self._ids
        # A delete takes its ids out from the last one back (so undo can put them back in order):
        # for Delete of everything each is the last one left, found without a search.
        index = len(ids) - 1 if ids and ids[-1] == item_id else self.index(item_id)
        del ids[index]
        del self._rank[item_id]
        return index

    @staticmethod
    def _between(before: int | None, after: int | None) -> int | None:
        if after is None:
            return 0 if before is None else before + SPACING
        if before is None:
            return after - SPACING
        middle = (before + after) // 2
        return middle if before < middle < after else None

    def _renumber(self) -> None:
        self._rank = {item_id: i * SPACING for i, item_id in enumerate(self._ids)}
