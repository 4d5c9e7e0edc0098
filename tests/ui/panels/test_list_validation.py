"""Names typed in place in the lane, KPI and checklist lists: checked while typing, a refused one changes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from salesmap_studio.ui.panels.map_inspector import MapInspector
from salesmap_studio.ui.panels.stage_inspector import StageInspector

from .keys import Keyboard
from .undo_check import one_undo_step

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def map_panel(doc, context_for, shown):
    context = context_for(doc)
    context.modeling.set_info(kpis=[{"name": "Win rate", "target": "25 %"}])
    context.modeling.undo_stack.clear()
    panel = shown(MapInspector(context), height=1100)
    panel.show_ids([])
    return panel


@pytest.fixture
def stage_panel(doc, context_for, shown):
    context = context_for(doc)
    stage = context.modeling.add_node("stage", 0, 130, name="Qualify")
    context.modeling.set_node_fields(stage, exit_checklist=[{"text": "Budget confirmed", "required": True}])
    context.modeling.undo_stack.clear()
    panel = shown(StageInspector(context))
    panel.show_ids([stage])
    return panel, stage


def clear_first_lane_name(qtbot, panel) -> Keyboard:
    panel.lanes.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_F2)
    keys.press(Qt.Key.Key_A, CTRL)
    keys.press(Qt.Key.Key_Backspace)
    return keys


def test_an_empty_lane_name_is_refused_while_typing_and_changes_nothing(qtbot, map_panel, doc):
    before, stack, lanes = doc.to_dict(), map_panel.context.modeling.undo_stack, map_panel.lanes
    keys = clear_first_lane_name(qtbot, map_panel)
    assert lanes.reason.isVisible(), "the reason shows while typing"
    assert lanes.reason.text() == "Name: needs at least one character."
    assert keys.focused().accessibleDescription() == lanes.reason.text(), "the editor carries the reason too"
    keys.press(Qt.Key.Key_Return)
    assert doc.to_dict() == before and stack.count() == 0
    assert lanes.list.item(0).text() == "Marketing", "the list shows the document's name again"
    assert lanes.reason.isVisible(), "the reason says why nothing changed"
    assert not map_panel.context.reports, "one message: the one under the list"
    keys.press(Qt.Key.Key_F2)
    assert not lanes.reason.isVisible(), "a new edit starts without a reason"
    keys.press(Qt.Key.Key_A, CTRL)
    keys.enter("Field marketing", Qt.Key.Key_Return)
    assert doc.lanes()[0].name == "Field marketing"
    one_undo_step(stack, doc, before, steps_before=0)


def test_esc_cancels_a_refused_lane_name(qtbot, map_panel, doc):
    before = doc.to_dict()
    keys = clear_first_lane_name(qtbot, map_panel)
    keys.press(Qt.Key.Key_Escape)
    assert not map_panel.lanes.reason.isVisible()
    assert doc.to_dict() == before and map_panel.context.modeling.undo_stack.count() == 0
    assert map_panel.lanes.list.item(0).text() == "Marketing"


def test_a_phase_name_over_the_limit_is_refused(qtbot, map_panel, doc):
    map_panel.context.modeling.add_phase("Awareness")
    before, stack = doc.to_dict(), map_panel.context.modeling.undo_stack
    phases = map_panel.phases
    phases.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_F2)
    keys.press(Qt.Key.Key_End)
    keys.type("x" * 192)  # appended to "Awareness": 201 characters
    assert phases.reason.text() == "Name: at most 200 characters (now 201)."
    keys.press(Qt.Key.Key_Return)
    assert doc.to_dict() == before and stack.count() == 1
    assert phases.list.item(0).text() == "Awareness"


def test_a_kpi_name_of_201_characters_is_refused(qtbot, map_panel, doc):
    before, stack = doc.to_dict(), map_panel.context.modeling.undo_stack
    kpis = map_panel.kpis
    kpis.table.setCurrentCell(0, 0)
    kpis.table.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_F2)
    keys.press(Qt.Key.Key_A, CTRL)
    keys.type("K" * 201)
    assert kpis.reason.isVisible() and kpis.reason.text() == "Name: at most 200 characters (now 201)."
    keys.press(Qt.Key.Key_Return)
    assert doc.to_dict() == before and stack.count() == 0
    assert kpis.table.item(0, 0).text() == "Win rate"
    assert kpis.reason.isVisible()


def test_an_emptied_checklist_item_is_refused_and_no_next_item_starts(qtbot, stage_panel, doc):
    panel, _stage = stage_panel
    before, stack, checklist = doc.to_dict(), panel.context.modeling.undo_stack, panel.checklist
    checklist.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Return)  # edit the (only, last) item
    keys.press(Qt.Key.Key_A, CTRL)
    keys.press(Qt.Key.Key_Backspace)
    assert checklist.reason.isVisible()
    assert checklist.reason.text() == "An item needs at least one character (Delete removes it)."
    keys.press(Qt.Key.Key_Return)
    assert doc.to_dict() == before and stack.count() == 0
    assert [checklist.list.item(i).text() for i in range(checklist.list.count())] == ["Budget confirmed"]
    assert checklist.list.state() != checklist.list.State.EditingState, "no next item after a refusal"
    assert checklist.reason.isVisible()


def test_a_new_checklist_item_left_empty_still_just_disappears(qtbot, stage_panel, doc):
    panel, _stage = stage_panel
    before, checklist = doc.to_dict(), panel.checklist
    checklist.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Insert)
    keys.type("x")
    keys.press(Qt.Key.Key_Backspace)
    assert not checklist.reason.isVisible(), "an empty new item is no error, it is no item"
    keys.press(Qt.Key.Key_Return)
    assert doc.to_dict() == before and checklist.list.count() == 1


def test_a_lane_reason_in_german(qtbot, german, map_panel, doc):
    before = doc.to_dict()
    keys = clear_first_lane_name(qtbot, map_panel)
    assert map_panel.lanes.reason.text() == "Name: braucht mindestens ein Zeichen."
    keys.press(Qt.Key.Key_Return)
    assert doc.to_dict() == before


def test_a_checklist_reason_in_german(qtbot, german, stage_panel):
    checklist = stage_panel[0].checklist
    checklist.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Backspace)
    assert checklist.reason.text() == "Ein Punkt braucht mindestens ein Zeichen (Entf entfernt ihn)."


def test_the_reason_sits_between_the_list_and_its_buttons(qtbot, map_panel):
    lanes = map_panel.lanes
    clear_first_lane_name(qtbot, map_panel).press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lanes.reason.height() > 0)
    reason, listed = lanes.reason.geometry(), lanes.list.geometry()
    buttons = lanes.buttons.geometry()
    assert listed.bottom() < reason.top() and reason.bottom() < buttons.top()
    assert reason.height() >= lanes.reason.fontMetrics().height(), "one whole line, not squeezed"
