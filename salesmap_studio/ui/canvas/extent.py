"""The bounds of what the canvas draws, kept as items come, change and go.

After each edit the scene needs the united bounds of its items (the scrollable
area, Fit Map, the far-out picture) and the bands need the extent of the boxes
(the lanes' width, each phase's span). Uniting thousands of rectangles again
after every rename cost more than the rename; here each item's rectangle is
filed once per change, and the bounds follow it.
"""

from __future__ import annotations

from operator import attrgetter

from PySide6.QtCore import QRectF

from ...analysis.geometry import BandFacts, Rect
from .items import LinkItem, MapItem

Edges = tuple[float, float, float, float]  # left, top, right, bottom
MANY = 64  # items filed at once beyond which the bounds are worked out again from all boxes, not grown
_X, _Y = attrgetter("x"), attrgetter("y")


class Extent:
    """The union of keyed rectangles (`Rect`s, kept as given: no copy per item, so a big undo adds
    no garbage to collect). Their bounds grow as rectangles come; only when one that touched the
    bounds moves or goes are they worked out again from all of them (rarely: a rename or a move
    inside the map never does, a delete of everything does it once)."""

    def __init__(self) -> None:
        self._rects: dict[object, Rect] = {}
        self._bounds: Edges | None = None
        self._stale = False

    def __len__(self) -> int:
        return len(self._rects)

    def put(self, key, rect: Rect) -> None:
        old = self._rects.get(key)
        if old is rect or old == rect:
            return
        self._rects[key] = rect
        b = self._bounds
        if self._stale:
            return
        if b is None:
            self._bounds = (rect.x, rect.y, rect.x + rect.w, rect.y + rect.h)   # the first one
        elif old is not None and _touches(old, b):
            self._stale = True     # it may have held the bounds out
        elif rect.x < b[0] or rect.y < b[1] or rect.x + rect.w > b[2] or rect.y + rect.h > b[3]:
            self._bounds = (min(b[0], rect.x), min(b[1], rect.y), max(b[2], rect.x + rect.w), max(b[3], rect.y + rect.h))

    def put_all(self, rects: dict) -> None:
        """Files many rectangles at once ({key: rect}): the bounds are worked out again, from all of
        them, when next asked."""
        if rects:
            self._rects.update(rects)
            self._stale = True

    def drop(self, keys) -> None:
        """Forgets the rectangles of `keys` (those it has)."""
        pop, b, stale = self._rects.pop, self._bounds, self._stale
        for key in keys:
            old = pop(key, None)
            if old is not None and not stale and _touches(old, b):
                stale = True   # it may have held the bounds out
        self._stale = stale

    def edges(self) -> Edges | None:
        """(left, top, right, bottom) of them all; None when there are none."""
        if self._stale:
            rects = self._rects.values()
            self._bounds = (min(map(_X, rects)), min(map(_Y, rects)), max([r.x + r.w for r in rects]),
                            max([r.y + r.h for r in rects])) if rects else None
            self._stale = False
        return self._bounds

    def rect(self) -> Rect | None:
        edges = self.edges()
        return None if edges is None else Rect(edges[0], edges[1], edges[2] - edges[0], edges[3] - edges[1])


def _touches(rect: Rect, b: Edges) -> bool:
    return rect.x <= b[0] or rect.y <= b[1] or rect.x + rect.w >= b[2] or rect.y + rect.h >= b[3]


def _around(edges: Edges | None, margins) -> Edges | None:
    if edges is None:
        return None
    left, top, right, bottom = margins
    return (edges[0] - left, edges[1] - top, edges[2] + right, edges[3] + bottom)


class MapExtent:
    """The boxes of the scene's nodes and notes, and of its links (the items' bounding rects lie
    their margins around them), and those of each phase's nodes: the band facts."""

    def __init__(self) -> None:
        self._boxes = Extent()   # nodes and notes
        self._links = Extent()
        self._phases: dict[str, Extent] = {}
        self._phase_of: dict[str, str] = {}

    def put(self, item, phase: str | None = None) -> None:
        """Files `item` as it is now; a node's `phase` is the one it belongs to (None: none)."""
        item_id, box = item.item_id, item.model_box
        if item.kind == "link":
            self._links.put(item_id, box)
            return
        self._boxes.put(item_id, box)
        self._put_in_phase(item_id, box, phase)

    def _put_in_phase(self, item_id: str, box: Rect, phase: str | None) -> None:
        old = self._phase_of.get(item_id)
        if old != phase and old is not None:
            self._leave_phase(item_id, old)
        if phase is not None:
            self._phase_of[item_id] = phase
            extent = self._phases.get(phase)
            if extent is None:
                extent = self._phases[phase] = Extent()
            extent.put(item_id, box)

    def put_all(self, items: list, phases: dict[str, str | None]) -> None:
        """Files items new here, all at once; `phases`: each node's phase (none when the map has none)."""
        if len(items) < MANY:
            for item in items:
                self.put(item, phases.get(item.item_id))
            return
        boxes = {item.item_id: item.model_box for item in items if item.kind != "link"}
        self._boxes.put_all(boxes)
        self._links.put_all({item.item_id: item.model_box for item in items if item.kind == "link"})
        for item_id, phase in phases.items():   # nodes only
            self._put_in_phase(item_id, boxes[item_id], phase)

    def drop(self, item_ids) -> None:
        """Forgets the items of `item_ids` (a step's removals, all at once)."""
        self._boxes.drop(item_ids)
        self._links.drop(item_ids)
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
        parts = [e for e in (_around(self._boxes.edges(), MapItem.MARGINS), _around(self._links.edges(), LinkItem.MARGINS))
                 if e is not None]
        if not parts:
            return QRectF()
        left, top = min(e[0] for e in parts), min(e[1] for e in parts)
        return QRectF(left, top, max(e[2] for e in parts) - left, max(e[3] for e in parts) - top)

    def band_facts(self) -> BandFacts:
        return BandFacts(self._boxes.rect(), {phase: extent.rect() for phase, extent in self._phases.items()})
