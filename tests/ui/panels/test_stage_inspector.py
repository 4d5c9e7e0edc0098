"""The stage inspector, driven with real key presses; every check is on the document."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from salesmap_studio.ui.panels.stage_inspector import StageInspector

from .keys import Keyboard
from .undo_check import one_undo_step


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
    done = doc.to_dict()
    stack.undo()
    stack.undo()
    assert doc.to_dict() == snapshot
    stack.redo()
    stack.redo()
    assert doc.to_dict() == done
    assert [items.item(i).text() for i in range(items.count())][:3] == \
        ["Budget confirmed", "Next meeting booked", "Decision maker met"], "the list follows redo"


def start_typing(qtbot, panel, field: str, text: str):
    """Types `text` into an empty field of the panel; returns the field and the keyboard."""
    checked = panel.fields[field]
    checked.editor.setFocus()
    keys = Keyboard(qtbot)
    keys.type(text)
    return checked, keys


def test_a_conversion_above_100_is_refused_with_the_reason_and_nothing_changes(qtbot, stage_panel, doc):
    panel, stage = stage_panel
    before = doc.to_dict()
    conversion, keys = start_typing(qtbot, panel, "conversion_rate", "150")
    assert conversion.reason.isVisible(), "the reason shows while typing"
    assert "0 and 100" in conversion.reason.text()
    keys.press(Qt.Key.Key_Return)
    assert doc.to_dict() == before
    assert panel.context.modeling.undo_stack.count() == 0
    keys.press(Qt.Key.Key_Escape)
    assert conversion.editor.text() == "" and not conversion.reason.isVisible()


@pytest.mark.parametrize("field, typed, words", [
    ("expected_days", "-3", "Days in stage: at least 0."),
    ("expected_days", "3651", "Days in stage: at most 3"),   # 3650 or 3,650, as the locale writes it
    ("expected_days", "soon", "number"),
    ("name", "", "at least one character"),
    ("name", "x" * 201, "200"),
])
def test_other_invalid_entries_are_refused(qtbot, stage_panel, doc, field, typed, words):
    panel, _stage = stage_panel
    before = doc.to_dict()
    checked = panel.fields[field]
    checked.editor.setFocus()
    checked.editor.selectAll()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Delete)
    if typed:
        keys.type(typed)
    keys.press(Qt.Key.Key_Tab)
    assert words in checked.reason.text()
    assert doc.to_dict() == before


def test_days_and_conversion_are_kept_as_the_model_wants_them(qtbot, stage_panel, doc):
    panel, stage = stage_panel
    keys = Keyboard(qtbot)
    panel.fields["expected_days"].editor.setFocus()
    keys.enter("2,5")
    panel.fields["conversion_rate"].editor.setFocus()
    keys.enter("40 %")
    assert (stage_dict(doc, stage)["expected_days"], stage_dict(doc, stage)["conversion_rate"]) == (2.5, 0.4)
    assert panel.fields["conversion_rate"].editor.text() == "40"


def test_two_edits_of_one_field_are_one_undo_step(qtbot, stage_panel, doc):
    panel, stage = stage_panel
    before = doc.to_dict()
    activities = panel.fields["activities"].editor
    keys = Keyboard(qtbot)
    activities.setFocus()
    keys.enter("Call the lead.")
    activities.setFocus()
    keys.type(" Book a demo.")
    keys.press(Qt.Key.Key_Tab)
    assert stage_dict(doc, stage)["activities"] == "Call the lead. Book a demo."
    one_undo_step(panel.context.modeling.undo_stack, doc, before, steps_before=0)


def test_owner_and_phase_change_with_the_keyboard_and_undo_one_by_one(qtbot, stage_panel, doc):
    panel, stage = stage_panel
    context = panel.context
    context.modeling.add_phase("Decision")
    start = doc.to_dict()
    keys = Keyboard(qtbot)
    panel.fields["owner"].setFocus()
    keys.type("Sales")
    after_owner = doc.to_dict()
    assert stage_dict(doc, stage)["owner"] == "sales"
    assert stage_dict(doc, stage)["y"] == 390.0, "the stage moves into the Sales lane"
    panel.fields["phase"].setFocus()
    keys.type("Dec")
    assert stage_dict(doc, stage)["phase"] == "decision"
    after_phase = doc.to_dict()
    stack = context.modeling.undo_stack
    stack.undo()
    assert doc.to_dict() == after_owner
    assert panel.fields["phase"].currentText() == "(none)"
    stack.undo()
    assert doc.to_dict() == start
    stack.redo()
    stack.redo()
    assert doc.to_dict() == after_phase


def test_a_new_lane_made_from_the_owner_list_is_one_undo_step(qtbot, stage_panel, doc, monkeypatch):
    panel, stage = stage_panel
    monkeypatch.setattr("salesmap_studio.ui.panels.choice_field.ask_band_name", lambda *args: "Presales")
    before = doc.to_dict()
    owner = panel.fields["owner"]
    owner.setFocus()
    Keyboard(qtbot).press(Qt.Key.Key_End)  # the last entry: "New lane…"
    assert [lane.name for lane in doc.lanes()] == ["Marketing", "Sales", "Presales"]
    assert stage_dict(doc, stage)["owner"] == "presales"
    assert owner.currentText() == "Presales"
    one_undo_step(panel.context.modeling.undo_stack, doc, before, steps_before=0)


def test_substeps_are_edited_like_the_checklist(qtbot, stage_panel, doc):
    panel, stage = stage_panel
    keys = Keyboard(qtbot)
    panel.substeps.setFocus()
    keys.press(Qt.Key.Key_Insert)
    keys.enter("System tests", Qt.Key.Key_Return)
    keys.enter("Training", Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Escape)
    assert stage_dict(doc, stage)["substeps"] == ["System tests", "Training"]
    keys.press(Qt.Key.Key_Up)
    keys.press(Qt.Key.Key_Delete)
    assert stage_dict(doc, stage)["substeps"] == ["Training"]
    stack = panel.context.modeling.undo_stack
    stack.undo()
    assert stage_dict(doc, stage)["substeps"] == ["System tests", "Training"]
    stack.redo()
    assert stage_dict(doc, stage)["substeps"] == ["Training"]


def test_undo_refreshes_the_panel_without_pushing_anything(qtbot, stage_panel, doc):
    panel, stage = stage_panel
    keys = Keyboard(qtbot)
    panel.fields["entry_criteria"].editor.setFocus()
    keys.enter("Budget holder named")
    stack = panel.context.modeling.undo_stack
    stack.undo()
    assert panel.fields["entry_criteria"].editor.text() == ""
    assert stack.count() == 1 and stack.canRedo(), "the refresh fed nothing back into the model"


def test_multi_line_fields_grow_with_what_is_typed(qtbot, stage_panel, doc):
    panel, stage = stage_panel
    notes = panel.fields["notes"].editor
    empty_height = notes.height()
    notes.setFocus()
    keys = Keyboard(qtbot)
    for line in ("Parking lot:", "pricing tiers?", "who signs?", "legal review?"):
        keys.type(line)
        keys.press(Qt.Key.Key_Return)
    assert notes.height() > empty_height
    assert notes.verticalScrollBar().maximum() == 0, "all of it shows, nothing scrolls"
    keys.press(Qt.Key.Key_Tab)
    assert stage_dict(doc, stage)["notes"] == "Parking lot:\npricing tiers?\nwho signs?\nlegal review?\n"


def test_the_days_limit_and_its_reason_come_from_the_model_in_german(qtbot, german, stage_panel, doc):
    panel, _stage = stage_panel
    before = doc.to_dict()
    days, keys = start_typing(qtbot, panel, "expected_days", "3651")
    keys.press(Qt.Key.Key_Tab)
    assert days.reason.text() == "Tage im Schritt: höchstens 3.650."   # model.fields.MAX_DAYS, the editing layer's words
    assert doc.to_dict() == before


def test_a_click_into_the_empty_checklist_starts_the_first_item(qtbot, stage_panel, doc):
    """Issue 12, finding 4: the click used to leave no editor open, so the typed words were dropped."""
    panel, stage = stage_panel
    before = doc.to_dict()
    items = panel.checklist.list
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=items.viewport().rect().center())
    keys = Keyboard(qtbot)
    keys.enter("Budget confirmed", Qt.Key.Key_Return)
    assert [i["text"] for i in stage_dict(doc, stage)["exit_checklist"]] == ["Budget confirmed"]
    stack = panel.context.modeling.undo_stack
    assert stack.count() == 1, "the first item is one undo step"
    keys.enter("Decision maker met", Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Escape)
    texts = [i["text"] for i in stage_dict(doc, stage)["exit_checklist"]]
    assert texts == ["Budget confirmed", "Decision maker met"], "Enter started the next item"
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert doc.to_dict() == before


def test_typing_into_the_empty_checklist_starts_the_first_item_with_every_letter(qtbot, stage_panel, doc):
    panel, stage = stage_panel
    panel.checklist.list.setFocus()
    keys = Keyboard(qtbot)
    keys.type("B")  # the first letter opens the item; the rest goes where the focus went, as for a user
    keys.enter("udget confirmed", Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Escape)
    assert [i["text"] for i in stage_dict(doc, stage)["exit_checklist"]] == ["Budget confirmed"]
    assert panel.context.modeling.undo_stack.count() == 1
