"""Finding a feature's dock in a window and bringing its tab to the front, as a user clicks the tab."""

from __future__ import annotations


def shown_dock(window, dock_type):
    dock = window.findChild(dock_type)
    dock.show()
    dock.raise_()
    return dock
