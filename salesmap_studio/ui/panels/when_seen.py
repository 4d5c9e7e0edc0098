"""Refreshing a panel nobody can see waits until it is shown: panels behind a tab (the default
layout puts Map health, Funnel and the others behind the inspector) would otherwise refill
thousands of rows after every step of a big map for nobody.

While a new window lays out its docks, a panel can be in front for a moment (until the saved or
default layout is restored, see `LayoutMemory`, which calls `hold_docks` and `settle_docks`): it
waits, or it would fill its list at every open of a big map only to be hidden again.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget

PENDING = "docks_first_layout_pending"   # a window property while its docks are not yet where they stay


class WhenSeen(QObject):
    """A callable that runs `refresh()` at once while `dock` is visible, else once when it is next shown."""

    def __init__(self, dock: QDockWidget, refresh: Callable[[], None]) -> None:
        super().__init__(dock)
        # Told by the dock, not asked: a tab behind another stays `isVisible()`.
        self.dock, self.refresh, self.stale, self.seen = dock, refresh, False, dock.isVisible()
        dock.visibilityChanged.connect(self._visibility_changed)

    def __call__(self) -> None:
        if self.seen and self._settled():
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def settle(self) -> None:
        """The window's docks are where they stay: catch up if shown."""
        self._visibility_changed(self.seen)

    def _settled(self) -> bool:
        return not self.dock.window().property(PENDING)

    def _visibility_changed(self, visible: bool) -> None:
        self.seen = visible
        if visible and self.stale and self._settled():
            self.stale = False
            self.refresh()


def hold_docks(window) -> None:
    """Until `settle_docks`, the window's panels do not fill their lists."""
    window.setProperty(PENDING, True)


def settle_docks(window) -> None:
    """Called once the window's docks have their first layout: the panels in front fill their lists."""
    window.setProperty(PENDING, False)
    for watcher in window.findChildren(WhenSeen):
        watcher.settle()
