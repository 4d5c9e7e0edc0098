"""The parking lot: every sticky note on the map in one list, for the open questions of the room.

Typing in the list edits the note (one undo step per edit); picking a row
selects the note and brings it into view; Add puts a new note where the
facilitator is looking. The list follows the document's note events.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDockWidget, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

NOTE_EVENTS = ("note_added", "note_changed", "note_removed")
_ID = Qt.ItemDataRole.UserRole


class ParkingLot(QWidget):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.notes = QListWidget(self)
        self.notes.setWordWrap(True)
        self.notes.setAlternatingRowColors(True)
        self.notes.setEditTriggers(QListWidget.EditTrigger.DoubleClicked | QListWidget.EditTrigger.EditKeyPressed)
        self.notes.itemChanged.connect(self._edited)
        self.notes.currentItemChanged.connect(self._picked)
        self.count = QLabel(self)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add_note)
        self.remove_button.clicked.connect(self.remove_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.notes, 1)
        layout.addLayout(buttons)
        for name in NOTE_EVENTS:
            window.document.events.subscribe(name, self._document_changed)
        window.destroyed.connect(self._detach)
        window.selection.changed.connect(self._follow_selection)
        self.refresh()

    def _detach(self, *_args) -> None:
        for name in NOTE_EVENTS:
            self.window_.document.events.unsubscribe(name, self._document_changed)

    def _document_changed(self, *_args) -> None:
        self.refresh()

    def refresh(self) -> None:
        current = self.current_id()
        self.notes.blockSignals(True)
        self.notes.clear()
        for note in self.window_.document.notes():
            item = QListWidgetItem(note.text or self.tr("(empty note)"))
            item.setData(_ID, note.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.notes.addItem(item)
            if note.id == current:
                self.notes.setCurrentItem(item)
        self.notes.blockSignals(False)
        total = self.notes.count()
        self.count.setText(self.tr("%n open question(s)", "", total))
        self.remove_button.setEnabled(total > 0)

    def current_id(self) -> str | None:
        item = self.notes.currentItem()
        return item.data(_ID) if item else None

    def _edited(self, item: QListWidgetItem) -> None:
        note_id, text = item.data(_ID), item.text().strip()
        if self.window_.document.has_note(note_id) and text != self.window_.document.note(note_id).text:
            try:
                self.window_.modeling.set_note_fields(note_id, text=text)
            except ValueError as error:
                self.window_.show_message(str(error))
                self.refresh()

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.window_.selection.set_ids([item.data(_ID)])
            self.window_.canvas.center_on(item.data(_ID))

    def _follow_selection(self) -> None:
        ids = self.window_.selection.ids()
        for row in range(self.notes.count()):
            if self.notes.item(row).data(_ID) in ids:
                self.notes.blockSignals(True)
                self.notes.setCurrentRow(row)
                self.notes.blockSignals(False)
                return

    def add_note(self) -> None:
        """A new note where the facilitator is looking (a little apart from the last one), then type its text."""
        centre = self.window_.canvas.visible_centre()
        offset = 24.0 * (len(self.window_.document.notes()) % 8)
        note_id = self.window_.modeling.add_note(centre.x() + offset, centre.y() + offset, "")
        self.refresh()
        for row in range(self.notes.count()):
            if self.notes.item(row).data(_ID) == note_id:
                self.notes.setCurrentRow(row)
                self.notes.editItem(self.notes.item(row))

    def remove_note(self) -> None:
        note_id = self.current_id()
        if note_id is not None:
            self.window_.modeling.remove([note_id])


def install(window) -> dict:
    dock = QDockWidget(QCoreApplication.translate("ParkingLot", "Parking Lot"), window)
    dock.setObjectName("parking-lot-panel")
    parking_lot = ParkingLot(window)
    dock.setWidget(parking_lot)
    window.add_dock(dock, Qt.DockWidgetArea.RightDockWidgetArea)
    return {"parking_lot": parking_lot}
