"""The bounds of what the canvas draws, kept as items come, change and go.

After each edit the scene needs the united bounds of its items (the scrollable
area, Fit Map, the far-out picture) and the bands need the extent of the boxes
(the lanes' width, each phase's span). Uniting thousands of rectangles again
after every rename cost more than the rename; here each item's rectangle is
filed once per change, and the bounds are read off four heaps.
"""

from __future__ import annotations

from heapq import heapify, heappop, heappush

from PySide6.QtCore import QRectF

from ...analysis.geometry import BandFacts, Rect

Edges = tuple[float, float, float, float]  # left, top, right, bottom


class Extent:
    """The union of keyed rectangles. A rectangle replaced or dropped stays in the heaps until it
    surfaces, and is thrown away then (the heaps are built anew when mostly such leftovers)."""

    def __init__(self) -> None:
        self._edges: dict[object, Edges] = {}
        self._heaps: tuple[list, list, list, list] = ([], [], [], [])  # left, top, -right, -bottom

    def __len__(self) -> int:
        return len(self._edges)

    def put(self, key, edges: Edges) -> None:
        if self._edges.get(key) == edges:
            return
        self._edges[key] = edges
        left, top, right, bottom = edges
        for heap, value in zip(self._heaps, (left, top, -right, -bottom)):
            heappush(heap, (value, key))
        if len(self._heaps[0]) > 2 * len(self._edges) + 64:
            self._rebuild()

    def drop(self, key) -> None:
        self._edges.pop(key, None)

    def edges(self) -> Edges | None:
        """(left, top, right, bottom) of them all; None when there are none."""
        if not self._edges:
            for heap in self._heaps:
                heap.clear()
            return None
        found = []
        for side, (heap, sign) in enumerate(zip(self._heaps, (1, 1, -1, -1))):
            while True:
                value, key = heap[0]
                edges = self._edges.get(key)
                if edges is not None and edges[side] == sign * value:
                    break
                heappop(heap)
            found.append(sign * value)
        return tuple(found)

    def rect(self) -> Rect | None:
        edges = self.edges()
        return None if edges is None else Rect(edges[0], edges[1], edges[2] - edges[0], edges[3] - edges[1])

    def _rebuild(self) -> None:
        for side, heap in enumerate(self._heaps):
            sign = 1 if side < 2 else -1
            heap[:] = [(sign * edges[side], key) for key, edges in self._edges.items()]
            heapify(heap)


def _box_edges(box) -> Edges:
    return (box.x, box.y, box.x + box.w, box.y + box.h)


class MapExtent:
    """The scene's items (their bounding rects) and the band facts of their boxes: the boxes of
    the nodes and notes, and those of each phase's nodes."""

    def __init__(self) -> None:
        self._items = Extent()
        self._boxes = Extent()
        self._phases: dict[str, Extent] = {}
        self._phase_of: dict[str, str] = {}

    def put(self, item, phase: str | None = None) -> None:
        """Files `item` as it is now; a node's `phase` is the one it belongs to (None: none)."""
        item_id = item.item_id
        self._items.put(item_id, item.bounds_edges())
        if item.kind == "link":
            return
        box = _box_edges(item.model_box)
        self._boxes.put(item_id, box)
        old = self._phase_of.get(item_id)
        if old is not None and old != phase:
            self._leave_phase(item_id, old)
        if phase is not None:
            self._phase_of[item_id] = phase
            self._phases.setdefault(phase, Extent()).put(item_id, box)

    def drop(self, item_id: str) -> None:
        self._items.drop(item_id)
        self._boxes.drop(item_id)
        old = self._phase_of.get(item_id)
        if old is not None:
            self._leave_phase(item_id, old)

    def _leave_phase(self, item_id: str, phase: str) -> None:
        del self._phase_of[item_id]
        extent = self._phases[phase]
        extent.drop(item_id)
        if not len(extent):
            del self._phases[phase]

    def items_rect(self) -> QRectF:
        """The united bounding rects of the items (an empty rect when there are none)."""
        edges = self._items.edges()
        return QRectF() if edges is None else QRectF(edges[0], edges[1], edges[2] - edges[0], edges[3] - edges[1])

    def band_facts(self) -> BandFacts:
        return BandFacts(self._boxes.rect(), {phase: extent.rect() for phase, extent in self._phases.items()})
