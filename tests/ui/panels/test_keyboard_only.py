"""Filling in one stage of the extended template takes nothing but the keyboard.

After the stage is selected, every field (the seed's four, three checklist
items, owner, phase, days, conversion) is filled with key presses sent to
whatever has the focus; a filter on the application proves no mouse button
was pressed.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from .keys import Keyboard

CTRL = Qt.KeyboardModifier.ControlModifier


class MouseWatch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.presses = 0

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self.presses += 1
        return False


@pytest.fixture
def mouse_watch(qapp):
    watch = MouseWatch()
    qapp.installEventFilter(watch)
    yield watch
    qapp.removeEventFilter(watch)


def test_a_stage_of_the_extended_template_is_filled_in_by_keyboard_alone(qtbot, template, window_for, mouse_watch):
    window = window_for(template("extended-b2b", "en"))
    stage = window.modeling.add_stage_after("proposal")
    window.selection.set_ids([stage])
    window.canvas.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_I, CTRL)  # View ▸ Edit in Inspector
    keys.press(Qt.Key.Key_A, CTRL)
    keys.enter("Negotiation")
    keys.enter("The buyer accepted the proposal in principle and named who signs.")
    keys.enter("Agree on price, terms and the start date; legal reviews the contract.")
    keys.press(Qt.Key.Key_Return)  # the empty checklist: start the first item
    for item in ("Price agreed", "Terms agreed", "Signer confirmed"):
        keys.enter(item, Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Escape)  # no fourth item
    keys.press(Qt.Key.Key_Up, times=2)
    keys.press(Qt.Key.Key_Space)  # "Price agreed" is required
    keys.press(Qt.Key.Key_Tab, times=2)  # past the substeps to the owner
    keys.type("Sales")
    keys.press(Qt.Key.Key_Tab)
    keys.type("Dec")
    keys.press(Qt.Key.Key_Tab)
    keys.enter("14")
    keys.enter("60")

    node = next(n for n in window.document.to_dict()["nodes"] if n["id"] == stage)
    assert node["name"] == "Negotiation"
    assert node["entry_criteria"].startswith("The buyer accepted")
    assert node["activities"].startswith("Agree on price")
    assert node["exit_checklist"] == [
        {"text": "Price agreed", "required": True},
        {"text": "Terms agreed", "required": False},
        {"text": "Signer confirmed", "required": False},
    ]
    assert (node["owner"], node["phase"], node["expected_days"], node["conversion_rate"]) == \
        ("sales", "decision", 14.0, 0.6)
    assert mouse_watch.presses == 0
    assert keys.presses > 0
    assert window.inspector_dock.isAncestorOf(QApplication.focusWidget())
