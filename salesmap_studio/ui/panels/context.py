"""What every panel is bound to: the document, the editing facade and the selection.

Panels read the document, edit only through `modeling`, and listen to the
document's events; `listen` subscribes and remembers, so a panel can let go of
the document again when it closes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtCore import QObject, QTimer

from ...editing import Modeling
from ...model import SalesMap
from ..selection import Selection


@dataclass
class PanelContext:
    document: SalesMap
    modeling: Modeling
    selection: Selection
    center_on: Callable[[str], None] = lambda item_id: None
    report: Callable[[str], None] = lambda text: None  # a refused edit, in the status bar
    _listeners: list = field(default_factory=list)

    @classmethod
    def of_window(cls, window) -> "PanelContext":
        return cls(window.document, window.modeling, window.selection, window.canvas.center_on, window.show_message)

    def listen(self, events: tuple[str, ...], listener: Callable) -> None:
        """Calls `listener(*event_arguments)` after each of `events` (see `model.events`)."""
        for name in events:
            self.document.events.subscribe(name, listener)
            self._listeners.append((name, listener))

    def detach(self) -> None:
        for name, call in self._listeners:
            self.document.events.unsubscribe(name, call)
        self._listeners.clear()


NODE_EVENTS = ("node_added", "node_changed", "node_removed")
LINK_EVENTS = ("link_added", "link_changed", "link_removed")
BAND_EVENTS = ("lanes_changed", "phases_changed", "info_changed")


class Later(QObject):
    """Runs `action` once after the current burst of events (a macro emits many)."""

    def __init__(self, action: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(action)

    def __call__(self, *_event_arguments) -> None:
        self._timer.start()
