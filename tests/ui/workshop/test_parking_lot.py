"""The parking lot lists the sticky notes; typing there edits them, Add and Remove are undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit


def rows(window) -> list[str]:
    notes = window.parking_lot.notes
    return [notes.item(i).text() for i in range(notes.count())]


def test_the_templates_notes_are_listed_and_follow_edits(qtbot, window_for, template):
    window = window_for(template("extended-b2b", "de"))
    texts = [note.text for note in window.document.notes()]
    assert rows(window) == texts and texts
    note_id = window.document.notes()[0].id
    window.modeling.set_note_fields(note_id, text="Wer entscheidet über Rabatte?")
    assert rows(window)[0] == "Wer entscheidet über Rabatte?"


def test_add_then_type_a_question_then_undo(qtbot, window_for, doc):
    window = window_for(doc)
    lot = window.parking_lot
    qtbot.mouseClick(lot.add_button, Qt.MouseButton.LeftButton)
    editor = lot.notes.findChild(QLineEdit)   # the new row opens for typing
    qtbot.keyClicks(editor, "Pricing tiers for resellers?")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.notes()[0].text != "")   # the list commits on the next turn
    assert [n.text for n in window.document.notes()] == ["Pricing tiers for resellers?"]
    assert rows(window) == ["Pricing tiers for resellers?"]
    window.undo_stack.undo()   # the text
    window.undo_stack.undo()   # the note
    assert window.document.notes() == [] and rows(window) == []


def test_picking_a_row_selects_the_note_and_remove_deletes_it(qtbot, window_for, template):
    window = window_for(template("extended-b2b", "de"))
    lot = window.parking_lot
    first = window.document.notes()[0].id
    rect = lot.notes.visualItemRect(lot.notes.item(0))
    qtbot.mouseClick(lot.notes.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selection.ids() == [first]
    qtbot.mouseClick(lot.remove_button, Qt.MouseButton.LeftButton)
    assert first not in [n.id for n in window.document.notes()]
    assert len(rows(window)) == len(window.document.notes())
