"""Where the lanes lie on the map: the one place the spec's rule is written.

Lane `i` spans y from `i × lane_height` to `(i + 1) × lane_height`, in the map's lane
order. Editing (which lane a dropped stage joins, where a lane's stages move), the look
of the map (the bands) and the automatic layout all ask here.
"""

from __future__ import annotations

import math

from ..model import SalesMap


def lane_span(index: int, lane_height: float) -> tuple[float, float]:
    """The top and bottom y of lane `index`."""
    return index * lane_height, (index + 1) * lane_height


def lanes_bottom(doc: SalesMap) -> float:
    """The bottom y of the last lane (0 without lanes)."""
    return lane_span(len(doc.lanes()), doc.info.lane_height)[0]


def lane_at(doc: SalesMap, y: float) -> str | None:
    """The id of the lane whose band holds `y`, or None outside every band."""
    lanes = doc.lanes()
    index = math.floor(y / doc.info.lane_height)
    return lanes[index].id if 0 <= index < len(lanes) else None


def lane_centre(doc: SalesMap, lane_id: str) -> float | None:
    """The middle y of the lane, or None when the map has no such lane."""
    index = doc.lane_index(lane_id)
    if index is None:
        return None
    top, bottom = lane_span(index, doc.info.lane_height)
    return (top + bottom) / 2


def lane_shift(doc: SalesMap, lane_id: str, new_index: int) -> float:
    """How far a lane's stages move in y when the lane moves to `new_index`."""
    height = doc.info.lane_height
    return lane_span(new_index, height)[0] - lane_span(doc.lane_index(lane_id), height)[0]
