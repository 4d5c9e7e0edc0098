"""Projector view's larger links' labels for the scene's map (`analysis.geometry.room_labels`).

They are worked out for every label at once, since each keeps clear of the others, when the first label is
painted at a zoom, and kept until the map, the zoom or the style changes.
"""

from __future__ import annotations

from ...analysis.geometry import Label
from ...analysis.geometry.room_labels import room_labels


class RoomLabels:
    def __init__(self, scene) -> None:
        self.scene = scene
        self._key = None
        self._labels: dict[str, Label] = {}

    def label(self, link_id: str, lod: float) -> Label | None:
        """The link's label as projector view draws it at `lod`; None: the usual one."""
        readable = self.scene.readable
        if not readable.label_px:
            return None
        key = (self.scene.version, round(lod, 3), readable)
        if key != self._key:
            self._key, self._labels = key, self._work_out(lod, readable.label_px)
        return self._labels.get(link_id)

    def _work_out(self, lod: float, px: float) -> dict[str, Label]:
        items = self.scene.map_items()
        links = {item.item_id: item.geometry for item in items if item.kind == "link"}
        boxes = [item.model_box for item in items if item.kind != "link"]
        return room_labels(links, boxes, lod, px)
