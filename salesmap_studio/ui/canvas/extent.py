"""The bounds of what the canvas draws, kept as items come, change and go.

After each edit the scene needs the united bounds of its items (the scrollable
area, Fit Map, the far-out picture) and the bands need the extent of the boxes
(the lanes' width, each phase's span). Uniting thousands of rectangles again
after every rename cost more than the rename; here each item's rectangle is
filed once per change, and the bounds follow it.
"""

from __future__ import annotations

from operator import itemgetter

from PySide6.QtCore import QRectF

from ...analysis.geometry import BandFacts, Rect

Edges = tuple[float, float, float, float]  # left, top, right, bottom


class Extent:
    """The union of keyed rectangles. Their bounds grow as rectangles come; only when one that
    touched the bounds shrinks or goes are they worked out again from all of them (rarely: a
    rename or a move inside the map never does, a delete of everything does it once)."""

    def __init__(self) -> None:
        self._edges: dict[object, Edges] = {}
        self._bounds: Edges | None = None
        self._stale = False

    def __len__(self) -> int:
        return len(self._edges)

    def put(self, key, edges: Edges) -> None:
        old = self._edges.get(key)
        if old == edges:
            return
        self._edges[key] = edges
        b = self._bounds
        if self._stale:
            return
        if b is None:
            self._bounds = edges   # the first one
        elif old is not None and (old[0] <= b[0] or old[1] <= b[1] or old[2] >= b[2] or old[3] >= b[3]):
            self._stale = True     # it may have held the bounds out
        elif edges[0] < b[0] or edges[1] < b[1] or edges[2] > b[2] or edges[3] > b[3]:
            self._bounds = (min(b[0], edges[0]), min(b[1], edges[1]), max(b[2], edges[2]), max(b[3], edges[3]))

    def drop(self, keys) -> None:
        """Forgets the rectangles of `keys` (those it has)."""
        pop, b, stale = self._edges.pop, self._bounds, self._stale
        for key in keys:
            old = pop(key, None)
            if old is not None and not stale and (
                    old[0] <= b[0] or old[1] <= b[1] or old[2] >= b[2] or old[3] >= b[3]):
                stale = True   # it may have held the bounds out
        self._stale = stale

    def edges(self) -> Edges | None:
        """(left, top, right, bottom) of them all; None when there are none."""
        if self._stale:
            values = self._edges.values()
            self._bounds = (min(map(itemgetter(0), values)), min(map(itemgetter(1), values)),
                            max(map(itemgetter(2), values)), max(map(itemgetter(3), values))) if values else None
            self._stale = False
        return self._bounds

    def rect(self) -> Rect | None:
        edges = self.edges()
        return None if edges is None else Rect(edges[0], edges[1], edges[2] - edges[0], edges[3] - edges[1])


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
        box = item.model_box
        box = (box.x, box.y, box.x + box.w, box.y + box.h)
        self._boxes.put(item_id, box)
        old = self._phase_of.get(item_id)
        if old != phase and old is not None:
            self._leave_phase(item_id, old)
        if phase is not None:
            self._phase_of[item_id] = phase
            extent = self._phases.get(phase)
            if extent is None:
                extent = self._phases[phase] = Extent()
            extent.put(item_id, box)

    def drop(self, item_ids) -> None:
        """Forgets the items of `item_ids` (a step's removals, all at once)."""
        self._items.drop(item_ids)
        self._boxes.drop(item_ids)
        for item_id in item_ids:
            phase = self._phase_of.get(item_id)
            if phase is not None:
                self._leave_phase(item_id, phase)

    def _leave_phase(self, item_id: str, phase: str) -> None:
        del self._phase_of[item_id]
        extent = self._phases[phase]
        extent.drop((item_id,))
        if not len(extent):
            del self._phases[phase]

    def items_rect(self) -> QRectF:
        """The united bounding rects of the items (an empty rect when there are none)."""
        edges = self._items.edges()
        return QRectF() if edges is None else QRectF(edges[0], edges[1], edges[2] - edges[0], edges[3] - edges[1])

    def band_facts(self) -> BandFacts:
        return BandFacts(self._boxes.rect(), {phase: extent.rect() for phase, extent in self._phases.items()})
