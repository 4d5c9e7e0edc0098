"""The stage inspector, driven with real key presses; every check is on the document."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from salesmap_studio.ui.panels.stage_inspector import StageInspector

from .keys import Keyboard


@pytest.fixture
def stage_panel(doc, context_for, shown):
    context = context_for(doc)
    stage = context.modeling.add_node("stage", 0, 130, name="Qualify")
    context.modeling.undo_stack.clear()
    panel = shown(StageInspector(context))
    panel.show_ids([stage])
    return panel, stage


def stage_dict(doc, stage_id):
    return next(n for n in doc.to_dict()["nodes"] if n["id"] == stage_id)


def type_into(qtbot, widget, text, finish=Qt.Key.Key_Tab):
    widget.setFocus()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, finish)


def test_typing_a_name_is_one_undo_step_on_enter(qtbot, stage_panel, doc):
    panel, stage = stage_panel
    before = doc.to_dict()
    name = panel.fields["name"].editor
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Discovery call")
    assert doc.node(stage).name == "Qualify", "nothing is pushed per keystroke"
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert doc.node(stage).name == "Discovery call"
    stack = panel.context.modeling.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert doc.to_dict() == before
    assert name.text() == "Qualify", "undo shows in the panel"
    stack.redo()
    assert name.text() == "Discovery call"


def test_entry_criteria_commit_on_focus_out(qtbot, stage_panel, doc):
    panel, stage = stage_panel
    type_into(qtbot, panel.fields["entry_criteria"].editor, "Budget holder named")
    assert stage_dict(doc, stage)["entry_criteria"] == "Budget holder named"


def test_checklist_items_added_with_enter_and_reordered_by_keyboard(qtbot, stage_panel, doc):
    panel, stage = stage_panel
    stack = panel.context.modeling.undo_stack
    items = panel.checklist.list
    items.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Return)
    for text in ("Budget confirmed", "Decision maker met", "Next meeting booked"):
        keys.enter(text, Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Escape)
    texts = [i["text"] for i in stage_dict(doc, stage)["exit_checklist"]]
    assert texts == ["Budget confirmed", "Decision maker met", "Next meeting booked"]
    assert stack.count() == 3, "each added item is its own step"
    snapshot = doc.to_dict()
    keys.press(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    texts = [i["text"] for i in stage_dict(doc, stage)["exit_checklist"]]
    assert texts == ["Budget confirmed", "Next meeting booked", "Decision maker met"]
    keys.press(Qt.Key.Key_Space)
    assert stage_dict(doc, stage)["exit_checklist"][1]["required"] is True
    stack.undo()
    stack.undo()
    assert doc.to_dict() == snapshot
