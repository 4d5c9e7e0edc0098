"""The Conflicts panel: what a merge left undecided, one conflict at a time.

Each conflict shows its fields in the common ancestor (base), in this map (ours) and in the
other version (theirs), side by side. Take Ours keeps the map as it is now and closes the
conflict; Take Theirs puts the other version's item in (one undo step each, references checked
and a problem explained); Keep Editing goes to the item so it can be edited by hand. Items with a
conflict are marked on the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QHBoxLayout, QHeaderView, QListWidget,
                               QListWidgetItem, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..model.serialize import conflict_to_dict
from .conflict_values import current_name, field_name, ours_side, side_value, what_name
from .panels.context import PanelContext
from .plain_text import auto_text, plain_label

translate = QCoreApplication.translate
OBJECT_NAME = "conflicts-panel"
ID_ROLE = Qt.ItemDataRole.UserRole
MARKED = ("node", "link", "note")


class ConflictsPanel(QDockWidget):
    def __init__(self, context: PanelContext, marks, parent: QWidget | None = None) -> None:
        super().__init__(translate("Conflicts", "Conflicts"), parent)
        self.setObjectName(OBJECT_NAME)
        self.context, self.marks = context, marks
        self.summary = plain_label(parent=self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.currentItemChanged.connect(lambda _new, _old: self.show_current())
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([translate("Conflicts", "Base"), translate("Conflicts", "Ours"),
                                              translate("Conflicts", "Theirs")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.problem = plain_label(parent=self)
        self.problem.setWordWrap(True)
        self.take_ours_button = QPushButton(translate("Conflicts", "Take Ours"), self)
        self.take_ours_button.setToolTip(translate("Conflicts", "Keep this map's version as it is now and close the conflict"))
        self.take_theirs_button = QPushButton(translate("Conflicts", "Take Theirs"), self)
        self.take_theirs_button.setToolTip(translate("Conflicts", "Put the other version's item in this map"))
        self.keep_editing_button = QPushButton(translate("Conflicts", "Keep Editing"), self)
        self.keep_editing_button.setToolTip(translate("Conflicts", "Go to the item to edit it by hand; "
                                                                   "the conflict stays until you take a side"))
        self.take_ours_button.clicked.connect(lambda: self._take(lambda cid: self.context.modeling.resolve_conflict(cid, "ours")))
        self.take_theirs_button.clicked.connect(lambda: self._take(lambda cid: self.context.modeling.resolve_conflict(cid, "theirs")))
        self.keep_editing_button.clicked.connect(self.keep_editing)
        self.setWidget(self._body())
        self.setMinimumWidth(320)
        context.listen(self._changed)
        self.refresh()


    def after_layout_restored(self) -> None:
        """A map with conflicts opens with the panel in front, others without it (View ▸ Panels brings it back)."""
        if self.context.document.conflicts():
            self.show()
            self.raise_()
        else:
            self.hide()

    def _changed(self, change) -> None:
        """A map without conflicts is left alone by edits (a big map's edits stay quick)."""
        if change.conflicts or (self.context.document.conflicts() and change.beyond_notes_and_places()):
            self.refresh()

    def _body(self) -> QWidget:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        buttons = QHBoxLayout()
        for button in (self.take_ours_button, self.take_theirs_button, self.keep_editing_button):
            buttons.addWidget(button)
        for widget in (self.summary, self.list, self.table, self.problem):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        return body

    def conflict_ids(self) -> list[str]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def refresh(self) -> None:
        conflicts = self.context.document.conflicts()
        current = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in conflicts:
            data = conflict_to_dict(conflict)
            side = data["theirs"] or data["base"]
            name = current_name(self.context.document, conflict.what, conflict.item, side)
            text = translate("Conflicts", "{what} “{name}”: {fields}").format(
                what=what_name(conflict.what, side), name=name, fields=", ".join(map(field_name, conflict.fields)))
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, conflict.id)
            item.setToolTip(auto_text(text))
            self.list.addItem(item)
        ids = self.conflict_ids()
        self.list.setCurrentRow(ids.index(current) if current in ids else (0 if ids else -1))
        self.list.blockSignals(False)
        self.summary.setText(self._summary(len(conflicts)))
        for widget in (self.list, self.table, self.take_ours_button, self.take_theirs_button, self.keep_editing_button):
            widget.setVisible(bool(conflicts))
        self.marks.set_layer("conflicts", {c.item: "conflict" for c in conflicts if c.what in MARKED})
        self.show_current()

    @staticmethod
    def _summary(count: int) -> str:
        if not count:
            return translate("Conflicts", "No merge conflicts: nothing is left to decide.")
        if count == 1:
            return translate("Conflicts", "A merge left 1 conflict. Choose a version for it.")
        return translate("Conflicts", "A merge left {count} conflicts. Choose a version for each.").format(count=count)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def show_current(self) -> None:
        """Base, ours and theirs of the chosen conflict, one row per field."""
        self.problem.setText("")
        conflict_id = self.current_id()
        if conflict_id is None:
            self.table.setRowCount(0)
            return
        data = conflict_to_dict(self.context.document.conflict(conflict_id))
        ours = ours_side(self.context.document.to_dict(), data["what"], data["item"], data["fields"])
        self.table.setRowCount(len(data["fields"]))
        self.table.setVerticalHeaderLabels([field_name(f) for f in data["fields"]])
        for row, field in enumerate(data["fields"]):
            for column, side in enumerate((data["base"], ours, data["theirs"])):
                self.table.setItem(row, column, QTableWidgetItem(side_value(side, field)))
        self.table.resizeRowsToContents()
        problem = self.context.modeling.theirs_problem(conflict_id)
        self.problem.setText(problem or "")
        self.take_theirs_button.setEnabled(problem is None)

    def _take(self, take) -> None:
        conflict_id = self.current_id()
        if conflict_id is None:
            return
        try:
            take(conflict_id)
        except ValueError as error:   # a reference theirs needs is missing: said, nothing changes
            self.problem.setText(str(error))

    def keep_editing(self) -> None:
        conflict_id = self.current_id()
        if conflict_id is None:
            return
        doc = self.context.document
        conflict = doc.conflict(conflict_id)
        present = {"node": doc.has_node, "link": doc.has_link, "note": doc.has_note}
        if conflict.what in MARKED and present[conflict.what](conflict.item):
            self.context.selection.set_ids([conflict.item])
            self.context.center_on(conflict.item)


def install(window) -> None:
    context = PanelContext.of_window(window)
    panel = ConflictsPanel(context, window.canvas.scene().marks, window)
    window.add_dock(panel, Qt.DockWidgetArea.RightDockWidgetArea)
    window.destroyed.connect(context.detach)
