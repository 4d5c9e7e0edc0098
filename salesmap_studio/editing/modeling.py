"""`Modeling`: the one place where edits start.

Views call it (`modeling.connect(a, b, kind="no")`); it checks the rules and the
values, then pushes one command (or one macro) onto the undo stack. A value it
refuses raises ValueError with a sentence for the user, and nothing changes.

Each facade has its undo stack to itself, and the steps go with it: a facade being freed has the
stack delete them first, in Qt's order. A facade on a stack made in Python without a parent (a
panel's in the tests, a script's) is freed by Python's collector as part of a cycle, one wrapper at
a time, and shiboken (6.11) lets a step's wrapper cleared before its stack take
the step back and delete it; the stack then deletes it again: a segmentation fault inside the
collector. Finalizers run before anything in a cycle is cleared (PEP 442), so this comes first. A
window's stack is deleted with the window, before its facade is freed.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterable, Iterator

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..analysis.layout.free_spot import free_spot
from ..analysis.swimlanes import lane_at, lane_centre
from ..model import Decision, Link, Note, Outcome, SalesMap, Stage
from . import rules
from .bands import NO_LANE, BandEditing
from .commands import (AddNode, AddNote, Connect, Macro, MoveNodes, RemoveItems, SetLinkFields, SetMapInfo,
                       SetNodeFields, SetNoteFields)
from .conflict_editing import ConflictEditing
from .crm_stages import checked_crm_stages
from .errors import build, refused, validated
from .limits import check_in_all, check_room
from .names import default_name
from .paste import pasted_entities

_NODE_TYPES = {"stage": Stage, "decision": Decision, "outcome": Outcome}
_OWNED = (Stage, Decision)
_ADD = {"stage": QT_TRANSLATE_NOOP("Editing", "Add stage"), "decision": QT_TRANSLATE_NOOP("Editing", "Add decision"),
        "outcome": QT_TRANSLATE_NOOP("Editing", "Add outcome")}
_EDIT = {"stage": QT_TRANSLATE_NOOP("Editing", "Edit stage"), "decision": QT_TRANSLATE_NOOP("Editing", "Edit decision"),
         "outcome": QT_TRANSLATE_NOOP("Editing", "Edit outcome")}


class Modeling(BandEditing, ConflictEditing):
    def __init__(self, doc: SalesMap, undo_stack: QUndoStack) -> None:
        self.doc, self.undo_stack = doc, undo_stack
        self._macro: Macro | None = None  # the macro being built

    def __del__(self) -> None:
        if shiboken6.isValid(self.undo_stack):   # see the module's doc
            self.undo_stack.clear()

    # ---- several steps, one undo --------------------------------------
    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Everything pushed inside is one undo step with one change notification; an error inside
        rolls back what was pushed inside. A macro inside a macro is part of the outer one."""
        outer = self._macro
        macro = outer if outer is not None else Macro(self.doc, text)
        kept = len(macro.steps)
        self._macro = macro
        try:
            with self.doc.changing():
                try:
                    yield
                except BaseException:
                    macro.take_back(kept)
                    raise
        finally:
            self._macro = outer
        if outer is None and macro.steps:
            self.undo_stack.push(macro)

    def _push(self, command: QUndoCommand) -> None:
        """Runs the command as an undo step of its own, or as part of the macro being built."""
        if self._macro is not None:
            self._macro.add(command)
        else:
            self.undo_stack.push(command)

    # ---- nodes ----------------------------------------------------------
    def add_node(self, kind: str, x: float, y: float, name: str | None = None,
                 result: str | None = None, owner: str | None = None) -> str:
        if kind not in _NODE_TYPES:
            raise refused(QT_TRANSLATE_NOOP("Editing", "Unknown node kind “{kind}”; use stage, decision or outcome."),
                          kind=kind)
        check_room(self.doc, nodes=1)
        fields = {"id": self.doc.new_node_id(kind), "kind": kind, "x": float(x), "y": float(y),
                  "name": name or default_name(self.doc.info.language, kind, result or "won")}
        if kind == "outcome":
            fields["result"] = result or "won"
        else:
            fields["owner"] = self._known_lane(owner if owner is not None else lane_at(self.doc, y))
        node = build(_NODE_TYPES[kind], **fields)
        self._push(AddNode(self.doc, node, text=_ADD[kind]))
        return node.id

    def add_stage_after(self, node_id: str, name: str = "") -> str:
        """A new stage to the right of `node_id`, in its lane, linked from it."""
        return self._add_after(node_id, "stage", name, QT_TRANSLATE_NOOP("Editing", "Add next stage"))

    def insert_decision_after(self, node_id: str) -> str:
        return self._add_after(node_id, "decision", "", QT_TRANSLATE_NOOP("Editing", "Insert decision"))

    def _add_after(self, node_id: str, kind: str, name: str, text: str) -> str:
        doc = self._need_node(node_id)
        check_room(doc, nodes=1, links=1)
        before = doc.node(node_id)
        link_kind = rules.branch_kind(doc, node_id)
        problem = rules.follow_problem(doc, node_id)
        if problem:
            raise ValueError(problem)
        x, y = free_spot(doc, kind, before.x + rules.STEP_X, before.y)
        owner = getattr(before, "owner", None) if y == before.y else lane_at(doc, y)
        node = build(_NODE_TYPES[kind], id=doc.new_node_id(kind), kind=kind, x=x, y=y, owner=owner,
                     name=name or default_name(doc.info.language, kind))
        link = Link(id=doc.new_link_id(), source=node_id, target=node.id, kind=link_kind)
        self._push(AddNode(doc, node, [link], text=text))
        return node.id

    def move_nodes(self, positions: dict[str, tuple[float, float]]) -> None:
        """One step; a stage moved into another lane's band takes that lane as owner."""
        self._reposition(positions, QT_TRANSLATE_NOOP("Editing", "Move"), follow_lanes=True)

    def set_positions(self, positions: dict[str, tuple[float, float]], text: str,
                      routes: dict[str, list[tuple[float, float]]] | None = None) -> None:
        """New positions without touching owners (auto layout, align); with `routes` (auto layout),
        every link's bend points become its route there, or none."""
        routed = []
        if routes is not None:
            routed = [validated(link, points=tuple(routes.get(link.id, ()))) for link in self.doc.links()]
            check_in_all(self.doc, "points", self.doc.links(), routed)
        self._reposition(positions, text, follow_lanes=False, routed=routed)

    def _reposition(self, positions: dict[str, tuple[float, float]], text: str, follow_lanes: bool,
                    routed=()) -> None:
        doc, nodes, notes = self.doc, [], []
        for item_id, (x, y) in positions.items():
            if doc.has_node(item_id):
                node = doc.node(item_id)
                changes = {"x": float(x), "y": float(y)}
                lane = lane_at(doc, y)
                if follow_lanes and isinstance(node, _OWNED) and lane and lane != lane_at(doc, node.y):
                    changes["owner"] = lane
                nodes.append(validated(node, **changes))
            elif doc.has_note(item_id):
                notes.append(validated(doc.note(item_id), x=float(x), y=float(y)))
            else:
                raise refused(QT_TRANSLATE_NOOP("Editing", "Nothing with id “{id}” is on the map."), id=item_id)
        nodes = [n for n in nodes if n != doc.node(n.id)]
        notes = [n for n in notes if n != doc.note(n.id)]
        if nodes or notes or any(link != doc.link(link.id) for link in routed):
            self._push(MoveNodes(doc, nodes, notes, text=text, routed=routed))

    def set_node_fields(self, node_id: str, **fields) -> None:
        """Edit one node; repeated edits of the same field merge into one undo step."""
        node = self._need_node(node_id).node(node_id)
        if "owner" in fields:
            fields["owner"] = self._known_lane(fields["owner"])
            centre = lane_centre(self.doc, fields["owner"]) if fields["owner"] else None
            if centre is not None and "y" not in fields and lane_at(self.doc, node.y) != fields["owner"]:
                fields["y"] = centre
        if "phase" in fields and fields["phase"] is not None and self.doc.phase(fields["phase"]) is None:
            raise refused(QT_TRANSLATE_NOOP("Editing", "There is no phase “{id}” on this map."), id=fields["phase"])
        if "crm_stages" in fields:
            fields["crm_stages"] = checked_crm_stages(self.doc, node_id, fields["crm_stages"])
        new = validated(node, **fields)
        if new == node:
            return
        check_in_all(self.doc, "steps", [node], [new])
        text = QT_TRANSLATE_NOOP("Editing", "Rename") if set(fields) == {"name"} else _EDIT[node.kind]
        if (new.x, new.y) == (node.x, node.y):
            self._push(SetNodeFields(self.doc, new, fields, text=text))
        else:  # a new lane moved it: the bends of its links follow (MoveNodes), in the same step
            self._push(MoveNodes(self.doc, [new], text=text))

    def set_nodes_field(self, ids: Iterable[str], field: str, value) -> None:
        with self.macro(QT_TRANSLATE_NOOP("Editing", "Edit several nodes")):
            for node_id in ids:
                self.set_node_fields(node_id, **{field: value})

    def remove(self, ids: Iterable[str]) -> None:
        """Delete nodes (with their links), links and notes; clears what named them."""
        command = RemoveItems(self.doc, ids)
        if not (command.node_ids or command.link_ids or command.note_ids):
            return
        gone, info = set(command.node_ids), self.doc.info
        changes = {"start": None} if info.start in gone else {}
        if info.funnel is not None and info.funnel.won_at in gone:
            changes["funnel"] = info.funnel.replace(won_at=None)
        with self.macro(QT_TRANSLATE_NOOP("Editing", "Delete")):
            self._push(command)
            if changes:
                self._push(SetMapInfo(self.doc, info.replace(**changes)))

    # ---- links ----------------------------------------------------------
    def can_connect(self, source: str, target: str, kind: str = "flow") -> bool:
        return self.connect_problem(source, target, kind) is None

    def connect_problem(self, source: str, target: str, kind: str = "flow",
                        ignoring: str | None = None) -> str | None:
        """Why `source → target` of `kind` is refused, or None; `ignoring` names a link being edited."""
        return rules.connect_problem(self.doc, source, target, kind, ignore=ignoring)

    def next_branch_kind(self, source: str) -> str:
        """The kind a new link out of `source` gets: yes, then no on a decision; flow elsewhere."""
        return rules.branch_kind(self.doc, source)

    def connect(self, source: str, target: str, kind: str = "flow", label: str = "",
                share: float | None = None) -> str:
        """The new link's id; raises ValueError with the rule's reason when it is not allowed."""
        problem = self.connect_problem(source, target, kind)
        if problem:
            raise ValueError(problem)
        check_room(self.doc, links=1)
        link = build(Link, id=self.doc.new_link_id(), source=source, target=target,
                     kind=kind, label=label, share=share)
        self._push(Connect(self.doc, link, text=QT_TRANSLATE_NOOP("Editing", "Connect")))
        return link.id

    def set_link_fields(self, link_id: str, **fields) -> None:
        missing = QT_TRANSLATE_NOOP("Editing", "There is no link “{id}” on this map.")
        old, new = self._edited_copy(self.doc.has_link, self.doc.link, missing, link_id, fields)
        problem = self.connect_problem(new.source, new.target, new.kind, ignoring=link_id)
        if problem:
            raise ValueError(problem)
        if (new.source, new.target) != (old.source, old.target) and "points" not in fields:
            new = new.replace(points=())  # bends drawn for the old ends mean nothing at the new ones
        check_in_all(self.doc, "points", [old], [new])
        if new != old:
            text = QT_TRANSLATE_NOOP("Editing", "Edit link")
            if set(fields) == {"kind"}:
                text = QT_TRANSLATE_NOOP("Editing", "Change link kind")
            self._push(SetLinkFields(self.doc, new, fields, text=text))

    # ---- sticky notes ---------------------------------------------------
    def add_note(self, x: float, y: float, text: str = "") -> str:
        check_room(self.doc, notes=1)
        note = build(Note, id=self.doc.new_note_id(), text=text, x=float(x), y=float(y))
        self._push(AddNote(self.doc, note))
        return note.id

    def set_note_fields(self, note_id: str, **fields) -> None:
        missing = QT_TRANSLATE_NOOP("Editing", "There is no sticky note “{id}” on this map.")
        old, new = self._edited_copy(self.doc.has_note, self.doc.note, missing, note_id, fields)
        if new != old:
            self._push(SetNoteFields(self.doc, new, fields))

    # ---- paste ------------------------------------------------------------
    def paste(self, smap_dict: dict, dx: float = 0.0, dy: float = 0.0) -> list[str]:
        """Adds the nodes, links and notes of a .smap dict with fresh ids; returns those ids."""
        nodes, links, notes = pasted_entities(self.doc, smap_dict, dx, dy)
        check_room(self.doc, nodes=len(nodes), links=len(links), notes=len(notes))
        check_in_all(self.doc, "steps", (), nodes)
        check_in_all(self.doc, "points", (), links)
        with self.macro(QT_TRANSLATE_NOOP("Editing", "Paste")):
            for node in nodes:
                self._push(AddNode(self.doc, node, text=QT_TRANSLATE_NOOP("Editing", "Paste")))
            for note in notes:
                self._push(AddNote(self.doc, note, text=QT_TRANSLATE_NOOP("Editing", "Paste")))
            for link in links:
                self._push(Connect(self.doc, link, text=QT_TRANSLATE_NOOP("Editing", "Paste")))
        return [e.id for e in (*nodes, *notes, *links)]

    def insert_map(self, smap_dict: dict, dx: float = 0.0, dy: float = 0.0) -> list[str]:
        """Another map in this one, shifted by (dx, dy), as one undo step: its lanes and phases (a
        lane or phase of the same name here is shared), nodes, links and notes, with fresh ids
        where they clash; returns the ids of the new nodes, notes and links."""
        with self.macro(QT_TRANSLATE_NOOP("Editing", "Insert map")):
            lanes = {lane["id"]: self._lane_for(lane["name"], lane.get("color")) for lane in smap_dict.get("lanes", [])}
            phases = {phase["id"]: self._phase_for(phase["name"]) for phase in smap_dict.get("phases", [])}
            nodes = [dict(node, **{key: table.get(node[key]) for key, table in (("owner", lanes), ("phase", phases))
                                   if node.get(key) is not None})
                     for node in smap_dict.get("nodes", [])]
            return self.paste(dict(smap_dict, nodes=nodes), dx, dy)

    def _lane_for(self, name: str, color: str | None) -> str:
        same = [lane.id for lane in self.doc.lanes() if lane.name.strip().casefold() == name.strip().casefold()]
        return same[0] if same else self.add_lane(name, color)

    def _phase_for(self, name: str) -> str:
        same = [phase.id for phase in self.doc.phases() if phase.name.strip().casefold() == name.strip().casefold()]
        return same[0] if same else self.add_phase(name)

    # ---- helpers ----------------------------------------------------------
    @staticmethod
    def _edited_copy(exists, get, missing: str, item_id: str, fields: dict):
        """(the entity, its validated edited copy); ValueError if it is not on the map."""
        if not exists(item_id):
            raise refused(missing, id=item_id)
        old = get(item_id)
        return old, validated(old, **fields)

    def _need_node(self, node_id: str) -> SalesMap:
        if not self.doc.has_node(node_id):
            raise refused(QT_TRANSLATE_NOOP("Editing", "There is no node “{id}” on this map."), id=node_id)
        return self.doc

    def _known_lane(self, lane_id: str | None) -> str | None:
        if lane_id is not None and self.doc.lane(lane_id) is None:
            raise refused(NO_LANE, id=lane_id)
        return lane_id
