"""A tiny observer: the document announces what changed; views listen.

Event names are past tense: `node_added(node, index)`, `node_changed(old, new)`,
`node_removed(node)`, the same for `link_*` and `note_*`, and
`info_changed(old, new)`, `lanes_changed()`, `phases_changed()`, `reset()`.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Callable

Listener = Callable[..., Any]


class EventHub:
    def __init__(self) -> None:
        self._listeners: dict[str, list[Listener]] = defaultdict(list)

    def subscribe(self, event: str, listener: Listener) -> None:
        self._listeners[event].append(listener)

    def unsubscribe(self, event: str, listener: Listener) -> None:
        listeners = self._listeners.get(event, [])
        if listener in listeners:
            listeners.remove(listener)

    def emit(self, event: str, *args: Any) -> None:
        # Copy: a listener may unsubscribe while we iterate.
        for listener in list(self._listeners.get(event, ())):
            listener(*args)
