"""Puts the side panels into a main window: Inspector, Outline and the (hidden) Undo history.

Also View ▸ "Edit in Inspector" (Ctrl+I), "Find in Outline" (Ctrl+F) and "Side
Panels" (F9) so the keyboard gets from the canvas into the panels and the map
gets the whole width, and the panel layout is remembered between runs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget

from ...settings import APPLICATION, ORGANIZATION
from .context import PanelContext
from .inspector_dock import InspectorDock
from .outline import Outline
from .side_panels import SidePanels
from .undo_history import undo_history_dock
from .when_seen import hold_docks, settle_docks

translate = QCoreApplication.translate
LAYOUT_KEY = "panels/window-state"
LAYOUT_VERSION = 2     # 2: the panels side by side on the right, the shapes a toolbar (issue 15)
PANEL_WIDTH = 320      # the panels on the right
FOLDED_BELOW = 1200    # logical px: a narrower window (a 1,600 px screen at 150 % scaling) opens with them folded


def install(window) -> dict:
    context = PanelContext.of_window(window)
    inspector = InspectorDock(context, window)
    window.add_dock(inspector, Qt.DockWidgetArea.RightDockWidgetArea)
    outline = QDockWidget(translate("Panels", "Outline"), window)
    outline.setObjectName("outline-panel")
    listing = Outline(context, outline)
    outline.setWidget(listing)
    window.add_dock(outline, Qt.DockWidgetArea.RightDockWidgetArea)
    # The panels' tabs run down the window's edge: there is room for every name there, not under a panel.
    window.setTabPosition(Qt.DockWidgetArea.RightDockWidgetArea, QTabWidget.TabPosition.East)
    history = undo_history_dock(window.undo_stack, window)
    window.add_dock(history, Qt.DockWidgetArea.RightDockWidgetArea)
    history.hide()
    _add_action(window, translate("Panels", "&Edit in Inspector"), "Ctrl+I", inspector.focus_first_field)
    _add_action(window, translate("Panels", "Find in O&utline"), "Ctrl+F", lambda: _focus(outline, listing.filter))
    side_panels = SidePanels(window)
    window.destroyed.connect(context.detach)
    LayoutMemory(window, side_panels)
    return {"inspector_dock": inspector, "outline": listing}


def _add_action(window, text: str, keys: str, slot) -> None:
    action = QAction(text, window)
    action.setShortcut(QKeySequence(keys))
    action.triggered.connect(lambda _=False: slot())
    window.menus["view"].addAction(action)


def _focus(dock: QDockWidget, widget) -> None:
    """Shows the panel and puts the keyboard in `widget`."""
    dock.show()
    dock.raise_()
    widget.setFocus(Qt.FocusReason.ShortcutFocusReason)


class LayoutMemory(QObject):
    """Restores the docks' layout once every feature has added its panels; saves it on close."""

    def __init__(self, window: QMainWindow, side_panels: SidePanels) -> None:
        super().__init__(window)
        self.window, self.side_panels = window, side_panels
        window.installEventFilter(self)
        hold_docks(window)
        QTimer.singleShot(0, self.restore)

    def restore(self) -> None:
        state = QSettings(ORGANIZATION, APPLICATION).value(LAYOUT_KEY)
        first = state is None or not self.window.restoreState(state, LAYOUT_VERSION)
        if first:
            self.first_layout()
        # A panel that shows only with something to show (conflicts, a comparison, evidence) decides
        # itself whether the layout saved by another window may show it in this one.
        for dock in self.window.docks():
            settle = getattr(dock, "after_layout_restored", None)
            if settle is not None:
                settle()
        if first and self.window.width() < FOLDED_BELOW:   # after the settling: F9 brings back only what shows
            self.side_panels.fold(PANEL_WIDTH)
        self.side_panels.watch()
        settle_docks(self.window)

    def first_layout(self) -> None:
        """The inspector is where the room types, so it gets the full height: the other
        panels on its side become tabs beside it (one click away), the inspector in front.
        The map gets the rest of the width, or all of it on a narrow window (F9 brings the panels)."""
        window, inspector = self.window, self.window.inspector_dock
        for dock in window.docks():
            side = window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
            if dock is not inspector and side and not dock.isFloating():
                window.tabifyDockWidget(inspector, dock)
        inspector.raise_()
        window.resizeDocks([inspector], [PANEL_WIDTH], Qt.Orientation.Horizontal)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            QSettings(ORGANIZATION, APPLICATION).setValue(LAYOUT_KEY, self.window.saveState(LAYOUT_VERSION))
        return False
