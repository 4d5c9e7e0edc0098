"""Features that plug into the main window.

Each entry is a function `install(window)` that adds the feature's menu
actions, docks and shortcuts and returns what the window keeps of it (slot name →
object; the slots are declared in `window_features.py`); the window calls them
all, in this order, at the end of its constructor. To add a feature, add ONE line to INSTALLERS:
`feature("health_panel"),` names the module `salesmap_studio.ui.health_panel`
and calls its `install(window)` (imported only when a window opens, so one
feature's import cannot slow down or break the command line).
"""

from __future__ import annotations

import importlib
from typing import Callable


def feature(module: str, function: str = "install") -> Callable:
    """The `install` function of `salesmap_studio.ui.<module>`, imported when first called."""

    def install(window) -> dict | None:
        return getattr(importlib.import_module(f"{__package__}.{module}"), function)(window)

    install.__qualname__ = f"{module}.{function}"
    return install


INSTALLERS: list[Callable] = [
    feature("health_panel"),
    feature("funnel_panel"),
    feature("evidence_panel"),
    feature("evidence_overlay"),
    feature("layout_actions"),
    feature("panels.install"),
    feature("export_dialog"),
    feature("printing"),
    feature("recovery.window"),
    feature("start_screen"),
    feature("recent_menu"),
    feature("presentation.mode"),
    feature("presentation.projector"),
    feature("parking_lot"),
    feature("comparison"),
    feature("insert_map"),
    feature("conflicts_panel"),
    feature("preferences"),
    feature("shortcuts_dialog"),
]
