"""The canvas widget: zoom, pan, the mouse tools, drops from the palette, keys.

Every edit goes through `modeling`; the view only turns gestures into calls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPixmapCache
from PySide6.QtWidgets import QGraphicsView

from ...settings import Preferences
from .capture import CaptureMixin
from .editor import NameEditor
from .grid import paint_grid
from .frozen_panes import FrozenPanes
from .headers import paint_empty_map_hint
from .items import NodeItem, NoteItem
from .menus import show_context_menu
from .overview import Overview
from .tools import ConnectTool, MoveTool, PanTool

MIN_ZOOM, MAX_ZOOM = 0.03, 4.0
WHEEL_STEP = 1.0015  # zoom factor per wheel angle unit (120 units = one notch ≈ 20 %)
PALETTE_MIME = "application/x-salesmap-shape"
PIXMAP_CACHE_KB = 64 * 1024  # the items' screen pixmaps: a full-HD screen of cards, several times over


class MapView(CaptureMixin, QGraphicsView):
    zoom_changed = Signal(float)

    def __init__(self, scene, modeling, selection, window=None) -> None:
        super().__init__(scene, window)
        self.modeling, self.selection, self.main_window = modeling, selection, window
        self._snap_to_grid = False
        self._grid_step = float(Preferences.grid_size)   # until Preferences are applied
        self.letter_keys = {}
        self.tool = None
        self._space = False
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        self.editor = NameEditor(self)
        self.overview = Overview(scene, self.viewport().update)
        self.editor.tab_pressed.connect(self.capture_next)
        scene.selected_ids_changed.connect(lambda: selection.set_ids(scene.selected_ids()))
        selection.changed.connect(self._selection_from_outside)
        scene.touched.connect(self._scene_rect_later)
        scene.touched.connect(self._hint_follows_the_map)
        self._hint_painted = False
        self._rect_timer = QTimer(self, singleShot=True, interval=0)
        self._rect_timer.timeout.connect(self.update_scene_rect)
        self._pushed_from: QPointF | None = None   # where the view looked before a smaller rect moved it
        self._own_scroll = False
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.valueChanged.connect(self._scrolled)
        self._keep_fitted = False  # "Fit map" holds until the user zooms
        # Projector view: a fit leaves the lane and phase headers out (the frozen strips name them), so the
        # stages, not the headers' column and row, get the screen (issue 15: names 20 px from across a room)
        self.fit_content = False
        self.frozen_panes = FrozenPanes(self)
        self.zoom_changed.connect(self.frozen_panes.follow)
        self.update_scene_rect()

    @property
    def grid_step(self) -> float:
        """The grid's step in scene units: what arrows nudge by and snapping rounds to."""
        return self._grid_step

    @grid_step.setter
    def grid_step(self, step: float) -> None:
        self._grid_step = step
        self.viewport().update()   # the visible grid follows a new step

    @property
    def snap_to_grid(self) -> bool:
        return self._snap_to_grid

    @snap_to_grid.setter
    def snap_to_grid(self, on: bool) -> None:
        self._snap_to_grid = on
        self.viewport().update()   # the grid's dots show exactly while snapping is on

    # ---- zoom and scrolling ------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float) -> None:
        self._fitted(False)
        self._zoom_to(zoom)

    def _zoom_to(self, zoom: float) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        factor = zoom / self.zoom()
        if abs(factor - 1.0) > 1e-9:
            self.scale(factor, factor)
            self.editor.place()
        self.scene().set_item_caching(not self.overview.usable(self.zoom()))
        self.zoom_changed.emit(self.zoom())

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self.zoom() * factor)

    def fit_map(self) -> None:
        """Shows the whole map, never larger than 100 %; with `fit_content`, its nodes, links and notes."""
        scene = self.scene()
        rect = scene.content_rect() if self.fit_content else scene.map_rect().adjusted(-30, -30, 30, 30)
        if rect.isEmpty():
            self.actual_size()
            return
        self._fitted(True)   # first: without its scroll bars the fit has the whole viewport
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._zoom_to(min(self.zoom(), 1.0))
        self.centerOn(rect.center())

    def _fitted(self, on: bool) -> None:
        """A fitted map shows whole and needs no scroll bars. With them, a bar that came with the fit
        narrowed the view, the refit made it go, the view widened and refitted, round and round: the
        app hung so (the monkey's seed 17, after a panel squeezed the canvas)."""
        if on == self._keep_fitted:
            return
        self._keep_fitted = on
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if on else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)

    def keeps_fitted(self) -> bool:
        """True while "Fit map" holds: the view refits on resize until the user zooms."""
        return self._keep_fitted

    def resizeEvent(self, event) -> None:
        # A map fitted while the window was still being laid out (or before a
        # dock was resized) is fitted again, so it never opens as a speck.
        super().resizeEvent(event)
        if self._keep_fitted:
            self.fit_map()
        self.frozen_panes.follow()

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def center_on(self, item_id: str) -> None:
        item = self.scene().item(item_id)
        if item is not None:
            self.update_scene_rect()  # the item may be new in the step just done: room to scroll to it
            self.centerOn(item.boundingRect().center())

    def update_scene_rect(self) -> None:
        """Room to pan around the map as it is now (the view scrolls within the scene's rect). A smaller
        rect may push the view away from where it looked (Delete of everything); it goes back there as
        soon as the rect has room again (the Undo), unless the user scrolled or zoomed meanwhile."""
        looked = self._centre() if self._pushed_from is None else self._pushed_from
        self._own_scroll = True
        try:
            self.scene().fit_scene_rect()
            if self._pushed_from is not None:
                self.centerOn(looked)
        finally:
            self._own_scroll = False
        self._pushed_from = looked if (self._centre() - looked).manhattanLength() > 3.0 / self.zoom() else None

    def _centre(self) -> QPointF:
        return self.mapToScene(self.viewport().rect().center())

    def _scrolled(self) -> None:
        if not self._own_scroll:
            self._pushed_from = None   # the user looks elsewhere now

    def paintEvent(self, event) -> None:
        if self.tool is None and self.overview.usable(self.zoom()):
            self.overview.paint(self, event)
        else:
            super().paintEvent(event)

    def drawBackground(self, painter, rect) -> None:
        super().drawBackground(painter, rect)
        if self._snap_to_grid:
            paint_grid(painter, rect, self.grid_step, self.zoom())

    def drawForeground(self, painter, rect) -> None:
        self._hint_painted = self.map_is_empty()
        if self._hint_painted:
            paint_empty_map_hint(painter, self.viewport().rect())

    def map_is_empty(self) -> bool:
        return not len(self.modeling.doc) and not self.modeling.doc.notes()

    def _hint_follows_the_map(self) -> None:
        # The hint is drawn over the whole view, but a new item repaints only its own spot: the hint's
        # leftovers would stay on screen behind the first stage (and not come back on undo).
        if self._hint_painted != self.map_is_empty():
            self.viewport().update()

    def _scene_rect_later(self) -> None:
        if self.tool is None:
            self._rect_timer.start()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.editor.place()
        if self.map_is_empty():
            self.viewport().update()  # the first-stage hint stays put on screen

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(WHEEL_STEP ** event.angleDelta().y())
        else:
            super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                self.zoom_by(pinch.scaleFactor())
                return True
        if event.type() == QEvent.Type.NativeGesture and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom_by(1.0 + event.value())
            return True
        return super().viewportEvent(event)

    # ---- selection ----------------------------------------------------------
    def _selection_from_outside(self) -> None:
        if self.selection.ids() != self.scene().selected_ids():
            self.scene().select_ids(self.selection.ids())

    def selected_node_ids(self) -> list[str]:
        return [i for i in self.selection.ids() if self.modeling.doc.has_node(i)]

    def report(self, text: str) -> None:
        """Tells the user why an edit was refused (the status bar of the window)."""
        if self.main_window is not None:
            self.main_window.show_message(text)

    # ---- mouse --------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        pos = self.mapToScene(event.position().toPoint())
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and self._space):
            self.tool = PanTool(self, event.position())
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if event.button() == Qt.MouseButton.LeftButton:
            handle = self.scene().node_handle_at(pos)
            if handle is not None and not event.modifiers():
                self.tool = ConnectTool(self, handle, pos)
                return
        super().mousePressEvent(event)
        item = self.scene().top_item_at(pos, kinds=("node", "note"))
        if event.button() == Qt.MouseButton.LeftButton and item is not None and item.isSelected():
            ids = [i.item_id for i in self.scene().selectedItems() if isinstance(i, (NodeItem, NoteItem))]
            ids.remove(item.item_id)
            self.tool = MoveTool(self, pos, [item.item_id, *ids])
            self._press_screen = event.position()

    def mouseMoveEvent(self, event) -> None:
        if isinstance(self.tool, PanTool):
            self.tool.move(event.position())
        elif isinstance(self.tool, ConnectTool):
            self.tool.move(self.mapToScene(event.position().toPoint()))
        elif isinstance(self.tool, MoveTool):
            distance = (event.position() - self._press_screen).manhattanLength()
            self.tool.move(self.mapToScene(event.position().toPoint()), round(distance))
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        tool, self.tool = self.tool, None
        if isinstance(tool, MoveTool):
            super().mouseReleaseEvent(event)
        if tool is not None:
            tool.finish()
            self.update_scene_rect()
        else:
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mouseDoubleClickEvent(event)
        pos = self.mapToScene(event.position().toPoint())
        item = self.scene().top_item_at(pos)
        if item is None:
            self.add_here("stage", pos)
        else:
            self.rename(item.item_id)

    def contextMenuEvent(self, event) -> None:
        show_context_menu(self, self.mapToScene(event.pos()), event.globalPos())

    def snapped_delta(self, anchor_id: str, delta: QPointF) -> tuple[float, float]:
        """The drag offset; with snap to grid on, the anchor's centre lands on the grid."""
        if not self.snap_to_grid:
            return delta.x(), delta.y()
        doc = self.modeling.doc
        anchor = doc.node(anchor_id) if doc.has_node(anchor_id) else doc.note(anchor_id)
        grid = self.grid_step
        x = round((anchor.x + delta.x()) / grid) * grid - anchor.x
        y = round((anchor.y + delta.y()) / grid) * grid - anchor.y
        return x, y

    # ---- drops from the palette -------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        event.setAccepted(event.mimeData().hasFormat(PALETTE_MIME))

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(PALETTE_MIME):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        shape = bytes(event.mimeData().data(PALETTE_MIME)).decode("ascii", "replace")
        self.setFocus()  # before naming starts: taking focus later would close the editor
        self.add_here(shape, self.mapToScene(event.position().toPoint()))
        event.acceptProposedAction()

    # ---- keys -------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab:
            self.capture_next()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif not self.handle_key(event):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().unsetCursor()
        super().keyReleaseEvent(event)

    def visible_centre(self) -> QPointF:
        return self.mapToScene(self.viewport().rect().center())

    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()
