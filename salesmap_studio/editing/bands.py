"""Editing what is not a node: the map's details, its lanes and its phases.

Part of the `Modeling` facade (a mixin, so the facade file stays readable).
Lanes are bands by their order, so reordering or removing a lane moves the
stages it owns along with their band in the same undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..analysis.swimlanes import lane_shift
from ..model import Decision, Lane, Phase, Stage, slug
from .commands import MoveNodes, SetLanes, SetMapInfo, SetPhases
from .errors import build, refused, validated
from .limits import check_room

if TYPE_CHECKING:
    from typing import Callable

    from PySide6.QtGui import QUndoCommand

    from ..model import SalesMap

NO_LANE = QT_TRANSLATE_NOOP("Editing", "There is no lane “{id}” on this map.")
LANE_COLOURS = ("#4A7FB5", "#3E9E78", "#8A6BB0", "#C98A3E", "#B5544A", "#3F9BAA", "#7D8A3E", "#A0527D")


TYPED_INFO_FIELDS = {"title", "goal"}


def _typed_name(kind: str, band_id: str, fields: dict):
    """Retyping a band's name merges; a colour picked in the dialog is a step of its own."""
    return (kind, band_id) if set(fields) == {"name"} else None


def _edited(entries: tuple, index: int, fields: dict) -> list | None:
    """The list with entry `index` edited, or None when the edit changes nothing."""
    changed = list(entries)
    changed[index] = validated(entries[index], **fields)
    return changed if changed[index] != entries[index] else None


def _moved(entries: tuple, index: int, new_index: int) -> list:
    """The list with entry `index` moved to `new_index` (kept within the list)."""
    moved = list(entries)
    entry = moved.pop(index)
    moved.insert(max(0, min(new_index, len(moved))), entry)
    return moved


class BandEditing:
    doc: "SalesMap"
    _push: "Callable[[QUndoCommand], None]"

    def set_info(self, **fields) -> None:
        """title, goal, language, start, kpis, funnel (and lane_height)."""
        doc = self.doc
        if fields.get("start") is not None and not doc.has_node(fields["start"]):
            raise refused(QT_TRANSLATE_NOOP("Editing", "The start “{id}” is not a node on this map."), id=fields["start"])
        new = validated(doc.info, **fields)
        if new.funnel is not None and new.funnel.won_at is not None and not doc.has_node(new.funnel.won_at):
            raise refused(QT_TRANSLATE_NOOP("Editing", "The won point “{id}” is not a node on this map."),
                          id=new.funnel.won_at)
        if new != doc.info:
            # Retyping one text field merges; a KPI list or funnel edit stays a step of its own.
            key = ("info", frozenset(fields)) if set(fields) <= TYPED_INFO_FIELDS else None
            self._push(SetMapInfo(doc, new, merge_key=key))

    # ---- lanes ------------------------------------------------------------
    def add_lane(self, name: str, color: str | None = None) -> str:
        lanes = self.doc.lanes()
        check_room(self.doc, lanes=1)
        colour = color or LANE_COLOURS[len(lanes) % len(LANE_COLOURS)]
        lane = build(Lane, id=self.doc.new_lane_id(slug(name, "lane")), name=name, color=colour)
        self._push(SetLanes(self.doc, (*lanes, lane), text=QT_TRANSLATE_NOOP("Editing", "Add lane")))
        return lane.id

    def set_lane(self, lane_id: str, **fields) -> None:
        lanes = _edited(self.doc.lanes(), self._lane_index(lane_id), fields)
        if lanes is not None:
            self._push(SetLanes(self.doc, lanes, text=QT_TRANSLATE_NOOP("Editing", "Edit lane"),
                                          merge_key=_typed_name("lane", lane_id, fields)))

    def move_lane(self, lane_id: str, new_index: int) -> None:
        lanes = _moved(self.doc.lanes(), self._lane_index(lane_id), new_index)
        with self.macro(QT_TRANSLATE_NOOP("Editing", "Move lane")):
            self._follow_bands(lanes, {})
            self._push(SetLanes(self.doc, lanes, text=QT_TRANSLATE_NOOP("Editing", "Move lane")))

    def remove_lane(self, lane_id: str) -> None:
        """Removes the lane; its stages lose their owner, lanes below move up a band."""
        lanes = [lane for lane in self.doc.lanes() if lane.id != self._lane(lane_id).id]
        with self.macro(QT_TRANSLATE_NOOP("Editing", "Remove lane")):
            self._follow_bands(lanes, {lane_id: None})
            self._push(SetLanes(self.doc, lanes, text=QT_TRANSLATE_NOOP("Editing", "Remove lane")))

    def _follow_bands(self, new_lanes: list[Lane], new_owner: dict[str, str | None]) -> None:
        """Moves owned nodes with their lane's band and applies owner changes."""
        doc = self.doc
        new_index = {lane.id: i for i, lane in enumerate(new_lanes)}
        moved = []
        for node in doc.nodes():
            owner = getattr(node, "owner", None)
            if owner is None or not isinstance(node, (Stage, Decision)):
                continue
            changes = {"owner": new_owner[owner]} if owner in new_owner else {}
            if owner in new_index:
                changes["y"] = node.y + lane_shift(doc, owner, new_index[owner])
            new = validated(node, **changes)
            if new != node:
                moved.append(new)
        if moved:
            self._push(MoveNodes(doc, moved, text=QT_TRANSLATE_NOOP("Editing", "Move with lane")))

    def _lane(self, lane_id: str) -> Lane:
        lane = self.doc.lane(lane_id)
        if lane is None:
            raise refused(NO_LANE, id=lane_id)
        return lane

    def _lane_index(self, lane_id: str) -> int:
        return self.doc.lanes().index(self._lane(lane_id))

    # ---- phases -----------------------------------------------------------
    def add_phase(self, name: str) -> str:
        check_room(self.doc, phases=1)
        phase = build(Phase, id=self.doc.new_phase_id(slug(name, "phase")), name=name)
        text = QT_TRANSLATE_NOOP("Editing", "Add phase")
        self._push(SetPhases(self.doc, (*self.doc.phases(), phase), text=text))
        return phase.id

    def set_phase(self, phase_id: str, **fields) -> None:
        phases = _edited(self.doc.phases(), self._phase_index(phase_id), fields)
        if phases is not None:
            self._push(SetPhases(self.doc, phases, text=QT_TRANSLATE_NOOP("Editing", "Edit phase"),
                                           merge_key=_typed_name("phase", phase_id, fields)))

    def move_phase(self, phase_id: str, new_index: int) -> None:
        phases = _moved(self.doc.phases(), self._phase_index(phase_id), new_index)
        self._push(SetPhases(self.doc, phases, text=QT_TRANSLATE_NOOP("Editing", "Move phase")))

    def remove_phase(self, phase_id: str) -> None:
        """Removes the phase; the stages in it keep their place but lose the phase."""
        index = self._phase_index(phase_id)
        phases = [p for i, p in enumerate(self.doc.phases()) if i != index]
        cleared = [validated(n, phase=None) for n in self.doc.nodes() if getattr(n, "phase", None) == phase_id]
        with self.macro(QT_TRANSLATE_NOOP("Editing", "Remove phase")):
            if cleared:
                self._push(MoveNodes(self.doc, cleared, text=QT_TRANSLATE_NOOP("Editing", "Remove phase")))
            self._push(SetPhases(self.doc, phases, text=QT_TRANSLATE_NOOP("Editing", "Remove phase")))

    def _phase_index(self, phase_id: str) -> int:
        for index, phase in enumerate(self.doc.phases()):
            if phase.id == phase_id:
                return index
        raise refused(QT_TRANSLATE_NOOP("Editing", "There is no phase “{id}” on this map."), id=phase_id)
