"""What every panel is bound to: the document, the editing facade and the selection.

Panels read the document, edit only through `modeling`, and hear of each step
(a command, a macro, an undo) once, when it is done, with a `Change` that names
what it touched; `listen` subscribes and remembers, so a panel can let go of the
document again when it closes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ...editing import Modeling
from ...model import SalesMap
from ...model.events import CHANGED, Change
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

    def listen(self, listener: Callable[[Change], None]) -> None:
        """Calls `listener(change)` after each step that changed the document (see `model.events`)."""
        self.document.events.subscribe(CHANGED, listener)
        self._listeners.append(listener)

    def listen_to_flow(self, action: Callable[[], None]) -> None:
        """Calls `action()` after each step that changed what lists of the flow show (not a drag,
        not a sticky note): nodes, links, the map's details, lanes or phases."""
        self.listen(lambda change: action() if change.beyond_notes_and_places() else None)

    def detach(self) -> None:
        for listener in self._listeners:
            self.document.events.unsubscribe(CHANGED, listener)
        self._listeners.clear()
