"""View ▸ Side Panels (F9, and on the toolbar): folds the docked panels away so the map gets the
window's whole width, and brings them back as they were (issue 15: no single key hid them).

A window too narrow for the map and the panels side by side (at 150 % or 200 % display scaling,
say) opens with them folded; the Inspector is then one click (or Ctrl+I) away.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from ..icons import icon

translate = QCoreApplication.translate
SIDES = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)


class SidePanels(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._folded: list[QDockWidget] = []
        self._width = 0   # the panels' width when folded, given back when they come back
        self.action = QAction(icon("side-panels"), translate("Panels", "Si&de Panels"), window)
        self.action.setCheckable(True)
        self.action.setChecked(True)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.action.setStatusTip(translate("Panels", "Shows or folds away the Inspector and the panels beside "
                                           "the map (F9)"))
        self.action.toggled.connect(self._toggled)
        window.menus["view"].addAction(self.action)
        window.toolbar.addAction(self.action)

    def _docked(self) -> list[QDockWidget]:
        """The panels shown at the map's sides (floating ones stay as they are)."""
        return [dock for dock in self.window.findChildren(QDockWidget)
                if dock.parent() is self.window and not dock.isFloating()
                and self.window.dockWidgetArea(dock) in SIDES and dock.toggleViewAction().isChecked()]

    def watch(self) -> None:
        """Keeps the action's tick true to the panels however they are shown or closed (the Panels menu,
        Ctrl+I, a restored layout); called once every feature has added its panels."""
        for dock in self.window.findChildren(QDockWidget):
            dock.toggleViewAction().toggled.connect(self._sync)
        self._sync()

    def _sync(self, *_args) -> None:
        if not shiboken6.isValid(self.window):   # the docks close as the window goes
            return
        self.action.blockSignals(True)
        self.action.setChecked(bool(self._docked()))
        self.action.blockSignals(False)

    def _toggled(self, shown: bool) -> None:
        if shown:
            self.unfold()
        else:
            self.fold()

    def fold(self, width: int = 0) -> None:
        """`width`: the panels' width when they come back (their width now if not given)."""
        self._folded = self._docked()
        self._width = width or self.window.inspector_dock.width()
        for dock in self._folded:
            dock.hide()
        self._sync()

    def unfold(self) -> None:
        inspector = self.window.inspector_dock
        for dock in self._folded or [inspector]:
            dock.show()
        inspector.raise_()
        if self._width:
            self.window.resizeDocks([inspector], [self._width], Qt.Orientation.Horizontal)
        self._folded = []
        self._sync()
