"""Full screen with nothing but the map: menu bar, status bar, toolbars, panels and scroll bars hidden.

Shared by the presentation (F5) and the projector view (F11). `restore()` puts
back exactly what was there: window state, bars and panels, zoom and scroll
position (a fitted map is fitted again once the window has its old size).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QToolBar


class FullScreenChrome:
    def __init__(self, window) -> None:
        self.window = window
        self._saved: dict | None = None

    @property
    def hidden(self) -> bool:
        return self._saved is not None

    def hide(self) -> None:
        window, canvas = self.window, self.window.canvas
        self._saved = {
            "state": window.windowState(), "menu": window.menuBar().isVisible(),
            "status": window.statusBar().isVisible(),
            "bars": [(bar, bar.isVisible()) for bar in self._bars()],
            "transform": canvas.transform(), "fitted": canvas.keeps_fitted(),
            "scroll": (canvas.horizontalScrollBar().value(), canvas.verticalScrollBar().value()),
            "scroll_bars": (canvas.horizontalScrollBarPolicy(), canvas.verticalScrollBarPolicy()),
        }
        # The menu bar goes, its shortcuts must not: Ctrl+S, Ctrl+Z… act on the window itself meanwhile
        # (found by the monkey, bench/monkey.py seed 8: Ctrl+S in the projector view saved nothing).
        self._saved["lent"] = [a for a in self._menu_actions() if a not in window.actions()]
        window.addActions(self._saved["lent"])
        for bar in self._bars():
            bar.hide()
        window.menuBar().hide()
        window.statusBar().hide()
        window.showFullScreen()
        for policy in (canvas.setHorizontalScrollBarPolicy, canvas.setVerticalScrollBarPolicy):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def restore(self) -> None:
        saved, self._saved = self._saved, None
        if saved is None:
            return
        window, canvas = self.window, self.window.canvas
        for action in saved["lent"]:
            window.removeAction(action)
        window.setWindowState(saved["state"])
        window.menuBar().setVisible(saved["menu"])
        window.statusBar().setVisible(saved["status"])
        for bar, visible in saved["bars"]:
            bar.setVisible(visible)
        canvas.setHorizontalScrollBarPolicy(saved["scroll_bars"][0])
        canvas.setVerticalScrollBarPolicy(saved["scroll_bars"][1])
        self._restore_view(saved)
        QTimer.singleShot(0, lambda: self._restore_view(saved))   # again once the window has its old size

    def _restore_view(self, saved: dict) -> None:
        canvas = self.window.canvas
        if self.hidden or not shiboken6.isValid(canvas):
            return
        if saved["fitted"]:   # a fitted map stays fitted: the window has its old size again only now
            canvas.fit_map()
            return
        canvas.setTransform(saved["transform"])
        canvas.horizontalScrollBar().setValue(saved["scroll"][0])
        canvas.verticalScrollBar().setValue(saved["scroll"][1])

    def _menu_actions(self) -> list:
        """Every menu entry with a window-wide shortcut, submenus included."""
        found, menus = [], [self.window.menuBar()]
        while menus:
            for action in menus.pop().actions():
                if action.menu() is not None:
                    menus.append(action.menu())
                elif action.shortcuts() and action.shortcutContext() != Qt.ShortcutContext.WidgetShortcut:
                    found.append(action)
        return found

    def _bars(self) -> list:
        found = [*self.window.findChildren(QDockWidget), *self.window.findChildren(QToolBar)]
        return [bar for bar in found if bar.parent() is self.window]
