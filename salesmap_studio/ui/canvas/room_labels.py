"""Projector view's larger links' labels for the scene's map (`analysis.geometry.room_labels`).

One `LabelPlaces` per map version and wanted size (the zoom and the style's px): each label is placed when first painted, after the labels
before it that it could meet, and what lies near it is found through Qt's index of the scene's items (by
their bounds, in C++), so a big map's labels off screen cost nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt

from ...analysis.geometry import Label, Rect
from ...analysis.geometry.room_labels import LabelPlaces, wanted_size
from .items import LinkItem, NodeItem, NoteItem

BY_BOUNDS = Qt.ItemSelectionMode.IntersectsItemBoundingRect   # not by shape: a node's shape is Python


class RoomLabels:
    def __init__(self, scene) -> None:
        self.scene = scene
        self._key = None
        self._places: LabelPlaces | None = None

    def label(self, link_id: str, lod: float) -> Label | None:
        """The link's label as projector view draws it at `lod`; None: the usual one."""
        readable = self.scene.readable
        if not readable.label_px:
            return None
        key = (self.scene.version, wanted_size(lod, readable.label_px))
        if key != self._key:
            area = self.scene.content_rect()
            self._key, self._places = key, LabelPlaces(self._near, Rect(area.x(), area.y(), area.width(),
                                                                         area.height()), key[1])
        return self._places.label(self.scene.item(link_id).geometry)

    def _near(self, rect: Rect) -> tuple[list[Rect], list]:
        items = self.scene.items(QRectF(rect.x, rect.y, rect.w, rect.h), BY_BOUNDS)
        return ([item.model_box for item in items if isinstance(item, (NodeItem, NoteItem))],
                [item.geometry for item in items if isinstance(item, LinkItem)])
