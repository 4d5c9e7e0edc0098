"""Drawing from the keyboard: live capture (Tab), rename (F2), nudge (arrows), walk the flow
(Alt+arrows), and creating shapes where the user points. Part of `MapView`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt

from ...analysis.flow import BACK, NEXT_BRANCH, ON, PREVIOUS_BRANCH, neighbour
from ...analysis.geometry.shapes import NAME_SIZE, NOTE_SIZE

# Alt+arrows walk the flow (see analysis/flow.py); plain arrows nudge.
WALK = {Qt.Key.Key_Left: BACK, Qt.Key.Key_Right: ON, Qt.Key.Key_Up: PREVIOUS_BRANCH, Qt.Key.Key_Down: NEXT_BRANCH}
NUDGE = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
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

    # ---- creating ---------------------------------------------------------
    def add_here(self, shape: str, pos: QPointF) -> str | None:
        """Creates a palette shape centred at `pos`, selects it and starts naming it."""
        if shape == "note":
            new_id = self.try_edit(self.modeling.add_note, pos.x(), pos.y())
        elif shape in SHAPES:
            kind, result = SHAPES[shape]
            new_id = self.try_edit(self.modeling.add_node, kind, pos.x(), pos.y(), result=result)
        else:
            self.report(QCoreApplication.translate("Canvas", "Unknown shape “{shape}”.").format(shape=shape))
            return None
        if new_id is not None:
            self.selection.set_ids([new_id])
            self.rename(new_id)
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

    def _start_naming(self, new_id: str) -> None:
        self.selection.set_ids([new_id])
        item = self.scene().item(new_id)
        self.ensureVisible(item.boundingRect(), 80, 80)
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

    def _commit_name(self, item_id: str, text: str) -> None:
        if self.modeling.doc.has_node(item_id) and text != self.modeling.doc.node(item_id).name:
            self.try_edit(self.modeling.set_node_fields, item_id, name=text)

    def _commit_note(self, item_id: str, text: str) -> None:
        if self.modeling.doc.has_note(item_id):
            self.try_edit(self.modeling.set_note_fields, item_id, text=text)

    def _commit_label(self, item_id: str, text: str) -> None:
        if self.modeling.doc.has_link(item_id):
            self.try_edit(self.modeling.set_link_fields, item_id, label=text)
