"""Every change to a map as a small `QUndoCommand` (verb + noun).

A command's text (shown in Edit ▸ Undo) is given in English, marked for
translation, and translated when the command is made.

A command keeps what it needs to undo itself and touches the document only
through its `_insert_*` / `_replace_*` / `_remove_*` / `_set_*` mutators, in
`apply` and `revert`; its `redo` and `undo` run those inside one `changing()`
group, so each ends with one change notification. Commands never start other
commands; the `Modeling` facade composes them (several at once in a `Macro`).
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..model import AnyConflict, Lane, Link, MapInfo, Note, Phase, SalesMap
from ..model.document import AnyNode
from .bends import bent_links

# Default undo texts (callers usually name the step themselves).
ADD_NODE = QT_TRANSLATE_NOOP("Editing", "Add node")
CONNECT = QT_TRANSLATE_NOOP("Editing", "Connect")
ADD_STICKY_NOTE = QT_TRANSLATE_NOOP("Editing", "Add sticky note")
DELETE = QT_TRANSLATE_NOOP("Editing", "Delete")
EDIT = QT_TRANSLATE_NOOP("Editing", "Edit")
MOVE = QT_TRANSLATE_NOOP("Editing", "Move")
EDIT_NODE = QT_TRANSLATE_NOOP("Editing", "Edit node")
EDIT_STICKY_NOTE = QT_TRANSLATE_NOOP("Editing", "Edit sticky note")
EDIT_LINK = QT_TRANSLATE_NOOP("Editing", "Edit link")
EDIT_MAP_DETAILS = QT_TRANSLATE_NOOP("Editing", "Edit map details")
EDIT_LANES = QT_TRANSLATE_NOOP("Editing", "Edit lanes")
EDIT_PHASES = QT_TRANSLATE_NOOP("Editing", "Edit phases")
RECORD_CONFLICTS = QT_TRANSLATE_NOOP("Editing", "Record merge conflicts")
RESOLVE_CONFLICT = QT_TRANSLATE_NOOP("Editing", "Resolve conflict")

MERGE_NODE_FIELDS = 4101
MERGE_NOTE_FIELDS = 4102
MERGE_LINK_FIELDS = 4103
MERGE_WHOLE = 4104


class DocumentCommand(QUndoCommand):
    """A step on one document: its redo and its undo each end with one change notification."""

    def __init__(self, doc: SalesMap, text: str) -> None:
        super().__init__(QCoreApplication.translate("Editing", text))
        self.doc = doc

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        with self.doc.changing():
            self.apply()

    def undo(self) -> None:
        with self.doc.changing():
            self.revert()


class AddNode(DocumentCommand):
    """Adds a node, and the links that tie it in (e.g. from the stage it follows).

    A rename of the new node pushed right after merges into this step, so
    "add a stage and type its name" is one undo step.
    """

    def __init__(self, doc: SalesMap, node: AnyNode, links: Iterable[Link] = (), text: str = ADD_NODE) -> None:
        super().__init__(doc, text)
        self.node, self.links = node, tuple(links)

    def id(self) -> int:
        return MERGE_NODE_FIELDS

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not _typed_right_after(self.node, other, SetNodeFields, "name"):
            return False
        self.node = other.new
        return True

    def apply(self) -> None:
        self.doc._insert_node(self.node)
        for link in self.links:
            self.doc._insert_link(link)

    def revert(self) -> None:
        for link in reversed(self.links):
            self.doc._remove_link(link.id)
        self.doc._remove_node(self.node.id)


class _AddOne(DocumentCommand):
    """Adds one entity at the end of its list; undo takes it away again."""

    def __init__(self, doc: SalesMap, entity, insert, remove, text: str) -> None:
        super().__init__(doc, text)
        self.entity, self._insert, self._remove = entity, insert, remove

    def apply(self) -> None:
        self._insert(self.entity)

    def revert(self) -> None:
        self._remove(self.entity.id)


class Connect(_AddOne):
    def __init__(self, doc: SalesMap, link: Link, text: str = CONNECT) -> None:
        super().__init__(doc, link, doc._insert_link, doc._remove_link, text)
        self.link = link


class AddNote(_AddOne):
    """Adds a sticky note; typing its text right after merges in, like naming a new stage."""

    def __init__(self, doc: SalesMap, note: Note, text: str = ADD_STICKY_NOTE) -> None:
        super().__init__(doc, note, doc._insert_note, doc._remove_note, text)

    def id(self) -> int:
        return MERGE_NOTE_FIELDS

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not _typed_right_after(self.entity, other, SetNoteFields, "text"):
            return False
        self.entity = other.new
        return True


def _typed_right_after(added, other: QUndoCommand, edit_type: type, field: str) -> bool:
    """Whether `other` only types the one text field of the entity just added (it merges into the add)."""
    return isinstance(other, edit_type) and other.new.id == added.id and other.fields == {field}


def _in_place(entities: list, ids) -> list[tuple[int, object]]:
    """(position, entity) of each wanted entity, in document order (one pass, not one search each)."""
    wanted = set(ids)
    return [(i, e) for i, e in enumerate(entities) if e.id in wanted]


class RemoveItems(DocumentCommand):
    """Removes nodes (with every link that touches them), links and notes.

    Positions in the document's order are captured on redo, so undo puts each
    entity back exactly where it was.
    """

    def __init__(self, doc: SalesMap, ids: Iterable[str], text: str = DELETE) -> None:
        super().__init__(doc, text)
        ids = list(dict.fromkeys(ids))
        self.node_ids = [i for i in ids if doc.has_node(i)]
        self.note_ids = [i for i in ids if doc.has_note(i)]
        self.link_ids = [i for i in ids if doc.has_link(i)]
        self._nodes: list[tuple[int, AnyNode]] = []
        self._links: list[tuple[int, Link]] = []
        self._notes: list[tuple[int, Note]] = []

    def apply(self) -> None:
        doc = self.doc
        # The links named and those at a node that goes, in the one pass over the links that finds
        # their places (asking each of thousands of nodes for its links cost more than that pass).
        wanted, gone = set(self.link_ids), set(self.node_ids)
        self._links = [(i, link) for i, link in enumerate(doc.links())
                       if link.id in wanted or link.source in gone or link.target in gone]
        self._notes = _in_place(doc.notes(), self.note_ids)
        self._nodes = _in_place(doc.nodes(), self.node_ids)
        for _, link in reversed(self._links):
            doc._remove_link(link.id)
        for _, note in reversed(self._notes):
            doc._remove_note(note.id)
        for _, node in reversed(self._nodes):
            doc._remove_node(node.id)

    def revert(self) -> None:
        self.doc._insert_nodes(self._nodes)
        for index, note in self._notes:
            self.doc._insert_note(note, index)
        self.doc._insert_links(self._links)


class ReplaceEntities(DocumentCommand):
    """Swaps node, note and link entities for edited copies (same ids); undo swaps back."""

    def __init__(self, doc: SalesMap, nodes: Iterable[AnyNode] = (), notes: Iterable[Note] = (),
                 text: str = EDIT, links: Iterable[Link] = ()) -> None:
        super().__init__(doc, text)
        self.new_nodes = {node.id: node for node in nodes}
        self.new_notes = {note.id: note for note in notes}
        self.new_links = {link.id: link for link in links}
        self.old_nodes = {i: doc.node(i) for i in self.new_nodes}
        self.old_notes = {i: doc.note(i) for i in self.new_notes}
        self.old_links = {i: doc.link(i) for i in self.new_links}

    def apply(self) -> None:
        self._put(self.new_nodes, self.new_notes, self.new_links)

    def revert(self) -> None:
        self._put(self.old_nodes, self.old_notes, self.old_links)

    def _put(self, nodes: dict[str, AnyNode], notes: dict[str, Note], links: dict[str, Link]) -> None:
        for node in nodes.values():
            self.doc._replace_node(node)
        for note in notes.values():
            self.doc._replace_note(note)
        for link in links.values():
            self.doc._replace_link(link)


class MoveNodes(ReplaceEntities):
    """A drag, a nudge or a layout: new positions (and lane owners) for nodes and notes. The bend
    points of the links at moved nodes move along or are cleared in the same step (bends.py),
    except those of `routed`: a layout's new route for every link it laid out."""

    def __init__(self, doc: SalesMap, nodes: Iterable[AnyNode] = (), notes: Iterable[Note] = (),
                 text: str = MOVE, routed: Iterable[Link] = ()) -> None:
        nodes, routed = list(nodes), {link.id: link for link in routed}
        links = [link for link in bent_links(doc, nodes) if link.id not in routed]
        links += [link for link in routed.values() if link != doc.link(link.id)]
        super().__init__(doc, nodes, notes, text, links=links)


class SetConflicts(DocumentCommand):
    """Puts a new list of merge conflicts in place (a merge records them); undo puts the old back."""

    def __init__(self, doc: SalesMap, conflicts: Iterable[AnyConflict], text: str = RECORD_CONFLICTS) -> None:
        super().__init__(doc, text)
        self.old, self.new = doc.conflicts(), tuple(conflicts)

    def apply(self) -> None:
        self.doc._set_conflicts(self.new)

    def revert(self) -> None:
        self.doc._set_conflicts(self.old)


class ResolveConflict(SetConflicts):
    """Takes one conflict off the list (the side the user chose is applied beside it, in one macro)."""

    def __init__(self, doc: SalesMap, conflict_id: str, text: str = RESOLVE_CONFLICT) -> None:
        super().__init__(doc, [c for c in doc.conflicts() if c.id != conflict_id], text)


class _Replace(DocumentCommand):
    """Puts `new` in place of `old`. A replace pushed next with the same `merge_key` (the same
    field of the same thing, retyped) merges in, so it stays one undo step."""

    merge_id = -1

    def __init__(self, doc: SalesMap, old, new, put, text: str, merge_key=None) -> None:
        super().__init__(doc, text)
        self.old, self.new, self._put, self.merge_key = old, new, put, merge_key

    def id(self) -> int:
        return self.merge_id if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if type(other) is not type(self) or self.merge_key is None or other.merge_key != self.merge_key:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def apply(self) -> None:
        self._put(self.new)

    def revert(self) -> None:
        self._put(self.old)


class _MergingReplace(_Replace):
    """Replaces one entity; consecutive edits of the same fields of it merge into one step."""

    def __init__(self, doc: SalesMap, old, new, fields: Iterable[str], text: str, put) -> None:
        self.fields = frozenset(fields)
        super().__init__(doc, old, new, put, text, merge_key=(new.id, self.fields))


class SetNodeFields(_MergingReplace):
    merge_id = MERGE_NODE_FIELDS

    def __init__(self, doc: SalesMap, new: AnyNode, fields: Iterable[str], text: str = EDIT_NODE) -> None:
        super().__init__(doc, doc.node(new.id), new, fields, text, doc._replace_node)


class SetNoteFields(_MergingReplace):
    merge_id = MERGE_NOTE_FIELDS

    def __init__(self, doc: SalesMap, new: Note, fields: Iterable[str], text: str = EDIT_STICKY_NOTE) -> None:
        super().__init__(doc, doc.note(new.id), new, fields, text, doc._replace_note)


class SetLinkFields(_MergingReplace):
    merge_id = MERGE_LINK_FIELDS

    def __init__(self, doc: SalesMap, new: Link, fields: Iterable[str], text: str = EDIT_LINK) -> None:
        super().__init__(doc, doc.link(new.id), new, fields, text, doc._replace_link)


class _SwapWhole(_Replace):
    """Puts a new value in place of a whole part of the map (its details, its lanes, its phases);
    callers give a `merge_key` for typed edits (the title, one lane's name)."""

    merge_id = MERGE_WHOLE


class SetMapInfo(_SwapWhole):
    def __init__(self, doc: SalesMap, info: MapInfo, text: str = EDIT_MAP_DETAILS, merge_key=None) -> None:
        super().__init__(doc, doc.info, info, doc._set_info, text, merge_key)


class SetLanes(_SwapWhole):
    def __init__(self, doc: SalesMap, lanes: Iterable[Lane], text: str = EDIT_LANES, merge_key=None) -> None:
        super().__init__(doc, doc.lanes(), tuple(lanes), doc._set_lanes, text, merge_key)


class SetPhases(_SwapWhole):
    def __init__(self, doc: SalesMap, phases: Iterable[Phase], text: str = EDIT_PHASES, merge_key=None) -> None:
        super().__init__(doc, doc.phases(), tuple(phases), doc._set_phases, text, merge_key)


class Macro(DocumentCommand):
    """Several commands as one undo step, with one change notification for it, its undo and its redo.

    (QUndoStack's own macro undoes its children one by one, so each would announce itself.)
    `add` runs a command at once and keeps it, merging it into the previous one as the stack
    would; pushing the finished macro does not run its steps again.
    """

    def __init__(self, doc: SalesMap, text: str) -> None:
        super().__init__(doc, text)
        self.steps: list[QUndoCommand] = []
        self._ran = True  # its steps ran as they were added

    def add(self, command: QUndoCommand) -> None:
        if not command.isObsolete():
            command.redo()
        last = self.steps[-1] if self.steps else None
        if last is not None and last.id() != -1 and last.id() == command.id() and last.mergeWith(command):
            if last.isObsolete():
                self.steps.pop()
        elif not command.isObsolete():
            self.steps.append(command)

    def take_back(self, count: int) -> None:
        """Undoes and forgets every step after the first `count` (a part of it failed)."""
        with self.doc.changing():
            while len(self.steps) > count:
                self.steps.pop().undo()

    def redo(self) -> None:
        if self._ran:  # the push: nothing to run again
            self._ran = False
            return
        super().redo()

    def apply(self) -> None:
        for step in self.steps:
            step.redo()

    def revert(self) -> None:
        for step in reversed(self.steps):
            step.undo()
