"""Editing a map's merge conflicts: recording them, and resolving one by keeping our side or
taking theirs. Part of the `Modeling` facade (a mixin).

Taking their side replaces, adds or removes the item through the same steps the user's own
edits use (removing a node removes its links; removing a lane moves the bands below), and
the conflict goes in the same undo step. Their side may name things this map does not have
(it comes from another version); that is checked first and explained, and nothing changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..model import AnyConflict
from ..model.conflicts import KpiConflict, MapConflict
from .commands import AddNode, AddNote, Connect, MoveNodes, ResolveConflict, SetConflicts, SetLanes, SetLinkFields, \
    SetNoteFields, SetPhases
from .crm_stages import checked_crm_stages
from .errors import refused

if TYPE_CHECKING:
    from typing import Callable, ContextManager

    from PySide6.QtGui import QUndoCommand

    from ..model import SalesMap

RESOLVE = QT_TRANSLATE_NOOP("Editing", "Resolve conflict")
NO_CONFLICT = QT_TRANSLATE_NOOP("Editing", "There is no conflict “{id}” on this map.")
TAKE = QT_TRANSLATE_NOOP("Editing", "Resolve a conflict by keeping “ours” or taking “theirs”, not “{take}”.")
MISSING = {  # their side names something this map does not have
    "lane": QT_TRANSLATE_NOOP("Editing", "Their version of “{item}” names the lane “{id}”, which this map does not "
                                         "have; add it first or keep our version."),
    "phase": QT_TRANSLATE_NOOP("Editing", "Their version of “{item}” names the phase “{id}”, which this map does not "
                                          "have; add it first or keep our version."),
    "node": QT_TRANSLATE_NOOP("Editing", "Their version of “{item}” names the node “{id}”, which this map does not "
                                         "have; add it first or keep our version."),
}


class ConflictEditing:
    doc: "SalesMap"
    _push: "Callable[[QUndoCommand], None]"
    macro: "Callable[[str], ContextManager[None]]"

    def add_conflicts(self, conflicts: Iterable[AnyConflict]) -> None:
        """Appends conflicts (a merge found them), one undo step; ids must be new."""
        new = tuple(conflicts)
        if new:
            self._push(SetConflicts(self.doc, (*self.doc.conflicts(), *new)))

    def resolve_conflict(self, conflict_id: str, take: str = "ours") -> None:
        """Ends the conflict: "ours" keeps the map as it is; "theirs" puts their side in. One undo step."""
        if not self.doc.has_conflict(conflict_id):
            raise refused(NO_CONFLICT, id=conflict_id)
        if take not in ("ours", "theirs"):
            raise refused(TAKE, take=take)
        conflict = self.doc.conflict(conflict_id)
        with self.macro(RESOLVE):
            if take == "theirs":
                self._take_theirs(conflict)
            self._push(ResolveConflict(self.doc, conflict_id))

    def _take_theirs(self, conflict: AnyConflict) -> None:
        if isinstance(conflict, MapConflict):
            self.set_info(**{key: getattr(conflict.theirs, key) for key in conflict.fields})
        elif isinstance(conflict, KpiConflict):
            self._take_kpi(conflict.item, conflict.theirs)
        else:
            getattr(self, f"_take_{conflict.what}")(conflict.item, conflict.theirs)

    def _take_node(self, node_id: str, theirs) -> None:
        doc = self.doc
        if theirs is None:
            self.remove([node_id])
            return
        for what in ("lane", "phase"):
            wanted = getattr(theirs, "owner" if what == "lane" else "phase", None)
            if wanted is not None and getattr(doc, what)(wanted) is None:
                raise _missing(theirs.name, what, wanted)
        checked_crm_stages(doc, node_id, list(getattr(theirs, "crm_stages", ())))
        self._push(MoveNodes(doc, [theirs], text=RESOLVE) if doc.has_node(node_id) else AddNode(doc, theirs, text=RESOLVE))

    def _take_link(self, link_id: str, theirs) -> None:
        doc = self.doc
        if theirs is None:
            self.remove([link_id])
            return
        for end in (theirs.source, theirs.target):
            if not doc.has_node(end):
                raise _missing(theirs.id, "node", end)
        if doc.has_link(link_id):
            self._push(SetLinkFields(doc, theirs, ("source", "target", "kind", "label", "share", "points"), RESOLVE))
        else:
            self._push(Connect(doc, theirs, text=RESOLVE))

    def _take_lane(self, lane_id: str, theirs) -> None:
        self._take_band(lane_id, theirs, self.doc.lanes(), self.remove_lane, SetLanes)

    def _take_phase(self, phase_id: str, theirs) -> None:
        self._take_band(phase_id, theirs, self.doc.phases(), self.remove_phase, SetPhases)

    def _take_band(self, band_id: str, theirs, bands: tuple, remove, set_bands) -> None:
        """A lane or phase: removed as the user removes one (its nodes follow), or put in place."""
        if theirs is not None:
            self._push(set_bands(self.doc, _put(bands, theirs), text=RESOLVE))
        elif any(band.id == band_id for band in bands):
            remove(band_id)

    def _take_note(self, note_id: str, theirs) -> None:
        doc = self.doc
        if theirs is None:
            self.remove([note_id])
        elif doc.has_note(note_id):
            self._push(SetNoteFields(doc, theirs, ("text", "x", "y", "color"), RESOLVE))
        else:
            self._push(AddNote(doc, theirs, text=RESOLVE))

    def _take_kpi(self, name: str, theirs) -> None:
        kpis = self.doc.info.kpis
        self.set_info(kpis=[k for k in kpis if k.name != name] if theirs is None else _put(kpis, theirs, key="name"))


def _put(entries: tuple, entry, key: str = "id") -> list:
    """`entries` with `entry` in place of the one with its id (or name), or added at the end."""
    found = [i for i, old in enumerate(entries) if getattr(old, key) == getattr(entry, key)]
    out = list(entries)
    if found:
        out[found[0]] = entry
    else:
        out.append(entry)
    return out


def _missing(item: str, what: str, missing_id: str) -> ValueError:
    return refused(MISSING[what], item=item, id=missing_id)
