"""Refreshing a panel nobody can see waits until it is shown: panels behind a tab (the default
layout puts Map health, Funnel and the others behind the inspector) would otherwise refill
thousands of rows after every step of a big map for nobody."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QDockWidget


class WhenSeen:
    """A callable that runs `refresh()` at once while `dock` is visible, else once when it is next shown."""

    def __init__(self, dock: QDockWidget, refresh: Callable[[], None]) -> None:
        # Told by the dock, not asked: a tab behind another stays `isVisible()`.
        self.refresh, self.stale, self.seen = refresh, False, dock.isVisible()
        dock.visibilityChanged.connect(self._visibility_changed)

    def __call__(self) -> None:
        if self.seen:
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def _visibility_changed(self, visible: bool) -> None:
        self.seen = visible
        if visible and self.stale:
            self.stale = False
            self.refresh()
