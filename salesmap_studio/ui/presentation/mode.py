"""Presentation mode (F5): full screen, panels hidden, the current stage large and highlighted.

Arrow keys walk the map (see `Walk` in `analysis/flow.py`); the card shows the stage's entry
criteria, activities and checklist. Esc puts the window back exactly as it was:
window state, panels, zoom, scroll position and selection.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainterPath, QPen
from PySide6.QtWidgets import QApplication, QDockWidget, QGraphicsPathItem, QToolBar, QWidget

from ...analysis.flow import Walk
from ...analysis.geometry import link_geometry, node_geometry
from ...export import qt_paint
from ..icons import icon
from ..pending_edits import commit_pending
from .card import PresentationCard

HIGHLIGHT = "#F59E0B"
CARD_SHARE = 0.36      # of the screen width
NODE_SHARE = 0.24      # the current node's width, of the space left of the card (room for its neighbours)
MAX_ZOOM = 2.0
KEYS = {Qt.Key.Key_Right: "next", Qt.Key.Key_Space: "next", Qt.Key.Key_PageDown: "next",
        Qt.Key.Key_Left: "previous", Qt.Key.Key_Backspace: "previous", Qt.Key.Key_PageUp: "previous",
        Qt.Key.Key_Down: "choose_next_branch", Qt.Key.Key_Up: "choose_previous_branch"}
_MOUSE_EDITS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseButtonRelease,
                QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.ContextMenu)


class Presentation(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.walk: Walk | None = None
        self._saved: dict = {}
        self._step = 1
        self._viewport = window.canvas.viewport()  # kept: the filter must not call into a dying canvas
        self.card = PresentationCard(window.canvas)  # not on the viewport: that one scrolls its children
        self.card.hide()
        self._marks: list[QGraphicsPathItem] = []

    @property
    def active(self) -> bool:
        return self.walk is not None

    # ---- entering and leaving ---------------------------------------------
    def start(self) -> None:
        if self.active or not commit_pending(self.window):
            return
        window, canvas = self.window, self.window.canvas
        selected = [i for i in window.selection.ids() if window.document.has_node(i)]
        self.walk = Walk(window.document, at=selected[0] if selected else None)
        if self.walk.current is None:
            self.walk = None
            window.show_message(self.tr("Nothing to present yet: the map has no stages."))
            return
        self._remember()
        for bar in self._bars():
            bar.hide()
        window.menuBar().hide()
        window.statusBar().hide()
        window.showFullScreen()
        for policy in (canvas.setHorizontalScrollBarPolicy, canvas.setVerticalScrollBarPolicy):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        canvas.setFocus()
        # Keys are taken wherever the keyboard is in this window, not only on the canvas: a click on
        # the card or a panel's tab bar left in the focus chain must not leave the room without Esc.
        QApplication.instance().installEventFilter(self)
        self._step = 1
        self.card.show()
        self.show_current()

    def stop(self) -> None:
        if not self.active:
            return
        window, canvas, saved = self.window, self.window.canvas, self._saved
        QApplication.instance().removeEventFilter(self)
        self.walk = None
        self.card.hide()
        self._clear_marks()
        window.setWindowState(saved["state"])
        window.menuBar().setVisible(saved["menu"])
        window.statusBar().setVisible(saved["status"])
        for bar, visible in saved["bars"]:
            bar.setVisible(visible)
        canvas.setHorizontalScrollBarPolicy(saved["scroll_bars"][0])
        canvas.setVerticalScrollBarPolicy(saved["scroll_bars"][1])
        self._restore_view()
        QTimer.singleShot(0, self._restore_view)  # again once the panels are back and the view has its old size
        window.selection.set_ids(saved["selection"])

    def _restore_view(self) -> None:
        canvas, saved = self.window.canvas, self._saved
        if self.active or not shiboken6.isValid(canvas):
            return
        if saved["fitted"]:   # a fitted map stays fitted: the window has its old size again only now
            canvas.fit_map()
            return
        canvas.setTransform(saved["transform"])
        canvas.horizontalScrollBar().setValue(saved["scroll"][0])
        canvas.verticalScrollBar().setValue(saved["scroll"][1])

    def _bars(self) -> list:
        found = [*self.window.findChildren(QDockWidget), *self.window.findChildren(QToolBar)]
        return [bar for bar in found if bar.parent() is self.window]

    def _remember(self) -> None:
        window, canvas = self.window, self.window.canvas
        self._saved = {
            "state": window.windowState(), "menu": window.menuBar().isVisible(),
            "status": window.statusBar().isVisible(),
            "bars": [(bar, bar.isVisible()) for bar in self._bars()],
            "transform": canvas.transform(), "fitted": canvas.keeps_fitted(),
            "scroll": (canvas.horizontalScrollBar().value(), canvas.verticalScrollBar().value()),
            "selection": window.selection.ids(),
            "scroll_bars": (canvas.horizontalScrollBarPolicy(), canvas.verticalScrollBarPolicy()),
        }

    # ---- stepping -----------------------------------------------------------
    def step(self, move: str) -> None:
        if getattr(self.walk, move)():
            self._step += {"next": 1, "previous": -1}.get(move, 0)
            self.show_current()

    def show_current(self) -> None:
        walk, doc = self.walk, self.window.document
        box = node_geometry(doc, walk.current).box
        self._place_card()
        self._frame(QRectF(box.x, box.y, box.w, box.h))
        self._mark(walk.current, walk.chosen())
        self.card.show_node(doc, walk.current, self._step, walk.ways_out(), walk.chosen())

    def _place_card(self) -> None:
        area = self._viewport.geometry()   # in the canvas's coordinates
        width, margin = round(area.width() * CARD_SHARE), 24
        self.card.setGeometry(area.right() - width - margin, area.top() + margin, width, area.height() - 2 * margin)
        self.card.raise_()

    def _frame(self, box: QRectF) -> None:
        """Zooms so the node reads from the back of the room, centred in the space left of the card."""
        canvas = self.window.canvas
        free = canvas.viewport().width() * (1 - CARD_SHARE)
        zoom = min(MAX_ZOOM, free * NODE_SHARE / max(box.width(), 1.0))
        canvas.set_zoom(zoom)
        shift = canvas.viewport().width() * CARD_SHARE / 2 / canvas.zoom()
        canvas.centerOn(box.center() + QPointF(shift, 0))

    def _mark(self, node_id: str, chosen) -> None:
        """An amber outline around the current node and along the way Right will take."""
        self._clear_marks()
        doc, scene = self.window.document, self.window.canvas.scene()
        box = node_geometry(doc, node_id).box
        outline = QPainterPath()
        outline.addRoundedRect(QRectF(box.x - 10, box.y - 10, box.w + 20, box.h + 20), 16, 16)
        paths = [(outline, 8.0)]
        if chosen is not None:
            paths.append((qt_paint.link_path(link_geometry(doc, chosen.id)), 6.0))
        for path, width in paths:
            item = QGraphicsPathItem(path)
            item.setPen(QPen(QColor(HIGHLIGHT), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            item.setZValue(10_000)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            scene.addItem(item)
            self._marks.append(item)

    def _clear_marks(self) -> None:
        for item in self._marks:
            if item.scene() is not None:
                item.scene().removeItem(item)
        self._marks.clear()

    # ---- keys -------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False   # another window (a second map, a dialog) is not presenting
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            key = event.key()
            if key == Qt.Key.Key_Escape or key in KEYS:
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    self.stop() if key == Qt.Key.Key_Escape else self.step(KEYS[key])
                return True
            if _edits_the_map(event):   # S, N, Delete, Ctrl+Z…: taken here, so neither key nor shortcut acts
                event.accept()
                return True
        if kind == QEvent.Type.Resize and watched is self._viewport:
            self.show_current()   # going full screen (and hiding the panels) resizes the view after start
        return watched is self._viewport and kind in _MOUSE_EDITS  # no edits mid-talk


_EDIT_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.Cut,
              QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.Delete)
_COMMAND = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


def _edits_the_map(event) -> bool:
    """A key that would change the map while the room watches: any plain key the walk does not use
    (the canvas letters, Delete, Tab, Enter, F2) and the editing shortcuts. Ctrl+S or Ctrl+Q still work."""
    if not event.modifiers() & _COMMAND:
        return True
    return any(event.matches(key) for key in _EDIT_KEYS) or event.keyCombination().key() == Qt.Key.Key_D


def install(window) -> dict:
    presentation = Presentation(window)
    action = QAction(icon("present"), QCoreApplication.translate("Presentation", "Pre&sent"), window)
    action.setShortcut(QKeySequence(Qt.Key.Key_F5))
    action.setStatusTip(QCoreApplication.translate("Presentation", "Walk the room through the map, full screen (Esc ends)"))
    action.triggered.connect(presentation.start)
    window.menus["view"].addSeparator()
    window.menus["view"].addAction(action)
    window.addAction(action)
    return {"presentation": presentation}
