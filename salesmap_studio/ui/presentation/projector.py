"""Projector view (F11): the map fitted to the whole screen, panels and bars hidden, still editable.

Unlike the presentation (F5) nothing is locked: S, N, Tab, Enter, F2 and
Alt+arrows capture as always. I shows the selected item's details as a card
beside it (and hides them again); F11 — or the View menu's entry, once the
menu bar is back — leaves and puts docks, toolbars and the view back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from ...analysis.flow_order import outgoing
from ...analysis.geometry import legible
from ..icons import icon
from .card import PresentationCard
from .chrome import FullScreenChrome

translate = QCoreApplication.translate
CARD_WIDTH = 0.3      # of the view's width
CARD_MIN_WIDTH = 280  # pixels: narrower, the card's large type would not fit; it covers the map instead
GAP = 24              # pixels between the item and its card, and to the view's edges
DETAILS_KEY = Qt.Key.Key_I


class ProjectorView(QObject):
    def __init__(self, window, action: QAction) -> None:
        super().__init__(window)
        self.window, self.action = window, action
        self.chrome = FullScreenChrome(window)
        self.card = PresentationCard(window.canvas)
        self.card.hint.setText(translate("Projector", "I hides these details   F11 leaves the projector view"))
        self.card.hide()
        self._viewport = window.canvas.viewport()   # kept: the filter must not call into a dying canvas
        window.selection.changed.connect(self._follow_selection)

    @property
    def active(self) -> bool:
        return self.chrome.hidden

    def set_active(self, on: bool) -> None:
        if on == self.active or getattr(self.window, "presentation", None) and self.window.presentation.active:
            self.action.setChecked(self.active)
            return
        canvas = self.window.canvas
        canvas.fit_content = on
        self._size_for_room(on)
        if on:
            self.chrome.hide()
            canvas.fit_map()   # and fitted again as the window goes full screen (the view keeps it fitted)
            for widget in (canvas, self._viewport):
                widget.installEventFilter(self)
            canvas.setFocus()
        else:
            for widget in (canvas, self._viewport):
                widget.removeEventFilter(self)
            self.card.hide()
            self.chrome.restore()
        self.action.setChecked(on)

    def _size_for_room(self, on: bool) -> None:
        """Names and the frozen strips sized in the screen's own pixels: at 150 % or 200 % display
        scaling a logical pixel is 1.5 or 2 of them, and the room reads what the screen shows."""
        canvas, ratio = self.window.canvas, room_scale(self._viewport)
        canvas.scene().set_readable(legible.for_room(ratio) if on else legible.USUAL)
        canvas.frozen_panes.set_scale(1 / ratio if on else 1.0)

    # ---- the details card ---------------------------------------------------
    def toggle_details(self) -> None:
        if self.card.isVisible():
            self.card.hide()
        else:
            self._show_details()

    def _selected_node(self) -> str | None:
        doc = self.window.document
        nodes = [i for i in self.window.selection.ids() if doc.has_node(i)]
        return nodes[-1] if nodes else None

    def _show_details(self) -> None:
        node_id = self._selected_node()
        if node_id is None:
            self.card.hide()
            return
        doc = self.window.document
        self.card.show_node(doc, node_id, None, outgoing(doc).get(node_id, []), None)
        self.card.show()
        self._place_card(node_id)

    def _place_card(self, node_id: str) -> None:
        """Beside the item, on the side with more room, as tall as its text needs."""
        canvas, area = self.window.canvas, self._viewport.geometry()   # the viewport in the canvas's coordinates
        box = canvas.mapFromScene(canvas.scene().item(node_id).sceneBoundingRect()).boundingRect()
        box.translate(area.topLeft())
        right, left = area.right() - box.right() - 2 * GAP, box.left() - area.left() - 2 * GAP   # room beside it
        width = min(round(area.width() * CARD_WIDTH), max(right, left, CARD_MIN_WIDTH), area.width() - 2 * GAP)
        height = self.card.height_for(width, area.height() - 2 * GAP)
        x = box.right() + GAP if right >= left else max(area.left() + GAP, box.left() - GAP - width)
        y = min(max(area.top() + GAP, box.top()), area.bottom() - GAP - height)
        self.card.setGeometry(x, y, width, height)
        self.card.raise_()

    def _follow_selection(self, *_args) -> None:
        if self.card.isVisible():
            self._show_details()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and event.key() == DETAILS_KEY and not event.modifiers():
            self.toggle_details()
            return True
        if kind == QEvent.Type.Resize and watched is self._viewport:
            self._size_for_room(True)   # the window may have moved to a screen of another scaling
            if self.card.isVisible():
                self._show_details()
        return False


def room_scale(widget) -> float:
    """The screen's pixels per logical pixel where `widget` is shown (QT_SCALE_FACTOR, the desktop's scaling)."""
    return widget.devicePixelRatioF()


def install(window) -> dict:
    action = QAction(icon("projector"), translate("Projector", "P&rojector View"), window)
    action.setCheckable(True)
    action.setShortcut(QKeySequence(Qt.Key.Key_F11))
    action.setStatusTip(translate("Projector", "The map on the whole screen, still editable; I shows the "
                                  "selected item's details; F11 leaves"))
    projector = ProjectorView(window, action)
    action.toggled.connect(projector.set_active)
    window.menus["view"].addAction(action)
    window.toolbar.addAction(action)
    window.addAction(action)   # F11 works while the menu bar is hidden
    return {"projector": projector}
