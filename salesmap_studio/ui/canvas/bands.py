"""The swimlanes and phase bands behind every item of the canvas, with their headers."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from ...export import qt_paint
from .items import CACHED, BoundedItem, lod_of, qrect


class BandsItem(BoundedItem):
    """The swimlanes and phase bands behind everything."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(CACHED)
        self.lanes: list = []
        self.phases: list = []
        self._set = False
        self.named = (True, True)   # the lanes' and the phases' names drawn in their headers

    def set_bands(self, lanes: list, phases: list) -> None:
        if self._set and lanes == self.lanes and phases == self.phases:
            return   # most edits move no band: repainting them repainted the whole view
        self.lanes, self.phases, self._set = lanes, phases, True
        rect = QRectF()
        for band in (*lanes, *phases):
            rect = rect.united(qrect(band.shape.rect))
        self.setRect(rect.adjusted(-2, -2, 2, 2))
        self.redraw()

    def lane_at(self, scene_y: float) -> str | None:
        for band in self.lanes:
            if band.shape.rect.y <= scene_y < band.shape.rect.bottom:
                return band.id
        return None

    def name_in_headers(self, lanes: bool, phases: bool) -> bool:
        """Whether to write the names in the headers; False for a side whose frozen strip names the
        bands instead (a header half scrolled out showed a cut name beside the strip). True if changed."""
        if (lanes, phases) == self.named:
            return False
        self.named = (lanes, phases)
        self.redraw()
        return True

    def paint(self, painter: QPainter, option, widget=None) -> None:
        lod = lod_of(painter)
        for bands, named in zip((self.lanes, self.phases), self.named):
            for band in bands:
                qt_paint.paint_band(painter, band, lod, named)
