"""Drawing from the keyboard: live capture (Tab), rename (F2), nudge (arrows), walk the flow
(Alt+arrows), and creating shapes where the user points. Part of `MapView`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt

from ...analysis.flow import BACK, NEXT_BRANCH, ON, PREVIOUS_BRANCH, neighbour
from ...analysis.geometry.shapes import NAME_SIZE, NOTE_SIZE
from ...analysis.layout.free_spot import free_spot
from ...analysis.layout.notes import parking_spot

# Alt+arrows walk the flow (see analysis/flow.py); plain arrows nudge.
WALK = {Qt.Key.Key_Left: BACK, Qt.Key.Key_Right: ON, Qt.Key.Key_Up: PREVIOUS_BRANCH, Qt.Key.Key_Down: NEXT_BRANCH}
NUDGE = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
VIEW_MARGIN = 12  # screen pixels kept between a dropped shape and the edge of the view
SHAPES = {
    "stage": ("stage", None), "decision": ("decision", None), "won": ("outcome", "won"),
    "lost": ("outcome", "lost"), "nurture": ("outcome", "nurture"),
}


class CaptureMixin:
    letter_keys: dict   # plain letter → menu action, filled by the menus (actions.py)
    grid_step: float    # MapView.grid_step: what arrows nudge by

    def handle_key(self, event) -> bool:
        """Keys the canvas understands itself; False lets Qt have the key."""
        key = event.key()
        other_keys = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
        if key in NUDGE and not other_keys:
            step = self.grid_step * (5 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
            self.nudge(NUDGE[key][0] * step, NUDGE[key][1] * step)
        elif key in WALK and other_keys == Qt.KeyboardModifier.AltModifier:
            self.select_neighbour(WALK[key])
        elif key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            ids = self.selection.ids()
            if ids:
                self.rename(ids[-1])
        elif key == Qt.Key.Key_Escape:
            self.selection.clear()
        elif not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier and event.text().upper() in self.letter_keys:
            self.letter_keys[event.text().upper()].trigger()   # S: a stage, N: a sticky note
        else:
            return False
        return True

    def select_neighbour(self, direction: str) -> None:
        """Alt+arrows: select the node before, after or beside the selected one, and show it."""
        nodes = self.selected_node_ids()
        found = neighbour(self.modeling.doc, nodes[-1], direction) if nodes else None
        if found is not None:
            self.selection.set_ids([found])
            self.center_on(found)

    def nudge(self, dx: float, dy: float) -> None:
        doc = self.modeling.doc
        positions = {}
        for item_id in self.selection.ids():
            if doc.has_node(item_id) or doc.has_note(item_id):
                entity = doc.node(item_id) if doc.has_node(item_id) else doc.note(item_id)
                positions[item_id] = (entity.x + dx, entity.y + dy)
        if positions:
            self.try_edit(self.modeling.move_nodes, positions)

    def try_edit(self, edit, *args, **kwargs):
        """Runs an edit; a refused value becomes a status message instead of an error."""
        try:
            return edit(*args, **kwargs)
        except ValueError as error:
            self.report(str(error))
            return None

    def tried(self, edit, *args, **kwargs) -> bool:
        """Runs an edit; False when it was refused (the reason is in the status bar)."""
        try:
            edit(*args, **kwargs)
        except ValueError as error:
            self.report(str(error))
            return False
        return True

    # ---- creating ---------------------------------------------------------
    def add_here(self, shape: str, pos: QPointF) -> str | None:
        """Creates a palette shape at the free spot nearest `pos`, all of it in view; selects it and names it."""
        if shape != "note" and shape not in SHAPES:
            self.report(QCoreApplication.translate("Canvas", "Unknown shape “{shape}”.").format(shape=shape))
            return None
        room = VIEW_MARGIN / self.zoom()
        seen = self.visible_rect().adjusted(room, room, -room, -room)
        x, y = free_spot(self.modeling.doc, SHAPES[shape][0] if shape in SHAPES else "note", pos.x(), pos.y(),
                         within=(seen.left(), seen.top(), seen.right(), seen.bottom()))
        return self._add_at(shape, x, y)

    def add_parked_note(self) -> str | None:
        """N: a sticky note in the parking lot (the row above the map), shown and being typed."""
        return self._add_at("note", *parking_spot(self.modeling.doc))

    def _add_at(self, shape: str, x: float, y: float) -> str | None:
        if shape == "note":
            new_id = self.try_edit(self.modeling.add_note, x, y)
        else:
            kind, result = SHAPES[shape]
            new_id = self.try_edit(self.modeling.add_node, kind, x, y, result=result)
        if new_id is not None:
            self._start_naming(new_id, margin=0)
        return new_id

    def capture_next(self) -> None:
        """Tab: names the stage being typed, then adds the next one after it and names that."""
        if self.editor.is_open():
            self.editor.commit()
        nodes = self.selected_node_ids()
        if len(nodes) != 1:
            if not nodes:
                self.report(QCoreApplication.translate(
                    "Canvas", "Select a stage first: Tab adds the next stage after it."))
            return
        new_id = self.try_edit(self.modeling.add_stage_after, nodes[0])
        if new_id is not None:
            self._start_naming(new_id)

    def insert_decision(self) -> None:
        nodes = self.selected_node_ids()
        if len(nodes) == 1:
            new_id = self.try_edit(self.modeling.insert_decision_after, nodes[0])
            if new_id is not None:
                self._start_naming(new_id)
        else:
            self.report(QCoreApplication.translate("Canvas", "Select one node to insert a decision after it."))

    def _start_naming(self, new_id: str, margin: int = 80) -> None:
        self.selection.set_ids([new_id])
        item = self.scene().item(new_id)
        self.ensureVisible(item.box(), margin, margin)
        self.rename(new_id)

    # ---- renaming -------------------------------------------------------------
    def rename(self, item_id: str) -> None:
        """Opens the in-place editor on a node's name, a note's text or a link's label."""
        doc, item = self.modeling.doc, self.scene().item(item_id)
        if item is None:
            return
        if doc.has_node(item_id):
            text, size, commit = doc.node(item_id).name, NAME_SIZE, self._commit_name
        elif doc.has_note(item_id):
            text, size, commit = doc.note(item_id).text, NOTE_SIZE, self._commit_note
        else:
            text, size, commit = doc.link(item_id).label, NOTE_SIZE, self._commit_label
            label = item.geometry.label
            if label is not None:
                rect = label.background.rect
                self.editor.open(item_id, text, QRectF(rect.x, rect.y, rect.w, rect.h), size, commit)
                return
        self.editor.open(item_id, text, item.box() if item.kind != "link" else item.boundingRect(), size, commit)

    def _commit_name(self, item_id: str, text: str) -> bool:
        if self.modeling.doc.has_node(item_id) and text != self.modeling.doc.node(item_id).name:
            return self.tried(self.modeling.set_node_fields, item_id, name=text)
        return True

    def _commit_note(self, item_id: str, text: str) -> bool:
        if self.modeling.doc.has_note(item_id) and text != self.modeling.doc.note(item_id).text:
            return self.tried(self.modeling.set_note_fields, item_id, text=text)
        return True

    def _commit_label(self, item_id: str, text: str) -> bool:
        if self.modeling.doc.has_link(item_id) and text != self.modeling.doc.link(item_id).label:
            return self.tried(self.modeling.set_link_fields, item_id, label=text)
        return True
