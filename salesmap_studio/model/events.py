"""The document announces what changed; views listen.

There is one event, `CHANGED`, and it comes once per command (or macro, or
undo or redo of either), after the whole step is done, with a `Change` that
names every id the step touched. A view updates those ids once, at once: no
view sees a half-done step, and none needs a timer to merge a burst.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable

Listener = Callable[..., Any]

CHANGED = "changed"  # listener(change: Change), after each command, macro, undo or redo


@dataclass
class Delta:
    """What one step did to one kind of entity (nodes, links or notes), by id, net of itself:
    added then removed is nothing; removed then put back is a change."""

    added: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    moved: set[str] = field(default_factory=set)   # still there, in another place (x, y)
    edited: set[str] = field(default_factory=set)  # still there, with other content than its place

    def add(self, item_id: str) -> None:
        if item_id in self.removed:
            self.removed.discard(item_id)
            self.moved.add(item_id)
            self.edited.add(item_id)
        else:
            self.added.add(item_id)

    def add_all(self, item_ids: list[str]) -> None:
        """`add` of each id, at once."""
        back = self.removed.intersection(item_ids)
        if back:
            self.removed -= back
            self.moved |= back
            self.edited |= back
        self.added.update(item_ids)
        self.added -= back

    def change(self, item_id: str, moved: bool, edited: bool) -> None:
        if item_id in self.added:
            return
        if moved:
            self.moved.add(item_id)
        if edited:
            self.edited.add(item_id)

    def remove(self, item_id: str) -> None:
        if item_id in self.added:
            self.added.discard(item_id)
            return
        self.moved.discard(item_id)
        self.edited.discard(item_id)
        self.removed.add(item_id)

    def changed(self) -> set[str]:
        """Ids still there whose entity is another one now (moved or edited)."""
        return self.moved | self.edited

    def touched(self) -> set[str]:
        return self.added | self.removed | self.moved | self.edited

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.moved or self.edited)


@dataclass
class Change:
    """Everything one step changed in the document."""

    nodes: Delta = field(default_factory=Delta)
    links: Delta = field(default_factory=Delta)
    notes: Delta = field(default_factory=Delta)
    link_ends: set[str] = field(default_factory=set)  # the nodes at either end of every link added, removed or edited
    info: frozenset[str] = frozenset()  # the names of the map details (`MapInfo` fields) that differ now
    lanes: bool = False
    phases: bool = False
    conflicts: bool = False  # the list of merge conflicts changed

    def touched(self) -> set[str]:
        """Every node, link and note id the step touched, and the nodes its links join."""
        return self.nodes.touched() | self.links.touched() | self.notes.touched() | self.link_ends

    def bands(self) -> bool:
        return self.lanes or self.phases

    def beyond_notes_and_places(self) -> bool:
        """Whether nodes, links, the map's details, lanes, phases or merge conflicts changed in more than
        where things sit: what the lists of the flow show (outline, health, funnel). A drag or a note
        edit is not."""
        nodes = self.nodes
        return bool(nodes.added or nodes.removed or nodes.edited or self.links or self.info or self.bands()
                    or self.conflicts)

    def __bool__(self) -> bool:
        return bool(self.nodes or self.links or self.notes or self.info or self.bands() or self.conflicts)


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
