"""Resolving merge conflicts: take ours (the map keeps what it has) or theirs (the other version's
item goes in); either is one undo step that also takes the conflict off the list.

Part of the `Modeling` facade (a mixin). Theirs' item was valid in its own version; its
references are checked against this map first, and a missing lane, phase or node is explained
(the edit is refused and the map stays whole).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..model import Kpi, Lane, Phase
from .commands import AddNode, AddNote, Connect, SetConflicts, SetLanes, SetLinkFields, SetMapInfo, SetNodeFields, \
    SetNoteFields, SetPhases
from .errors import message, refused

if TYPE_CHECKING:
    from ..model import SalesMap
    from ..model.conflicts import AnyConflict

TAKE_OURS = QT_TRANSLATE_NOOP("Editing", "Take ours")
TAKE_THEIRS = QT_TRANSLATE_NOOP("Editing", "Take theirs")
NO_CONFLICT = QT_TRANSLATE_NOOP("Editing", "There is no conflict “{id}” on this map.")
MISSING_LANE = QT_TRANSLATE_NOOP("Editing", "Their “{name}” belongs to the lane “{id}”, which is not on this map. "
                                            "Resolve the lane's conflict first, or take ours.")
MISSING_PHASE = QT_TRANSLATE_NOOP("Editing", "Their “{name}” is in the phase “{id}”, which is not on this map. "
                                             "Resolve the phase's conflict first, or take ours.")
MISSING_NODE = QT_TRANSLATE_NOOP("Editing", "Their version refers to the node “{id}”, which is not on this map. "
                                            "Resolve that node's conflict first, or take ours.")


class ConflictEditing:
    doc: "SalesMap"

    def theirs_problem(self, conflict_id: str) -> str | None:
        """Why theirs cannot be taken now (in the UI's language), or None."""
        theirs = self._conflict(conflict_id).theirs
        if theirs is None:
            return None
        for field, what, text in (("owner", "lane", MISSING_LANE), ("phase", "phase", MISSING_PHASE)):
            ref = getattr(theirs, field, None)
            if isinstance(ref, str) and (self.doc.lane(ref) if what == "lane" else self.doc.phase(ref)) is None:
                return message(text, name=theirs.name, id=ref)
        for field in ("source", "target", "start"):
            ref = getattr(theirs, field, None)
            if isinstance(ref, str) and not self.doc.has_node(ref):
                return message(MISSING_NODE, id=ref)
        funnel = getattr(theirs, "funnel", None)
        if funnel is not None and funnel.won_at is not None and not self.doc.has_node(funnel.won_at):
            return message(MISSING_NODE, id=funnel.won_at)
        return None

    def take_ours(self, conflict_id: str) -> None:
        self._conflict(conflict_id)
        self._push(SetConflicts(self.doc, self._without(conflict_id), text=TAKE_OURS))

    def take_theirs(self, conflict_id: str) -> None:
        conflict = self._conflict(conflict_id)
        problem = self.theirs_problem(conflict_id)
        if problem is not None:
            raise ValueError(problem)
        with self.macro(TAKE_THEIRS):
            self._apply_theirs(conflict)
            self._push(SetConflicts(self.doc, self._without(conflict_id), text=TAKE_THEIRS))

    def _conflict(self, conflict_id: str) -> "AnyConflict":
        if not self.doc.has_conflict(conflict_id):
            raise refused(NO_CONFLICT, id=conflict_id)
        return self.doc.conflict(conflict_id)

    def _without(self, conflict_id: str) -> tuple:
        return tuple(c for c in self.doc.conflicts() if c.id != conflict_id)

    def _apply_theirs(self, conflict: "AnyConflict") -> None:
        item, theirs, doc = conflict.item, conflict.theirs, self.doc
        if conflict.what == "map":
            self._push(SetMapInfo(doc, doc.info.replace(**{f: getattr(theirs, f) for f in conflict.fields}),
                                  text=TAKE_THEIRS))
        elif conflict.what == "kpi":
            self._push(SetMapInfo(doc, doc.info.replace(kpis=_replaced(doc.info.kpis, item, theirs, Kpi)),
                                  text=TAKE_THEIRS))
        elif conflict.what == "lane":
            self._take_band(theirs, item, doc.lanes(), Lane, SetLanes, self.remove_lane)
        elif conflict.what == "phase":
            self._take_band(theirs, item, doc.phases(), Phase, SetPhases, self.remove_phase)
        elif theirs is None:
            self.remove([item])
        else:
            self._put_entity(conflict.what, theirs)

    def _take_band(self, theirs, item: str, bands: tuple, kind, command, remove) -> None:
        if theirs is None:
            if any(band.id == item for band in bands):
                remove(item)
            return
        self._push(command(self.doc, _replaced(bands, item, theirs, kind), text=TAKE_THEIRS))

    def _put_entity(self, what: str, theirs) -> None:
        doc = self.doc
        present = {"node": doc.has_node, "link": doc.has_link, "note": doc.has_note}[what](theirs.id)
        if what == "node":
            command = SetNodeFields(doc, theirs, (), text=TAKE_THEIRS) if present else AddNode(doc, theirs,
                                                                                               text=TAKE_THEIRS)
        elif what == "link":
            command = SetLinkFields(doc, theirs, (), text=TAKE_THEIRS) if present else Connect(doc, theirs,
                                                                                               text=TAKE_THEIRS)
        else:
            command = SetNoteFields(doc, theirs, (), text=TAKE_THEIRS) if present else AddNote(doc, theirs,
                                                                                               text=TAKE_THEIRS)
        self._push(command)


def _replaced(entries: tuple, key: str, theirs, kind) -> tuple:
    """`entries` with the one known by `key` replaced by `theirs` (appended when missing, dropped
    when `theirs` is None)."""
    name = (lambda e: e.name) if kind is Kpi else (lambda e: e.id)
    out = [theirs if name(e) == key else e for e in entries if theirs is not None or name(e) != key]
    if theirs is not None and not any(name(e) == key for e in entries):
        out.append(theirs)
    return tuple(out)
