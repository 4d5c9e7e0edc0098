"""Lane and phase names that stay in sight, beside the map rather than over it (frozen panes).

Once the map's own lane-name column scrolls out of view on the left, a slim
strip appears at the view's left edge with each lane's colour and name, level
with its band; once the phase headers scroll out at the top, a strip along the
top edge names the phases over their columns. The strips sit in the view's
margins, outside the viewport, so they never cover a stage and a stage at the
edge stays clickable. Their text is drawn in screen pixels: readable at any zoom.
In projector view the strips are scaled to the screen's own pixels (`FrozenPanes.set_scale`): the names
are then drawn at 13 px through a scaled painter, as a font's pixel size is whole (13 × ½ would be 6).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from ...analysis.geometry import palette
from ...export import qt_paint

LEFT_WIDTH = 30    # pixels: a name runs up the strip, as on a swimlane diagram
TOP_HEIGHT = 26
TEXT_PX = 13
PADDING = 4        # pixels from a band's ends to its name
SLACK = 8          # pixels: a header just past the edge still counts as in view


class Pane(QWidget):
    def __init__(self, view, side: str) -> None:
        super().__init__(view)
        self.view, self.side = view, side
        self.scale = 1.0   # of the sizes above (see FrozenPanes.set_scale)
        self.painted_px = 0.0   # the names' em as last painted, in logical pixels (what the room sees; tests)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def bands(self) -> list:
        bands = self.view.scene().bands
        return bands.lanes if self.side == "left" else bands.phases

    def name(self, band) -> str:
        doc = self.view.modeling.doc
        found = doc.lane(band.id) if self.side == "left" else doc.phase(band.id)
        return found.name if found is not None else ""

    def names_font(self) -> QFont:
        """The names' font before the strips' scale (the painter applies it)."""
        font = QFont(qt_paint.FAMILY)
        font.setPixelSize(TEXT_PX)
        font.setBold(True)
        return font

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.view.scene().backgroundBrush())
        painter.fillRect(self.rect(), qt_paint.qcolor(palette.PHASE_HEADER))
        painter.setFont(self.names_font())
        for band in self.bands():
            self._paint_band(painter, band)
        painter.end()
        self.painted_px = TEXT_PX * self.scale

    def label(self, band, metrics) -> tuple[QRect, str]:
        """The band's stretch of the strip and its name as it fits there (elided), in `metrics`' font
        (unscaled: the room is measured in the font's own pixels)."""
        rect = band.shape.rect
        start = self.view.mapFromScene(QPointF(rect.x, rect.y))
        end = self.view.mapFromScene(QPointF(rect.x + rect.w, rect.y + rect.h))
        if self.side == "left":
            area = QRect(0, start.y(), self.width(), end.y() - start.y())
        else:
            area = QRect(start.x(), 0, end.x() - start.x(), self.height())
        area = area.intersected(self.rect())
        room = (area.height() if self.side == "left" else area.width()) / self.scale - 2 * PADDING
        return area, metrics.elidedText(self.name(band), Qt.TextElideMode.ElideRight, max(0, int(room)))

    def _paint_band(self, painter: QPainter, band) -> None:
        """The band's stretch of the strip in its header's colour, its name elided to fit."""
        area, name = self.label(band, painter.fontMetrics())
        if area.isEmpty():
            return
        painter.fillRect(area.adjusted(0, 0, -1, -1), qt_paint.qcolor(band.header.fill))
        painter.setPen(QColor(palette.INK))
        painter.save()
        if self.side == "left":   # rotated: the text runs bottom to top along the band
            painter.translate(area.left(), area.bottom())
            painter.rotate(-90)
            length, across = area.height(), area.width()
        else:
            painter.translate(area.left(), area.top())
            length, across = area.width(), area.height()
        painter.scale(self.scale, self.scale)   # from here on in the font's own pixels
        painter.drawText(QRectF(PADDING, 0, length / self.scale - 2 * PADDING, across / self.scale),
                         Qt.AlignmentFlag.AlignCenter, name)
        painter.restore()


class FrozenPanes(QObject):
    """Shows the strips while the map's own headers are scrolled out of view, in the view's margins.

    It follows on the event loop's next turn: changing the margins resizes the view, which may
    refit or scroll it, and that must not call back into the change under way.
    """

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.left, self.top = Pane(view, "left"), Pane(view, "top")
        for pane in (self.left, self.top):
            pane.hide()
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self._apply)
        for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
            bar.valueChanged.connect(self.follow)
        view.scene().touched.connect(self.follow)

    def follow(self, *_args) -> None:
        self._later.start()

    def set_scale(self, scale: float) -> None:
        """Strips and names `scale` times their usual logical size (projector view: in the screen's
        pixels, so at 200 % display scaling half as many logical pixels, and the map gets the room)."""
        if scale == self.left.scale:
            return
        for pane in (self.left, self.top):
            pane.scale = scale
            pane.update()
        self.follow()

    def _apply(self) -> None:
        view = self.view
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        bands, slack = view.scene().bands, SLACK / max(view.zoom(), 1e-6)
        scrolled = not view.keeps_fitted() or view.fit_content   # a fitted map shows its own headers
        left = scrolled and bool(bands.lanes) and visible.left() > bands.lanes[0].header.rect.x + slack
        top = scrolled and bool(bands.phases) and visible.top() > bands.phases[0].header.rect.y + slack
        scale = self.left.scale
        margins = (round(LEFT_WIDTH * scale) if left else 0, round(TOP_HEIGHT * scale) if top else 0)
        if margins != (view.viewportMargins().left(), view.viewportMargins().top()):
            view.setViewportMargins(margins[0], margins[1], 0, 0)
        viewport = view.viewport().geometry()
        self.left.setGeometry(viewport.left() - margins[0], viewport.top(), margins[0], viewport.height())
        self.top.setGeometry(viewport.left(), viewport.top() - margins[1], viewport.width(), margins[1])
        for pane, shown in ((self.left, left), (self.top, top)):
            pane.setVisible(shown)
            if shown:
                pane.update()
        if view.scene().bands.name_in_headers(lanes=not left, phases=not top):
            view.scene().touch()   # the far-out picture holds the headers too
