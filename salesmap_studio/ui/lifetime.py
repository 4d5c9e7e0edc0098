"""Top-level windows live until Qt has finished with them.

A widget made in Python without a parent is deleted with its last Python
reference. Dropping that reference while one of the widget's own signals or
event handlers runs (a click on the start screen that opens a map and closes
the screen; File ▸ Close chosen from the window's own menu) frees the widget
while Qt is still inside its code: the app dies with a segmentation fault.

So every top-level window is kept here and closes with `WA_DeleteOnClose`: Qt
deletes it later, from the event loop, after the event that closed it has
returned; only then is the reference dropped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

_kept: dict[int, QWidget] = {}


def keep_until_deleted(window: QWidget) -> None:
    """Holds `window` until Qt deletes it, which happens after it is closed."""
    key = id(window)
    _kept[key] = window
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # The slot must not hold the window itself, or it would never be released.
    window.destroyed.connect(lambda *_: _kept.pop(key, None))

