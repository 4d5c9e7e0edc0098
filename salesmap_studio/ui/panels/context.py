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
from ...model.entities import NodeTypes
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


LIST_DEBOUNCE_MS = 80  # lists of the whole map: one refresh per burst of typing, not one per key


def only_moved(event_arguments: tuple) -> bool:
    """True for a `node_changed(old, new)` that changed nothing but the node's place on the canvas."""
    if len(event_arguments) != 2 or not isinstance(event_arguments[0], NodeTypes):
        return False
    old, new = event_arguments
    return type(old) is type(new) and old.model_copy(update={"x": new.x, "y": new.y}) == new


class Later(QObject):
    """Runs `action` once after the current burst of events (a macro emits many).

    `delay` (ms) waits that long after the last event; `ignore_moves` skips node
    changes that only moved a node, for panels that do not show positions.
    """

    def __init__(self, action: Callable[[], None], parent: QObject, delay: int = 0,
                 ignore_moves: bool = False) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=delay)
        self._timer.timeout.connect(action)
        self._ignore_moves = ignore_moves

    def __call__(self, *event_arguments) -> None:
        if self._ignore_moves and only_moved(event_arguments):
            return
        self._timer.start()
